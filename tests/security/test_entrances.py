"""Every entrance refuses bad input with a clear message and keeps what was stored before it.

Entrances: pasted text, an uploaded file, the CLI on a file, a Telegram export, the official CSV
(URLs: test_fetch.py). Each test starts from a store holding one good report and checks that it
is still there, unchanged, and that nothing new was stored.
"""
from __future__ import annotations

import json
import re
from datetime import date

import pytest

from salvo.__main__ import main
from salvo.sources import official
from salvo.sources.ingest import IngestError, ingest_text, ingest_upload
from salvo.store import Store
from tests.store.conftest import FakeExtractor, record

FIFTY_MB = 50 * 1024 * 1024
GOOD = "Overnight the enemy launched 40 drones; air defence shot down 35 of them."


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'salvo.sqlite'}"


@pytest.fixture
def extractor():
    return FakeExtractor({"drone": record(attack_date="2025-07-04", drones_launched=40)}).as_extractor()


@pytest.fixture
def store(url, extractor):
    handle = Store(url)
    ingest_text(handle, GOOD, published=date(2025, 7, 4), extractor=extractor)
    yield handle
    handle.close()


def assert_only_the_good_report(store: Store) -> None:
    assert store.count_reports() == 1
    [only] = store.list_reports()
    assert store.get_report(only["id"]).text == GOOD
    assert only["record"]["drones_launched"] == 40


def _telegram(text: object) -> bytes:
    message = {"id": 1, "type": "message", "date": "2025-07-04T08:00:00", "date_unixtime": "1751605200",
               "text": text}
    return json.dumps({"name": "Example channel", "type": "public_channel", "id": 7,
                       "messages": [message]}).encode()


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.md": (b" \n\t\n", "empty"),
    "nul.txt": (b"drone attack\x00\x00", "binary"),
    "late-nul.txt": (b"drone attack " * 2000 + b"\x00", "binary"),
    "random.txt": (bytes(range(256)) * 64, "binary|UTF-8"),
    "latin1.txt": ("drones über Kyiv".encode("latin-1"), "not valid UTF-8"),
    "huge.txt": (b"drone " * (FIFTY_MB // 6), "too big"),
    "huge.json": (b'{"text": "' + b"drone " * (FIFTY_MB // 6) + b'"}', "too long"),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "deep-object.json": (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nested too deeply"),
    "broken.json": (b'{"text": "drone', "malformed JSON"),
    "no-text.json": (json.dumps({"title": "drone two"}).encode(), '"text" field'),
    "surrogate.json": (json.dumps({"text": "drone \ud800 attack"}).encode(), "lone surrogate"),
    "scripts.html": (b"<html><body>" + b"<script>alert(1)</script>" * 2000 + b"</body></html>",
                     "no article text"),
    "telegram-surrogate.json": (_telegram("drone \udc80 attack"), "lone surrogate"),
    "telegram-shape.json": (json.dumps({"messages": "drone"}).encode(), "Telegram|text"),
    "image.png": (b"\x89PNG\r\n\x1a\n", "unsupported file type"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_an_upload_is_refused_with_a_reason(store, extractor, name):
    data, reason = BAD_FILES[name]
    summary = ingest_upload(store, name, data, extractor=extractor)
    assert summary.added == 0 and len(summary.failed) == 1
    assert len(summary.failed[0][0]) < 100  # listed by its name (or a post's link), never by its bytes
    assert re.search(reason, summary.failed[0][1]), summary.failed
    assert_only_the_good_report(store)


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_the_cli_refuses_a_bad_file_and_exits_non_zero(store, url, tmp_path, capsys, name):
    data, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["--database", url, "-q", "ingest", str(path)]) != 0
    assert re.search(reason, capsys.readouterr().err)
    assert_only_the_good_report(store)


@pytest.mark.parametrize(("text", "reason"), [
    ("", "no text"), ("   \n ", "no text"), ("drone\x00attack", "binary"), ("drone \ud800", "lone surrogate"),
    ("drone " * 200_001, "too long"),
])
def test_pasted_text_is_refused_with_a_reason(store, extractor, text, reason):
    with pytest.raises(IngestError, match=reason):
        ingest_text(store, text, extractor=extractor)
    assert_only_the_good_report(store)


HEADER = b"time_start,time_end,model,launched,destroyed,source\n"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"\x00\x01\x02", "binary"),
    (b"a,b,c\n1,2,3\n", "missing columns"),
    (b'"never closed\n' * 5, "missing columns|not a readable CSV"),
    (HEADER + b"\xff\xfe,1,2,3,4,5\n", "not a readable CSV"),
    (b"x" * (official.MAX_CSV_BYTES + 1), "too big"),
])
def test_the_official_csv_is_refused_with_a_reason(store, data, reason):
    with pytest.raises(official.OfficialFormatError, match=reason):
        official.import_official(store, data)
    assert_only_the_good_report(store)
