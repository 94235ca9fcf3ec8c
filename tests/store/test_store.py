"""The store: migrations, SQLite settings, identity by content, data version, corrections."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from salvo.store import MIGRATIONS, NewReport, Store, StoreError, content_hash, utcnow
from salvo.store.schema import extractions
from tests.store.conftest import SQLITE_ONLY

from .conftest import record

TEXT = "Overnight the air force counted 40 drones over the southern oblasts; 35 were shot down."


def test_new_store_applies_every_migration_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    first = Store(url)
    assert first.schema_version() == MIGRATIONS[-1][0]
    first.close()
    again = Store(url)  # reopening finds nothing to apply
    with again.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT count(*) FROM schema_migrations")).scalar_one()
    assert rows == len(MIGRATIONS)
    again.close()


@SQLITE_ONLY
def test_sqlite_runs_in_wal_mode_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar_one().lower() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(sa.text("PRAGMA busy_timeout")).scalar_one() >= 1000
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(
            sa.insert(extractions).values(
                report_id=999, extractor_version="x", record={}, created_at=utcnow()
            )
        )


def test_database_url_comes_from_the_environment(monkeypatch, tmp_path):
    from salvo.store import database_url

    monkeypatch.setenv("SALVO_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert database_url().endswith("env.sqlite")
    monkeypatch.delenv("SALVO_DATABASE_URL")
    assert database_url().endswith("var/salvo.sqlite")


def test_same_text_is_one_report_whatever_the_spacing(store):
    first = store.save_report(NewReport(text=TEXT), record(drones_launched=40), "fake/1")
    respaced = "  " + TEXT.replace(" ", "  \n") + "\n"
    second = store.save_report(NewReport(text=respaced), record(drones_launched=40), "fake/1")
    assert first.created and not second.created and first.report_id == second.report_id
    assert store.count_reports() == 1
    assert content_hash(TEXT) == content_hash(respaced)


def test_data_version_moves_on_writes_only(store):
    before = store.data_version()
    store.list_reports()
    assert store.data_version() == before
    store.save_report(NewReport(text=TEXT), record(), "fake/1")
    assert store.data_version() > before


def test_new_extractor_version_adds_an_extraction_and_keeps_corrections(store):
    saved = store.save_report(
        NewReport(text=TEXT), record(drones_launched=40, attack_date="2025-03-02"), "fake/1"
    )
    store.correct_report(saved.report_id, "drones_destroyed", 35, reason="the text says 35", author="ana")
    again = store.save_report(
        NewReport(text=TEXT),
        record(drones_launched=41, drones_destroyed=30, attack_date="2025-03-02"),
        "fake/2",
    )
    assert again.re_extracted and not again.created
    detail = store.get_report(saved.report_id)
    assert detail.extractor_version == "fake/2"
    assert detail.extracted_record["drones_destroyed"] == 30
    assert detail.record["drones_destroyed"] == 35  # the analyst's value stands
    assert detail.record["drones_launched"] == 41  # uncorrected fields follow the new extractor
    assert [c.field for c in store.corrections(report_id=saved.report_id)] == ["drones_destroyed"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("drones_launched", -3, "negative"),
        ("drones_launched", "many", "whole number"),
        ("drones_launched", 2.5, "whole number"),
        ("weather", 3, "unknown field"),
        ("attack_date", "yesterday", "date"),
        ("oblasts", 5, "list"),
    ],
)
def test_invalid_corrections_are_refused_and_nothing_is_written(store, field, value, message):
    saved = store.save_report(NewReport(text=TEXT), record(), "fake/1")
    version = store.data_version()
    with pytest.raises(StoreError, match=message):
        store.correct_report(saved.report_id, field, value, reason="because", author="ana")
    assert store.corrections() == []
    assert store.data_version() == version


def test_a_correction_needs_a_reason_and_an_author(store):
    saved = store.save_report(NewReport(text=TEXT), record(), "fake/1")
    with pytest.raises(StoreError, match="reason"):
        store.correct_report(saved.report_id, "killed", 1, reason="  ", author="ana")
    with pytest.raises(StoreError, match="author"):
        store.correct_report(saved.report_id, "killed", 1, reason="obituary", author="")
    with pytest.raises(StoreError, match="no report"):
        store.correct_report(12345, "killed", 1, reason="obituary", author="ana")


def test_audit_trail_keeps_old_and_new_values_in_order(store):
    saved = store.save_report(NewReport(text=TEXT), record(killed=2), "fake/1")
    store.correct_report(saved.report_id, "killed", 3, reason="toll rose", author="ana")
    store.correct_report(saved.report_id, "killed", 4, reason="toll rose again", author="bo")
    trail = store.corrections(report_id=saved.report_id)
    assert [(c.old_value, c.new_value, c.author) for c in trail] == [(2, 3, "ana"), (3, 4, "bo")]
    assert all(c.created_at is not None and c.reason for c in trail)
    assert store.get_report(saved.report_id).record["killed"] == 4


def test_reports_without_text_are_identified_by_their_external_id(store):
    first = store.save_report(NewReport(text=None, kind="curated", external_id="n1"), record(killed=1), "c/1")
    revised = store.save_report(
        NewReport(text=None, kind="curated", external_id="n1"), record(killed=2), "c/1"
    )
    same = store.save_report(NewReport(text=None, kind="curated", external_id="n1"), record(killed=2), "c/1")
    assert first.created and revised.re_extracted and not same.created and not same.re_extracted
    assert store.count_reports() == 1
    assert store.get_report(first.report_id).record["killed"] == 2


def test_two_stores_on_one_file_saving_the_same_text_make_one_report(tmp_path):
    import concurrent.futures

    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    handles = [Store(url) for _ in range(4)]
    texts = [f"Report {i}: {TEXT}" for i in range(20)]

    def save_all(handle):
        return [handle.save_report(NewReport(text=t), record(), "fake/1").report_id for t in texts]

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(save_all, handles))
    assert all(ids == results[0] for ids in results)
    assert handles[0].count_reports() == 20
    for handle in handles:
        handle.close()


def test_processes_opening_a_new_database_at_once_migrate_it_once(tmp_path):
    import concurrent.futures

    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        handles = list(pool.map(lambda _: Store(url), range(6)))
    assert {h.schema_version() for h in handles} == {MIGRATIONS[-1][0]}
    assert handles[0].data_version() >= 0
    for handle in handles:
        handle.close()


def test_the_schema_and_the_queries_compile_for_postgresql():
    """PostgreSQL works by URL: no SQLite-only types or SQL in the tables or the store's queries."""
    from sqlalchemy.dialects import postgresql

    from salvo.store import schema as store_module

    dialect = postgresql.dialect()
    for table in store_module.metadata.sorted_tables:
        ddl = str(sa.schema.CreateTable(table).compile(dialect=dialect))
        assert "JSON" in ddl or table.name not in ("extractions", "attacks")
    update = sa.update(store_module.counters).values(value=store_module.counters.c.value + 1)
    assert "counters" in str(update.compile(dialect=dialect))


def _dated_reports(store: Store) -> list[int]:
    """Seven reports: published 1-6 July (two on the 3rd) and one undated; nights the next day,
    wire copy on even days."""
    ids = []
    for day, marker in ((1, "a"), (2, "b"), (3, "c"), (3, "d"), (4, "e"), (5, "f"), (6, "g"), (None, "h")):
        published = date(2025, 7, day) if day else None
        night = f"2025-07-{day + 1:02d}" if day else None
        source = "wire" if day and day % 2 == 0 else "outlet"
        ids.append(store.save_report(
            NewReport(text=f"{TEXT} ({marker})", published=published, source_type=source),
            record(attack_date=night, total_launched=day), "t/1").report_id)
    return ids


def test_headline_pages_go_newest_first_and_cover_the_listing_once(store):
    _dated_reports(store)
    full = [h["id"] for h in store.list_report_headlines()]
    pages = [store.report_headline_page(limit=3, offset=offset) for offset in (0, 3, 6, 9)]
    assert [[h["id"] for h in page] for page in pages[:3]] == [full[0:3], full[3:6], full[6:]]
    assert pages[3] == []
    assert store.count_report_headlines() == len(full) == 8
    assert pages[0] == store.list_report_headlines()[:3]  # the same headlines, only fewer
    assert pages[2][-1]["published"] is None  # undated reports come last


def test_headline_pages_apply_the_night_and_source_filters_with_corrections(store):
    ids = _dated_reports(store)
    store.correct_report(ids[0], "attack_date", "2025-07-05", reason="the night of the 5th", author="analyst")
    store.correct_report(ids[4], "attack_date", None, reason="no night given", author="analyst")
    nights = {"start": date(2025, 7, 4), "end": date(2025, 7, 6)}
    page = store.report_headline_page(**nights, limit=10)
    # Extracted nights 4-6 July are ids[2], ids[3] (3rd), ids[4] (4th, corrected away), ids[5];
    # ids[0] moved into the range by its correction.
    assert [h["id"] for h in page] == [ids[5], ids[3], ids[2], ids[0]]
    assert all(nights["start"] <= h["attack_date"] <= nights["end"] for h in page)
    assert store.count_report_headlines(**nights) == 4
    wire = store.report_headline_page(**nights, source_types=["wire"], limit=10)
    assert wire == []  # the only wire report in range (ids[4]) lost its night
    assert store.count_report_headlines(source_types=["wire"]) == 3
    assert store.count_report_headlines(start=date(2025, 7, 7)) == 1  # open-ended: only ids[6]
    # ids[0] (night of the 2nd) was moved out by its correction
    assert [h["id"] for h in store.report_headline_page(end=date(2025, 7, 3), limit=10)] == [ids[1]]
