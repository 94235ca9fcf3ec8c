"""The browser harness itself: it must notice when a page raises."""
from __future__ import annotations

from tests.browser.harness import error_texts, streamlit_server, wait_for_app


def test_error_box_of_a_raising_script_is_detected(browser, tmp_path):
    script = tmp_path / "raising_app.py"
    script.write_text(
        "import streamlit as st\n"
        "st.title('about to fail')\n"
        "raise ValueError('deliberate failure for the harness test')\n"
    )
    with streamlit_server(script, tmp_path) as url:
        page = browser.new_page()
        page.goto(url)
        wait_for_app(page)
        page.wait_for_selector('[data-testid="stException"]', timeout=10_000)
        errors = error_texts(page)
        page.close()
    # The harness sees the error box; the app's config (showErrorDetails = "none", issue 15 item 9)
    # keeps the exception's own message, which may name server paths, out of it.
    assert errors, "the harness saw no error box"
    assert all("encountered an error" in text for text in errors), errors
    assert not any("deliberate failure" in text for text in errors), errors
