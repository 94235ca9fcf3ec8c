"""The app as a user meets it: `streamlit run app.py` on the largest store, driven in Chromium.

First chart: seconds from starting the Streamlit process to the first Plotly chart painted on the
Timeline page (the server's start, the cold attack table and the browser's render all count).
Peak RSS: the Streamlit process's high-water mark (VmHWM) after every page has been opened."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.archive import Archive
from bench.pages import PAGES

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("SALVO_CHROMIUM", "/usr/bin/chromium")
# The flags tests/browser/harness.py gives Chromium on the project's machines.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
Row = tuple[str, str, str]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    """The process's resident-set high-water mark (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc: peak RSS is measured on Linux only")


def wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("streamlit did not start")


def wait_for_run(page, timeout_ms: int = 120_000) -> None:
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                           timeout=timeout_ms)


def browser(archive: Archive, results: dict) -> list[Row]:
    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "SALVO_DATABASE_URL": archive.store_url(archive.largest)}
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    log = (archive.workdir / "streamlit-bench.log").open("w")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = chromium.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(url, proc)
            server_ready = time.perf_counter() - started
            page.goto(f"{url}/timeline")
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
            first_chart = time.perf_counter() - started
            for name in PAGES:
                page.goto(f"{url}/{name}")
                wait_for_run(page)
            rss = peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            chromium.close()
            log.close()
    results["server_ready_s"] = round(server_ready, 2)
    results["first_chart_s"] = round(first_chart, 2)
    results["peak_rss_mb"] = round(rss, 1)
    n = f"{archive.largest:,} reports"
    return [("browser", "process start to server answering", f"{server_ready:.2f} s"),
            ("browser", f"process start to first chart, {n}", f"{first_chart:.2f} s"),
            ("browser", f"peak RSS after every page, {n}", f"{rss:,.0f} MB")]
