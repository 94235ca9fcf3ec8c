"""Map builders: shipped boundaries, impact counts, and tooltips that are text, never HTML."""
from __future__ import annotations

import json

import pandas as pd

from salvo.dashboard import maps
from salvo.dashboard.data import empty_attack_frame
from salvo.dashboard.filters import OBLASTS
from tests.dashboard.synthetic import attack_frame


def kyiv_only(name: str) -> maps.Place | None:
    return maps.Place("Kyiv", 50.45, 30.52) if name == "Kyiv" else None


def test_shipped_boundaries_cover_every_oblast_once():
    names = [feature["properties"]["name"] for feature in maps.oblast_geojson()["features"]]
    assert sorted(names) == sorted(OBLASTS)
    for feature in maps.oblast_geojson()["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                assert ring[0] == ring[-1], feature["properties"]["name"]
                assert all(22 < lon < 41 and 44 < lat < 53 for lon, lat in ring)


def test_oblast_impact_counts_nights_not_mentions():
    frame = attack_frame(nights=3)
    frame["oblasts"] = [["Kyiv City", "Lviv Oblast"], ["Kyiv City"], []]
    frame["sources"] = [["A"], ["B"], ["C"]]
    table = maps.oblast_impact(frame).set_index("name")
    assert table.loc["Kyiv City", "nights"] == 2
    assert table.loc["Lviv Oblast", "nights"] == 1
    assert table.loc["Kyiv City", "sources"] == "A, B"
    # changed with issue 14: only the night naming Kyiv City alone gives it casualties
    assert table.loc["Kyiv City", "killed"] == frame["killed"].iloc[1]
    assert table.loc["Kyiv City", "unplaced_nights"] == 1
    assert pd.isna(table.loc["Lviv Oblast", "killed"]) and table.loc["Lviv Oblast", "unplaced_nights"] == 1


def test_deck_shades_oblasts_and_places_known_cities():
    frame = attack_frame()
    deck = maps.impact_deck(frame, kyiv_only)
    assert [layer.id for layer in deck.layers] == ["oblasts", "cities"]
    features = {f["properties"]["name"]: f["properties"] for f in deck.layers[0].data["features"]}
    counts = maps.oblast_impact(frame).set_index("name")["nights"]
    busiest = counts.idxmax()
    assert features[busiest]["fill"] == [*maps.RAMP[-1], 200]
    assert features["Volyn Oblast"]["nights"] == 0  # never named in the synthetic frame
    assert features["Volyn Oblast"]["fill"] == [*maps.NO_IMPACT_FILL, 140]
    cities = deck.layers[1].data
    assert [city["name"] for city in cities] == ["Kyiv"]  # cities the gazetteer does not know are left out


def test_tooltips_are_plain_text_even_for_hostile_names():
    frame = attack_frame(nights=2)
    hostile = "<img src=x onerror=alert(1)>"
    frame["sources"] = [[hostile], [hostile]]
    frame["oblasts"] = [["Kyiv City"], ["Kyiv City"]]
    frame["cities"] = [["Kyiv"], []]
    deck = maps.impact_deck(frame, kyiv_only)
    spec = json.loads(deck.to_json())
    # st.pydeck_chart passes deck._tooltip to deck.gl, which sets a "text" tooltip as innerText.
    assert deck._tooltip == {"text": "{tooltip}"}
    kyiv = next(f for f in spec["layers"][0]["data"]["features"] if f["properties"]["name"] == "Kyiv City")
    assert "2 attack night(s) with reported impact" in kyiv["properties"]["tooltip"]
    assert hostile in kyiv["properties"]["tooltip"]  # shown literally, as text


def test_map_draws_ukraine_on_an_empty_frame_and_without_a_basemap():
    deck = maps.impact_deck(empty_attack_frame(), None, map_style=None)
    assert len(deck.layers) == 1
    assert len(deck.layers[0].data["features"]) == 27


def test_light_basemap_needs_no_key():
    spec = json.loads(maps.impact_deck(empty_attack_frame(), map_style="light").to_json())
    assert spec["mapProvider"] == "carto"
    assert "positron" in spec["mapStyle"]


def test_ramp_is_monotonic_in_darkness():
    shades = [sum(maps.ramp_colour(n, 10)[:3]) for n in range(1, 11)]
    assert shades == sorted(shades, reverse=True)


def test_gazetteer_lookup_finds_real_cities():
    lookup = maps.gazetteer_lookup()
    place = lookup("Kharkiv")
    assert place is not None and 49 < place.lat < 51 and 35 < place.lon < 37
    assert lookup("Nowhereville") is None


def test_a_nights_casualties_are_never_given_to_each_of_its_oblasts():
    frame = attack_frame(nights=2)
    frame["oblasts"] = [["Kyiv City", "Sumy Oblast"], ["Sumy Oblast"]]
    frame["killed"] = pd.array([0, 2], dtype="Int64")
    frame["injured"] = pd.array([23, 5], dtype="Int64")
    table = maps.oblast_impact(frame).set_index("name")
    assert table.loc["Sumy Oblast", "injured"] == 5  # not 28: Kyiv's 23 are not Sumy's
    assert pd.isna(table.loc["Kyiv City", "injured"])


def test_legend_shows_the_real_scale():
    one = maps.legend(1)
    assert list(one["nights"]) == ["none reported", "1 night"]
    assert list(maps.legend(3)["nights"]) == ["none reported", "1 night", "2 nights", "3 nights"]
    wide = maps.legend(40)
    assert list(wide["nights"]) == ["none reported", "1–8 nights", "9–16 nights", "17–24 nights",
                                    "25–32 nights", "33–40 nights"]
    assert wide["colour"].iloc[-1] == "#800026"  # the ramp's darkest red
    assert (wide["text"].iloc[-1], wide["text"].iloc[1]) == ("#ffffff", "#000000")  # legible on each


def test_kyiv_city_is_drawn_over_kyiv_oblast():
    deck = maps.impact_deck(empty_attack_frame())
    names = [feature["properties"]["name"] for feature in deck.layers[0].data["features"]]
    assert names.index("Kyiv City") > names.index("Kyiv Oblast")


def test_cities_hit_and_cities_where_only_debris_fell_are_drawn_apart():
    frame = attack_frame(nights=3)
    frame["cities"] = [["Kyiv", "Bucha"], ["Bucha"], ["Kyiv"]]
    frame["oblasts"] = [["Kyiv City", "Kyiv Oblast"], ["Kyiv Oblast"], ["Kyiv City"]]
    frame["debris_places"] = [["Bucha", "Kyiv Oblast"], ["Bucha", "Kyiv Oblast"], ["Kyiv"]]
    places = {"Kyiv": maps.Place("Kyiv", 50.45, 30.52), "Bucha": maps.Place("Bucha", 50.54, 30.22)}
    cities = maps.city_impact(frame, places.get).set_index("name")
    assert (cities.loc["Bucha", "nights"], cities.loc["Bucha", "debris_nights"]) == (2, 2)
    assert (cities.loc["Kyiv", "nights"], cities.loc["Kyiv", "debris_nights"]) == (2, 1)
    oblasts = maps.oblast_impact(frame).set_index("name")
    assert (oblasts.loc["Kyiv Oblast", "debris_nights"], oblasts.loc["Kyiv City", "debris_nights"]) == (2, 0)

    deck = maps.impact_deck(frame, places.get)
    layer = next(layer for layer in deck.layers if layer.id == "cities")
    drawn = {row["name"]: row for row in layer.data}
    # Bucha: only debris on every night, an orange ring; Kyiv: hit on one night, a blue disc
    assert drawn["Bucha"]["line"] == [*maps.DEBRIS_COLOUR, 255] and drawn["Bucha"]["fill"][3] < 100
    assert drawn["Kyiv"]["fill"] == [*maps.CITY_COLOUR, 200]
    ring = next(layer for layer in json.loads(deck.to_json())["layers"] if layer["id"] == "cities")
    assert ring["lineWidthUnits"] == "pixels"  # the word itself: as an expression it drew discs
    assert "0 with hits or damage, 2 with debris only" in drawn["Bucha"]["tooltip"]
    assert "1 with hits or damage, 1 with debris only" in drawn["Kyiv"]["tooltip"]
    features = {f["properties"]["name"]: f["properties"] for f in deck.layers[0].data["features"]}
    assert "2 attack night(s) with reported impact (2 with debris only)" in features["Kyiv Oblast"]["tooltip"]


def test_map_table_attributes_casualties_per_place_and_falls_back_only_without_them():
    frame = attack_frame(nights=3)
    frame["killed"] = pd.array([9, 4, 6], dtype="Int64")
    frame["injured"] = pd.array([40, 7, 11], dtype="Int64")
    frame["oblasts"] = [["Kyiv City", "Kyiv Oblast", "Odesa Oblast", "Sumy Oblast"], ["Kyiv City"],
                        ["Kyiv City", "Lviv Oblast"]]
    frame["cities"] = [["Kyiv", "Bila Tserkva", "Odesa", "Izmail"], [], []]
    frame["casualties_by_place"] = [{
        "Kyiv": {"oblast": "Kyiv City", "killed": 2, "injured": 23},
        "Bila Tserkva": {"oblast": "Kyiv Oblast", "injured": 3},
        "Kyiv Oblast": {"oblast": "Kyiv Oblast", "injured": 5},  # the region's count, its town's within
        "Odesa": {"oblast": "Odesa Oblast", "killed": 3, "injured": 4},
        "Izmail": {"oblast": "Odesa Oblast", "injured": 1},
    }, {}, {}]
    table = maps.oblast_impact(frame).set_index("name")
    # night 1 per place, night 2 names Kyiv City alone (its totals), night 3 names two: none
    assert (table.loc["Kyiv City", "killed"], table.loc["Kyiv City", "injured"]) == (2 + 4, 23 + 7)
    assert table.loc["Kyiv City", "unplaced_nights"] == 1
    assert pd.isna(table.loc["Kyiv Oblast", "killed"]) and table.loc["Kyiv Oblast", "injured"] == 5
    assert (table.loc["Odesa Oblast", "killed"], table.loc["Odesa Oblast", "injured"]) == (3, 5)
    for oblast in ("Sumy Oblast", "Lviv Oblast"):  # never a national total
        assert pd.isna(table.loc[oblast, "killed"]) and pd.isna(table.loc[oblast, "injured"])
        assert table.loc[oblast, "unplaced_nights"] == 1
    cities = maps.city_impact(frame, lambda name: maps.Place(name, 50.0, 30.0)).set_index("name")
    assert cities.loc["Bila Tserkva", "injured"] == 3 and pd.isna(cities.loc["Bila Tserkva", "killed"])
    assert cities.loc["Izmail", "injured"] == 1
    features = {f["properties"]["name"]: f["properties"]["tooltip"]
                for f in maps.impact_deck(frame).layers[0].data["features"]}
    assert "killed here: 3\ninjured here: 5" in features["Odesa Oblast"]
    assert "killed here: not reported" in features["Sumy Oblast"]
