"""Salvo dashboard entry point: `make run` serves it through server.py (start-up hooks), and
`streamlit run app.py` serves it as it is.

This file is the frame around every page: it declares the pages, draws the shared filters in the
sidebar (kept in the URL's query string) and runs the page the URL names.
"""
from pathlib import Path

import streamlit as st

from salvo.dashboard.auth import sidebar_status
from salvo.dashboard.data import run_page
from salvo.dashboard.filters import sidebar_filters

# Not "pages/": Streamlit runs a pages/ folder beside the entry script as the old multipage app
# until some session has called st.navigation, so the first shared link opened after a start
# would skip this file and its filters (tests/browser/test_pages.py checks that it does not).
PAGES_DIR = Path(__file__).resolve().parent / "views"


def page(name: str, title: str, icon: str, default: bool = False) -> st.Page:
    """A page of views/NAME.py served at /NAME (the default page is served at /)."""
    return st.Page(PAGES_DIR / f"{name}.py", title=title, icon=f":material/{icon}:", url_path=name,
                   default=default)


# An emoji, not a :material/…: icon: Streamlit fetches a material favicon from fonts.gstatic.com,
# while it draws an emoji itself (no request to any third party).
st.set_page_config(page_title="Salvo", page_icon="🛡️", layout="wide")
navigation = st.navigation({
    "Analysis": [
        page("overview", "Overview", "home", default=True),
        page("timeline", "Timeline", "show_chart"),
        page("interception", "Interception rates", "target"),
        page("map", "Map", "map"),
    ],
    "Sources": [
        page("reports", "Reports", "article"),
        page("ingest", "Ingest", "upload"),
        page("data", "Data", "table"),
        page("methodology", "Methodology", "menu_book"),
    ],
})
st.session_state["salvo_filters"] = sidebar_filters()
sidebar_status()
run_page(navigation)
