"""Untrusted text is inert on every page: reports whose text, title, outlet, address and place
names carry script tags, event handlers, Markdown links and Streamlit-Markdown tricks are ingested
into a fresh store (with editors' notes and authors carrying the same); every page that shows
report text or names is opened in Chromium, and no dialog fires, no payload runs and no injected
element exists."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

import pytest

from salvo.dashboard.pages import PAGES as REGISTRY
from salvo.sources.ingest import Extractor, ingest_paths
from salvo.store import Store
from tests.browser.harness import ROOT, error_texts, streamlit_server, wait_for_app

FLAG = "window.__salvo_xss"
PAYLOADS = [
    "<script>window.__salvo_xss = 'script'; alert('script')</script>",
    "<img src=x onerror=\"window.__salvo_xss = 'img'; alert('img')\">",
    "<b id=\"salvo-injected\" class=\"salvo-injected\">bold</b>",
    "[click me](javascript:alert('link'))",
    ":red[RED] :material/warning: $$x^2$$ <!-- hidden --> **bold** <svg onload=alert('svg')>",
    "<a href=\"javascript:alert('a')\">a</a> <iframe src=\"javascript:alert('iframe')\"></iframe>",
]
NIGHT = date(2026, 11, 20)  # after the shipped nights: the Overview's "last attack night"
PAGES = [page.url_path for page in REGISTRY]
INERT_CHECK = f"""() => ({{
  flag: {FLAG} === undefined ? null : {FLAG},
  handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
  injected: document.querySelectorAll('#salvo-injected, .salvo-injected, iframe[src^="javascript" i]').length,
  javascript_links: document.querySelectorAll('a[href^="javascript" i]').length,
  maths: document.querySelectorAll('.katex').length,
  scripts: [...document.scripts].filter(s => s.textContent.includes('__salvo_xss')).length,
}})"""
CLEAN = {"flag": None, "handlers": 0, "injected": 0, "javascript_links": 0, "maths": 0, "scripts": 0}


def hostile_record(text: str, published: str | None) -> dict:
    return {"is_attack_report": True, "attack_date": NIGHT.isoformat(), "drones_launched": 40,
            "drones_destroyed": 35, "missiles_launched": None, "missiles_destroyed": None,
            "total_launched": 40, "total_destroyed": 35, "suppressed": None, "hit_locations": 1,
            "debris_locations": None, "killed": None, "injured": None,
            "oblasts": PAYLOADS[:2], "cities": PAYLOADS[2:4]}


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[int]]]:
    workdir = tmp_path_factory.mktemp("hostile-app")
    database = f"sqlite:///{workdir / 'salvo.sqlite'}"
    corpus = [{"id": f"hostile-{n}", "title": payload, "outlet": payload,
               "url": f"https://example.org/{n}?q={payload}", "date_hint": NIGHT.isoformat(),
               "text": f"Overnight the enemy launched 40 drones. {payload} Air defence shot down 35."}
              for n, payload in enumerate(PAYLOADS)]
    path = workdir / "hostile.json"
    path.write_text(json.dumps(corpus), encoding="utf-8")
    store = Store(database)
    summary = ingest_paths(store, [path], extractor=Extractor(hostile_record, "hostile/1"))
    assert summary.added == len(PAYLOADS), summary.failed
    ids = [result.report_id for result in summary.results]
    for payload in PAYLOADS:  # editors' notes are text too: the Timeline's table and chart markers
        store.add_annotation(NIGHT, payload, author=payload[:100])
    store.close()
    with streamlit_server(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": database}) as url:
        yield url, ids


def visit(browser, url: str) -> tuple[dict, list[str], object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    wait_for_app(page)
    page.locator('[data-testid="stMain"] h1').first.wait_for()
    wait_for_app(page)
    page.wait_for_timeout(1000)  # let images fail to load and handlers (if any) fire
    return page.evaluate(INERT_CHECK), dialogs, page


@pytest.mark.parametrize("path", PAGES, ids=[p or "overview" for p in PAGES])
def test_every_page_shows_hostile_names_as_text(browser, hostile_app, path):
    base, _ids = hostile_app
    state, dialogs, page = visit(browser, f"{base}/{path}")
    try:
        assert dialogs == [] and state == CLEAN
        assert error_texts(page) == []
        if path == "":
            # the last night's sources line, not the filters line ("… · sources: all")
            sources = page.get_by_text(re.compile(r"^Sources: ")).first.inner_text()
            assert "<script>" in sources and "onerror" in sources  # shown, as text
    finally:
        page.context.close()


def test_an_opened_hostile_report_is_text(browser, hostile_app):
    base, ids = hostile_app
    for report_id, payload in zip(ids, PAYLOADS, strict=True):
        state, dialogs, page = visit(browser, f"{base}/reports?report={report_id}")
        try:
            assert dialogs == [] and state == CLEAN, payload
            header = page.locator('[data-testid="stMain"] h2').first.inner_text()
            assert payload.split()[0] in header  # the title is shown literally, markup and all
            # the text is Markdown with colour marks since issue 14 (a code block before): the
            # payload is still shown character for character, and makes no element
            text = page.locator(".st-key-report_text").first
            assert payload in text.inner_text().replace("\u2060", "")
            assert text.locator("a, img, b, script, iframe, svg").count() == 0
        finally:
            page.context.close()
