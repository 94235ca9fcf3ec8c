"""Map: oblasts shaded by attack nights with reported impact; cities sized by the same count."""
import streamlit as st

from salvo.dashboard import data as ui
from salvo.dashboard import formatting, maps
from salvo.dashboard.night import follow_selection, place_nights

st.title("Map of reported impact")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
if frame.empty:
    ui.show_empty(frame, filters)

oblasts = ui.view_result(maps.oblast_impact)
most = int(oblasts["nights"].max()) if not oblasts.empty else 0
map_column, legend_column = st.columns([5, 1])
with map_column:
    event = st.pydeck_chart(ui.view_result(ui.impact_deck), height=620, key="impact_map", on_select="rerun",
                            selection_mode="single-object")
    # the interactive map draws in the browser; its image downloads draw the same shading with Plotly
    ui.image_downloads(ui.view_result(ui.impact_figure), "impact_map")
with legend_column:
    st.markdown("**Attack nights with reported impact**")
    scale = maps.legend(most)
    st.dataframe(
        scale[["nights"]].style.apply(lambda _: [f"background-color: {colour}; color: {text}" for colour, text
                                                 in zip(scale["colour"], scale["text"], strict=True)]),
        hide_index=True, column_config={"nights": "Shade"},
    )
    st.markdown(maps.CITY_LEGEND)
    st.caption("Circles are sized by the same count. Kyiv City and Sevastopol are drawn over their "
               "oblasts.")
chosen = event.selection.get("objects", {}) if event else {}
for layer, column in (("oblasts", "oblasts"), ("cities", "cities")):
    names = [shape.get("name") or shape.get("properties", {}).get("name") for shape in chosen.get(layer, [])]
    follow_selection(place_nights(frame, column, names), f"impact_map_{layer}",
                     f"Nights with reported impact in {', '.join(map(str, names))}")
st.caption("Click an oblast or a city on the map to list the nights that hit it; each opens on the Night "
           "page, the filters kept.")
st.caption("Impact means hits, damage, debris or casualties reported in the place; the shade counts "
           "them all. A city is an orange ring when on every night in view the reports tell only of "
           "debris falling there (\"debris fell\", \"уламки\"), never of a hit; a hit or damage of no "
           "stated kind on any night makes it a blue disc. Hover for figures and sources. Boundaries: "
           "Natural Earth. They draw offline; a basemap appears only when the operator sets "
           "SALVO_BASEMAP.")
if not oblasts.empty:
    st.dataframe(formatting.dashes(oblasts), hide_index=True, column_config={
        "name": "Oblast", "nights": "Nights with impact", "debris_nights": "Of which debris only",
        "last_night": "Last",
        "killed": "Killed here", "injured": "Injured here",
        "unplaced_nights": "Nights with casualties not tied to it", "sources": "Sources"})
    st.caption("Killed and injured here are the figures reports tie to a place in this oblast (a town's "
               "own, or the oblast's when larger than its towns' sum), the highest official or wire count "
               "of the night. On a night no report ties casualties to a place, its killed and injured "
               "count only when the night names this oblast alone; a night naming several oblasts gives "
               "them to none (never the night's total to each).")
