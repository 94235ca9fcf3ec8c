"""How the pages write values and report text: counts, dates, the "data as of" stamp, and text
from reports made inert for Markdown."""

from __future__ import annotations

import re


def escape_markdown(text: str) -> str:
    """Text shown literally by st.markdown and every element that renders Markdown (headers,
    captions, alerts): each ASCII punctuation mark is backslash-escaped, which CommonMark allows
    for all of them. That defuses links, emphasis, raw HTML (``\\<``), entities (``\\&``),
    Streamlit's ``:red[…]`` and ``:material/…:`` directives and ``$…$`` maths alike."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", str(text))
