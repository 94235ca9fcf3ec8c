"""The app as a user meets it: `streamlit run server.py` (what `make run` starts), driven in Chromium.

First chart: seconds from starting the server process to the first Plotly chart painted on the
Timeline page (the server's start, the first script run and the browser's render all count), in a
browser that has never seen the app. On the way: when the server answers. Measured on three stores:
the shipped data alone (what `make run` opens first), the shipped data with the official daily
series imported (`python -m salvo import-official ../shared/reference`: 1,038 nights; skipped, with
the reason, when that folder is absent) and the ingest section's largest store. Each store is opened
RUNS times (a new server and a new browser each time); the median counts, every run is kept.
Peak RSS: the server process's high-water mark (VmHWM) after every page has been opened, on the
largest store."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.archive import Archive
from salvo.dashboard.pages import PAGE_NAMES
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS, served_app, wait_for_app

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"  # the official dataset: third-party, never committed
CHART = ".js-plotly-plot .main-svg"
VIEWPORT = {"width": 1400, "height": 900}
RUNS = 3
Row = tuple[str, str, str]


def peak_rss_mb(pid: int) -> float:
    """The process's resident-set high-water mark (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: peak RSS is measured on Linux only")


def shipped_store(workdir: Path, name: str) -> str:
    """A new store holding the shipped data (loaded here, outside any timing)."""
    path = workdir / f"store-{name}.sqlite"
    for stale in workdir.glob(f"{path.name}*"):
        stale.unlink()
    url = f"sqlite:///{path}"
    subprocess.run([sys.executable, "-c", "from salvo.sources.default_data import get_store; get_store()"],
                   check=True, cwd=ROOT, env={**os.environ, "SALVO_DATABASE_URL": url})
    return url


def official_store(workdir: Path) -> str | None:
    """The shipped data with the official series imported, or None when ../shared/reference is absent."""
    if not (REFERENCE / "missile_attacks_daily.csv").exists():
        return None
    url = shipped_store(workdir, "official")
    subprocess.run([sys.executable, "-m", "salvo", "import-official", str(REFERENCE)], check=True, cwd=ROOT,
                   env={**os.environ, "SALVO_DATABASE_URL": url}, stdout=subprocess.DEVNULL)
    return url


def open_app(playwright: Any, url: str, workdir: Path, every_page: bool = False) -> dict[str, float]:
    """Start the server on the store at url and a new browser; seconds to the server's answer and to
    the first chart, and (``every_page``) the server's peak RSS after opening every page."""
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    page = chromium.new_page(viewport=VIEWPORT)
    measured: dict[str, float] = {}
    started = time.perf_counter()
    try:
        with served_app(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": url}, timeout_s=120) as app:
            measured["server_ready_s"] = round(time.perf_counter() - started, 2)
            page.goto(f"{app.url}/timeline")
            page.wait_for_selector(CHART, timeout=120_000)
            measured["first_chart_s"] = round(time.perf_counter() - started, 2)
            if every_page:
                for name in PAGE_NAMES:
                    page.goto(f"{app.url}/{name}")
                    wait_for_app(page, timeout_ms=120_000)
                measured["peak_rss_mb"] = round(peak_rss_mb(app.process.pid), 1)
    finally:
        chromium.close()
    return measured


def browser(archive: Archive, results: dict) -> list[Row]:
    from playwright.sync_api import sync_playwright

    stores: dict[str, str | None] = {
        "shipped data": shipped_store(archive.workdir, "shipped"),
        "shipped data + official series": official_store(archive.workdir),
        f"{archive.largest:,} reports": archive.store_url(archive.largest),
    }
    rows: list[Row] = []
    by_store: dict[str, Any] = {}
    with sync_playwright() as playwright:
        for label, url in stores.items():
            if url is None:
                by_store[label] = {"skipped": f"no official dataset at {REFERENCE}"}
                rows.append(("browser", f"first chart, {label}", f"skipped: no {REFERENCE}"))
                continue
            largest = label.endswith("reports")
            runs = [open_app(playwright, url, archive.workdir, every_page=largest and run == 0)
                    for run in range(RUNS)]
            ready = statistics.median(run["server_ready_s"] for run in runs)
            chart = statistics.median(run["first_chart_s"] for run in runs)
            by_store[label] = {"server_ready_s": ready, "first_chart_s": chart, "runs": runs,
                               "load_average": [round(value, 1) for value in os.getloadavg()]}
            rows.append(("browser", f"process start to server answering, {label} (median of {RUNS})",
                         f"{ready:.2f} s"))
            rows.append(("browser", f"process start to first chart, {label} (median of {RUNS})",
                         f"{chart:.2f} s"))
            if largest:
                results["server_ready_s"], results["first_chart_s"] = ready, chart
                results["peak_rss_mb"] = runs[0]["peak_rss_mb"]
                rows.append(("browser", f"peak RSS after every page, {label}",
                             f"{runs[0]['peak_rss_mb']:,.0f} MB"))
    results["first_chart_by_store"] = by_store
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    rows.append(("browser", "load average (1, 5, 15 min) after the runs", load))
    return rows
