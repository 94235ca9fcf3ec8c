"""Migration 8: reports stored before ingest turned bidirectional controls into U+FFFD are
cleaned and digested again, so ingesting them again finds them (docs/attack-log.md)."""
from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
import sqlalchemy as sa

from salvo import consolidate
from salvo.sources import ingest as ingest_module
from salvo.sources.ingest import ingest_paths, ingest_text
from salvo.store import Store, content_hash
from salvo.store import schema as store_module

# A wire item posing as the Air Force (an override reverses the outlet's letters), with an
# isolate inside its text.
OUTLET = "\u202eecroF riA"
TEXT = ("On the night of 6 March 2025 Russia launched 70 drones at \u2067Odesa\u2069; "
        "55 were shot down and a warehouse burned.")
OTHER = "On the night of 6 March 2025 Russia also fired 4 missiles at Kharkiv; 3 were shot down."
CONTROLS = [chr(code) for code in store_module.BIDI_CONTROLS]


def old_content_hash(text: str) -> str:
    """The digest as Salvo made it before: whitespace-normalised text, controls and all."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def open_old_store(url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store at step 7 whose ingest keeps bidirectional controls, as Salvo did before."""
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:7])
    monkeypatch.setattr(ingest_module, "without_bidi_controls", lambda value: value)
    monkeypatch.setattr(ingest_module, "content_hash", old_content_hash)
    monkeypatch.setattr("salvo.store.records.content_hash", old_content_hash)
    store = Store(url)
    assert store.schema_version() == 7
    return store


def holds_control(value: object) -> bool:
    return any(control in json.dumps(value, ensure_ascii=False, default=str) for control in CONTROLS)


def test_a_report_stored_before_the_change_is_found_again_on_re_ingest(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "posing.txt").write_text(TEXT)
    (folder / "other.txt").write_text(OTHER)
    with monkeypatch.context() as patched:
        old = open_old_store(url, patched)
        assert ingest_paths(old, [folder]).added == 2
        first = ingest_text(old, TEXT + " Two people were hurt.", outlet=OUTLET, url="https://example.org/\u202ex")
        [stored] = [r for r in old.list_reports() if r["id"] == first.report_id]
        assert OUTLET in json.dumps(stored, ensure_ascii=False, default=str)  # the old way: kept
        old.close()

    store = Store(url)  # every step, 8 included
    try:
        assert store.schema_version() == store_module.MIGRATIONS[-1][0] >= 8
        details = [store.get_report(row["id"]) for row in store.list_reports()]
        assert len(details) == 3
        for detail in details:
            assert not holds_control([detail.text, detail.title, detail.outlet, detail.source_url])
            assert not holds_control(detail.record)  # evidence sentences cleaned too
            with store.engine.connect() as conn:
                digest = conn.execute(sa.text("SELECT content_hash FROM reports WHERE id = :id"),
                                      {"id": detail.id}).scalar_one()
            assert digest == content_hash(detail.text)
        posing = next(d for d in details if d.outlet and "\ufffd" in d.outlet)
        assert posing.outlet == "\ufffdecroF riA"  # one character for one: offsets hold
        assert len(posing.text) == len(TEXT + " Two people were hurt.")
        assert posing.record["drones_launched"] == 70

        # the rows are made again (they name outlets and report ids), then ingest finds both files
        summary = ingest_paths(store, [folder])
        assert (summary.added, summary.revised, summary.unchanged) == (0, 0, 2)
        assert len(store.list_reports()) == 3
        assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION
        [row] = store.attack_rows()
        assert row["attack_date"] == "2025-03-06" and not holds_control(row)
    finally:
        store.close()


def test_a_copy_stored_since_the_change_is_merged_into_the_first(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "posing.txt").write_text(TEXT)
    with monkeypatch.context() as patched:
        old = open_old_store(url, patched)
        assert ingest_paths(old, [folder]).added == 1
        # today's ingest, still at step 7: the cleaned text is another digest, a second report
        patched.undo()
        patched.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:7])
        assert ingest_paths(old, [folder]).added == 1
        first, copy = sorted(row["id"] for row in old.list_reports())
        consolidate.correct_report(old, copy, "drones_destroyed", 56, reason="the governor's later count",
                                   author="analyst")
        old.close()

    store = Store(url)
    try:
        [kept] = store.list_reports()
        assert kept["id"] == first
        detail = store.get_report(first)
        assert detail.record["drones_destroyed"] == 56  # the copy's correction moved to the first
        assert [c.author for c in store.corrections(report_id=first)] == ["analyst"]
        consolidate.ensure_current_rules(store)
        [row] = store.attack_rows()
        assert store.get_attack(date(2025, 3, 6))["report_ids"] == [first]
        assert row["drones_destroyed"] == 56
        summary = ingest_paths(store, [folder])
        assert (summary.added, summary.unchanged) == (0, 1)
    finally:
        store.close()


def test_step_8_leaves_a_store_without_controls_as_it_was(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    try:
        ingest_text(store, OTHER)
        rows, version = store.attack_rows(), store.counter(consolidate.RULES_COUNTER)
        with store.engine.begin() as conn:
            store_module._migration_8(conn)
        assert store.attack_rows() == rows
        assert store.counter(consolidate.RULES_COUNTER) == version == consolidate.RULES_VERSION
    finally:
        store.close()


def test_the_store_names_the_consolidation_s_counters():
    assert (consolidate.RULES_COUNTER, consolidate.UPGRADE_COUNTER) == store_module.CONSOLIDATION_COUNTERS
