"""Map: oblasts shaded by attack nights with reported impact; cities sized by the same count."""
import streamlit as st

from salvo.dashboard import data as ui
from salvo.dashboard import maps

st.title("Map of reported impact")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
if frame.empty:
    ui.show_empty(frame, filters)

st.pydeck_chart(ui.view_result(ui.impact_deck), height=620, key="impact_map")
oblasts = ui.view_result(maps.oblast_impact)
most = int(oblasts["nights"].max()) if not oblasts.empty else 0
st.caption(f"Oblast shade: attack nights with reported impact (hits, damage, debris, casualties) in the "
           f"view, from pale yellow (1 night) to dark red ({most} nights); grey: none reported. Circles: "
           "cities and towns, sized by the same count. Hover for figures and sources. Boundaries: "
           "Natural Earth. They draw offline; a basemap appears only when the operator sets SALVO_BASEMAP.")
if not oblasts.empty:
    st.dataframe(oblasts, hide_index=True, column_config={
        "name": "Oblast", "nights": "Nights with impact", "last_night": "Last",
        "killed": "Killed (those nights)", "injured": "Injured (those nights)", "sources": "Sources"})
