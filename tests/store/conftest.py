"""Shared fixtures of the store tests: a fresh SQLite store per test and a fake extractor.

The fake extractor stands in for extract.extract_report (another module, tested on its own):
it returns the record registered for a marker word found in the text, and counts its calls.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from salvo.ingest import Extractor
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


@pytest.fixture
def store(tmp_path: Path) -> Store:
    handle = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    yield handle
    handle.close()


@pytest.fixture
def make_store(tmp_path: Path) -> Callable[[str], Store]:
    opened: list[Store] = []

    def make(name: str = "other") -> Store:
        handle = Store(f"sqlite:///{tmp_path / (name + '.sqlite')}")
        opened.append(handle)
        return handle

    yield make
    for handle in opened:
        handle.close()
