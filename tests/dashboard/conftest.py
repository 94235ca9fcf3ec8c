"""Fixtures for the dashboard tests: the synthetic attack frame, and real stores (empty or
filled through the store's own ingest API) in a temp folder."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from tests.dashboard.synthetic import attack_frame

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")

# Reports written for these tests in the style of morning statements and wire stories, each with
# the figures an extractor would give: field -> (value, the words it came from).
REPORTS = [
    ("2025-07-04", "Ukrainian Air Force", "https://example.org/af/0704",
     "Overnight into 4 July the enemy launched 550 drones and 11 missiles. Air defence shot down "
     "270 drones and 7 missiles. Hits were recorded in Kyiv, where 2 people were killed.",
     {"drones_launched": (550, "550"), "missiles_launched": (11, "11"), "drones_destroyed": (270, "270"),
      "missiles_destroyed": (7, "7 missiles"), "killed": (2, "2 people")}, ["Kyiv"]),
    ("2025-07-04", "Example Wire", "https://example.org/wire/0704",
     "Russia fired 539 drones and 11 missiles at Ukraine overnight, the air force said; "
     "strikes hit Kyiv and 2 people died.",
     {"drones_launched": (539, "539"), "missiles_launched": (11, "11"), "killed": (2, "2 people")}, ["Kyiv"]),
    ("2025-07-10", "Ukrainian Air Force", "https://example.org/af/0710",
     "On the night of 10 July the enemy attacked with 400 drones and 18 missiles. "
     "380 drones and 15 missiles were shot down. Damage was reported in Lviv.",
     {"drones_launched": (400, "400"), "missiles_launched": (18, "18"), "drones_destroyed": (380, "380"),
      "missiles_destroyed": (15, "15")}, ["Lviv"]),
]
CITY_OBLAST = {"Kyiv": "Kyiv City", "Lviv": "Lviv Oblast"}
COUNTS = ("drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed", "total_launched",
          "total_destroyed", "suppressed", "hit_locations", "debris_locations", "killed", "injured")


def record_for(text: str) -> dict:
    """The record of one of REPORTS, with character spans as evidence."""
    # A text holding one of REPORTS (an update, a web page around it) gives the same figures.
    night, _outlet, _url, report, figures, cities = next(r for r in REPORTS if r[3] in text)
    offset = text.index(report)
    record: dict = dict.fromkeys(COUNTS)
    evidence = {}
    for field_name, (value, words) in figures.items():
        record[field_name] = value
        start = offset + report.index(words)
        evidence[field_name] = {"start": start, "end": start + len(words)}
    record["total_launched"] = record["drones_launched"] + record["missiles_launched"]
    if record["drones_destroyed"] is not None:
        record["total_destroyed"] = record["drones_destroyed"] + record["missiles_destroyed"]
    record.update({"is_attack_report": True, "attack_date": night, "cities": cities,
                   "oblasts": [CITY_OBLAST[c] for c in cities], "evidence": evidence})
    return record


@pytest.fixture(autouse=True)
def local_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """AppTest stands for a browser on the dashboard's machine (it has no real connection), and no
    editor login is configured: local single-user mode, the local user edits (salvo.dashboard.auth)."""
    from salvo.dashboard import auth

    monkeypatch.setattr(auth, "request_is_local", lambda: True)
    local = auth.LocalCheck(True, "the test stands for a local browser")
    monkeypatch.setattr(auth, "local_check", lambda: local)
    monkeypatch.delenv(auth.PASSWORD_HASH_ENV, raising=False)
    # Wrong passwords are counted in the process-wide store, which is each test's own SQLite file
    # (empty_store); a throttle made at import time would hold another test's store.
    monkeypatch.setattr(auth, "LOGIN_THROTTLE", auth.LoginThrottle())


@pytest.fixture
def synthetic_frame() -> pd.DataFrame:
    return attack_frame()


@pytest.fixture
def serve_synthetic(monkeypatch: pytest.MonkeyPatch, synthetic_frame: pd.DataFrame) -> pd.DataFrame:
    """Pages read the synthetic frame through the documented seam `salvo.dashboard.data.attack_source`."""
    from salvo.dashboard import data as ui

    monkeypatch.setattr(ui, "attack_source", lambda: (synthetic_frame, "synthetic#1"))
    return synthetic_frame


@pytest.fixture
def empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The real store on an empty SQLite file, with no shipped data loaded into it."""
    from salvo.sources import default_data

    monkeypatch.setenv("SALVO_DATABASE_URL", f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    monkeypatch.setattr(default_data, "DEFAULT_DATASET_PATH", tmp_path / "no-default-data.jsonl")
    monkeypatch.setattr(default_data, "ensure_default_data",
                        lambda store, path=None: 0)
    handle = default_data.get_store()
    yield handle
    handle.close()


@pytest.fixture
def test_extractor() -> object:
    from salvo.sources.ingest import Extractor

    return Extractor(lambda text, published: record_for(text), "test-extractor/1")


@pytest.fixture
def populated_store(empty_store, test_extractor, monkeypatch: pytest.MonkeyPatch) -> object:
    """Three reports on two nights ingested through salvo.sources.ingest (two disagree on 4 July)."""
    from salvo.sources import ingest

    monkeypatch.setattr(ingest, "default_extractor", lambda: test_extractor)
    for night, outlet, url, text, _figures, _cities in REPORTS:
        ingest.ingest_text(empty_store, text, published=pd.Timestamp(night).date(), url=url, outlet=outlet,
                           extractor=test_extractor)
    return empty_store
