"""Salvo dashboard entry point: `make run` serves it through server.py (start-up hooks), and
`streamlit run app.py` serves it as it is.

This file is the frame around every page: it builds the navigation from the page registry
(salvo.dashboard.pages), draws the shared filters in the
sidebar (kept in the URL's query string) and runs the page the URL names.
"""
import streamlit as st

from salvo.dashboard.auth import sidebar_status
from salvo.dashboard.data import run_page
from salvo.dashboard.filters import sidebar_filters
from salvo.dashboard.pages import sections

# An emoji, not a :material/…: icon: Streamlit fetches a material favicon from fonts.gstatic.com,
# while it draws an emoji itself (no request to any third party).
st.set_page_config(page_title="Salvo", page_icon="🛡️", layout="wide")
navigation = st.navigation({
    section: [st.Page(page.script, title=page.title, icon=f":material/{page.icon}:", url_path=page.name,
                      default=page.default) for page in pages]
    for section, pages in sections().items()
})
st.session_state["salvo_filters"] = sidebar_filters()
sidebar_status()
run_page(navigation)
