"""The app as a user meets it: `streamlit run server.py` (what `make run` starts) on the largest
store, driven in Chromium.

First chart: seconds from starting the server process to the first Plotly chart painted on the
Timeline page (the server's start, the first script run and the browser's render all count), in a
browser that has never seen the app. On the way: when the server answers.
Peak RSS: the server process's high-water mark (VmHWM) after every page has been opened."""

from __future__ import annotations

import time
from pathlib import Path

from bench.archive import Archive
from salvo.dashboard.pages import PAGE_NAMES
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS, served_app, wait_for_app

ROOT = Path(__file__).resolve().parent.parent
CHART = ".js-plotly-plot .main-svg"
VIEWPORT = {"width": 1400, "height": 900}
Row = tuple[str, str, str]


def peak_rss_mb(pid: int) -> float:
    """The process's resident-set high-water mark (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: peak RSS is measured on Linux only")


def browser(archive: Archive, results: dict) -> list[Row]:
    from playwright.sync_api import sync_playwright

    env = {"SALVO_DATABASE_URL": archive.store_url(archive.largest)}
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = chromium.new_page(viewport=VIEWPORT)
        started = time.perf_counter()
        try:
            with served_app(ROOT / "app.py", archive.workdir, env, timeout_s=120) as app:
                server_ready = time.perf_counter() - started
                page.goto(f"{app.url}/timeline")
                page.wait_for_selector(CHART, timeout=120_000)
                first_chart = time.perf_counter() - started
                for name in PAGE_NAMES:
                    page.goto(f"{app.url}/{name}")
                    wait_for_app(page, timeout_ms=120_000)
                rss = peak_rss_mb(app.process.pid)
        finally:
            chromium.close()
    results["server_ready_s"] = round(server_ready, 2)
    results["first_chart_s"] = round(first_chart, 2)
    results["peak_rss_mb"] = round(rss, 1)
    n = f"{archive.largest:,} reports"
    return [("browser", "process start to server answering", f"{server_ready:.2f} s"),
            ("browser", f"process start to first chart, {n}", f"{first_chart:.2f} s"),
            ("browser", f"peak RSS after every page, {n}", f"{rss:,.0f} MB")]
