"""Launch directions (the Directions page, issue 18 item 2): where the night's weapons came from
(the attack table's `launch_areas`: canonical areas of data/launch_areas.csv), launches per
direction over time, and arcs from launch areas to the oblasts struck the same nights. Pure
functions, frame in, frame, figure or deck out.

What the data says and what it does not:
- Statements and news name directions without counts; only the official series gives launches,
  per row. A row naming one area gives that area's launches (`launched`); a row naming several
  is not split between them (`shared`), so shared counts overlap and never add up to a total.
- An arc joins an area named on a night to an oblast with reported impact that night: the
  statements do not say which weapon from where struck what, so an arc is a co-occurrence of
  nights, never a tracked flight path.
"""
from __future__ import annotations

import copy
import datetime as dt
import functools
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk

from extract.launch_areas import launch_area_table
from salvo.dashboard import charts, maps
from salvo.dashboard.charts import FREQ_LABELS, OKABE_ITO, Freq

AREA_COLUMNS = ["attack_date", "area", "country", "kind", "lat", "lon", "launched", "shared"]
TOP_AREAS = 8  # the chart's lines; the others are summed as one
OTHER_AREAS = "other areas"
FEW_NIGHTS = 10  # up to this many nights per period, the nights axis ticks every night
# On sparse months two directions often share a value: each line of the direction chart has its
# own marker shape and its own place inside the period (see dodged_x), so neither covers the other.
DIRECTION_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "triangle-down", "cross", "x",
                     "star", "hexagon")
DODGE_MARGIN = 0.2  # the lines' points share the middle 60% of their period
PERIOD_HOVER = {"D": "%Y-%m-%d", "W": "week of %Y-%m-%d", "M": "%b %Y"}
DIRECTION_MEASURES = {
    "nights": "attack nights naming the area",
    "launched": "launched from the area alone",
    "involving": "launched from it, alone or with others",
}
# Okabe-Ito by the area's country, so Crimea, Belarus and the seas read apart from Russia.
COUNTRY_COLOURS = {"Russia": (213, 94, 0), "occupied Crimea": (204, 121, 167),
                   "occupied Ukraine": (230, 159, 0), "Belarus": (0, 158, 115), "sea": (0, 114, 178)}
ARC_TARGET_COLOUR = (120, 120, 120)
ARC_HEIGHT = 0.35
# With no area or arc to draw: Ukraine and its eastern neighbours
DIRECTIONS_VIEW = pdk.ViewState(latitude=49.0, longitude=36.5, zoom=4.6, min_zoom=2.5, max_zoom=9)
MAP_HEIGHT = 560  # pixels, as the page draws the map
# The narrowest map the view is fitted for: the page's column beside the sidebar in a 1,000-pixel
# wide window (a wider window only adds room at the sides).
FIT_WIDTH = 660
FIT_MARGIN = 28  # pixels between the outermost shape drawn and the map's edge
FIT_MAX_ZOOM = 6.5  # a view of one or two arcs keeps the oblasts around them in sight
CAMERA_ALTITUDE = 1.5  # deck.gl's map camera: its height above the map in viewport heights
ARC_SAMPLES = 21  # points per arc checked against the view (its ends and its bulge)
# The tooltip is a box in the map's lower left corner, never at the pointer: one following the
# pointer is cut off by the map's right and lower edges. Plain text (deck.gl sets innerText).
TOOLTIP_STYLE = {"transform": "none", "top": "auto", "left": "10px", "bottom": "10px",
                 "maxWidth": "min(360px, calc(100% - 20px))", "whiteSpace": "normal",
                 "overflowWrap": "anywhere", "fontSize": "13px", "lineHeight": "1.4",
                 "borderRadius": "4px"}


@functools.cache
def _areas() -> dict[str, tuple[str, str, float, float]]:
    return {area.name: (area.country, area.kind, area.lat, area.lon) for area in launch_area_table()}


def area_coordinates() -> dict[str, tuple[float, float]]:
    """Each launch area's (lat, lon), by its canonical name (data/launch_areas.csv)."""
    return {name: (lat, lon) for name, (_country, _kind, lat, lon) in _areas().items()}


def area_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per night and launch area: the area's country, kind and coordinates (NaN for a name
    the table lacks), its `launched` and `shared` launches (Int64, NA where the source gave none)."""
    table = _areas()
    rows = [
        (night, name, *table.get(name, ("unknown", "unknown", np.nan, np.nan)),
         counts.get("launched"), counts.get("shared"))
        for night, areas in zip(frame["attack_date"], frame["launch_areas"], strict=True)
        for name, counts in (areas or {}).items()
    ]
    result = pd.DataFrame(rows, columns=AREA_COLUMNS)
    for column in ("launched", "shared"):
        result[column] = pd.array([None if pd.isna(v) else int(v) for v in result[column]], dtype="Int64")
    return result


def direction_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per launch area, most named first: country, kind, nights naming it, launches from it alone
    and shared with other areas (with the nights giving each), the last night, and the oblasts
    most often struck on its nights."""
    areas = area_counts(frame)
    columns = ["area", "country", "kind", "nights", "launched", "launched_nights", "shared", "shared_nights",
               "last_night", "oblasts_struck"]
    if areas.empty:
        return pd.DataFrame(columns=columns)
    struck = frame.set_index("attack_date")["oblasts"]
    grouped = areas.groupby("area")
    summary = pd.DataFrame({
        "country": grouped["country"].first(), "kind": grouped["kind"].first(),
        "nights": grouped["attack_date"].nunique(),
        "launched": grouped["launched"].sum(min_count=1), "launched_nights": grouped["launched"].count(),
        "shared": grouped["shared"].sum(min_count=1), "shared_nights": grouped["shared"].count(),
        "last_night": grouped["attack_date"].max().dt.strftime("%Y-%m-%d"),
        "oblasts_struck": grouped["attack_date"].agg(lambda nights: _most_struck(struck, nights)),
    })
    return summary.sort_values(["nights", "launched"], ascending=False).reset_index()[columns]


def _most_struck(struck: pd.Series, nights: pd.Series, limit: int = 3) -> str:
    counts = pd.Series([o for night in nights for o in struck.get(night, [])], dtype=object).value_counts()
    return ", ".join(f"{name} ({count})" for name, count in counts.head(limit).items())


def direction_table(frame: pd.DataFrame, freq: Freq, measure: str = "nights") -> pd.DataFrame:
    """Per period (rows, every period of the span) and area (columns, the TOP_AREAS most named and
    OTHER_AREAS): the `measure` (DIRECTION_MEASURES); NA where no night of the period gives it
    (for nights naming the area: 0 where the period's nights name only other areas)."""
    areas = area_counts(frame)
    if areas.empty:
        return pd.DataFrame()
    named = areas.groupby("area")["attack_date"].nunique().rename("nights").reset_index()
    leaders = named.sort_values(["nights", "area"], ascending=[False, True]).head(TOP_AREAS)["area"]
    areas["column"] = areas["area"].where(areas["area"].isin(leaders), OTHER_AREAS)
    areas["period"] = charts.period_starts(areas["attack_date"], freq)
    if measure == "nights":
        values = areas.groupby(["period", "column"])["attack_date"].nunique().astype("Float64")
    else:
        counted = areas["launched"].astype("Float64")
        if measure == "involving":  # alone and shared, where either is known
            known = areas["launched"].notna() | areas["shared"].notna()
            counted = (counted.fillna(0) + areas["shared"].astype("Float64").fillna(0)).where(known)
        values = counted.groupby([areas["period"], areas["column"]]).sum(min_count=1)
    table = values.unstack("column")
    if measure == "nights":  # a period whose nights name other areas but not this one: none
        table = table.fillna(0)
    # every period of the span, so lines break over periods no night named a direction in
    days = pd.Series(pd.date_range(areas["attack_date"].min(), areas["attack_date"].max(), freq="D"))
    table = table.reindex(charts.period_starts(days, freq).unique())
    order = [name for name in [*leaders, OTHER_AREAS] if name in table.columns]
    return table[order]


def dodged_x(starts: pd.DatetimeIndex, freq: Freq, slot: int, slots: int) -> pd.DatetimeIndex:
    """Where line `slot` (from 0) of `slots` draws the points of the periods starting at `starts`:
    side by side inside each period, the first line leftmost, in its middle (DODGE_MARGIN off
    either end). A point never leaves its period, so a click on it leads to that period's nights
    (salvo.dashboard.night.period_nights takes any moment of a period for the period)."""
    place = DODGE_MARGIN + (1 - 2 * DODGE_MARGIN) * (slot + 0.5) / slots
    return starts + (period_ends(starts, freq) - starts) * place


def period_ends(starts: pd.DatetimeIndex, freq: Freq) -> pd.DatetimeIndex:
    """The start of the period after each of the nights, weeks or months starting at `starts`."""
    return starts + (pd.offsets.MonthBegin(1) if freq == "M" else pd.Timedelta(days=7 if freq == "W" else 1))


NO_DIRECTION_COUNTS = ("No source in view counts the launches from each launch area (the official series "
                       "does, row by row), so no line is drawn: show the attack nights naming the area "
                       "instead.")


def direction_figure(frame: pd.DataFrame, freq: Freq = "M", measure: str = "nights") -> go.Figure:
    """Launches (or nights naming each direction) per period, a line per area: lines, not stacks,
    because a night names several areas and a shared count belongs to each of them. Each line has
    its own marker shape and its own place inside the period (dodged_x), so two directions at the
    same value in the same period both show; the hover names the period."""
    unit = FREQ_LABELS[freq]
    named = int(frame["launch_areas"].map(bool).sum()) if len(frame) else 0
    counted = int(frame["launch_areas"].map(
        lambda areas: any(v.get("launched") is not None or v.get("shared") is not None
                          for v in (areas or {}).values())).sum()) if len(frame) else 0
    subtitle = (f"directions named for {named:,} of {len(frame):,} attack nights in view; "
                f"launches per direction for {counted:,} (the official series)")
    figure = charts.new_figure(f"Per {unit}: {DIRECTION_MEASURES[measure]}", subtitle)
    table = direction_table(frame, freq, measure)
    drawn = [(index, area) for index, area in enumerate(table.columns) if table[area].notna().any()]
    starts = pd.DatetimeIndex(table.index)
    periods = starts.strftime(PERIOD_HOVER[freq])
    for slot, (index, area) in enumerate(drawn):
        figure.add_trace(go.Scatter(
            x=dodged_x(starts, freq, slot, len(drawn)), y=table[area].astype(float),
            name=charts.escape_label(area), mode="lines+markers",
            line={"color": "#999999" if area == OTHER_AREAS else OKABE_ITO[index % len(OKABE_ITO)],
                  "width": 2},
            marker={"symbol": DIRECTION_SYMBOLS[index % len(DIRECTION_SYMBOLS)], "size": 9},
            connectgaps=False, customdata=periods,
            hovertemplate=(f"%{{customdata}}<br>{charts.escape_label(area)}: %{{y:,.0f}} "
                           f"{DIRECTION_MEASURES[measure]}<extra></extra>"),
        ))
    if drawn:  # the axis spans whole periods; months are labelled in their middle, as their points
        figure.update_xaxes(range=[starts[0], period_ends(starts[-1:], freq)[0]])
        charts.month_ticks(figure, freq, pd.Series(starts), ticklabelmode="period")
    figure.update_yaxes(title_text=f"{'nights' if measure == 'nights' else 'launched'} per {unit}")
    if measure == "nights" and not table.empty and table.max().max() <= FEW_NIGHTS:
        figure.update_yaxes(dtick=1, tick0=0)  # whole nights, never "0.2 nights"
    return figure


@functools.cache
def oblast_centres() -> dict[str, tuple[float, float]]:
    """Each oblast's (lat, lon): the middle of its largest polygon's bounding box."""
    centres = {}
    for feature in maps.oblast_geojson()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] != "MultiPolygon":
            polygons = [polygons]
        ring = max((polygon[0] for polygon in polygons), key=len)
        lons, lats = [point[0] for point in ring], [point[1] for point in ring]
        centres[feature["properties"]["name"]] = ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)
    return centres


def arcs(frame: pd.DataFrame) -> pd.DataFrame:
    """Per (launch area, struck oblast): the attack nights that named the area and reported impact
    in the oblast, with both ends' coordinates; most nights first."""
    columns = ["area", "oblast", "nights", "area_lat", "area_lon", "oblast_lat", "oblast_lon", "country"]
    table, centres = _areas(), oblast_centres()
    pairs: dict[tuple[str, str], int] = {}
    for areas, oblasts in zip(frame["launch_areas"], frame["oblasts"], strict=True):
        for area in areas or {}:
            for oblast in oblasts or []:
                if area in table and oblast in centres:
                    pairs[(area, oblast)] = pairs.get((area, oblast), 0) + 1
    rows = [(area, oblast, nights, table[area][2], table[area][3], *centres[oblast], table[area][0])
            for (area, oblast), nights in pairs.items()]
    return pd.DataFrame(rows, columns=columns).sort_values("nights", ascending=False, ignore_index=True)


def arc_nights(frame: pd.DataFrame, area: str, oblast: str | None = None) -> list[dt.date]:
    """The attack nights behind a shape of the arcs map, newest first: those naming the launch
    area `area`, and with `oblast` (an arc's other end) those that also reported impact there."""
    if frame.empty:
        return []
    named = frame["launch_areas"].map(lambda areas: area in (areas or {}))
    if oblast is not None:
        named &= frame["oblasts"].map(lambda oblasts: oblast in (oblasts or ()))
    return sorted({stamp.date() for stamp in frame.loc[named.astype(bool), "attack_date"]}, reverse=True)


def _world(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator in deck.gl's world of 512 pixels at zoom 0 (y grows southwards)."""
    x = (np.asarray(lon, dtype=float) + 180) / 360 * 512
    mercator = np.log(np.tan(math.pi / 4 + np.radians(np.asarray(lat, dtype=float)) / 2))
    y = (math.pi - mercator) / (2 * math.pi) * 512
    return x, y


def _latitude(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.pi - 2 * math.pi * y / 512)) - math.pi / 2)


def drawn_points(frame: pd.DataFrame) -> pd.DataFrame:
    """Every place the arcs map draws for the frame: each arc's two ends and each launch area's
    circle (lat, lon, and `height`: 0 on the ground); each arc also as the points between its
    ends of ARC_SAMPLES along its curve, with the height deck.gl lifts it to (in world units, as
    `_world`), for an arc rises towards the viewer and, seen from above, swings outwards from the
    view's centre."""
    lines = arcs(frame)
    table = _areas()
    areas = [table[name] for name in area_counts(frame)["area"].unique() if name in table]
    ground = pd.DataFrame({
        "lat": [*(lat for _c, _k, lat, _lon in areas), *lines["area_lat"], *lines["oblast_lat"]],
        "lon": [*(lon for _c, _k, _lat, lon in areas), *lines["area_lon"], *lines["oblast_lon"]],
        "height": 0.0})
    if lines.empty:
        return ground
    between = np.linspace(0, 1, ARC_SAMPLES)[1:-1]  # the ends are on the ground already
    return pd.concat([ground, arc_curve(lines, between)], ignore_index=True)


def arc_curve(lines: pd.DataFrame, ratios: np.ndarray) -> pd.DataFrame:
    """Points along each arc of `lines` (as `arcs`) at each of `ratios` (0 its launch area, 1 its
    oblast): lat, lon of the ground below and `height`, as deck.gl's ArcLayer draws it between ends
    on the ground: sqrt(r (1 - r)) x the arc's length x ARC_HEIGHT, in world units (`_world`)."""
    source_x, source_y = _world(lines["area_lat"], lines["area_lon"])
    target_x, target_y = _world(lines["oblast_lat"], lines["oblast_lon"])
    ratio = np.asarray(ratios, dtype=float)[:, None]
    x = source_x + (target_x - source_x) * ratio
    y = source_y + (target_y - source_y) * ratio
    height = np.sqrt(ratio * (1 - ratio)) * np.hypot(target_x - source_x, target_y - source_y) * ARC_HEIGHT
    return pd.DataFrame({"lat": [_latitude(value) for value in y.ravel()], "lon": x.ravel() / 512 * 360 - 180,
                         "height": height.ravel()})


def drawn_bounds(frame: pd.DataFrame) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of the arcs' ends and the launch areas the map draws for the
    frame; None when it draws none."""
    points = drawn_points(frame)
    points = points[points["height"] == 0]
    if points.empty:
        return None
    return (float(points["lat"].min()), float(points["lon"].min()), float(points["lat"].max()),
            float(points["lon"].max()))


def projected(points: pd.DataFrame, view: pdk.ViewState, height: float) -> tuple[np.ndarray, np.ndarray]:
    """Where deck.gl's camera (straight down, CAMERA_ALTITUDE viewport heights up) draws each
    point (lat, lon, height as `drawn_points`) on a map `height` pixels tall opened on `view`:
    pixels right of and below the map's centre; NaN for a point at or above the camera."""
    scale = 2**view.zoom  # pixels per world unit
    centre_x, centre_y = _world(np.array([view.latitude]), np.array([view.longitude]))
    x, y = _world(points["lat"].to_numpy(), points["lon"].to_numpy())
    altitude = CAMERA_ALTITUDE * height
    lift = points["height"].to_numpy(dtype=float) * scale
    with np.errstate(divide="ignore"):
        perspective = np.where(lift < altitude, altitude / (altitude - lift), np.nan)
    return (x - centre_x) * scale * perspective, (y - centre_y) * scale * perspective


def fits(points: pd.DataFrame, view: pdk.ViewState, width: float, height: float,
         margin: float = FIT_MARGIN) -> bool:
    """Whether every point (as `drawn_points`) shows inside a map of `width` x `height` pixels
    opened on `view`, `margin` pixels from its edges (`projected`)."""
    across, down = projected(points, view, height)
    return bool(np.all(np.abs(across) <= width / 2 - margin) and np.all(np.abs(down) <= height / 2 - margin))


def direction_view(frame: pd.DataFrame, width: float = FIT_WIDTH,
                   height: float = MAP_HEIGHT) -> pdk.ViewState:
    """The arcs map's first view: centred on what it draws for the frame and zoomed as close as
    lets every arc (its ends and its curve) and every launch area show in a map of `width` x
    `height` pixels (`fits`), at most FIT_MAX_ZOOM; DIRECTIONS_VIEW when it draws nothing."""
    points = drawn_points(frame)
    if points.empty:
        return DIRECTIONS_VIEW
    x, y = _world(points["lat"].to_numpy(), points["lon"].to_numpy())
    centre_lat = _latitude((float(y.min()) + float(y.max())) / 2)
    centre_lon = (float(x.min()) + float(x.max())) / 2 / 512 * 360 - 180

    def view(zoom: float) -> pdk.ViewState:
        return pdk.ViewState(latitude=round(centre_lat, 4), longitude=round(centre_lon, 4),
                             zoom=round(zoom, 3), min_zoom=DIRECTIONS_VIEW.min_zoom,
                             max_zoom=DIRECTIONS_VIEW.max_zoom)

    low, high = float(DIRECTIONS_VIEW.min_zoom), FIT_MAX_ZOOM
    if fits(points, view(high), width, height):
        return view(high)
    for _step in range(30):  # bisection: a closer view only moves every point outwards
        middle = (low + high) / 2
        low, high = (middle, high) if fits(points, view(middle), width, height) else (low, middle)
    return view(low)


def direction_deck(frame: pd.DataFrame, map_style: str | None = None) -> pdk.Deck:
    """Launch areas (circles sized by the nights naming them, coloured by country) and arcs to the
    oblasts struck on those nights (width by nights), over the oblast outlines; over a CARTO
    basemap only when ``map_style`` names one (see salvo.dashboard.maps)."""
    outlines = copy.deepcopy(maps.oblast_geojson())
    for feature in outlines["features"]:
        feature["properties"]["tooltip"] = feature["properties"]["name"]
    layers = [pdk.Layer("GeoJsonLayer", outlines, id="oblast_outlines", pickable=False, stroked=True,
                        filled=True, get_fill_color=[240, 240, 240, 255], get_line_color=[150, 150, 150, 255],
                        line_width_min_pixels=1)]
    lines = arcs(frame)
    if not lines.empty:
        most = float(lines["nights"].max())
        lines["width"] = 1 + 7 * lines["nights"] / most
        lines["source_colour"] = [[*COUNTRY_COLOURS.get(c, (100, 100, 100)), 200] for c in lines["country"]]
        lines["tooltip"] = [f"{row.area} → {row.oblast}\n{row.nights} night(s) naming {row.area} with impact "
                            f"reported in {row.oblast} (the same nights, not a tracked path)"
                            for row in lines.itertuples()]
        layers.append(pdk.Layer(
            "ArcLayer", lines, id="arcs", pickable=True, get_source_position=["area_lon", "area_lat"],
            get_target_position=["oblast_lon", "oblast_lat"], get_source_color="source_colour",
            get_target_color=[*ARC_TARGET_COLOUR, 160], get_width="width",  # pixels, deck.gl's default
            # lower than deck.gl's arcs (height 1): seen from above, a long arc at full height
            # leaves the view and swings wide of the places it joins
            get_height=ARC_HEIGHT,
        ))
    summary = direction_summary(frame)
    table = _areas()
    placed = summary[summary["area"].isin(table)].copy()
    if not placed.empty:
        placed["lat"] = [table[a][2] for a in placed["area"]]
        placed["lon"] = [table[a][3] for a in placed["area"]]
        placed["radius"] = 8000 + 6000 * placed["nights"].map(math.sqrt)
        placed["fill"] = [[*COUNTRY_COLOURS.get(c, (100, 100, 100)), 220] for c in placed["country"]]
        placed["tooltip"] = [
            f"{row.area} ({row.country}, {row.kind})"
            f"\nnamed on {row.nights} attack night(s), last {row.last_night}"
            + (f"\nlaunched from it alone: {int(row.launched):,} over {row.launched_nights} night(s)"
               if pd.notna(row.launched) else "")
            + (f"\nshared with other areas: {int(row.shared):,} over {row.shared_nights} night(s)"
               if pd.notna(row.shared) else "")
            for row in placed.itertuples()]
        layers.append(pdk.Layer(
            "ScatterplotLayer", placed[["area", "lat", "lon", "radius", "fill", "tooltip"]],
            id="launch_areas",
            pickable=True, get_position=["lon", "lat"], get_radius="radius", radius_min_pixels=4,
            get_fill_color="fill", get_line_color=[255, 255, 255], stroked=True, line_width_min_pixels=1,
            # over the arcs leaving it, for the eye and for a click: an arc rises towards the viewer
            # from its area's centre and would otherwise take the click meant for the area
            parameters={"depthCompare": "always"},
        ))
    view, tooltip = direction_view(frame), {"text": "{tooltip}", "style": TOOLTIP_STYLE}
    if map_style:
        return pdk.Deck(layers=layers, initial_view_state=view, map_provider="carto", map_style=map_style,
                        tooltip=tooltip)
    return pdk.Deck(layers=layers, initial_view_state=view, map_provider=None, tooltip=tooltip)
