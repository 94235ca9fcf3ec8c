"""The app as a user meets it: `streamlit run server.py` (what `make run` starts), driven in Chromium.

First chart, two ways, each in a browser that has never seen the app (a new Chromium profile):
- *from process start*: seconds from starting the server process to the first Plotly chart painted
  on the Timeline page (the server's start, the first script run and the browser's render all
  count); on the way, when the server answers;
- *running server*: the server started and left alone until its start-up work (the read-ahead) is
  done, with no session opened on it, then a new Chromium opens the Timeline's link: seconds from
  the link to the first chart (the browser's own launch, timed apart, not counted).
Beside each wall time, the CPU seconds the server process and the browser's processes spent in it:
on a machine shared with other jobs the wall time is mostly waiting for a core, the CPU time is the
work itself. Measured on three stores: the shipped data alone (what `make run` opens first), the
shipped data with the official daily series imported (`python -m salvo import-official
../shared/reference`: 1,038 nights; skipped, with the reason, when that folder is absent) and the
ingest section's largest store. Each store is opened RUNS times each way (a new server and a new
browser each time); the median counts, every run is kept. Peak RSS: the server process's
high-water mark (VmHWM) after every page has been opened, on the largest store."""

from __future__ import annotations

import contextlib
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
# The page's own clock (performance.now(), from its navigation's start) at the frame after the first
# chart's SVG entered the document, when it is painted: what a reader who followed a link sees.
# Playwright's wait for the selector sees the same SVG a round trip to this process later.
PAINT_CLOCK = """
new MutationObserver((_changes, observer) => {
  if (!document.querySelector('CHART')) return;
  observer.disconnect();
  requestAnimationFrame(() => { window.__salvoChartPainted = performance.now(); });
}).observe(document, {childList: true, subtree: true});
""".replace("CHART", CHART)
VIEWPORT = {"width": 1400, "height": 900}
RUNS = 3
Row = tuple[str, str, str]


def peak_rss_mb(pid: int) -> float:
    """The process's resident-set high-water mark (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: peak RSS is measured on Linux only")


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def browser_cpu_seconds() -> float:
    """CPU seconds used so far by the live Chromium processes this process started (through
    Playwright's driver): every descendant whose name says chrom."""
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended meanwhile
            continue
        pid = int(stat.parent.name)
        names[pid] = text[text.index("(") + 1 : text.rindex(")")]
        children.setdefault(int(text.rsplit(")", 1)[1].split()[1]), []).append(pid)
    total, waiting = 0.0, list(children.get(os.getpid(), []))
    while waiting:
        pid = waiting.pop()
        waiting += children.get(pid, [])
        if "chrom" in names[pid]:
            with contextlib.suppress(OSError):  # ended since
                total += cpu_seconds(pid)
    return total


def wait_until_idle(pid: int, limit_s: float = 120) -> None:
    """Until the process uses less than a twentieth of a CPU second in a second (its start-up work
    done), at most limit_s."""
    deadline = time.perf_counter() + limit_s
    used = cpu_seconds(pid)
    while time.perf_counter() < deadline:
        time.sleep(1)
        now = cpu_seconds(pid)
        if now - used < 0.05:
            return
        used = now


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


def open_app(playwright: Any, url: str, workdir: Path, every_page: bool = False,
             running: bool = False) -> dict[str, float]:
    """Start the server on the store at url and a new browser; seconds to the server's answer and to
    the first chart, the CPU seconds of the server and the browser until then, and (``every_page``)
    the server's peak RSS after opening every page. ``running``: the first chart in a browser
    launched once the started server has gone idle, timed from opening the link (module docstring)."""
    measured: dict[str, float] = {}
    chromium = None if running else playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    # the server's CPU from its start, the browser's after its launch
    server_cpu, browser_cpu = 0.0, browser_cpu_seconds()
    started = time.perf_counter()
    try:
        with served_app(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": url}, timeout_s=120) as app:
            measured["server_ready_s"] = round(time.perf_counter() - started, 2)
            if running:
                wait_until_idle(app.process.pid)
                launched = time.perf_counter()
                chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                measured["browser_launch_s"] = round(time.perf_counter() - launched, 2)
                server_cpu, browser_cpu = cpu_seconds(app.process.pid), browser_cpu_seconds()
                started = time.perf_counter()
            page = chromium.new_page(viewport=VIEWPORT)
            page.add_init_script(PAINT_CLOCK)
            page.goto(f"{app.url}/timeline")
            page.wait_for_selector(CHART, timeout=120_000)
            measured["first_chart_s"] = round(time.perf_counter() - started, 2)
            measured["server_cpu_s"] = round(cpu_seconds(app.process.pid) - server_cpu, 2)
            measured["browser_cpu_s"] = round(browser_cpu_seconds() - browser_cpu, 2)
            painted_ms = page.wait_for_function("window.__salvoChartPainted", timeout=120_000).json_value()
            measured["navigation_to_painted_s"] = round(painted_ms / 1000, 2)
            if every_page:
                for name in PAGE_NAMES:
                    page.goto(f"{app.url}/{name}")
                    wait_for_app(page, timeout_ms=120_000)
                measured["peak_rss_mb"] = round(peak_rss_mb(app.process.pid), 1)
    finally:
        if chromium is not None:
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
            running = [open_app(playwright, url, archive.workdir, running=True) for _run in range(RUNS)]
            ready = statistics.median(run["server_ready_s"] for run in runs)
            chart = statistics.median(run["first_chart_s"] for run in runs)
            warm_chart = statistics.median(run["first_chart_s"] for run in running)
            warm_painted = statistics.median(run["navigation_to_painted_s"] for run in running)

            def cpu(measured: list[dict[str, float]]) -> str:
                server = statistics.median(run["server_cpu_s"] for run in measured)
                browser = statistics.median(run["browser_cpu_s"] for run in measured)
                return f"server {server:.2f} s, browser {browser:.2f} s"

            by_store[label] = {"server_ready_s": ready, "first_chart_s": chart, "runs": runs,
                               "running_server_first_chart_s": warm_chart,
                               "running_server_navigation_to_painted_s": warm_painted,
                               "running_server_runs": running,
                               "load_average": [round(value, 1) for value in os.getloadavg()]}
            rows.append(("browser", f"process start to server answering, {label} (median of {RUNS})",
                         f"{ready:.2f} s"))
            rows.append(("browser", f"process start to first chart, {label} (median of {RUNS})",
                         f"{chart:.2f} s"))
            rows.append(("browser", f"  its CPU time, {label} (medians)", cpu(runs)))
            rows.append(("browser", f"running server, new browser: link to first chart, {label} "
                         f"(median of {RUNS})", f"{warm_chart:.2f} s"))
            rows.append(("browser", f"  the same, the page's clock: navigation start to first chart painted, "
                         f"{label}", f"{warm_painted:.2f} s"))
            rows.append(("browser", f"  its CPU time, {label} (medians)", cpu(running)))
            if largest:
                results["server_ready_s"], results["first_chart_s"] = ready, chart
                results["peak_rss_mb"] = runs[0]["peak_rss_mb"]
                rows.append(("browser", f"peak RSS after every page, {label}",
                             f"{runs[0]['peak_rss_mb']:,.0f} MB"))
    results["first_chart_by_store"] = by_store
    load = " ".join(f"{value:.1f}" for value in os.getloadavg())
    rows.append(("browser", "load average (1, 5, 15 min) after the runs", load))
    return rows
