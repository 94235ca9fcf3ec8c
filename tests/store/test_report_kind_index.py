"""The reports are counted by kind through an index (migration 9): the Overview asks after every
change of the data whether the official series is stored, and a scan of every report took a
minute at a million reports. On both backends, and on a store made before the step."""
from __future__ import annotations

import sqlalchemy as sa

from salvo.store import MIGRATIONS, NewReport, Store
from salvo.store import schema as schema_module
from tests.store.conftest import record

COUNT_OFFICIAL = "SELECT count(*) FROM reports WHERE kind = 'official'"


def add_reports(store: Store) -> None:
    for day in (3, 4):
        store.save_report(NewReport(text=f"Overnight on 2025-05-0{day} air defence downed 17 of 20 drones."),
                          record(attack_date=f"2025-05-0{day}"), "fake/1")
    for day in (5, 6, 7):
        store.save_report(NewReport(text=None, kind="official", source_type="official",
                                    external_id=f"2025-05-0{day}"),
                          record(attack_date=f"2025-05-0{day}"), "official/1")


def index_names(store: Store) -> set[str]:
    return {index["name"] for index in sa.inspect(store.engine).get_indexes("reports")}


def count_plan(store: Store) -> str:
    """How the database answers the count of official reports (its plan, as text)."""
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "sqlite":
            rows = conn.execute(sa.text(f"EXPLAIN QUERY PLAN {COUNT_OFFICIAL}")).all()
            return " ".join(str(row[-1]) for row in rows)
        # a handful of rows: PostgreSQL would rather scan them; asked not to, it shows the index it can use
        conn.execute(sa.text("SET enable_seqscan = off"))
        return " ".join(str(row[0]) for row in conn.execute(sa.text(f"EXPLAIN {COUNT_OFFICIAL}")))


def test_a_new_store_counts_its_reports_by_kind_through_the_index(store):
    add_reports(store)
    assert "ix_reports_kind" in index_names(store)
    assert "ix_reports_kind" in count_plan(store)
    assert (store.count_reports(kind="official"), store.count_reports(kind="text"), store.count_reports()) \
        == (3, 2, 5)


def test_an_older_store_gains_the_index_and_keeps_its_reports(store_url, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(schema_module, "MIGRATIONS", MIGRATIONS[:8])
        old = Store(store_url)
        add_reports(old)
        assert old.schema_version() == 8
        assert "ix_reports_kind" not in index_names(old)
        assert "ix_reports_kind" not in count_plan(old)
        old.close()
    reopened = Store(store_url)
    try:
        assert reopened.schema_version() == MIGRATIONS[-1][0] >= 9
        assert "ix_reports_kind" in index_names(reopened) and "ix_reports_kind" in count_plan(reopened)
        assert (reopened.count_reports(kind="official"), reopened.count_reports()) == (3, 5)
    finally:
        reopened.close()
