"""Night: one attack night reconciled — the official record beside every news and regional
source, field by field, each figure with its sentence, the value the night took and why, and
links to the sources. The night is `?night=YYYY-MM-DD` in the URL (a shared link opens it)."""

import streamlit as st

from salvo.dashboard import data as ui
from salvo.dashboard import formatting
from salvo.dashboard.filters import sync_query_params
from salvo.dashboard.night import NIGHT_PARAM, night_reconciliation, requested_night
from salvo.dashboard.report_listing import fmt_iso


def label(name: str) -> str:
    """A figure's human name."""
    return formatting.FIELD_LABELS.get(name, name)


st.title("Night, reconciled")
everything, _version = ui.attacks()
if everything.empty:
    st.info(ui.EMPTY_MESSAGE, icon=":material/info:")
    st.stop()

# the URL's night when it names a new one (a link, a click on a chart or map), else the last pick
requested_night(fallback=everything["attack_date"].max().date())
night = st.date_input(
    "Night (the morning its attack ended)", key="night_pick", format="YYYY-MM-DD",
    help="A night is named by the morning the Air Force's overnight window closes: an attack from "
         "18:00 on 3 July to 09:00 on 4 July is the night of 4 July.",
)
sync_query_params({NIGHT_PARAM: night.isoformat() if night else ""}, (NIGHT_PARAM,))
if night is None:
    st.stop()

result = night_reconciliation(ui.store(), night)
st.subheader(f"Night of {formatting.fmt_date(night)}")
if result.row is None and result.sources.empty:
    nights = everything["attack_date"].dt.date
    before, after = nights[nights < night], nights[nights > night]
    nearest = [f"{d:%Y-%m-%d}" for d in (before.max() if len(before) else None,
                                          after.min() if len(after) else None) if d is not None]
    st.info(f"No report falls on the night of {night:%Y-%m-%d}. Nearest nights with reports: "
            f"{', '.join(nearest) or 'none'}.", icon=":material/info:")
    st.stop()

row = result.row or {}
counted = int((result.sources["counted"] == "yes").sum())
st.caption(f"{len(result.sources)} report(s) on this night, {counted} counted in its figures. "
           "Reports with their own text are news and statements; rows without are the official "
           "dataset's.")
if row.get("conflict_fields"):
    st.warning("Sources disagree on: " + ", ".join(map(label, row["conflict_fields"])) + ".")
if row.get("quality_flags"):
    st.text("Checks this night fails: " + ", ".join(row["quality_flags"]))

st.subheader("Field by field")
grid = result.grid.assign(figure=result.grid["figure"].map(label))
st.dataframe(grid, hide_index=True, width="stretch",
             column_config={"figure": "Figure", "night": "Night's value",
                            "why": st.column_config.TextColumn("Why (consolidation)", width="large")})
st.caption("One column per source (name and report number), the official dataset first. ✓ marks the "
           "figure the night took; \"or more\" a lower bound, \"about\" an approximate figure; a "
           "place's name a figure of that place only, never the night's. An empty cell: the source "
           "gives no such figure.")

st.subheader("Each figure with the sentence it came from")
st.caption("Under each figure, every source's value and the sentence it was read from, the words "
           "marked: " + formatting.mark_legend() + ". ✓ marks the value the night took.")
for figure, rows in result.figures.groupby("figure", sort=False):
    st.markdown(formatting.sentence_list(label(figure), rows.to_dict("records")))

st.subheader("Sources")
sources = result.sources.assign(report=result.sources["report_id"].map(lambda i: f"reports?report={i}"),
                                published=result.sources["published"].map(fmt_iso),  # "—" for no date
                                url=result.sources["url"].fillna(""))  # no web address: an empty cell
st.dataframe(
    sources[["report", "source", "kind", "published", "title", "url", "counted"]], hide_index=True,
    width="stretch",
    column_config={
        "report": st.column_config.LinkColumn("Report", display_text=r"reports\?report=(\d+)"),
        "source": "Source", "kind": "Kind",
        "published": "Published",
        "title": "Title", "url": st.column_config.LinkColumn("Link"), "counted": "Counted",
    })
st.caption("Report opens the stored report with its text and evidence on the Reports page; Link is the "
           "source's own address (only web addresses are linked).")
st.caption(formatting.data_as_of(everything))
