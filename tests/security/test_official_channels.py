"""Item 7 of issue 15: a channel is official because data/official_channels.csv lists its username
or id, never because a file says so."""
from __future__ import annotations

import csv

from salvo.sources import outlets as sources


def test_the_table_lists_the_air_force_by_username():
    with sources.OFFICIAL_CHANNELS_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["username", "channel_id", "title", "kind"]
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
    row = sources.OfficialChannel("pvk_example", 1234567890, "Example air command", "regional_air_command")
    monkeypatch.setattr(sources, "official_channels", lambda: (row,))
    assert sources.find_official_channel(channel_id=1234567890) is row
    assert sources.find_official_channel(channel_id="-1001234567890") is row  # the API's form
    assert sources.find_official_channel(channel_id=1234567891) is None
