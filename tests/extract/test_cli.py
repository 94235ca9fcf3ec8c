import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from extract.cli import main

ROOT = Path(__file__).resolve().parents[2]
STATEMENT = "Overnight Russia launched 48 Shahed drones; air defence shot down 41 of them over Odesa region."


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_txt_and_md(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STATEMENT)
    (tmp_path / "b.md").write_text("# Night attack\n\n" + STATEMENT)
    code, out, err = run([str(tmp_path / "a.txt"), str(tmp_path / "b.md"), "--published", "2025-07-04"])
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert [r["drones_launched"] for r in records] == [48, 48]
    assert [r["drones_destroyed"] for r in records] == [41, 41]
    assert records[0]["attack_date"] == "2025-07-04"


def test_html_main_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>t</title></head><body><nav>Home | News | Sport</nav><article>"
        f"<h1>Night attack on the south</h1><p>{STATEMENT}</p><p>Rescuers worked at the scene all morning "
        "while officials assessed the damage to houses and a school.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html)
    code, out, _ = run([str(tmp_path / "page.html")])
    assert code == 0
    assert json.loads(out)["drones_launched"] == 48


def test_corpus_json_uses_date_hint_and_id(tmp_path: Path) -> None:
    record = {
        "id": "x1",
        "url": "https://example.org",
        "lang": "en",
        "date_hint": "2025-03-01",
        "text": STATEMENT,
    }
    (tmp_path / "x1.json").write_text(json.dumps(record))
    (tmp_path / "x1.gold.json").write_text(json.dumps({"id": "x1"}))  # labels beside articles are skipped
    code, out, _ = run([str(tmp_path)])
    lines = out.splitlines()
    assert code == 0 and len(lines) == 1
    r = json.loads(lines[0])
    assert (r["id"], r["attack_date"]) == ("x1", "2025-03-01")
    code, out, _ = run([str(tmp_path), "--published", "2025-03-09"])
    assert json.loads(out)["attack_date"] == "2025-03-09"


def test_folders_recursively_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "c.txt").write_text(STATEMENT)
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    code, out, _ = run([str(tmp_path)])
    assert code == 0 and len(out.splitlines()) == 1
    code, out, _ = run(["-"], stdin=STATEMENT)
    assert code == 0 and json.loads(out)["total_launched"] == 48


def test_a_folder_s_files_of_other_types_are_named_not_failed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(STATEMENT)
    (tmp_path / "sub" / "table.csv").write_text("night,drones\n")
    (tmp_path / "sub" / "a.gold.json").write_text("{}")
    code, out, err = run([str(tmp_path)])
    assert code == 0 and len(out.splitlines()) == 1
    assert err.splitlines() == [
        f"extract: {tmp_path / 'sub' / 'table.csv'}: passed over: .csv is not a report file type"
    ]


def test_unreadable_files_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "good.txt").write_text(STATEMENT)
    code, out, err = run([str(tmp_path), str(tmp_path / "missing.txt")])
    assert code == 1
    assert len(out.splitlines()) == 1  # the good file still gives its record
    messages = err.splitlines()
    assert len(messages) == 4
    assert all(line.startswith("extract: ") for line in messages)
    assert any("missing.txt: no such file" in line for line in messages)
    assert any("broken.json: invalid JSON" in line for line in messages)


def test_csv(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STATEMENT + " A drone hit a house in Odesa.")
    code, out, _ = run([str(tmp_path / "a.txt"), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1
    assert rows[0]["drones_launched"] == "48" and rows[0]["source"].endswith("a.txt")


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "extract", "-", "--published", "July"],
        input="x",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "extract", "-"], input=STATEMENT, capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0 and json.loads(proc.stdout)["drones_launched"] == 48
