"""The shared filters: query-string round trip, lenient parsing, and the pure frame filter."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from salvo.dashboard.filters import OBLASTS, Filters, apply_filters, page_weapon_groups
from tests.dashboard.synthetic import attack_frame


def test_query_params_round_trip():
    filters = Filters(dt.date(2025, 7, 1), dt.date(2025, 7, 31), ("drones", "cruise"),
                      ("Lviv Oblast", "Kyiv City"), ("official",))  # options in the sidebar's order
    params = filters.to_query_params()
    assert params == {"from": "2025-07-01", "to": "2025-07-31", "weapon": "drones,cruise",
                      "oblast": "Lviv Oblast,Kyiv City", "source": "official"}
    assert Filters.from_query_params(params) == filters
    assert Filters().to_query_params() == {}


def test_hostile_or_malformed_query_values_are_dropped():
    filters = Filters.from_query_params({
        "from": "not-a-date", "to": "2025-13-45", "weapon": "drones,<script>,nukes",
        "oblast": "Atlantis,Kyiv City", "source": "official,'; DROP TABLE",
    })
    assert filters == Filters(None, None, ("drones",), ("Kyiv City",), ("official",))


def test_reversed_dates_are_swapped():
    filters = Filters.from_query_params({"from": "2025-08-01", "to": "2025-07-01"})
    assert (filters.start, filters.end) == (dt.date(2025, 7, 1), dt.date(2025, 8, 1))


def test_no_filters_keep_every_row():
    frame = attack_frame()
    assert apply_filters(frame, Filters()).equals(frame)


def test_date_range_is_inclusive():
    frame = attack_frame()
    kept = apply_filters(frame, Filters(dt.date(2025, 6, 10), dt.date(2025, 6, 12)))
    assert list(kept["attack_date"].dt.day) == [10, 11, 12]


def test_weapon_filter_keeps_nights_that_launched_it():
    frame = attack_frame()
    kept = apply_filters(frame, Filters(weapons=("aeroballistic",)))
    assert len(kept) == (frame["aeroballistic_launched"] > 0).sum() > 0
    assert (kept["aeroballistic_launched"] > 0).all()
    either = apply_filters(frame, Filters(weapons=("aeroballistic", "ballistic")))
    assert len(either) == ((frame["aeroballistic_launched"] > 0) | (frame["ballistic_launched"] > 0)).sum()


def test_weapon_filter_treats_unknown_counts_as_not_launched():
    frame = attack_frame(nights=2)
    frame["cruise_launched"] = pd.array([pd.NA, 3], dtype="Int64")
    assert list(apply_filters(frame, Filters(weapons=("cruise",))).index) == [1]


def test_oblast_and_source_filters():
    frame = attack_frame()
    kept = apply_filters(frame, Filters(oblasts=("Lviv Oblast",), source_types=("wire",)))
    assert len(kept) > 0
    assert kept["oblasts"].map(lambda names: "Lviv Oblast" in names).all()
    assert (kept["source_type"] == "wire").all()
    expected = frame["oblasts"].map(lambda n: "Lviv Oblast" in n) & (frame["source_type"] == "wire")
    assert len(kept) == expected.sum()


def test_oblast_options_are_the_schema_names():
    assert len(OBLASTS) == len(set(OBLASTS)) == 27


def test_a_pages_weapon_groups_never_go_beyond_the_sidebars_weapons():
    assert page_weapon_groups(Filters()) == ["total", "drones", "missiles", "shahed", "cruise", "ballistic",
                                             "aeroballistic", "guided"]
    assert page_weapon_groups(Filters(weapons=("cruise",))) == ["cruise"]
    assert page_weapon_groups(Filters(weapons=("drones",))) == ["drones", "shahed"]
    assert page_weapon_groups(Filters(weapons=("missiles", "ballistic"))) == [
        "missiles", "cruise", "ballistic", "aeroballistic", "guided"]
