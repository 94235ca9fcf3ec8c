"""Every page's script in AppTest against the stores the ingest section filled, cold and warm.

Cold: every Streamlit cache and the attack table's own cache emptied first — the first visit after
the data changed (or after a start, minus Python's imports). Warm: a new session on the same
process, caches filled — every later visit until the next write."""

from __future__ import annotations

import os
import time
from pathlib import Path

import streamlit as st
import streamlit.logger
from streamlit.testing.v1 import AppTest

from bench.archive import Archive

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("overview", "timeline", "interception", "map", "reports", "ingest", "data", "methodology")
Row = tuple[str, str, str]


def run_page(name: str) -> float:
    """Seconds to run views/NAME.py once in a new AppTest session."""
    app = AppTest.from_file(str(ROOT / "views" / f"{name}.py"), default_timeout=600)
    started = time.perf_counter()
    app.run()
    elapsed = time.perf_counter() - started
    if app.exception:
        raise RuntimeError(f"page {name} failed: {[e.value for e in app.exception]}")
    return elapsed


def empty_caches() -> None:
    from salvo import table

    st.cache_data.clear()
    table._cache.clear()


def use_store(url: str) -> None:
    """Point the app's process-wide store at url and load the shipped data into it (outside timing)."""
    from salvo.store import get_store

    os.environ["SALVO_DATABASE_URL"] = url
    get_store()


def pages(archive: Archive, results: dict) -> list[Row]:
    previous = os.environ.get("SALVO_DATABASE_URL")
    try:
        return _pages(archive, results)
    finally:  # the app's store address goes back to what it was (tests run the bench in-process)
        if previous is None:
            os.environ.pop("SALVO_DATABASE_URL", None)
        else:
            os.environ["SALVO_DATABASE_URL"] = previous


def _pages(archive: Archive, results: dict) -> list[Row]:
    streamlit.logger.set_log_level("error")  # AppTest outside a server warns on every cache clear
    rows: list[Row] = []
    cold_by_size: dict[int, dict[str, float]] = {}
    warm_by_size: dict[int, dict[str, float]] = {}
    for n in archive.sizes:
        use_store(archive.store_url(n))
        run_page("methodology")  # Streamlit's own first-run setup, not a page's cost
        cold, warm = {}, {}
        for name in PAGES:
            empty_caches()
            cold[name] = round(run_page(name) * 1000, 1)
            warm[name] = round(min(run_page(name) for _ in range(3)) * 1000, 1)
        cold_by_size[n], warm_by_size[n] = cold, warm
        for name in PAGES:
            rows.append(("pages", f"{name} at {n:,} reports, cold / warm ms",
                         f"{cold[name]:,.0f} / {warm[name]:,.0f}"))
    results["page_cold_ms_by_size"] = cold_by_size
    results["page_warm_ms_by_size"] = warm_by_size
    results["page_cold_ms"] = cold_by_size[archive.largest]
    results["page_warm_ms"] = warm_by_size[archive.largest]
    return rows
