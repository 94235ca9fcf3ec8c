"""Item 1 of issue 15: no figure above the store's bound gets in by any entrance, and one bad
stored value is one flagged row, never a page or an export that fails."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
import sqlalchemy as sa

from salvo import consolidate, export, table
from salvo.sources import official
from salvo.sources.default_data import load_curated_records
from salvo.sources.ingest import ingest_text
from salvo.store import PLAUSIBLE_MAX, Store, StoreError
from salvo.store.schema import attacks
from tests.store.conftest import FakeExtractor, record

HUGE = 10**22  # "hundred" eleven times


@pytest.fixture
def store(tmp_path):
    handle = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    yield handle
    handle.close()


def _good_night(store: Store) -> int:
    fake = FakeExtractor({"drones": record(attack_date="2025-07-04", drones_launched=40)})
    return ingest_text(store, "Overnight 40 drones were launched.", extractor=fake.as_extractor()).report_id


def test_an_extractor_s_huge_figure_is_stored_as_none_with_a_note(store):
    fake = FakeExtractor({"hundred": record(attack_date="2025-07-05", drones_launched=HUGE, killed=2,
                                            weapons=[{"model": "Shahed-136", "launched": float("inf")}])})
    result = ingest_text(store, "A hundred hundred hundred drones.", extractor=fake.as_extractor())
    stored = store.get_report(result.report_id).record
    assert stored["drones_launched"] is None and stored["killed"] == 2
    assert stored["weapons"][0]["launched"] is None
    assert any(note.startswith("drones_launched: ") for note in stored["uncertain"])
    assert table.attack_table(store).loc[0, "killed"] == 2


@pytest.mark.parametrize("value", [HUGE, PLAUSIBLE_MAX + 1, float("inf"), "1e400", 1e30])
def test_a_correction_above_the_bound_is_refused(store, value):
    report_id = _good_night(store)
    with pytest.raises(StoreError):
        consolidate.correct_report(store, report_id, "drones_launched", value, reason="typo", author="a")
    with pytest.raises(StoreError):
        consolidate.correct_attack(store, date(2025, 7, 4), "killed", value, reason="typo", author="a")
    assert store.corrections() == []
    assert store.get_attack(date(2025, 7, 4))["drones_launched"] == 40


HEADER = "time_start,time_end,model,launched,destroyed,source\n"


@pytest.mark.parametrize("launched", ["1e400", "1e30", str(HUGE), "-inf"])
def test_the_official_importer_bounds_every_figure(store, tmp_path, launched):
    daily = tmp_path / "daily.csv"
    rows = [f"2025-07-04 18:00,2025-07-05 08:30,Shahed-136/131,{launched},10.0,kpszsu/posts/a",
            "2025-07-05 18:00,2025-07-06 08:30,Shahed-136/131,50.0,45.0,kpszsu/posts/b"]
    daily.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    official.import_official(store, daily)
    frame = table.attack_table(store)
    assert frame["drones_launched"].isna().tolist() == [True, False]
    assert frame["drones_launched"].iloc[1] == 50
    assert frame["drones_destroyed"].tolist() == [10, 45]


def test_the_default_data_loader_bounds_every_figure(store, tmp_path):
    lines = [{"id": "a", "url": "https://example.org/a", "outlet": "Example", "source_type": "outlet",
              "record": record(attack_date="2025-07-04", drones_launched=HUGE, drones_destroyed=30)},
             {"id": "b", "url": "https://example.org/b", "outlet": "Example", "source_type": "outlet",
              "record": record(attack_date="2025-07-05", drones_launched=60)}]
    path = tmp_path / "default.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    summary = load_curated_records(store, path)
    assert summary.failed == [] and summary.added == 2
    frame = table.attack_table(store)
    assert frame["drones_launched"].isna().tolist() == [True, False]
    assert frame["drones_destroyed"].tolist()[0] == 30


def _poison(store: Store, night: date, stored_json: str) -> None:
    """A row as an older version of Salvo, or a hand edit, may have left in the attack table."""
    with store.write() as conn:
        conn.execute(sa.delete(attacks).where(attacks.c.attack_date == night))
        conn.execute(sa.text("INSERT INTO attacks (attack_date, row, conflicts, report_ids, computed_at) "
                             "VALUES (:night, :row, NULL, '[1]', CURRENT_TIMESTAMP)"),
                     {"night": night.isoformat(), "row": stored_json})


@pytest.mark.parametrize("stored", [str(HUGE), "Infinity", "\"many\"", "1.5"])
def test_a_bad_stored_value_reads_as_na_with_a_flag(store, stored):
    _good_night(store)
    row = json.dumps({"attack_date": "2025-07-05", "killed": 3, "source_type": "outlet", "n_reports": 1})
    _poison(store, date(2025, 7, 5), row.replace('"killed": 3', f'"drones_launched": {stored}, "killed": 3'))
    frame = table.attack_table(store)
    assert len(frame) == 2
    bad = frame.iloc[1]
    assert pd.isna(bad["drones_launched"]) and bad["killed"] == 3
    assert f"{table.UNREADABLE_FLAG}:drones_launched" in bad["quality_flags"]
    assert frame.iloc[0]["drones_launched"] == 40 and frame.iloc[0]["quality_flags"] == []
    for fmt in ("csv", "xlsx"):
        assert export.export_bytes(table.flat_table(frame), fmt)
