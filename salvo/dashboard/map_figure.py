"""The pages' maps as Plotly figures, for their PNG and SVG downloads (salvo.dashboard.chart_export).

deck.gl draws the interactive maps in the reader's browser and cannot be exported on the server;
these figures draw the same things as plain shapes on longitude and latitude axes, so kaleido
renders them with no map tiles and nothing fetched: `impact_figure` the Map page's oblast shading
(the shipped outlines, the same ramp and legend bins as salvo.dashboard.maps) and cities with
impact; `arcs_figure` the Launch directions page's launch areas and arcs
(salvo.dashboard.directions).
"""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from salvo.dashboard import directions, maps
from salvo.dashboard.charts import TEMPLATE_NAME

TITLE = "Attack nights with reported impact, by oblast"
# Latitude degrees are longer than longitude degrees at Ukraine's latitude by about this much
# (1 / cos 48.6°): the axes keep that ratio so the country keeps its shape.
ASPECT = 1 / math.cos(math.radians(maps.UKRAINE_VIEW.latitude))
OUTLINE = "#5a5a5a"
SUBTITLE = "Impact: hits, damage, debris or casualties reported in the place. Boundaries: Natural Earth."


def hex_colour(rgb: tuple[int, ...] | list[int]) -> str:
    return "#" + "".join(f"{int(part):02x}" for part in rgb[:3])


def _rings(geometry: dict) -> tuple[list[float | None], list[float | None]]:
    """A polygon's or multipolygon's outer rings as one path of longitudes and latitudes, each
    ring closed and followed by a gap (None)."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    lons: list[float | None] = []
    lats: list[float | None] = []
    for polygon in polygons:
        ring = polygon[0]
        lons += [point[0] for point in ring] + [None]
        lats += [point[1] for point in ring] + [None]
    return lons, lats


def impact_figure(frame: pd.DataFrame, lookup: maps.CityLookup | None = None) -> go.Figure:
    """Oblasts shaded by attack nights with reported impact in `frame` (the ramp and bins of the
    page's legend), cities with impact as circles sized by the same count, a legend of the shades."""
    oblasts = maps.oblast_impact(frame).set_index("name")
    maximum = int(oblasts["nights"].max()) if not oblasts.empty else 0
    figure = go.Figure()
    figure.update_layout(template=TEMPLATE_NAME, title={"text": TITLE, "x": 0, "subtitle": {
        "text": SUBTITLE, "font": {"size": 12}}})
    features = sorted(maps.oblast_geojson()["features"],
                      key=lambda feature: feature["properties"]["name"] in maps.CITY_REGIONS)
    for feature in features:  # cities with their own boundary last, over their oblasts
        name = feature["properties"]["name"]
        nights = int(oblasts.loc[name, "nights"]) if name in oblasts.index else 0
        lons, lats = _rings(feature["geometry"])
        figure.add_trace(go.Scatter(
            x=lons, y=lats, mode="lines", fill="toself", name=name, showlegend=False,
            fillcolor=hex_colour(maps.ramp_colour(nights, maximum)), line={"color": OUTLINE, "width": 0.6},
            hovertemplate=f"{name}: {nights} night(s)<extra></extra>"))
    for _index, row in maps.legend(maximum).iterrows():  # the shades, as legend entries only
        figure.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=row["nights"],
            marker={"symbol": "square", "size": 14, "color": row["colour"],
                    "line": {"color": OUTLINE, "width": 1}}))
    cities = maps.city_impact(frame, lookup) if lookup else pd.DataFrame()
    if not cities.empty:
        figure.add_trace(go.Scatter(
            x=cities["lon"], y=cities["lat"], mode="markers",
            name="City or town with impact (sized by nights)",
            marker={"color": hex_colour(maps.CITY_COLOUR), "size": 5 + 3 * cities["nights"].map(math.sqrt),
                    "line": {"color": "white", "width": 1}, "opacity": 0.85},
            text=cities["name"], hovertemplate="%{text}: %{marker.size}<extra></extra>"))
    hidden = {"visible": False, "showgrid": False, "zeroline": False}
    figure.update_xaxes(**hidden)
    figure.update_yaxes(**hidden, scaleanchor="x", scaleratio=ASPECT, rangemode="normal")
    figure.update_layout(height=760, legend={"orientation": "v", "x": 1.0, "xanchor": "left", "y": 1.0,
                                            "yanchor": "top", "title": {"text": "Attack nights"}},
                         margin={"r": 200})
    return figure


ARCS_TITLE = "Launch areas and the oblasts struck the same nights"
ARCS_SUBTITLE = ("An arc joins an area to an oblast with reported impact on the nights naming it, wider "
                 "for more nights: not a flight path. Boundaries: Natural Earth.")
ARC_POINTS = 24  # points along each drawn arc
ARC_BULGE = 0.18  # how far an arc bows from the straight line, as a share of its length
ARC_WIDTHS = 4  # arcs are drawn in this many widths (one trace each per country), widest for most nights
LABELLED_AREAS = 12  # the most named areas carry their name on the map
OUTLINE_FILL = "#f0f0f0"
# Ukraine's outline, padded, is always in view; launch areas beyond it widen the view
UKRAINE_BOUNDS = (22.0, 40.3, 44.3, 52.4)  # lon min, lon max, lat min, lat max
VIEW_PAD_DEGREES = 0.8


def _arc_path(start: tuple[float, float], end: tuple[float, float]) -> tuple[list[float], list[float]]:
    """A curve from `start` to `end` (lon, lat), bowed to the left of its direction the way the
    page's 3D arcs look from above, as longitudes and latitudes (latitude scaled for the bend)."""
    (x0, y0), (x1, y1) = start, (end[0], end[1])
    y0, y1 = y0 * ASPECT, y1 * ASPECT
    control = ((x0 + x1) / 2 - (y1 - y0) * ARC_BULGE * 2, (y0 + y1) / 2 + (x1 - x0) * ARC_BULGE * 2)
    steps = [i / (ARC_POINTS - 1) for i in range(ARC_POINTS)]
    xs = [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * control[0] + t ** 2 * x1 for t in steps]
    ys = [((1 - t) ** 2 * y0 + 2 * (1 - t) * t * control[1] + t ** 2 * y1) / ASPECT for t in steps]
    return xs, ys


def arcs_figure(frame: pd.DataFrame) -> go.Figure:
    """The Launch directions page's map: the oblast outlines, launch areas as circles sized by the
    attack nights naming them in `frame` and coloured by country (the page's colours), and arcs
    from each area to the oblasts with reported impact on those nights, wider for more nights."""
    figure = go.Figure()
    figure.update_layout(template=TEMPLATE_NAME, title={"text": ARCS_TITLE, "x": 0, "subtitle": {
        "text": ARCS_SUBTITLE, "font": {"size": 12}}})
    for feature in maps.oblast_geojson()["features"]:
        lons, lats = _rings(feature["geometry"])
        figure.add_trace(go.Scatter(
            x=lons, y=lats, mode="lines", fill="toself", fillcolor=OUTLINE_FILL, showlegend=False,
            name=feature["properties"]["name"], line={"color": "#969696", "width": 0.6}, hoverinfo="skip"))
    lines = directions.arcs(frame)
    if not lines.empty:
        most = int(lines["nights"].max())
        # the width bin of each arc: 1 (fewest nights) .. ARC_WIDTHS (most)
        lines["bin"] = [1 + min(ARC_WIDTHS - 1, (nights - 1) * ARC_WIDTHS // most)
                        for nights in lines["nights"]]
        for (country, width_bin), group in lines.groupby(["country", "bin"], sort=True):
            xs: list[float | None] = []
            ys: list[float | None] = []
            for row in group.itertuples():
                arc_x, arc_y = _arc_path((row.area_lon, row.area_lat), (row.oblast_lon, row.oblast_lat))
                xs += [*arc_x, None]
                ys += [*arc_y, None]
            colour = hex_colour(directions.COUNTRY_COLOURS.get(country, (100, 100, 100)))
            figure.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines", showlegend=False, name=f"{country} arcs", opacity=0.7,
                line={"color": colour, "width": 1 + 1.75 * (width_bin - 1)}, hoverinfo="skip"))
        figure.add_trace(go.Scatter(  # the arcs' legend entry
            x=[None], y=[None], mode="lines",
            name="arc: nights naming the area with impact in the oblast"
                 + (f" (1 to {most}, wider for more)" if most > 1 else " (1 each)"),
            line={"color": "#888888", "width": 3}))
    placed = directions.direction_summary(frame)
    coordinates = directions.area_coordinates()
    placed = placed[placed["area"].isin(coordinates)].reset_index(drop=True)
    lons_in_view, lats_in_view = list(UKRAINE_BOUNDS[:2]), list(UKRAINE_BOUNDS[2:])
    if not placed.empty:
        placed["lat"] = [coordinates[area][0] for area in placed["area"]]
        placed["lon"] = [coordinates[area][1] for area in placed["area"]]
        labelled = set(placed["area"].head(LABELLED_AREAS))
        for country, group in placed.groupby("country", sort=False):
            figure.add_trace(go.Scatter(
                x=group["lon"], y=group["lat"], mode="markers+text", name=f"launch area: {country}",
                text=[area if area in labelled else "" for area in group["area"]], textposition="top center",
                textfont={"size": 10, "color": "#333333"},
                marker={"color": hex_colour(directions.COUNTRY_COLOURS.get(country, (100, 100, 100))),
                        "size": 7 + 4 * group["nights"].map(math.sqrt),
                        "line": {"color": "white", "width": 1}},
                customdata=group[["area", "nights"]].to_numpy(),
                hovertemplate="%{customdata[0]}: named on %{customdata[1]} night(s)<extra></extra>"))
        lons_in_view += list(placed["lon"])
        lats_in_view += list(placed["lat"])
    hidden = {"visible": False, "showgrid": False, "zeroline": False}
    pad = VIEW_PAD_DEGREES
    figure.update_xaxes(**hidden, range=[min(lons_in_view) - pad, max(lons_in_view) + pad])
    figure.update_yaxes(**hidden, scaleanchor="x", scaleratio=ASPECT,
                        range=[min(lats_in_view) - pad, max(lats_in_view) + pad])
    figure.update_layout(height=760, legend={"orientation": "h"})
    return figure
