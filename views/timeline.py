"""Timeline: launched, shot down, suppressed and hits per night, week or month; salvo nights.

The page opens on its headline chart alone. The launches by weapon class and family and the list
of salvo nights are built only when their expanders are opened (kept in the link: `mix=true`,
`salvos=true`, so a shared link opens them again): in a browser that has not seen the
app yet, every chart of the first run is drawn in the same task as the first one (they wait for
the same plotly.js), and a table makes it load Streamlit's table code meanwhile, so each of them
delayed the first chart (bench/browser.py, official series: the browser's CPU until the first
chart 6.45 s with both, 5.52 s without; medians of 5 alternating runs)."""
import streamlit as st

from salvo.dashboard import annotations, charts, formatting, salvos
from salvo.dashboard import data as ui
from salvo.dashboard.formatting import escape_markdown
from salvo.dashboard.night import follow_periods

st.title("Timeline")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
st.caption(filters.describe())
left, right = st.columns(2)
with left:
    freq = ui.query_choice("Per", ["D", "W", "M"], "period", charts.default_period(frame),
                           format_func=charts.FREQ_LABELS.get)
_, group = ui.weapon_group_choice(filters, "Weapons", right)
if ui.show_empty(frame, filters):
    st.stop()

notes = annotations.in_view(filters)
picked = ui.plot(charts.with_annotations(ui.view_result(charts.timeline_figure, freq, group), notes),
                 key="timeline", clickable=True)
follow_periods(frame, picked, freq, "timeline")
st.caption("Each point adds only the nights that give that figure, and its hover says how many did "
           "(\"figures for 5 of 7 attack nights\"); a hollow point sums only some of its attack nights. "
           "Lines break where no night gives the figure. Grey ✕ at zero: reported, but no launch figure; "
           "grey tick at zero: no report at all (a quiet night, or one no source in view covered). "
           "Click a point to open that night on the Night page (a week's or month's point lists its nights).")
mix = st.expander("Launches by weapon class and by weapon family", key="mix", bind="query-params")
if mix.open:
    with mix:
        class_mix = ui.view_result(charts.class_mix_figure, freq)
        picked = ui.plot_or_note(charts.with_annotations(class_mix, notes) if class_mix.data else class_mix,
                                 "class_mix", charts.NO_CLASS_MIX, clickable=True)
        follow_periods(frame, picked, freq, "class_mix")
        families = ui.view_result(charts.family_figure, freq)
        if families.data:
            picked = ui.plot(charts.with_annotations(families, notes), key="families", clickable=True)
            follow_periods(frame, picked, freq, "families")
        else:
            st.info("No source in view breaks the launches down by weapon family (the official CSV does).")
annotations.panel(notes)
flagged = frame.loc[ui.view_result(salvos.salvo_nights, charts.group_columns(group)[0])]
verdict = ui.view_result(salvos.salvo_verdict, charts.group_columns(group)[0])
judged = not verdict.startswith(salvos.CANNOT_JUDGE)
st.subheader(f"Salvo nights in view: {len(flagged) if judged else 'cannot be judged'}")
st.markdown(escape_markdown(verdict))
st.caption(f"Definition (after CSIS): a salvo night launches at least {salvos.SALVO_THRESHOLD_SD} standard "
           f"deviations above the mean of the {salvos.SALVO_WINDOW_DAYS} days before it (the night itself "
           f"excluded); a night is judged only when those days hold at least {salvos.SALVO_MIN_NIGHTS} "
           "nights with a launch figure, so sparse news reports cannot be judged — the official series can.")
if not flagged.empty:
    listing = st.expander(f"List the {len(flagged)} salvo night(s) with their figures and sources",
                          key="salvos", bind="query-params")
    if listing.open:
        shown = flagged[["attack_date", "total_launched", "drones_launched", "missiles_launched"]]
        listing.dataframe(
            formatting.dashes(shown.assign(sources=flagged["sources"].map(", ".join))),
            hide_index=True,
            column_config={"attack_date": st.column_config.DateColumn("Night", format="YYYY-MM-DD"),
                           "total_launched": "Launched", "drones_launched": "Drones",
                           "missiles_launched": "Missiles", "sources": "Sources"},
        )
