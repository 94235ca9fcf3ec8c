"""The read-only API (salvo.dashboard.api), driven as ASGI over HTTP messages on a store built here."""
from __future__ import annotations

import asyncio
import concurrent.futures
import csv
import datetime as dt
import io
import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from starlette.applications import Starlette
from starlette.routing import Match

from salvo import consolidate
from salvo.dashboard import api
from salvo.store import NewReport
from tests.store.conftest import record

ROOT = Path(__file__).resolve().parents[2]

HOSTILE_OUTLET = '=HYPERLINK("http://evil.example")'  # a spreadsheet would run it
# Nights in two months, written for these tests: (name, night, outlet, source type, url, figures).
NIGHTS = [
    ("jan-03", "2025-01-03", "Air Force", "official", "https://example.org/af/0103",
     {"drones_launched": 81, "drones_destroyed": 34, "oblasts": ["Kyiv City"], "cities": ["Kyiv"]}),
    ("jan-03-wire", "2025-01-03", "Example Wire", "wire", "https://example.org/w/0103",
     {"drones_launched": 85}),
    ("jan-20", "2025-01-20", "Air Force", "official", "https://example.org/af/0120",
     {"drones_launched": 131, "missiles_launched": 2, "oblasts": ["Lviv Oblast"], "cities": ["Lviv"]}),
    ("feb-02", "2025-02-02", HOSTILE_OUTLET, "wire", "https://example.org/w/0202",
     {"drones_launched": 70, "oblasts": ["Kharkiv Oblast"]}),
]


def run_async(coroutine):
    """asyncio.run in a thread of its own (the browser tests leave a loop in the main thread)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def get(path: str, query: str = "", method: str = "GET") -> tuple[int, dict[bytes, bytes], bytes]:
    """One HTTP request to the API's routes as the server mounts them: (status, headers, body)."""
    app = Starlette(routes=api.ROUTES)
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "root_path": "",
             "query_string": query.encode(), "headers": [(b"host", b"localhost")], "scheme": "http",
             "server": ("127.0.0.1", 8501), "client": ("127.0.0.1", 50000), "http_version": "1.1",
             "asgi": {"version": "3.0"}}
    run_async(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


@pytest.fixture
def filled_store(empty_store):
    for name, night, outlet, source_type, url, figures in NIGHTS:
        empty_store.save_report(
            NewReport(text=None, kind="curated", external_id=name, outlet=outlet, source_type=source_type,
                      source_url=url, published=dt.date.fromisoformat(night)),
            record(attack_date=night, **figures), "fixture/1")
    consolidate.refresh(empty_store)
    return empty_store


def test_attacks_json_answers_the_asked_month_with_the_export_columns(filled_store):
    status, headers, body = get("/api/attacks.json", "from=2025-01-01&to=2025-01-31")
    assert status == 200 and headers[b"content-type"].startswith(b"application/json")
    answer = json.loads(body)
    assert [row["attack_date"] for row in answer["rows"]] == ["2025-01-03", "2025-01-20"]
    assert answer["filters"] == {"from": "2025-01-01", "to": "2025-01-31"}
    assert answer["data_version"] == filled_store.data_version()
    first = answer["rows"][0]
    # the export's columns: the attack table's, with source_urls and conflicts joined
    assert list(first)[:2] == ["attack_date", "drones_launched"]
    assert {"source_urls", "conflicts", "conflict_fields", "report_ids"} <= set(first)
    assert first["drones_launched"] in (81, 85) and first["has_conflict"] is True
    assert "https://example.org/af/0103" in first["source_urls"]
    assert json.loads(first["conflicts"])["drones_launched"]  # every disagreeing figure, as JSON text
    assert first["injured"] is None  # a missing figure is null, never zero
    assert answer["rows"][1]["oblasts"] == "Lviv Oblast"


def test_every_dashboard_filter_applies_and_is_echoed(filled_store):
    status, _headers, body = get("/api/attacks.json", urlencode(
        {"from": "2025-01-01", "to": "2025-03-01", "weapon": "missiles", "oblast": "Lviv Oblast"}))
    answer = json.loads(body)
    assert status == 200 and [row["attack_date"] for row in answer["rows"]] == ["2025-01-20"]
    assert answer["filters"] == {"from": "2025-01-01", "to": "2025-03-01", "weapon": "missiles",
                                 "oblast": "Lviv Oblast"}
    _status, _headers, body = get("/api/attacks.json", "oblast=Kharkiv%20Oblast&oblast=Kyiv%20City")
    assert [row["attack_date"] for row in json.loads(body)["rows"]] == ["2025-01-03", "2025-02-02"]


def test_attacks_csv_holds_the_same_rows_through_the_export_writer(filled_store):
    status, headers, body = get("/api/attacks.csv", "from=2025-01-01&to=2025-01-31")
    assert status == 200 and headers[b"content-type"].startswith(b"text/csv")
    assert headers[b"x-salvo-data-version"] == str(filled_store.data_version()).encode()
    text = body.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    _status, _headers, json_body = get("/api/attacks.json", "from=2025-01-01&to=2025-01-31")
    assert list(rows[0]) == list(json.loads(json_body)["rows"][0])
    assert [row["attack_date"] for row in rows] == ["2025-01-03", "2025-01-20"]
    assert text.splitlines()[1].startswith('"2025-01-03",')  # every text cell quoted


def test_the_csv_names_its_metadata_file_which_says_what_it_holds(filled_store):
    query = "from=2025-01-01&to=2025-01-31"
    _status, headers, _body = get("/api/attacks.csv", query)
    link = f'</api/attacks.about.csv?{query}>; rel="describedby"; type="text/csv"'
    assert headers[b"link"] == link.encode()
    filled_store.add_annotation("2025-01-10", "Radar moved", author="Olena")
    status, headers, body = get("/api/attacks.about.csv", query)
    assert status == 200 and headers[b"content-type"].startswith(b"text/csv")
    about = dict(csv.reader(io.StringIO(body.decode())))
    assert about["view"].startswith("2025-01-01 → 2025-01-31") and about["view"].endswith("(API)")
    assert about["data version"] == str(filled_store.data_version())
    assert about["attack nights"] == "2" and about["first night"] == "2025-01-03"
    assert about["annotation 2025-01-10"].startswith("Radar moved (Olena, ")
    assert "source_urls" in about and "exported at" in about
    status, _headers, body = get("/api/attacks.about.csv", "weapon=lasers")
    assert status == 400 and "weapon: unknown 'lasers'" in body.decode()


def test_a_hostile_value_is_inert(filled_store):
    before = filled_store.data_version()
    status, headers, body = get("/api/attacks.json", urlencode(
        {"oblast": "<script>alert(1)</script>", "from": "2025-01-01'; DROP TABLE reports;--"}))
    assert status == 400 and headers[b"content-type"].startswith(b"application/json")
    problems = json.loads(body)["problems"]
    assert any(p.startswith("from:") and "has more than a date" in p for p in problems)
    assert any(p.startswith("oblast: unknown '<script>alert(1)</script>'") for p in problems)
    assert filled_store.count_reports() == len(NIGHTS) and filled_store.data_version() == before
    # a formula an outlet's name carries comes out of the CSV as text, not as a formula
    _status, _headers, body = get("/api/attacks.csv", "from=2025-02-02&to=2025-02-02")
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [row["sources"] for row in rows] == ["'" + HOSTILE_OUTLET]
    assert not any(cell.startswith("=") for row in rows for cell in row.values())


@pytest.mark.parametrize("query, problem", [
    ("from=2025-02-30", "from: '2025-02-30' is not a date"),
    ("from=2025-02-01&to=2025-01-01", "from (2025-02-01) is after to (2025-01-01)"),
    ("weapon=drones,lasers", "weapon: unknown 'lasers'"),
    ("source=blog", "source: unknown 'blog'"),
    ("form=2025-01-01", "unknown parameter 'form'"),
    ("to=2025-01-31T00:00", "to: '2025-01-31T00:00' has more than a date"),
])
def test_bad_filter_values_are_a_400_naming_the_problem(empty_store, query, problem):
    status, _headers, body = get("/api/attacks.json", query)
    assert status == 400
    assert any(p.startswith(problem) for p in json.loads(body)["problems"]), body


def test_the_api_only_reads(filled_store):
    before = filled_store.data_version()
    for path in ("/api/attacks.json", "/api/attacks.csv", "/api/attacks.about.csv", "/api/reports.json"):
        status, _headers, _body = get(path, method="POST")
        assert status == 405
    assert filled_store.data_version() == before


def test_reports_json_pages_through_the_listing(filled_store):
    status, _headers, body = get("/api/reports.json", "from=2025-01-01&to=2025-01-31&limit=2")
    answer = json.loads(body)
    assert status == 200 and answer["total"] == 3 and answer["pages"] == 2 and answer["page"] == 1
    assert answer["filters"] == {"from": "2025-01-01", "to": "2025-01-31"}
    assert [row["published"] for row in answer["rows"]] == ["2025-01-20", "2025-01-03"]
    assert {"id", "outlet", "source_type", "launched", "attack_date"} <= set(answer["rows"][0])
    _status, _headers, body = get("/api/reports.json", "from=2025-01-01&to=2025-01-31&limit=2&page=2")
    assert [row["attack_date"] for row in json.loads(body)["rows"]] == ["2025-01-03"]
    _status, _headers, body = get("/api/reports.json", "source=wire&oblast=Kyiv%20City")
    answer = json.loads(body)
    assert [row["outlet"] for row in answer["rows"]] == [HOSTILE_OUTLET, "Example Wire"]  # JSON is data
    assert answer["not_applied"] == ["oblast"]


@pytest.mark.parametrize("query", ["limit=5000", "page=0", "page=-1", "limit=ten", "page=²"])
def test_reports_json_caps_its_pages(empty_store, query):
    status, _headers, body = get("/api/reports.json", query)
    assert status == 400 and json.loads(body)["problems"]


def test_server_py_mounts_the_api(monkeypatch):
    """`make run` serves server.py's App: each API path is one of its routes."""
    import importlib.util

    from streamlit import config

    # Building an App pins Streamlit's process-wide script path: put it back after the test.
    monkeypatch.setattr(config, "_main_script_path", config._main_script_path)
    monkeypatch.chdir(ROOT)
    spec = importlib.util.spec_from_file_location("server_under_test", ROOT / "server.py")
    server = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(server)
    routes = server.app._user_routes  # what st.App puts before Streamlit's own routes
    for path in ("/api/attacks.json", "/api/attacks.csv", "/api/attacks.about.csv", "/api/reports.json"):
        scope = {"type": "http", "method": "GET", "path": path, "root_path": ""}
        assert any(route.matches(scope)[0] == Match.FULL for route in routes), path
