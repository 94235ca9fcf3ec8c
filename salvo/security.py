"""Keeping hostile cells inert when a table leaves Salvo.

Report text, outlet names and titles come from the internet. A spreadsheet runs a cell that
starts with ``= + - @`` (and, after a tab or carriage return, whatever follows) as a formula, so
every CSV or XLSX Salvo writes — the Data page's downloads and ``python -m salvo export`` — passes
through `neutralise_formulas` (OWASP's "CSV injection" advice: prefix such cells with ``'``).
An XLSX cell also holds at most 32,767 characters (`fit_xlsx_cells`): a busy night's conflicts
can be longer, and a longer cell makes a file spreadsheets repair or refuse.

Every CSV Salvo writes goes through `csv_bytes`, which also quotes every text cell: pandas ends
rows with a bare line feed and so quotes only cells holding one, which left a carriage return
unquoted — a reader that takes CR as a line end then saw a row of its own ("\r=3+3").
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """A text cell a spreadsheet would run, prefixed with ' ; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a flat table with every formula-like text cell (and column name) neutralised.

    Numbers stay numbers: a negative count is a figure, not a formula, and only text is run.
    """
    result = _map_text_cells(table, neutralise_cell)
    result.columns = [neutralise_cell(str(name)) for name in result.columns]
    return result


def csv_bytes(table: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV with formulas neutralised and every text cell quoted."""
    buffer = io.StringIO()
    neutralise_formulas(table).to_csv(buffer, index=False, quoting=csv.QUOTE_NONNUMERIC)
    return buffer.getvalue().encode("utf-8")


def _map_text_cells(table: pd.DataFrame, change: Callable[[object], object]) -> pd.DataFrame:
    """A copy with ``change`` applied to every cell of the text columns (numbers stay numbers)."""
    result = table.copy()
    for column in result.columns:
        if result[column].dtype == object or pd.api.types.is_string_dtype(result[column]):
            result[column] = result[column].map(change)
    return result


XLSX_CELL_LIMIT = 32_767
XLSX_CUT_NOTE = " … [cut at the XLSX cell limit: the CSV and Parquet files hold it whole]"


def fit_xlsx_cells(table: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells fit an XLSX cell; a longer one is cut and says so."""
    keep = XLSX_CELL_LIMIT - len(XLSX_CUT_NOTE)

    def fit(value: object) -> object:
        if isinstance(value, str) and len(value) > XLSX_CELL_LIMIT:
            return value[:keep] + XLSX_CUT_NOTE
        return value

    return _map_text_cells(table, fit)
