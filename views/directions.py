"""Directions: where the weapons came from (launch areas), launches per direction over time, and
arcs from the launch areas to the oblasts struck the same nights."""
import pandas as pd
import streamlit as st

from salvo.dashboard import charts, directions, formatting, map_figure, maps
from salvo.dashboard import data as ui
from salvo.dashboard.night import follow_periods, follow_selection

st.title("Launch directions")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
left, right = st.columns(2)
with left:
    freq = ui.query_choice("Per", ["D", "W", "M"], "period", "M", format_func=charts.FREQ_LABELS.get)
with right:
    measure = ui.query_choice("Show", list(directions.DIRECTION_MEASURES), "measure", "nights",
                              format_func=directions.DIRECTION_MEASURES.get)
if ui.show_empty(frame, filters):
    st.stop()

summary = ui.view_result(directions.direction_summary)
if summary.empty:
    st.info("No source in view says where the weapons came from. Air Force statements name directions "
            "(\"from Kursk, Millerovo, Primorsko-Akhtarsk\"); the official series names them on every "
            "row: import it on the Ingest page.", icon=":material/info:")
    st.stop()

event = st.pydeck_chart(ui.view_result(directions.direction_deck, maps.configured_basemap()),
                        height=directions.MAP_HEIGHT,
                        key="directions_map", on_select="rerun", selection_mode="single-object")
# the interactive map draws in the browser; its image downloads draw the same areas and arcs with Plotly
ui.image_downloads(ui.view_result(map_figure.arcs_figure), "directions_map")
chosen = event.selection.get("objects", {}) if event else {}
arc = next(iter(chosen.get("arcs", [])), {})
follow_selection(directions.arc_nights(frame, arc["area"], arc.get("oblast")) if arc.get("area") else [],
                 "directions_map_arcs", f"Nights naming {arc.get('area')} with impact in {arc.get('oblast')}")
area = next(iter(chosen.get("launch_areas", [])), {})
follow_selection(directions.arc_nights(frame, area["area"]) if area.get("area") else [],
                 "directions_map_areas", f"Nights naming {area.get('area')}")
st.caption("Circles: launch areas, sized by the attack nights naming them (orange Russia, pink occupied "
           "Crimea, yellow occupied Ukraine, green Belarus, blue the seas). An arc joins an area to an "
           "oblast with reported impact on the same nights, wider for more nights: statements do not say "
           "which weapon from where struck what, so an arc is no flight path. No basemap unless the operator "
           "sets SALVO_BASEMAP. The map opens on every area and arc drawn; point at one and what it stands "
           "for shows in the box at the map's lower left. Click an area or an arc to list the nights behind "
           "it; each opens on the Night page, the filters kept.")
follow_periods(frame, ui.plot_or_note(ui.view_result(directions.direction_figure, freq, measure),
                                      "directions_timeline", directions.NO_DIRECTION_COUNTS, clickable=True),
               freq, "directions_timeline")
st.caption("Only the official series counts launches per direction, per row: a row naming one area gives "
           "that area's launches; a row naming several is not split, so its launches count for each of them "
           "(\"alone or with others\") and the lines never add up to a night's total.")
# Ten columns ran past the page's right edge: a launch figure and the nights it rests on share a
# cell ("5,318 (41)"), the country and the kind another, and the oblasts go without the word
# "Oblast" each of them repeats.
def with_nights(counts: pd.Series, nights: pd.Series) -> pd.Series:
    """Each count with the nights giving it in brackets; "—" where no night gives it."""
    cells = [formatting.fmt_count(count) + ("" if pd.isna(count) else f" ({night})")
             for count, night in zip(counts, nights, strict=True)]
    return pd.Series(cells, index=counts.index, dtype=object)


shown = pd.DataFrame({
    "area": summary["area"], "where": summary["country"] + ", " + summary["kind"],
    "nights": summary["nights"], "launched": with_nights(summary["launched"], summary["launched_nights"]),
    "shared": with_nights(summary["shared"], summary["shared_nights"]), "last_night": summary["last_night"],
    "oblasts_struck": summary["oblasts_struck"].str.replace(" Oblast", "", regex=False)})
text = st.column_config.TextColumn
st.dataframe(formatting.dashes(shown), hide_index=True, width="stretch", column_config={
    "area": "Launch area", "where": "Country, kind",
    "nights": text("Nights named", help="Attack nights naming the area"),
    "launched": text("Launched alone",
                     help="Launched from the area alone (the official series' rows naming only it); in "
                          "brackets, the nights giving that figure"),
    "shared": text("Launched shared",
                   help="Launched from this and other areas (rows naming several, not split between them); "
                        "in brackets, the nights giving that figure"),
    "last_night": "Last named",
    "oblasts_struck": text("Most struck (nights)",
                           help="The oblasts most often struck on the nights naming the area")})
