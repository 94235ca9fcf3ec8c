"""Annotations on the Timeline: the editors' dated notes in view, and the panel that lists them
and lets an editor add one (salvo.dashboard.auth: viewing is open, adding needs an editor)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from salvo.dashboard import auth
from salvo.dashboard import data as ui
from salvo.dashboard.filters import Filters
from salvo.dashboard.formatting import escape_markdown
from salvo.store import ANNOTATION_MAX_LENGTH, StoreError

Note = tuple[dt.date, str, str]  # (day, text, author): what a chart marks
ADDED_KEY = "annotation_added"  # the confirmation shown after the rerun that draws the new note


def in_view(filters: Filters) -> tuple[Note, ...]:
    """The notes on days of the view's date range, read once per data version and range."""
    handle = ui.store()
    return _notes(ui.data_version_key(handle), filters.start, filters.end, handle)


@st.cache_resource(max_entries=16, show_spinner=False)
def _notes(version: str, start: dt.date | None, end: dt.date | None, _handle: object) -> tuple[Note, ...]:
    return tuple((a.night, a.text, a.author) for a in _handle.annotations(start, end))


def panel(notes: tuple[Note, ...]) -> None:
    """The notes in view as a table (text as data, never HTML) and, for an editor, a form to add
    one; anyone else sees how to sign in."""
    with st.expander(f"Annotations in view: {len(notes)}", icon=":material/sticky_note_2:"):
        st.caption("Editors' dated notes (a delivery of air defence, a change in reporting), marked on "
                   "the charts above by a dotted line; exports and /api/attacks.json carry them too.")
        if notes:
            st.dataframe(pd.DataFrame(notes, columns=["day", "note", "added by"]), hide_index=True,
                         column_config={"day": st.column_config.DateColumn("Day", format="YYYY-MM-DD")})
        if ADDED_KEY in st.session_state:
            st.success(st.session_state.pop(ADDED_KEY))
        who = auth.editor()
        if who is None:
            auth.login_form("add annotations")
            return
        with st.form("add_annotation", clear_on_submit=True):
            day = st.date_input("Day", value=None, format="YYYY-MM-DD", key="annotation_day")
            text = st.text_input("Note", max_chars=ANNOTATION_MAX_LENGTH, key="annotation_text")
            if st.form_submit_button("Add annotation"):
                try:
                    saved = ui.store().add_annotation(day, text, author=who)
                except StoreError as error:
                    st.error(escape_markdown(f"Not added: {error}"))
                else:
                    st.session_state[ADDED_KEY] = escape_markdown(
                        f"Added the note on {saved.night.isoformat()} as {who}.")
                    st.rerun()  # the charts above and the table show it at once
