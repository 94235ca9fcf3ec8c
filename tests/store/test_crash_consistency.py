"""Issue 15, items 2-4: a crash never leaves a stored report without its night's row, a rerun
repairs what an older crash left, one bad item fails alone, and two writers never lose each
other's reports in a night's row.

The fault injection kills (SIGKILL) an ingest running in a subprocess at 20 random points and
checks, after each kill and after a rerun, that the attack table is the one `rebuild` gives."""
from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from salvo import consolidate
from salvo.sources import ingest
from salvo.sources.ingest import IngestError, ingest_paths, ingest_reports, ingest_text
from salvo.store import NewReport, Store
from tests.store import ingest_worker
from tests.store.conftest import FakeExtractor, record
from tests.store.test_durability import count_reports, write_reports

KILL_POINTS = 20
REPORTS_PER_ROUND = 16
BATCH = 4  # reports per transaction in the killed ingests: many commits to land between


def rebuilt_rows(path: Path, tmp_path: Path) -> list[dict]:
    """The attack rows `python -m salvo rebuild` makes of this database's reports (on a copy)."""
    copy = tmp_path / "rebuild.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    store = Store(f"sqlite:///{copy}")
    consolidate.refresh(store)
    rows = store.attack_rows()
    store.close()
    return rows


def stored_rows(url: str) -> list[dict]:
    store = Store(url)
    rows = store.attack_rows()
    store.close()
    return rows


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_at_20_random_points_leaves_the_table_rebuild_gives(tmp_path):
    rng = random.Random(15)
    # A fork server imports Salvo once; each ingest is a fresh child process of it, killed with -9.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.ingest_worker"])
    path = tmp_path / "salvo.sqlite"
    url = f"sqlite:///{path}"
    Store(url).close()
    killed_mid_ingest = 0
    for point in range(KILL_POINTS):
        numbers = range(point * REPORTS_PER_ROUND, (point + 1) * REPORTS_PER_ROUND)
        folder = write_reports(tmp_path / f"round-{point:02d}", numbers)
        target = count_reports(path) + rng.randrange(REPORTS_PER_ROUND)
        child = context.Process(target=ingest_worker.ingest_in_batches, args=(url, str(folder), BATCH))
        child.start()
        deadline = time.monotonic() + 60
        while count_reports(path) < target and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.01))  # inside a batch, its consolidation or its commit
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
        child.join()
        killed_mid_ingest += child.exitcode == -signal.SIGKILL
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Right after the kill: every committed report's night already has its row.
        assert stored_rows(url) == rebuilt_rows(path, tmp_path), f"after kill {point + 1}"
        store = Store(url)
        rerun = ingest_paths(store, [folder], extractor=ingest_worker.EXTRACTOR)
        store.close()
        assert rerun.failed == [] and rerun.added + rerun.unchanged == REPORTS_PER_ROUND
        assert stored_rows(url) == rebuilt_rows(path, tmp_path), f"after the rerun of kill {point + 1}"
    assert count_reports(path) == KILL_POINTS * REPORTS_PER_ROUND
    assert killed_mid_ingest >= KILL_POINTS // 2, "most kills must land while the ingest runs"
    print(f"{KILL_POINTS} kill points, {killed_mid_ingest} in the middle of an ingest: "
          "after each and after each rerun the attack table equals rebuild's")


def test_a_batch_s_reports_and_their_nights_commit_together(tmp_path, monkeypatch):
    """A process that dies after its first batches (no chance to consolidate at the end) has
    already consolidated the nights of every report it stored."""

    class Killed(BaseException):
        """Stands for the process dying: nothing after it runs, no cleanup of ours."""

    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    folder = write_reports(tmp_path / "reports", range(20))
    monkeypatch.setattr(ingest, "BATCH_ITEMS", 5)

    def die_in_the_third_batch(done: int, total: int) -> None:
        if done == 12:
            raise Killed

    with pytest.raises(Killed):
        ingest_paths(store, [folder], extractor=ingest_worker.EXTRACTOR, progress=die_in_the_third_batch)
    assert store.count_reports() == 10
    rows = store.attack_rows()
    consolidated = sorted(i for row in rows for i in row["report_ids"])
    assert consolidated == sorted(r["id"] for r in store.list_reports())
    store.close()


def test_a_rerun_consolidates_the_nights_of_reports_already_stored(tmp_path):
    """Reports an older version stored before it crashed, with no rows for their nights."""
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    folder = write_reports(tmp_path / "reports", range(6))
    for report in sorted(folder.iterdir()):
        text = report.read_text(encoding="utf-8").strip()
        store.save_report(NewReport(text=text, kind="text", source_path=str(report)),
                          ingest_worker.numbered_record(text, None), ingest_worker.EXTRACTOR.version)
    assert store.attack_rows() == []
    summary = ingest_paths(store, [folder], extractor=ingest_worker.EXTRACTOR)
    assert summary.unchanged == 6 and summary.added == 0
    assert len(store.attack_rows()) == len(summary.attack_dates) == 6
    store.close()


# --- item 3: one bad item fails alone -------------------------------------------------------


def _telegram_export(unix: object) -> str:
    return json.dumps({"name": "Example channel", "type": "public_channel", "id": 7, "messages": [
        {"id": 1, "type": "message", "date_unixtime": unix, "text": "Report 900 from the channel."}]})


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("outlet-list.json", json.dumps({"text": "Report 901: drones overnight.", "outlet": ["a", "b"]}),
     '"outlet" must be text'),
    ("lone-surrogate-title.json", '{"text": "Report 902: drones overnight.", "title": "\\ud800 title"}',
     '"title" is not valid Unicode'),
    ("channel-surrogate.json", _telegram_export("1751605200").replace("Example channel", "\\udc80"),
     "the channel's name is not valid Unicode"),
])
def test_one_bad_file_fails_alone_and_everything_else_lands_consolidated(tmp_path, name, content, reason):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    folder = write_reports(tmp_path / "reports", range(25))
    (folder / name).write_text(content, encoding="utf-8")
    summary = ingest_paths(store, [folder], extractor=ingest_worker.EXTRACTOR)
    assert summary.added == 25
    [(item, message)] = summary.failed
    assert name in item and reason in message and "Traceback" not in message
    assert len(store.attack_rows()) == len(summary.attack_dates) > 0
    store.close()


@pytest.mark.parametrize("unix", ["²", "99999999999999999999", 99999999999999999999])
def test_an_export_s_impossible_timestamp_costs_only_its_post(tmp_path, unix):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    folder = write_reports(tmp_path / "reports", range(5))
    (folder / "result.json").write_text(_telegram_export(unix), encoding="utf-8")
    summary = ingest_paths(store, [folder], extractor=ingest_worker.EXTRACTOR)
    assert summary.added == 5 and summary.failed == []
    assert len(store.attack_rows()) == 5
    store.close()


def test_an_unforeseen_error_in_one_item_is_a_line_not_a_traceback(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")

    def load(item: int) -> list[ingest.RawReport]:
        if item == 3:
            raise RuntimeError("a reader's bug")
        return [ingest.RawReport(text=f"Report {item}: drones overnight.", name=f"item {item}")]

    summary = ingest_reports(store, range(6), load, source="test", extractor=ingest_worker.EXTRACTOR)
    assert summary.added == 5
    assert summary.failed == [("3", "3: not stored (RuntimeError: a reader's bug)")]
    assert len(store.attack_rows()) == 5
    store.close()


def test_a_save_that_fails_undoes_only_itself(tmp_path, monkeypatch):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    real_save = store.save_report

    def save(report, record, version, run_id=None):
        if "Report 2:" in (report.text or ""):
            raise UnicodeEncodeError("utf-8", "\udc80", 0, 1, "surrogates not allowed")
        return real_save(report, record, version, run_id)

    monkeypatch.setattr(store, "save_report", save)
    summary = ingest_paths(store, [write_reports(tmp_path / "reports", range(4))],
                           extractor=ingest_worker.EXTRACTOR)
    assert summary.added == 3 and len(summary.failed) == 1 and "UnicodeEncodeError" in summary.failed[0][1]
    assert len(store.attack_rows()) == 3
    store.close()


# --- item 4: two writers, one night -----------------------------------------------------------


def test_two_writers_on_one_night_both_land_in_its_row(store_url, monkeypatch):
    """A delay between consolidation's read of a night and its write of the row: the second
    writer must wait for the first (or be seen by it), never be overwritten by it."""
    night = "2025-07-04"
    fake = FakeExtractor({"first": record(attack_date=night, drones_launched=40),
                          "second": record(attack_date=night, drones_launched=41)})
    first_read, second_done = threading.Event(), threading.Event()
    first_thread: list[int] = []
    real_consolidate_night = consolidate.consolidate_night

    def slow_consolidate_night(*args, **kwargs):
        # Between the read and the write: the first writer waits (bounded) for the second.
        if threading.get_ident() in first_thread and not first_read.is_set():
            first_read.set()
            second_done.wait(timeout=3)
        return real_consolidate_night(*args, **kwargs)

    monkeypatch.setattr(consolidate, "consolidate_night", slow_consolidate_night)
    stores = [Store(store_url), Store(store_url)]
    errors: list[BaseException] = []

    def write(index: int, text: str) -> None:
        try:
            if index == 0:
                first_thread.append(threading.get_ident())
            ingest_text(stores[index], text, published=date(2025, 7, 4), extractor=fake.as_extractor())
        except BaseException as error:  # the test asserts there was none
            errors.append(error)
        finally:
            if index == 1:
                second_done.set()

    first = threading.Thread(target=write, args=(0, "The first report of the night."))
    first.start()
    assert first_read.wait(timeout=30)
    second = threading.Thread(target=write, args=(1, "The second report of the night."))
    second.start()
    first.join(timeout=60)
    second.join(timeout=60)
    assert errors == []
    row = stores[0].get_attack(date(2025, 7, 4))
    assert sorted(row["report_ids"]) == sorted(r["id"] for r in stores[0].list_reports())
    assert len(row["report_ids"]) == 2
    for handle in stores:
        handle.close()


def test_refresh_reads_and_writes_in_one_transaction(tmp_path, monkeypatch):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    fake = FakeExtractor({"night": record(attack_date="2025-07-04", drones_launched=40)})
    ingest_text(store, "A report of the night.", extractor=fake.as_extractor())
    seen = []
    real = store.effective_records

    def effective_records(nights=None):
        seen.append(getattr(store._batch, "conn", None) is not None)
        return real(nights)

    monkeypatch.setattr(store, "effective_records", effective_records)
    consolidate.refresh(store, {date(2025, 7, 4)})
    assert seen == [True]
    store.close()


def test_a_failed_refresh_leaves_the_stored_rows(tmp_path, monkeypatch):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    fake = FakeExtractor({"night": record(attack_date="2025-07-04", drones_launched=40)})
    ingest_text(store, "A report of the night.", extractor=fake.as_extractor())
    before = store.attack_rows()

    def broken(*args, **kwargs):
        raise IngestError("stands for a failure halfway through")

    monkeypatch.setattr(consolidate, "consolidate_night", broken)
    with pytest.raises(IngestError):
        consolidate.refresh(store)
    assert store.attack_rows() == before
    store.close()
