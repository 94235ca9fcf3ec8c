"""Shared fixtures of the store tests: a fresh SQLite store per test and a fake extractor.

The fake extractor stands in for extract.extract_report (another module, tested on its own):
it returns the record registered for a marker word found in the text, and counts its calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from salvo.sources.ingest import Extractor
from salvo.store import Store

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def record(**figures: Any) -> dict[str, Any]:
    """A SCHEMA.md record: every field present, nulls unless given."""
    base: dict[str, Any] = {
        "is_attack_report": True,
        "attack_date": None,
        "drones_launched": None,
        "drones_destroyed": None,
        "missiles_launched": None,
        "missiles_destroyed": None,
        "total_launched": None,
        "total_destroyed": None,
        "suppressed": None,
        "hit_locations": None,
        "debris_locations": None,
        "killed": None,
        "injured": None,
        "oblasts": [],
        "cities": [],
    }
    base.update(figures)
    return base


class FakeExtractor:
    """Returns the record of the first marker found in the text; counts calls per text."""

    def __init__(self, records: dict[str, dict[str, Any]], version: str = "fake/1") -> None:
        self.records = records
        self.version = version
        self.calls: list[str] = []

    def __call__(self, text: str, published: str | None) -> dict[str, Any]:
        self.calls.append(text)
        for marker, result in self.records.items():
            if marker in text:
                return dict(result)
        return record(is_attack_report=False)

    def as_extractor(self) -> Extractor:
        return Extractor(self, self.version)


BACKENDS = ("sqlite", "postgresql")
# For a test of SQLite's own settings: @SQLITE_ONLY on a test that takes `store`.
SQLITE_ONLY = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for the whole run (tests/store/postgres.py), or a skip with the reason."""
    from tests.store.postgres import PostgresUnavailable, start_server

    try:
        with start_server() as url:
            yield url
    except PostgresUnavailable as reason:
        pytest.skip(f"PostgreSQL: {reason}")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of each backend: a SQLite file, a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'salvo.sqlite'}"
        return
    from tests.store.postgres import fresh_database

    with fresh_database(request.getfixturevalue("postgres_server")) as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    handle = Store(store_url)
    yield handle
    handle.close()


@pytest.fixture
def make_store(
    request: pytest.FixtureRequest, store_url: str, tmp_path: Path
) -> Iterator[Callable[[str], Store]]:
    """Further stores on the same backend as `store`."""
    opened: list[Store] = []
    databases: list[object] = []

    def make(name: str = "other") -> Store:
        if store_url.startswith("sqlite"):
            url = f"sqlite:///{tmp_path / (name + '.sqlite')}"
        else:
            from tests.store.postgres import fresh_database

            database = fresh_database(request.getfixturevalue("postgres_server"))
            url = database.__enter__()
            databases.append(database)
        handle = Store(url)
        opened.append(handle)
        return handle

    yield make
    for handle in opened:
        handle.close()
    for database in databases:
        database.__exit__(None, None, None)
