"""Start the real Streamlit app on a free port and drive it in Debian's Chromium.

Used by the browser tests' fixtures; kept apart from conftest so tests can start extra
servers (for instance a script that fails on purpose) with the same code.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("SALVO_CHROMIUM", "/usr/bin/chromium")
# Flags the project's machines need: no sandbox as root, and no background calls to hosts
# the closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_healthy(url: str, proc: subprocess.Popen, log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"streamlit did not answer within {timeout_s}s:\n{log.read_text()}")


def launch_command(script: Path) -> list[str]:
    """How a script is started: the app through server.py, exactly as `make run` starts it (so the
    bench times what users get), any other script (test doubles) on its own."""
    if script.resolve() == ROOT / "app.py":
        script = ROOT / "server.py"
    return [sys.executable, "-m", "streamlit", "run", str(script)]


@dataclass(frozen=True)
class ServedApp:
    """A running app: its base URL and its process (the benchmark reads its memory)."""

    url: str
    process: subprocess.Popen


@contextmanager
def served_app(
    script: Path, workdir: Path, env: dict[str, str] | None = None, timeout_s: float = START_TIMEOUT_S
) -> Iterator[ServedApp]:
    """Serve `script` (see `launch_command`) on a free loopback port until it answers; stop it after."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = workdir / f"streamlit-{port}.log"
    cmd = [
        *launch_command(script),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]
    full_env = {**os.environ, **(env or {})}
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_healthy(url, proc, log, timeout_s)
        yield ServedApp(url, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def streamlit_server(script: Path, workdir: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """`served_app`, yielding only its base URL."""
    with served_app(script, workdir, env) as app:
        yield app.url


def wait_for_app(page, timeout_ms: int = 30_000) -> None:
    """Wait until Streamlit has finished the script run the page triggered."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    # The status widget shows "Running..." while the script runs; wait for it to go away.
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stStatusWidget"]')""",
        timeout=timeout_ms,
    )
    page.wait_for_timeout(300)


# Charts drawn: a Plotly chart holds several svg.main-svg layers, so they are counted per chart
# (counting layers let "wait for 3 charts" pass with one).
DRAWN_CHARTS = ("[...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
                ".filter(chart => chart.querySelector('svg.main-svg')).length")


def error_texts(page) -> list[str]:
    """Texts of every exception or error box Streamlit rendered on the page."""
    boxes = page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]')
    return [boxes.nth(i).inner_text() for i in range(boxes.count())]


# A chart's image buttons (salvo.dashboard.data.image_downloads): "PNG" and "SVG" draw the image,
# then a "Save PNG" / "Save SVG" download button in its place saves it.


BUTTON = '[data-testid^="stBaseButton"]'


def image_buttons(page):
    """Every chart's draw-an-image button on the page, in order ("PNG", "SVG", "PNG", ...): the
    element holding each (click its `BUTTON`, the first)."""
    return page.locator('[class*="st-key-"][class*="_draw"]')


def save_chart_image(page, key: str, image_format: str, timeout_ms: int):
    """Draw the image of the chart with Streamlit key `key` and save it as a reader does: a click
    on its draw button, then on the download button that takes its place; the Download."""
    page.locator(f".st-key-{key}_{image_format}_draw {BUTTON}").first.click()
    save = page.locator(f".st-key-{key}_{image_format} {BUTTON}").first
    save.wait_for(timeout=timeout_ms)
    with page.expect_download(timeout=timeout_ms) as download:
        save.click()
    return download.value


def point_until_tooltip(page, where, text: str, timeout_ms: float, tries: int = 20) -> tuple[float, float]:
    """Point at a deck.gl map as a hand does until its tooltip tells `text`, and return where the
    pointer is. deck.gl picks only when the pointer moves and only once its layers have drawn, so a
    single move made before they have drawn shows nothing however long one waits. `where` gives
    the point from the canvas's box, read again each try (the map may still be laid out); the
    last try waits `timeout_ms`."""
    from playwright.sync_api import expect

    canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
    tooltip = page.locator(".deck-tooltip")
    for attempt in range(tries):
        x, y = where(canvas.bounding_box())
        page.mouse.move(x - 6, y - 6)
        page.mouse.move(x, y, steps=5)
        if attempt == tries - 1:
            break
        try:
            expect(tooltip).to_contain_text(text, timeout=1_500)
            return x, y
        except AssertionError:
            continue
    expect(tooltip).to_contain_text(text, timeout=timeout_ms)
    return x, y


# Each st.dataframe in the main area, measured: st.dataframe draws its cells on a canvas inside
# glide-data-grid's scroller (`.dvn-scroller`), whose scrollWidth is its columns' total width; a
# table whose columns are wider than the scroller hides its last ones behind a horizontal scroll.
_TABLE_WIDTHS = """() => {
  const block = document.querySelector('[data-testid="stMainBlockContainer"]');
  const box = block.getBoundingClientRect();
  const inside = box.right - parseFloat(getComputedStyle(block).paddingRight);
  return [...block.querySelectorAll('[data-testid="stDataFrame"]')].map(table => {
    const scroller = table.querySelector('.dvn-scroller');
    return {columns: scroller.scrollWidth, shown: scroller.clientWidth,
            right: table.getBoundingClientRect().right, container: inside};
  });
}"""


def table_widths(page) -> list[dict[str, float]]:
    """Every table (st.dataframe) on the page's main area: `columns` the width its columns take,
    `shown` the width it shows them in, `right` its right edge and `container` the right edge of
    the main area's content."""
    return page.evaluate(_TABLE_WIDTHS)
