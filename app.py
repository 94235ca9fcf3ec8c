"""Salvo dashboard entry point: `streamlit run app.py` (or `make run`).

This file is the frame around every page: it declares the pages, draws the shared filters in the
sidebar (kept in the URL's query string) and runs the page the URL names.
"""
from pathlib import Path

import streamlit as st

from salvo.filters import sidebar_filters

PAGES_DIR = Path(__file__).resolve().parent / "pages"

st.set_page_config(page_title="Salvo", page_icon="🛡️", layout="wide")

navigation = st.navigation({
    "Analysis": [
        st.Page(PAGES_DIR / "overview.py", title="Overview", icon="🏠", url_path="overview", default=True),
        st.Page(PAGES_DIR / "timeline.py", title="Timeline", icon="📈", url_path="timeline"),
        st.Page(PAGES_DIR / "interception.py", title="Interception rates", icon="🎯",
                url_path="interception"),
        st.Page(PAGES_DIR / "map.py", title="Map", icon="🗺️", url_path="map"),
    ],
    "Sources": [
        st.Page(PAGES_DIR / "reports.py", title="Reports", icon="📰", url_path="reports"),
        st.Page(PAGES_DIR / "ingest.py", title="Ingest", icon="📥", url_path="ingest"),
        st.Page(PAGES_DIR / "data.py", title="Data", icon="🧾", url_path="data"),
        st.Page(PAGES_DIR / "methodology.py", title="Methodology", icon="📖", url_path="methodology"),
    ],
})
st.session_state["salvo_filters"] = sidebar_filters()
navigation.run()
