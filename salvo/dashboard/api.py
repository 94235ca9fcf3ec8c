"""A read-only API on the dashboard's own server, for notebooks and scripts (README, "API").

* ``GET /api/attacks.json``: ``{"rows": [...], "data_version": N, "filters": {...}, "annotations":
  [...]}``, one row per attack night of the view, with the columns of every export
  (salvo.table.with_export_columns and flat_table: lists joined by "; ", dicts as JSON text, a
  missing figure null, never zero), and the editors' notes on days of the date range (as the
  exports' "annotations" sheet: night, text, author, added_at).
* ``GET /api/attacks.csv``: the same rows through the one exporter (salvo.export.export_bytes:
  every text cell quoted, formulas neutralised); its ``Link`` header (rel "describedby") points to:
* ``GET /api/attacks.about.csv``: the metadata of the same query (salvo.export.export_metadata:
  when, which view, data version, what the columns mean) and the editors' notes, as (item, value)
  rows: what a CSV export's NAME.about.csv holds.
* ``GET /api/reports.json``: the Reports page's listing, newest first, a page at a time
  (``page``, ``limit`` up to `MAX_REPORT_LIMIT`), with ``total`` and ``pages``.

The filters are the dashboard's URL query string (``from``, ``to``, ``weapon``, ``oblast``,
``source``), read by the pages' own parser (salvo.dashboard.filters) in its strict mode: an unknown
parameter or a bad value answers 400 with a JSON message naming every problem. Anyone who may view
the pages may read here (viewing is open; salvo.dashboard.auth guards writes only); the routes
answer GET (and HEAD) only and never write.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
import pandas as pd
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from salvo import export, table
from salvo.dashboard.filters import PARAM_KEYS, FilterError, Filters, apply_filters
from salvo.dashboard.report_listing import report_table  # the Reports page's listing columns
from salvo.security import csv_bytes
from salvo.sources import default_data

PAGE_KEY = "page"  # the Reports page's own URL parameter
LIMIT_KEY = "limit"
DEFAULT_REPORT_LIMIT = 100
MAX_REPORT_LIMIT = 1000
REPORT_FILTER_KEYS = ("from", "to", "source")  # weapons and oblasts are a night's, not a report's


def json_response(body: dict[str, Any], status: int = 200) -> Response:
    options = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
    return Response(orjson.dumps(body, option=options, default=str), status_code=status,
                    media_type="application/json")


def bad_request(problems: list[str]) -> Response:
    return json_response({"error": "bad request", "problems": problems}, status=400)


def read_filters(request: Request, extra_keys: Iterable[str] = ()) -> Filters:
    """The view the query string asks for; a `FilterError` for an unknown parameter or value.
    A parameter given twice counts as one comma-separated list."""
    params = request.query_params
    known = (*PARAM_KEYS, *extra_keys)
    unknown = sorted({key for key in params if key not in known})
    problems = [f"unknown parameter {key!r}; the parameters are {', '.join(known)}" for key in unknown]
    joined = {key: ",".join(params.getlist(key)) for key in PARAM_KEYS if key in params}
    try:
        filters = Filters.from_query_params(joined, strict=True)
    except FilterError as error:
        problems.extend(error.problems)
    if problems:
        raise FilterError(problems)
    return filters


def json_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The frame's rows as dicts, a missing value as None (JSON null)."""
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def attack_rows(filters: Filters) -> tuple[pd.DataFrame, int]:
    """The export's rows of the view (not yet flat) and the data version they were read at."""
    store = default_data.get_store()
    version = store.data_version()
    frame = apply_filters(table.load_attacks(store), filters).reset_index(drop=True)
    return table.with_export_columns(store, frame), version


def attacks_json(request: Request) -> Response:
    try:
        filters = read_filters(request)
    except FilterError as error:
        return bad_request(error.problems)
    rows, version = attack_rows(filters)
    notes = export.annotations_table(default_data.get_store().annotations(filters.start, filters.end))
    return json_response({"rows": json_rows(table.flat_table(rows)), "data_version": version,
                          "filters": filters.to_query_params(), "annotations": json_rows(notes)})


def csv_response(body: bytes, version: int, headers: dict[str, str] | None = None) -> Response:
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"X-Salvo-Data-Version": str(version), **(headers or {})})


def attacks_csv(request: Request) -> Response:
    try:
        filters = read_filters(request)
    except FilterError as error:
        return bad_request(error.problems)
    rows, version = attack_rows(filters)
    query = f"?{request.url.query}" if request.url.query else ""
    # the CSV's metadata file, as `python -m salvo export` writes NAME.about.csv beside a CSV
    about = f'</api/attacks.about.csv{query}>; rel="describedby"; type="text/csv"'
    return csv_response(export.export_bytes(rows, "csv"), version, {"Link": about})


def attacks_about_csv(request: Request) -> Response:
    """The metadata of `attacks_csv` for the same query (export.export_metadata: when, which view,
    data version, nights, what the columns mean) and the editors' notes of its date range below it,
    as (item, value) rows: the CSV's "about" file."""
    try:
        filters = read_filters(request)
    except FilterError as error:
        return bad_request(error.problems)
    rows, version = attack_rows(filters)
    metadata = export.export_metadata(rows, f"{filters.describe()} (API)", version)
    notes = export.annotations_table(default_data.get_store().annotations(filters.start, filters.end))
    lines = [(f"annotation {note.night}", f"{note.text} ({note.author}, {note.added_at})")
             for note in notes.itertuples()]
    about = pd.concat([metadata, pd.DataFrame(lines, columns=metadata.columns)], ignore_index=True)
    return csv_response(csv_bytes(about), version)


def _positive_int(params: Any, key: str, default: int, problems: list[str]) -> int:
    text = params.get(key)
    if text is None:
        return default
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        problems.append(f"{key}: {text[:40]!r} is not a whole number from 1")
        return default
    return int(text)


def reports_json(request: Request) -> Response:
    problems: list[str] = []
    try:
        filters = read_filters(request, extra_keys=(PAGE_KEY, LIMIT_KEY))
    except FilterError as error:
        problems.extend(error.problems)
        filters = Filters()
    page = _positive_int(request.query_params, PAGE_KEY, 1, problems)
    limit = _positive_int(request.query_params, LIMIT_KEY, DEFAULT_REPORT_LIMIT, problems)
    if limit > MAX_REPORT_LIMIT:
        problems.append(f"{LIMIT_KEY}: at most {MAX_REPORT_LIMIT} reports a page")
    if problems:
        return bad_request(problems)
    store = default_data.get_store()
    version = store.data_version()
    view = {"start": filters.start, "end": filters.end, "source_types": filters.source_types}
    total = store.count_report_headlines(**view)
    listing = report_table(store.report_headline_page(**view, limit=limit, offset=(page - 1) * limit))
    applied = {key: value for key, value in filters.to_query_params().items() if key in REPORT_FILTER_KEYS}
    body: dict[str, Any] = {
        "rows": json_rows(listing), "data_version": version, "filters": applied,
        "page": page, "limit": limit, "pages": max(1, -(-total // limit)), "total": total,
    }
    not_applied = sorted(set(filters.to_query_params()) - set(REPORT_FILTER_KEYS))
    if not_applied:
        body["not_applied"] = not_applied  # weapon and oblast filter nights, not reports
    return json_response(body)


ROUTES = [
    Route("/api/attacks.json", attacks_json, methods=["GET"]),
    Route("/api/attacks.csv", attacks_csv, methods=["GET"]),
    Route("/api/attacks.about.csv", attacks_about_csv, methods=["GET"]),
    Route("/api/reports.json", reports_json, methods=["GET"]),
]
