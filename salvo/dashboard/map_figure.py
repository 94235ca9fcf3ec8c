"""The Map page's map as a Plotly figure, for its PNG and SVG downloads (salvo.dashboard.chart_export).

deck.gl draws the page's interactive map in the reader's browser and cannot be exported on the
server; this figure draws the same oblast shading (the shipped outlines, the same ramp and legend
bins as salvo.dashboard.maps) and the cities with impact as plain filled shapes on longitude and
latitude axes, so kaleido renders it with no map tiles and nothing fetched.
"""
from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from salvo.dashboard import maps
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
