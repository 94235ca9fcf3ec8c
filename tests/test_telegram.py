"""Reading Telegram Desktop channel exports (fixture written for these tests)."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from salvo.sources.telegram import KYIV, TelegramExportError, read_export

FIXTURE = Path(__file__).parent / "fixtures" / "telegram_export.json"


def test_text_posts_become_messages_and_the_rest_is_counted():
    (export,) = read_export(FIXTURE)
    assert [m.message_id for m in export.messages] == [9002, 9004]
    assert export.skipped == 2  # the pin notice and the empty post


def test_entity_arrays_are_joined_into_plain_text_without_link_targets():
    (export,) = read_export(FIXTURE)
    text = export.messages[0].text
    assert text.startswith("У ніч на 2 березня противник атакував 97 ударними БпЛА")
    assert text.endswith("Детальніше")
    assert "example.invalid" not in text


def test_timestamps_are_exact_and_in_kyiv_time():
    (export,) = read_export(FIXTURE)
    posted = export.messages[0].posted_at
    # 1740897665 is 06:41:05 UTC, which is 08:41:05 in Kyiv in winter (UTC+2).
    assert posted == datetime(2025, 3, 2, 8, 41, 5, tzinfo=KYIV)
    assert posted.utcoffset().total_seconds() == 2 * 3600


def test_air_force_channel_is_official_with_public_links_but_forwards_are_not():
    # The editor names the channel (issue 15): the fixture's title alone no longer makes it official.
    (export,) = read_export(FIXTURE, username="kpszsu")
    own, forwarded = export.messages
    assert own.url == "https://t.me/kpszsu/9002"
    assert own.official is True
    assert forwarded.official is False


def test_other_channels_get_private_links_and_are_not_official():
    doc = json.loads(FIXTURE.read_text())
    doc["name"] = "Обласна військова адміністрація"
    (export,) = read_export(json.dumps(doc))
    assert export.messages[0].url == "https://t.me/c/1009876543/9002"
    assert not any(m.official for m in export.messages)


def test_a_given_username_wins_over_the_title():
    (export,) = read_export(FIXTURE.read_bytes(), username="regional_news")
    assert export.messages[0].url == "https://t.me/regional_news/9002"
    assert export.messages[0].official is False


def test_a_title_claiming_the_air_force_is_an_outlet_with_no_made_up_link():
    (export,) = read_export(FIXTURE)  # titled like the Air Force, with an id the table does not list
    assert "Повітряні Сили" in export.channel
    assert not any(m.official for m in export.messages)
    assert export.official_channel is None
    assert [m.url for m in export.messages] == ["https://t.me/c/1009876543/9002", "https://t.me/c/1009876543/9004"]


def test_an_export_without_an_id_gets_no_link():
    doc = json.loads(FIXTURE.read_text())
    del doc["id"]
    (export,) = read_export(json.dumps(doc))
    assert [m.url for m in export.messages] == [None, None]


def test_a_listed_id_identifies_the_channel(monkeypatch):
    from salvo.sources import outlets as sources

    row = sources.OfficialChannel("kpszsu", 1009876543, "Повітряні Сили ЗС України", "air_force", "national",
                                  "Ukrainian Air Force")
    monkeypatch.setattr(sources, "official_channels", lambda: (row,))
    (export,) = read_export(FIXTURE)
    assert export.official_channel == row
    assert export.messages[0].official and export.messages[0].url == "https://t.me/kpszsu/9002"


@pytest.mark.parametrize("unix", ["²", "99999999999999999999", 99999999999999999999, "-5", True, "١٢٣"])
def test_an_impossible_timestamp_skips_the_post_alone(unix):
    doc = json.loads(FIXTURE.read_text())
    doc["messages"][1]["date_unixtime"] = unix
    doc["messages"][1].pop("date", None)
    (export,) = read_export(json.dumps(doc))
    assert [m.message_id for m in export.messages] == [9004]
    assert export.skipped == 3


@pytest.mark.parametrize("message_id", [True, 0, -5, "9003", 3.0, None])
def test_a_post_whose_id_is_no_positive_number_is_skipped_not_linked(message_id):
    doc = json.loads(FIXTURE.read_text())
    doc["messages"][1]["id"] = message_id
    (export,) = read_export(json.dumps(doc), username="kpszsu")
    assert [m.message_id for m in export.messages] == [9004]
    assert all(m.url == f"https://t.me/kpszsu/{m.message_id}" for m in export.messages)


def test_full_account_export_lists_every_channel():
    channel = json.loads(FIXTURE.read_text())
    document = {"about": "full export", "chats": {"list": [channel, {"name": "empty", "messages": []}]}}
    exports = read_export(json.dumps(document))
    assert [len(e.messages) for e in exports] == [2, 0]


def test_local_date_is_used_as_kyiv_time_when_unix_time_is_missing():
    doc = {"name": "x", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2025-07-04T07:05:00", "text": "Нічна атака."}]}
    (export,) = read_export(json.dumps(doc))
    assert export.messages[0].posted_at == datetime(2025, 7, 4, 7, 5, tzinfo=KYIV)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00binary", "not UTF-8"),
        ("[1, 2, 3]", "top level is not a JSON object"),
        ('{"name": "x"}', "no 'messages' array"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"messages": [', "not valid JSON"),
    ],
)
def test_bad_input_gets_a_clear_message(payload, message):
    with pytest.raises(TelegramExportError, match=message):
        read_export(payload)
