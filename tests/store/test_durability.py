"""Crashes and concurrent writers lose nothing: kill -9 during a 1,000-report ingest leaves an
intact database in which every committed report is complete, a rerun completes without
duplicates, and two ingests at once both finish (no "database is locked")."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from salvo.store import Store
from tests.store.ingest_worker import numbered_record

ROOT = Path(__file__).resolve().parents[2]
REPORTS = 1000


def write_reports(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        (folder / f"report-{number:05d}.txt").write_text(
            f"Report {number}: overnight the enemy launched {number} drones; {number // 2} were shot down.\n"
            + "Crews worked at the sites through the morning. " * 20,
            encoding="utf-8",
        )
    return folder


def worker(url: str, folder: Path, seconds_per_report: float = 0.0) -> subprocess.Popen:
    command = [sys.executable, "-m", "tests.store.ingest_worker", url, str(folder), str(seconds_per_report)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count_reports(path: Path) -> int:
    try:
        with sqlite3.connect(path, timeout=10) as conn:
            return conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def assert_every_report_complete(store: Store) -> int:
    stored = store.list_reports()
    for report in stored:
        detail = store.get_report(report["id"])
        assert detail.text and detail.extractor_version == "numbered/1"
        assert detail.record["drones_launched"] == numbered_record(detail.text, None)["drones_launched"]
    return len(stored)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_kill_9_during_ingest_loses_nothing_committed_and_a_rerun_completes(tmp_path):
    path = tmp_path / "salvo.sqlite"
    url = f"sqlite:///{path}"
    folder = write_reports(tmp_path / "reports", range(REPORTS))
    process = worker(url, folder)
    deadline = time.monotonic() + 120
    while count_reports(path) < 150 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute("SELECT count(*) FROM reports r WHERE NOT EXISTS "
                               "(SELECT 1 FROM extractions e WHERE e.report_id = r.id)").fetchone()[0]
        assert orphans == 0  # no report without its record: each is stored whole or not at all
    store = Store(url)
    committed = assert_every_report_complete(store)
    assert 150 <= committed < REPORTS, "the kill must land in the middle of the ingest"
    print(f"kill -9 after {committed} of {REPORTS} reports committed: integrity ok, none partial")

    rerun = worker(url, folder)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"added {REPORTS - committed} skipped {committed} failed 0" in out
    assert assert_every_report_complete(store) == REPORTS
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(DISTINCT content_hash) FROM reports").fetchone()[0] == REPORTS
        assert conn.execute("SELECT count(*) FROM extractions").fetchone()[0] == REPORTS
    assert store.attack_rows()  # the rerun consolidated the nights
    store.close()


def test_two_ingests_at_once_both_finish(tmp_path):
    """Extraction takes 60 ms a report here, so a batch's extraction (200 reports, 12 s) outlasts
    SQLite's 10 s busy timeout: the writer must not hold the lock while it extracts."""
    path = tmp_path / "salvo.sqlite"
    url = f"sqlite:///{path}"
    Store(url).close()  # the schema exists before the race, as on any running dashboard
    first = worker(url, write_reports(tmp_path / "a", range(0, 250)), 0.06)
    second = worker(url, write_reports(tmp_path / "b", range(250, 500)), 0.06)
    results = [process.communicate(timeout=300) for process in (first, second)]
    for process, (out, err) in zip((first, second), results, strict=True):
        assert "locked" not in err + out
        assert process.returncode == 0, err
    store = Store(url)
    assert assert_every_report_complete(store) == 500
    store.close()
