"""The attack table: the one pandas frame the pages read (shape in docs/data-model.md).

Pure functions and a tiny in-process cache keyed by the store's data version, no Streamlit:
pages call `load_attacks(store)` and get a fresh copy whenever anything was written, from this
process or another (the CLI, a second browser tab).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import orjson
import pandas as pd

from salvo.store import COUNT_FIELDS, FAMILY_FIELDS, HIT_FIELDS, Store, plausible_figure
from salvo.vocabulary import SOURCE_TYPES

INT_COLUMNS = (*COUNT_FIELDS, *FAMILY_FIELDS, *HIT_FIELDS)
LIST_COLUMNS = (
    "oblasts",
    "cities",
    "debris_places",
    "sources",
    "lower_bound_fields",
    "quality_flags",
    "corrected_fields",
    "report_ids",
    "conflict_fields",
    "combined_fields",
)
DICT_COLUMNS = ("models", "regional_figures", "casualties_by_place", "choices", "launch_areas")
COLUMNS = (
    "attack_date",
    *INT_COLUMNS,
    "oblasts",
    "cities",
    "debris_places",
    "n_reports",
    "sources",
    "source_type",
    "has_conflict",
    "conflict_fields",
    "lower_bound_fields",
    "quality_flags",
    "corrected_fields",
    "combined_fields",
    "regional_figures",
    "casualties_by_place",
    "choices",
    "models",
    "launch_areas",
    "report_ids",
)
# Exports add each night's full conflicts (JSON text) after conflict_fields: see `with_conflicts`;
# and the URLs of its reports after sources: see `with_source_urls`.
CONFLICTS_COLUMN = "conflicts"
SOURCE_URLS_COLUMN = "source_urls"
# quality_flags entry "unreadable_figure:<column>": the stored value was no figure, shown as NA.
UNREADABLE_FLAG = "unreadable_figure"


def attack_table(store: Store) -> pd.DataFrame:
    """One row per attack night, sorted by date, with the dtypes docs/data-model.md promises."""
    with gc_paused():
        return rows_to_frame(store.attack_rows())


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk read. Decoding thousands of nights (or
    100,000 report headlines) builds hundreds of thousands of small objects, and the collector
    would walk every live object of the process several times meanwhile: over half the read's
    time. The objects form no cycles; plain reference counting frees them as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def rows_to_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Consolidated rows (as consolidate.consolidate_night makes them) as the typed attack table."""
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    frame["attack_date"] = pd.to_datetime(frame["attack_date"]).astype("datetime64[ns]")
    unreadable: dict[int, list[str]] = {}  # row position -> columns whose stored value was no figure
    for column in INT_COLUMNS:
        values = []
        for position, value in enumerate(frame[column]):
            figure = _int_or_na(value)
            if figure is None:
                unreadable.setdefault(position, []).append(column)
                figure = pd.NA
            values.append(figure)
        frame[column] = pd.array(values, dtype="Int64")
    frame["n_reports"] = frame["n_reports"].fillna(0).astype("int64")
    frame["has_conflict"] = frame["has_conflict"].eq(True)  # a row without the key has none
    frame["source_type"] = pd.Categorical(frame["source_type"], categories=list(SOURCE_TYPES))
    for column in LIST_COLUMNS:
        frame[column] = pd.Series(
            [list(v) if isinstance(v, list) else [] for v in frame[column]], index=frame.index, dtype=object
        )
    for position, columns in unreadable.items():  # shown, never fatal: one bad row is one row
        frame.at[position, "quality_flags"] = [*frame.at[position, "quality_flags"],
                                               *(f"{UNREADABLE_FLAG}:{column}" for column in columns)]
    for column in DICT_COLUMNS:
        frame[column] = pd.Series(
            [dict(v) if isinstance(v, dict) else {} for v in frame[column]], index=frame.index, dtype=object
        )
    return frame.sort_values("attack_date", ignore_index=True)


def empty_frame() -> pd.DataFrame:
    """The attack table with no rows: every documented column and dtype (an empty store's)."""
    return rows_to_frame([])


def _int_or_na(value: Any) -> Any:
    """A stored figure as an int, NA when absent, None when it is no plausible figure (too big for
    the column or the store's bound, infinite, fractional, text): the row is then flagged."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return pd.NA
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        return value  # a negative figure is wrong, but readable: the quality checks say so
    return plausible_figure(value)


_cache: dict[str, tuple[int, pd.DataFrame]] = {}
_cache_lock = threading.Lock()


def load_attacks(store: Store) -> pd.DataFrame:
    """The attack table, rebuilt only when the store's data version moved. Returns a copy."""
    version = store.data_version()
    with _cache_lock:
        cached = _cache.get(store.url)
        if cached is None or cached[0] != version:
            cached = (version, attack_table(store))
            _cache[store.url] = cached
    return cached[1].copy()


def between(frame: pd.DataFrame, start: date | None = None, end: date | None = None) -> pd.DataFrame:
    """Rows whose attack night is within [start, end] (either end open)."""
    mask = pd.Series(True, index=frame.index)
    if start is not None:
        mask &= frame["attack_date"] >= pd.Timestamp(start)
    if end is not None:
        mask &= frame["attack_date"] <= pd.Timestamp(end)
    return frame[mask].reset_index(drop=True)


CONFLICT_BATCH = 500  # nights whose conflicts an export decodes at a time


def names_field(frame: pd.DataFrame, list_column: str, field: str) -> pd.Series:
    """True for nights whose ``list_column`` (a list of field names: combined_fields,
    lower_bound_fields, corrected_fields) names ``field``, False elsewhere and where the frame
    has no such column. Indexed like frame."""
    if list_column not in frame:
        return pd.Series(False, index=frame.index, dtype=bool)
    return frame[list_column].map(lambda fields: field in (fields or ())).astype(bool)


def json_cell(value: dict[str, Any]) -> str:
    """A dict as one cell of a flat table: compact JSON text with sorted keys, non-ASCII kept as
    it is ("" for an empty dict). orjson: an export of every night's conflicts is 50 MB of it."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS, default=str).decode() if value else ""


def conflict_cells(store: Store, nights: Iterable[date]) -> dict[date, str]:
    """Each of ``nights`` that has conflicts -> its full conflicts as JSON text (`json_cell`).

    Read `CONFLICT_BATCH` nights at a time, so a large archive's candidates are never all decoded
    at once: the text is what an export keeps."""
    wanted = sorted(set(nights))
    cells: dict[date, str] = {}
    for start in range(0, len(wanted), CONFLICT_BATCH):
        batch = store.attack_conflicts(wanted[start : start + CONFLICT_BATCH])
        cells.update((night, json_cell(conflicts)) for night, conflicts in batch.items())
    return cells


def with_conflicts(frame: pd.DataFrame, cells: dict[date, str]) -> pd.DataFrame:
    """The frame with a `conflicts` column after `conflict_fields`: each night's full conflicts as
    JSON text from ``cells`` (see `conflict_cells`; "" for a night without). Exports carry it, so
    analysts can audit every disagreement; the pages' frame has only the field names."""
    result = frame.copy()
    result.insert(
        result.columns.get_loc("conflict_fields") + 1, CONFLICTS_COLUMN,
        # the attack table's nights are datetimes, a flat table's (the Data page's) ISO text
        pd.Series([cells.get(night, "") for night in pd.to_datetime(frame["attack_date"]).dt.date],
                  index=frame.index, dtype=object),
    )
    return result


def with_source_urls(frame: pd.DataFrame, urls: dict[int, str]) -> pd.DataFrame:
    """The frame with a `source_urls` column after `sources`: the URLs of each night's reports
    (best source first, each once; reports without a URL, such as curated or pasted ones, add
    none), from ``urls`` (report id -> URL, `Store.source_urls`)."""
    result = frame.copy()
    result.insert(
        result.columns.get_loc("sources") + 1, SOURCE_URLS_COLUMN,
        pd.Series([list(dict.fromkeys(urls[i] for i in ids if i in urls)) for ids in frame["report_ids"]],
                  index=frame.index, dtype=object),
    )
    return result


def export_frame(store: Store, start: date | None = None, end: date | None = None) -> pd.DataFrame:
    """The attack table (nights within [start, end]) with every night's conflicts and its reports'
    URLs joined from the store (`with_conflicts`, `with_source_urls`): what `python -m salvo
    export` writes."""
    return with_export_columns(store, between(attack_table(store), start, end))


def with_export_columns(store: Store, frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of the attack table with what exports add from the store: their reports' URLs
    (`with_source_urls`) and their full conflicts (`with_conflicts`). The CLI export and the API
    (salvo.dashboard.api) both go through it."""
    frame = with_source_urls(frame, store.source_urls(i for ids in frame["report_ids"] for i in ids))
    return with_conflicts(frame, conflict_cells(store, (night.date() for night in frame["attack_date"])))


def flat_table(frame: pd.DataFrame, max_chars: int | None = None) -> pd.DataFrame:
    """The table with lists joined by "; " and dicts as JSON, in whichever column they stand (a
    column the store adds beside the documented ones flattens too): for CSV and spreadsheets.

    ``max_chars``: for a screen, not a file: a flattened cell longer than this is cut there and
    says how much was left out (`cut_text`), each as it is made, so the whole text of every cell
    is never held at once."""
    flat = frame.copy()
    for column in flat.columns:
        if flat[column].dtype == object:
            if max_chars is None:
                flat[column] = [_flat_cell(v) for v in flat[column]]
            else:
                flat[column] = [cut_text(_flat_cell(v), max_chars) for v in flat[column]]
    flat["attack_date"] = flat["attack_date"].dt.strftime("%Y-%m-%d")
    flat["source_type"] = flat["source_type"].astype(object)
    return flat


def cut_text(value: Any, max_chars: int) -> Any:
    """A text longer than ``max_chars`` cut there, with how much was left out ("… 48,213 more
    characters"); a shorter text, or any value that is no text, as it is."""
    if not isinstance(value, str) or len(value) <= max_chars:
        return value
    return f"{value[:max_chars]} … {len(value) - max_chars:,} more characters"


def _flat_cell(value: Any) -> Any:
    if isinstance(value, dict):
        return json_cell(value)
    if isinstance(value, list | tuple):
        return "; ".join(map(str, value))
    return value
