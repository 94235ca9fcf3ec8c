"""The Launch directions page's arcs map in Chromium, on the synthetic frame (its nights name
Kursk, Primorsko-Akhtarsk and the Caspian Sea): the map downloads as PNG and SVG with its title,
filters and sources drawn in; a click on a launch area or an arc lists the nights behind it as
links to the Night page, the filters kept. And a chart's download when Chromium fails at export
time: the page says what failed and how to fix it, and keeps working. Screenshots and the
downloaded images go to test-artifacts/."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import urlencode

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from salvo.dashboard import chart_export, directions, map_figure
from salvo.dashboard.filters import Filters, apply_filters
from salvo.dashboard.night import MAX_LISTED_NIGHTS
from tests.browser.harness import (
    BUTTON,
    DRAWN_CHARTS,
    ROOT,
    error_texts,
    image_buttons,
    point_until_tooltip,
    save_chart_image,
    streamlit_server,
    wait_for_app,
)
from tests.dashboard.synthetic import attack_frame

VIEW = {"from": "2025-06-01", "to": "2025-07-31", "period": "M"}
FILTERS_SHOWN = "2025-06-01 → 2025-07-31 · weapons: all · oblasts: all · sources: all"
CHART_TIMEOUT_MS = 60_000  # a cold server under load draws its first map slowly
DOWNLOAD_TIMEOUT_MS = 120_000  # kaleido starts a Chromium of its own for each image
SYNTHETIC_APP = ROOT / "tests" / "browser" / "synthetic_app.py"
MAP = '[data-testid="stDeckGlJsonChart"]'


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("directions-app")
    env = {"SALVO_DATABASE_URL": f"sqlite:///{workdir / 's.sqlite'}"}
    with streamlit_server(SYNTHETIC_APP, workdir, env) as url:
        yield url


@pytest.fixture(scope="module")
def broken_chromium_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The synthetic app whose exports use a Chromium that exits at once when started (as one
    missing a library does): it is there when the page is drawn, and fails when asked to draw."""
    workdir = tmp_path_factory.mktemp("broken-chromium-app")
    browser = workdir / "chromium"
    browser.write_text("#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n")
    browser.chmod(0o755)
    env = {"SALVO_DATABASE_URL": f"sqlite:///{workdir / 's.sqlite'}", chart_export.BROWSER_ENV: str(browser)}
    with streamlit_server(SYNTHETIC_APP, workdir, env) as url:
        yield url


def open_directions(page, base: str, query: dict[str, str]) -> None:
    page.goto(f"{base}/directions?{urlencode(query)}")
    wait_for_app(page)
    page.get_by_role("heading", name="Launch directions").first.wait_for()
    wait_for_app(page)
    page.locator(f"{MAP} canvas").first.wait_for(timeout=CHART_TIMEOUT_MS)
    page.wait_for_timeout(1500)  # deck.gl picks from what it has drawn


def map_pixel(canvas_box: dict, lon: float, lat: float, view, lift: float = 0.0) -> tuple[float, float]:
    """Where a place (`lift` world units above the ground, as an arc's curve) lies on the arcs
    map's canvas opened on `view` (salvo.dashboard.directions.projected: deck.gl's camera)."""
    across, down = directions.projected(pd.DataFrame({"lat": [lat], "lon": [lon], "height": [lift]}), view,
                                        canvas_box["height"])
    return (canvas_box["x"] + canvas_box["width"] / 2 + float(across[0]),
            canvas_box["y"] + canvas_box["height"] / 2 + float(down[0]))


def point_at(page, lon: float, lat: float, tooltip: str, view, lift: float = 0.0) -> tuple[float, float]:
    """Point at a place on the map as a hand does (deck.gl picks the shape under the pointer as it
    moves there) and wait for the tooltip to name `tooltip`; where the pointer is is returned."""
    return point_until_tooltip(page, lambda box: map_pixel(box, lon, lat, view, lift), tooltip, 15_000)


def click_on_map(page, lon: float, lat: float, tooltip: str, view, lift: float = 0.0) -> str:
    """`point_at` a place, then click it; the tooltip's text is returned."""
    x, y = point_at(page, lon, lat, tooltip, view, lift)
    text = page.locator(".deck-tooltip").inner_text()
    page.wait_for_timeout(800)
    page.mouse.click(x, y)
    return text


def inside(box: dict, outer: dict) -> bool:
    return (box["x"] >= outer["x"] and box["y"] >= outer["y"] and box["x"] + box["width"] <= outer["x"]
            + outer["width"] and box["y"] + box["height"] <= outer["y"] + outer["height"])


def listed_nights(page, heading: str, view: dict[str, str] = VIEW) -> list[str]:
    """The nights listed as links under `heading`, once the click's rerun has drawn them; each
    link keeps the view's dates."""
    main = page.locator('[data-testid="stMain"]')
    expect(main.get_by_text(heading)).to_be_visible(timeout=30_000)
    links = main.locator('a[href*="night?"]')
    links.first.wait_for(timeout=30_000)
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert all(f"from={view['from']}" in href and f"to={view['to']}" in href for href in hrefs), hrefs
    return [href.split("night=")[1][:10] for href in hrefs]


def view_frame():
    return apply_filters(attack_frame(), Filters.from_query_params(VIEW))


def test_the_arcs_map_downloads_as_png_and_svg(synthetic, page, artifacts):
    open_directions(page, synthetic, VIEW)
    expect(image_buttons(page)).to_have_count(4)  # the map's, then the chart's
    images = {}
    for image_format in chart_export.FORMATS:
        download = save_chart_image(page, "directions_map", image_format, DOWNLOAD_TIMEOUT_MS)
        assert download.suggested_filename == f"salvo-directions_map-v1.{image_format}"
        saved = artifacts / f"directions-map-export.{image_format}"
        download.save_as(saved)
        images[image_format] = saved.read_bytes()
    meta = chart_export.png_text(images["png"])
    assert meta["Title"] == map_figure.ARCS_TITLE
    assert meta["Description"] == f"Filters: {FILTERS_SHOWN}"
    drawn = " ".join(" ".join(ET.fromstring(images["svg"]).itertext()).split())
    for line in (map_figure.ARCS_TITLE, f"Filters: {FILTERS_SHOWN}", "Data version 1,", "Source: Salvo",
                 "Kursk", "Caspian Sea", "launch area: Russia", "launch area: sea"):
        assert line in drawn, line
    assert error_texts(page) == []


def test_a_click_on_a_launch_area_lists_the_nights_naming_it(synthetic, page, artifacts):
    open_directions(page, synthetic, VIEW)
    lat, lon = directions.area_coordinates()["Kursk"]
    heading = "Nights naming Kursk"
    for _attempt in range(3):  # a click landing while deck.gl still settles is dropped; a hand clicks again
        click_on_map(page, lon, lat, "Kursk (Russia", directions.direction_view(view_frame()))
        try:
            page.get_by_text(heading).wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    expected = [night.isoformat() for night in directions.arc_nights(view_frame(), "Kursk")]
    assert len(expected) > MAX_LISTED_NIGHTS  # so the list says it shows the newest only
    expect(page.get_by_text(f"{heading} ({len(expected)} nights; the newest {MAX_LISTED_NIGHTS} listed)")
           ).to_be_visible()
    assert listed_nights(page, heading) == expected[:MAX_LISTED_NIGHTS]
    page.screenshot(path=str(artifacts / "directions-area-nights.png"), full_page=True)
    assert error_texts(page) == []


def test_a_click_on_an_arc_lists_the_nights_behind_it(synthetic, page, artifacts):
    frame = view_frame()
    area, oblast = "Kursk", "Kharkiv Oblast"
    # a point on the arc five sixths of the way from Kursk to Kharkiv Oblast's centre (where every
    # area's arcs meet, so near it the arc is no other's), lifted as deck.gl draws the arc
    lines = directions.arcs(frame)
    lines = lines[(lines["area"] == area) & (lines["oblast"] == oblast)]
    point = directions.arc_curve(lines, [5 / 6]).iloc[0]
    heading = f"Nights naming {area} with impact in {oblast}"
    open_directions(page, synthetic, VIEW)
    for _attempt in range(3):
        tooltip = click_on_map(page, point["lon"], point["lat"], f"{area} → {oblast}",
                               directions.direction_view(frame), point["height"])
        try:
            page.get_by_text(heading).wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    arc = directions.arcs(frame).set_index(["area", "oblast"]).loc[(area, oblast)]
    assert f"{arc['nights']} night(s) naming {area}" in tooltip
    expected = [night.isoformat() for night in directions.arc_nights(frame, area, oblast)]
    assert len(expected) == arc["nights"] > 1
    listed = listed_nights(page, heading)
    assert listed == expected[:MAX_LISTED_NIGHTS]
    page.screenshot(path=str(artifacts / "directions-arc-nights.png"), full_page=True)
    # a listed night opens on the Night page, the filters kept
    page.locator('[data-testid="stMain"] a[href*="night?"]').first.click()
    page.get_by_role("heading", name="Night, reconciled").wait_for(timeout=30_000)
    wait_for_app(page)
    assert f"night={listed[0]}" in page.url and "from=2025-06-01" in page.url
    assert error_texts(page) == []


def test_a_failing_chromium_is_reported_with_the_fix_and_the_page_keeps_working(broken_chromium_app, page,
                                                                                 artifacts):
    page.goto(f"{broken_chromium_app}/timeline?{urlencode({**VIEW, 'period': 'W', 'mix': 'true'})}")
    wait_for_app(page)
    page.get_by_role("heading", name="Timeline").first.wait_for()
    wait_for_app(page)
    page.wait_for_function(
        f"{DRAWN_CHARTS} >= 3",
        timeout=CHART_TIMEOUT_MS)
    buttons = image_buttons(page)
    expect(buttons).to_have_count(6, timeout=CHART_TIMEOUT_MS)  # Chromium is there when the page is drawn
    buttons.nth(0).locator(BUTTON).first.click()  # the first chart's PNG
    alert = page.locator('[data-testid="stAlertContentError"]').filter(has_text="could not be made")
    expect(alert).to_have_count(1, timeout=DOWNLOAD_TIMEOUT_MS)
    text = alert.inner_text()
    assert "The PNG of this chart could not be made. Chromium at " in text
    assert "failed while drawing the chart" in text and "apt-get install -y chromium" in text
    assert page.locator('[data-testid="stException"]').count() == 0  # no traceback, no generic error box
    # ours alone: no file was offered, so Streamlit has no download of its own to report failed
    page.wait_for_timeout(2000)
    expect(page.get_by_text("Failed to generate file", exact=False)).to_have_count(0)
    expect(page.locator('[data-testid="stDownloadButton"]')).to_have_count(0)
    expect(buttons).to_have_count(6)
    page.screenshot(path=str(artifacts / "export-failed.png"), full_page=True)
    # the page keeps working: another period redraws the charts, the buttons are still offered
    page.locator('[data-testid="stRadio"]').first.get_by_text("month", exact=True).click()
    page.wait_for_function("location.search.includes('period=M')", timeout=CHART_TIMEOUT_MS)
    wait_for_app(page)
    page.wait_for_function(
        f"{DRAWN_CHARTS} >= 3",
        timeout=CHART_TIMEOUT_MS)
    expect(buttons).to_have_count(6)


def test_a_link_with_bad_values_opens_on_the_rest_and_says_so(synthetic, page, artifacts):
    query = {"from": "2025-06-01", "to": "2025-02-30", "weapon": "drones,lasers", "period": "fortnight",
             "measure": "launched"}
    page.goto(f"{synthetic}/directions?{urlencode(query)}")
    wait_for_app(page)
    page.get_by_role("heading", name="Launch directions").first.wait_for()
    wait_for_app(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    alerts = '[data-testid="stAlert"]'
    warning = sidebar.locator(alerts).filter(has_text="This link's filters could not all be used")
    expect(warning).to_be_visible(timeout=CHART_TIMEOUT_MS)
    assert "to: '2025-02-30' is not a date" in warning.inner_text()
    assert "weapon: unknown 'lasers'" in warning.inner_text()
    main = page.locator('[data-testid="stMain"]')
    refused = "period: 'fortnight' is not one of D (night), W (week), M (month); showing month"
    expect(main.locator(alerts).filter(has_text=refused)).to_be_visible()
    # the rest of the link holds: from 2025-06-01 on, drones only, launches from each area
    expect(sidebar.locator('[data-testid="stDateInput"] input').first).to_have_value("2025-06-01")
    assert "weapon=drones" in page.url and "measure=launched" in page.url and "period=M" in page.url
    page.locator(f"{MAP} canvas").first.wait_for(timeout=CHART_TIMEOUT_MS)
    page.wait_for_function(
        f"{DRAWN_CHARTS} >= 1",
        timeout=CHART_TIMEOUT_MS)
    page.screenshot(path=str(artifacts / "directions-bad-link.png"))
    assert error_texts(page) == []


def check_first_view(page, frame) -> None:
    """Every arc end and launch area the map draws for `frame` lies on its canvas as first opened,
    and the tooltip of the farthest east area (the Caspian Sea's, whose arcs ran out of a fixed
    view) shows whole inside the map."""
    view = directions.direction_view(frame)
    page.locator(MAP).first.scroll_into_view_if_needed()  # a page's checks may have scrolled it away
    page.wait_for_timeout(1000)
    canvas = page.locator(f"{MAP} canvas").first.bounding_box()
    ground = directions.drawn_points(frame)
    ground = ground[ground["height"] == 0]
    for lat, lon in zip(ground["lat"], ground["lon"], strict=True):
        x, y = map_pixel(canvas, lon, lat, view)
        assert inside({"x": x, "y": y, "width": 0, "height": 0}, canvas), (lat, lon)
    summary = directions.direction_summary(frame)
    places = directions.area_coordinates()
    east = max((area for area in summary["area"] if area in places), key=lambda area: places[area][1])
    lat, lon = places[east]
    point_at(page, lon, lat, f"{east} (", view)
    tooltip = page.locator(".deck-tooltip")
    assert inside(tooltip.bounding_box(), page.locator(MAP).first.bounding_box()), tooltip.bounding_box()
    # plain text: innerText makes line breaks of its newlines and no other element
    assert tooltip.evaluate("box => [...box.children].every(child => child.tagName === 'BR')")


def test_the_map_opens_on_every_arc_and_its_tooltip_stays_inside(synthetic, page, artifacts):
    open_directions(page, synthetic, VIEW)
    check_first_view(page, view_frame())
    page.locator(MAP).first.screenshot(path=str(artifacts / "directions-tooltip.png"))
    assert error_texts(page) == []
