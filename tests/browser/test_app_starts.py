"""The real app starts, renders its home page and shows no error box."""
from __future__ import annotations

from tests.browser.harness import error_texts, wait_for_app


def test_home_page_renders_without_errors(app_url, page, artifacts):
    page.goto(app_url)
    wait_for_app(page)
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    assert error_texts(page) == []
    assert page.get_by_text("Salvo", exact=False).first.is_visible()
