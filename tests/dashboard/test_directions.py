"""The Directions page (issue 18 item 2): launch areas per night, launches per direction over
time, arcs to the oblasts struck, on an attack frame built here, and through the page in AppTest."""
from __future__ import annotations

import datetime as dt
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


@pytest.mark.parametrize("freq", ["D", "W", "M"])
def test_two_directions_at_the_same_value_in_the_same_period_both_show(freq):
    # Kursk and Bryansk each launch 12 on the only night of a sparse chart: same period, same value
    same = rows_to_frame([night("2025-02-11", launch_areas={"Kursk": counts(12), "Bryansk": counts(12)}),
                          night("2025-04-22", launch_areas={"Kursk": counts(30)})])
    figure = directions.direction_figure(same, freq, "launched")
    points = {trace.name: trace for trace in figure.data}
    assert set(points) == {"Kursk", "Bryansk"}
    at_twelve = {name: pd.Timestamp(trace.x[list(trace.y).index(12)]) for name, trace in points.items()}
    assert at_twelve["Kursk"] != at_twelve["Bryansk"]  # side by side, not one over the other
    assert points["Kursk"].marker.symbol != points["Bryansk"].marker.symbol
    start = pd.Timestamp({"D": "2025-02-11", "W": "2025-02-10", "M": "2025-02-01"}[freq])
    end = pd.Timestamp({"D": "2025-02-12", "W": "2025-02-17", "M": "2025-03-01"}[freq])
    assert all(start < x < end for x in at_twelve.values())  # both inside their period
    # the hover names the period, not the point's place within it
    period = {"D": "2025-02-11", "W": "week of 2025-02-10", "M": "Feb 2025"}[freq]
    assert points["Kursk"].customdata[0] == period
    assert "%{customdata}" in points["Kursk"].hovertemplate


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
    # July filtered out; a launch figure shows the nights giving it in brackets since the table was
    # made to fit the page (seven columns: country and kind share one, "Kharkiv" without "Oblast")
    assert table.loc["Kursk", "nights"] == "2" and table.loc["Kursk", "launched"] == "80 (1)"
    assert table.loc["Bryansk", "launched"] == "—"
    assert list(table.columns) == ["where", "nights", "launched", "shared", "last_night", "oblasts_struck"]
    assert table.loc["Kursk", "where"] == "Russia, region"
    assert "Kharkiv (2)" in table.loc["Kursk", "oblasts_struck"]


def test_a_view_naming_no_direction_says_so(monkeypatch, empty_store, nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("directions", {"from": "2025-07-11"})
    assert "No source in view says where the weapons came from" in " ".join(box.value for box in app.info)
    assert not list(app.get("deck_gl_json_chart"))


def test_a_shape_of_the_arcs_map_leads_to_the_nights_behind_it(nights):
    # Kursk is named on 2 and 3 June and 10 July; with impact in Kharkiv Oblast on the two June nights
    assert directions.arc_nights(nights, "Kursk") == [dt.date(2025, 7, 10), dt.date(2025, 6, 3),
                                                      dt.date(2025, 6, 2)]
    assert directions.arc_nights(nights, "Kursk", "Kharkiv Oblast") == [dt.date(2025, 6, 3),
                                                                        dt.date(2025, 6, 2)]
    assert directions.arc_nights(nights, "Bryansk", "Kyiv City") == []
    assert directions.arc_nights(nights, "Nowhere") == []
    # every arc's nights are as many as the arc counts
    for row in directions.arcs(nights).itertuples():
        assert len(directions.arc_nights(nights, row.area, row.oblast)) == row.nights
    assert directions.arc_nights(rows_to_frame([]), "Kursk") == []


def test_the_arcs_map_exports_as_a_figure_of_the_same_areas_and_arcs(nights):
    from salvo.dashboard import map_figure

    figure = map_figure.arcs_figure(nights)
    assert figure.layout.title.text == map_figure.ARCS_TITLE
    areas = {trace.name: trace for trace in figure.data
             if trace.name and trace.name.startswith("launch area:")}
    assert set(areas) == {"launch area: Russia", "launch area: occupied Crimea", "launch area: sea"}
    russia = areas["launch area: Russia"]
    placed = dict(zip(russia.text, zip(russia.x, russia.y, strict=True), strict=True))
    assert placed["Kursk"] == (36.19, 51.73)  # lon, lat of data/launch_areas.csv
    assert russia.marker.color == map_figure.hex_colour(directions.COUNTRY_COLOURS["Russia"])
    # Kursk, named on 3 nights, is drawn larger than Bryansk, named on 1
    sizes = dict(zip(russia.text, russia.marker.size, strict=True))
    assert sizes["Kursk"] > sizes["Bryansk"]
    arcs = [trace for trace in figure.data if trace.name and trace.name.endswith(" arcs")]
    drawn = sum(list(trace.x).count(None) for trace in arcs)  # each arc ends with a gap
    assert drawn == len(directions.arcs(nights)) == 10
    # each arc runs from its area to its oblast's centre
    starts = {(trace.x[i + 1], trace.y[i + 1])
              for trace in arcs for i, x in enumerate(trace.x[:-1]) if x is None}
    starts |= {(trace.x[0], trace.y[0]) for trace in arcs}
    assert (36.19, 51.73) in {(round(x, 2), round(y, 2)) for x, y in starts}
    # the widest arcs are Kursk -> Kharkiv Oblast's (2 nights, the most): a trace of their own
    widest = max(arcs, key=lambda trace: trace.line.width)
    lat, lon = directions.oblast_centres()["Kharkiv Oblast"]
    assert list(widest.x).count(None) == 1 and (widest.x[-2], widest.y[-2]) == pytest.approx((lon, lat))
    # the view holds Ukraine and every area: the Caspian Sea's launch area widens it eastwards
    caspian = directions.area_coordinates()["Caspian Sea"]
    assert figure.layout.xaxis.range[1] > caspian[1] and figure.layout.xaxis.range[0] < 22.2
    empty = map_figure.arcs_figure(rows_to_frame([]))
    assert all(trace.fill == "toself" for trace in empty.data)  # the outlines alone


def test_the_directions_page_offers_its_map_and_chart_as_png_and_svg(monkeypatch, empty_store, nights):
    from salvo.dashboard import chart_export

    if chart_export.export_unavailable():
        pytest.skip("exporting images needs Chromium (apt-get install -y chromium)")
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("directions", {"from": "2025-06-01"})
    assert not app.error
    assert [button.label for button in app.button if button.key.endswith("_draw")] == ["PNG", "SVG"] * 2


def test_a_nights_axis_counts_whole_nights(nights):
    few = directions.direction_figure(nights, "M", "nights")
    assert few.layout.yaxis.dtick == 1  # at most 2 nights a month: no "0.2 nights" ticks
    assert directions.direction_figure(nights, "M", "launched").layout.yaxis.dtick is None


def test_the_map_opens_on_every_arc_and_launch_area_it_draws(nights):
    # the defect: the Caspian Sea's arcs and the long western ones ran out of a fixed first view
    far = pd.concat([nights, rows_to_frame([
        night("2025-07-12", total_launched=70, oblasts=["Zakarpattia Oblast", "Lviv Oblast"],
              launch_areas={"Caspian Sea": counts(20), "Olenya": counts()})])], ignore_index=True)
    south, west, north, east = directions.drawn_bounds(far)
    caspian, olenya = directions.area_coordinates()["Caspian Sea"], directions.area_coordinates()["Olenya"]
    zakarpattia = directions.oblast_centres()["Zakarpattia Oblast"]
    assert (south, east) == caspian and north == olenya[0] and west == zakarpattia[1]
    view = directions.direction_view(far)
    points, size = directions.drawn_points(far), (directions.FIT_WIDTH, directions.MAP_HEIGHT)
    assert directions.fits(points, view, *size)
    assert not directions.fits(points, directions.DIRECTIONS_VIEW, *size)
    assert not directions.fits(points, pdk_view(view, zoom=view.zoom + 0.1), *size)  # as close as fits
    assert south < view.latitude < north and west < view.longitude < east
    # the deck opens on that view
    deck = json.loads(directions.direction_deck(far).to_json())
    opened = deck["initialViewState"]
    assert (opened["zoom"], opened["latitude"]) == (view.zoom, view.latitude)
    assert opened["longitude"] == view.longitude
    # one night's arcs: a close view, yet never closer than FIT_MAX_ZOOM
    near = rows_to_frame([night("2025-06-02", oblasts=["Sumy Oblast"], launch_areas={"Kursk": counts(5)})])
    assert directions.direction_view(near).zoom == directions.FIT_MAX_ZOOM
    assert directions.direction_view(rows_to_frame([])) == directions.DIRECTIONS_VIEW


def pdk_view(view, **changes):
    import pydeck as pdk

    fields = {"latitude": view.latitude, "longitude": view.longitude, "zoom": view.zoom}
    return pdk.ViewState(**{**fields, **changes})


def test_a_point_fits_the_map_as_deck_gl_s_camera_sees_it():
    import pydeck as pdk

    view = pdk.ViewState(latitude=0, longitude=0, zoom=2)  # 512 x 4 / 360 = 5.69 pixels a degree
    width, height, margin = 660, 560, directions.FIT_MARGIN  # 302 pixels to the side's margin

    def placed(lon: float, lift: float = 0.0) -> pd.DataFrame:
        return pd.DataFrame({"lat": [0.0], "lon": [lon], "height": [lift]})

    assert directions.fits(placed(50), view, width, height, margin)  # 284 pixels across
    assert not directions.fits(placed(55), view, width, height, margin)  # 313
    assert not directions.fits(placed(-55), view, width, height, margin)
    # lifted towards the camera (840 pixels up) by 60 world units (240 pixels), a point 40 degrees
    # (228 pixels) out is seen 228 x 840 / 600 = 319 pixels out: beyond the margin
    assert directions.fits(placed(40), view, width, height, margin)
    assert not directions.fits(placed(40, 60.0), view, width, height, margin)


def test_the_arcs_map_tooltip_is_plain_text_in_a_box_inside_the_map(monkeypatch, empty_store, nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("directions", {"from": "2025-06-01"})
    tooltip = json.loads(app.get("deck_gl_json_chart")[0].proto.tooltip)
    assert tooltip["text"] == "{tooltip}" and "html" not in tooltip  # deck.gl sets it as innerText
    style = tooltip["style"]
    # never at the pointer (cut off at the map's right edge): a corner, narrower than the map
    assert style["transform"] == "none" and style["left"] == "10px" and style["bottom"] == "10px"
    assert style["maxWidth"].startswith("min(") and style["whiteSpace"] == "normal"
