"""Interception rates by class and family, 7/30-day rolling, with 95% intervals over nights; the
nights left out as impossible and those whose figure merges shot down and suppressed."""
import streamlit as st

from salvo.dashboard import charts, formatting
from salvo.dashboard import data as ui
from salvo.dashboard.night import follow_selection, night_links, window_nights

st.title("Interception rates")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
left, right = st.columns(2)
with left:
    definition = ui.query_choice("Definition", list(charts.DEFINITIONS), "definition", "shot_down",
                                 format_func=charts.DEFINITIONS.get)
groups, group = ui.weapon_group_choice(filters, "Rolling rate for", right)
if ui.show_empty(frame, filters):
    st.stop()

st.info(f"Definition in force: rate = {charts.DEFINITIONS[definition]} ÷ launched. "
        + charts.DEFINITION_NOTE, icon=":material/straighten:")
picked = ui.plot_or_note(ui.view_result(charts.rate_summary_figure, definition, tuple(groups)),
                         "rates_by_group", charts.NO_RATE, clickable=True)
follow_selection(charts.rated_nights(frame, [point.get("y") for point in picked], definition),
                 "rates_by_group", "Nights counted in the chosen rate")
rolling = ui.view_result(charts.rolling_rate_figure, group, definition)
picked = ui.plot_or_note(rolling, "rolling_rate", charts.no_rolling_rate(group), clickable=True)
follow_selection(window_nights(frame, picked, charts.rolling_windows(rolling)), "rolling_rate",
                 "Nights in the chosen point's window")
st.caption("Click a rate to list the nights it counts, or a point of the rolling rate for the nights in its "
           "window; each opens on the Night page, the filters kept.")
summary = ui.view_result(charts.rate_summary, definition, tuple(groups))
st.dataframe(
    summary[summary["launched"] > 0].drop(columns="group"), hide_index=True,
    column_config={
        "label": "Weapons", "nights": f"Nights with both figures (of {len(frame):,} attack nights)",
        "launched": "Launched",
        "intercepted": "Intercepted",
        "rate": st.column_config.NumberColumn("Rate", format="percent"),
        "low": st.column_config.NumberColumn("95% low", format="percent"),
        "high": st.column_config.NumberColumn("95% high", format="percent"),
        "excluded": "Nights left out (listed below)", "combined": "Nights with a combined figure",
    },
)
st.caption("Intervals respect night-to-night variation: the weapons of one night share its weather, "
           "targets and tactics, so the nights' spread (quasi-binomial dispersion, a beta-binomial "
           "design effect) shrinks the effective sample before the Wilson interval is taken. With few "
           "nights the band is wide; with one night no variation can be measured. Decoys count as drones "
           "launched and shot down, so drone rates include them.")
combined = ui.view_result(charts.combined_nights, group)
if combined.empty:
    st.caption("No night in view gives one merged \"shot down/suppressed\" figure for this weapon group.")
else:
    with st.expander(f"{len(combined)} night(s) give one \"shot down/suppressed\" figure "
                     f"({charts.GROUPS[group]})"):
        st.caption("On these nights the statement did not report suppressed apart; its one figure counts as "
                   "shot down under both definitions, so a \"shot down only\" rate is too high there.")
        st.dataframe(formatting.dashes(combined), hide_index=True)
excluded = ui.view_result(charts.excluded_nights, group, definition)
if not excluded.empty:
    # Named, as the Reports page lists only the nights consolidation flags as impossible: a night
    # whose launched figure is a lower bound ("more than 300") below its shot-down figure is not
    # impossible, yet gives no rate.
    bounded = charts.launched_lower_bounds(excluded, group)
    st.warning(f"{len(excluded)} night(s) are left out of the rates ({charts.GROUPS[group]}): more "
               f"{charts.DEFINITIONS[definition]} than launched, or more locations or weapons hit than "
               "launched. "
               + (f"{bounded} of them give launched only as a lower bound (\"more than …\") below that "
                  "figure: not impossible, but no rate can be taken from them. " if bounded else "")
               + "Open a night to read its sources; a correction on the Reports page (Correct the night) "
               "brings it back.")
    night_links(sorted(excluded["attack_date"].dt.date, reverse=True), "Nights left out of the rates")
