"""Charts for publication and charts as a way in, in Chromium on the synthetic frame: a click on a
night's point or a map's oblast leads to the Night page with the filters kept, a chart downloads
as PNG and SVG with its title, filters, data version and sources drawn in, and the charts follow a
dark page. Screenshots and the downloaded images go to test-artifacts/."""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from salvo.dashboard import chart_export, charts
from tests.browser.harness import error_texts, image_buttons, save_chart_image, wait_for_app
from tests.browser.test_pages import open_page, synthetic_url, wait_for_drawings  # noqa: F401 (fixture)

VIEW = {"from": "2025-06-01", "to": "2025-07-31", "period": "D"}
# the Timeline with its class and family charts open (they are built only when asked)
TIMELINE_VIEW = {**VIEW, "mix": "true"}
FILTERS_SHOWN = "2025-06-01 → 2025-07-31 · weapons: all · oblasts: all · sources: all"
CHART = '[data-testid="stPlotlyChart"]'
DOWNLOAD_TIMEOUT_MS = 120_000  # kaleido starts a Chromium of its own for each image
# deck.gl's view of the map page (salvo.dashboard.maps.UKRAINE_VIEW) and a point inside
# Dnipropetrovsk Oblast, away from the city of Dnipro's circle
MAP_CENTRE, MAP_ZOOM = (31.2, 48.6), 4.7
IN_DNIPROPETROVSK = (34.3, 48.2)


def url_query(page) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}


def click_point(page, chart: int, point: int) -> None:
    """Click the `point`-th marker of the first line of the `chart`-th chart, where it is drawn
    (Plotly takes clicks on its drag layer over the marker, not on the marker's element)."""
    marker = page.locator(CHART).nth(chart).locator("g.trace.scatter").first.locator("path.point").nth(point)
    box = marker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_a_click_on_a_night_opens_it_on_the_night_page_with_the_filters(synthetic_url, page, artifacts):  # noqa: F811
    open_page(page, synthetic_url, "timeline", TIMELINE_VIEW)
    wait_for_drawings(page, 3, 0)
    # the launched line's 11th night, as the chart holds it
    night = page.locator(CHART).first.locator(".js-plotly-plot").evaluate("plot => plot.data[0].x[10]")[:10]
    click_point(page, 0, 10)
    page.wait_for_url("**/night?**", timeout=30_000)
    page.get_by_role("heading", name="Night, reconciled").wait_for()
    wait_for_app(page)
    query = url_query(page)
    assert query["night"] == night
    assert (query["from"], query["to"]) == (VIEW["from"], VIEW["to"])  # the filters came along
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator('[data-testid="stDateInput"] input')).to_have_value(night)
    sidebar_dates = page.locator('[data-testid="stSidebar"] [data-testid="stDateInput"] input')
    expect(sidebar_dates.nth(0)).to_have_value(VIEW["from"])
    expect(sidebar_dates.nth(1)).to_have_value(VIEW["to"])
    page.screenshot(path=str(artifacts / "click-timeline-to-night.png"))
    assert error_texts(page) == []
    # back on the Timeline, the chart does not send the reader away again
    page.go_back()
    page.get_by_role("heading", name="Timeline").first.wait_for()
    wait_for_app(page)
    page.wait_for_timeout(1500)
    assert "/timeline" in page.url


def test_a_week_lists_its_nights_as_links(synthetic_url, page):  # noqa: F811
    open_page(page, synthetic_url, "timeline", {**TIMELINE_VIEW, "period": "W"})
    wait_for_drawings(page, 3, 0)
    click_point(page, 0, 2)
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text("Nights behind the chosen point")).to_be_visible(timeout=30_000)
    links = main.locator('a[href*="night?"]')
    expect(links).to_have_count(7)  # the synthetic frame has a night every day
    href = links.first.get_attribute("href")
    assert "from=2025-06-01" in href and "to=2025-07-31" in href and "night=2025-06-" in href
    links.first.click()
    page.get_by_role("heading", name="Night, reconciled").wait_for()
    assert url_query(page)["from"] == VIEW["from"]
    assert error_texts(page) == []


def test_a_chart_downloads_as_png_and_svg_ready_for_publication(synthetic_url, page, artifacts):  # noqa: F811
    open_page(page, synthetic_url, "timeline", TIMELINE_VIEW)
    wait_for_drawings(page, 3, 0)
    buttons = image_buttons(page)
    expect(buttons).to_have_count(6)  # PNG and SVG under each of the three charts
    # expect waits for the texts: under load a button can be read while still being drawn (no text)
    expect(buttons).to_have_text([re.compile(r"PNG$"), re.compile(r"SVG$")] * 3)
    page.screenshot(path=str(artifacts / "timeline-download-buttons.png"), full_page=True)
    title = page.locator(CHART).first.locator(".js-plotly-plot").evaluate("plot => plot.layout.title.text")
    assert title.startswith("All weapons: launched, shot down")
    images = {}
    for image_format in chart_export.FORMATS:
        download = save_chart_image(page, "timeline", image_format, DOWNLOAD_TIMEOUT_MS)
        saved = artifacts / f"timeline-export.{image_format}"
        download.save_as(saved)
        assert download.suggested_filename == f"salvo-timeline-v1.{image_format}"
        images[image_format] = saved.read_bytes()
    png = images["png"]
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    meta = chart_export.png_text(png)
    assert meta["Title"] == title
    assert meta["Description"] == f"Filters: {FILTERS_SHOWN}"
    assert "Data version 1," in meta["Source"] and "Ukrainian Air Force" in meta["Source"]
    drawn = " ".join(" ".join(ET.fromstring(images["svg"]).itertext()).split())
    for line in (title, f"Filters: {FILTERS_SHOWN}",
                 "Data version 1,", "Source: Salvo"):
        assert line in drawn
    assert error_texts(page) == []


@pytest.mark.parametrize("path", ["timeline", "interception"])
def test_charts_follow_a_dark_page(synthetic_url, browser, artifacts, path):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1700}, color_scheme="dark")
    page = context.new_page()
    try:
        open_page(page, synthetic_url, path, TIMELINE_VIEW if path == "timeline" else VIEW)
        # Streamlit draws a chart when it scrolls into view: the first two are in this one
        page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 2", timeout=30_000)
        page.wait_for_timeout(1000)
        background = page.evaluate("getComputedStyle(document.querySelector('[data-testid=\"stApp\"]'))"
                                   ".backgroundColor")
        assert sum(int(part) for part in background[4:-1].split(",")[:3]) < 150  # the page is dark
        drawn = page.evaluate("[...document.querySelectorAll('.js-plotly-plot')].map(plot => ["
                              "plot._fullLayout.paper_bgcolor, plot._fullLayout.plot_bgcolor, "
                              "plot._fullLayout.font.color])")
        assert len(drawn) >= 2
        transparent = "rgba(0,0,0,0)"
        assert all(colours == [transparent, transparent, charts.DARK_TEXT] for colours in drawn), drawn
        page.screenshot(path=str(artifacts / f"page-{path}-dark.png"))
        assert error_texts(page) == []
    finally:
        context.close()


def map_pixel(canvas_box: dict, lon: float, lat: float) -> tuple[float, float]:
    """Where a place lies on the map's canvas (web Mercator, deck.gl's 512-pixel world)."""
    scale = 512 * 2**MAP_ZOOM

    def mercator_y(latitude: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)) * scale / (2 * math.pi)

    x = (lon - MAP_CENTRE[0]) * scale / 360
    y = mercator_y(MAP_CENTRE[1]) - mercator_y(lat)
    return canvas_box["x"] + canvas_box["width"] / 2 + x, canvas_box["y"] + canvas_box["height"] / 2 + y


def test_a_click_on_an_oblast_lists_the_nights_that_hit_it(synthetic_url, page, artifacts):  # noqa: F811
    open_page(page, synthetic_url, "map", VIEW)
    wait_for_drawings(page, 0, 1)
    page.wait_for_timeout(1500)  # deck.gl picks from what it has drawn
    canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
    x, y = map_pixel(canvas.bounding_box(), *IN_DNIPROPETROVSK)
    main = page.locator('[data-testid="stMain"]')
    heading = main.get_by_text("Nights with reported impact in Dnipropetrovsk Oblast")
    for _attempt in range(3):  # a click landing while deck.gl still settles is dropped; a hand clicks again
        # as a hand does: deck.gl picks the shape under the pointer as it moves there; the click selects it
        page.mouse.move(x - 5, y - 5)
        page.mouse.move(x, y, steps=5)
        expect(page.locator(".deck-tooltip")).to_contain_text("Dnipropetrovsk Oblast", timeout=15_000)
        page.wait_for_timeout(1000)
        page.mouse.click(x, y)
        try:
            heading.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    expect(heading).to_be_visible()
    links = main.locator('a[href*="night?"]')
    links.first.wait_for(timeout=30_000)
    assert all("from=2025-06-01" in links.nth(i).get_attribute("href") for i in range(links.count()))
    page.screenshot(path=str(artifacts / "map-oblast-nights.png"), full_page=True)
    assert error_texts(page) == []
