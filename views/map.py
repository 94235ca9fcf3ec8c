"""Map: oblasts shaded by attack nights with reported impact; cities sized by the same count."""
import streamlit as st

from salvo import maps, ui

st.title("Map of reported impact")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
if frame.empty:
    ui.show_empty(frame, filters)

lookup = maps.gazetteer_lookup()
st.pydeck_chart(maps.impact_deck(frame, lookup), height=620, key="impact_map")
st.caption("Oblast shade: attack nights with reported impact (hits, damage, debris, casualties) in the "
           "view. Circles: cities and towns, sized by the same count. Boundaries: Natural Earth. "
           "The basemap needs internet; the oblasts draw without it.")
oblasts = maps.oblast_impact(frame)
if not oblasts.empty:
    st.dataframe(oblasts, hide_index=True, column_config={
        "name": "Oblast", "nights": "Nights with impact", "last_night": "Last",
        "killed": "Killed (those nights)", "injured": "Injured (those nights)", "sources": "Sources"})
