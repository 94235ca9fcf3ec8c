"""`python -m salvo sync` against a loopback stand-in of Telegram's channel preview and an outlet's
feed (tests/sync_standin.py): what a pass stores, what a second pass adds (nothing), an edited
post, a broken source, the lock, official channels by identity, and the command itself. The store
tests' `store` fixture runs each test on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from salvo.dashboard import sync_status
from salvo.sources import sync
from salvo.sources.ingest import default_extractor
from salvo.sources.telegram_web import PreviewMarkupError, parse_preview
from salvo.store import Store
from tests.sync_standin import AIR_FORCE_POSTS, Post, StandIn, serve_standin

ROOT = Path(__file__).resolve().parents[2]
SINCE = date(2025, 8, 1)


@pytest.fixture(scope="module")
def extractor():
    return default_extractor()


@pytest.fixture
def standin():
    return StandIn()


@pytest.fixture
def base(standin, monkeypatch):
    with serve_standin(standin) as url:
        monkeypatch.setenv("SALVO_TELEGRAM_BASE", url)
        monkeypatch.setenv("SALVO_FETCH_ALLOW", "127.0.0.1")
        yield url


def run(store, sources, extractor, since=SINCE, **settings):
    parsed = [sync.parse_source(text) for text in sources]
    settings = sync.SyncSettings(since=since, delay=0, **settings)
    return {r.source: r for r in sync.sync_once(store, parsed, settings, extractor=extractor)}


# --- the preview's markup ---------------------------------------------------------------------------


def test_the_preview_reader_takes_posts_text_moment_and_the_older_page():
    page = parse_preview(StandIn().preview("kpszsu", None), "kpszsu")
    assert [post.message_id for post in page.posts] == [1003, 1004, 1005]
    assert page.before == 1003
    post = page.posts[1]
    assert post.permalink == "https://t.me/kpszsu/1004"
    assert post.posted_at.isoformat() == "2025-08-02T08:45:00+03:00"  # Kyiv time, summer
    assert post.text.splitlines()[2] == "Зафіксовано влучання 8 ударних БпЛА на 4 локаціях."
    assert page.posts[2].text == "" and not post.forwarded


def test_a_quoted_reply_and_markup_are_not_the_post_text():
    html = ('<div class="tgme_widget_message" data-post="kpszsu/7"><a class="tgme_widget_message_reply">'
            '<div class="tgme_widget_message_text">quoted earlier post</div></a>'
            '<div class="tgme_widget_message_forwarded_from">Forwarded</div>'
            '<div class="tgme_widget_message_text">Own <b>words</b> &amp; <a href="https://x.example">link</a>'
            '<script>alert(1)</script></div><time datetime="2025-08-03T01:00:00+00:00"></time></div>')
    post = parse_preview(html, "kpszsu").posts[0]
    assert post.text == "Own words & link"  # entities as their text; no link target, no script
    assert post.forwarded


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<html><body>Down for maintenance</body></html>", "no posts"),
        ('<div class="tgme_widget_message" data-post="kpszsu/8">'
         '<div class="tgme_widget_message_text">x</div></div>', "no time"),
        ('<div class="tgme_widget_message" data-post="kpszsu">'
         '<time datetime="2025-08-03T01:00:00+00:00"></time></div>', "not <channel>/<id>"),
    ],
)
def test_a_changed_markup_is_a_clear_error(html, message):
    with pytest.raises(PreviewMarkupError, match=message):
        parse_preview(html, "kpszsu")


def test_one_odd_block_is_left_out_and_the_others_read():
    service = ('<div class="tgme_widget_message service_message" data-post="kpszsu/1000">'
               "Channel photo updated</div>")
    page = parse_preview(service + StandIn().preview("kpszsu", None), "kpszsu")
    assert [post.message_id for post in page.posts] == [1003, 1004, 1005]


# --- passes ---------------------------------------------------------------------------------------------


def test_a_first_pass_stores_the_statements_and_the_article_and_a_second_adds_nothing(
    store, standin, base, extractor
):
    feed = f"feed:{base}/feed.xml"
    first = run(store, ["telegram:kpszsu", feed], extractor)
    channel = first["telegram:kpszsu"]
    assert (channel.added, channel.not_attack, channel.error) == (2, 2, None)  # the alert and the photo
    assert (first[feed].added, first[feed].not_attack) == (1, 1)  # the budget story is no attack report
    assert store.count_reports() == 3
    night = store.get_attack(date(2025, 8, 2))
    assert (night["drones_launched"], night["drones_destroyed"], night["hit_locations"]) == (45, 37, 4)
    assert (night["killed"], night["injured"]) == (3, 12)  # the article joins the statement's night
    assert night["source_type"] == "official" and night["sources"][0] == "Ukrainian Air Force"
    assert store.get_attack(date(2025, 8, 1))["drones_launched"] == 60
    assert store.get_attack(date(2025, 7, 31)) is None  # post 1001 is before --since
    assert all("Salvo" in agent for agent in standin.user_agents)

    standin.requests.clear()
    second = run(store, ["telegram:kpszsu", feed], extractor)
    assert all((r.added, r.revised, r.error) == (0, 0, None) for r in second.values())
    assert store.count_reports() == 3
    # the first page met posts already read; no article is fetched again
    assert standin.requests == ["/s/kpszsu", "/feed.xml"]
    statuses = {s["source"]: s for s in store.sync_statuses()}
    assert statuses["telegram:kpszsu"]["reports_added"] == 2 and statuses[feed]["reports_added"] == 1


def test_since_bounds_how_far_back_the_first_pass_pages(store, standin, base, extractor):
    standin.page_size = 2
    run(store, ["telegram:kpszsu"], extractor, since=date(2025, 8, 2))
    assert standin.requests == ["/s/kpszsu", "/s/kpszsu?before=1004"]  # the second page reaches 1 August
    assert [r["attack_date"] for r in store.attack_rows()] == ["2025-08-02"]


def test_the_page_cap_stops_a_pass(store, standin, base, extractor):
    standin.page_size = 1
    result = run(store, ["telegram:kpszsu"], extractor, since=None, max_pages=2)["telegram:kpszsu"]
    assert result.pages == 2 and len(standin.requests) == 2


def test_an_edited_post_revises_its_report_and_its_night(store, standin, base, extractor):
    run(store, ["telegram:kpszsu"], extractor)
    reports = store.count_reports()
    edited = AIR_FORCE_POSTS[3].text.replace("45 ударними", "48 ударними").replace("37 ворожих", "41 ворожий")
    standin.edit("kpszsu", 1004, edited)
    result = run(store, ["telegram:kpszsu"], extractor)["telegram:kpszsu"]
    assert (result.added, result.revised) == (0, 1)
    assert store.count_reports() == reports  # the same report, revised
    night = store.get_attack(date(2025, 8, 2))
    assert (night["drones_launched"], night["drones_destroyed"], night["n_reports"]) == (48, 41, 1)
    report = store.get_report(night["report_ids"][0])
    assert "48 ударними" in report.text and report.source_url == "https://t.me/kpszsu/1004"


def test_a_posts_night_is_read_in_kyiv_time(store, standin, base, extractor):
    # 21:40 UTC on 4 August is 00:40 on 5 August in Kyiv: "this night" is the night into the 5th.
    text = ("Цієї ночі противник атакував 12 ударними БпЛА типу Shahed з напрямку Брянська. "
            "Протиповітряною обороною збито 10 ворожих БпЛА.")
    standin.channels["kpszsu"].append(Post(1007, "2025-08-04T21:40:00+00:00", text))
    run(store, ["telegram:kpszsu"], extractor)
    night = store.get_attack(date(2025, 8, 5))
    assert night is not None and (night["drones_launched"], night["drones_destroyed"]) == (12, 10)
    assert store.get_report(night["report_ids"][0]).published == date(2025, 8, 5)


def test_a_post_stored_from_a_channel_export_is_not_stored_again(store, standin, base, extractor):
    from salvo.sources.ingest import ingest_text

    post = AIR_FORCE_POSTS[3]
    ingest_text(store, post.text, url="https://t.me/kpszsu/1004", extractor=extractor)
    result = run(store, ["telegram:kpszsu"], extractor)["telegram:kpszsu"]
    assert (result.added, result.revised) == (1, 0)  # 1002 is new; 1004 was there
    assert store.count_reports() == 2


def test_a_broken_source_fails_alone_with_a_status_and_stores_nothing(store, standin, base, extractor):
    standin.channels["brokenchan"] = list(AIR_FORCE_POSTS)
    standin.broken.add("/s/brokenchan")
    standin.failing.add("/gone.xml")
    results = run(store, ["telegram:brokenchan", f"feed:{base}/gone.xml", "telegram:kpszsu"], extractor)
    assert "no posts" in results["telegram:brokenchan"].error
    assert "503" in results[f"feed:{base}/gone.xml"].error
    assert results["telegram:kpszsu"].added == 2
    stored = {r["source_url"] for r in store.list_reports()}
    assert stored == {"https://t.me/kpszsu/1002", "https://t.me/kpszsu/1004"}
    statuses = {s["source"]: s for s in store.sync_statuses()}
    broken = statuses["telegram:brokenchan"]
    assert broken["last_success_at"] is None and "no posts" in broken["last_error"]
    assert sync_status.is_failing(broken) and not sync_status.is_failing(statuses["telegram:kpszsu"])
    line = sync_status.freshness_line(list(statuses.values()))
    assert line.startswith("Live sources: updated just now from 1 source; 2 failing (")


def test_channels_are_official_by_identity_never_by_title(store, standin, base, extractor):
    # Another channel with the Air Force's title, and a forward inside the Air Force's channel.
    standin.channels["pvs_fan_club"] = [Post(77, "2025-08-03T05:00:00+00:00", AIR_FORCE_POSTS[3].text.replace(
        "2 серпня (з 18:00 1 серпня)", "3 серпня (з 18:00 2 серпня)"))]
    standin.channels["kpszsu"].append(Post(1006, "2025-08-04T05:00:00+00:00", AIR_FORCE_POSTS[1].text.replace(
        "1 серпня (з 18:00 31 липня)", "4 серпня (з 18:00 3 серпня)"), forwarded_from="Someone"))
    run(store, ["telegram:pvs_fan_club", "telegram:kpszsu"], extractor)
    by_url = {r["source_url"]: r for r in store.list_reports()}
    assert by_url["https://t.me/pvs_fan_club/77"]["source_type"] == "outlet"
    assert by_url["https://t.me/kpszsu/1006"]["source_type"] == "outlet"  # a forward is not its statement
    assert by_url["https://t.me/kpszsu/1004"]["source_type"] == "official"
    assert store.get_attack(date(2025, 8, 3))["source_type"] == "outlet"


def test_a_source_another_replica_is_syncing_is_skipped(store, standin, base, extractor):
    assert store.acquire_sync_lock("telegram:kpszsu", "replica-b", 600)
    result = run(store, ["telegram:kpszsu"], extractor)["telegram:kpszsu"]
    assert result.locked and standin.requests == [] and store.count_reports() == 0
    assert not store.acquire_sync_lock("telegram:kpszsu", "replica-c", 600)
    store.release_sync_lock("telegram:kpszsu", "replica-b")
    assert run(store, ["telegram:kpszsu"], extractor)["telegram:kpszsu"].added == 2
    # a lock whose holder died frees itself when it expires
    assert store.acquire_sync_lock("telegram:kpszsu", "replica-dead", -1)
    assert store.acquire_sync_lock("telegram:kpszsu", "replica-c", 600)


# --- configuration and the worker ------------------------------------------------------------------------


def test_sources_are_parsed_with_clear_errors(tmp_path, monkeypatch):
    assert sync.parse_source("telegram:@kpszsu") == sync.Source("telegram", "kpszsu")
    assert sync.parse_source("feed:https://example.org/rss").key == "feed:https://example.org/rss"
    for bad, message in [("telegram:a b", "not a Telegram channel username"), ("feed:ftp://x", "http"),
                         ("mastodon:x", "telegram:<channel> or feed:<url>")]:
        with pytest.raises(sync.SyncConfigError, match=message):
            sync.parse_source(bad)
    with pytest.raises(sync.SyncConfigError, match="line 2"):
        sync.parse_sources_text("telegram:kpszsu\nnonsense")
    path = tmp_path / "sources.txt"
    monkeypatch.setenv(sync.SOURCES_ENV, str(path))
    written = sync.save_sources_text("# ours\ntelegram:kpszsu\nfeed:https://example.org/rss  # an outlet\n")
    assert written == path
    assert [s.key for s in sync.configured_sources()] == ["telegram:kpszsu", "feed:https://example.org/rss"]
    with pytest.raises(sync.SyncConfigError):
        sync.save_sources_text("telegram:x")  # refused: the file keeps the good list
    assert len(sync.configured_sources()) == 2


def test_the_shipped_sources_read_the_air_force_and_outlets():
    sources = sync.parse_sources_text(sync.DEFAULT_SOURCES_PATH.read_text(encoding="utf-8"))
    assert sources[0] == sync.Source("telegram", "kpszsu")
    assert sum(source.kind == "feed" for source in sources) >= 2


def test_intervals_and_backoff_with_jitter():
    assert [sync.parse_interval(text) for text in ("15m", "1h", "90s", "30")] == [900, 3600, 90, 30]
    with pytest.raises(sync.SyncConfigError):
        sync.parse_interval("soon")
    rng = random.Random(7)
    waits = [sync.next_wait(900, failures, rng) for failures in range(8)]
    assert 810 <= waits[0] <= 990 and 1620 <= waits[1] <= 1980  # doubled after a failure, ±10%
    assert max(waits) <= sync.MAX_BACKOFF_SECONDS * 1.1


def test_the_worker_syncs_and_stops(store, standin, base, extractor):
    stop = threading.Event()
    passes = []

    def report(results):
        passes.append(results)
        stop.set()

    sync.run_worker(store, lambda: [sync.parse_source("telegram:kpszsu")], 900,
                    sync.SyncSettings(delay=0, since=SINCE), stop=stop, report=report, extractor=extractor)
    assert len(passes) == 1 and passes[0][0].added == 2


def test_the_freshness_line_counts_sources_and_says_how_long_ago():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    ok = {"source": "telegram:kpszsu", "last_attempt_at": now - timedelta(minutes=12),
          "last_success_at": now - timedelta(minutes=12), "last_error": None}
    assert sync_status.freshness_line([], now) is None
    assert sync_status.freshness_line([ok, {**ok, "source": "feed:a"}, {**ok, "source": "feed:b"}], now) == (
        "Live sources: updated 12 min ago from 3 sources.")


# --- the command (the done-check) -----------------------------------------------------------------


def test_the_sync_command_stores_every_statement_once_and_export_shows_them(tmp_path, standin, base):
    database = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    env = {**os.environ, "SALVO_TELEGRAM_BASE": base, "SALVO_FETCH_ALLOW": "127.0.0.1",
           "SALVO_SYNC_DELAY": "0", "SALVO_DATABASE_URL": database, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "salvo", "-q", "sync", "--once", "--source", "telegram:kpszsu",
               "--source", f"feed:{base}/feed.xml", "--since", "2025-08-01"]
    first = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "telegram:kpszsu: added 2," in first.stdout
    second = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0 and "added 1" not in second.stdout and "added 2" not in second.stdout
    assert Store(database).count_reports() == 3
    exported = subprocess.run([sys.executable, "-m", "salvo", "export", "-o", "attacks.csv"], env=env,
                              cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert exported.returncode == 0, exported.stderr
    table = pd.read_csv(tmp_path / "attacks.csv").set_index("attack_date")
    assert list(table.index) == ["2025-08-01", "2025-08-02"]
    night = table.loc["2025-08-02"]
    figures = (night["drones_launched"], night["drones_destroyed"], night["killed"], night["injured"])
    assert figures == (45, 37, 3, 12)
    assert set(table["source_type"]) == {"official"}


# --- feeds and the dashboard's worker -----------------------------------------------------------------


def test_a_feed_is_read_in_the_encoding_it_declares_and_garbage_is_refused():
    from salvo.sources.feeds import FeedError, parse_feed

    feed = ('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новини</title>'
            "<item><title>Атака дронів на Харків</title><link>https://example.org/a</link>"
            "<pubDate>Sat, 02 Aug 2025 07:00:00 +0000</pubDate></item>"
            "<item><title>No link</title></item></channel></rss>").encode("cp1251")
    items = parse_feed(feed, "https://example.org/rss")
    assert [(i.title, i.link, i.published.isoformat()) for i in items] == [
        ("Атака дронів на Харків", "https://example.org/a", "2025-08-02T07:00:00+00:00")]
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>Down for maintenance</body></html>", "https://example.org/rss")


def test_the_dashboards_worker_runs_when_salvo_sync_every_is_set(store, standin, base, tmp_path, monkeypatch):
    monkeypatch.delenv(sync.EVERY_ENV, raising=False)
    assert sync.start_worker_from_env(lambda: store) is None
    sources_file = tmp_path / "sources.txt"
    sources_file.write_text("telegram:kpszsu\n", encoding="utf-8")
    monkeypatch.setenv(sync.SOURCES_ENV, str(sources_file))
    monkeypatch.setenv(sync.DELAY_ENV, "0")
    monkeypatch.setenv(sync.EVERY_ENV, "1h")
    stop = sync.start_worker_from_env(lambda: store)
    try:
        for _ in range(600):  # the first pass runs at once in its thread
            if any(s["last_success_at"] for s in store.sync_statuses()):
                break
            stop.wait(0.1)
    finally:
        stop.set()
    assert store.count_reports() >= 2  # statements of kpszsu's two pages (no --since: all of them)
    monkeypatch.setenv(sync.EVERY_ENV, "often")
    with pytest.raises(sync.SyncConfigError):
        sync.start_worker_from_env(lambda: store)


@pytest.mark.parametrize(("arguments", "said"), [
    (["--delay", "nan"], "a delay of nan seconds"),
    (["--delay", "-1"], "a delay of -1 seconds"),
    (["--delay", "1e308"], "give 0 to 30"),
    (["--max-pages", "0"], "0 preview pages per source: give at least 1"),
    (["--max-pages", "-3"], "-3 preview pages"),
])
def test_a_delay_or_page_count_that_is_no_polite_pass_is_refused_before_any_request(
        arguments, said, tmp_path, monkeypatch, capsys):
    from salvo.__main__ import main

    def no_request(*_args, **_kwargs):
        raise AssertionError("nothing may be fetched")

    monkeypatch.setattr(sync, "fetch", no_request)
    database = f"sqlite:///{tmp_path / 'store.sqlite'}"
    code = main(["--database", database, "-q", "sync", "--source", "telegram:kpszsu", *arguments])
    assert code == 2 and said in capsys.readouterr().err


@pytest.mark.parametrize("delay", ["nan", "-2", "86400"])
def test_the_dashboards_worker_refuses_a_bad_salvo_sync_delay_at_start(store, monkeypatch, delay):
    monkeypatch.setenv(sync.EVERY_ENV, "1h")
    monkeypatch.setenv(sync.DELAY_ENV, delay)
    with pytest.raises(sync.SyncConfigError, match="SALVO_SYNC_DELAY"):
        sync.start_worker_from_env(lambda: store)


def test_a_locked_source_says_whose_lock_it_is_and_until_when(tmp_path, capsys, monkeypatch):
    # a run killed mid-pass leaves its lock behind: the next run says so rather than blaming a replica
    from salvo.__main__ import main

    database = f"sqlite:///{tmp_path / 'store.sqlite'}"
    held = Store(database)
    held.acquire_sync_lock("telegram:kpszsu", "host-a:4242:1", 600)
    (status,) = held.sync_statuses()
    monkeypatch.setattr(sync, "fetch", lambda *_args, **_kwargs: pytest.fail("a locked source is not read"))
    assert main(["--database", database, "-q", "sync", "--source", "telegram:kpszsu", "--delay", "0"]) == 0
    said = capsys.readouterr().out
    until = f"{status['lock_expires_at']:%Y-%m-%d %H:%M} UTC"
    assert f"telegram:kpszsu: skipped, locked by host-a:4242:1 until {until}" in said
    assert "or a run stopped before it could let go" in said
