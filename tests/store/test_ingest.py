"""Ingest: text, files, folders, URLs; the same text twice is one report; bad input stores nothing."""

from __future__ import annotations

import contextlib
import json
import time
from datetime import date
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from salvo.sources import ingest
from salvo.sources.ingest import IngestError, ingest_paths, ingest_text, ingest_upload, ingest_url
from salvo.store import Store
from tests.local_http import serve_locally

from .conftest import FakeExtractor, record

# Report texts written for these tests, in the style of overnight-attack stories.
KYIV = (
    "Russia launched 120 attack drones and six cruise missiles at Ukraine overnight, the air force "
    "said on Friday. Air defences downed 110 drones and five missiles. Falling debris damaged a "
    "warehouse in Kyiv."
)
ODESA = (
    "Drones struck port facilities in Odesa overnight, the regional governor wrote. Two people were "
    "injured and a fire broke out at a grain terminal."
)
LVIV = (
    "A missile hit an industrial site on the edge of Lviv before dawn, city officials said. "
    "No one was hurt, according to the mayor."
)

RECORDS = {
    "120 attack drones": record(
        attack_date="2025-07-04",
        drones_launched=120,
        drones_destroyed=110,
        missiles_launched=6,
        missiles_destroyed=5,
        total_launched=126,
        total_destroyed=115,
        cities=["Kyiv"],
        oblasts=["Kyiv City"],
    ),
    "grain terminal": record(attack_date="2025-07-04", injured=2, cities=["Odesa"], oblasts=["Odesa Oblast"]),
    "industrial site": record(
        attack_date="2025-07-05",
        missiles_launched=1,
        killed=0,
        injured=0,
        cities=["Lviv"],
        oblasts=["Lviv Oblast"],
    ),
}


@pytest.fixture
def fake() -> FakeExtractor:
    return FakeExtractor(RECORDS)


def write_corpus(folder):
    (folder / "nested").mkdir(parents=True)
    (folder / "kyiv.txt").write_text(KYIV, encoding="utf-8")
    (folder / "nested" / "odesa.md").write_text(f"# Odesa\n\n{ODESA}", encoding="utf-8")
    (folder / "nested" / "c1.json").write_text(
        json.dumps(
            {
                "id": "c1",
                "url": "https://www.reuters.com/world/example",
                "lang": "en",
                "date_hint": "2025-07-05",
                "text": LVIV,
            }
        ),
        encoding="utf-8",
    )
    (folder / "nested" / "c1.gold.json").write_text(json.dumps(record()), encoding="utf-8")  # labels, skipped
    (folder / "notes.csv").write_text("not a report", encoding="utf-8")  # unsupported: not picked up


def test_ingesting_a_folder_twice_adds_nothing_and_does_not_extract_again(store, fake, tmp_path):
    write_corpus(tmp_path / "corpus")
    first = ingest_paths(store, [tmp_path / "corpus"], extractor=fake.as_extractor())
    assert (first.added, first.unchanged, first.failed) == (3, 0, [])
    version = store.data_version()
    second = ingest_paths(store, [tmp_path / "corpus"], extractor=fake.as_extractor())
    assert (second.added, second.unchanged, second.failed) == (0, 3, [])
    assert len(fake.calls) == 3  # known texts are not extracted again
    assert store.count_reports() == 3
    assert store.data_version() - version <= 3  # only the run's bookkeeping, no report writes
    rows = {r["attack_date"]: r for r in store.attack_rows()}
    assert rows["2025-07-04"]["drones_launched"] == 120 and rows["2025-07-04"]["injured"] == 2
    assert rows["2025-07-05"]["n_reports"] == 1


def test_corpus_json_keeps_url_outlet_date_and_language(store, fake, tmp_path):
    write_corpus(tmp_path / "corpus")
    ingest_paths(store, [tmp_path / "corpus" / "nested" / "c1.json"], extractor=fake.as_extractor())
    report = store.list_reports()[0]
    assert (report["outlet"], report["source_type"]) == ("Reuters", "wire")
    assert report["published"] == date(2025, 7, 5) and report["language"] == "en"
    assert report["external_id"] == "c1"


def test_pasted_text_and_upload_with_the_same_text_are_one_report(store, fake):
    pasted = ingest_text(store, KYIV, published=date(2025, 7, 4), extractor=fake.as_extractor())
    uploaded = ingest_upload(store, "kyiv.txt", KYIV.encode(), extractor=fake.as_extractor())
    assert pasted.created and uploaded.added == 0 and uploaded.unchanged == 1
    assert uploaded.results[0].report_id == pasted.report_id
    assert pasted.attack_date == date(2025, 7, 4)


def test_a_newer_extractor_re_extracts_but_never_overwrites_a_correction(store, fake):
    from salvo import consolidate

    first = ingest_text(store, KYIV, extractor=fake.as_extractor())
    consolidate.correct_report(
        store, first.report_id, "drones_destroyed", 111, reason="recount in the statement", author="ana"
    )
    newer = FakeExtractor(
        {"120 attack drones": {**RECORDS["120 attack drones"], "drones_destroyed": 109}}, version="fake/2"
    )
    summary = ingest_paths(store, [], extractor=newer.as_extractor())
    assert summary.added == 0
    again = ingest_text(store, KYIV, extractor=newer.as_extractor())
    assert again.report_id == first.report_id and not again.created
    detail = store.get_report(first.report_id)
    assert detail.extractor_version == "fake/2" and detail.extracted_record["drones_destroyed"] == 109
    assert detail.record["drones_destroyed"] == 111
    assert store.get_attack(date(2025, 7, 4))["drones_destroyed"] == 111


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"   \n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Kyiv — 12 drones".encode("cp1252"), "UTF-8"),
        ("broken.json", b'{"id": "x", "text": ', "malformed JSON"),
        ("notext.json", b'{"id": "x", "body": "drones"}', "text"),
        ("table.csv", b"a,b\n1,2\n", "unsupported"),
        (
            "empty.html",
            b"<html><head><script>var menu = 1;</script></head><body></body></html>",
            "no article text",
        ),
    ],
)
def test_bad_files_are_refused_with_a_reason_and_store_nothing(store, fake, name, data, message):
    summary = ingest_upload(store, name, data, extractor=fake.as_extractor())
    assert summary.added == 0 and len(summary.failed) == 1
    assert message in summary.failed[0][1]
    assert store.count_reports() == 0 and store.attack_rows() == []


def test_a_too_big_file_is_refused(store, fake, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text(KYIV * 20, encoding="utf-8")
    summary = ingest_paths(store, [big], extractor=fake.as_extractor())
    assert "too big" in summary.failed[0][1] and store.count_reports() == 0


def test_one_bad_file_does_not_stop_the_others(store, fake, tmp_path):
    (tmp_path / "good.txt").write_text(KYIV, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    summary = ingest_paths(store, [tmp_path], extractor=fake.as_extractor())
    assert summary.added == 1 and [name for name, _ in summary.failed] == [str(tmp_path / "bad.txt")]


def test_one_bad_entry_of_a_corpus_json_list_does_not_stop_the_others(store, fake, tmp_path):
    entries = [{"id": "k", "text": KYIV}, {"id": "n", "text": 5}, "a bare string", {"id": "o", "text": ODESA}]
    (tmp_path / "reports.json").write_text(json.dumps(entries), encoding="utf-8")
    summary = ingest_paths(store, [tmp_path / "reports.json"], extractor=fake.as_extractor())
    assert summary.added == 2 and store.count_reports() == 2
    named = str(tmp_path / "reports.json")
    assert [name for name, _ in summary.failed] == [f"{named}[1]", f"{named}[2]"]
    assert all('needs a "text" field' in reason for _, reason in summary.failed)
    assert {r["attack_date"] for r in store.attack_rows()} == {"2025-07-04"}


def test_an_extractor_failure_stores_nothing(store):
    def broken(text, published):
        raise RuntimeError("regex exploded")

    with pytest.raises(IngestError, match=r"extractor failed.*regex exploded"):
        ingest_text(store, KYIV, extractor=ingest.Extractor(broken, "broken/1"))
    assert store.count_reports() == 0


def test_empty_pasted_text_is_refused(store, fake):
    with pytest.raises(IngestError, match="no text"):
        ingest_text(store, "  \n\t ", extractor=fake.as_extractor())
    assert fake.calls == [] and store.count_reports() == 0


def test_html_file_gives_main_text_title_and_date(store, fake):
    summary = ingest_upload(store, "story.html", PAGE.encode(), extractor=fake.as_extractor())
    assert summary.added == 1, summary.failed
    detail = store.get_report(summary.results[0].report_id)
    assert "120 attack drones" in detail.text and "Subscribe" not in detail.text
    assert detail.published == date(2025, 7, 4)
    assert detail.title == "Overnight drone and missile attack"


PAGE = f"""<!doctype html><html><head><title>Overnight drone and missile attack</title>
<meta property="article:published_time" content="2025-07-04T08:15:00+03:00">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Overnight drone and missile attack</h1><p>{KYIV}</p>
<p>Emergency crews worked through the morning to clear the damaged warehouse and reopen the street.</p>
<p>Residents spent several hours in shelters while the alert lasted, officials added.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/story":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/huge":
            body = b"<html><body>" + b"x" * 200_000 + b"</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        elif self.path == "/slow":
            time.sleep(1.5)
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
        elif self.path == "/image":
            body = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
        else:
            body = b"not here"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up: the test
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    with serve_locally(Handler) as url, pytest.MonkeyPatch.context() as patch:
        patch.setenv("SALVO_FETCH_ALLOW", "127.0.0.1")  # loopback is refused unless allowed
        yield url


def test_url_ingest_takes_text_and_date_from_the_page(store, fake, server):
    result = ingest_url(store, f"{server}/story", extractor=fake.as_extractor())
    detail = store.get_report(result.report_id)
    assert detail.source_url == f"{server}/story" and detail.published == date(2025, 7, 4)
    assert "120 attack drones" in detail.text
    again = ingest_url(store, f"{server}/story", extractor=fake.as_extractor())
    assert not again.created and store.count_reports() == 1


@pytest.mark.parametrize(
    ("path", "kwargs", "message"),
    [
        ("/missing", {}, "404"),
        ("/huge", {"max_bytes": 50_000}, "too big"),
        ("/slow", {"timeout": 0.3}, "cannot fetch"),
        ("/image", {}, "binary"),
    ],
)
def test_url_problems_are_clear_errors_and_store_nothing(store, fake, server, path, kwargs, message):
    with pytest.raises(IngestError, match=message):
        ingest_url(store, f"{server}{path}", extractor=fake.as_extractor(), **kwargs)
    assert store.count_reports() == 0


def test_only_http_urls_are_fetched(store, fake):
    with pytest.raises(IngestError, match="only http"):
        ingest_url(store, "file:///etc/passwd", extractor=fake.as_extractor())


TELEGRAM_EXPORT = Path(__file__).resolve().parents[1] / "fixtures" / "telegram_export.json"


def test_a_telegram_export_stores_each_attack_post_and_counts_the_others(store):
    from salvo.sources import telegram

    posts = [m for channel in telegram.read_export(TELEGRAM_EXPORT) for m in channel.messages]
    attack_posts = [p for p in posts if "атакував" in p.text]
    assert attack_posts and len(attack_posts) < len(posts)  # the fixture holds both kinds
    fake = FakeExtractor({"атакував": record(is_attack_report=True, attack_date="2025-03-02")})
    summary = ingest_paths(store, [TELEGRAM_EXPORT], extractor=fake.as_extractor())
    assert summary.failed == []
    assert summary.added == len(attack_posts)
    assert summary.not_attack == len(posts) - len(attack_posts)
    by_url = {r["source_url"]: r for r in store.list_reports()}
    assert set(by_url) == {p.url for p in attack_posts}
    for post in attack_posts:
        stored = by_url[post.url]
        assert post.url.startswith("https://t.me/")
        assert stored["published"] == post.posted_at.date()
        assert (stored["source_type"] == "official") == post.official


def _channel_export(folder: Path, name: str, text: str) -> Path:
    """A one-post Telegram export (post 5 of a channel), the post's text as given."""
    path = folder / name
    post = {"id": 5, "type": "message", "date_unixtime": "1741759200", "text": text}
    path.write_text(json.dumps({"name": "A channel", "id": 7654321, "messages": [post]}), encoding="utf-8")
    return path


def test_a_post_edited_between_two_exports_revises_its_report_instead_of_adding_one(store, tmp_path):
    fake = FakeExtractor({
        "120 drones": record(attack_date="2025-03-12", drones_launched=120),
        "130 drones": record(attack_date="2025-03-12", drones_launched=130),
    })
    first = _channel_export(tmp_path, "first.json", "Overnight the enemy attacked with 120 drones.")
    edited = _channel_export(tmp_path, "edited.json", "Overnight the enemy attacked with 130 drones.")
    ingest_paths(store, [first], extractor=fake.as_extractor())
    summary = ingest_paths(store, [edited], extractor=fake.as_extractor())
    assert (summary.added, summary.revised, summary.failed) == (0, 1, [])
    (report,) = store.list_reports()
    assert report["record"]["drones_launched"] == 130 and report["source_url"] == "https://t.me/c/7654321/5"
    (row,) = store.attack_rows()
    assert row["n_reports"] == 1 and row["drones_launched"] == 130


def test_a_telegram_post_is_extracted_with_its_timestamp(store, tmp_path):
    # Posted at 23:40 UTC on 1 March: already 2 March in Kyiv, the day the statement belongs to.
    export = {
        "name": "Повітряні Сили ЗС України",
        "type": "public_channel",
        "id": 1009876543,
        "messages": [
            {
                "id": 7,
                "type": "message",
                "date": "2025-03-02T01:40:00",
                "date_unixtime": "1740872400",
                "text": "Противник атакував 12 ударними БпЛА, збито 10.",
            }
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    seen: list[str | None] = []

    def extractor(text: str, published: str | None) -> dict:
        seen.append(published)
        return record(is_attack_report=True)

    summary = ingest_paths(store, [path], extractor=ingest.Extractor(extractor, "probe/1"))
    assert summary.added == 1
    assert seen[0] is not None and seen[0].startswith("2025-03-02T01:40:00")
    assert seen[0].endswith("+02:00")


def test_a_telegram_export_through_the_real_extractor(store):
    # The editor names the channel (issue 15): the export's title alone no longer makes it official.
    summary = ingest_paths(store, [TELEGRAM_EXPORT], channel="kpszsu")
    assert summary.failed == [] and summary.added == 1 and summary.not_attack == 1
    (stored,) = store.list_reports()
    assert stored["source_type"] == "official"
    detail = store.get_report(stored["id"])
    assert detail.record["drones_launched"] == 97
    assert detail.record["attack_date"] == "2025-03-02"
    assert detail.record["language"] == "uk"


def test_a_channel_titled_like_the_air_force_is_stored_as_an_outlet(store, tmp_path):
    export = json.loads(TELEGRAM_EXPORT.read_text(encoding="utf-8"))
    export["name"] = "Повітряні сили ЗСУ | пародія"
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    fake = FakeExtractor({"атакував": record(is_attack_report=True, attack_date="2025-03-02")})
    assert ingest_paths(store, [path], extractor=fake.as_extractor()).added == 1
    (stored,) = store.list_reports()
    assert stored["source_type"] == "outlet"
    assert stored["outlet"] == export["name"]
    assert "kpszsu" not in (stored["source_url"] or "")  # no link made up from the title


def test_the_editor_names_an_export_s_channel_to_make_it_official(store, tmp_path):
    from salvo.__main__ import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--database", url, "-q", "ingest", "--channel", "kpszsu", str(TELEGRAM_EXPORT)]) == 0
    check = Store(url)
    (stored,) = check.list_reports()
    assert stored["source_type"] == "official" and stored["source_url"] == "https://t.me/kpszsu/9002"
    check.close()
    fake = FakeExtractor({"атакував": record(is_attack_report=True, attack_date="2025-03-02")})
    summary = ingest_upload(store, "result.json", TELEGRAM_EXPORT.read_bytes(), extractor=fake.as_extractor(),
                            channel="kpszsu_fan_club")  # a name the table does not list
    assert summary.added == 1
    assert [r["source_type"] for r in store.list_reports()] == ["outlet"]


def test_the_cli_prints_how_many_channel_posts_were_not_attack_reports(tmp_path, capsys):
    from salvo.__main__ import main

    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--database", url, "-q", "ingest", str(TELEGRAM_EXPORT)]) == 0
    out = capsys.readouterr().out
    assert "added 1," in out
    assert "skipped 1 channel post(s) that are not attack reports" in out


def test_a_page_of_more_tags_than_any_article_is_refused_before_it_is_parsed(store, fake, monkeypatch):
    # 5 MB of "<p>x</p>" cost trafilatura 71 s of CPU and 860 MB; the cap is checked by counting
    monkeypatch.setattr(ingest, "MAX_HTML_TAGS", 1_000)
    page = "<html><body><article><p>" + KYIV + "</p></article>" + "<p>x</p>" * 600 + "</body></html>"
    summary = ingest_upload(store, "wide.html", page.encode(), extractor=fake.as_extractor())
    assert summary.added == 0 and "1,208 tags, more than an article has" in summary.failed[0][1]
    assert store.count_reports() == 0
    small = "<html><body><article><p>" + KYIV + "</p></article></body></html>"
    assert ingest_upload(store, "small.html", small.encode(), extractor=fake.as_extractor()).added == 1
