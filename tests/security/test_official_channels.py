"""Item 7 of issue 15: a channel is official because data/official_channels.csv lists its username
or id, never because a file says so."""
from __future__ import annotations

import csv
import json

import pytest

from salvo.sources import official, sync
from salvo.sources import outlets as sources
from salvo.sources.ingest import telegram_to_reports

HEADER = "username,channel_id,title,kind,scope,outlet\n"
AIR_FORCE = "kpszsu,,Повітряні Сили ЗС України,air_force,national,Ukrainian Air Force\n"


def test_the_table_lists_the_air_force_by_username():
    with sources.OFFICIAL_CHANNELS_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["username", "channel_id", "title", "kind", "scope", "outlet"]
        rows = list(reader)
    assert {"username": "kpszsu", "kind": "air_force"}.items() <= rows[0].items()
    (air_force,) = [c for c in sources.official_channels() if c.kind == "air_force"]
    assert air_force.username == "kpszsu"


def test_a_channel_is_found_by_username_or_id_only():
    assert sources.find_official_channel("@KPSZSU").username == "kpszsu"
    assert sources.find_official_channel("kpszsu_parody") is None
    assert sources.find_official_channel(None, None) is None
    assert sources.find_official_channel(None, "not a number") is None


def test_a_known_id_identifies_the_channel(monkeypatch):
    row = sources.OfficialChannel("pvk_example", 1234567890, "Example air command", "regional_air_command",
                                  "regional", "Air Command Example")
    monkeypatch.setattr(sources, "official_channels", lambda: (row,))
    assert sources.find_official_channel(channel_id=1234567890) is row
    assert sources.find_official_channel(channel_id="-1001234567890") is row  # the API's form
    assert sources.find_official_channel(channel_id=1234567891) is None


@pytest.fixture
def channel_table(tmp_path, monkeypatch):
    """Point the one list at a file of the test's own, read afresh."""
    def write(text: str) -> None:
        path = tmp_path / "official_channels.csv"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(sources, "OFFICIAL_CHANNELS_CSV", path)
        sources.official_channels.cache_clear()

    yield write
    sources.official_channels.cache_clear()


def _export(channel_id: int) -> str:
    return json.dumps({"name": "Air Command Test", "type": "public_channel", "id": channel_id, "messages": [{
        "id": 41, "type": "message", "date": "2025-05-09T07:10:00", "date_unixtime": "1746763800",
        "text": "Overnight the enemy launched 12 attack drones; 10 were shot down.",
    }]})


def test_a_channel_added_to_the_table_is_official_everywhere(channel_table):
    """Every reader of official channels (a post's URL, an outlet's name, a Telegram export, the
    sync's previews, the official dataset's source column) follows the one table."""
    channel_table(HEADER + AIR_FORCE)
    assert sources.classify_source("https://t.me/pvktest/7").source_type == "outlet"
    assert official.source_scope("https://t.me/pvktest/7") == ("regional", "pvktest", "pvktest")
    assert sync.official_outlet("pvktest") is None
    assert telegram_to_reports(_export(1234), "export.json", channel="pvktest")[0].source_type == "outlet"

    channel_table(HEADER + AIR_FORCE + "pvktest,1234,,regional_air_command,regional,Air Command Test\n")
    listed = sources.SourceInfo("Air Command Test", "official")
    assert sources.classify_source("https://t.me/pvktest/7") == listed
    assert sources.classify_source(None, "PVKtest") == listed
    assert official.source_scope("https://t.me/pvktest/7") == ("regional", "pvktest", "Air Command Test")
    assert sync.official_outlet("pvktest") == "Air Command Test"
    (report,) = telegram_to_reports(_export(1234), "export.json")  # known by its id alone
    assert (report.source_type, report.outlet) == ("official", "Air Command Test")


def test_the_table_gives_a_channel_its_scope(channel_table):
    channel_table(HEADER + AIR_FORCE + "airdefence_test,,,air_force,national,Air Defence Test\n")
    assert official.source_scope("https://t.me/airdefence_test/3")[0] == "national"
    channel_table(HEADER + AIR_FORCE)
    assert official.source_scope("https://t.me/airdefence_test/3")[0] == "other"


@pytest.mark.parametrize("row", ["pvktest,,,regional_air_command,local,Air Command Test\n",
                                 "pvktest,,,regional_air_command,regional,\n"])
def test_a_row_without_a_scope_or_an_outlet_is_refused_with_its_line(channel_table, row):
    channel_table(HEADER + AIR_FORCE + row)
    with pytest.raises(ValueError, match="line 3"):
        sources.official_channels()


def test_the_shipped_table_is_read_whole():
    channels = {c.username: c for c in sources.official_channels()}
    assert channels["kpszsu"].outlet == "Ukrainian Air Force" and channels["kpszsu"].scope == "national"
    assert channels["pvkpivden"].outlet == "Air Command South" and channels["pvkpivden"].scope == "regional"
