"""The Data page's table and its downloads: exactly the rows shown, with each night's full
conflicts and its reports' URLs joined from the store, written by the one exporter (salvo.export)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import pandas as pd
import streamlit as st

from salvo import table
from salvo.dashboard.data import store, version_number
from salvo.export import ExportFormat, annotations_table, export_bytes, export_metadata
from salvo.store import Store
from salvo.table import flat_table


def display_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The attack frame as the Data page shows it: flat as in every export (salvo.table.flat_table:
    lists such as conflict_fields joined with "; ", dicts as JSON, the night as an ISO date), text
    as pandas strings. Downloads are made from this same table (plus each night's full conflicts)."""
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
    if fmt == "csv":  # one file: the XLSX and Parquet downloads carry the metadata and annotations
        return export_bytes(rows, fmt)
    nights = sorted(dt.date.fromisoformat(night) for night in _table["attack_date"])
    # the notes of the shown nights' span (none when no night is shown)
    notes = annotations_table(store().annotations(nights[0], nights[-1]) if nights else [])
    return export_bytes(rows, fmt, export_metadata(rows, view, version_number(version)), notes)


def download_table(version: str, shown: pd.DataFrame) -> pd.DataFrame:
    """The Data page's table with a ``conflicts`` column after ``conflict_fields`` (each shown
    night's full conflicts as JSON text, "" for none) and a ``source_urls`` column after
    ``sources`` (its reports' URLs, "; "-joined), read from the store once per data version and
    set of nights (the three downloads share it). The attack frame carries only the names."""
    cells = _conflict_cells(version, tuple(shown["attack_date"]), store())
    with_conflicts = table.with_conflicts(shown, cells).astype({table.CONFLICTS_COLUMN: "string"})
    ids = [[int(part) for part in str(text).split("; ") if part.strip().isdigit()]
           for text in shown["report_ids"].fillna("")]
    urls = store().source_urls(i for night in ids for i in night)
    typed = table.with_source_urls(with_conflicts.assign(report_ids=ids), urls)
    typed[table.SOURCE_URLS_COLUMN] = typed[table.SOURCE_URLS_COLUMN].map("; ".join).astype("string")
    return typed.assign(report_ids=with_conflicts["report_ids"])


@st.cache_resource(max_entries=4, show_spinner="Reading the conflicts…")
def _conflict_cells(version: str, nights: tuple[str, ...], _handle: Store) -> dict[dt.date, str]:
    return table.conflict_cells(_handle, [dt.date.fromisoformat(night) for night in nights])
