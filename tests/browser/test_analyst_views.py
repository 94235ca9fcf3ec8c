"""The analyst views of issue 18 (Night, Compare) opened by URL with filters in Chromium, on the
real app over a fresh store holding the data Salvo ships. Screenshots go to test-artifacts/."""
from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from playwright.sync_api import expect

from salvo.dashboard import compare
from salvo.dashboard.filters import Filters, apply_filters
from salvo.sources.default_data import DEFAULT_DATASET_PATH
from tests.browser.harness import error_texts, table_widths, wait_for_app
from tests.browser.test_weapons_directions import store_frame

SCREENSHOT_SIZE = {"width": 1400, "height": 1700}
# A shipped night on which three sources disagree (the official statement among them).
NIGHT = "2024-07-08"

pytestmark = pytest.mark.skipif(not DEFAULT_DATASET_PATH.exists(), reason="needs the shipped data")


def open_view(page, base: str, path: str, query: dict[str, str], title: str) -> dict[str, str]:
    page.goto(f"{base}/{path}?{urlencode(query)}")
    wait_for_app(page)
    page.get_by_role("heading", name=title).first.wait_for()
    wait_for_app(page)
    return {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}


def test_the_night_page_opens_a_night_by_url(app_url, page, artifacts):
    query = {"night": NIGHT, "from": "2024-07-01", "to": "2024-07-31"}
    url_query = open_view(page, app_url, "night", query, "Night, reconciled")
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name="Night of Mon 08 Jul 2024")).to_be_visible()
    expect(main.get_by_role("heading", name="Field by field")).to_be_visible()
    expect(main.get_by_text("Sources disagree on:")).to_be_visible()
    # the sentences are Markdown with the figures' words marked since issue 14 (a third table before)
    expect(main.locator('[data-testid="stDataFrame"]')).to_have_count(2)
    expect(main.locator(".stMarkdownColoredBackground").first).to_be_visible()
    assert {key: url_query.get(key) for key in query} == query
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.wait_for_timeout(1500)  # tables paint their canvas at the new size
    page.screenshot(path=str(artifacts / "page-night.png"))
    assert error_texts(page) == []


def test_the_overview_links_to_its_last_night(app_url, page):
    open_view(page, app_url, "", {}, "Salvo: Russia's air attacks on Ukraine")
    page.get_by_role("link", name="Reconcile this night").first.click()
    page.get_by_role("heading", name="Field by field").wait_for()
    assert "night=" in page.url and "/night" in page.url
    assert error_texts(page) == []


def test_the_compare_page_opens_two_periods_by_url(app_url, page, artifacts, tmp_path):
    query = {"a_from": "2023-01-01", "a_to": "2023-12-31", "b_from": "2024-01-01", "b_to": "2024-12-31",
             "source": "official,wire,outlet"}
    url_query = open_view(page, app_url, "compare", query, "Compare two periods")
    main = page.locator('[data-testid="stMain"]')
    for heading in ("Totals", "Interception rates", "Weapon-family mix", "Oblasts hit"):
        expect(main.get_by_role("heading", name=heading)).to_be_visible()
    expect(main.get_by_text("A: 2023-01-01 → 2023-12-31 · B: 2024-01-01 → 2024-12-31")).to_be_visible()
    expect(main.locator('[data-testid="stDataFrame"]')).to_have_count(4)
    assert {key: url_query.get(key) for key in query} == query
    # the rates set shot down against launched over the nights giving both, and say how many; the
    # totals add each figure over its own nights (in 2023 more shot down than launched that way)
    frame = apply_filters(store_frame(tmp_path / "salvo.sqlite"), Filters.from_query_params(query))
    periods = compare.periods_from_params(query, compare.default_periods(frame, dt.date.today()))
    expected = compare.compare_rates(frame, *periods)
    labels = {"a": "A", "b": "B"}  # the periods' dates are under the date inputs, not in each row
    rows = main.locator('[data-testid="stDataFrame"]').nth(1).locator("table tbody tr")
    rows.first.wait_for(state="attached")
    shown = [[cell.strip() for cell in row.locator("td").all_inner_texts()][-5:] for row in rows.all()]
    # the page says "A" and "15 nights giving both (…)" where the builder says "A: <dates>" and "rate
    # over 15 nights giving both (…)": shorter since the table had to fit a 1280 px wide page
    assert shown == [[labels[row.period], row.weapons, row.rate_text, row.counts,
                      row.coverage.removeprefix("rate over ")] for row in expected.itertuples()]
    assert shown[0][:2] == ["A", "All weapons"]
    assert shown[0][4].endswith("nights giving both (of 20 attack nights)")
    assert (expected["rate"].dropna() <= 1).all()
    # the interception rates show all their columns on a 1280 px wide screen too (they ran over before)
    page.set_viewport_size({"width": 1280, "height": SCREENSHOT_SIZE["height"]})
    page.wait_for_timeout(1500)  # tables paint their canvas at the new size
    page.screenshot(path=str(artifacts / "page-compare-1280.png"))
    rates_table = table_widths(page)[1]
    assert rates_table["columns"] <= rates_table["shown"], rates_table
    assert rates_table["right"] <= rates_table["container"], rates_table
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "page-compare.png"))
    # every table shows all its columns inside the page (the family mix's last one was cut before)
    widths = table_widths(page)
    assert len(widths) == 4
    for table in widths:
        assert table["columns"] <= table["shown"] and table["right"] <= table["container"], table
    assert error_texts(page) == []
