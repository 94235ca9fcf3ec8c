"""Attack rows keep their conflicts apart (migration 4): the row names the fields in conflict, the
`conflicts` column holds every candidate, and a store written before keeps every candidate."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from salvo import consolidate
from salvo.store import NewReport, Store
from salvo.store import schema as store_module
from salvo.store.schema import attacks

from .conftest import record

JULY_4, JULY_5, JULY_6 = date(2025, 7, 4), date(2025, 7, 5), date(2025, 7, 6)


def add(store: Store, outlet: str, source_type: str, night: date, **figures: object) -> int:
    return store.save_report(
        NewReport(text=None, kind="curated", external_id=f"{outlet} {night}", outlet=outlet,
                  source_type=source_type, published=night),
        record(attack_date=night.isoformat(), **figures),
        "fixture/1",
    ).report_id


def fill(store: Store) -> None:
    """Three nights: sources disagree on two figures of 4 July and one of 6 July; 5 July agrees."""
    add(store, "Air Force", "official", JULY_4, drones_launched=539, missiles_launched=11, killed=2)
    add(store, "Wire", "wire", JULY_4, drones_launched=550, missiles_launched=11, killed=3)
    add(store, "Блог «Схід»", "outlet", JULY_4, drones_launched=560)  # a non-ASCII outlet name
    add(store, "Air Force", "official", JULY_5, drones_launched=40)
    add(store, "Wire", "wire", JULY_5, drones_launched=40)
    add(store, "Air Force", "official", JULY_6, injured=4)
    add(store, "Wire", "wire", JULY_6, injured=5)


def null_conflicts(store: Store) -> set[date]:
    """The nights whose conflicts column is SQL NULL (not the JSON text null)."""
    with store.engine.connect() as conn:
        query = sa.select(attacks.c.attack_date).where(attacks.c.conflicts.is_(None))
        return set(conn.execute(query).scalars())


def test_rows_name_their_conflicting_fields_and_the_candidates_live_apart(store):
    fill(store)
    consolidate.refresh(store)
    rows = {row["attack_date"]: row for row in store.attack_rows()}
    assert all("conflicts" not in row for row in rows.values())
    assert rows["2025-07-04"]["conflict_fields"] == ["drones_launched", "killed"]
    assert rows["2025-07-05"]["conflict_fields"] == [] and not rows["2025-07-05"]["has_conflict"]
    assert rows["2025-07-06"]["conflict_fields"] == ["injured"]

    night = store.get_attack(JULY_4)
    assert [(c["value"], c["source"], c["source_type"]) for c in night["conflicts"]["drones_launched"]] == [
        (539, "Air Force", "official"), (550, "Wire", "wire"), (560, "Блог «Схід»", "outlet")]
    assert night["drones_launched"] == 539 and night["conflict_fields"] == ["drones_launched", "killed"]
    assert store.get_attack(JULY_5)["conflicts"] == {}
    assert store.get_attack(date(2025, 1, 1)) is None

    everything = store.attack_conflicts()
    assert list(everything) == [JULY_4, JULY_6]  # only the nights that have any, by night
    assert everything[JULY_4] == night["conflicts"]
    assert list(store.attack_conflicts([JULY_6, JULY_5, date(2030, 1, 1)])) == [JULY_6]
    assert store.attack_conflicts([]) == {}
    assert null_conflicts(store) == {JULY_5}  # no conflicts: SQL NULL


def test_a_correction_of_the_night_keeps_its_conflicts(store):
    fill(store)
    consolidate.refresh(store)
    consolidate.correct_attack(store, JULY_4, "drones_launched", 545, reason="revised", author="ana")
    night = store.get_attack(JULY_4)
    assert night["drones_launched"] == 545 and "drones_launched" in night["corrected_fields"]
    assert [c["value"] for c in night["conflicts"]["drones_launched"]] == [539, 550, 560]


def old_shape_rows(store: Store) -> dict[date, dict]:
    """The rows Salvo wrote before migration 4: consolidate_night's row whole, conflicts inside."""
    by_night: dict[date, list] = {}
    for entry in store.effective_records():
        candidate = consolidate.candidate_from(entry)
        if candidate is not None:
            by_night.setdefault(entry["attack_date"], []).append(candidate)
    rows = {}
    for night, candidates in by_night.items():
        row = consolidate.consolidate_night(night, candidates)
        del row["conflict_fields"]  # named after the move
        rows[night] = row
    return rows


def open_old_store(url: str, monkeypatch: pytest.MonkeyPatch) -> dict[date, dict]:
    """Write a database as Salvo did before migration 4 (steps 1–3, an attacks table without the
    conflicts column, conflicts inside each row); returns the rows written."""
    with monkeypatch.context() as patched:
        patched.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:3])
        old = Store(url)
    assert old.schema_version() == 3
    fill(old)
    rows = old_shape_rows(old)
    old_attacks = sa.table("attacks", sa.column("attack_date", sa.Date), sa.column("row", sa.JSON),
                           sa.column("report_ids", sa.JSON),
                           sa.column("computed_at", sa.DateTime(timezone=True)))
    with old.engine.begin() as conn:
        # Step 1 builds today's table definition: take the new column away again.
        conn.execute(sa.text("ALTER TABLE attacks DROP COLUMN conflicts"))
        conn.execute(sa.insert(old_attacks), [
            {"attack_date": night, "row": row, "report_ids": row["report_ids"],
             "computed_at": datetime.now(UTC)} for night, row in sorted(rows.items())])
    old.close()
    return rows


def test_migration_4_moves_the_conflicts_of_an_old_store_and_loses_nothing(store_url, monkeypatch):
    old_rows = open_old_store(store_url, monkeypatch)
    assert {night for night, row in old_rows.items() if row["conflicts"]} == {JULY_4, JULY_6}
    monkeypatch.setattr(store_module, "MIGRATION_BATCH", 2)  # three nights: more than one batch

    store = Store(store_url)
    try:
        assert store.schema_version() == store_module.MIGRATIONS[-1][0]  # every step, 4 included
        migrated = {date.fromisoformat(row["attack_date"]): row for row in store.attack_rows()}
        assert set(migrated) == set(old_rows)
        for night, old in old_rows.items():
            expected = {key: value for key, value in old.items() if key != "conflicts"}
            expected["conflict_fields"] = sorted(old["conflicts"])
            assert migrated[night] == expected  # every other value as it was
            assert store.get_attack(night) == {**expected, "conflicts": old["conflicts"],
                                               "report_ids": old["report_ids"]}
        assert null_conflicts(store) == {JULY_5}

        # The move is what consolidating again would write today.
        conflicts_before = store.attack_conflicts()
        consolidate.refresh(store)
        assert store.attack_rows() == [migrated[night] for night in sorted(migrated)]
        assert store.attack_conflicts() == conflicts_before

        with store.engine.begin() as conn:  # run again (the column is there, the rows moved): no change
            store_module._migration_4(conn)
        assert store.attack_conflicts() == conflicts_before
        assert store.attack_rows() == [migrated[night] for night in sorted(migrated)]
    finally:
        store.close()


def test_a_new_store_has_the_column_from_step_1_and_step_4_leaves_new_rows_alone(store):
    assert "conflicts" in {column["name"] for column in sa.inspect(store.engine).get_columns("attacks")}
    assert store.schema_version() == store_module.MIGRATIONS[-1][0]  # every step, 4 included
    fill(store)
    consolidate.refresh(store)
    rows, conflicts = store.attack_rows(), store.attack_conflicts()
    with store.engine.begin() as conn:
        store_module._migration_4(conn)
    assert store.attack_rows() == rows and store.attack_conflicts() == conflicts
    assert set(conflicts) == {JULY_4, JULY_6}


def test_the_export_frame_carries_each_nights_conflicts_as_readable_json(store, monkeypatch):
    import json

    from salvo import table

    fill(store)
    consolidate.refresh(store)
    monkeypatch.setattr(table, "CONFLICT_BATCH", 1)  # one night per read: the batches join up
    exported = table.export_frame(store).set_index("attack_date")
    cells = exported["conflicts"]
    assert json.loads(cells.loc["2025-07-04"]) == store.get_attack(JULY_4)["conflicts"]
    assert "Блог «Схід»" in cells.loc["2025-07-04"]  # names as written, not \\u escapes
    assert cells.loc["2025-07-05"] == ""
    assert json.loads(cells.loc["2025-07-06"]) == store.get_attack(JULY_6)["conflicts"]
    assert list(table.export_frame(store, start=JULY_5, end=JULY_5)["conflicts"]) == [""]
