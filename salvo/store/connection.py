"""A handle on the database: the engine, its migrations applied, and the transactions and
versions every part of the store shares (salvo.store.database builds the Store on it)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from salvo.store.records import database_url
from salvo.store.schema import (
    BATCH_LOCK_KEY,
    counters,
    migrate,
    schema_migrations,
    sqlite_begin,
    sqlite_pragmas,
    write_transaction,
)


def json_loads(value: str | bytes) -> Any:
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


class StoreConnection:
    """The engine and its transactions; cheap to share: one per process."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or database_url()
        sa_url = sa.engine.make_url(self.url)
        self.is_sqlite = sa_url.get_backend_name() == "sqlite"
        if self.is_sqlite and sa_url.database not in (None, "", ":memory:"):
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine = sa.create_engine(self.url, json_deserializer=json_loads)
        self._batch = threading.local()  # the connection of this thread's open batch, if any
        if self.is_sqlite:
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
            sa.event.listen(self.engine, "begin", sqlite_begin)
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

    def counter(self, name: str) -> int | None:
        """A named counter's value (see `set_counter`), None when never set."""
        with self.engine.connect() as conn:
            query = sa.select(counters.c.value).where(counters.c.name == name)
            return conn.execute(query).scalar_one_or_none()

    def set_counter(self, name: str, value: int) -> None:
        """Set a named counter (for instance the consolidation rules' version the rows were made by)."""
        with self.write() as conn:
            updated = conn.execute(sa.update(counters).where(counters.c.name == name).values(value=value))
            if updated.rowcount == 0:
                conn.execute(sa.insert(counters).values(name=name, value=value))

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
