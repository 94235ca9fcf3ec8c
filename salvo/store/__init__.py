"""The one module that owns storage. Everything else reads and writes through `Store`.

SQLAlchemy Core over SQLite by default (``var/salvo.sqlite``; WAL, foreign keys, a busy
timeout) or any database URL in ``SALVO_DATABASE_URL`` (PostgreSQL works: no SQLite-only SQL
outside the connect-time pragmas). The schema is versioned by the numbered steps in
``MIGRATIONS``; a new store applies them all, an old one the missing ones.

Tables:
- ``reports``: one row per distinct report, keyed by the hash of its content (the text, or for
  a report that comes as facts without text, its canonical record) — the same text twice is
  one report.
- ``extractions``: the records an extractor produced for a report, one per extractor version;
  the newest is current.
- ``corrections``: an analyst's change to one field of a report's record or of an attack night,
  with who, when, old, new and why. Never deleted, never overwritten by re-extraction: the
  effective record is the current extraction with the corrections applied on top.
- ``attacks``: the consolidated rows, one per attack night (written by consolidate.py). A row's
  ``conflicts`` (every disagreeing candidate of every figure: most of a row's bytes) live in their
  own column, and the row keeps only ``conflict_fields``, so reading the attack table does not
  decode them (migration 4).
- ``import_runs``: one row per ingest or import run, with its counts.
- ``counters``: ``data_version``, bumped in every write transaction (cache key for readers).
- ``sync_sources``: one row per live source `salvo.sources.sync` reads (``telegram:kpszsu``,
  ``feed:https://…``): its last success and error, the reports it added, and the lock a replica
  holds while it syncs that source (migration 5).
- ``sync_items``: every post or feed item a sync has read, by its permalink, with the hash of the
  text it had and the report it became (None: not an attack report, counted and not stored), so a
  later pass knows what is new, what was edited and what it already read (migration 5).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from extract.report import NUMERIC_FIELDS
from salvo.vocabulary import FAMILIES

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "var" / "salvo.sqlite"

# Figures of the record (SCHEMA.md) that an analyst may correct, and their kinds.
COUNT_FIELDS = NUMERIC_FIELDS  # the record's figures, as extract defines them
LIST_FIELDS = ("oblasts", "cities")
RECORD_FIELDS = ("is_attack_report", "attack_date", *COUNT_FIELDS, *LIST_FIELDS)
FAMILY_FIELDS = tuple(f"{family}_{kind}" for family in FAMILIES for kind in ("launched", "destroyed"))
ATTACK_CORRECTABLE = (*COUNT_FIELDS, *FAMILY_FIELDS, *LIST_FIELDS)
# No night has seen more than a few thousand weapons; a figure above this is a misreading (the
# extractor's own bound, extract.numbers.MAX_PLAUSIBLE). Every way into the store keeps to it.
PLAUSIBLE_MAX = 100_000
WEAPON_COUNT_KEYS = ("launched", "count", "number", "destroyed")  # as consolidate reads a weapons item


def plausible_figure(value: Any) -> int | None:
    """A figure as a whole number from 0 to PLAUSIBLE_MAX, or None when it is anything else
    (too big, infinite, negative, fractional, not a number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int) and 0 <= value <= PLAUSIBLE_MAX:
        return value
    return None


def bound_figures(record: dict[str, Any]) -> dict[str, Any]:
    """The record with every figure it carries (the counts, the family figures, each weapons
    item's counts) plausible: any other is null, with a note in the record's ``uncertain`` list
    as the extractor writes them. A record that needs no change is returned as it is."""
    notes: list[str] = []

    def checked(where: str, value: Any) -> Any:
        if value is None or plausible_figure(value) is not None:
            return value
        notes.append(f"{where}: {str(value)[:40]} is not a figure from 0 to {PLAUSIBLE_MAX:,}: "
                     "no figure taken")
        return None

    bounded = dict(record)
    for name in (*COUNT_FIELDS, *FAMILY_FIELDS):
        if name in bounded:
            bounded[name] = checked(name, bounded[name])
    weapons = bounded.get("weapons")
    if isinstance(weapons, list):
        bounded["weapons"] = [
            {key: checked(f"weapons[{index}].{key}", value) if key in WEAPON_COUNT_KEYS else value
             for key, value in item.items()} if isinstance(item, dict) else item
            for index, item in enumerate(weapons)
        ]
    if not notes:
        return record
    earlier = bounded.get("uncertain")
    bounded["uncertain"] = [*(earlier if isinstance(earlier, list) else []), *notes]
    return bounded


def database_url() -> str:
    """The store's URL: ``SALVO_DATABASE_URL`` or the SQLite file under var/."""
    return os.environ.get("SALVO_DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}"


def content_hash(text: str) -> str:
    """Identity of a report's text: whitespace-normalised, so re-saved copies are one report."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def record_hash(record: dict[str, Any], source: str | None) -> str:
    """Identity of a report that comes as facts without text (curated or official rows)."""
    canonical = json.dumps(
        {"source": source, "record": record}, sort_keys=True, ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def utcnow() -> datetime:
    return datetime.now(UTC)


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


# Numbered, append-only: never edit a step that has shipped; add the next one.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial tables", _migration_1),
    (2, "import runs record their author", _migration_2),
    (3, "reports are listed newest first by an index", _migration_3),
    (4, "attack conflicts move out of the row into their own column", _migration_4),
    (5, "live sources keep a sync status, a lock and the items they have read", _migration_5),
]


def split_conflicts(row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A consolidated row as the store keeps it: the row without ``conflicts`` but with
    ``conflict_fields`` (the sorted names of the fields in conflict), and the conflicts apart
    (None when there are none)."""
    compact = dict(row)
    conflicts = compact.pop("conflicts", None) or {}
    compact["conflict_fields"] = sorted(conflicts)
    return compact, (dict(conflicts) if conflicts else None)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
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


def _sqlite_begin(conn: Connection) -> None:
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


def _latest_extractions() -> sa.Subquery:
    """Each report's newest extraction id (a report is re-extracted by newer extractors)."""
    return (
        sa.select(extractions.c.report_id, sa.func.max(extractions.c.id).label("extraction_id"))
        .group_by(extractions.c.report_id)
        .subquery()
    )


class StoreError(ValueError):
    """A request the store refuses (unknown report, invalid correction …); nothing was written."""


@dataclass(frozen=True)
class NewReport:
    """What is known of a report before it is stored."""

    text: str | None
    kind: str = "text"
    source_url: str | None = None
    source_path: str | None = None
    outlet: str | None = None
    source_type: str = "outlet"
    published: date | None = None
    language: str | None = None
    title: str | None = None
    external_id: str | None = None

    def identity(self, record: dict[str, Any]) -> str:
        """Text reports are their text; reports without text are their stable external id
        (a corpus id, a dataset night), so a revised record of theirs is a new extraction."""
        if self.text:
            return content_hash(self.text)
        if self.external_id:
            return hashlib.sha256(f"external:{self.kind}:{self.external_id}".encode()).hexdigest()
        return record_hash(record, self.source_url)


@dataclass(frozen=True)
class SavedReport:
    report_id: int
    created: bool  # a new report
    re_extracted: bool  # an existing report got a record from another extractor version
    attack_dates: tuple[date, ...]  # nights whose consolidation this save may change


@dataclass
class Correction:
    id: int
    target: str
    report_id: int | None
    attack_date: date | None
    field: str
    old_value: Any
    new_value: Any
    reason: str
    author: str
    created_at: datetime


@dataclass
class ReportDetail:
    """One report as a page shows it: metadata, text, the effective record and its history."""

    id: int
    kind: str
    outlet: str | None
    source_type: str
    source_url: str | None
    source_path: str | None
    published: date | None
    language: str | None
    title: str | None
    text: str | None
    ingested_at: datetime
    extractor_version: str
    record: dict[str, Any]  # effective: extraction + corrections
    extracted_record: dict[str, Any]  # as the extractor returned it
    corrections: list[Correction] = field(default_factory=list)
    ingested_by: str | None = None  # the author of the import run that first stored it

    @property
    def evidence(self) -> dict[str, Any]:
        """Per-field evidence the extractor gave (character spans, sentences), if any."""
        return self.extracted_record.get("evidence") or {}

    @property
    def attack_date(self) -> date | None:
        return parse_date(self.record.get("attack_date"))


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def validate_field_value(field_name: str, value: Any, allowed: Iterable[str]) -> Any:
    """Check an analyst's value for a field; returns it normalised or raises StoreError."""
    if field_name not in allowed:
        raise StoreError(f"cannot correct unknown field {field_name!r}")
    if value is None:
        return None
    if field_name in LIST_FIELDS:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(";")]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise StoreError(f"{field_name} takes a list of names")
        return [v.strip() for v in value if v.strip()]
    if field_name == "attack_date":
        parsed = parse_date(value)
        if parsed is None:
            raise StoreError(f"attack_date must be a date (YYYY-MM-DD), got {value!r}")
        return parsed.isoformat()
    if field_name == "is_attack_report":
        if not isinstance(value, bool):
            raise StoreError("is_attack_report takes true or false")
        return value
    if isinstance(value, bool):
        raise StoreError(f"{field_name} takes a whole number")
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise StoreError(f"{field_name} takes a whole number, got {value!r}") from None
    if number != value and str(number) != str(value).strip():
        raise StoreError(f"{field_name} takes a whole number, got {value!r}")
    if number < 0:
        raise StoreError(f"{field_name} cannot be negative")
    if number > PLAUSIBLE_MAX:
        raise StoreError(f"{field_name} cannot be above {PLAUSIBLE_MAX:,} (no night has come near it)")
    return number


def _json_loads(value: str | bytes) -> Any:
    """The store's JSON decoder: orjson, about twice as fast as json on the records and attack
    rows (the attack table's read at archive scale is mostly decoding)."""
    if not isinstance(value, str | bytes):
        # SQLite hands back a JSON column holding a bare number as that number; SQLAlchemy's
        # SQLite JSON type expects json's TypeError for it and then keeps the number.
        raise TypeError(f"JSON text expected, not {type(value).__name__}")
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        # Python's json wrote Infinity and NaN, which orjson refuses; json reads them back (and
        # the table shows such a figure as unreadable) so one stored value cannot stop a read.
        return json.loads(value)


class Store:
    """A handle on the database. Cheap to share: one per process (see `get_store`)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or database_url()
        sa_url = sa.engine.make_url(self.url)
        self.is_sqlite = sa_url.get_backend_name() == "sqlite"
        if self.is_sqlite and sa_url.database not in (None, "", ":memory:"):
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(self.url, json_deserializer=_json_loads)
        self._batch = threading.local()  # the connection of this thread's open batch, if any
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            sa.event.listen(self.engine, "begin", _sqlite_begin)
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # --- transactions -------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; bumps data_version so cached readers see the change.

        Inside `batch()` it is a savepoint of the batch's transaction instead: a failed write
        still undoes only itself."""
        batch_conn = getattr(self._batch, "conn", None)
        if batch_conn is not None:
            with batch_conn.begin_nested():
                yield batch_conn
            return
        with write_transaction(self.engine) as conn:
            yield conn
            self._bump_version(conn)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group this thread's writes into one transaction: one commit and one data_version bump
        for a few hundred reports instead of one each (ingest's bulk path). Readers see the batch
        when it commits; an exception rolls back what the batch wrote.

        A batch is also the store's write lock: reads inside it (`reading`) see the batch's own
        writes, and no other writer commits between them and the batch's writes — SQLite's
        BEGIN IMMEDIATE takes the database's lock; elsewhere an advisory lock held to the commit
        does. Consolidation reads a night and writes its row in one batch, so two writers can
        never interleave there (a row listing one of a night's two reports)."""
        if getattr(self._batch, "conn", None) is not None:
            yield  # already in a batch: join it
            return
        with write_transaction(self.engine) as conn:
            if not self.is_sqlite:
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": BATCH_LOCK_KEY})
            self._batch.conn = conn
            try:
                yield
                self._bump_version(conn)
            finally:
                self._batch.conn = None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection to read with: this thread's batch, when one is open (so the read sees
        what the batch wrote and happens under its lock), else a fresh one."""
        batch_conn = getattr(self._batch, "conn", None)
        if batch_conn is not None:
            yield batch_conn
            return
        with self.engine.connect() as conn:
            yield conn

    @staticmethod
    def _bump_version(conn: Connection) -> None:
        conn.execute(
            sa.update(counters).where(counters.c.name == "data_version").values(value=counters.c.value + 1)
        )

    def data_version(self) -> int:
        """A number that changes on every write: the cache key for anything read from the store."""
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    sa.select(counters.c.value).where(counters.c.name == "data_version")
                ).scalar_one()
            )

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar_one())

    # --- import runs --------------------------------------------------------------------------

    def start_run(self, kind: str, source: str | None, author: str | None = None) -> int:
        """Open an import run; ``author`` is who made it (an editor's name, ``cli:user@host``)."""
        with self.write() as conn:
            return int(
                conn.execute(
                    sa.insert(import_runs).values(
                        kind=kind, source=source, started_at=utcnow(), added=0, skipped=0, failed=0,
                        author=(author or "").strip()[:200] or None,
                    )
                ).inserted_primary_key[0]
            )

    def finish_run(
        self, run_id: int, *, added: int, skipped: int, failed: int, details: dict[str, Any] | None = None
    ) -> None:
        with self.write() as conn:
            conn.execute(
                sa.update(import_runs)
                .where(import_runs.c.id == run_id)
                .values(finished_at=utcnow(), added=added, skipped=skipped, failed=failed, details=details)
            )

    def import_runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(import_runs).order_by(import_runs.c.id)).mappings().all()
        return [dict(row) for row in rows]

    # --- reports ------------------------------------------------------------------------------

    def find_report(self, identity: str) -> tuple[int, str] | None:
        """(report id, current extractor version) of the report with this content hash, if stored."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(reports.c.id, extractions.c.extractor_version)
                .join(extractions, extractions.c.report_id == reports.c.id)
                .where(reports.c.content_hash == identity)
                .order_by(extractions.c.id.desc())
                .limit(1)
            ).first()
        return (int(row[0]), str(row[1])) if row else None

    def save_report(
        self, report: NewReport, record: dict[str, Any], extractor_version: str, run_id: int | None = None
    ) -> SavedReport:
        """Store a report and its record in one transaction.

        The same content again adds nothing; with another extractor version (or, for a report
        without text, a revised record) it adds a new extraction, which becomes current.
        Corrections stay as they are: they apply on top.
        """
        record = json.loads(json.dumps(record, default=str))  # as the database will give it back
        try:
            return self._save_report(report, record, extractor_version, run_id)
        except sa.exc.IntegrityError:
            # Another process stored the same content between our check and our insert:
            # the second attempt finds it and behaves as for any known report.
            return self._save_report(report, record, extractor_version, run_id)

    def _save_report(
        self, report: NewReport, record: dict[str, Any], extractor_version: str, run_id: int | None
    ) -> SavedReport:
        identity = report.identity(record)
        record_date = parse_date(record.get("attack_date"))
        with self.write() as conn:
            existing = conn.execute(
                sa.select(reports.c.id).where(reports.c.content_hash == identity)
            ).scalar_one_or_none()
            if existing is None:
                report_id = int(
                    conn.execute(
                        sa.insert(reports).values(
                            content_hash=identity,
                            kind=report.kind,
                            external_id=report.external_id,
                            source_url=report.source_url,
                            source_path=report.source_path,
                            outlet=report.outlet,
                            source_type=report.source_type,
                            published=report.published,
                            language=report.language,
                            title=report.title,
                            text=report.text,
                            ingested_at=utcnow(),
                            import_run_id=run_id,
                        )
                    ).inserted_primary_key[0]
                )
                previous = None
            else:
                report_id = int(existing)
                previous = conn.execute(
                    sa.select(extractions.c.extractor_version, extractions.c.record)
                    .where(extractions.c.report_id == report_id)
                    .order_by(extractions.c.id.desc())
                    .limit(1)
                ).first()
                if previous is not None and previous[0] == extractor_version and previous[1] == record:
                    return SavedReport(report_id, created=False, re_extracted=False, attack_dates=())
            conn.execute(
                sa.insert(extractions).values(
                    report_id=report_id,
                    extractor_version=extractor_version,
                    record=record,
                    attack_date=record_date,
                    created_at=utcnow(),
                )
            )
            effective_date = parse_date(
                _apply_corrections(record, self._report_corrections(conn, report_id)).get("attack_date")
            )
        dates = {d for d in (record_date, effective_date) if d}
        if previous is not None:
            old_date = parse_date(previous[1].get("attack_date"))
            if old_date:
                dates.add(old_date)
        return SavedReport(
            report_id,
            created=existing is None,
            re_extracted=existing is not None,
            attack_dates=tuple(sorted(dates)),
        )

    def count_reports(self, kind: str | None = None) -> int:
        """How many reports are stored; with ``kind`` (text, curated, official), of that kind."""
        query = sa.select(sa.func.count()).select_from(reports)
        if kind is not None:
            query = query.where(reports.c.kind == kind)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def list_reports(
        self, *, attack_date: date | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Reports newest first with their effective attack date and headline figures (no text)."""
        details = self._effective_records(attack_date=attack_date)
        details.sort(key=lambda r: (r["published"] or date.min, r["id"]), reverse=True)
        return details[:limit] if limit else details

    def source_urls(self, report_ids: Iterable[int]) -> dict[int, str]:
        """report id -> its source URL, for the reports given that have one (exports carry them)."""
        wanted = sorted(set(report_ids))
        urls: dict[int, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    sa.select(reports.c.id, reports.c.source_url)
                    .where(reports.c.id.in_(wanted[start : start + 500]), reports.c.source_url.is_not(None))
                ).all()
                urls.update((row.id, row.source_url) for row in rows)
        return urls

    HEADLINE_FIELDS = ("is_attack_report", "attack_date", "total_launched", "total_destroyed", "oblasts")

    def list_report_headlines(self) -> list[dict[str, Any]]:
        """`list_reports` for a listing: every report newest first, its record cut to
        HEADLINE_FIELDS (corrections applied). The database picks the fields out of each record,
        so an archive of 100,000 reports is read without decoding 100,000 full records."""
        with self.engine.connect() as conn:
            rows = conn.execute(self._headline_query()).all()
            all_corrections = self._all_report_corrections(conn)
        result = [self._headline(row, all_corrections.get(row.id, [])) for row in rows]
        result.sort(key=lambda r: (r["published"] or date.min, r["id"]), reverse=True)
        return result

    def report_headline_page(
        self, *, start: date | None = None, end: date | None = None, source_types: Iterable[str] = (),
        limit: int = 100, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """One page of `list_report_headlines` (newest first: published, then id), keeping the
        reports whose effective attack night lies in [start, end] and whose source type is one of
        ``source_types`` (empty: any). Only the page's rows are read, so its cost does not grow
        with the archive."""
        limit, offset = max(int(limit), 0), max(int(offset), 0)
        with self.engine.connect() as conn:
            ids_query = (
                self._headline_filter(conn, sa.select(reports.c.id), start, end, tuple(source_types))
                .order_by(sa.nulls_last(reports.c.published.desc()), reports.c.id.desc())
                .limit(limit).offset(offset)
            )
            page_ids = list(conn.execute(ids_query).scalars())
            if not page_ids:
                return []
            rows = conn.execute(self._headline_query().where(reports.c.id.in_(page_ids))).all()
            page_corrections = self._report_corrections_of(conn, page_ids)
        by_id = {row.id: self._headline(row, page_corrections.get(row.id, [])) for row in rows}
        return [by_id[report_id] for report_id in page_ids]

    def count_report_headlines(
        self, *, start: date | None = None, end: date | None = None, source_types: Iterable[str] = (),
    ) -> int:
        """How many reports `report_headline_page` pages through with the same filters."""
        with self.engine.connect() as conn:
            query = self._headline_filter(
                conn, sa.select(sa.func.count()).select_from(reports), start, end, tuple(source_types))
            return int(conn.execute(query).scalar_one())

    def _headline_filter(
        self, conn: Connection, query: sa.Select, start: date | None, end: date | None,
        source_types: tuple[str, ...],
    ) -> sa.Select:
        """``query`` over reports that have an extraction, restricted to the listing's filters."""
        latest = _latest_extractions()
        query = query.join(latest, latest.c.report_id == reports.c.id)
        if source_types:
            query = query.where(reports.c.source_type.in_(source_types))
        if start is None and end is None:
            return query
        # The night is the extraction's, unless an analyst corrected it: the few corrected
        # reports are dated here from their latest correction and matched by id.
        redated: dict[int, date | None] = {}
        for row in conn.execute(
            sa.select(corrections.c.report_id, corrections.c.new_value)
            .where(corrections.c.target == "report", corrections.c.field == "attack_date")
            .order_by(corrections.c.id)
        ):
            redated[row.report_id] = parse_date(row.new_value)
        in_range = [report_id for report_id, night in redated.items() if night is not None
                    and (start is None or night >= start) and (end is None or night <= end)]
        extracted = extractions.c.attack_date
        night_matches = sa.and_(
            extracted.is_not(None),
            extracted >= start if start is not None else sa.true(),
            extracted <= end if end is not None else sa.true(),
        )
        query = query.join(extractions, extractions.c.id == latest.c.extraction_id)
        unchanged = sa.and_(reports.c.id.not_in(sorted(redated)), night_matches) if redated else night_matches
        return query.where(sa.or_(unchanged, reports.c.id.in_(in_range)) if in_range else unchanged)

    @staticmethod
    def _headline_query() -> sa.Select:
        record = extractions.c.record
        latest = _latest_extractions()
        return (
            sa.select(
                reports.c.id, reports.c.kind, reports.c.outlet, reports.c.source_type, reports.c.source_url,
                reports.c.published, reports.c.title, reports.c.language, reports.c.external_id,
                extractions.c.extractor_version,
                record["is_attack_report"].as_boolean().label("is_attack_report"),
                record["attack_date"].as_string().label("attack_date"),
                record["total_launched"].as_integer().label("total_launched"),
                record["total_destroyed"].as_integer().label("total_destroyed"),
                record["oblasts"].as_json().label("oblasts"),
            )
            .join(latest, latest.c.report_id == reports.c.id)
            .join(extractions, extractions.c.id == latest.c.extraction_id)
        )

    def _headline(self, row: Any, report_corrections: list[Correction]) -> dict[str, Any]:
        extracted = {name: getattr(row, name) for name in self.HEADLINE_FIELDS}
        headline = _apply_corrections(extracted, report_corrections)
        headline = {name: headline.get(name) for name in self.HEADLINE_FIELDS}
        return {
            "id": row.id, "kind": row.kind, "outlet": row.outlet, "source_type": row.source_type,
            "source_url": row.source_url, "published": row.published, "title": row.title,
            "language": row.language, "external_id": row.external_id,
            "extractor_version": row.extractor_version,
            "attack_date": parse_date(headline["attack_date"]),
            "record": headline,
            "corrected_fields": sorted({c.field for c in report_corrections}),
        }

    def get_report(self, report_id: int) -> ReportDetail:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(reports).where(reports.c.id == report_id)).mappings().first()
            if row is None:
                raise StoreError(f"no report {report_id}")
            extraction = conn.execute(
                sa.select(extractions.c.extractor_version, extractions.c.record)
                .where(extractions.c.report_id == report_id)
                .order_by(extractions.c.id.desc())
                .limit(1)
            ).first()
            report_corrections = self._report_corrections(conn, report_id)
            ingested_by = None
            if row["import_run_id"] is not None:
                ingested_by = conn.execute(
                    sa.select(import_runs.c.author).where(import_runs.c.id == row["import_run_id"])
                ).scalar_one_or_none()
        record = dict(extraction[1]) if extraction else {}
        return ReportDetail(
            id=row["id"],
            kind=row["kind"],
            outlet=row["outlet"],
            source_type=row["source_type"],
            source_url=row["source_url"],
            source_path=row["source_path"],
            published=row["published"],
            language=row["language"],
            title=row["title"],
            text=row["text"],
            ingested_at=row["ingested_at"],
            extractor_version=extraction[0] if extraction else "",
            record=_apply_corrections(record, report_corrections),
            extracted_record=record,
            corrections=report_corrections,
            ingested_by=ingested_by,
        )

    def effective_records(self, attack_dates: Iterable[date] | None = None) -> list[dict[str, Any]]:
        """Every report's metadata with its effective record, for consolidation.

        With ``attack_dates``, only reports whose effective record falls on one of those nights.
        """
        return self._effective_records(nights=set(attack_dates) if attack_dates is not None else None)

    def _effective_records(
        self, attack_date: date | None = None, nights: set[date] | None = None
    ) -> list[dict[str, Any]]:
        """Reports with their effective records; with ``nights``/``attack_date`` only those nights'.

        The database narrows by the extraction's own date; reports whose date an analyst
        corrected are always read, then everything is filtered on the effective date.
        """
        wanted = nights if nights is not None else ({attack_date} if attack_date is not None else None)
        latest = _latest_extractions()
        query = (
            sa.select(
                reports.c.id,
                reports.c.kind,
                reports.c.outlet,
                reports.c.source_type,
                reports.c.source_url,
                reports.c.published,
                reports.c.title,
                reports.c.language,
                reports.c.external_id,
                extractions.c.extractor_version,
                extractions.c.record,
            )
            .join(latest, latest.c.report_id == reports.c.id)
            .join(extractions, extractions.c.id == latest.c.extraction_id)
        )
        if wanted is not None and len(wanted) <= 500:
            redated = sa.select(corrections.c.report_id).where(corrections.c.field == "attack_date")
            query = query.where(
                sa.or_(extractions.c.attack_date.in_(sorted(wanted)), reports.c.id.in_(redated))
            )
        with self.reading() as conn:
            rows = conn.execute(query).mappings().all()
            all_corrections = self._all_report_corrections(conn)
        result = []
        for row in rows:
            report_corrections = all_corrections.get(row["id"], [])
            record = _apply_corrections(dict(row["record"]), report_corrections)
            night = parse_date(record.get("attack_date"))
            if wanted is not None and night not in wanted:
                continue
            result.append(
                {
                    "id": row["id"],
                    "kind": row["kind"],
                    "outlet": row["outlet"],
                    "source_type": row["source_type"],
                    "source_url": row["source_url"],
                    "published": row["published"],
                    "title": row["title"],
                    "language": row["language"],
                    "external_id": row["external_id"],
                    "extractor_version": row["extractor_version"],
                    "attack_date": night,
                    "record": record,
                    "corrected_fields": sorted({c.field for c in report_corrections}),
                }
            )
        return result

    # --- corrections --------------------------------------------------------------------------

    def correct_report(
        self, report_id: int, field_name: str, new_value: Any, *, reason: str, author: str
    ) -> Correction:
        """Record an analyst's change to one field of a report's record (kept across re-extraction)."""
        value = validate_field_value(field_name, new_value, RECORD_FIELDS)
        reason, author = _require_reason(reason, author)
        detail = self.get_report(report_id)
        old = detail.record.get(field_name)
        return self._insert_correction(
            target="report", report_id=report_id, attack_date=None, field=field_name,
            old_value=old, new_value=value, reason=reason, author=author,
        )

    def correct_attack(
        self,
        attack_date: date,
        field_name: str,
        new_value: Any,
        *,
        reason: str,
        author: str,
        old_value: Any = None,
    ) -> Correction:
        """Record an analyst's change to one figure of an attack night (applied after consolidation)."""
        value = validate_field_value(field_name, new_value, ATTACK_CORRECTABLE)
        reason, author = _require_reason(reason, author)
        return self._insert_correction(
            target="attack", report_id=None, attack_date=attack_date, field=field_name,
            old_value=old_value, new_value=value, reason=reason, author=author,
        )

    def _insert_correction(self, **values: Any) -> Correction:
        with self.write() as conn:
            result = conn.execute(sa.insert(corrections).values(**values, created_at=utcnow()))
            correction_id = int(result.inserted_primary_key[0])
        return self._correction(correction_id)

    def corrections(
        self, *, report_id: int | None = None, attack_date: date | None = None
    ) -> list[Correction]:
        """The audit trail, oldest first; filtered to one report or one attack night if asked."""
        query = sa.select(corrections).order_by(corrections.c.id)
        if report_id is not None:
            query = query.where(corrections.c.report_id == report_id)
        if attack_date is not None:
            query = query.where(corrections.c.attack_date == attack_date)
        with self.reading() as conn:
            return [_as_correction(row) for row in conn.execute(query).mappings()]

    def attack_corrections(self) -> dict[date, list[Correction]]:
        result: dict[date, list[Correction]] = {}
        for correction in self.corrections():
            if correction.target == "attack" and correction.attack_date:
                result.setdefault(correction.attack_date, []).append(correction)
        return result

    def _correction(self, correction_id: int) -> Correction:
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(corrections).where(corrections.c.id == correction_id)).mappings().one()
            )
        return _as_correction(row)

    @staticmethod
    def _report_corrections(conn: Connection, report_id: int) -> list[Correction]:
        rows = conn.execute(
            sa.select(corrections).where(corrections.c.report_id == report_id).order_by(corrections.c.id)
        ).mappings()
        return [_as_correction(row) for row in rows]

    @staticmethod
    def _report_corrections_of(conn: Connection, report_ids: list[int]) -> dict[int, list[Correction]]:
        rows = conn.execute(
            sa.select(corrections)
            .where(corrections.c.target == "report", corrections.c.report_id.in_(report_ids))
            .order_by(corrections.c.id)
        ).mappings()
        result: dict[int, list[Correction]] = {}
        for row in rows:
            result.setdefault(row["report_id"], []).append(_as_correction(row))
        return result

    @staticmethod
    def _all_report_corrections(conn: Connection) -> dict[int, list[Correction]]:
        rows = conn.execute(
            sa.select(corrections).where(corrections.c.target == "report").order_by(corrections.c.id)
        ).mappings()
        result: dict[int, list[Correction]] = {}
        for row in rows:
            result.setdefault(row["report_id"], []).append(_as_correction(row))
        return result

    # --- live sources (salvo.sources.sync) -------------------------------------------------------------

    def find_report_by_url(self, url: str) -> tuple[int, str] | None:
        """(id, content hash) of the earliest report stored from this address, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(reports.c.id, reports.c.content_hash)
                .where(reports.c.source_url == url).order_by(reports.c.id).limit(1)
            ).first()
        return (int(row[0]), str(row[1])) if row else None

    def revise_report(
        self, report_id: int, text: str, record: dict[str, Any], extractor_version: str,
        run_id: int | None = None,
    ) -> SavedReport:
        """A post edited at its source: the report takes the new text and its record becomes the
        current extraction (the old ones stay, as after any re-extraction; corrections apply on
        top). StoreError when another report already holds that text."""
        record = json.loads(json.dumps(record, default=str))
        identity = content_hash(text)
        record_date = parse_date(record.get("attack_date"))
        try:
            with self.write() as conn:
                previous = conn.execute(
                    sa.select(extractions.c.record).where(extractions.c.report_id == report_id)
                    .order_by(extractions.c.id.desc()).limit(1)
                ).scalar_one_or_none()
                updated = conn.execute(
                    sa.update(reports).where(reports.c.id == report_id)
                    .values(text=text, content_hash=identity, import_run_id=run_id)
                )
                if updated.rowcount != 1:
                    raise StoreError(f"no report {report_id}")
                conn.execute(sa.insert(extractions).values(
                    report_id=report_id, extractor_version=extractor_version, record=record,
                    attack_date=record_date, created_at=utcnow(),
                ))
                effective_date = parse_date(
                    _apply_corrections(record, self._report_corrections(conn, report_id)).get("attack_date")
                )
        except sa.exc.IntegrityError:
            raise StoreError(f"report {report_id}: another report already holds the revised text") from None
        old_date = parse_date((previous or {}).get("attack_date"))
        dates = {d for d in (record_date, effective_date, old_date) if d}
        return SavedReport(report_id, created=False, re_extracted=True, attack_dates=tuple(sorted(dates)))

    def sync_item(self, item_url: str) -> dict[str, Any] | None:
        """What a sync read at this address last time (source, content_hash, report_id, seen_at)."""
        with self.engine.connect() as conn:
            query = sa.select(sync_items).where(sync_items.c.item_url == item_url)
            row = conn.execute(query).mappings().first()
        return dict(row) if row else None

    def sync_items_of(self, item_urls: Iterable[str]) -> dict[str, dict[str, Any]]:
        """`sync_item` for many addresses at once (absent ones left out)."""
        wanted = sorted(set(item_urls))
        result: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    sa.select(sync_items).where(sync_items.c.item_url.in_(wanted[start : start + 500]))
                ).mappings()
                result.update((row["item_url"], dict(row)) for row in rows)
        return result

    def record_sync_item(
        self, item_url: str, source: str, text_hash: str | None, report_id: int | None
    ) -> None:
        """Remember that a sync read this item (inside the pass's batch: stored with its report)."""
        with self.write() as conn:
            values = {"source": source, "content_hash": text_hash, "report_id": report_id,
                      "seen_at": utcnow()}
            updated = conn.execute(
                sa.update(sync_items).where(sync_items.c.item_url == item_url).values(**values)
            )
            if updated.rowcount == 0:
                conn.execute(sa.insert(sync_items).values(item_url=item_url, **values))

    def _ensure_sync_source(self, source: str) -> None:
        try:
            with self.write() as conn:
                exists = conn.execute(
                    sa.select(sync_sources.c.source).where(sync_sources.c.source == source)
                ).first()
                if exists is None:
                    conn.execute(sa.insert(sync_sources).values(source=source, reports_added=0, last_added=0,
                                                               last_revised=0, last_not_attack=0))
        except sa.exc.IntegrityError:
            pass  # another replica added the row between our check and our insert: it exists

    def acquire_sync_lock(self, source: str, owner: str, seconds: float) -> bool:
        """Take the lock on syncing ``source`` for ``seconds`` unless another owner holds an
        unexpired one; True when taken. One conditional UPDATE, so two replicas never both win."""
        owner = owner[:200]
        self._ensure_sync_source(source)
        now = utcnow()
        expires = now + timedelta(seconds=seconds)
        with self.write() as conn:
            taken = conn.execute(
                sa.update(sync_sources)
                .where(sync_sources.c.source == source)
                .where(sa.or_(sync_sources.c.lock_owner.is_(None), sync_sources.c.lock_owner == owner,
                              sync_sources.c.lock_expires_at < now))
                .values(lock_owner=owner, lock_expires_at=expires)
            )
            return taken.rowcount == 1

    def release_sync_lock(self, source: str, owner: str) -> None:
        with self.write() as conn:
            conn.execute(
                sa.update(sync_sources)
                .where(sync_sources.c.source == source, sync_sources.c.lock_owner == owner[:200])
                .values(lock_owner=None, lock_expires_at=None)
            )

    def record_sync_status(
        self, source: str, *, succeeded: bool, error: str | None = None, added: int = 0, revised: int = 0,
        not_attack: int = 0,
    ) -> None:
        """The outcome of one pass over ``source``: a success with its counts (``error`` then notes
        items that could not be read), or a failure and its error."""
        self._ensure_sync_source(source)
        now = utcnow()
        values: dict[str, Any] = {"last_attempt_at": now, "last_error": error[:2000] if error else None}
        if error:
            values["last_error_at"] = now
        if succeeded:
            values.update(last_success_at=now, last_added=added, last_revised=revised,
                          last_not_attack=not_attack, reports_added=sync_sources.c.reports_added + added)
        with self.write() as conn:
            conn.execute(sa.update(sync_sources).where(sync_sources.c.source == source).values(**values))

    def sync_statuses(self) -> list[dict[str, Any]]:
        """Every source's sync status, by source; times as aware UTC datetimes."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(sync_sources).order_by(sync_sources.c.source)).mappings().all()
        result = []
        for row in rows:
            status = dict(row)
            for name in ("last_attempt_at", "last_success_at", "last_error_at", "lock_expires_at"):
                if status[name] is not None and status[name].tzinfo is None:  # SQLite keeps no zone
                    status[name] = status[name].replace(tzinfo=UTC)
            result.append(status)
        return result

    # --- attacks ------------------------------------------------------------------------------

    def replace_attacks(
        self, rows: dict[date, tuple[dict[str, Any], list[int]]], nights: Iterable[date] | None
    ) -> None:
        """Write consolidated rows (as consolidate.consolidate_night makes them, conflicts included:
        they are stored apart, see `split_conflicts`). ``nights`` None replaces every row; otherwise
        only those nights (a night in ``nights`` but not in ``rows`` has no reports left and is
        removed)."""
        with self.write() as conn:
            if nights is None:
                conn.execute(sa.delete(attacks))
            else:
                night_list = sorted(set(nights))
                for start in range(0, len(night_list), 500):
                    conn.execute(
                        sa.delete(attacks).where(attacks.c.attack_date.in_(night_list[start : start + 500]))
                    )
            now = utcnow()
            payload = []
            for night, (row, report_ids) in sorted(rows.items()):
                compact, night_conflicts = split_conflicts(row)
                payload.append({"attack_date": night, "row": compact, "conflicts": night_conflicts,
                                "report_ids": report_ids, "computed_at": now})
            if payload:
                conn.execute(sa.insert(attacks), payload)

    def attack_rows(self) -> list[dict[str, Any]]:
        """The stored consolidated rows, by night; each a dict of attack-table columns
        (``conflict_fields``, not the conflicts: `get_attack` and `attack_conflicts` give those)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(attacks.c.row).order_by(attacks.c.attack_date)).scalars().all()
        return [dict(row) for row in rows]

    def get_attack(self, attack_date: date) -> dict[str, Any] | None:
        """One night's consolidated row with its full ``conflicts`` (field -> every disagreeing
        candidate; {} when none) and the ids of its reports."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(attacks.c.row, attacks.c.conflicts, attacks.c.report_ids)
                    .where(attacks.c.attack_date == attack_date)
                )
                .mappings()
                .first()
            )
        if row is None:
            return None
        conflicts = dict(row["conflicts"] or {})
        return {**row["row"], "conflicts": conflicts, "report_ids": list(row["report_ids"])}

    def attack_conflicts(self, nights: Iterable[date] | None = None) -> dict[date, dict[str, Any]]:
        """night -> its conflicts (field -> every disagreeing candidate: value, source,
        source_type, report_id, bound; the chosen value first), for the nights that have any;
        all nights, or only those of ``nights``. For exports: the attack table carries only
        ``conflict_fields``."""
        query = sa.select(attacks.c.attack_date, attacks.c.conflicts).where(attacks.c.conflicts.is_not(None))
        if nights is None:
            queries = [query]
        else:
            wanted = sorted(set(nights))
            queries = [query.where(attacks.c.attack_date.in_(wanted[start : start + 500]))
                       for start in range(0, len(wanted), 500)]
        result: dict[date, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in queries:
                result.update((night, dict(conflicts)) for night, conflicts in conn.execute(part))
        return dict(sorted(result.items()))


def _require_reason(reason: str, author: str) -> tuple[str, str]:
    reason = (reason or "").strip()
    author = (author or "").strip()
    if not reason:
        raise StoreError("a correction needs a reason")
    if not author:
        raise StoreError("a correction needs an author")
    return reason, author


def _as_correction(row: Any) -> Correction:
    return Correction(
        id=row["id"],
        target=row["target"],
        report_id=row["report_id"],
        attack_date=row["attack_date"],
        field=row["field"],
        old_value=row["old_value"],
        new_value=row["new_value"],
        reason=row["reason"],
        author=row["author"],
        created_at=row["created_at"],
    )


def _apply_corrections(record: dict[str, Any], report_corrections: list[Correction]) -> dict[str, Any]:
    """The record with each corrected field set to its latest correction."""
    if not report_corrections:
        return record
    corrected = dict(record)
    for correction in report_corrections:  # oldest first: the latest wins
        corrected[correction.field] = correction.new_value
    return corrected
