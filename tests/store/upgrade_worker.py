"""A separate process that upgrades a store's rows to the current consolidation rules, a small
slice at a time with a pause after each (the sliced-upgrade test kills it half-way)."""
from __future__ import annotations

import time

from salvo import consolidate
from salvo.store import Store


def upgrade_slowly(url: str, slice_reports: int, pause: float) -> None:
    consolidate.SLICE_REPORTS = slice_reports
    one_slice = consolidate._refresh

    def slow(store, wanted, cache):  # type: ignore[no-untyped-def]
        written = one_slice(store, wanted, cache)
        time.sleep(pause)  # stands for a large slice's time: the kill lands between commits
        return written

    consolidate._refresh = slow
    store = Store(url)
    consolidate.ensure_current_rules(store)
    store.close()
