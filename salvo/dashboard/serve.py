"""How the dashboard is served: the start-up hooks of server.py (what `make run` runs).

Two things Streamlit would otherwise leave to the first visitor after a start:

* **The read-ahead.** Streamlit imports what a page needs and reads the attack table inside the
  first script run, and that run only starts once a browser has loaded the front end and opened
  its websocket: about a second in which the server sits idle. `read_ahead_on_start` (the App's
  lifespan) imports the page modules and reads the attack table into `salvo.table`'s process cache
  in a background thread as soon as the server starts; the pages' cached reader
  (`ui._cached_table`) then only copies it. The cyclic garbage collector is paused while the
  modules load, then everything loaded is frozen (`gc.freeze`): the imports build some 150,000
  long-lived objects that the collector would otherwise walk over and over, during the imports
  (a fifth of their time) and in every later run.
* **The chart library.** The browser fetches Streamlit's Plotly bundle (4.7 MB of plotly.js,
  about a second to fetch, compile and run on a small machine) only when the first chart's data
  has arrived. `EarlyPlotly` adds two tags to the HTML of the pages that draw Plotly charts: a
  ``modulepreload`` link, so the browser fetches and compiles the bundle from the moment it reads
  the page's head, beside the front end's own script instead of after it; and a module script
  that imports it once the front end's script has run (module scripts run in document order), so
  it is running while the server runs the page. Other pages are left alone: they would pay that
  second for nothing.

With ``SALVO_SYNC_EVERY`` set (``15m``), the lifespan also starts the live sources' sync worker
(salvo.sources.sync.start_worker_from_env) and stops it when the server stops.
"""
from __future__ import annotations

import gc
import logging
import os
import re
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salvo.dashboard.pages import PLOTLY_PAGES

if TYPE_CHECKING:
    import pandas as pd

    from salvo.store import Store

_LOGGER = logging.getLogger(__name__)


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def import_page_modules() -> None:
    """Import what the pages import, then freeze what is loaded and resume the collector."""
    try:
        from salvo import store, table  # noqa: F401 -- loading them is the point
        from salvo.dashboard import auth, charts, data, filters  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def read_ahead() -> None:
    """Import the page modules, read the attack table of the configured store (creating the
    store and loading the shipped data first, as the first page would) and do the first run's
    once-per-process work (`warm_first_run`). Never raises: on failure the first page meets the
    same error and shows it."""
    try:
        import_page_modules()
        from salvo import table
        from salvo.sources import default_data

        handle = default_data.get_store()
        warm_first_run(handle, table.load_attacks(handle))
    except Exception:
        _LOGGER.warning("reading ahead failed; the first page will read the store itself", exc_info=True)


def warm_first_run(handle: Store, frame: pd.DataFrame) -> None:
    """What the first page run after a start would pay once, paid before any browser asks
    (about 0.4 CPU s of that run's 0.5 s on the shipped data, profiled with cProfile):

    * Streamlit's first element of a process asks whether it runs in a Python shell through
      ``inspect.stack()``, whose first call resolves the path of every loaded module (0.2 s);
    * ``st.set_page_config`` with an emoji icon (app.py) loads Streamlit's emoji catalogue (0.15 s);
    * the Timeline's chart of the default view (no filter, its default period, all weapons) is
      built into the cache every session reads (``data.shared_view_result``), and with it Plotly's
      and narwhals' lazily imported parts are loaded for every other chart."""
    import inspect

    import streamlit.emojis  # noqa: F401 -- loading it is the point

    from salvo.dashboard import charts, data
    from salvo.dashboard.filters import Filters, page_weapon_groups

    inspect.stack()
    view = Filters()
    version = data.data_version_key(handle)
    shown = data.shared_view(version, view, frame)
    if not shown.empty:
        data.shared_view_result(version, view, frame, charts.timeline_figure, charts.default_period(shown),
                                page_weapon_groups(view)[0])


@asynccontextmanager
async def read_ahead_on_start(_app: object) -> AsyncIterator[None]:
    """The App's lifespan: pause the collector and start `read_ahead` in a daemon thread (it
    resumes the collector); the server starts answering meanwhile."""
    gc.disable()
    threading.Thread(target=read_ahead, name="salvo-read-ahead", daemon=True).start()
    stop_sync = None
    if os.environ.get("SALVO_SYNC_EVERY"):  # the dashboard's own sync worker (README, Live sources)
        from salvo.sources import default_data, sync

        try:
            stop_sync = sync.start_worker_from_env(default_data.get_store)
        except sync.SyncConfigError as error:
            _LOGGER.error("SALVO_SYNC_EVERY: %s; the dashboard runs without its sync worker", error)
    try:
        yield
    finally:
        if stop_sync is not None:
            stop_sync.set()


def streamlit_static_dir() -> Path:
    """Where the installed Streamlit keeps its front end."""
    import streamlit

    return Path(streamlit.__file__).parent / "static"


def plotly_import_tag(html: str, static_dir: Path) -> str | None:
    """The tags that preload Streamlit's Plotly chunk and import it (module docstring), with the
    path the page's own entry script uses (so it resolves the same way under any base URL); None
    when the page or the chunk is not where this Streamlit release put them."""
    entry = re.search(r'src="([^"]*/)index\.[\w-]+\.js"', html)
    chunks = sorted((static_dir / "static" / "js").glob("PlotlyChart.*.js"))
    if entry is None or len(chunks) != 1:
        return None
    chunk = f"{entry.group(1)}{chunks[0].name}"
    return f'<link rel="modulepreload" href="{chunk}"><script type="module">import("{chunk}")</script>'


class EarlyPlotly:
    """ASGI middleware: the HTML of the pages in `pages` (last path segment) gets a script that
    starts loading Streamlit's Plotly bundle at once (see the module's docstring). Everything
    else passes through untouched."""

    def __init__(self, app: ASGIApp, pages: Collection[str] = PLOTLY_PAGES,
                 static_dir: Path | None = None) -> None:
        self.app = app
        self.pages = frozenset(pages)
        self.static_dir = static_dir or streamlit_static_dir()

    def _wants(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET":
            return False
        page = scope["path"].rstrip("/").rsplit("/", 1)[-1]
        accepts = dict(scope["headers"]).get(b"accept", b"")
        return page in self.pages and b"text/html" in accepts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._wants(scope):
            await self.app(scope, receive, send)
            return
        # Uncompressed, so the page can be edited (it is 2 kB).
        scope = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]}
        start: Message | None = None
        body: list[bytes] = []

        async def edit_html(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                if message["status"] == 200 and content_type.startswith(b"text/html"):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                html = b"".join(body).decode()
                tag = plotly_import_tag(html, self.static_dir)
                if tag is not None and "</head>" in html:
                    html = html.replace("</head>", f"{tag}</head>", 1)
                edited = html.encode()
                kept = [(k, v) for k, v in start.get("headers", []) if k not in (b"content-length", b"etag")]
                await send({**start, "headers": [*kept, (b"content-length", str(len(edited)).encode())]})
                await send({"type": "http.response.body", "body": edited})
                return
            await send(message)

        await self.app(scope, receive, edit_html)
