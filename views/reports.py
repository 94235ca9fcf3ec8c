"""Reports: every report with its record; open one for its text with the extracted values marked
(as plain text, never HTML), its evidence, its conflicts with other sources, and corrections."""

import pandas as pd
import streamlit as st

from salvo.dashboard import auth, charts, formatting, headlines, report_listing
from salvo.dashboard import data as ui
from salvo.dashboard.filters import link_problems, sync_query_params
from salvo.dashboard.formatting import escape_markdown
from salvo.dashboard.night import reconcile_link

st.title("Reports")
store = ui.store()

if store.count_reports() == 0:
    st.info(ui.EMPTY_MESSAGE, icon=":material/info:")
    st.stop()

impossible = headlines.plausibility_conflicts(ui.filtered_attacks(ui.current_filters()))
if not impossible.empty:
    with st.expander(f"Impossible figures to resolve: {len(impossible)} night(s) — left out of every rate",
                     expanded=True, icon=":material/error:"):
        st.dataframe(
            formatting.dashes(impossible[["attack_date", "problem", "total_launched", "total_destroyed",
                                  "hit_locations"]]
                      .assign(reports=impossible["report_ids"].map(lambda ids: ", ".join(map(str, ids))))),
            hide_index=True,
            column_config={"attack_date": st.column_config.DateColumn("Night", format="YYYY-MM-DD"),
                           "problem": "Problem", "total_launched": "Launched",
                           "total_destroyed": "Shot down", "hit_locations": "Locations hit",
                           "reports": "Reports (open one below and correct the night)"},
        )

# The listing goes a page at a time (an archive holds 100,000 reports); the page number is kept
# in the URL so a copied link shows the same page.


def turn_to(number: int) -> None:
    """Runs before the rerun a paging button starts, so the whole rerun draws the new page."""
    st.query_params["page"] = str(number)


filters = ui.current_filters()
asked = st.query_params.get("page", "1")
asked_page = report_listing.link_number(asked)
listing_page = report_listing.report_page(store, filters, asked_page or 1)
sync_query_params({"page": str(listing_page.number) if listing_page.number > 1 else ""}, ("page",))
previous_column, next_column, _rest = st.columns([1, 1, 4])
previous_column.button("← Newer reports", disabled=listing_page.number <= 1, on_click=turn_to,
                       args=(listing_page.number - 1,))
next_column.button("Older reports →", disabled=listing_page.number >= listing_page.pages, on_click=turn_to,
                   args=(listing_page.number + 1,))
listing = listing_page.table
st.caption(f"Reports {listing_page.first}–{listing_page.last} of {listing_page.total} matching the date "
           f"and source filters (page {listing_page.number} of {listing_page.pages}). "
           "Select a row to open the report.")
LISTING_CONFIG = {**report_listing.LISTING_COLUMNS,
                  **{c: st.column_config.TextColumn(report_listing.LISTING_COLUMNS[c], alignment="right")
                     for c in ("launched", "shot down")}}
picked = st.dataframe(
    report_listing.shown_listing(listing), hide_index=True, on_select="rerun", selection_mode="single-row",
    key=f"report_table_{listing_page.number}",  # a row picked on one page is not picked on the next
    column_config=LISTING_CONFIG,
)
rows = picked.selection.rows if picked else []
wanted = st.query_params.get("report", "")
if rows:
    report_id = int(listing.iloc[rows[0]]["id"])
    st.session_state["reports_picked_in_table"] = True
elif st.session_state.get("reports_picked_in_table"):
    report_id = None  # the reader cleared the selection: close the report
else:
    report_id = report_listing.link_number(wanted)  # opened from a shared link
    refused = [f"{key}: {value[:40]!r} is no {key} number; showing {shown}"
               for key, value, usable, shown in (("page", asked, asked_page, "page 1"),
                                                 ("report", wanted, report_id, "no report"))
               if value and usable is None]
    if refused:
        link_problems(refused, "page options")
sync_query_params({"report": str(report_id) if report_id is not None else ""}, ("report",))
if report_id is None:
    st.stop()

detail = report_listing.report_detail(store, report_id)
if detail is None:
    st.warning(f"There is no report {report_id}.")
    st.stop()

st.header(f"Report {detail.id}: {escape_markdown(detail.title or detail.outlet or 'untitled')}")
st.text(f"Outlet: {detail.outlet or 'unknown'} ({detail.source_type}) · published "
        f"{detail.published or 'unknown'} · language {detail.language or 'unknown'} · "
        f"extractor {detail.extractor_version}")
if detail.source_url:
    st.text(f"Source: {detail.source_url}")
if detail.ingested_by:
    st.text(f"Stored by: {detail.ingested_by}")

spans = report_listing.evidence_spans(detail.evidence, detail.text or "")
text_tab, record_tab, conflict_tab, correct_tab, night_tab = st.tabs(
    ["Text", "Record and evidence", "Conflicts", "Correct a value", "Correct the night"])
with text_tab:
    if detail.text:
        st.caption("The words each value was read from are marked, with the value's name after them: "
                   + formatting.mark_legend() + ". The text is shown as text: nothing in it is run "
                   "or linked.")
        with st.container(border=True, key="report_text"):
            st.markdown(formatting.highlighted_markdown(
                detail.text, report_listing.merged_marks(detail.text, spans)))
    else:
        st.info("This report was loaded as facts without its text (curated or official data).")
with record_tab:
    st.dataframe(report_listing.record_table(detail.record, detail.extracted_record), hide_index=True)
    if not spans.empty:
        st.subheader("Evidence")
        st.dataframe(spans, hide_index=True)
with conflict_tab:
    night = detail.attack_date
    conflicts = report_listing.night_conflicts(store, night)
    attack = store.get_attack(night) if night is not None else None
    if night is not None:
        reconcile_link(night)
    if night is None:
        st.info("The record has no attack night, so it joins no attack row.")
    elif conflicts.empty:
        st.success(f"No source disagrees on the night of {night}.")
    else:
        st.caption("Every candidate of each disputed figure; the one the night took is marked chosen, "
                   "with why it won beside it (source rank, an exact figure before a bound, the highest "
                   "casualty count, or an analyst's correction).")
        st.dataframe(conflicts, hide_index=True)
    if attack is not None:
        problems = [flag for flag in attack.get("quality_flags") or [] if flag in charts.IMPLAUSIBLE_FLAGS]
        if problems:
            st.warning(f"Impossible figures on the night of {night} ({', '.join(problems)}): the night is "
                     "left out of every rate until a correction resolves it.")
        st.subheader(f"Why the night of {night} holds its figures")
        st.dataframe(formatting.choices_table(attack), hide_index=True, width="stretch")
    if night is not None:
        night_reports, on_night = report_listing.reports_on_night(store, night)
        others = night_reports[night_reports["id"] != detail.id]
        shown = "" if len(night_reports) == on_night else f" (the newest {len(others)} shown)"
        st.caption(f"{max(on_night - 1, 0)} other report(s) on the night of {night}{shown}.")
        if not others.empty:
            st.dataframe(report_listing.shown_listing(others), hide_index=True, column_config=LISTING_CONFIG)
with correct_tab:
    editor = auth.editor()
    if editor is None:
        auth.login_form("correct values")
    else:
        with st.form("correction"):
            st.text(f"Correcting as {editor}: the correction records it.")
            field = st.selectbox("Field", report_listing.correctable_fields())
            current = detail.record.get(field) if field else None
            st.text(f"Current value: {current!r}")
            value = st.text_input("New value (a number; names separated by ;; empty for no value)")
            reason = st.text_input("Reason (required)")
            if st.form_submit_button("Save correction"):
                try:
                    saved = report_listing.save_correction(store, detail.id, field, value, reason, editor)
                except ValueError as error:
                    st.error(f"Not saved: {escape_markdown(error)}")
                else:
                    old, new = (escape_markdown(repr(v)) for v in (saved.old_value, saved.new_value))
                    st.success(f"Saved: {saved.field} {old} → {new}.")
    if detail.corrections:
        st.subheader("Corrections of this report")
        st.dataframe(pd.DataFrame([{
            "when": c.created_at, "field": c.field, "old": str(c.old_value), "new": str(c.new_value),
            "reason": c.reason, "who": c.author} for c in detail.corrections]), hide_index=True)
with night_tab:
    night = detail.attack_date
    editor = auth.editor()
    if night is None:
        st.info("The record has no attack night to correct.")
    elif editor is None:
        auth.login_form("correct attack nights")
    else:
        st.caption(f"A correction here sets one figure of the night of {night} in the attack table, "
                   "whichever report it came from; it survives new reports and re-extraction.")
        with st.form("night_correction"):
            st.text(f"Correcting as {editor}: the correction records it.")
            field = st.selectbox("Figure of the night", report_listing.night_correctable_fields())
            row = store.get_attack(night) or {}
            st.text(f"Current value: {row.get(field)!r}")
            value = st.text_input("New value (a number; names separated by ;; empty for no value)",
                                  key="night_value")
            reason = st.text_input("Reason (required)", key="night_reason")
            if st.form_submit_button("Save night correction"):
                try:
                    saved = report_listing.save_night_correction(store, night, field, value, reason, editor)
                except ValueError as error:
                    st.error(f"Not saved: {escape_markdown(error)}")
                else:
                    old, new = (escape_markdown(repr(v)) for v in (saved.old_value, saved.new_value))
                    st.success(f"Saved: {saved.field} of the night {old} → {new}.")
        night_corrections = [c for c in store.corrections(attack_date=night) if c.target == "attack"]
        if night_corrections:
            st.subheader(f"Corrections of the night of {night}")
            st.dataframe(pd.DataFrame([{
                "when": c.created_at, "field": c.field, "old": str(c.old_value), "new": str(c.new_value),
                "reason": c.reason, "who": c.author} for c in night_corrections]), hide_index=True)
