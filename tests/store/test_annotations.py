"""Editors' dated annotations: the store keeps them (migration 6), the exports carry them."""
from __future__ import annotations

import io
from datetime import date

import pandas as pd
import pytest

from salvo import export, table
from salvo.store import ANNOTATION_MAX_LENGTH, MIGRATIONS, Store, StoreError
from salvo.store import schema as schema_module


def test_an_annotation_is_kept_with_its_day_text_and_author(store):
    before = store.data_version()
    saved = store.add_annotation("2025-01-15", "  First Patriot battery of the\nnew delivery on duty ",
                                 author=" Olena ")
    assert (saved.night, saved.text, saved.author) == (date(2025, 1, 15),
                                                       "First Patriot battery of the new delivery on duty",
                                                       "Olena")
    assert store.data_version() > before  # readers' caches see it
    store.add_annotation(date(2025, 3, 1), "The air force reports decoys apart from now on", author="Taras")
    store.add_annotation(date(2025, 1, 2), "Holiday: no morning statement", author="Olena")
    assert [a.night for a in store.annotations()] == [date(2025, 1, 2), date(2025, 1, 15), date(2025, 3, 1)]
    january = store.annotations(date(2025, 1, 1), date(2025, 1, 31))
    assert [(a.text, a.author) for a in january] == [
        ("Holiday: no morning statement", "Olena"),
        ("First Patriot battery of the new delivery on duty", "Olena")]
    assert [a.night for a in store.annotations(start=date(2025, 2, 1))] == [date(2025, 3, 1)]
    assert january[1].id == saved.id and january[1].created_at is not None


@pytest.mark.parametrize("night, text, author, problem", [
    ("2025-02-30", "A note", "Olena", "needs a date"),
    (None, "A note", "Olena", "needs a date"),
    ("2025-02-01", "   ", "Olena", "needs a text"),
    ("2025-02-01", "A note", " ", "needs an author"),
    ("2025-02-01", "x" * (ANNOTATION_MAX_LENGTH + 1), "Olena", f"at most {ANNOTATION_MAX_LENGTH}"),
    # a typing slip for 2025 or 2026 would stretch the Timeline's axis over decades
    ("2099-02-01", "A note", "Olena", "is after the day it was read"),
    ("1925-02-01", "A note", "Olena", "is before 2020-01-01"),
])
def test_a_bad_annotation_is_refused_and_writes_nothing(store, night, text, author, problem):
    store.add_annotation("2025-01-01", "Kept", author="Olena")
    before = store.data_version()
    with pytest.raises(StoreError, match=problem):
        store.add_annotation(night, text, author=author)
    assert [a.text for a in store.annotations()] == ["Kept"] and store.data_version() == before


def test_an_older_store_gains_the_table(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    with monkeypatch.context() as patched:
        patched.setattr(schema_module, "MIGRATIONS", MIGRATIONS[:5])
        old = Store(url)
        assert old.schema_version() == 5
        old.close()
    reopened = Store(url)
    assert reopened.schema_version() == MIGRATIONS[-1][0]  # step 6 and any after it
    reopened.add_annotation("2025-05-09", "Reporting moves to the evening statement", author="Taras")
    assert len(reopened.annotations()) == 1
    reopened.close()


def notes(store: Store) -> pd.DataFrame:
    store.add_annotation("2025-07-04", '=HYPERLINK("http://evil.example") delivery of IRIS-T', author="Olena")
    store.add_annotation("2025-07-20", "Regional figures join the morning statement", author="Taras")
    return export.annotations_table(store.annotations())


def test_exports_carry_the_annotations(store, tmp_path):
    sheet = notes(store)
    assert list(sheet.columns) == ["night", "text", "author", "added_at"]
    frame = table.empty_frame()
    xlsx = export.export_bytes(frame, "xlsx", export.export_metadata(frame, "all", 1), sheet)
    read = pd.read_excel(io.BytesIO(xlsx), sheet_name="annotations", dtype=str)
    assert list(read["night"]) == ["2025-07-04", "2025-07-20"]
    assert read.loc[0, "text"] == "'=HYPERLINK(\"http://evil.example\") delivery of IRIS-T"  # shown, not run
    assert list(read["author"]) == ["Olena", "Taras"]
    parquet = pd.read_parquet(io.BytesIO(export.export_bytes(frame, "parquet", annotations=sheet)))
    assert parquet.attrs["annotations"][1]["text"] == "Regional figures join the morning statement"
    path = export.write_export(frame, "csv", tmp_path / "attacks.csv", annotations=sheet)
    beside = pd.read_csv(export.annotations_path(path), dtype=str)
    assert list(beside["text"])[1] == "Regional figures join the morning statement"
    assert beside.loc[0, "text"].startswith("'=")


def test_the_cli_export_writes_the_annotations_of_its_range(store, tmp_path, monkeypatch, capsys):
    from salvo.__main__ import main

    notes(store)
    monkeypatch.setenv("SALVO_DATABASE_URL", store.url)
    output = tmp_path / "july.xlsx"
    arguments = ["export", "--format", "xlsx", "--from", "2025-07-10", "--to", "2025-07-31", "-o", output]
    assert main([str(argument) for argument in arguments]) == 0
    assert "1 annotations" in capsys.readouterr().out
    read = pd.read_excel(output, sheet_name="annotations", dtype=str)
    assert list(read["night"]) == ["2025-07-20"]
