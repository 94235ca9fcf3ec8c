"""Every write records who made it: import runs carry an author (migration 2), reports show it."""
from __future__ import annotations

import sqlalchemy as sa

from salvo.sources.ingest import ingest_text
from salvo.store import MIGRATIONS, Store
from tests.store.conftest import FakeExtractor, record


def test_an_older_store_gains_the_author_column_and_keeps_its_runs(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    store = Store(url)
    run = store.start_run("ingest", "before authors")
    with store.engine.begin() as conn:  # make it a store of schema version 1
        conn.execute(sa.text("ALTER TABLE import_runs DROP COLUMN author"))
        conn.execute(sa.text("DELETE FROM schema_migrations WHERE version = 2"))
    store.close()
    reopened = Store(url)
    assert reopened.schema_version() == MIGRATIONS[-1][0]
    [old] = reopened.import_runs()
    assert old["id"] == run and old["author"] is None
    reopened.close()


def test_ingest_records_its_author_on_the_run_and_the_report(store):
    fake = FakeExtractor({"drones": record(attack_date="2025-07-04")})
    result = ingest_text(store, "Overnight 30 drones", extractor=fake.as_extractor(), author="Olena")
    assert store.import_runs()[-1]["author"] == "Olena"
    assert store.get_report(result.report_id).ingested_by == "Olena"


def test_the_cli_records_its_user(tmp_path, capsys):
    from salvo.__main__ import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    path = tmp_path / "report.txt"
    path.write_text("Overnight the enemy launched 12 drones at Odesa; 10 were shot down.", encoding="utf-8")
    assert main(["--database", url, "-q", "ingest", str(path)]) == 0
    store = Store(url)
    assert store.import_runs()[-1]["author"].startswith("cli:")
    store.close()
