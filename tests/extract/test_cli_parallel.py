"""`python -m extract --jobs N`: the same records, in the same order, as one process gives."""
from __future__ import annotations

import io
import json

import pytest

from extract.cli import main

REPORTS = [
    "Overnight the enemy attacked Ukraine with {n} Shahed drones; air defence shot down {d} of them.",
    "Russia launched {n} drones at Kharkiv overnight, the governor said; {d} were destroyed.",
]


def write_folder(folder, count: int) -> None:
    for i in range(count):
        text = REPORTS[i % 2].format(n=40 + i, d=30 + i)
        (folder / f"r{i:03}.json").write_text(
            json.dumps({"id": f"r{i:03}", "date_hint": "2025-07-04", "text": text}), encoding="utf-8")


def run(args: list[str]) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_parallel_run_gives_the_records_of_a_serial_run_in_order(tmp_path):
    write_folder(tmp_path, 12)
    serial_code, serial, _ = run([str(tmp_path)])
    parallel_code, parallel, _ = run([str(tmp_path), "--jobs", "2"])
    assert serial_code == parallel_code == 0
    assert [r["id"] for r in parallel] == [f"r{i:03}" for i in range(12)]
    assert parallel == serial
    assert parallel[5]["drones_launched"] == 45


def test_parallel_run_reports_a_bad_file_and_keeps_the_others(tmp_path):
    write_folder(tmp_path, 4)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    code, records, err = run([str(tmp_path), "--jobs", "0"])
    assert code == 1
    assert "broken.txt" in err and "binary" in err
    assert [r["id"] for r in records] == ["r000", "r001", "r002", "r003"]


def test_parallel_csv_has_one_row_per_report(tmp_path):
    write_folder(tmp_path, 3)
    out = io.StringIO()
    assert main([str(tmp_path), "--jobs", "2", "--format", "csv"], stdout=out, stderr=io.StringIO()) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("id,source,") and len(lines) == 4


def test_negative_jobs_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--jobs", "-1"], stdout=io.StringIO(), stderr=io.StringIO())
    assert "--jobs" in capsys.readouterr().err
