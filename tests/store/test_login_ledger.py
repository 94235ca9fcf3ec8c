"""Wrong editor passwords counted in the store (salvo.store.login_ledger): the counts, their expiry,
and an older store gaining the table."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from salvo.store import MIGRATIONS, Store
from salvo.store import schema as schema_module

NOON = datetime(2025, 5, 9, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def test_failures_add_up_per_key_and_expire(store):
    keys = ("name:mallory", "address:198.51.100.4")
    for minute in range(3):
        at = NOON + timedelta(minutes=minute)
        store.record_login_failure(keys, at, since=at - HOUR)
    counts = store.login_failures([*keys, "name:olena"], since=NOON - HOUR)
    assert counts == {key: (3, NOON + timedelta(minutes=2)) for key in keys}
    later = NOON + 2 * HOUR  # past every count's window
    assert store.login_failures(keys, since=later - HOUR) == {}
    store.record_login_failure(keys[:1], later, since=later - HOUR)
    assert store.login_failures(keys, since=later - HOUR) == {keys[0]: (1, later)}  # counts from one again
    assert store.login_failures(keys, since=NOON - HOUR) == {keys[0]: (1, later)}  # the expired row is gone


def test_clearing_forgets_only_the_keys_named(store):
    store.record_login_failure(["name:taras", "name:olena"], NOON, since=NOON - HOUR)
    store.clear_login_failures(["name:taras"])
    assert set(store.login_failures(["name:taras", "name:olena"], since=NOON - HOUR)) == {"name:olena"}


def test_an_older_store_gains_the_table(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    with monkeypatch.context() as patched:
        patched.setattr(schema_module, "MIGRATIONS", MIGRATIONS[:6])
        Store(url).close()
    reopened = Store(url)
    reopened.record_login_failure(["name:mallory"], NOON, since=NOON - HOUR)
    assert reopened.login_failures(["name:mallory"], since=NOON - HOUR) == {"name:mallory": (1, NOON)}
    reopened.close()
