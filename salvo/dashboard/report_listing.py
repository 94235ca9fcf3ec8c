"""The Reports page's parts: the report listing a page at a time, one report's record and
evidence, a night's conflicts, and analysts' corrections (through salvo.consolidate, which stores
them and consolidates the nights again)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from salvo import consolidate
from salvo.dashboard.data import data_version_key
from salvo.dashboard.filters import Filters
from salvo.dashboard.formatting import FIELD_LABELS, dashes, fmt_count
from salvo.store import ATTACK_CORRECTABLE, RECORD_FIELDS, ReportDetail, Store, StoreError

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


def report_page(handle: Store, filters: Filters | None, number: int) -> ReportPage:
    """Page ``number`` (clamped to the pages there are) of the reports matching the date range and
    source types of the view (weapon and oblast filters apply to nights, not reports), newest
    first. The store reads only that page, so the cost does not grow with the archive; each page
    is read once per data version and view and shared by every session."""
    version = data_version_key(handle)
    view = _report_view(filters)
    total = _cached_report_count(version, view, handle)
    pages = max(1, -(-total // REPORTS_PER_PAGE))
    number = min(max(number, 1), pages)
    table = _cached_report_table(version, view, number, handle)
    first = (number - 1) * REPORTS_PER_PAGE + 1 if len(table) else 0
    return ReportPage(table, number, pages, first, first + len(table) - 1 if len(table) else 0, total)


def reports_on_night(handle: Store, night: dt.date) -> tuple[pd.DataFrame, int]:
    """The newest `REPORTS_PER_PAGE` reports on one attack night, and how many there are in all."""
    version, view = data_version_key(handle), (night, night, ())
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
def _cached_report_count(version: str, view: ReportView, _handle: Store) -> int:
    return _handle.count_report_headlines(**_headline_filters(view))


@st.cache_resource(max_entries=64, show_spinner="Reading the reports…")
def _cached_reports(version: str, view: ReportView, number: int, _handle: Store) -> list[dict[str, Any]]:
    # Only what the listing shows is read: the opened report is read whole (report_detail).
    return _handle.report_headline_page(**_headline_filters(view), limit=REPORTS_PER_PAGE,
                                        offset=(number - 1) * REPORTS_PER_PAGE)


@st.cache_resource(max_entries=64, show_spinner=False)
def _cached_report_table(version: str, view: ReportView, number: int, _handle: Store) -> pd.DataFrame:
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


LISTING_COLUMNS = {"id": "Report", "published": "Published", "attack_date": "Attack night",
                   "outlet": "Outlet", "source_type": "Source type", "title": "Title",
                   "attack report": "Attack report", "launched": "Launched", "shot down": "Shot down",
                   "oblasts": "Oblasts", "corrected": "Corrected"}


def shown_listing(table: pd.DataFrame) -> pd.DataFrame:
    """`report_table` as the pages draw it: the dates as ISO text and the counts as text that sorts
    as numbers, "—" for each one missing (a report without an attack night, a record without a
    figure), never st.dataframe's grey "None"."""
    shown = table.copy()
    for column in ("published", "attack_date"):
        shown[column] = [fmt_iso(value) for value in shown[column]]
    return dashes(shown, columns=["launched", "shot down"], sortable=True)


def fmt_iso(value: Any) -> str:
    """A date as YYYY-MM-DD, "—" when there is none."""
    return "—" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


# A link's page or report number: ASCII digits ("²" is a digit to str.isdigit, not to int) and
# at most 18 of them, so the number fits the store's 64-bit integers.
_LINK_NUMBER = re.compile(r"[0-9]{1,18}")


def link_number(value: str) -> int | None:
    """The whole number a shared link's ``page`` or ``report`` value spells, or None."""
    return int(value) if _LINK_NUMBER.fullmatch(value) else None


def report_detail(handle: Store, report_id: int) -> ReportDetail | None:
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


def merged_marks(text: str, spans: pd.DataFrame) -> list[tuple[int, int, list[str]]]:
    """The cited spans of ``text`` (`evidence_spans`) as (start, end, fields) in reading order, for
    formatting.highlighted_markdown. Overlapping spans (one phrase giving two fields) make one
    mark with both field names; spans beyond the stored text are left out."""
    inside = spans[spans["end"] <= len(text)].sort_values(["start", "end"])
    merged: list[tuple[int, int, list[str]]] = []
    for row in inside.itertuples():
        if merged and row.start < merged[-1][1]:
            start, end, fields = merged[-1]
            merged[-1] = (start, max(end, row.end), fields if row.field in fields else [*fields, row.field])
        else:
            merged.append((row.start, row.end, [row.field]))
    return merged


def record_table(record: dict[str, Any], extracted: dict[str, Any]) -> pd.DataFrame:
    """Field, effective value and the extractor's value (they differ where an analyst corrected)."""
    def show(value: Any) -> str:
        if isinstance(value, list):
            return "; ".join(map(str, value))
        return "" if value is None else str(value)

    return pd.DataFrame([
        {"field": name, "value": show(record.get(name)), "extracted": show(extracted.get(name)),
         "corrected": record.get(name) != extracted.get(name)}
        for name in RECORD_FIELDS
    ])


def night_conflicts(handle: Store, night: dt.date | None) -> pd.DataFrame:
    """The disagreeing candidates of one attack night, from the store (the attack frame carries
    only the fields' names): figure, value, bound, source, report, whether the night chose it
    (consolidation lists the chosen candidate first) and, beside the chosen one, why it won (the
    night's `choices`: source rank, exact before bound, highest casualty count, or an analyst's
    correction, which then says it overrode every source)."""
    columns = ["Figure", "Value", "Bound", "Source", "Report", "Chosen", "Why"]
    attack = handle.get_attack(night) if night is not None else None
    if attack is None:
        return pd.DataFrame(columns=columns)
    choices = attack.get("choices") or {}
    corrected = set(attack.get("corrected_fields") or ())
    return pd.DataFrame([
        {"Figure": FIELD_LABELS.get(field_name, field_name), "Value": fmt_count(candidate.get("value")),
         "Bound": candidate.get("bound") or "exact", "Source": str(candidate.get("source")),
         "Report": str(candidate.get("report_id")),
         # a corrected figure took none of the sources' values: its reason stands beside the first
         "Chosen": "chosen" if position == 0 and field_name not in corrected else "",
         "Why": str(choices.get(field_name, "")) if position == 0 else ""}
        for field_name, candidates in attack["conflicts"].items()
        for position, candidate in enumerate(candidates)
    ], columns=columns)


def correctable_fields() -> list[str]:
    return [name for name in RECORD_FIELDS if name != "is_attack_report"]


def night_correctable_fields() -> list[str]:
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


def save_correction(handle: Store, report_id: int, field_name: str, value: str, reason: str,
                    author: str) -> Any:
    """Record an analyst's correction through the store; StoreError (a ValueError) explains refusals."""
    # consolidate.correct_report stores the correction and re-consolidates the report's nights.
    return consolidate.correct_report(handle, report_id, field_name, _typed_value(field_name, value),
                                      reason=reason, author=author)


def save_night_correction(handle: Store, night: dt.date, field_name: str, value: str, reason: str,
                          author: str) -> Any:
    """Correct one figure of a whole attack night (applied after consolidation, whichever report
    it came from); refusals are ValueErrors, as in save_correction."""
    return consolidate.correct_attack(handle, night, field_name, _typed_value(field_name, value),
                                      reason=reason, author=author)
