"""Timeline: launched, shot down, suppressed and hits per night, week or month; salvo nights."""
import streamlit as st

from salvo import charts, ui
from salvo.filters import WEAPON_CLASSES, WEAPON_FAMILIES

st.title("Timeline")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
# A point per night reads well (and paints fast) for about a year; a longer view starts weekly or
# monthly — 5,000 nightly markers per line take a browser seconds to draw. The reader may still
# pick per night.
span = (frame["attack_date"].max() - frame["attack_date"].min()).days if not frame.empty else 0
default_freq = "D" if span <= 400 else "W" if span <= 1500 else "M"
left, right = st.columns(2)
with left:
    freq = ui.query_choice("Per", ["D", "W", "M"], "period", default_freq, format_func=charts.FREQ_LABELS.get)
with right:
    group = ui.query_choice("Weapons", ["total", *WEAPON_CLASSES, *WEAPON_FAMILIES], "group", "total",
                            format_func=charts.GROUPS.get)
if ui.show_empty(frame, filters):
    st.stop()

ui.plot(ui.view_result(charts.timeline_figure, freq, group), key="timeline")
st.caption("Weekly and monthly points add the figures sources gave: a night with no shot-down figure "
           "adds its launches but nothing to the shot-down line. Hover a point for its sources.")
ui.plot(ui.view_result(charts.class_mix_figure, freq), key="class_mix")
families = ui.view_result(charts.family_figure, freq)
if families.data:
    ui.plot(families, key="families")
else:
    st.info("No source in view breaks the launches down by weapon family (the official CSV does).")
flagged = frame.loc[ui.view_result(charts.salvo_nights, charts.group_columns(group)[0])]
st.subheader(f"Salvo nights in view: {len(flagged)}")
st.dataframe(
    flagged[["attack_date", "total_launched", "drones_launched", "missiles_launched"]]
    .assign(sources=flagged["sources"].map(", ".join)),
    hide_index=True,
    column_config={"attack_date": st.column_config.DateColumn("Night", format="YYYY-MM-DD"),
                   "total_launched": "Launched", "drones_launched": "Drones",
                   "missiles_launched": "Missiles", "sources": "Sources"},
)
