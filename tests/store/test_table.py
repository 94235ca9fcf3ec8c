"""The attack table's shape (docs/data-model.md), its cache, exports and the command line."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from salvo import consolidate, export, table
from salvo.__main__ import main
from salvo.store import NewReport, Store

from .conftest import record

FIXTURES = Path(__file__).parent / "fixtures"
DOC = Path(__file__).resolve().parents[2] / "docs" / "data-model.md"


def documented_columns() -> dict[str, str]:
    """column -> dtype from the table in docs/data-model.md ({family} rows expanded)."""
    columns = {}
    for name, dtype in re.findall(r"^\| (`[^|]+`) \| `([^`]+)`", DOC.read_text(encoding="utf-8"), re.M):
        names = re.findall(r"`([^`]+)`", name)
        if "{family}" in name:  # family by family: shahed_launched, shahed_destroyed, cruise_launched …
            for family in ("shahed", "cruise", "ballistic", "aeroballistic", "guided"):
                for column in names:
                    columns[column.replace("{family}", family)] = dtype
        else:
            columns.update(dict.fromkeys(names, dtype))
    return columns


def fill(store: Store) -> None:
    for name, night, figures in [
        (
            "a",
            "2025-07-04",
            {
                "drones_launched": 539,
                "missiles_launched": 11,
                "killed": 2,
                "oblasts": ["Kyiv City"],
                "cities": ["Kyiv"],
            },
        ),
        ("b", "2025-07-04", {"drones_launched": 550}),
        ("c", "2025-08-01", {"drones_launched": 40, "drones_destroyed": 38}),
    ]:
        store.save_report(
            NewReport(
                text=None,
                kind="curated",
                external_id=name,
                outlet=name,
                source_type="wire" if name == "a" else "outlet",
            ),
            record(attack_date=night, **figures),
            "fixture/1",
        )
    consolidate.refresh(store)


def test_the_table_has_the_documented_columns_and_dtypes(store):
    fill(store)
    frame = table.attack_table(store)
    documented = documented_columns()
    assert list(frame.columns) == list(documented)
    for column, dtype in documented.items():
        assert str(frame[column].dtype) == dtype.split(" ")[0], column
    assert frame["attack_date"].is_unique and frame["attack_date"].is_monotonic_increasing
    first = frame.iloc[0]
    assert first["drones_launched"] == 539 and first["total_launched"] == 550 and first["has_conflict"]
    assert first["conflict_fields"] == ["drones_launched"]  # the candidates: store.get_attack
    assert pd.isna(first["injured"]) and first["oblasts"] == ["Kyiv City"]


def test_an_empty_store_gives_an_empty_table_of_the_same_shape(store):
    frame = table.attack_table(store)
    assert frame.empty and list(frame.columns) == list(documented_columns())
    assert (
        str(frame["drones_launched"].dtype) == "Int64" and str(frame["attack_date"].dtype) == "datetime64[ns]"
    )


def test_load_attacks_is_cached_until_the_data_version_moves(store):
    fill(store)
    first = table.load_attacks(store)
    assert table.load_attacks(store) is not first  # a copy: pages may change theirs
    assert table._cache[store.url][0] == store.data_version()
    consolidate.correct_attack(store, date(2025, 8, 1), "killed", 1, reason="later report", author="ana")
    again = table.load_attacks(store)
    assert again.loc[again["attack_date"] == "2025-08-01", "killed"].item() == 1
    assert pd.isna(first.loc[first["attack_date"] == "2025-08-01", "killed"].item())


def test_the_frame_names_the_conflicting_fields_and_the_store_keeps_the_candidates(store):
    fill(store)
    frame = table.attack_table(store).set_index("attack_date")
    assert "conflicts" not in frame.columns
    assert frame.loc["2025-07-04", "conflict_fields"] == ["drones_launched"]
    assert frame.loc["2025-08-01", "conflict_fields"] == [] and not frame.loc["2025-08-01", "has_conflict"]
    candidates = store.get_attack(date(2025, 7, 4))["conflicts"]["drones_launched"]
    assert [(c["value"], c["source"]) for c in candidates] == [(539, "a"), (550, "b")]


@pytest.mark.parametrize("fmt", export.EXPORT_FORMATS)
def test_exports_round_trip_with_every_nights_conflicts(store, tmp_path, fmt):
    fill(store)
    frame = table.export_frame(store)
    # source_urls after sources: added with issue 14 (every export carries its source URLs)
    columns = [*table.COLUMNS[: table.COLUMNS.index("conflict_fields") + 1], "conflicts",
               *table.COLUMNS[table.COLUMNS.index("conflict_fields") + 1 :]]
    columns.insert(columns.index("sources") + 1, "source_urls")
    assert list(frame.columns) == columns
    path = export.write_export(frame, fmt, tmp_path / f"out.{fmt}")
    back = {"csv": pd.read_csv, "xlsx": pd.read_excel, "parquet": pd.read_parquet}[fmt](path)
    assert len(back) == 2 and int(back["drones_launched"].iloc[0]) == 539
    conflicts = json.loads(back["conflicts"].iloc[0])
    assert conflicts == store.get_attack(date(2025, 7, 4))["conflicts"]
    assert conflicts["drones_launched"][1]["value"] == 550
    assert pd.isna(back["conflicts"].iloc[1]) or back["conflicts"].iloc[1] == ""  # no conflict that night
    if fmt == "parquet":
        assert list(back["oblasts"].iloc[0]) == ["Kyiv City"]
    else:
        assert back["oblasts"].iloc[0] == "Kyiv City"


def test_cli_imports_exports_a_date_range_and_reports_errors(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert (
        main(
            [
                "--database",
                url,
                "-q",
                "import-official",
                str(FIXTURES / "official_daily.csv"),
                "--weapons",
                str(FIXTURES / "weapons.csv"),
            ]
        )
        == 0
    )
    assert "4 nights" in capsys.readouterr().out
    out = tmp_path / "march.csv"
    assert (
        main(
            [
                "--database",
                url,
                "export",
                "--format",
                "csv",
                "--from",
                "2025-03-03",
                "--to",
                "2025-03-05",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    exported = pd.read_csv(out)
    assert list(exported["attack_date"]) == ["2025-03-03", "2025-03-05"]
    assert "conflict_fields" in exported.columns and "conflicts" in exported.columns
    assert main(["--database", url, "import-official", str(tmp_path / "missing.csv")]) == 2
    assert "error:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--database", url, "export", "--from", "March"])


def test_cli_ingest_lists_failures(tmp_path, capsys, monkeypatch):
    from salvo.sources import ingest

    from .conftest import FakeExtractor

    fake = FakeExtractor({"drones": record(attack_date="2025-07-04", drones_launched=12)})
    monkeypatch.setattr(ingest, "default_extractor", fake.as_extractor)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Twelve drones, all 12 shot down overnight.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x00binary")
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--database", url, "ingest", str(tmp_path / "in")]) == 0
    captured = capsys.readouterr()
    assert "added 1" in captured.out and "binary" in captured.err
    assert main(["--database", url, "-q", "ingest", str(tmp_path / "in" / "a.txt")]) == 0
    assert "already stored 1" in capsys.readouterr().out


def test_exports_carry_the_reports_urls_and_a_metadata_sheet(store, tmp_path):
    for name, url, launched in (("a", "https://wire.example/a", 539), ("b", None, 550),
                                ("c", "https://outlet.example/c", 560)):
        store.save_report(
            NewReport(text=None, kind="curated", external_id=name, outlet=name, source_url=url,
                      source_type="wire" if name == "a" else "outlet"),
            record(attack_date="2025-07-04", drones_launched=launched), "fixture/1",
        )
    consolidate.refresh(store)
    frame = table.export_frame(store)
    assert frame.loc[0, "source_urls"] == ["https://wire.example/a", "https://outlet.example/c"]
    written = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    metadata = export.export_metadata(frame, "nights first to last", 7, written)
    about = dict(zip(metadata["item"], metadata["value"], strict=True))
    assert about["exported at"] == "2026-03-01 12:00 UTC" and about["data version"] == "7"
    assert (about["attack nights"], about["first night"]) == ("1", "2025-07-04")
    xlsx = export.write_export(frame, "xlsx", tmp_path / "out.xlsx", metadata)
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert list(sheets) == ["attacks", "about"]
    assert sheets["attacks"].loc[0, "source_urls"] == "https://wire.example/a; https://outlet.example/c"
    assert dict(zip(sheets["about"]["item"], sheets["about"]["value"].astype(str), strict=True))["view"] == (
        "nights first to last")
    csv = export.write_export(frame, "csv", tmp_path / "out.csv", metadata)
    assert pd.read_csv(export.metadata_path(csv))["item"].tolist() == metadata["item"].tolist()
    parquet = export.write_export(frame, "parquet", tmp_path / "out.parquet", metadata)
    assert pd.read_parquet(parquet).attrs["salvo"]["data version"] == "7"
