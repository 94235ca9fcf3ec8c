"""The real app starts, renders its home page and shows no error box."""
from __future__ import annotations

from tests.browser.harness import error_texts, wait_for_app


def test_home_page_renders_without_errors(app_url, page, artifacts):
    page.goto(app_url)
    wait_for_app(page)
    heading = page.get_by_role("heading", name="Salvo: Russia's air attacks on Ukraine")
    heading.wait_for()  # the first script run may start after wait_for_app saw no status widget
    wait_for_app(page)
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    assert error_texts(page) == []
    assert heading.is_visible()
