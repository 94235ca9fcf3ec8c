"""Salvo dashboard entry point: `streamlit run app.py` (or `make run`)."""
import streamlit as st

st.set_page_config(page_title="Salvo", layout="wide")
st.title("Salvo")
st.write("Figures of Russia's drone and missile attacks on Ukraine, gathered from reports.")
