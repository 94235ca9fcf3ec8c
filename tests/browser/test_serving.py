"""server.py's start-up hooks seen from the browser: chart pages start loading plotly.js from
their HTML, before their first chart arrives; other pages never load it."""
from __future__ import annotations

from tests.browser.harness import error_texts, wait_for_app

PLOTLY_REQUESTS = ("performance.getEntriesByType('resource')"
                   ".filter(e => e.name.includes('/PlotlyChart.')).length")
IMPORT_IN_HTML = "[...document.scripts].some(s => !s.src && s.textContent.includes('/PlotlyChart.'))"


def test_a_chart_page_imports_plotly_from_its_html_and_draws(app_url, page):
    page.goto(f"{app_url}/timeline")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    assert page.evaluate(IMPORT_IN_HTML)
    assert page.evaluate(PLOTLY_REQUESTS) >= 1
    wait_for_app(page)
    assert error_texts(page) == []


def test_a_page_without_charts_never_loads_plotly(app_url, page):
    page.goto(app_url)
    wait_for_app(page)
    page.get_by_role("heading", name="Salvo: Russia's air attacks on Ukraine").wait_for()
    wait_for_app(page)
    assert not page.evaluate(IMPORT_IN_HTML)
    assert page.evaluate(PLOTLY_REQUESTS) == 0
