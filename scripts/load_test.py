"""Load: N concurrent sessions work the dashboard for a while; prints errors and page run times.

    .venv/bin/python scripts/load_test.py [--sessions 20] [--seconds 120] [--client websocket|browser]
                                          [--url http://host:port]

Without --url it starts the real app (app.py) on a free loopback port with a store of its own in a
temporary folder (the shipped dataset loads into it on first start). Each session opens pages
with varying filters, as readers following shared links do, pausing a moment between pages.

- ``websocket`` (default): each session is a Streamlit websocket client speaking the browser's
  protocol (BackMsg rerun requests, ForwardMsg replies); a page run is timed from the request to
  Streamlit's script_finished. This measures the server, which is what many users load.
- ``browser``: each session is its own Chromium context; a page run is timed from navigation
  until the run has finished and the heading is drawn. On a small machine 20 Chromium contexts
  saturate the CPU themselves, so these times are mostly the browsers'.

An error is an exception or error box on the page, a page Streamlit does not find, a run that
does not finish successfully or within the timeout, or a dropped connection.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from salvo.dashboard.pages import PAGES as REGISTRY
from tests.browser.harness import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_server

# Every page a reader opens (the Ingest page is an editor's: left out), by its path in a link.
PAGES = [page.url_path for page in REGISTRY if page.name != "ingest"]
RANGES = [("2025-01-01", "2025-12-31"), ("2025-06-01", "2025-09-30"), ("2024-09-01", "2025-03-01"), ("", "")]
WEAPONS = ["", "drones", "drones,cruise", "ballistic"]
RUN_TIMEOUT_MS = 60_000
ERROR_BOXES = '[data-testid="stException"], [data-testid="stAlertContentError"]'


def page_query(rng: random.Random) -> tuple[str, str]:
    """A page's url path and a query string of filters."""
    start, end = rng.choice(RANGES)
    query = "&".join(f"{k}={v}" for k, v in (("from", start), ("to", end), ("weapon", rng.choice(WEAPONS)))
                     if v)
    return rng.choice(PAGES), query


def page_url(base: str, rng: random.Random) -> tuple[str, str]:
    path, query = page_query(rng)
    return path or "overview", f"{base}/{path}?{query}"


async def websocket_session(base: str, number: int, deadline: float, times: dict, errors: list) -> None:
    from streamlit.proto.Alert_pb2 import Alert
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from tornado.websocket import websocket_connect

    rng = random.Random(number)
    socket = await websocket_connect(base.replace("http", "ws", 1) + "/_stcore/stream",
                                     subprotocols=["streamlit"])
    try:
        while time.monotonic() < deadline:
            path, query = page_query(rng)
            request = BackMsg()
            request.rerun_script.query_string = query
            request.rerun_script.page_name = path
            started = time.monotonic()
            await socket.write_message(request.SerializeToString(), binary=True)
            problem = None
            while True:
                data = await asyncio.wait_for(socket.read_message(), RUN_TIMEOUT_MS / 1000)
                if data is None:
                    errors.append(f"{path or 'overview'}?{query}: connection closed")
                    return
                message = ForwardMsg()
                message.ParseFromString(data)
                kind = message.WhichOneof("type")
                if kind == "page_not_found":
                    problem = "page not found"
                elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                    element = message.delta.new_element
                    if element.WhichOneof("type") == "exception":
                        problem = f"exception: {element.exception.message[:200]}"
                    elif element.WhichOneof("type") == "alert" and element.alert.format == Alert.ERROR:
                        problem = f"error box: {element.alert.body[:200]}"
                elif kind == "script_finished":
                    if message.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                        problem = problem or f"run ended with {message.script_finished}"
                    break
            if problem:
                errors.append(f"{path or 'overview'}?{query}: {problem}")
            else:
                times.setdefault(path or "overview", []).append(time.monotonic() - started)
            await asyncio.sleep(rng.uniform(0.2, 1.0))  # a reader glances at the page
    except Exception as error:  # a measurement: count it
        errors.append(f"session {number}: {type(error).__name__}: {str(error)[:200]}")
    finally:
        socket.close()


async def browser_session(
    browser, base: str, number: int, deadline: float, times: dict, errors: list
) -> None:
    rng = random.Random(number)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    try:
        while time.monotonic() < deadline:
            name, url = page_url(base, rng)
            started = time.monotonic()
            try:
                await page.goto(url, timeout=RUN_TIMEOUT_MS)
                await page.wait_for_selector('[data-testid="stMain"] h1', timeout=RUN_TIMEOUT_MS)
                await page.wait_for_function(
                    "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                    timeout=RUN_TIMEOUT_MS)
                boxes = page.locator(ERROR_BOXES)
                if await boxes.count():
                    errors.append(f"{url}: {(await boxes.first.inner_text())[:200]}")
                    continue
            except Exception as error:  # a measurement: count it and go on
                errors.append(f"{url}: {type(error).__name__}: {str(error)[:200]}")
                continue
            times.setdefault(name, []).append(time.monotonic() - started)
            await asyncio.sleep(rng.uniform(0.2, 1.0))  # a reader glances at the page
    finally:
        await context.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def run(base: str, sessions: int, seconds: float, client: str) -> int:
    times: dict[str, list[float]] = {}
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    if client == "websocket":
        await asyncio.gather(*(websocket_session(base, n, deadline, times, errors) for n in range(sessions)))
    else:
        from playwright.async_api import async_playwright

        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            await asyncio.gather(*(browser_session(browser, base, n, deadline, times, errors)
                                   for n in range(sessions)))
            await browser.close()
    every = [t for values in times.values() for t in values]
    print(f"{sessions} {client} sessions for {seconds:.0f} s: {len(every)} page runs, {len(errors)} errors")
    for name in sorted(times):
        values = times[name]
        print(f"  {name:14} runs {len(values):4}  p50 {statistics.median(values):6.2f} s  "
              f"p95 {percentile(values, 0.95):6.2f} s")
    if every:
        print(f"  {'all pages':14} runs {len(every):4}  p50 {statistics.median(every):6.2f} s  "
              f"p95 {percentile(every, 0.95):6.2f} s")
    for error in errors[:20]:
        print(f"  error: {error}")
    return 1 if errors or not every else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--client", choices=("websocket", "browser"), default="websocket")
    parser.add_argument("--url", help="a running dashboard (default: start app.py on a fresh store)")
    args = parser.parse_args()
    if args.url:
        return asyncio.run(run(args.url.rstrip("/"), args.sessions, args.seconds, args.client))
    with tempfile.TemporaryDirectory() as folder:
        env = {"SALVO_DATABASE_URL": f"sqlite:///{Path(folder) / 'salvo.sqlite'}"}
        with streamlit_server(ROOT / "app.py", Path(folder), env) as base:
            return asyncio.run(run(base, args.sessions, args.seconds, args.client))


if __name__ == "__main__":
    sys.exit(main())
