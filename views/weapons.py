"""Weapons: launched, shot down and hits by family, kind and model over time, each kind's share of
the launches, the share of the launched that hit, interception rates per family and kind with 95%
intervals over nights."""
import streamlit as st

from salvo.dashboard import charts, formatting, weapons
from salvo.dashboard import data as ui
from salvo.dashboard.night import follow_periods

st.title("Weapons")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
left, middle, right = st.columns(3)
with left:
    freq = ui.query_choice("Per", ["D", "W", "M"], "period", "W", format_func=charts.FREQ_LABELS.get)
with middle:
    measure = ui.query_choice("Family figure", list(weapons.MEASURES), "measure", "launched",
                              format_func=weapons.MEASURES.get)
with right:
    definition = ui.query_choice("Definition", list(charts.DEFINITIONS), "definition", "shot_down",
                                 format_func=charts.DEFINITIONS.get)
if ui.show_empty(frame, filters):
    st.stop()

thin = ui.view_result(weapons.coverage_note)
if thin:
    st.warning(thin, icon=":material/filter_alt:")
families = ui.view_result(weapons.family_figure, freq, measure)
if families.data:
    follow_periods(frame, ui.plot(families, key="weapon_families", clickable=True), freq, "weapon_families")
else:
    st.info("No source in view breaks the night down by weapon family: import the official series "
            "(Ingest page), which names every model.", icon=":material/info:")
st.caption("Families are the attack table's columns: Shahed / decoy drones counts strike drones, decoys "
           "and jet drones together. \"Not shot down\" is launched minus shot down over the nights giving "
           "both; the weapons that hit are in their own charts below, from the sources that count them.")

st.subheader("Hits")
hits_view = ui.query_choice("Hits by", list(weapons.HIT_VIEWS), "hits_by", "class",
                            format_func=weapons.HIT_VIEWS.get)
missing_hits = ui.view_result(weapons.hits_missing, hits_view)
if missing_hits:  # neither chart: an empty one would read as "no weapon hit"
    st.info(missing_hits, icon=":material/info:")
else:
    hits_line, hits_thin = ui.view_result(weapons.hits_coverage)
    if hits_thin:
        st.warning(hits_line, icon=":material/filter_alt:")
    else:
        st.caption(hits_line)
    follow_periods(frame, ui.plot(ui.view_result(weapons.hits_figure, freq, hits_view), key="weapon_hits",
                                  clickable=True), freq, "weapon_hits")
    follow_periods(frame, ui.plot_or_note(ui.view_result(weapons.hit_share_figure, freq, hits_view),
                                          "weapon_hit_share", weapons.hit_share_missing(hits_view),
                                          clickable=True), freq, "weapon_hit_share")

kinds = ui.view_result(weapons.kind_figure, freq, False)
if kinds.data:
    follow_periods(frame, ui.plot(kinds, key="weapon_kinds", clickable=True), freq, "weapon_kinds")
    shares = ui.view_result(weapons.kind_figure, freq, True)
    follow_periods(frame, ui.plot(shares, key="weapon_shares", clickable=True), freq, "weapon_shares")
    st.caption("Kinds come from the models the night's best source names. Where the official series says "
               "how many of the drones were Shaheds (from mid-2025), the rest count as decoys (and other "
               "types) and its jet drones apart; elsewhere its Shahed row, like a statement naming only "
               "\"Shahed\", may include decoys the source did not tell apart.")
else:
    st.info("No source in view names weapon models with counts.", icon=":material/info:")

ui.plot_or_note(ui.view_result(weapons.rates_figure, definition), "weapon_rates", weapons.RATES_MISSING)
rates = ui.view_result(weapons.kind_rates)
shown = rates[rates["launched"] > 0].drop(columns="kind")
if not shown.empty:
    st.dataframe(shown, hide_index=True, column_config={
        "label": "Kind", "nights": "Nights with both figures", "launched": "Launched",
        "intercepted": "Shot down", "rate": st.column_config.NumberColumn("Rate", format="percent"),
        "low": st.column_config.NumberColumn("95% low", format="percent"),
        "high": st.column_config.NumberColumn("95% high", format="percent")})
st.caption("Intervals are the Interception page's: Wilson on the effective sample after the nights' "
           "spread, so rare weapons and few nights give wide bands.")

st.subheader("Models")
models_over_time = ui.view_result(weapons.model_figure, freq)
follow_periods(frame, ui.plot_or_note(models_over_time, "weapon_models",
                                      ui.view_result(weapons.models_missing), clickable=True),
               freq, "weapon_models")
models = ui.view_result(weapons.model_summary)
if not models.empty:
    st.dataframe(formatting.dashes(models), hide_index=True, column_config={
        "model": "Model", "kind": "Kind", "nights": "Nights named", "launched": "Launched",
        "launched_nights": "Nights with a launch figure", "destroyed": "Shot down",
        "destroyed_nights": "Nights with a shot-down figure", "first": "First", "last": "Last"})
