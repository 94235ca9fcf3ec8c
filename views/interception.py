"""Interception rates by class and family, 7/30-day rolling, with Wilson 95% intervals."""
import streamlit as st

from salvo import charts, ui
from salvo.filters import WEAPON_CLASSES, WEAPON_FAMILIES

st.title("Interception rates")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
left, right = st.columns(2)
with left:
    definition = ui.query_choice("Definition", list(charts.DEFINITIONS), "definition", "shot_down",
                                 format_func=charts.DEFINITIONS.get)
with right:
    group = ui.query_choice("Rolling rate for", ["total", *WEAPON_CLASSES, *WEAPON_FAMILIES], "group",
                            "total", format_func=charts.GROUPS.get)
if ui.show_empty(frame, filters):
    st.stop()

st.info(f"Definition in force: rate = {charts.DEFINITIONS[definition]} ÷ launched. "
        + charts.DEFINITION_NOTE, icon=":material/straighten:")
ui.plot(ui.view_result(charts.rate_summary_figure, definition), key="rates_by_group")
ui.plot(ui.view_result(charts.rolling_rate_figure, group, definition), key="rolling_rate")
summary = ui.view_result(charts.rate_summary, definition)
st.dataframe(
    summary[summary["launched"] > 0].drop(columns="group"), hide_index=True,
    column_config={
        "label": "Weapons", "nights": "Nights with both figures", "launched": "Launched",
        "intercepted": "Intercepted",
        "rate": st.column_config.NumberColumn("Rate", format="percent"),
        "low": st.column_config.NumberColumn("95% low", format="percent"),
        "high": st.column_config.NumberColumn("95% high", format="percent"),
    },
)
st.caption("Wilson score intervals treat each weapon as an independent trial; weapons in one salvo are "
           "not independent, so read the bands as a floor on the uncertainty.")
