"""Inputs an adversary or a careless user feeds the command line (docs/attack-log.md): each is
read through the real extractor and store, and what lands is checked."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from salvo.__main__ import main
from salvo.sources import failure_line, fetch
from salvo.sources.ingest import ingest_paths, ingest_upload, ingest_url
from salvo.sources.official import import_official
from salvo.store import Store, StoreError, bound_attack_date, utcnow
from tests.local_http import serve_locally

ROOT = Path(__file__).resolve().parents[2]


def test_a_report_dated_in_the_future_is_stored_without_a_night(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "typo.txt").write_text(
        "On the night of 5 March 2099 Russia launched 40 drones at Kyiv; 30 were shot down.\n")
    (folder / "good.txt").write_text(
        "On the night of 6 March 2025 Russia launched 80 drones at Odesa; 60 were shot down.\n")
    assert main(["--database", url, "-q", "ingest", str(folder)]) == 0
    assert "added 2" in capsys.readouterr().out
    store = Store(url)
    # the archive's latest night is the real one, not a year still to come
    assert [row["attack_date"] for row in store.attack_rows()] == ["2025-03-06"]
    [typo] = [store.get_report(r["id"]) for r in store.list_reports() if r["attack_date"] is None]
    assert "2099" in typo.text
    assert typo.attack_date is None
    assert typo.record["drones_launched"] == 40  # its figures are kept for an analyst to date it
    assert any("2099-03-05" in note for note in typo.record["uncertain"])
    store.close()


def test_the_night_after_today_is_kept_for_kyiv_s_clock():
    today = date(2025, 3, 6)
    tomorrow = {"attack_date": "2025-03-07", "uncertain": []}
    assert bound_attack_date(tomorrow, today) is tomorrow
    later = bound_attack_date({"attack_date": (today + timedelta(days=2)).isoformat()}, today)
    assert later["attack_date"] is None and len(later["uncertain"]) == 1


OFFICIAL_DAILY = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "official_daily.csv"
OFFICIAL_HEADER = OFFICIAL_DAILY.read_text(encoding="utf-8").splitlines()[0]


def official_row(start: str, end: str, launched: int, destroyed: int) -> str:
    """One row of the official dataset's daily CSV: Shahed drones over the window start-end."""
    return (f"{start},{end},Shahed-136/131,Kursk oblast,Ukraine,,{launched}.0,{destroyed}.0,,,{{}},,,,,,,,,,,"
            "kpszsu/posts/fixture")


def test_an_official_row_dated_2099_or_1900_is_not_stored_and_says_why(tmp_path):
    daily = tmp_path / "missile_attacks_daily.csv"
    daily.write_text("\n".join([
        OFFICIAL_HEADER,
        official_row("2025-03-05 18:00", "2025-03-06 09:00", 80, 60),
        official_row("2099-03-05 18:00", "2099-03-06 09:00", 90, 70),  # a typing slip for 2025
        official_row("1900-03-07 18:00", "1900-03-08 09:00", 40, 30),
    ]) + "\n", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    result = import_official(store, daily)
    # the archive's first and latest nights are the real one, not a year that never was or is to come
    assert [row["attack_date"] for row in store.attack_rows()] == ["2025-03-06"]
    assert result.added == 1
    failed = dict(result.failed)
    assert "is after the day it was read" in failed["2099-03-06/national"]
    assert "is before 2020-01-01" in failed["1900-03-08/national"]
    assert "2 night reports failed" in str(result)
    store.close()


@pytest.mark.parametrize(("typed", "said"), [
    ("2099-03-05", "is after the day it was read"),
    ("1025-03-05", "is before 2020-01-01"),
])
def test_a_correction_cannot_move_a_report_to_a_night_that_never_was(tmp_path, typed, said):
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    ingest_paths(store, [_report_file(tmp_path)])
    [report] = store.list_reports()
    with pytest.raises(StoreError, match=said):
        store.correct_report(report["id"], "attack_date", typed, reason="typo", author="ana")
    tomorrow = (utcnow().date() + timedelta(days=1)).isoformat()  # Kyiv's clock runs ahead of UTC's
    store.correct_report(report["id"], "attack_date", tomorrow, reason="the statement's night", author="ana")
    assert store.get_report(report["id"]).attack_date.isoformat() == tomorrow
    store.close()


def _report_file(folder: Path) -> Path:
    path = folder / "report.txt"
    path.write_text("On the night of 6 March 2025 Russia launched 80 drones at Odesa; 60 were shot down.\n")
    return path


class _Windows1251Page(BaseHTTPRequestHandler):
    """A Ukrainian outlet's page served in windows-1251, declared in its header or in a <meta>."""

    ARTICLE = ("<html><head>{meta}</head><body><article><p>У ніч на 5 березня 2025 року ворог "
               "атакував Київ: запустив 50 ударних дронів, з них 40 збито.</p></article></body></html>")

    def do_GET(self):
        in_header = self.path == "/header"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=windows-1251" if in_header else "text/html")
        self.end_headers()
        meta = "" if in_header else '<meta http-equiv="Content-Type" content="text/html; charset=cp1251">'
        self.wfile.write(self.ARTICLE.format(meta=meta).encode("cp1251"))

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("path", ["/header", "/meta"])
def test_a_page_in_the_charset_it_declares_is_read(tmp_path, monkeypatch, path):
    monkeypatch.setenv(fetch.ALLOW_ENV, "127.0.0.1")
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    with serve_locally(_Windows1251Page) as base:
        result = ingest_url(store, base + path)
    detail = store.get_report(result.report_id)
    assert "ворог атакував Київ: запустив 50 ударних дронів" in detail.text  # every letter as written
    store.close()


def test_a_bidi_override_is_stored_as_a_visible_mark_with_the_evidence_intact(tmp_path):
    """'\u202eecroF riA' shows as 'Air Force', and reverses the rest of its line on a page."""
    override, isolate = "\u202e", "\u2067"
    corpus = [{"id": "spoof", "title": f"{override}ecroF riA", "outlet": f"{override}ecroF riA",
               "url": f"https://example.org/{isolate}x", "date_hint": "2025-03-06",
               "text": f"{override}gnirts desrever{isolate} On the night of 6 March 2025 Russia launched "
                       "80 Shahed drones at Odesa; 60 were shot down."}]
    path = tmp_path / "spoof.json"
    path.write_text(json.dumps(corpus), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    summary = ingest_paths(store, [path])
    assert summary.added == 1, summary.failed
    detail = store.get_report(summary.results[0].report_id)
    stored = [detail.text, detail.title, detail.outlet, detail.source_url]
    assert not any(ch in value for value in stored for ch in (override, isolate))
    assert detail.title == detail.outlet == "\ufffdecroF riA" and detail.source_url == "https://example.org/\ufffdx"
    assert detail.text.startswith("\ufffdgnirts desrever\ufffd On the night")
    launched = detail.record["evidence"]["drones_launched"]  # offsets still point at the words
    assert detail.text[launched["start"]:launched["end"]] == launched["text"] and "80" in launched["text"]
    store.close()


@pytest.mark.parametrize(("database", "said"), [
    ("postgresql://analyst:s3cret@127.0.0.1:1/salvo", "cannot use the store at postgresql://analyst:***@127.0.0.1:1"),
    ("nosuchdb://somewhere/x", "cannot use the store at nosuchdb://somewhere/x"),
])
def test_a_store_that_cannot_be_opened_is_one_line_without_its_password(capsys, database, said):
    assert main(["--database", database, "rebuild"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {said}") and "Traceback" not in err and "s3cret" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_empty_item_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    here = tmp_path / "here"
    here.mkdir()
    (here / "notes.txt").write_text("On the night of 6 March 2025 Russia launched 80 drones at Odesa.\n")
    monkeypatch.chdir(here)
    assert main(["--database", url, "-q", "ingest", ""]) == 1
    captured = capsys.readouterr()
    assert "added 0" in captured.out and "'': an empty name; give a file, a folder or a URL" in captured.err
    store = Store(url)
    assert store.count_reports() == 0  # notes.txt in the current folder was not read
    store.close()


def test_an_export_from_after_to_says_so(tmp_path, capsys):
    output = tmp_path / "out.csv"
    code = main(["--database", f"sqlite:///{tmp_path / 'salvo.sqlite'}", "export", "--from", "2025-03-01",
                 "--to", "2025-01-01", "-o", str(output)])
    assert code == 2 and not output.exists()
    assert "--from (2025-03-01) is after --to (2025-01-01)" in capsys.readouterr().err


@pytest.mark.parametrize(("typed", "said"), [
    ("", "error: no password given"),  # input closed before a password (a pipe, Ctrl-D)
    ("\n\n", "error: an empty password protects nothing"),
])
def test_hash_password_without_a_password_is_one_line(typed, said):
    done = subprocess.run([sys.executable, "-m", "salvo", "hash-password"], input=typed, text=True,
                          capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert said in done.stderr and "Traceback" not in done.stderr


def test_files_of_other_types_in_a_folder_are_named_and_the_others_stored(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    folder = tmp_path / "reports"
    (folder / "march").mkdir(parents=True)
    (folder / "export.csv").write_text("date,drones\n2025-03-06,80\n")
    (folder / "march" / "scan.pdf").write_bytes(b"%PDF-1.4 not a report")
    (folder / "march" / "README").write_text("what this folder holds\n")
    (folder / "march" / "good.txt").write_text(
        "On the night of 6 March 2025 Russia launched 80 drones at Odesa; 60 were shot down.\n")
    (folder / "march" / "good.gold.json").write_text("{}")  # a corpus label: not a report, not named
    assert main(["--database", url, "-q", "ingest", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "added 1" in out and "passed over 3" in out
    passed = [line for line in out.splitlines() if line.strip().startswith("passed over:")]
    assert len(passed) == 3
    for name, suffix in (("export.csv", ".csv"), ("scan.pdf", ".pdf"), ("README", "no suffix")):
        [line] = [line for line in passed if line.split(":")[1].strip().endswith(name)]
        assert f"{suffix} is not a report file type" in line
    assert "gold" not in out
    store = Store(url)
    assert [row["attack_date"] for row in store.attack_rows()] == ["2025-03-06"]
    store.close()


def test_ingest_paths_lists_what_it_passed_over(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "one.md").write_text("Overnight Russia launched 12 drones at Sumy; 9 were shot down.\n")
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    summary = ingest_paths(store, [folder, folder / "one.md"])
    assert summary.added == 1 and not summary.failed
    assert [name for name, _ in summary.passed_over] == [str(folder / "notes.docx")]
    assert "passed over 1" in summary.describe()
    store.close()


@pytest.mark.parametrize(("filename", "data", "said"), [
    ("bad.json", b'{"text": "broken', "bad.json: malformed JSON"),
    ("list.json", b'[{"x": 1}]', 'list.json[0]: a JSON report needs a "text" field'),
    ("empty.txt", b"", "empty.txt: empty"),
])
def test_a_refused_upload_is_named_once(tmp_path, filename, data, said):
    # the Ingest page and the command line print each failure through failure_line
    store = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    [(name, reason)] = ingest_upload(store, filename, data).failed
    line = failure_line(name, reason)
    assert line.startswith(said) and line.count(filename) == 1
    store.close()


def _capped_memory() -> None:  # a reader that reads without end fails fast instead of eating the machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.parametrize(("command", "code"), [
    (["-m", "salvo", "-q", "ingest", "{zero}.txt"], 1),
    (["-m", "extract", "{zero}.txt"], 1),
    (["-m", "salvo", "-q", "import-official", "{zero}.csv"], 2),
    (["-m", "salvo", "-q", "import-official", "{daily}", "--weapons", "{zero}.csv"], 2),
])
def test_a_file_that_never_ends_is_refused_before_it_is_read(tmp_path, command, code):
    # a report.txt linked to /dev/zero says its size is 0 and then never ends
    zero = tmp_path / "zero"
    for suffix in (".txt", ".csv"):
        zero.with_suffix(suffix).symlink_to("/dev/zero")
    daily = tmp_path / "missile_attacks_daily.csv"
    daily.write_text("time_start,time_end,model,launched,destroyed,source\n"
                     "2025-05-01 18:00,2025-05-02 08:00,Shahed-136/131,40,30,kpszsu/posts/x\n")
    arguments = [part.format(zero=zero, daily=daily) for part in command]
    done = subprocess.run([sys.executable, *arguments], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, "SALVO_DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite'}"},
                          preexec_fn=_capped_memory)
    assert done.returncode == code
    assert "not a regular file (a device, a pipe or a socket)" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_a_mistyped_folder_is_said_to_be_missing_not_of_an_unsupported_type(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    assert main(["--database", url, "-q", "ingest", str(tmp_path / "reprots")]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'reprots'}: no such file or folder" in err and "unsupported" not in err
