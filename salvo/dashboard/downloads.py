"""The Data page's table and its downloads: exactly the rows shown, with each night's full
conflicts and its reports' URLs joined from the store, written by the one exporter (salvo.export)
from the same typed rows as the CLI's export."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import pandas as pd
import streamlit as st

from salvo import table
from salvo.dashboard import formatting
from salvo.dashboard.data import store, version_number
from salvo.export import ExportFormat, annotations_table, csv_bundle, export_bytes, export_metadata
from salvo.store import Store
from salvo.table import flat_table


def display_table(frame: pd.DataFrame, max_chars: int | None = None) -> pd.DataFrame:
    """The attack frame as the Data page shows it: flat as in every export (salvo.table.flat_table:
    lists such as conflict_fields joined with "; ", dicts as JSON, the night as an ISO date), text
    as pandas strings: the columns of the downloads, which are written from the typed frame itself
    (plus each night's full conflicts and its reports' URLs). ``max_chars``: each text cell cut
    there (flat_table's)."""
    flat = flat_table(frame, max_chars)
    for column in flat.columns:
        if flat[column].dtype == object:
            flat[column] = flat[column].astype("string")
    return flat.reset_index(drop=True)


# A grid cell longer than this is cut on the Data page (the downloads hold it whole). On real data
# the longest cell, the "Why" of a night, is about a thousand characters; at hundreds of reports a
# night it lists every other report's figure for each figure, some 50 KB a night: 130 MB of text
# over a million reports' 3,291 nights, turned into Arrow and sent on every run of the page (a
# second of CPU, and most of the pages process's memory), for cells nobody reads whole in a grid.
MAX_SHOWN_CHARS = 2_000


def shown_table(frame: pd.DataFrame) -> pd.DataFrame:
    """`display_table` as the Data page draws it: the counts as text that sorts as numbers and "—"
    for every missing value (formatting.dashes), never st.dataframe's grey "None"; a text cell
    longer than MAX_SHOWN_CHARS cut there, saying how much was left out."""
    flat = display_table(frame, MAX_SHOWN_CHARS)
    counts = [c for c in table.INT_COLUMNS if c in flat.columns]
    return formatting.dashes(flat, columns=counts, sortable=True)


def download_data(version: str, view: str, fmt: ExportFormat, frame: pd.DataFrame,
                  stem: str) -> Callable[[], bytes]:
    """The bytes of one download of the shown nights (``frame``: the filtered attack table, typed),
    for st.download_button: built when the reader clicks, not on every page run (an XLSX of 4,000
    nights takes seconds), and kept per data version and view. Every download is the one
    exporter's (salvo.export) on the same typed rows as `python -m salvo export`, with each
    night's full conflicts and its reports' URLs (`download_table`), the metadata of the view
    ("about") and the editors' notes of its span; "csv" is a zip of ``stem``.csv with its
    ``stem``.about.csv and ``stem``.annotations.csv (salvo.export.csv_bundle)."""
    return functools.partial(_download_bytes, version, view, fmt, stem, frame)


@st.cache_data(max_entries=8, show_spinner=False)
def _download_bytes(version: str, view: str, fmt: ExportFormat, stem: str, _frame: pd.DataFrame) -> bytes:
    rows = download_table(version, _frame)
    nights = sorted(night.date() for night in _frame["attack_date"])
    # the notes of the shown nights' span (none when no night is shown)
    notes = annotations_table(store().annotations(nights[0], nights[-1]) if nights else [])
    metadata = export_metadata(rows, view, version_number(version))
    if fmt == "csv":
        return csv_bundle(rows, f"{stem}.csv", metadata, notes)
    return export_bytes(rows, fmt, metadata, notes)


def download_table(version: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The shown nights of the attack table (typed) with what every export adds from the store:
    a ``conflicts`` column after ``conflict_fields`` (each night's full conflicts as JSON text, ""
    for none) and a ``source_urls`` column after ``sources`` (its reports' URLs), as
    salvo.table.with_export_columns makes them for the CLI and the API; the conflicts are read
    once per data version and set of nights (the three downloads share them)."""
    frame = frame.reset_index(drop=True)
    cells = _conflict_cells(version, tuple(f"{night:%Y-%m-%d}" for night in frame["attack_date"]), store())
    urls = store().source_urls(i for ids in frame["report_ids"] for i in ids)
    return table.with_conflicts(table.with_source_urls(frame, urls), cells)


@st.cache_resource(max_entries=4, show_spinner="Reading the conflicts…")
def _conflict_cells(version: str, nights: tuple[str, ...], _handle: Store) -> dict[dt.date, str]:
    return table.conflict_cells(_handle, [dt.date.fromisoformat(night) for night in nights])
