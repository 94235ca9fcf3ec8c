"""The Directions page (issue 18 item 2): launch areas per night, launches per direction over
time, arcs to the oblasts struck, on an attack frame built here, and through the page in AppTest."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from salvo.dashboard import data as ui
from salvo.dashboard import directions
from salvo.table import rows_to_frame
from tests.dashboard.test_pages import open_page


def night(day: str, **figures) -> dict:
    return {"attack_date": day, "n_reports": 1, "sources": ["Ukrainian Air Force"], "source_type": "official",
            **figures}


def counts(launched=None, shared=None) -> dict:
    return {"launched": launched, "shared": shared}


@pytest.fixture
def nights() -> pd.DataFrame:
    return rows_to_frame([
        # the official series: 80 from Kursk alone, 40 from Primorsko-Akhtarsk and Chauda together
        night("2025-06-02", total_launched=126, oblasts=["Kharkiv Oblast", "Odesa Oblast"],
              launch_areas={"Kursk": counts(80), "Primorsko-Akhtarsk": counts(shared=40),
                            "Chauda": counts(shared=40), "Caspian Sea": counts(6)}),
        # a statement naming directions without counts
        night("2025-06-03", total_launched=50, oblasts=["Kharkiv Oblast"],
              launch_areas={"Kursk": counts(), "Bryansk": counts()}),
        night("2025-07-10", total_launched=90, oblasts=["Kyiv City"], launch_areas={"Kursk": counts(30)}),
        night("2025-07-11", total_launched=10, oblasts=["Lviv Oblast"]),  # no direction named
    ])


def test_each_area_s_nights_and_launches_alone_and_shared(nights):
    summary = directions.direction_summary(nights).set_index("area")
    assert summary.index[0] == "Kursk"
    kursk = summary.loc["Kursk"]
    assert (kursk["nights"], kursk["launched"], kursk["launched_nights"]) == (3, 110, 2)
    assert kursk["oblasts_struck"] == "Kharkiv Oblast (2), Odesa Oblast (1), Kyiv City (1)"
    assert summary.loc["Chauda", "country"] == "occupied Crimea"
    assert pd.isna(summary.loc["Chauda", "launched"]) and summary.loc["Chauda", "shared"] == 40
    assert summary.loc["Bryansk", "nights"] == 1 and summary.loc["Bryansk", "shared_nights"] == 0


def test_launches_per_direction_per_month(nights):
    named = directions.direction_table(nights, "M", "nights")
    june, july = pd.Timestamp("2025-06-01"), pd.Timestamp("2025-07-01")
    assert named.loc[june, "Kursk"] == 2 and named.loc[july, "Kursk"] == 1
    alone = directions.direction_table(nights, "M", "launched")
    assert alone.loc[pd.Timestamp("2025-06-01"), "Kursk"] == 80
    assert pd.isna(alone.loc[pd.Timestamp("2025-06-01"), "Chauda"])  # only a shared count: not "alone"
    assert pd.isna(alone.loc[pd.Timestamp("2025-06-01"), "Bryansk"])  # named without a count: never zero
    assert named.loc[july, "Chauda"] == 0  # July's night names only Kursk
    weekly = directions.direction_table(nights, "W", "nights")
    # weeks from Monday 2 June to that of 10 July; the four between name nothing: gaps, not zeros
    assert len(weekly) == 6 and weekly["Kursk"].isna().sum() == 4
    involving = directions.direction_table(nights, "M", "involving")
    assert involving.loc[pd.Timestamp("2025-06-01"), "Chauda"] == 40
    figure = directions.direction_figure(nights, "M", "launched")
    assert {trace.name for trace in figure.data} == {"Kursk", "Caspian Sea"}
    assert "directions named for 3 of 4 attack nights" in figure.layout.title.subtitle.text
    assert "launches per direction for 2" in figure.layout.title.subtitle.text


def test_a_direction_chart_keeps_the_most_named_areas_and_sums_the_rest(nights, monkeypatch):
    monkeypatch.setattr(directions, "TOP_AREAS", 2)
    named = directions.direction_table(nights, "M", "nights")
    # Kursk named on 3 nights, the others on 1 each: ties go by name
    assert list(named.columns) == ["Kursk", "Bryansk", directions.OTHER_AREAS]
    june = named.loc[pd.Timestamp("2025-06-01")]
    assert (june["Bryansk"], june[directions.OTHER_AREAS]) == (1, 1)  # the rest: all named on 2 June


def test_arcs_join_areas_to_the_oblasts_struck_the_same_nights(nights):
    arcs = directions.arcs(nights).set_index(["area", "oblast"])
    assert arcs.loc[("Kursk", "Kharkiv Oblast"), "nights"] == 2
    assert arcs.loc[("Kursk", "Kyiv City"), "nights"] == 1
    assert ("Kursk", "Lviv Oblast") not in arcs.index  # that night named no direction
    # pairs: 2 June's 4 areas x 2 oblasts, 3 June's Bryansk -> Kharkiv (its Kursk -> Kharkiv is
    # 2 June's pair again) and 10 July's Kursk -> Kyiv City
    assert len(arcs) == 4 * 2 + 1 + 1
    kursk = arcs.loc[("Kursk", "Kharkiv Oblast")]
    assert (kursk["area_lat"], kursk["area_lon"]) == (51.73, 36.19)
    lat, lon = directions.oblast_centres()["Kharkiv Oblast"]
    assert 49 < lat < 50.5 and 35 < lon < 38.5
    deck = json.loads(directions.direction_deck(nights).to_json())
    assert [layer["@@type"] for layer in deck["layers"]] == ["GeoJsonLayer", "ArcLayer", "ScatterplotLayer"]
    # no basemap unless configured: pydeck's placeholder style, which Streamlit draws as none
    assert deck["mapStyle"] == "__MAP_STYLE__" and "mapProvider" not in deck
    lit = json.loads(directions.direction_deck(nights, "light").to_json())
    assert lit["mapProvider"] == "carto" and "positron" in lit["mapStyle"]


def test_every_directions_builder_copes_with_an_empty_frame():
    empty = rows_to_frame([])
    assert directions.direction_summary(empty).empty and directions.arcs(empty).empty
    assert len(directions.direction_figure(empty).data) == 0
    assert len(directions.direction_deck(empty).layers) == 1


def test_the_directions_page_draws_the_map_chart_and_table(monkeypatch, empty_store, nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("directions", {"from": "2025-06-01", "to": "2025-06-30", "measure": "launched"})
    assert not app.error
    decks = list(app.get("deck_gl_json_chart"))
    assert len(decks) == 1 and '"ArcLayer"' in decks[0].proto.json
    assert len(list(app.get("plotly_chart"))) == 1
    table = app.dataframe[0].value.set_index("area")
    assert table.loc["Kursk", "nights"] == "2" and table.loc["Kursk", "launched"] == "80"  # July filtered out
    assert table.loc["Bryansk", "launched"] == "—"


def test_a_view_naming_no_direction_says_so(monkeypatch, empty_store, nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("directions", {"from": "2025-07-11"})
    assert "No source in view says where the weapons came from" in " ".join(box.value for box in app.info)
    assert not list(app.get("deck_gl_json_chart"))
