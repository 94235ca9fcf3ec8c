"""The store's tables, their numbered migrations, and the transactions every write goes through
(SQLite: WAL, foreign keys, a busy timeout, BEGIN IMMEDIATE for writers)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from salvo.store.records import BIDI_CONTROLS, content_hash, utcnow, without_bidi_controls

metadata = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

counters = sa.Table(
    "counters",
    metadata,
    sa.Column("name", sa.String(50), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

import_runs = sa.Table(
    "import_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(30), nullable=False),  # ingest | official | default | sync
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("added", sa.Integer, nullable=False, default=0),
    sa.Column("skipped", sa.Integer, nullable=False, default=0),
    sa.Column("failed", sa.Integer, nullable=False, default=0),
    sa.Column("details", sa.JSON, nullable=True),
    sa.Column("author", sa.String(200), nullable=True),  # who ran it (migration 2); None before
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("kind", sa.String(20), nullable=False),  # text | curated | official
    sa.Column("external_id", sa.String(300), nullable=True),  # corpus id, dataset row key
    sa.Column("source_url", sa.Text, nullable=True),
    sa.Column("source_path", sa.Text, nullable=True),
    sa.Column("outlet", sa.String(200), nullable=True),
    sa.Column("source_type", sa.String(20), nullable=False),  # official | wire | outlet
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("language", sa.String(10), nullable=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=True),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("import_run_id", sa.Integer, sa.ForeignKey("import_runs.id"), nullable=True),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("extractor_version", sa.String(100), nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("attack_date", sa.Date, nullable=True, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("target", sa.String(10), nullable=False),  # report | attack
    sa.Column(
        "report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=True, index=True
    ),
    sa.Column("attack_date", sa.Date, nullable=True, index=True),
    sa.Column("field", sa.String(100), nullable=False),
    sa.Column("old_value", sa.JSON, nullable=True),
    sa.Column("new_value", sa.JSON, nullable=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

attacks = sa.Table(
    "attacks",
    metadata,
    sa.Column("attack_date", sa.Date, primary_key=True),
    sa.Column("row", sa.JSON, nullable=False),
    sa.Column("report_ids", sa.JSON, nullable=False),
    sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
    # field -> every disagreeing candidate; NULL when the night has none (migration 4). Last, as
    # step 4's ALTER TABLE puts it in an older store: a read of `row` alone never touches it.
    sa.Column("conflicts", sa.JSON(none_as_null=True), nullable=True),
)


sync_sources = sa.Table(
    "sync_sources",
    metadata,
    sa.Column("source", sa.String(700), primary_key=True),  # telegram:<channel> | feed:<url>
    sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),  # of the last pass; None when it succeeded
    sa.Column("last_error_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("reports_added", sa.Integer, nullable=False, default=0),  # over every pass
    sa.Column("last_added", sa.Integer, nullable=False, default=0),  # by the last successful pass
    sa.Column("last_revised", sa.Integer, nullable=False, default=0),
    sa.Column("last_not_attack", sa.Integer, nullable=False, default=0),
    sa.Column("lock_owner", sa.String(200), nullable=True),
    sa.Column("lock_expires_at", sa.DateTime(timezone=True), nullable=True),
)

sync_items = sa.Table(
    "sync_items",
    metadata,
    sa.Column("item_url", sa.String(700), primary_key=True),  # a post's permalink, a feed item's link
    sa.Column("source", sa.String(700), nullable=False, index=True),
    sa.Column("content_hash", sa.String(64), nullable=True),  # of the text read; None: never read
    sa.Column(
        "report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="SET NULL"), nullable=True
    ),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
)

annotations = sa.Table(
    "annotations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("night", sa.Date, nullable=False, index=True),  # the day the note is about
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

login_failures = sa.Table(
    "login_failures",
    metadata,
    sa.Column("throttle_key", sa.String(300), primary_key=True),  # name:<name> | address:<address>
    sa.Column("failures", sa.Integer, nullable=False),  # wrong passwords since the count began
    sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=False),
)


def _migration_1(conn: Connection) -> None:
    """Initial tables."""
    # The tables of this step only: later steps create theirs.
    metadata.create_all(conn, tables=[counters, import_runs, reports, extractions, corrections, attacks])
    conn.execute(sa.insert(counters).values(name="data_version", value=0))


def _migration_2(conn: Connection) -> None:
    """Import runs record who made them (an editor, the command line's user, the shipped data)."""
    # A store created after this step was written already has the column from step 1's
    # create_all (which builds the current table definition); an older one gets it here.
    if "author" not in {column["name"] for column in sa.inspect(conn).get_columns("import_runs")}:
        conn.execute(sa.text("ALTER TABLE import_runs ADD COLUMN author VARCHAR(200)"))


def _migration_3(conn: Connection) -> None:
    """The Reports page lists reports newest first a page at a time (published, then id)."""
    # Plain SQL (both backends know IF NOT EXISTS): an sa.Index would join the table's metadata and
    # be built again by step 1's create_all in every store created later in the process.
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_reports_published_id ON reports (published, id)"))


MIGRATION_BATCH = 500  # attack rows rewritten per statement by step 4


def _migration_4(conn: Connection) -> None:
    """Attack rows keep their conflicts in their own column and only the conflicting field names
    in ``row``: the attack table is read without decoding every candidate of every night."""
    # A store created after this step was written has the column from step 1's create_all.
    if "conflicts" not in {column["name"] for column in sa.inspect(conn).get_columns("attacks")}:
        conn.execute(sa.text("ALTER TABLE attacks ADD COLUMN conflicts JSON"))
    # The table as this step knows it, whatever later steps make of the module's definition.
    table = sa.table(
        "attacks",
        sa.column("attack_date", sa.Date),
        sa.column("row", sa.JSON),
        sa.column("conflicts", sa.JSON(none_as_null=True)),
    )
    move = (
        sa.update(table)
        .where(table.c.attack_date == sa.bindparam("night"))
        .values(row=sa.bindparam("compact_row"), conflicts=sa.bindparam("night_conflicts"))
    )
    by_night = sa.select(table.c.attack_date, table.c.row).order_by(table.c.attack_date)
    last: date | None = None
    while True:  # by night, a batch at a time: a large store's rows are never all in memory
        query = by_night.limit(MIGRATION_BATCH)
        if last is not None:
            query = query.where(table.c.attack_date > last)
        batch = conn.execute(query).all()
        if not batch:
            return
        last = batch[-1].attack_date
        moved = []
        for night, row in batch:
            if "conflicts" in row:  # rows written in the new shape (none before this step) stay
                compact, night_conflicts = split_conflicts(row)
                moved.append({"night": night, "compact_row": compact, "night_conflicts": night_conflicts})
        if moved:
            conn.execute(move, moved)


def _migration_5(conn: Connection) -> None:
    """Live sources: each source's sync status and lock, and the items sync has read."""
    metadata.create_all(conn, tables=[sync_sources, sync_items])


def _migration_6(conn: Connection) -> None:
    """Editors' dated notes (a delivery of air defence, a change in reporting): the timelines and
    exports show them."""
    metadata.create_all(conn, tables=[annotations])


def _migration_7(conn: Connection) -> None:
    """Wrong editor passwords are counted in the store, so a restart or another replica of the
    server gives no one fresh tries (salvo.dashboard.auth.LoginThrottle)."""
    metadata.create_all(conn, tables=[login_failures])


# The counters the consolidation records its rules version and an upgrade's progress under
# (salvo.consolidate.RULES_COUNTER, UPGRADE_COUNTER): a step that changes what the nights' rows
# are made of drops them, and the next consolidation (an ingest, the dashboard's start) makes
# every night's row again, from the first night.
CONSOLIDATION_COUNTERS = ("consolidation_rules", "consolidation_upgrade_through")


def _holds_bidi_control(column: sa.ColumnElement[Any]) -> sa.ColumnElement[bool]:
    return sa.or_(*(column.contains(chr(code), autoescape=True) for code in BIDI_CONTROLS))


def _without_bidi_in_json(value: Any) -> Any:
    """A record with every string in it (evidence sentences, notes) as `without_bidi_controls`."""
    if isinstance(value, str):
        return without_bidi_controls(value)
    if isinstance(value, list):
        return [_without_bidi_in_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _without_bidi_in_json(item) for key, item in value.items()}
    return value


def _migration_8(conn: Connection) -> None:
    """Reports stored before ingest turned bidirectional controls into U+FFFD get the same
    treatment: their text, title, outlet and address (and the strings of their records), and a
    text report's identity digested again from its cleaned text, so ingesting the same file again
    finds it instead of storing it a second time. One that was stored a second time already (its
    cleaned copy) is merged into it: the copy's extractions, corrections and sync items move to
    the first, and the copy goes. Every night's row is made again afterwards (the rows name the
    outlets and report ids)."""
    # The table as this step knows it, whatever later steps make of the module's definition.
    table = sa.table(
        "reports", sa.column("id", sa.Integer), sa.column("kind", sa.String),
        sa.column("content_hash", sa.String), sa.column("text", sa.Text), sa.column("title", sa.Text),
        sa.column("outlet", sa.String), sa.column("source_url", sa.Text),
    )
    marked = sa.or_(*(_holds_bidi_control(table.c[name]) for name in _SHOWN))
    changed = False
    last = 0
    while True:  # a batch at a time, by id: a large store's texts are never all in memory
        batch = conn.execute(
            sa.select(table).where(marked, table.c.id > last).order_by(table.c.id).limit(MIGRATION_BATCH)
        ).all()
        if not batch:
            break
        last = batch[-1].id
        for report in batch:
            _clean_report(conn, table, report._mapping)
        changed = True
    if changed:
        conn.execute(sa.delete(counters).where(counters.c.name.in_(CONSOLIDATION_COUNTERS)))


def _migration_9(conn: Connection) -> None:
    """The Overview counts the official reports (is the series stored?) after every change of the
    data: by an index on the kind, not a scan of every report's text."""
    # Plain SQL, as in step 3: an sa.Index would be built again by step 1's create_all.
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_reports_kind ON reports (kind)"))


_SHOWN = ("text", "title", "outlet", "source_url")  # a report's columns pages and exports show


def _clean_report(conn: Connection, table: sa.TableClause, report: Any) -> None:
    cleaned = {name: without_bidi_controls(report[name]) for name in _SHOWN}
    digest = report["content_hash"]
    if report["kind"] == "text" and cleaned["text"]:
        digest = content_hash(cleaned["text"])
    copy = conn.execute(
        sa.select(table.c.id).where(table.c.content_hash == digest, table.c.id != report["id"])
    ).scalar_one_or_none()
    if copy is not None:
        for child in ("extractions", "corrections", "sync_items"):
            owned_by = sa.table(child, sa.column("report_id", sa.Integer))
            moved = sa.update(owned_by).where(owned_by.c.report_id == copy).values(report_id=report["id"])
            conn.execute(moved)
        conn.execute(sa.delete(table).where(table.c.id == copy))
    conn.execute(sa.update(table).where(table.c.id == report["id"]).values(content_hash=digest, **cleaned))
    records = sa.table(
        "extractions", sa.column("id", sa.Integer), sa.column("report_id", sa.Integer),
        sa.column("record", sa.JSON),
    )
    owned = conn.execute(
        sa.select(records.c.id, records.c.record).where(records.c.report_id == report["id"])
    ).all()
    for extraction_id, record in owned:
        clean = _without_bidi_in_json(record)
        if clean != record:
            conn.execute(sa.update(records).where(records.c.id == extraction_id).values(record=clean))


# Numbered, append-only: never edit a step that has shipped; add the next one.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial tables", _migration_1),
    (2, "import runs record their author", _migration_2),
    (3, "reports are listed newest first by an index", _migration_3),
    (4, "attack conflicts move out of the row into their own column", _migration_4),
    (5, "live sources keep a sync status, a lock and the items they have read", _migration_5),
    (6, "editors' dated annotations", _migration_6),
    (7, "wrong editor passwords are counted in the store", _migration_7),
    (8, "reports stored with bidirectional controls are cleaned and digested again", _migration_8),
    (9, "reports are counted by kind by an index", _migration_9),
]


def split_conflicts(row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A consolidated row as the store keeps it: the row without ``conflicts`` but with
    ``conflict_fields`` (the sorted names of the fields in conflict), and the conflicts apart
    (None when there are none)."""
    compact = dict(row)
    conflicts = compact.pop("conflicts", None) or {}
    compact["conflict_fields"] = sorted(conflicts)
    return compact, (dict(conflicts) if conflicts else None)


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is switched off so that SQLAlchemy's BEGIN (below)
    # makes DDL transactional too, as SQLAlchemy's pysqlite documentation recommends.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL's recommended level: no corruption, fewer fsyncs
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


WRITE_OPTION = "salvo_write"
BATCH_LOCK_KEY = 0x5A17_0B47  # PostgreSQL advisory lock of a batch (see Store.batch)


def sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at once (waiting up to busy_timeout): a deferred
    # one that reads first and writes later can fail at once when another writer got in between.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that will write: BEGIN IMMEDIATE on SQLite, a plain one elsewhere."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def migrate(engine: Engine) -> list[int]:
    """Apply the migration steps the database lacks; returns the versions applied.

    Safe when several processes open a new database at once: on SQLite the steps run under
    the write lock, one process after the other; elsewhere a step another process applied
    first is recognised and skipped.
    """
    with write_transaction(engine) as conn:
        schema_migrations.create(conn, checkfirst=True)
    applied: list[int] = []
    for version, name, step in MIGRATIONS:
        try:
            with write_transaction(engine) as conn:
                if _is_applied(conn, version):
                    continue
                step(conn)
                conn.execute(
                    sa.insert(schema_migrations).values(version=version, name=name, applied_at=utcnow())
                )
                applied.append(version)
        except sa.exc.DBAPIError:
            # Without SQLite's IMMEDIATE lock (PostgreSQL) two processes may race on a step;
            # the loser's CREATE fails: fine if the winner recorded the step.
            with engine.connect() as conn:
                if not _is_applied(conn, version):
                    raise
    return applied


def _is_applied(conn: Connection, version: int) -> bool:
    query = sa.select(schema_migrations.c.version).where(schema_migrations.c.version == version)
    return conn.execute(query).first() is not None


def latest_extractions() -> sa.Subquery:
    """Each report's newest extraction id (a report is re-extracted by newer extractors)."""
    return (
        sa.select(extractions.c.report_id, sa.func.max(extractions.c.id).label("extraction_id"))
        .group_by(extractions.c.report_id)
        .subquery()
    )
