"""Every page's script in AppTest against the stores the ingest section filled, cold and warm.

Attack table: reading the consolidated nights into the frame every page shares — once per data
version (per replica), whichever page comes first after a write or a start.
Cold: the page's own caches empty (its filtered view, charts, summaries, the report listing),
the attack table already read — the first visit to that page after the data changed.
Warm: a new session on the same process, caches filled — every later visit until the next write.
The first visitor after a write pays the attack table plus one page's cold run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import streamlit as st
import streamlit.config
import streamlit.logger
from streamlit.testing.v1 import AppTest

from bench.archive import Archive
from salvo.dashboard.pages import PAGE_NAMES, VIEWS_DIR

ROOT = Path(__file__).resolve().parent.parent
Row = tuple[str, str, str]


def run_page(name: str) -> float:
    """Seconds to run views/NAME.py once in a new AppTest session."""
    app = AppTest.from_file(str(VIEWS_DIR / f"{name}.py"), default_timeout=600)
    started = time.perf_counter()
    app.run()
    elapsed = time.perf_counter() - started
    if app.exception:
        raise RuntimeError(f"page {name} failed: {[e.value for e in app.exception]}")
    return elapsed


def empty_page_caches() -> None:
    """Empty every cache a page fills except the attack table (see the module's docstring)."""
    from salvo.dashboard import data as ui
    from salvo.dashboard import downloads, night, report_listing

    for cached in (ui._filtered, ui._view_result, ui._official_reports, report_listing._cached_reports,
                   report_listing._cached_report_table,
                   report_listing._cached_report_count, downloads._download_bytes, downloads._conflict_cells,
                   night._cached_reconciliation):
        cached.clear()


def time_attack_table() -> float:
    """Seconds to read the attack table with every cache empty (it stays cached afterwards)."""
    from salvo import table
    from salvo.dashboard import data as ui

    st.cache_resource.clear()
    st.cache_data.clear()
    table._cache.clear()
    started = time.perf_counter()
    frame, _version = ui.attacks()
    elapsed = time.perf_counter() - started
    if frame.empty:
        raise RuntimeError("the bench store holds no attack nights")
    return elapsed


def use_store(url: str) -> None:
    """Point the app's process-wide store at url and load the shipped data into it (outside timing)."""
    from salvo.sources.default_data import get_store

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
    # AppTest outside a server warns on every cache clear; AppTest's run sets the log level again
    # from the config option, so the option is what quiets it
    streamlit.config.set_option("logger.level", "error")
    streamlit.logger.set_log_level("error")
    rows: list[Row] = []
    cold_by_size: dict[int, dict[str, float]] = {}
    warm_by_size: dict[int, dict[str, float]] = {}
    table_ms: dict[int, float] = {}
    for n in archive.sizes:
        use_store(archive.store_url(n))
        run_page("methodology")  # Streamlit's own first-run setup, not a page's cost
        table_ms[n] = round(time_attack_table() * 1000, 1)
        rows.append(("pages", f"attack table read, {n:,} reports", f"{table_ms[n]:,.0f} ms"))
        cold, warm = {}, {}
        for name in PAGE_NAMES:
            empty_page_caches()
            cold[name] = round(run_page(name) * 1000, 1)
            warm[name] = round(min(run_page(name) for _ in range(3)) * 1000, 1)
        cold_by_size[n], warm_by_size[n] = cold, warm
        for name in PAGE_NAMES:
            rows.append(("pages", f"{name} at {n:,} reports, cold / warm ms",
                         f"{cold[name]:,.0f} / {warm[name]:,.0f}"))
    results["attack_table_ms_by_size"] = table_ms
    results["attack_table_ms"] = table_ms[archive.largest]
    results["page_cold_ms_by_size"] = cold_by_size
    results["page_warm_ms_by_size"] = warm_by_size
    results["page_cold_ms"] = cold_by_size[archive.largest]
    results["page_warm_ms"] = warm_by_size[archive.largest]
    return rows
