"""Every ingest counts its reports one way (salvo.store.SaveTally): added, revised, unchanged, and
the import run records added + revised as added; the command line and the Ingest page show it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from salvo.__main__ import main
from salvo.sources import ingest
from salvo.sources.ingest import ingest_paths
from salvo.sources.official import import_official
from salvo.store import SavedReport, SaveTally

from .conftest import FakeExtractor, record

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "Overnight the enemy launched 40 attack drones at Kharkiv; 31 were shot down."
NIGHT = date(2025, 6, 2)


def saved(created: bool, re_extracted: bool) -> SavedReport:
    return SavedReport(1, created=created, re_extracted=re_extracted, attack_dates=(NIGHT,))


def test_a_save_counts_as_added_revised_or_unchanged():
    tally = SaveTally()
    for outcome in (saved(True, False), saved(False, True), saved(False, True), saved(False, False), None):
        tally.count(outcome)
    assert (tally.added, tally.revised, tally.unchanged, tally.stored) == (1, 2, 2, 3)
    other = SaveTally(added=4, unchanged=1)
    other.add(tally)
    assert (other.added, other.revised, other.unchanged) == (5, 2, 3)


def test_files_count_and_record_their_run_the_same_way(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    first_version = FakeExtractor({"40 attack drones": record(attack_date="2025-06-02", drones_launched=40)})
    newer = FakeExtractor({"40 attack drones": record(attack_date="2025-06-02", drones_launched=40,
                                                      drones_destroyed=31)}, version="fake/2")
    runs = [ingest_paths(store, [tmp_path], extractor=extractor.as_extractor())
            for extractor in (first_version, first_version, newer)]
    assert [(r.added, r.revised, r.unchanged) for r in runs] == [(1, 0, 0), (0, 0, 1), (0, 1, 0)]
    assert [(run["added"], run["skipped"]) for run in store.import_runs()] == [(1, 0), (0, 1), (1, 0)]


def test_the_official_import_counts_the_same_way(store):
    first = import_official(store, FIXTURES / "official_daily.csv")
    again = import_official(store, FIXTURES / "official_daily.csv")
    assert first.added > 0 and (again.added, again.revised, again.unchanged) == (0, 0, first.added)
    runs = [(run["added"], run["skipped"]) for run in store.import_runs()]
    assert runs == [(first.added, 0), (0, first.added)]


def test_the_cli_prints_the_tally(tmp_path, capsys, monkeypatch):
    fake = FakeExtractor({"40 attack drones": record(attack_date="2025-06-02", drones_launched=40)})
    monkeypatch.setattr(ingest, "default_extractor", fake.as_extractor)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    lines = ("added 1, re-extracted 0, already stored 0", "added 0, re-extracted 0, already stored 1")
    for expected in lines:
        assert main(["--database", url, "-q", "ingest", str(tmp_path / "a.txt")]) == 0
        assert capsys.readouterr().out.startswith(expected + ", failed 0; nights touched: 1")
