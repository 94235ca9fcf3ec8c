"""Ingest's bulk path: many reports in one transaction (Store.batch), each still all-or-nothing."""
from __future__ import annotations

from datetime import date

import pytest

from salvo.sources import ingest
from salvo.store import NewReport, Store


def record(night: str, drones: int) -> dict:
    return {"is_attack_report": True, "attack_date": night, "drones_launched": drones, "oblasts": [],
            "cities": []}


def fake_extractor() -> ingest.Extractor:
    """Reads 'N drones on YYYY-MM-DD' back out of texts this test writes."""
    def run(text: str, published: str | None) -> dict:
        words = text.split()
        if "explode" in words:
            raise RuntimeError("extractor bug")
        return record(words[-1], int(words[0]))
    return ingest.Extractor(run, "fake/1")


@pytest.fixture
def store(tmp_path) -> Store:
    handle = Store(f"sqlite:///{tmp_path / 'batch.sqlite'}")
    yield handle
    handle.close()


def test_a_batch_commits_once_and_moves_the_data_version_once(store):
    before = store.data_version()
    with store.batch():
        for i in range(5):
            store.save_report(NewReport(text=f"{i + 10} drones on 2025-07-0{i + 1}"),
                              record(f"2025-07-0{i + 1}", i + 10), "fake/1")
        assert store.data_version() == before  # readers do not see the batch before it commits
    assert store.data_version() == before + 1
    assert store.count_reports() == 5


def test_an_exception_rolls_back_the_whole_batch(store):
    with pytest.raises(RuntimeError), store.batch():
        store.save_report(NewReport(text="7 drones on 2025-07-01"), record("2025-07-01", 7), "fake/1")
        raise RuntimeError("disk gone")
    assert store.count_reports() == 0


def test_ingest_over_several_batches_keeps_every_report_and_lists_failures(store, monkeypatch):
    monkeypatch.setattr(ingest, "BATCH_ITEMS", 3)
    texts = [f"{20 + i} drones on 2025-08-{i + 1:02}" for i in range(8)]
    texts[4] = "explode 2025-08-05"
    texts.append(texts[0])  # the same text again is one report
    raws = [ingest.RawReport(text=t, name=f"item{i}") for i, t in enumerate(texts)]
    summary = ingest._run(store, "ingest", "test", raws, lambda raw: [raw], fake_extractor(), None)
    assert summary.added == 7 and summary.unchanged == 1
    assert [name for name, _ in summary.failed] == ["item4"]
    assert "extractor failed" in summary.failed[0][1]
    nights = {row["attack_date"]: row["drones_launched"] for row in store.attack_rows()}
    assert len(nights) == 7 and nights["2025-08-08"] == 27
    assert date(2025, 8, 5).isoformat() not in nights
