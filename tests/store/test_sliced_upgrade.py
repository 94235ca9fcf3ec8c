"""A rules upgrade (and `salvo rebuild`) consolidates the store a slice of nights at a time:
the rows are byte-identical to the one pass that held every record at once, no read holds more
than a slice, and a kill half-way leaves a store that finishes the upgrade when next opened."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from salvo import consolidate
from salvo.store import NewReport, Store
from tests.store import upgrade_worker
from tests.store.conftest import record

FIRST_NIGHT = date(2025, 1, 1)
NIGHTS = 60
OUTLETS = (("Air Force", "official"), ("Reuters", "wire"), ("Kyiv Independent", "outlet"),
           ("Odesa regional administration", "outlet"))


def fill(store: Store) -> None:
    """60 nights of two to four reports each that disagree on some figures; a report an analyst
    moved to another night, a night's figure an analyst corrected."""
    for night_index in range(NIGHTS):
        night = FIRST_NIGHT + timedelta(days=night_index)
        for source_index in range(2 + night_index % 3):
            outlet, source_type = OUTLETS[source_index]
            launched = 40 + night_index + (5 if source_index == 2 else 0)
            figures = record(
                attack_date=night.isoformat(), drones_launched=launched, drones_destroyed=launched - 7,
                missiles_launched=night_index % 5 or None, total_launched=launched + night_index % 5,
                killed=source_index if night_index % 4 == 0 else None,
                oblasts=["Odesa"] if source_index % 2 else ["Kharkiv", "Odesa"],
                cities=["Odesa"] if source_index else [],
            )
            text = f"Night {night_index}, source {source_index}: {launched} drones."
            store.save_report(NewReport(text=text, outlet=outlet, source_type=source_type,
                                        published=night), figures, "fixture/1")
    moved = store.list_reports()[5]["id"]
    store.correct_report(moved, "attack_date", (FIRST_NIGHT + timedelta(days=NIGHTS + 3)).isoformat(),
                         reason="the report was of a later night", author="analyst")
    store.correct_attack(FIRST_NIGHT + timedelta(days=10), "drones_destroyed", 30,
                         reason="the governor's later count", author="analyst")


def one_pass(store: Store) -> None:
    """The consolidation a rules upgrade made before slices: every record read at once."""
    by_night: dict[date, list] = {}
    for entry in store.effective_records():
        candidate = consolidate.candidate_from(entry)
        if candidate is not None:
            by_night.setdefault(entry["attack_date"], []).append(candidate)
    corrections = store.attack_corrections()
    rows = {}
    for night, candidates in by_night.items():
        row = consolidate.consolidate_night(night, candidates, corrections.get(night, []))
        rows[night] = (row, row["report_ids"])
    store.replace_attacks(rows, None)


def stored_bytes(path: Path) -> list[tuple]:
    """The attack table as the database holds it (JSON text), but for when each row was made."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT attack_date, row, report_ids, conflicts FROM attacks ORDER BY attack_date"
        ).fetchall()


def copy_of(path: Path, name: str) -> Path:
    copy = path.with_name(name)
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def old_rules_store(path: Path) -> list[tuple]:
    """A store whose rows were made by older rules (each row stale, and a night no report is on
    any more); returns the rows the one pass makes of it."""
    store = Store(f"sqlite:///{path}")
    fill(store)
    gone = FIRST_NIGHT - timedelta(days=30)
    stale = {night: ({"attack_date": night.isoformat(), "drones_launched": 1}, [])
             for night in [gone, *(FIRST_NIGHT + timedelta(days=i) for i in range(NIGHTS))]}
    store.replace_attacks(stale, None)
    store.set_counter(consolidate.RULES_COUNTER, consolidate.RULES_VERSION - 1)
    store.close()
    reference = copy_of(path, "one-pass.sqlite")
    store = Store(f"sqlite:///{reference}")
    one_pass(store)
    store.close()
    rows = stored_bytes(reference)
    assert len(rows) == NIGHTS + 1  # the moved report's night too; the gone night has none
    return rows


def test_the_sliced_upgrade_writes_the_one_pass_rows_byte_for_byte(tmp_path, monkeypatch):
    path = tmp_path / "salvo.sqlite"
    expected = old_rules_store(path)
    store = Store(f"sqlite:///{path}")
    monkeypatch.setattr(consolidate, "SLICE_REPORTS", 10)
    read_sizes: list[int] = []
    read = store.effective_records

    def counted(nights=None):
        assert nights is not None, "a slice reads its nights, never the whole store"
        entries = read(nights)
        read_sizes.append(len(entries))
        return entries

    monkeypatch.setattr(store, "effective_records", counted)
    assert consolidate.ensure_current_rules(store)
    assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION
    store.close()
    assert stored_bytes(path) == expected
    assert len(read_sizes) >= 20
    # a slice holds its nights' records (about 10; the moved report is read in each slice)
    assert max(read_sizes) <= 10 + 4 + 1


def test_a_rebuild_in_slices_is_the_one_pass_too(tmp_path, monkeypatch):
    path = tmp_path / "salvo.sqlite"
    expected = old_rules_store(path)
    monkeypatch.setattr(consolidate, "SLICE_REPORTS", 25)
    monkeypatch.setattr(consolidate, "SLICE_NIGHTS", 4)
    store = Store(f"sqlite:///{path}")
    assert consolidate.refresh(store) == NIGHTS + 1
    store.close()
    assert stored_bytes(path) == expected


def test_slices_keep_nights_whole_and_in_order(monkeypatch):
    monkeypatch.setattr(consolidate, "SLICE_REPORTS", 10)
    counts = {FIRST_NIGHT + timedelta(days=i): n for i, n in enumerate([3, 4, 30, 2, 2, 2])}
    slices = list(consolidate.night_slices(counts))
    assert [night for part in slices for night in part] == sorted(counts)
    assert [sum(counts[night] for night in part) for part in slices] == [7, 30, 6]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_kill_during_the_slices_leaves_a_store_that_finishes_on_the_next_open(tmp_path, monkeypatch):
    path = tmp_path / "salvo.sqlite"
    url = f"sqlite:///{path}"
    expected = old_rules_store(path)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.upgrade_worker"])
    child = context.Process(target=upgrade_worker.upgrade_slowly, args=(url, 10, 0.3))
    child.start()
    deadline = time.monotonic() + 120
    progress = 0
    while child.is_alive() and time.monotonic() < deadline:
        with sqlite3.connect(path) as conn:
            found = conn.execute("SELECT value FROM counters WHERE name = ?",
                                 (consolidate.UPGRADE_COUNTER,)).fetchone()
        progress = found[0] if found else 0
        if progress >= (FIRST_NIGHT + timedelta(days=NIGHTS // 3)).toordinal():
            break
        time.sleep(0.01)
    assert child.is_alive(), "the upgrade must still be running when it is killed"
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    assert child.exitcode == -signal.SIGKILL
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rules = conn.execute("SELECT value FROM counters WHERE name = ?",
                             (consolidate.RULES_COUNTER,)).fetchone()
    assert rules[0] == consolidate.RULES_VERSION - 1  # not recorded: the upgrade is not done
    half_done = stored_bytes(path)
    assert half_done != expected and any(row in expected for row in half_done)

    # the next open (the dashboard's start) goes on from the last slice committed
    monkeypatch.setattr(consolidate, "SLICE_REPORTS", 10)
    slices_run: list[date] = []
    one_slice = consolidate._refresh

    def counted(store, wanted, cache):
        slices_run.append(min(wanted))
        return one_slice(store, wanted, cache)

    monkeypatch.setattr(consolidate, "_refresh", counted)
    store = Store(url)
    assert consolidate.ensure_current_rules(store)
    assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION
    assert store.counter(consolidate.UPGRADE_COUNTER) == 0
    store.close()
    assert stored_bytes(path) == expected
    assert min(slices_run) > FIRST_NIGHT  # the slices done before the kill were not done again
    assert not consolidate.ensure_current_rules(Store(url))
