"""Overview: how fresh and complete the view is, the last attack night, the last 7 and 30 days
against the period before (over the nights that give each figure), impossible nights to resolve,
the largest attacks and the latest interception rate."""
import datetime as dt

import streamlit as st

from salvo.dashboard import charts, formatting, headlines
from salvo.dashboard import data as ui
from salvo.dashboard.filters import WEAPON_FILTER_NOTE
from salvo.dashboard.night import reconcile_link

st.title("Salvo: Russia's air attacks on Ukraine")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(formatting.data_as_of(frame))
st.caption(filters.describe())
if filters.weapons:  # "Launched 40" under "Cruise missiles" would read as 40 cruise missiles
    st.info(WEAPON_FILTER_NOTE + " Every figure below is all weapons'.", icon=":material/filter_alt:")
live_sources = ui.live_sources_line()
if live_sources:
    st.caption(live_sources)
official_note = ui.official_series_note()
if official_note:
    st.info(official_note)
if ui.show_empty(frame, filters):
    st.stop()

fresh, stale = headlines.freshness(frame, dt.datetime.now(dt.UTC).date())
if stale:
    st.warning(fresh, icon=":material/schedule:")
else:
    st.caption(fresh)
coverage = ui.view_result(headlines.view_coverage, filters.start, filters.end)
st.markdown(f"**Coverage:** {coverage['text']}")

last = frame.sort_values("attack_date").iloc[-1]
st.subheader(f"Last attack night: {formatting.fmt_date(last['attack_date'])}")
reconcile_link(last["attack_date"].date())
cols = st.columns(5)
cols[0].metric("Launched", formatting.fmt_count(last["total_launched"]))
cols[1].metric("Shot down", formatting.fmt_count(last["total_destroyed"]))
cols[2].metric("Suppressed / lost", formatting.fmt_count(last["suppressed"]))
cols[3].metric("Locations hit", formatting.fmt_count(last["hit_locations"]))
casualties = f"{formatting.fmt_count(last['killed'])} / {formatting.fmt_count(last['injured'])}"
cols[4].metric("Killed / injured", casualties)
st.text(f"Drones {formatting.fmt_count(last['drones_launched'])} launched, "
        f"{formatting.fmt_count(last['drones_destroyed'])} shot down · missiles "
        f"{formatting.fmt_count(last['missiles_launched'])} launched, "
        f"{formatting.fmt_count(last['missiles_destroyed'])} shot down")
st.text("Sources: " + (", ".join(last["sources"] or []) or "none recorded")
        + f" ({last['n_reports']} report(s))")
if last["has_conflict"]:
    st.warning("Sources disagree on some figures of this night: see the Reports page.")
if last["choices"] or last["regional_figures"]:
    with st.expander("Why these figures"):
        st.dataframe(formatting.choices_table(last), hide_index=True, width="stretch")

LABELS = {"total_launched": "Launched", "total_destroyed": "Shot down", "hit_locations": "Locations hit",
          "killed": "Killed", "injured": "Injured", "nights": "Attack nights"}
for days in (7, 30):
    st.subheader(f"Last {days} days against the {days} before")
    totals = ui.view_result(headlines.period_totals, days)
    cols = st.columns(len(LABELS))
    for col, (key, label) in zip(cols, LABELS.items(), strict=True):
        row = totals.loc[key]
        change = None if formatting.is_missing(row["change"]) else f"{row['change']:+,}"
        col.metric(label, formatting.fmt_count(row["current"]), delta=change, delta_color="off",
                   help=formatting.period_help(row, days))
        if key != "nights":
            col.caption(row["coverage"])
    # launched and shot down above may add different nights: set against each other only here
    rate = ui.view_result(headlines.latest_rate, days)
    st.caption(f"Shot down ÷ launched: {rate['rate']:.1%}, "
               f"{charts.rate_coverage_text(rate['nights'], rate['attack_nights'])}." if rate["launched"]
               else f"Shot down ÷ launched: no night of the last {days} days gives both figures.")
st.caption("Periods end on the last night in view. Each sum adds only the nights that give the figure "
           "(a missing figure is not a zero), so launched and shot down may add different nights; the rate "
           "under them takes the nights giving both. A change is shown only when both periods give the "
           "figure for a comparable share of their attack nights.")

conflicts = ui.view_result(headlines.plausibility_conflicts)
if not conflicts.empty:
    st.subheader(f"Impossible figures to resolve: {len(conflicts)} night(s)")
    st.warning("These nights' figures cannot all be true. They are left out of every interception rate "
             "until an analyst corrects them (Reports page → the night's conflicts).",
             icon=":material/error:")
    st.dataframe(
        formatting.dashes(
            conflicts[["attack_date", "problem", "total_launched", "total_destroyed", "hit_locations"]]
            .assign(sources=conflicts["sources"].map(", ".join))),
        hide_index=True,
        column_config={"attack_date": st.column_config.DateColumn("Night", format="YYYY-MM-DD"),
                       "problem": "Problem", "total_launched": "Launched", "total_destroyed": "Shot down",
                       "hit_locations": "Locations hit", "sources": "Sources"},
    )

left, right = st.columns([3, 2])
with left:
    st.subheader("Largest attacks")
    largest = ui.view_result(headlines.largest_attacks, 10)
    st.dataframe(
        formatting.dashes(largest[["attack_date", "total_launched", "total_destroyed", "drones_launched",
                           "missiles_launched", "sources"]]
                  .assign(sources=largest["sources"].map(", ".join))),
        hide_index=True,
        column_config={"attack_date": st.column_config.DateColumn("Night", format="YYYY-MM-DD"),
                       "total_launched": "Launched", "total_destroyed": "Shot down",
                       "drones_launched": "Drones", "missiles_launched": "Missiles", "sources": "Sources"},
    )
with right:
    st.subheader("Latest interception rate")
    rate = ui.view_result(headlines.latest_rate, 30)
    if rate["launched"]:
        st.metric("All weapons, last 30 days (shot down ÷ launched)", f"{rate['rate']:.1%}")
        caption = (f"95% interval over nights {rate['low']:.1%}–{rate['high']:.1%}: "
                   f"{charts.rate_coverage_text(rate['nights'], rate['attack_nights'])}, "
                   f"{rate['launched']:,} weapons launched.")
        if rate["excluded"]:
            caption += (f" {rate['excluded']} night(s) giving more shot down or hit than launched left "
                        "out (the Interception rates page names them).")
        if rate["combined"]:
            caption += (f" {rate['combined']} night(s) give one \"shot down/suppressed\" figure, "
                        "counted as shot down.")
        st.caption(caption + " Decoys count as drones launched and shot down.")
    else:
        st.info("No night in the last 30 days of the view gives both launched and shot-down figures.")
