"""server.py's start-up hooks (salvo.dashboard.serve): the read-ahead that fills the cache the first page
reads, and the middleware that makes chart pages load plotly.js early."""
from __future__ import annotations

import asyncio
import concurrent.futures
import gc
import re
import threading
from pathlib import Path

import pytest

from salvo import store, table
from salvo.dashboard import serve
from salvo.sources import default_data


def run_async(coroutine):
    """asyncio.run in a thread of its own: the browser tests' Playwright (sync API) leaves an
    event loop running in the main thread of the same pytest session."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()

ROOT = Path(__file__).resolve().parents[1]
PAGE = ('<!DOCTYPE html><html><head><title>Streamlit</title>'
        '<script type="module" crossorigin src="./static/js/index.AbC-12.js"></script></head>'
        '<body><div id="root"></div></body></html>')


@pytest.fixture
def collector_restored():
    yield
    gc.unfreeze()
    gc.enable()


def test_read_ahead_fills_the_cache_the_first_page_reads(tmp_path, monkeypatch, collector_restored):
    handle = store.Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    monkeypatch.setattr(default_data, "get_store", lambda: handle)
    reads = []
    real_attack_table = table.attack_table
    monkeypatch.setattr(table, "attack_table", lambda s: reads.append(s) or real_attack_table(s))

    serve.read_ahead()
    assert reads == [handle]
    table.load_attacks(handle)  # what the first page's cached reader calls
    assert reads == [handle]  # served from the cache the read-ahead filled


def test_a_failing_read_ahead_is_logged_not_raised(monkeypatch, caplog, collector_restored):
    def unreachable():
        raise RuntimeError("store unreachable")

    monkeypatch.setattr(default_data, "get_store", unreachable)
    serve.read_ahead()
    assert "reading ahead failed" in caplog.text
    assert "store unreachable" in caplog.text


def test_the_lifespan_reads_ahead_in_the_background_and_resumes_the_collector(monkeypatch,
                                                                              collector_restored):
    started = threading.Event()
    monkeypatch.setattr(serve, "read_ahead", lambda: (started.set(), serve.import_page_modules()))

    async def serve_briefly() -> None:
        async with serve.read_ahead_on_start(None):
            pass

    run_async(serve_briefly())
    assert started.wait(10)
    for thread in threading.enumerate():
        if thread.name == "salvo-read-ahead":
            thread.join(10)
    assert gc.isenabled()  # paused for the imports only


def static_dir_with(tmp_path: Path, *chunks: str) -> Path:
    js = tmp_path / "static" / "static" / "js"
    js.mkdir(parents=True)
    for name in chunks:
        (js / name).write_text("export default 1")
    return tmp_path / "static"


def test_the_import_tag_follows_the_page_entry_scripts_path(tmp_path):
    static = static_dir_with(tmp_path, "PlotlyChart.x1Y2.js", "DataFrame.q9.js")
    assert serve.plotly_import_tag(PAGE, static) == (
        '<link rel="modulepreload" href="./static/js/PlotlyChart.x1Y2.js">'
        '<script type="module">import("./static/js/PlotlyChart.x1Y2.js")</script>')
    based = PAGE.replace("./static/js/", "/salvo/static/js/")
    tags = serve.plotly_import_tag(based, static)
    assert 'href="/salvo/static/js/PlotlyChart.x1Y2.js"' in tags
    assert 'import("/salvo/static/js/PlotlyChart.x1Y2.js")' in tags


def test_no_import_tag_when_this_streamlit_lays_its_files_out_otherwise(tmp_path):
    assert serve.plotly_import_tag(PAGE, static_dir_with(tmp_path / "none")) is None
    assert serve.plotly_import_tag(PAGE, static_dir_with(tmp_path / "two", "PlotlyChart.a.js",
                                                         "PlotlyChart.b.js")) is None
    single = static_dir_with(tmp_path / "one", "PlotlyChart.a.js")
    assert serve.plotly_import_tag(PAGE.replace("index.AbC-12.js", "main.js"), single) is None


def respond(path: str, *, status: int = 200, content_type: bytes = b"text/html; charset=utf-8",
            accept: bytes = b"text/html,*/*", static: Path) -> tuple[list[dict], list[tuple]]:
    """Run EarlyPlotly around an app serving PAGE in two pieces; (messages sent, headers the
    app saw)."""
    seen_headers: list[tuple] = []
    body = PAGE.encode()

    async def page_app(scope, receive, send):
        seen_headers.extend(scope["headers"])
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode()),
                   (b"etag", b'"abc"')]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body[:40], "more_body": True})
        await send({"type": "http.response.body", "body": body[40:]})

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {"type": "http", "method": "GET", "path": path,
             "headers": [(b"accept", accept), (b"accept-encoding", b"gzip")]}
    run_async(serve.EarlyPlotly(page_app, static_dir=static)(scope, receive, send))
    return sent, seen_headers


def test_a_chart_page_gets_the_import_before_its_head_ends(tmp_path):
    static = static_dir_with(tmp_path, "PlotlyChart.x1Y2.js")
    sent, seen = respond("/timeline", static=static)
    html = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body").decode()
    assert html == PAGE.replace("</head>", serve.plotly_import_tag(PAGE, static) + "</head>")
    headers = dict(sent[0]["headers"])
    assert headers[b"content-length"] == str(len(html.encode())).encode()
    assert b"etag" not in headers  # the tag no longer describes this body
    assert b"accept-encoding" not in dict(seen)  # asked uncompressed, so it can be edited
    under_a_base_url, _ = respond("/salvo/interception/", static=static)
    assert b"PlotlyChart.x1Y2.js" in b"".join(m.get("body", b"") for m in under_a_base_url)


@pytest.mark.parametrize("request_and_response", [
    {"path": "/overview"},  # no Plotly chart on it: it would load plotly.js for nothing
    {"path": "/data"},
    {"path": "/timeline", "accept": b"*/*"},  # not a page load
    {"path": "/timeline", "status": 304},
    {"path": "/timeline", "content_type": b"application/json"},
])
def test_everything_else_passes_untouched(tmp_path, request_and_response):
    sent, _ = respond(static=static_dir_with(tmp_path, "PlotlyChart.x1Y2.js"), **request_and_response)
    assert b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body") == PAGE.encode()
    assert b"etag" in dict(sent[0]["headers"])


def test_the_plotly_pages_are_the_views_that_draw_plotly_charts():
    drawing = {view.stem for view in (ROOT / "views").glob("*.py")
               if re.search(r"\bui\.plot(_or_note)?\(", view.read_text())}  # plot_or_note draws through plot
    assert drawing == serve.PLOTLY_PAGES


def test_streamlit_run_serves_server_py_as_an_app():
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(ROOT / "server.py")
    assert found.is_asgi_app and found.import_string == "server:app"
