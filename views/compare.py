"""Compare: two date ranges side by side — totals with their coverage, interception rates, the
weapon-family mix and the oblasts hit. The ranges live in the URL (`a_from`, `a_to`, `b_from`,
`b_to`), so a copied link opens the same comparison; the sidebar's weapon, oblast and source
filters apply to both, its date range does not (each period has its own)."""
import dataclasses
import datetime as dt

import streamlit as st

from salvo.dashboard import compare, formatting
from salvo.dashboard import data as ui
from salvo.dashboard.filters import link_problems, sync_query_params

st.title("Compare two periods")
filters = dataclasses.replace(ui.current_filters(), start=None, end=None)
frame = ui.filtered_attacks(filters)
if ui.show_empty(frame, filters):
    st.stop()

if "cmp_seeded" not in st.session_state:  # first run: the URL names the periods
    defaults = compare.default_periods(frame, dt.datetime.now(dt.UTC).date())
    problems: list[str] = []
    seed = compare.periods_from_params({key: st.query_params.get(key, "") for key in compare.PARAM_KEYS},
                                       defaults, problems)
    st.session_state["cmp_link_problems"] = problems
    for prefix, period in zip(("a", "b"), seed, strict=True):
        st.session_state[f"cmp_{prefix}_from"] = period.start
        st.session_state[f"cmp_{prefix}_to"] = period.end
    st.session_state["cmp_seeded"] = True

if st.session_state.get("cmp_link_problems"):
    link_problems(st.session_state.pop("cmp_link_problems"), "periods")
left, right = st.columns(2)
for column, prefix, name in ((left, "a", "Period A"), (right, "b", "Period B")):
    with column:
        st.markdown(f"**{name}**")
        st.date_input(f"{name} from", key=f"cmp_{prefix}_from", format="YYYY-MM-DD")
        st.date_input(f"{name} to", key=f"cmp_{prefix}_to", format="YYYY-MM-DD")
state = st.session_state
if None in (state["cmp_a_from"], state["cmp_a_to"], state["cmp_b_from"], state["cmp_b_to"]):
    st.info("Give both ends of both periods.")
    st.stop()
a, b = compare.periods_from_params({key: state[f"cmp_{key}"].isoformat() for key in compare.PARAM_KEYS},
                                   compare.default_periods(frame, dt.datetime.now(dt.UTC).date()))
sync_query_params(compare.to_params(a, b), compare.PARAM_KEYS)
st.caption(f"A: {a.label()} · B: {b.label()} · weapons, oblasts and sources as in the sidebar "
           f"({filters.describe().split(' · ', 1)[1]}); the sidebar's dates do not apply here.")

labels = {"a": f"A: {a.label()}", "b": f"B: {b.label()}"}
st.subheader("Totals")
totals = compare.compare_totals(frame, a, b)
st.dataframe(formatting.dashes(totals), hide_index=True, width="stretch",
             column_config={"figure": "Figure", "a": "Period A", "a_coverage": "A covers",
                            "b": "Period B", "b_coverage": "B covers", "change": "Change B − A"})
st.caption("Each sum adds only the nights that give the figure (a missing figure is not a zero), so "
           "launched and shot down may add different nights: compare them in the interception rates "
           "below, taken over the nights giving both. A change is shown only when both periods give the "
           "figure for a comparable share of their attack nights.")

st.subheader("Interception rates")
rates = compare.compare_rates(frame, a, b)
# "A" and "B" alone (their dates are in the line under the periods), and the nights a rate rests on
# without "rate over" (the column says it): the five columns ran past the page's edge at 1280 px wide.
shown_rates = rates.assign(period=rates["period"].str.upper(),
                           coverage=rates["coverage"].str.removeprefix("rate over "))
st.dataframe(shown_rates[["period", "weapons", "rate_text", "counts", "coverage"]],
             hide_index=True, width="stretch",
             column_config={"period": "Period", "weapons": "Weapons", "rate_text": "Shot down ÷ launched",
                            "counts": "Over", "coverage": "Rests on"})
st.caption("Shot down ÷ launched over the nights giving both figures (each rate says how many); "
           "impossible nights are left out. The 95% interval allows for night-to-night variation.")

st.subheader("Weapon-family mix")
mix = compare.family_mix(frame, a, b)
st.dataframe(formatting.dashes(mix), hide_index=True, width="stretch",
             column_config={"family": "Family", "a": "A launched", "a_share": "A share",
                            "a_coverage": "A covers", "b": "B launched", "b_share": "B share",
                            "b_coverage": "B covers"})
st.caption("Launches per family where a source broke the night down (A covers, B covers: the attack "
           "nights that do); a share is of the families' sum.")

st.subheader("Oblasts hit")
oblasts = compare.oblasts_hit(frame, a, b)
if oblasts.empty:
    st.info("No oblast with reported impact in either period.")
else:
    st.dataframe(oblasts, hide_index=True, width="stretch",
                 column_config={"oblast": "Oblast", "a": f"{labels['a']} (nights)",
                                "b": f"{labels['b']} (nights)"})
    st.caption("Attack nights on which a source reported impact in the oblast, most in B first.")
