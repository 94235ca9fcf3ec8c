"""The one exporter: the attack table as CSV, XLSX or Parquet, for `python -m salvo export` and the
Data page's downloads alike.

The frame is the attack table (typed) or a flat table (the Data page's, text already): CSV and
XLSX are written from its flat form (salvo.table.flat_table) with every text cell made safe for
spreadsheets (salvo.security); Parquet keeps the frame's own types (lists stay lists), with
nested dicts as JSON text so mixed values stay exact. `export_metadata` says what an export holds;
`annotations_table` lists the editors' dated notes of the period (an "annotations" sheet in XLSX,
the Parquet key-value metadata, a CSV's `annotations_path` file). A CSV download is `csv_bundle`:
one zip holding the CSV with both beside it, under the names `write_export` gives them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pandas as pd

from salvo.security import csv_bytes, fit_xlsx_cells, neutralise_formulas
from salvo.table import DICT_COLUMNS, flat_table, json_cell

if TYPE_CHECKING:
    from salvo.store import Annotation

ExportFormat = Literal["csv", "xlsx", "parquet"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx", "parquet")


def export_metadata(frame: pd.DataFrame, view: str, data_version: int | str,
                    written_at: datetime | None = None) -> pd.DataFrame:
    """What an export holds, as (item, value) rows: the XLSX file's "about" sheet, the Parquet
    file's key-value metadata, the CSV's sidecar file. ``view`` names the filters or date range."""
    written_at = written_at or datetime.now(UTC)
    nights = frame["attack_date"]
    rows = [
        ("exported at", written_at.strftime("%Y-%m-%d %H:%M UTC")),
        ("view", view),
        ("data version", str(data_version)),
        ("attack nights", str(len(frame))),
        ("first night", pd.Timestamp(nights.min()).strftime("%Y-%m-%d") if len(frame) else ""),
        ("last night", pd.Timestamp(nights.max()).strftime("%Y-%m-%d") if len(frame) else ""),
        ("columns", "docs/data-model.md; missing figure = empty, never zero"),
        ("source_urls", "the URLs of each night's reports, best source first (curated and pasted reports "
                        "have none)"),
        ("drones_hit, missiles_hit, total_hit, {family}_hit", "weapons a source told as having hit, by class "
         "and family (hit_locations counts places, not weapons); empty where no source counts them, as the "
         "official dataset never does"),
        ("choices", "why each figure holds its value; regional_figures: counts of one place only"),
        ("conflicts", "every disagreeing source's figure and report, as JSON, the chosen one first"),
    ]
    return pd.DataFrame(rows, columns=["item", "value"])


ANNOTATION_COLUMNS = ["night", "text", "author", "added_at"]


def annotations_table(annotations: Iterable[Annotation]) -> pd.DataFrame:
    """Editors' dated notes as rows (night, text, author, added_at), all text: an export's
    "annotations" sheet."""
    rows = [(a.night.isoformat(), a.text, a.author, a.created_at.strftime("%Y-%m-%d %H:%M UTC"))
            for a in annotations]
    return pd.DataFrame(rows, columns=ANNOTATION_COLUMNS, dtype=object)


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as spreadsheets take it: the attack table flattened, a flat table as it is."""
    typed = "attack_date" in frame.columns and pd.api.types.is_datetime64_any_dtype(frame["attack_date"])
    return flat_table(frame) if typed else frame


def export_bytes(frame: pd.DataFrame, fmt: ExportFormat, metadata: pd.DataFrame | None = None,
                 annotations: pd.DataFrame | None = None) -> bytes:
    """The table in one format. ``metadata`` (`export_metadata`) becomes the XLSX "about" sheet or
    the Parquet key-value metadata (pandas attrs, key "salvo"); ``annotations``
    (`annotations_table`) the XLSX "annotations" sheet or the Parquet metadata's "annotations"
    (a list of rows). A CSV has room for neither (see `write_export`)."""
    if fmt == "csv":  # spreadsheet formats: cells from reports are neutralised first
        return csv_bytes(_flat(frame))
    buffer = io.BytesIO()
    if fmt == "xlsx":
        with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
            attacks = fit_xlsx_cells(neutralise_formulas(_flat(frame)))
            attacks.to_excel(writer, index=False, sheet_name="attacks")
            if metadata is not None:
                about = fit_xlsx_cells(neutralise_formulas(metadata))
                about.to_excel(writer, index=False, sheet_name="about")
            if annotations is not None:  # editors' text: made as safe as any report's
                notes = fit_xlsx_cells(neutralise_formulas(annotations))
                notes.to_excel(writer, index=False, sheet_name="annotations")
    elif fmt == "parquet":  # typed data, not a spreadsheet: cells keep their exact text
        typed = frame.copy()
        for column in DICT_COLUMNS:  # nested dicts of mixed values: JSON keeps them exact
            if column in typed.columns:
                typed[column] = [json_cell(v) if isinstance(v, dict) else v for v in typed[column]]
        if metadata is not None:
            typed.attrs["salvo"] = dict(zip(metadata["item"], metadata["value"], strict=True))
        if annotations is not None:
            typed.attrs["annotations"] = annotations.to_dict("records")
        typed.to_parquet(buffer, index=False)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return buffer.getvalue()


def metadata_path(path: Path | str) -> Path:
    """Where a CSV export's metadata goes: beside it, `NAME.about.csv` (CSV has no second sheet)."""
    path = Path(path)
    return path.with_name(f"{path.stem}.about.csv")


def annotations_path(path: Path | str) -> Path:
    """Where a CSV export's annotations go: beside it, `NAME.annotations.csv`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.annotations.csv")


def write_export(frame: pd.DataFrame, fmt: ExportFormat, path: Path | str,
                 metadata: pd.DataFrame | None = None, annotations: pd.DataFrame | None = None) -> Path:
    """Write `export_bytes` to ``path`` (a CSV's metadata and annotations to its `metadata_path`
    and `annotations_path` files); returns the path written."""
    path = Path(path)
    path.write_bytes(export_bytes(frame, fmt, metadata, annotations))
    if fmt == "csv" and metadata is not None:
        metadata_path(path).write_bytes(csv_bytes(metadata))
    if fmt == "csv" and annotations is not None:
        annotations_path(path).write_bytes(csv_bytes(annotations))
    return path


def csv_bundle(frame: pd.DataFrame, name: str, metadata: pd.DataFrame,
               annotations: pd.DataFrame | None = None) -> bytes:
    """A CSV export as one download: a zip holding ``name`` (the table), its metadata and its
    annotations as the files `write_export` puts beside a CSV (`metadata_path`,
    `annotations_path`), so the metadata cannot be left behind when the table is passed on."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr(name, export_bytes(frame, "csv"))
        bundle.writestr(metadata_path(name).name, csv_bytes(metadata))
        if annotations is not None:
            bundle.writestr(annotations_path(name).name, csv_bytes(annotations))
    return buffer.getvalue()
