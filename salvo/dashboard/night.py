"""What the Night page (views/night.py) and the links to it share: the night in the URL, the
night's reconciliation (salvo.reconcile) cached per data version, and a link's address."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError

from salvo.dashboard.data import data_version_key
from salvo.reconcile import NightReconciliation, reconcile_night
from salvo.store import Store

NIGHT_PARAM = "night"  # the query-string key: /night?night=2025-07-04
RECONCILE_LABEL = "Reconcile this night: every source, field by field"


def night_reconciliation(handle: Store, night: dt.date) -> NightReconciliation:
    """One night's sources, figures and grid (salvo.reconcile), read once per data version."""
    return _cached_reconciliation(data_version_key(handle), night, handle)


@st.cache_resource(max_entries=32, show_spinner="Reading the night's reports…")
def _cached_reconciliation(version: str, night: dt.date, _handle: Store) -> NightReconciliation:
    return reconcile_night(_handle, night)


def night_link(night: object) -> str:
    """The Night page's address for one night, relative to any page (for a table's link column)."""
    return f"night?{NIGHT_PARAM}={pd.Timestamp(night).date().isoformat()}"


def reconcile_link(night: dt.date) -> None:
    """Draw the link to the Night page for one night: a page link inside the app's navigation; a
    plain relative link when the page runs on its own (a script run without app.py, as the bench
    runs pages), where Streamlit knows no other page."""
    try:
        st.page_link("views/night.py", label=RECONCILE_LABEL, icon=":material/bedtime:",
                     query_params={NIGHT_PARAM: night.isoformat()})
    except StreamlitPageNotFoundError:
        st.markdown(f"[{RECONCILE_LABEL}]({night_link(night)})")
