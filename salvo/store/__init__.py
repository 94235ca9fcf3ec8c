"""The one package that owns storage: all of Salvo's SQL is here. Everything else reads and writes
through `Store` and the typed values this module exports.

- ``records``: field lists, identities, the typed values (NewReport, SavedReport, SaveTally,
  Correction, ReportDetail) and the checks on an analyst's values; no SQL.
- ``schema``: the tables, their numbered migrations and the write transaction.
- ``connection``: the engine and its transactions and versions (`StoreConnection`).
- ``sync_ledger``: what the live-source sync keeps (`SyncLedger`, a part of Store).
- ``login_ledger``: wrong editor passwords counted per name and address (`LoginLedger`, a part of
  Store), for salvo.dashboard.auth's throttle.
- ``database``: `Store`, every read and write of reports, corrections, runs and attack rows.

SQLAlchemy Core over SQLite by default (``var/salvo.sqlite``; WAL, foreign keys, a busy
timeout) or any database URL in ``SALVO_DATABASE_URL`` (PostgreSQL works: no SQLite-only SQL
outside the connect-time pragmas). The schema is versioned by the numbered steps in
``MIGRATIONS``; a new store applies them all, an old one the missing ones.

Tables:
- ``reports``: one row per distinct report, keyed by the hash of its content (the text, or for
  a report that comes as facts without text, its canonical record) — the same text twice is
  one report. Indexed by (published, id) for the Reports page (migration 3) and by kind for the
  Overview's count of official reports (migration 9).
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
- ``annotations``: an editor's dated note (a delivery of air defence, a change in reporting) with
  who wrote it and when; the timelines and exports show them (migration 6).
- ``counters``: ``data_version``, bumped in every write transaction (cache key for readers).
- ``sync_sources``: one row per live source `salvo.sources.sync` reads (``telegram:kpszsu``,
  ``feed:https://…``): its last success and error, the reports it added, and the lock a replica
  holds while it syncs that source (migration 5).
- ``sync_items``: every post or feed item a sync has read, by its permalink, with the hash of the
  text it had and the report it became (None: not an attack report, counted and not stored), so a
  later pass knows what is new, what was edited and what it already read (migration 5).
- ``login_failures``: wrong editor passwords per ``name:`` or ``address:`` key, with the time of
  the last, so every replica of the server refuses the same tries; a count expires an hour (the
  throttle's ``forget_after``) after its last failure (migration 7).
"""

from salvo.store.database import Store
from salvo.store.records import (
    ANNOTATION_MAX_LENGTH,
    ATTACK_CORRECTABLE,
    COUNT_FIELDS,
    DEFAULT_SQLITE_PATH,
    FAMILY_FIELDS,
    HIT_FIELDS,
    HIT_KEYS,
    LIST_FIELDS,
    PLAUSIBLE_MAX,
    PROJECT_ROOT,
    RECORD_FIELDS,
    Annotation,
    Correction,
    NewReport,
    ReportDetail,
    SavedReport,
    SaveTally,
    StoreError,
    bound_attack_date,
    bound_figures,
    content_hash,
    database_url,
    night_out_of_range,
    parse_date,
    plausible_figure,
    record_hash,
    utcnow,
    validate_field_value,
    without_bidi_controls,
)
from salvo.store.schema import MIGRATIONS, migrate, split_conflicts, write_transaction

__all__ = [
    "ANNOTATION_MAX_LENGTH", "ATTACK_CORRECTABLE", "COUNT_FIELDS", "DEFAULT_SQLITE_PATH", "FAMILY_FIELDS",
    "HIT_FIELDS", "HIT_KEYS",
    "LIST_FIELDS", "MIGRATIONS", "PLAUSIBLE_MAX", "PROJECT_ROOT", "RECORD_FIELDS", "Annotation", "Correction",
    "NewReport",
    "ReportDetail", "SaveTally", "SavedReport", "Store", "StoreError", "bound_attack_date", "bound_figures",
    "content_hash",
    "database_url", "migrate", "night_out_of_range", "parse_date", "plausible_figure", "record_hash",
    "split_conflicts",
    "utcnow", "validate_field_value", "without_bidi_controls", "write_transaction",
]
