"""What the editors' sign-in keeps in the store: wrong passwords counted per name and per client
address (salvo.dashboard.auth.LoginThrottle decides how long each must wait), so a restart or
another replica of the server gives no one fresh tries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import sqlalchemy as sa

from salvo.store.connection import StoreConnection
from salvo.store.schema import login_failures, write_transaction

KEY_LENGTH = 300  # the column's width: a longer key (a very long name) is cut to it


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)  # SQLite keeps no zone


class LoginLedger(StoreConnection):
    """Wrong-password counts with their expiry (a part of `salvo.store.Store`).

    A count expires ``since`` its last failure: one whose last failure is older reads as none and
    starts again at one. The writes leave ``data_version`` alone: a wrong password changes no data,
    so no reader's cache is thrown away for it.
    """

    def login_failures(self, keys: Iterable[str], since: datetime) -> dict[str, tuple[int, datetime]]:
        """Each key's (failures, last failure) whose last failure is at or after ``since``;
        keys with none, or only expired ones, are left out."""
        wanted = sorted({key[:KEY_LENGTH] for key in keys})
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(login_failures).where(
                    login_failures.c.throttle_key.in_(wanted), login_failures.c.last_failure_at >= since
                )
            ).all()
        return {row.throttle_key: (row.failures, _aware(row.last_failure_at)) for row in rows}

    def record_login_failure(self, keys: Iterable[str], at: datetime, since: datetime) -> None:
        """One more wrong password for each key, at ``at``; a count last added to before ``since``
        has expired and starts again at one. Expired counts of every key are deleted on the way."""
        for key in sorted({key[:KEY_LENGTH] for key in keys}):
            try:
                self._count_failure(key, at, since)
            except sa.exc.IntegrityError:  # another replica inserted the key first: add to its row
                self._count_failure(key, at, since)
        with write_transaction(self.engine) as conn:
            conn.execute(sa.delete(login_failures).where(login_failures.c.last_failure_at < since))

    def _count_failure(self, key: str, at: datetime, since: datetime) -> None:
        # One conditional UPDATE, so two replicas counting at once both count.
        with write_transaction(self.engine) as conn:
            expired = login_failures.c.last_failure_at < since
            failures = sa.case((expired, 1), else_=login_failures.c.failures + 1)
            counted = conn.execute(
                sa.update(login_failures)
                .where(login_failures.c.throttle_key == key)
                .values(failures=failures, last_failure_at=at)
            )
            if counted.rowcount == 0:
                conn.execute(
                    sa.insert(login_failures).values(throttle_key=key, failures=1, last_failure_at=at)
                )

    def clear_login_failures(self, keys: Iterable[str]) -> None:
        """Forget these keys' counts (a right password)."""
        wanted = sorted({key[:KEY_LENGTH] for key in keys})
        with write_transaction(self.engine) as conn:
            conn.execute(sa.delete(login_failures).where(login_failures.c.throttle_key.in_(wanted)))
