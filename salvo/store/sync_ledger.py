"""What the live-source sync (salvo.sources.sync) keeps in the store: the items it read and each
source's lock and status."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, timedelta
from typing import Any

import sqlalchemy as sa

from salvo.store.connection import StoreConnection
from salvo.store.records import utcnow
from salvo.store.schema import sync_items, sync_sources


class SyncLedger(StoreConnection):
    """The sync's items, locks and statuses (a part of `salvo.store.Store`)."""

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
