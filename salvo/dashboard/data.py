"""What every page shares: the attack frame (cached by data version), the store handle, the
empty-store message, and query-string-backed page options.

Pages call `attacks()` and `store()` and never touch SQL. `attack_source` is the one seam:
tests (and the synthetic browser app) replace it with a function returning a frame and a version.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from salvo.dashboard.filters import Filters, apply_filters, sync_query_params
from salvo.export import ExportFormat, export_bytes, export_metadata
from salvo.sources import default_data

EMPTY_MESSAGE = ("No data yet — ingest reports (Ingest page) or import the official CSV "
                 "(`python -m salvo import-official CSV`).")


def empty_attack_frame() -> pd.DataFrame:
    """The attack frame of docs/data-model.md with no rows (salvo.table defines the shape)."""
    from salvo import table

    return table.empty_frame()


def store() -> Any:
    """The process-wide store (salvo.sources.default_data.get_store)."""
    return default_data.get_store()


def _store_attacks() -> tuple[pd.DataFrame, str]:
    handle = store()
    version = f"{handle.url}#{handle.data_version()}"
    return _cached_table(version, handle), version


# cache_resource, not cache_data: every session shares the one frame instead of unpickling a copy
# per page run (a quarter of a second at 4,000 nights). Pages and chart builders never change a
# frame in place; they derive new ones.
@st.cache_resource(max_entries=4, show_spinner="Reading the attack table…")
def _cached_table(version: str, _handle: Any) -> pd.DataFrame:
    """The attack table of one data version (the version is the cache key: any write moves it)."""
    from salvo import table

    return table.load_attacks(_handle)


# The seam: a function returning (attack frame, data version). Tests replace it.
attack_source: Callable[[], tuple[pd.DataFrame, str]] = _store_attacks


def attacks() -> tuple[pd.DataFrame, str]:
    """The whole attack frame and its data version."""
    return attack_source()


def filtered_attacks(filters: Filters) -> pd.DataFrame:
    """The view's rows, shared by every session on the same data version and filters."""
    frame, version = attacks()
    return _filtered(version, filters, frame)


@st.cache_resource(max_entries=64, show_spinner=False)
def _filtered(version: str, filters: Filters, _frame: pd.DataFrame) -> pd.DataFrame:
    return apply_filters(_frame, filters)


LOG = logging.getLogger("salvo")
PAGE_FAILED = ("This page could not be drawn because of an error on the server; the error is in the "
               "server's log. An editor signed in sees its details here.")


def run_page(navigation: Any) -> None:
    """Run the page the URL names (``st.navigation``'s result). An error in it goes to the server's
    log with its traceback and is shown in full to editors only: a traceback names the server's
    paths and code, which viewers have no need of (``client.showErrorDetails`` hides uncaught ones).
    """
    from salvo.dashboard.auth import editor

    try:
        navigation.run()
    except Exception as error:  # the frame around every page; st.stop and st.rerun are no Exception
        LOG.exception("a page failed")
        if editor() is not None:
            st.exception(error)
        else:
            st.error(PAGE_FAILED, icon=":material/error:")


T = TypeVar("T")


def view_result(builder: Callable[..., T], *args: Hashable) -> T:
    """``builder(filtered frame, *args)`` for the current view, computed once per data version,
    filters and arguments and shared by every session: a chart or summary is built when the data
    or the view changes, not on every rerun (the frame is already cached the same way).

    The result is shared: callers draw it or derive from it, never change it in place."""
    frame, version = attacks()
    filters = current_filters()
    name = f"{builder.__module__}.{builder.__qualname__}"
    return _view_result(version, filters, name, args, builder, _filtered(version, filters, frame))


@st.cache_resource(max_entries=256, show_spinner=False)
def _view_result(version: str, filters: Filters, name: str, args: tuple, _builder: Callable[..., Any],
                 _frame: pd.DataFrame) -> Any:
    return _builder(_frame, *args)


def current_filters() -> Filters:
    """The view the sidebar holds (app.py draws the sidebar before running the page)."""
    return st.session_state.get("salvo_filters", Filters())


def show_empty(frame: pd.DataFrame, filters: Filters | None = None) -> bool:
    """Tell the reader why there is nothing to draw; True when the page should stop there."""
    if not frame.empty:
        return False
    everything, _version = attacks()
    if everything.empty:
        st.info(EMPTY_MESSAGE, icon=":material/info:")
    else:
        st.info("No attack night matches the filters in the sidebar. Widen the date range or clear a filter.")
        if filters is not None:
            st.caption(filters.describe())
    return True


def query_choice(label: str, options: Sequence[str], param: str, default: str,
                 format_func: Callable[[str], str] = str, horizontal: bool = True) -> str:
    """A page option (radio) kept in the URL as `param`, so a copied link restores it too."""
    key = f"opt_{param}"
    if key not in st.session_state:
        wanted = st.query_params.get(param, default)
        st.session_state[key] = wanted if wanted in options else default
    choice = st.radio(label, list(options), key=key, format_func=format_func, horizontal=horizontal)
    sync_query_params({param: choice}, (param,))
    return choice


def fmt_count(value: object) -> str:
    """A figure as text; a figure no source gave is shown as such, never as zero."""
    if value is None or pd.isna(value):
        return "—"
    return f"{int(value):,}"


def dashes(table: pd.DataFrame) -> pd.DataFrame:
    """A small table for st.dataframe with its counts as text and "—" where a value is missing
    (st.dataframe shows a missing number as "None"; a styler's na_rep does not reach it)."""
    shown = table.copy()
    for column in shown.columns:
        if pd.api.types.is_integer_dtype(shown[column]) or pd.api.types.is_float_dtype(shown[column]):
            shown[column] = pd.Series([fmt_count(v) for v in shown[column]], index=shown.index, dtype=object)
    return shown


def is_missing(value: object) -> bool:
    """A value no source gave (None, NA, NaN)."""
    return value is None or bool(pd.isna(value))


# Human names of the attack table's figures, for the pages' tables and explanations.
FIELD_LABELS = {
    "drones_launched": "Drones launched", "drones_destroyed": "Drones shot down",
    "missiles_launched": "Missiles launched", "missiles_destroyed": "Missiles shot down",
    "total_launched": "Weapons launched", "total_destroyed": "Weapons shot down",
    "suppressed": "Suppressed / lost", "hit_locations": "Locations hit",
    "debris_locations": "Debris locations", "killed": "Killed", "injured": "Injured",
    **{f"{family}_{fate}": f"{label} {'launched' if fate == 'launched' else 'shot down'}"
       for family, label in (("shahed", "Shahed / decoy drones"), ("cruise", "Cruise missiles"),
                             ("ballistic", "Ballistic missiles"), ("aeroballistic", "Aeroballistic missiles"),
                             ("guided", "Guided missiles"))
       for fate in ("launched", "destroyed")},
}


# The attack table's other columns as the Data page heads them (downloads keep the data names).
COLUMN_LABELS = {
    "attack_date": "Night", "oblasts": "Oblasts", "cities": "Cities", "n_reports": "Reports",
    "sources": "Sources", "source_type": "Best source type", "has_conflict": "Sources disagree",
    "conflict_fields": "Disputed figures", "lower_bound_fields": "Lower bounds",
    "quality_flags": "Checks failed", "corrected_fields": "Corrected", "combined_fields":
    "Shot down/suppressed combined", "regional_figures": "Regional figures", "choices": "Why",
    "models": "Models", "report_ids": "Report ids",
}


def column_labels(columns: Sequence[str]) -> dict[str, str]:
    """Human headings for the attack table's columns (st.dataframe column_config)."""
    return {name: FIELD_LABELS.get(name) or COLUMN_LABELS.get(name, name) for name in columns}


def period_help(row: pd.Series, days: int) -> str:
    """The tooltip of one period metric: both periods' sums and coverage, and why no change shows."""
    def side(total: object, covered: int, nights: int) -> str:
        return f"{fmt_count(total)} ({covered} of {nights} attack nights give it)"

    text = (f"Last {days} days: {side(row['current'], row['current_covered'], row['current_nights'])}; "
            f"the {days} before: {side(row['previous'], row['previous_covered'], row['previous_nights'])}.")
    if is_missing(row["change"]):
        text += " No change shown: the periods' coverage is not comparable."
    return text


def choices_table(night: pd.Series) -> pd.DataFrame:
    """One night's figures with why each holds its value (consolidation's `choices`) and the
    figures kept per region or place, never the night's national ones."""
    rows = [{"Figure": FIELD_LABELS.get(name, name), "Value": fmt_count(night.get(name)), "Why": why}
            for name, why in (night.get("choices") or {}).items()]
    for place, figures in (night.get("regional_figures") or {}).items():
        for name, value in figures.items():
            rows.append({"Figure": f"{FIELD_LABELS.get(name, name)} — {place} only",
                         "Value": fmt_count(value), "Why": "a regional or local figure: not the night's"})
    return pd.DataFrame(rows, columns=["Figure", "Value", "Why"])


def fmt_date(value: object) -> str:
    if value is None or pd.isna(value):
        return "—"
    return pd.Timestamp(value).strftime("%a %d %b %Y")


def data_as_of(frame: pd.DataFrame) -> str:
    """The "data as of" stamp: the last attack night held, and when this page read the data."""
    last = fmt_date(frame["attack_date"].max()) if not frame.empty else "no nights yet"
    read_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Data as of the night of {last} · read {read_at}"


OFFICIAL_MISSING = (
    "No official series stored yet: download the “Massive Missile Attacks on Ukraine” dataset's zip "
    "archive (Kaggle, piterfm/massive-missile-attacks-on-ukraine) and drop it on the Ingest page's "
    "Official dataset tab, or run `python -m salvo import-official ARCHIVE.zip`."
)


def official_series_note() -> str | None:
    """The Overview's one line when the store holds no official series (None when it does)."""
    return None if store().count_reports(kind="official") else OFFICIAL_MISSING


def live_sources_line() -> str | None:
    """The Overview's line on live sources ("updated 12 min ago from 3 sources"), None before any
    sync (salvo.dashboard.sync_status)."""
    from salvo.dashboard.sync_status import freshness_line

    return freshness_line(store().sync_statuses())


PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def plot(figure: Any, key: str) -> None:
    """Draw a Plotly figure with the modebar's PNG download kept."""
    # theme=None keeps the Okabe-Ito template instead of Streamlit's palette.
    st.plotly_chart(figure, width="stretch", theme=None, config=PLOTLY_CONFIG, key=key)


def impact_deck(frame: pd.DataFrame) -> Any:
    """The Map page's deck, with cities placed by the project's gazetteer, over the basemap the
    operator configured (none by default: no third-party request)."""
    from salvo.dashboard import maps

    return maps.impact_deck(frame, maps.gazetteer_lookup(), maps.configured_basemap())


# --- the Data page's table and its downloads ---------------------------------------------------

def display_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The attack frame as the Data page shows it: flat as in every export (salvo.table.flat_table:
    lists such as conflict_fields joined with "; ", dicts as JSON, the night as an ISO date), text
    as pandas strings. Downloads are made from this same table (plus each night's full conflicts)."""
    from salvo.table import flat_table

    table = flat_table(frame)
    for column in table.columns:
        if table[column].dtype == object:
            table[column] = table[column].astype("string")
    return table.reset_index(drop=True)


def download_data(version: str, view: str, fmt: str, table: pd.DataFrame) -> Callable[[], bytes]:
    """The bytes of one download (csv, xlsx or parquet) of the shown table with each night's full
    conflicts joined from the store (`download_table`), for st.download_button: built when the
    reader clicks, not on every page run (an XLSX of 4,000 nights takes seconds), and kept per
    data version and view."""
    return functools.partial(_download_bytes, version, view, fmt, table)


@st.cache_data(max_entries=8, show_spinner=False)
def _download_bytes(version: str, view: str, fmt: ExportFormat, _table: pd.DataFrame) -> bytes:
    rows = download_table(version, _table)
    if fmt == "csv":  # one file: the XLSX and Parquet downloads carry the metadata
        return export_bytes(rows, fmt)
    return export_bytes(rows, fmt, export_metadata(rows, view, version.rsplit("#", 1)[-1]))


def download_table(version: str, shown: pd.DataFrame) -> pd.DataFrame:
    """The Data page's table with a ``conflicts`` column after ``conflict_fields`` (each shown
    night's full conflicts as JSON text, "" for none) and a ``source_urls`` column after
    ``sources`` (its reports' URLs, "; "-joined), read from the store once per data version and
    set of nights (the three downloads share it). The attack frame carries only the names."""
    from salvo import table

    cells = _conflict_cells(version, tuple(shown["attack_date"]), store())
    with_conflicts = table.with_conflicts(shown, cells).astype({table.CONFLICTS_COLUMN: "string"})
    ids = [[int(part) for part in str(text).split("; ") if part.strip().isdigit()]
           for text in shown["report_ids"].fillna("")]
    urls = store().source_urls(i for night in ids for i in night)
    typed = table.with_source_urls(with_conflicts.assign(report_ids=ids), urls)
    typed[table.SOURCE_URLS_COLUMN] = typed[table.SOURCE_URLS_COLUMN].map("; ".join).astype("string")
    return typed.assign(report_ids=with_conflicts["report_ids"])


@st.cache_resource(max_entries=4, show_spinner="Reading the conflicts…")
def _conflict_cells(version: str, nights: tuple[str, ...], _handle: Any) -> dict[dt.date, str]:
    from salvo import table

    return table.conflict_cells(_handle, [dt.date.fromisoformat(night) for night in nights])


# --- the Reports page ----------------------------------------------------------------------------

REPORTS_PER_PAGE = 100


@dataclass(frozen=True)
class ReportPage:
    """One page of the report listing: its rows and where they stand in the whole listing."""

    table: pd.DataFrame
    number: int  # 1-based
    pages: int  # at least 1, even when nothing matches
    first: int  # 1-based position of the first row; 0 when the page is empty
    last: int
    total: int  # reports matching the filters


def report_page(handle: Any, filters: Filters | None, number: int) -> ReportPage:
    """Page ``number`` (clamped to the pages there are) of the reports matching the date range and
    source types of the view (weapon and oblast filters apply to nights, not reports), newest
    first. The store reads only that page, so the cost does not grow with the archive; each page
    is read once per data version and view and shared by every session."""
    version = f"{handle.url}#{handle.data_version()}"
    view = _report_view(filters)
    total = _cached_report_count(version, view, handle)
    pages = max(1, -(-total // REPORTS_PER_PAGE))
    number = min(max(number, 1), pages)
    table = _cached_report_table(version, view, number, handle)
    first = (number - 1) * REPORTS_PER_PAGE + 1 if len(table) else 0
    return ReportPage(table, number, pages, first, first + len(table) - 1 if len(table) else 0, total)


def reports_on_night(handle: Any, night: dt.date) -> tuple[pd.DataFrame, int]:
    """The newest `REPORTS_PER_PAGE` reports on one attack night, and how many there are in all."""
    version, view = f"{handle.url}#{handle.data_version()}", (night, night, ())
    return _cached_report_table(version, view, 1, handle), _cached_report_count(version, view, handle)


ReportView = tuple[dt.date | None, dt.date | None, tuple[str, ...]]


def _report_view(filters: Filters | None) -> ReportView:
    """The part of the filters the report listing applies (the cache key of its pages)."""
    if filters is None:
        return None, None, ()
    return filters.start, filters.end, tuple(sorted(filters.source_types))


def _headline_filters(view: ReportView) -> dict[str, Any]:
    start, end, source_types = view
    return {"start": start, "end": end, "source_types": source_types}


@st.cache_resource(max_entries=64, show_spinner=False)
def _cached_report_count(version: str, view: ReportView, _handle: Any) -> int:
    return _handle.count_report_headlines(**_headline_filters(view))


@st.cache_resource(max_entries=64, show_spinner="Reading the reports…")
def _cached_reports(version: str, view: ReportView, number: int, _handle: Any) -> list[dict[str, Any]]:
    # Only what the listing shows is read: the opened report is read whole (report_detail).
    return _handle.report_headline_page(**_headline_filters(view), limit=REPORTS_PER_PAGE,
                                        offset=(number - 1) * REPORTS_PER_PAGE)


@st.cache_resource(max_entries=64, show_spinner=False)
def _cached_report_table(version: str, view: ReportView, number: int, _handle: Any) -> pd.DataFrame:
    return report_table(_cached_reports(version, view, number, _handle))


def report_table(reports: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per report with its headline figures (corrections applied)."""
    rows = []
    for report in reports:
        record = report.get("record") or {}
        rows.append({
            "id": report["id"], "published": report.get("published"),
            "attack_date": report.get("attack_date"),
            "outlet": report.get("outlet") or "", "source_type": report.get("source_type") or "",
            "title": report.get("title") or "",
            "attack report": bool(record.get("is_attack_report")),
            "launched": record.get("total_launched"), "shot down": record.get("total_destroyed"),
            "oblasts": "; ".join(record.get("oblasts") or []),
            "corrected": "; ".join(report.get("corrected_fields") or []),
        })
    table = pd.DataFrame(rows, columns=["id", "published", "attack_date", "outlet", "source_type", "title",
                                        "attack report", "launched", "shot down", "oblasts", "corrected"])
    for column in ("launched", "shot down"):
        table[column] = pd.to_numeric(table[column], errors="coerce").astype("Int64")
    return table


def report_detail(handle: Any, report_id: int) -> Any | None:
    from salvo.store import StoreError

    try:
        return handle.get_report(report_id)
    except StoreError:
        return None


def _spans_of(value: Any) -> list[tuple[int, int, str]]:
    """(start, end, quoted) triples from one field's evidence, whatever its nesting."""
    if isinstance(value, list):
        return [span for item in value for span in _spans_of(item)]
    if not isinstance(value, dict):
        return []
    start, end = value.get("start"), value.get("end")
    if start is None and isinstance(value.get("span"), list | tuple) and len(value["span"]) == 2:
        start, end = value["span"]
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return [(start, end, str(value.get("text") or ""))]
    return [span for key in ("spans", "evidence") for span in _spans_of(value.get(key))]


def evidence_spans(evidence: dict[str, Any], text: str) -> pd.DataFrame:
    """One row per (field, character span) the extractor cited, with the words of the text."""
    rows = []
    for field_name, value in (evidence or {}).items():
        for start, end, quoted in _spans_of(value):
            if end <= len(text):
                rows.append({"field": field_name, "start": start, "end": end, "words": text[start:end]})
            else:
                rows.append({"field": field_name, "start": start, "end": end,
                             "words": quoted or "(span beyond the stored text)"})
    return pd.DataFrame(rows, columns=["field", "start", "end", "words"]).sort_values(["start", "field"])


def mark_spans(text: str, spans: pd.DataFrame) -> str:
    """The text with each cited span wrapped as ⟦field: words⟧ — plain text, shown with st.code.

    Overlapping spans (one phrase giving two fields) are marked once, with both field names.
    """
    inside = spans[spans["end"] <= len(text)].sort_values(["start", "end"])
    merged: list[list[Any]] = []
    for row in inside.itertuples():
        if merged and row.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], row.end)
            if row.field not in merged[-1][2]:
                merged[-1][2].append(row.field)
        else:
            merged.append([row.start, row.end, [row.field]])
    pieces, cursor = [], 0
    for start, end, fields in merged:
        pieces += [text[cursor:start], f"⟦{', '.join(fields)}: {text[start:end]}⟧"]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def record_table(record: dict[str, Any], extracted: dict[str, Any]) -> pd.DataFrame:
    """Field, effective value and the extractor's value (they differ where an analyst corrected)."""
    from salvo.store import RECORD_FIELDS

    def show(value: Any) -> str:
        if isinstance(value, list):
            return "; ".join(map(str, value))
        return "" if value is None else str(value)

    return pd.DataFrame([
        {"field": name, "value": show(record.get(name)), "extracted": show(extracted.get(name)),
         "corrected": record.get(name) != extracted.get(name)}
        for name in RECORD_FIELDS
    ])


def night_conflicts(handle: Any, night: dt.date | None) -> pd.DataFrame:
    """The disagreeing candidates of one attack night, from the store (the attack frame carries
    only the fields' names): figure, value, bound, source, report, and whether the night chose it
    (consolidation lists the chosen candidate first)."""
    columns = ["Figure", "Value", "Bound", "Source", "Report", "Chosen"]
    attack = handle.get_attack(night) if night is not None else None
    if attack is None:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame([
        {"Figure": FIELD_LABELS.get(field_name, field_name), "Value": fmt_count(candidate.get("value")),
         "Bound": candidate.get("bound") or "exact", "Source": str(candidate.get("source")),
         "Report": str(candidate.get("report_id")), "Chosen": "chosen" if position == 0 else ""}
        for field_name, candidates in attack["conflicts"].items()
        for position, candidate in enumerate(candidates)
    ], columns=columns)


def correctable_fields() -> list[str]:
    from salvo.store import RECORD_FIELDS

    return [name for name in RECORD_FIELDS if name != "is_attack_report"]


def night_correctable_fields() -> list[str]:
    from salvo.store import ATTACK_CORRECTABLE

    return list(ATTACK_CORRECTABLE)


def _typed_value(field_name: str, value: str) -> Any:
    """A value typed into a correction form: None when empty, a whole number for a count (names and
    dates go to the store as typed, which checks them)."""
    parsed: Any = value.strip() or None
    if parsed is not None and field_name not in ("oblasts", "cities", "attack_date"):
        try:
            parsed = int(parsed.replace(",", "").replace(" ", ""))
        except ValueError as error:
            raise ValueError(f"{field_name} takes a whole number, not {value!r}") from error
    return parsed


def save_correction(handle: Any, report_id: int, field_name: str, value: str, reason: str,
                    author: str) -> Any:
    """Record an analyst's correction through the store; StoreError (a ValueError) explains refusals."""
    from salvo import consolidate

    # consolidate.correct_report stores the correction and re-consolidates the report's nights.
    return consolidate.correct_report(handle, report_id, field_name, _typed_value(field_name, value),
                                      reason=reason, author=author)


def save_night_correction(handle: Any, night: dt.date, field_name: str, value: str, reason: str,
                          author: str) -> Any:
    """Correct one figure of a whole attack night (applied after consolidation, whichever report
    it came from); refusals are ValueErrors, as in save_correction."""
    from salvo import consolidate

    return consolidate.correct_attack(handle, night, field_name, _typed_value(field_name, value),
                                      reason=reason, author=author)


# --- the Ingest page ------------------------------------------------------------------------------

MAX_PASTE_CHARS = 200_000
MAX_PREVIEW_FILES = 5


def _extract(text: str, name: str, published: dt.date | None) -> dict[str, Any]:
    """Run the extractor on checked text without storing anything; its failures become messages."""
    from salvo.sources import ingest

    checked = ingest.check_text(text, name)
    extractor = ingest.default_extractor()
    try:
        record = extractor.extract(checked, published.isoformat() if published else None)
    except Exception as error:  # another part's code: report it on the page, never crash it
        raise ValueError(f"{name}: the extractor failed ({type(error).__name__}: {error})") from error
    if not isinstance(record, dict):
        raise ValueError(f"{name}: the extractor returned {type(record).__name__}, not a record")
    return record


def preview_text(text: str, published: dt.date | None) -> dict[str, Any]:
    return _extract(text, "pasted text", published)


def preview_upload(filename: str, data: bytes) -> list[tuple[str, dict[str, Any]]]:
    from salvo.sources import ingest

    return [(raw.name, _extract(raw.text, raw.name, raw.published))
            for raw in ingest.bytes_to_reports(data, filename)]


def preview_url(url: str) -> dict[str, Any]:
    from salvo.sources import ingest

    raw = ingest.fetch_url(url)
    return _extract(raw.text, raw.name, raw.published)


def preview_warning(record: dict[str, Any]) -> str | None:
    """Why a previewed text would not count, said before Commit: not an attack report, or no
    attack night (then it joins no night's figures); None when it would count."""
    if not record.get("is_attack_report"):
        return ("This text does not read as a report of an air attack on Ukraine: committed, it is "
                "stored but adds nothing to any night. Check the text before committing it.")
    if not record.get("attack_date"):
        return ("No attack night could be read from this text (give its publication date above if it says "
                "\"overnight\" or a weekday): committed, it joins no night until an analyst corrects "
                "its date.")
    return None


def preview_table(record: dict[str, Any]) -> pd.DataFrame:
    """A record's scored fields as text, for the preview (st.dataframe shows it as data)."""
    from salvo.store import RECORD_FIELDS

    def show(value: Any) -> str:
        if isinstance(value, list):
            return "; ".join(map(str, value))
        return "" if value is None else str(value)

    return pd.DataFrame([{"field": name, "value": show(record.get(name))} for name in RECORD_FIELDS])
