"""pydeck map builders: attack frame in, `pydeck.Deck` out.

Oblast polygons (shipped in data/geo, so Ukraine's shape draws with no internet) are shaded by
the number of attack nights with reported impact in the view; cities are points sized by the
same count. Tooltips use deck.gl's plain-text template (`{"text": ...}`, set as innerText), and
every value in them is a number or name this module computed, so nothing from a report is ever
interpreted as HTML.

No basemap unless an operator asks for one (`BASEMAP_ENV`): CARTO's tiles, style and fonts come
from a third party's servers, and every reader's browser would ask them for each view.
"""
from __future__ import annotations

import copy
import functools
import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pandas as pd
import pydeck as pdk

from extract.report import CASUALTY_FIELDS

GEOJSON_PATH = Path(__file__).resolve().parents[2] / "data" / "geo" / "ukraine_oblasts.geojson"
UKRAINE_VIEW = pdk.ViewState(latitude=48.6, longitude=31.2, zoom=4.7, min_zoom=3, max_zoom=11)
# A sequential, colour-blind-safe ramp (light yellow -> dark red, after ColorBrewer YlOrRd).
RAMP = ((255, 255, 204), (254, 217, 118), (253, 141, 60), (227, 26, 28), (128, 0, 38))
NO_IMPACT_FILL = (235, 235, 235)
CITY_COLOUR = (0, 114, 178)  # Okabe-Ito blue, apart from the red-yellow ramp: a place hit
DEBRIS_COLOUR = (230, 159, 0)  # Okabe-Ito orange, drawn as a ring: a place where only debris fell
CITY_LEGEND = ("**Cities and towns**  \n:blue[●] hit or damage  \n"
               ":orange[◯] only debris fell (every night in view)")
MAX_SOURCES_IN_TOOLTIP = 3
BASEMAP_ENV = "SALVO_BASEMAP"  # a CARTO style: light, dark, road, light_no_labels, dark_no_labels
BASEMAP_STYLES = ("light", "dark", "road", "light_no_labels", "dark_no_labels")


# Cities with a boundary of their own inside an oblast's.
CITY_REGIONS = frozenset({"Kyiv City", "Sevastopol"})


def legend(maximum: int) -> pd.DataFrame:
    """The map's shade scale as it is drawn for this view: rows of (nights, RGB hex colour, a
    legible text colour on it), one per count up to 5 nights, else five ranges, and the grey of
    no reported impact."""
    rows = [("none reported", _hex(NO_IMPACT_FILL))]
    if maximum <= 0:
        return _with_text(pd.DataFrame(rows, columns=["nights", "colour"]))
    if maximum <= len(RAMP):
        bins = [(n, n) for n in range(1, maximum + 1)]
    else:
        edges = [round(maximum * i / len(RAMP)) for i in range(len(RAMP) + 1)]
        bins = [(edges[i] + 1, edges[i + 1]) for i in range(len(RAMP))]
    for low, high in bins:
        label = f"{low}" if low == high else f"{low}–{high}"
        rows.append((f"{label} night{'s' if high > 1 else ''}", _hex(ramp_colour(high, maximum)[:3])))
    return _with_text(pd.DataFrame(rows, columns=["nights", "colour"]))


def _with_text(scale: pd.DataFrame) -> pd.DataFrame:
    """White text on the dark shades, black on the light ones (by perceived brightness)."""
    def text(colour: str) -> str:
        red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return "#ffffff" if 0.299 * red + 0.587 * green + 0.114 * blue < 140 else "#000000"

    return scale.assign(text=scale["colour"].map(text))


def _hex(rgb: tuple[int, ...] | list[int]) -> str:
    return "#" + "".join(f"{value:02x}" for value in rgb[:3])


class Place(NamedTuple):
    name: str
    lat: float
    lon: float


CityLookup = Callable[[str], Place | None]


@functools.cache
def oblast_geojson() -> dict:
    """The shipped oblast polygons (feature property `name` = canonical oblast name)."""
    return json.loads(GEOJSON_PATH.read_text())


def _sources_text(lists: pd.Series) -> str:
    # First-seen order, constant-time lookups (charts._sources_label says why).
    seen = [str(name) for name in dict.fromkeys(name for names in lists for name in names or ())]
    more = len(seen) - MAX_SOURCES_IN_TOOLTIP
    text = ", ".join(seen[:MAX_SOURCES_IN_TOOLTIP])
    return (text + (f" +{more} more" if more > 0 else "")) or "none"



def placed_casualties(by_place: object, column: str) -> dict[str, dict[str, int]] | None:
    """A night's killed and injured per name of ``column`` ("oblasts" or "cities") from its
    ``casualties_by_place`` (place -> {"oblast", "killed", "injured"}); None when no report gave
    any per-place figure that night. A town's figures are its own; an oblast's are the larger of
    the figure given for the oblast itself and the sum of its towns' (a region's tally usually
    includes its towns': the larger never counts a person twice). A place of no known oblast
    counts for no oblast."""
    if not isinstance(by_place, dict) or not by_place:
        return None
    out: dict[str, dict[str, int]] = {}
    if column != "oblasts":
        for place, entry in by_place.items():
            if isinstance(entry, dict) and place != entry.get("oblast"):
                figures = {kind: entry[kind] for kind in CASUALTY_FIELDS if entry.get(kind) is not None}
                if figures:
                    out[place] = figures
        return out
    own: dict[str, dict[str, int]] = {}
    towns: dict[str, dict[str, int]] = {}
    for place, entry in by_place.items():
        oblast = entry.get("oblast") if isinstance(entry, dict) else None
        if not oblast:
            continue
        target = own if place == oblast else towns
        for kind in CASUALTY_FIELDS:
            if entry.get(kind) is not None:
                figures = target.setdefault(oblast, {})
                figures[kind] = figures.get(kind, 0) + int(entry[kind])
    for oblast in {*own, *towns}:
        out[oblast] = {kind: max(own.get(oblast, {}).get(kind, -1), towns.get(oblast, {}).get(kind, -1))
                       for kind in CASUALTY_FIELDS
                       if kind in own.get(oblast, {}) or kind in towns.get(oblast, {})}
    return out


def _impact_by(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per name in a list column: nights with impact, the casualties that can be placed there,
    sources. A night whose reports tie killed or injured to places (its ``casualties_by_place``)
    gives each place those figures (`placed_casualties`), and nothing to a place they do not name.
    A night with no such figures falls back to its whole killed and injured, which count for a
    place only when the night names that place alone: a night naming several places gives its
    casualties to none of them (never the national total to each). `unplaced_nights` counts, per
    place, the nights with casualties of which it got no figure while naming several places.
    `debris_nights`: of the nights, those on which only debris fell there (the night's
    ``debris_places``); the others told of a hit or damage."""
    columns = ["name", "nights", "debris_nights", "last_night", "killed", "injured", "unplaced_nights",
               "sources"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    by_place = frame.get("casualties_by_place", pd.Series(None, index=frame.index))
    exploded = frame[["attack_date", column, "sources", "debris_places", "killed", "injured"]].assign(
        placed=[placed_casualties(entry, column) for entry in by_place],
        named=frame[column].map(lambda names: len(set(names or ()))),
    ).explode(column)
    exploded = exploded.dropna(subset=[column])
    if exploded.empty:
        return pd.DataFrame(columns=columns)
    had_casualties = exploded["killed"].notna() | exploded["injured"].notna()
    placed_here = [placed.get(name, {}) if placed is not None else None
                   for name, placed in zip(exploded[column], exploded["placed"], strict=True)]
    for kind in CASUALTY_FIELDS:
        exploded[kind] = [
            (here.get(kind, pd.NA) if here is not None else (whole if named == 1 else pd.NA))
            for here, whole, named in zip(placed_here, exploded[kind], exploded["named"], strict=True)
        ]
        exploded[kind] = pd.array(exploded[kind], dtype="Int64")
    given = pd.Series([bool(here) for here in placed_here], index=exploded.index)
    exploded["unplaced"] = (exploded["named"] > 1) & had_casualties & ~given
    exploded["debris"] = [name in (places or ())
                          for name, places in zip(exploded[column], exploded["debris_places"], strict=True)]
    grouped = exploded.groupby(column)
    table = pd.DataFrame({
        "nights": grouped["attack_date"].nunique(),
        "debris_nights": exploded[exploded["debris"]].groupby(column)["attack_date"].nunique(),
        "last_night": grouped["attack_date"].max().dt.strftime("%Y-%m-%d"),
        "killed": grouped["killed"].sum(min_count=1),
        "injured": grouped["injured"].sum(min_count=1),
        "unplaced_nights": grouped["unplaced"].sum().astype(int),
        "sources": grouped["sources"].agg(_sources_text),
    })
    table["debris_nights"] = table["debris_nights"].fillna(0).astype(int)
    table.index.name = "name"
    return table.reset_index().sort_values(["nights", "name"], ascending=[False, True])[columns]


def oblast_impact(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per oblast named with impact: nights, last night, casualties that night, sources."""
    return _impact_by(frame, "oblasts")


def city_impact(frame: pd.DataFrame, lookup: CityLookup) -> pd.DataFrame:
    """Cities with impact and their position; cities the lookup does not know are left out."""
    table = _impact_by(frame, "cities")
    places = [lookup(name) for name in table["name"]]
    table["lat"] = [place.lat if place else math.nan for place in places]
    table["lon"] = [place.lon if place else math.nan for place in places]
    return table.dropna(subset=["lat", "lon"]).reset_index(drop=True)


def gazetteer_lookup() -> CityLookup:
    """Look cities up in the project's gazetteer (extract.places)."""
    from extract.places import gazetteer

    places = gazetteer()

    def lookup(name: str) -> Place | None:
        try:
            city = places.city(name)
        except (KeyError, LookupError, ValueError):
            return None
        return Place(city.name, float(city.lat), float(city.lon)) if city else None

    return lookup


def ramp_colour(value: float, maximum: float) -> list[int]:
    """RGBA fill for a count on the sequential ramp; grey for zero."""
    if not value or maximum <= 0:
        return [*NO_IMPACT_FILL, 140]
    position = min(value / maximum, 1.0) * (len(RAMP) - 1)
    low = math.floor(position)
    high = min(low + 1, len(RAMP) - 1)
    share = position - low
    rgb = [round(a + (b - a) * share) for a, b in zip(RAMP[low], RAMP[high], strict=True)]
    return [*rgb, 200]


def _count_text(value: object) -> str:
    return "not reported" if value is None or pd.isna(value) else f"{int(value):,}"


def configured_basemap() -> str | None:
    """The CARTO style ``SALVO_BASEMAP`` names, or None (no basemap) when unset or unknown."""
    style = os.environ.get(BASEMAP_ENV, "").strip().lower()
    return style if style in BASEMAP_STYLES else None


def impact_deck(frame: pd.DataFrame, lookup: CityLookup | None = None,
                map_style: str | None = None) -> pdk.Deck:
    """Oblasts shaded by attack nights with impact, cities sized by the same count, text tooltips;
    over a CARTO basemap only when ``map_style`` names one."""
    oblasts = oblast_impact(frame).set_index("name")
    maximum = float(oblasts["nights"].max()) if not oblasts.empty else 0.0
    collection = copy.deepcopy(oblast_geojson())
    # the cities with their own boundary lie inside an oblast's: drawn last, they stay visible
    collection["features"].sort(key=lambda feature: feature["properties"]["name"] in CITY_REGIONS)
    for feature in collection["features"]:
        name = feature["properties"]["name"]
        row = oblasts.loc[name] if name in oblasts.index else None
        nights = int(row["nights"]) if row is not None else 0
        debris = row["debris_nights"] if row is not None else 0
        feature["properties"] = {
            "name": name,
            "nights": nights,
            "fill": ramp_colour(nights, maximum),
            "tooltip": (
                f"{name}\n{nights} attack night(s) with reported impact"
                + (f" ({debris} with debris only)" if debris else "")
                + (f"\nlast: {row['last_night']}\nkilled here: {_count_text(row['killed'])}"
                   f"\ninjured here: {_count_text(row['injured'])}"
                   + (f"\n+ {row['unplaced_nights']} night(s) whose casualties no report ties to it"
                      if row["unplaced_nights"] else "")
                   + f"\nsources: {row['sources']}"
                   if row is not None else "")
            ),
        }
    layers = [pdk.Layer(
        "GeoJsonLayer", collection, id="oblasts", pickable=True, stroked=True, filled=True,
        get_fill_color="properties.fill", get_line_color=[90, 90, 90, 255], line_width_min_pixels=1,
    )]
    cities = city_impact(frame, lookup) if lookup else pd.DataFrame()
    if not cities.empty:
        cities["radius"] = 6000 + 4000 * cities["nights"].map(math.sqrt)
        # a city hit on any night is a blue disc; one where only debris ever fell, an orange ring
        debris_only = cities["debris_nights"] == cities["nights"]
        cities["fill"] = [[*DEBRIS_COLOUR, 40] if only else [*CITY_COLOUR, 200] for only in debris_only]
        cities["line"] = [[*DEBRIS_COLOUR, 255] if only else [255, 255, 255, 255] for only in debris_only]
        cities["line_width"] = [3 if only else 1 for only in debris_only]
        cities["tooltip"] = [
            f"{row.name}\n{row.nights} attack night(s) with reported impact"
            f"\n{row.nights - row.debris_nights} with hits or damage, {row.debris_nights} with debris only"
            f"\nlast: {row.last_night}\nsources: {row.sources}"
            for row in cities.itertuples()
        ]
        layers.append(pdk.Layer(
            "ScatterplotLayer",
            cities[["name", "lat", "lon", "nights", "debris_nights", "radius", "fill", "line", "line_width",
                    "tooltip"]],
            id="cities", pickable=True, get_position=["lon", "lat"], get_radius="radius", radius_min_pixels=3,
            get_fill_color="fill", get_line_color="line", get_line_width="line_width", stroked=True,
            line_width_units=pdk.types.String("pixels"),  # a plain word, not an expression
        ))
    # deck.gl's "text" tooltip is set as innerText; the GeoJSON layer exposes properties.* and
    # the scatter layer its columns, so both carry a precomputed `tooltip` string.
    if map_style:
        return pdk.Deck(layers=layers, initial_view_state=UKRAINE_VIEW, map_provider="carto",
                        map_style=map_style, tooltip={"text": "{tooltip}"})
    # No map_style at all, not None: pydeck then keeps its "__MAP_STYLE__" placeholder, which
    # Streamlit's map reads as "no basemap"; a missing style makes it fetch CARTO's by default.
    return pdk.Deck(layers=layers, initial_view_state=UKRAINE_VIEW, map_provider=None,
                    tooltip={"text": "{tooltip}"})
