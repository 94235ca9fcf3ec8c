"""Issue 14 in the browser: the Overview says how complete the view is, and the daily timeline
leaves a gap where no figure exists, marking reported-without-figure nights apart from nights
with no report at all. The real app over a store of three reports written for the test."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

import pytest

from salvo.sources.ingest import ingest_text
from salvo.store import Store
from tests.browser.harness import ROOT, error_texts, streamlit_server, wait_for_app

REPORTS = {
    dt.date(2026, 3, 1): "Russia launched 120 drones at Ukraine overnight on 1 March 2026, the Air Force "
    "said; air defence shot down 100 of them.",
    dt.date(2026, 3, 3): "Two people were injured when a Russian drone hit a house in Kharkiv overnight "
    "on 3 March 2026, the mayor said.",
    dt.date(2026, 3, 11): "Russia launched 90 drones at Ukraine overnight on 11 March 2026, the Air Force "
    "said; air defence shot down 80 of them.",
}


@pytest.fixture(scope="module")
def coverage_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("coverage")
    url = f"sqlite:///{workdir / 'salvo.sqlite'}"
    store = Store(url)
    store.finish_run(store.start_run("default", None, "test: no shipped data"), added=0, skipped=0, failed=0)
    for published, text in REPORTS.items():
        ingest_text(store, text, published=published)
    with streamlit_server(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": url}) as served:
        yield served


def test_overview_says_how_many_nights_of_the_view_have_figures(coverage_url, page, artifacts):
    page.set_viewport_size({"width": 1400, "height": 2400})
    page.goto(coverage_url + "/")
    wait_for_app(page, 60_000)
    line = page.get_by_text("Coverage:").first
    line.wait_for(timeout=30_000)
    text = line.locator("xpath=..").inner_text()
    assert "3 of the 11 calendar nights in view (27%) have a report; 2 give a launch figure" in text
    page.get_by_text("Latest interception rate").first.wait_for(timeout=30_000)
    page.wait_for_timeout(2000)  # metrics and tables paint after the script run ends
    page.screenshot(path=str(artifacts / "coverage-overview.png"))
    assert error_texts(page) == []


def test_the_daily_timeline_breaks_over_missing_figures(coverage_url, page, artifacts):
    page.set_viewport_size({"width": 1400, "height": 2400})
    page.goto(coverage_url + "/timeline?period=D")
    wait_for_app(page, 60_000)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    # _fullData: the traces as Plotly drew them (numbers decoded); a gap is NaN, never 0
    traces = page.evaluate(
        """() => document.querySelector('.js-plotly-plot')._fullData.map(
               t => ({name: t.name, x: Array.from(t.x, String), y: Array.from(t.y)}))"""
    )
    by_name = {trace["name"]: trace for trace in traces}
    launched = dict(zip((x[:10] for x in by_name["Launched"]["x"]), by_name["Launched"]["y"], strict=True))
    assert launched["2026-03-01"] == 120 and launched["2026-03-11"] == 90
    assert all(launched[day] is None or math.isnan(launched[day]) for day in ("2026-03-02", "2026-03-03"))
    no_figure = [x[:10] for x in by_name["No launch figure (reported night)"]["x"]]
    assert no_figure == ["2026-03-03"]
    unreported = [x[:10] for x in by_name["No report that night (quiet or not covered)"]["x"]]
    assert "2026-03-02" in unreported and "2026-03-03" not in unreported and len(unreported) == 8
    page.wait_for_timeout(2000)
    page.screenshot(path=str(artifacts / "coverage-timeline.png"))
    assert error_texts(page) == []
