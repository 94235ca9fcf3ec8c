"""Overview: the last attack night, the last 7 and 30 days against the period before, the
largest attacks and the latest interception rate."""
import streamlit as st

from salvo import charts, ui

st.title("Salvo: Russia's air attacks on Ukraine")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(ui.data_as_of(frame))
live_sources = ui.live_sources_line()
if live_sources:
    st.caption(live_sources)
official_note = ui.official_series_note()
if official_note:
    st.info(official_note)
if ui.show_empty(frame, filters):
    st.stop()

last = frame.sort_values("attack_date").iloc[-1]
st.subheader(f"Last attack night: {ui.fmt_date(last['attack_date'])}")
cols = st.columns(5)
cols[0].metric("Launched", ui.fmt_count(last["total_launched"]))
cols[1].metric("Shot down", ui.fmt_count(last["total_destroyed"]))
cols[2].metric("Suppressed / lost", ui.fmt_count(last["suppressed"]))
cols[3].metric("Locations hit", ui.fmt_count(last["hit_locations"]))
casualties = f"{ui.fmt_count(last['killed'])} / {ui.fmt_count(last['injured'])}"
cols[4].metric("Killed / injured", casualties)
st.text(f"Drones {ui.fmt_count(last['drones_launched'])} launched, "
        f"{ui.fmt_count(last['drones_destroyed'])} shot down · missiles "
        f"{ui.fmt_count(last['missiles_launched'])} launched, "
        f"{ui.fmt_count(last['missiles_destroyed'])} shot down")
st.text("Sources: " + (", ".join(last["sources"] or []) or "none recorded")
        + f" ({last['n_reports']} report(s))")
if last["has_conflict"]:
    st.warning("Sources disagree on some figures of this night: see the Reports page.")

LABELS = {"total_launched": "Launched", "total_destroyed": "Shot down", "hit_locations": "Locations hit",
          "killed": "Killed", "injured": "Injured", "nights": "Attack nights"}
for days in (7, 30):
    st.subheader(f"Last {days} days against the {days} before")
    totals = ui.view_result(charts.period_totals, days)
    cols = st.columns(len(LABELS))
    for col, (key, label) in zip(cols, LABELS.items(), strict=True):
        col.metric(label, f"{totals.loc[key, 'current']:,}", delta=f"{totals.loc[key, 'change']:+,}",
                   delta_color="off")
st.caption("Periods end on the last night in view; sums cover the figures sources gave.")

left, right = st.columns([3, 2])
with left:
    st.subheader("Largest attacks")
    largest = ui.view_result(charts.largest_attacks, 10)
    st.dataframe(
        largest[["attack_date", "total_launched", "total_destroyed", "drones_launched",
                 "missiles_launched", "sources"]].assign(sources=largest["sources"].map(", ".join)),
        hide_index=True,
        column_config={"attack_date": st.column_config.DateColumn("Night", format="YYYY-MM-DD"),
                       "total_launched": "Launched", "total_destroyed": "Shot down",
                       "drones_launched": "Drones", "missiles_launched": "Missiles", "sources": "Sources"},
    )
with right:
    st.subheader("Latest interception rate")
    rate = ui.view_result(charts.latest_rate, 30)
    if rate["launched"]:
        st.metric("All weapons, last 30 days (shot down ÷ launched)", f"{rate['rate']:.1%}")
        st.caption(f"95% interval {rate['low']:.1%}–{rate['high']:.1%} over {rate['nights']} nights "
                   f"and {rate['launched']:,} weapons launched.")
    else:
        st.info("No night in the last 30 days of the view gives both launched and shot-down figures.")
