"""The Overview shows how current the live sources are, in a real browser: a sync against the
loopback stand-in (tests/sync_standin.py) fills a store, and the app served on it says so."""
from __future__ import annotations

import re
from datetime import date

from playwright.sync_api import expect

from salvo.sources import sync
from salvo.store import Store
from tests.browser.harness import ROOT, error_texts, streamlit_server, wait_for_app
from tests.sync_standin import StandIn, serve_standin


def test_the_overview_says_when_and_from_how_many_sources_it_was_updated(browser, tmp_path, monkeypatch):
    database = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    standin = StandIn()
    standin.failing.add("/gone.xml")
    with serve_standin(standin) as base:
        monkeypatch.setenv("SALVO_TELEGRAM_BASE", base)
        monkeypatch.setenv("SALVO_FETCH_ALLOW", "127.0.0.1")
        store = Store(database)
        sources = [sync.parse_source(text) for text in
                   ("telegram:kpszsu", f"feed:{base}/feed.xml", f"feed:{base}/gone.xml")]
        sync.sync_once(store, sources, sync.SyncSettings(since=date(2025, 8, 1), delay=0))
        store.close()
    with streamlit_server(ROOT / "app.py", tmp_path, {"SALVO_DATABASE_URL": database}) as url:
        page = browser.new_page()
        try:
            page.goto(url)
            wait_for_app(page)
            main = page.locator('[data-testid="stMain"]')
            line = re.compile(r"Live sources: updated (just now|\d+ min ago) from 2 sources; "
                              r"1 failing \(feed:")
            expect(main.get_by_text(line)).to_be_visible(timeout=30_000)
            assert error_texts(page) == []
        finally:
            page.close()
