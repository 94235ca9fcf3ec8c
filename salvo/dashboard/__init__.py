"""The Streamlit dashboard's parts, by concept: what views/ pages import. Nothing here holds SQL:
the pages read the store through these modules."""
