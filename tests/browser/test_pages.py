"""Every page opened by URL with filters in the query string, in Chromium.

One server serves the synthetic attack frame (tests/browser/synthetic_app.py: the real app.py
with the documented seam swapped), so charts and the map have nights to draw; the `app_url`
server is the real app on its own fresh store. Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from playwright.sync_api import expect

from salvo.dashboard.data import EMPTY_MESSAGE
from salvo.sources.default_data import DEFAULT_DATASET_PATH
from tests.browser.harness import (
    DRAWN_CHARTS,
    ROOT,
    error_texts,
    point_until_tooltip,
    streamlit_server,
    wait_for_app,
)

QUERY = {"from": "2025-07-01", "to": "2025-09-15", "weapon": "drones,cruise", "source": "official,wire"}
# page url path -> (plotly charts, deck.gl maps) the page draws on the synthetic frame (the Timeline
# its headline chart; its other two once their expander is opened: see
# test_the_timeline_draws_its_other_charts_once_asked_and_a_link_keeps_them)
PAGES = {
    "": (0, 0), "timeline": (1, 0), "interception": (2, 0), "map": (0, 1), "reports": (0, 0),
    "ingest": (0, 0), "data": (0, 0), "methodology": (0, 0),
}
TITLES = {"": "Salvo: Russia's air attacks on Ukraine", "timeline": "Timeline",
          "interception": "Interception rates", "map": "Map of reported impact", "reports": "Reports",
          "ingest": "Ingest reports", "data": "Data", "methodology": "Methodology"}
CHART_TIMEOUT_MS = 30_000
SCREENSHOT_SIZE = {"width": 1400, "height": 1700}
MIX_EXPANDER = "Launches by weapon class and by weapon family"
TAG = "[data-tag] > span[title]:visible"  # a chosen option of a multiselect


@pytest.fixture(scope="module")
def synthetic_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    workdir = tmp_path_factory.mktemp("synthetic-app")
    env = {"SALVO_DATABASE_URL": f"sqlite:///{workdir / 'salvo.sqlite'}"}
    with streamlit_server(ROOT / "tests" / "browser" / "synthetic_app.py", workdir, env) as url:
        yield url


def open_page(page, base: str, path: str, query: dict[str, str]) -> None:
    page.goto(f"{base}/{path}?{urlencode(query)}")
    wait_for_app(page)
    # The first run may start after wait_for_app saw no status widget: wait for the page's
    # heading, then for the run to finish.
    page.get_by_role("heading", name=TITLES[path]).first.wait_for()
    wait_for_app(page)


def wait_for_drawings(page, charts: int, maps: int) -> None:
    if charts:
        page.wait_for_function(f"{DRAWN_CHARTS} >= {charts}", timeout=CHART_TIMEOUT_MS)
    if maps:
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(timeout=CHART_TIMEOUT_MS)


def expect_filters(page, start: str, end: str, weapons: list[str], sources: list[str]) -> None:
    """The sidebar shows this view (Playwright's expect waits for chips still being drawn)."""
    sidebar = page.locator('[data-testid="stSidebar"]')
    dates = sidebar.locator('[data-testid="stDateInput"] input')
    chips = sidebar.locator('[data-testid="stMultiSelect"]')
    expect(dates.nth(0)).to_have_value(start)
    expect(dates.nth(1)).to_have_value(end)
    expect(chips.nth(0).locator(TAG)).to_have_text(weapons)
    expect(chips.nth(2).locator(TAG)).to_have_text(sources)


@pytest.mark.parametrize("path", list(PAGES), ids=[p or "overview" for p in PAGES])
def test_page_opened_by_url_draws_and_keeps_the_filters(synthetic_url, page, artifacts, path):
    open_page(page, synthetic_url, path, QUERY)
    charts, maps = PAGES[path]
    wait_for_drawings(page, charts, maps)
    page.set_viewport_size(SCREENSHOT_SIZE)  # tall enough to show a page's first charts
    page.wait_for_timeout(1500)  # charts redraw at the new size; tables paint their canvas
    page.screenshot(path=str(artifacts / f"page-{path or 'overview'}.png"))
    assert error_texts(page) == []
    assert page.locator('[data-testid="stPlotlyChart"]').count() == charts
    assert page.locator('[data-testid="stDeckGlJsonChart"]').count() == maps
    expect_filters(page, "2025-07-01", "2025-09-15", ["Drones (all)", "Cruise missiles"],
                   ["official", "wire"])
    url_query = parse_qs(urlparse(page.url).query)
    assert {key: url_query.get(key, [""])[0] for key in QUERY} == QUERY


def test_the_first_link_opened_after_a_start_gets_the_filters(browser, tmp_path):
    """The first request a fresh server sees is a deep link (a colleague's shared URL)."""
    env = {"SALVO_DATABASE_URL": f"sqlite:///{tmp_path / 'salvo.sqlite'}"}
    with streamlit_server(ROOT / "app.py", tmp_path, env) as url:
        page = browser.new_page()
        try:
            open_page(page, url, "data", QUERY)
            expect_filters(page, "2025-07-01", "2025-09-15", ["Drones (all)", "Cruise missiles"],
                           ["official", "wire"])
            caption = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]').first
            expect(caption).to_contain_text(
                "2025-07-01 → 2025-09-15 · weapons: Drones (all), Cruise missiles")
            assert error_texts(page) == []
        finally:
            page.close()


def open_launch_mix(page) -> None:
    """Open the Timeline's expander of class and family charts and wait for its two charts."""
    page.locator('[data-testid="stMain"]').get_by_text(MIX_EXPANDER, exact=True).click()
    page.wait_for_function("() => location.search.includes('mix=true')", timeout=CHART_TIMEOUT_MS)
    wait_for_drawings(page, 3, 0)
    wait_for_app(page)


def test_the_timeline_draws_its_other_charts_once_asked_and_a_link_keeps_them(synthetic_url, browser, page,
                                                                             artifacts):
    open_page(page, synthetic_url, "timeline", QUERY)
    wait_for_drawings(page, 1, 0)
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 1
    open_launch_mix(page)
    titles = [page.locator('[data-testid="stPlotlyChart"]').nth(i).inner_text() for i in range(3)]
    assert "Drones vs missiles launched per night" in titles[1]
    assert "Launches by weapon family per night" in titles[2]
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "timeline-launch-mix.png"))
    colleague = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    try:
        colleague.goto(page.url)
        wait_for_app(colleague)
        wait_for_drawings(colleague, 3, 0)
        assert error_texts(colleague) == []
    finally:
        colleague.context.close()
    assert error_texts(page) == []


def test_a_changed_filter_reaches_the_url_and_a_copied_link_restores_it(synthetic_url, browser, page):
    open_page(page, synthetic_url, "timeline", QUERY)
    open_launch_mix(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("button", name="Remove Cruise missiles").locator("visible=true").click()
    page.wait_for_function("() => !location.search.includes('cruise')", timeout=CHART_TIMEOUT_MS)
    page.get_by_text("week", exact=True).click()
    page.wait_for_function("() => location.search.includes('period=W')", timeout=CHART_TIMEOUT_MS)
    wait_for_app(page)
    copied = page.url

    colleague = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    try:
        colleague.goto(copied)
        wait_for_app(colleague)
        wait_for_drawings(colleague, 3, 0)
        expect_filters(colleague, "2025-07-01", "2025-09-15", ["Drones (all)"], ["official", "wire"])
        assert colleague.get_by_role("radio", name="week").is_checked()
        assert "Drones vs missiles launched per week" in colleague.locator(
            '[data-testid="stPlotlyChart"]').nth(1).inner_text()
        assert error_texts(colleague) == []
    finally:
        colleague.context.close()


@pytest.mark.parametrize("path", list(PAGES), ids=[p or "overview" for p in PAGES])
def test_page_on_the_real_store(app_url, page, artifacts, path):
    """The real app on a fresh store: it loads the shipped data on first start when there is
    some (then every page draws it); with none, the analysis pages say there is no data yet."""
    open_page(page, app_url, path, {})
    charts, maps = PAGES[path]
    if DEFAULT_DATASET_PATH.exists():
        # Few shipped nights give per-family figures (the extractor's models): a family chart may be empty.
        wait_for_drawings(page, min(charts, 2), maps)
    else:
        wait_for_drawings(page, 0, maps)  # Ukraine's outline draws even with nothing to shade
        if path in ("", "timeline", "interception", "map", "data"):
            assert page.get_by_text(EMPTY_MESSAGE.split(" — ")[0]).first.is_visible()
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.wait_for_timeout(1500)  # charts redraw at the new size; tables paint their canvas
    page.screenshot(path=str(artifacts / f"shipped-{path or 'overview'}.png"))
    assert error_texts(page) == []


HOSTILE_REPORT = (
    "Overnight into Friday 4 July 2025 Russia launched 550 drones and 11 missiles at Ukraine. "
    "Air defence shot down 270 drones. <img src=x onerror=alert(1)> [click](javascript:alert(2)) "
    "Damage was reported in Kyiv."
)


def test_pasted_report_is_previewed_stored_and_shown_as_text(synthetic_url, page, artifacts):
    alerts: list[str] = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    open_page(page, synthetic_url, "ingest", {})
    page.get_by_label("Report text").fill(HOSTILE_REPORT)
    page.get_by_label("Outlet (optional)").click()  # leaving the text area sends its value
    wait_for_app(page)
    page.get_by_role("button", name="Preview extraction").click()
    preview = page.get_by_text("Preview of the pasted text")
    preview.wait_for(timeout=CHART_TIMEOUT_MS)
    page.get_by_role("button", name="Commit to the store").click()
    stored = page.get_by_text("Stored as new report")
    stored.wait_for(timeout=CHART_TIMEOUT_MS)
    report_id = stored.inner_text().split("report ")[1].split(" ")[0]

    open_page(page, synthetic_url, "reports", {"report": report_id})
    # since issue 14 the text is Markdown with colour marks, no longer ⟦field: words⟧ in a code block
    box = page.locator(".st-key-report_text").first
    box.wait_for(timeout=CHART_TIMEOUT_MS)
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "report-opened.png"))
    marks = box.locator(".stMarkdownColoredBackground").all_inner_texts()
    assert "270 drones" in marks and any("550 drones" in mark for mark in marks)
    text = box.inner_text().replace("\u2060", "")
    assert "270 drones ‹drones shot down›" in text
    assert "<img src=x onerror=alert(1)> [click](javascript:alert(2))" in text  # shown as characters ...
    assert box.locator("a, img, b").count() == 0  # ... never made an element
    assert page.locator('img[src="x"]').count() == 0  # ... never made an element
    assert page.locator('a[href^="javascript"]').count() == 0
    assert alerts == []
    assert error_texts(page) == []


def test_csv_download_holds_exactly_the_nights_shown(synthetic_url, page, tmp_path):
    import zipfile

    import pandas as pd

    from salvo.dashboard.filters import Filters, apply_filters
    from tests.dashboard.synthetic import attack_frame

    open_page(page, synthetic_url, "data", QUERY)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download CSV").click()
    # since issue 14 the CSV download is a zip: the CSV with its metadata and notes beside it
    assert download_info.value.suggested_filename == "salvo-attacks-v1-csv.zip"
    path = tmp_path / "attacks.zip"
    download_info.value.save_as(path)
    with zipfile.ZipFile(path) as bundle:
        assert sorted(bundle.namelist()) == ["salvo-attacks-v1.about.csv", "salvo-attacks-v1.annotations.csv",
                                             "salvo-attacks-v1.csv"]
        downloaded = pd.read_csv(bundle.open("salvo-attacks-v1.csv"))
        about = pd.read_csv(bundle.open("salvo-attacks-v1.about.csv")).set_index("item")["value"]
    expected = apply_filters(attack_frame(), Filters.from_query_params(QUERY))
    assert about["view"] == Filters.from_query_params(QUERY).describe()
    assert about["attack nights"] == str(len(expected))
    assert list(downloaded["attack_date"]) == list(expected["attack_date"].dt.strftime("%Y-%m-%d"))
    assert list(downloaded["total_launched"]) == list(expected["total_launched"])
    expect(page.get_by_text(f"{len(expected)} attack night(s).").first).to_be_visible()


def test_the_data_table_shows_a_dash_where_no_source_gave_the_figure(synthetic_url, page, artifacts):
    """Night 2025-06-06 of the synthetic frame has no suppressed figure: its cell reads "—", and no
    cell of the grid reads "None" (what st.dataframe draws for a missing value)."""
    open_page(page, synthetic_url, "data", {"from": "2025-06-01", "to": "2025-06-20"})
    grid = page.locator('[data-testid="stDataFrame"] table').first
    grid.locator("tbody tr").first.wait_for(state="attached")  # the grid's text, for readers of the page
    headings = grid.locator("thead th").all_inner_texts()
    rows = {cells[1]: cells for cells in (row.locator("td").all_inner_texts()
                                         for row in grid.locator("tbody tr").all())}
    page.screenshot(path=str(artifacts / "data-dashes.png"))
    assert rows["2025-06-06"][headings.index("Suppressed / lost")].strip("\u2007") == "—"
    assert rows["2025-06-07"][headings.index("Suppressed / lost")].strip("\u2007").isdigit()
    assert not any(cell == "None" for cells in rows.values() for cell in cells)


def test_map_tooltip_is_plain_text_with_the_figures(synthetic_url, page):
    open_page(page, synthetic_url, "map", {})
    wait_for_drawings(page, 0, 1)
    tooltip = page.locator(".deck-tooltip")
    # The view is centred on Ukraine: the middle of the canvas lies in an oblast.
    point_until_tooltip(page, lambda box: (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2),
                        "attack night(s) with reported impact", CHART_TIMEOUT_MS)
    # deck.gl sets a "text" tooltip as innerText: line breaks become <br>, nothing else is markup.
    tags = tooltip.evaluate("element => [...element.children].map(child => child.tagName)")
    assert set(tags) <= {"BR"}


def canvas_point(box: dict, lat: float, lon: float) -> tuple[float, float]:
    """Where a place lies on the map's canvas (Web Mercator around maps.UKRAINE_VIEW's centre)."""
    from salvo.dashboard.maps import UKRAINE_VIEW

    scale = 512 * 2 ** UKRAINE_VIEW.zoom / 360  # pixels per degree of longitude

    def mercator(latitude: float) -> float:
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)))

    x = box["x"] + box["width"] / 2 + (lon - UKRAINE_VIEW.longitude) * scale
    y = box["y"] + box["height"] / 2 - (mercator(lat) - mercator(UKRAINE_VIEW.latitude)) * scale
    return x, y


def test_the_map_draws_a_city_where_only_debris_fell_apart(synthetic_url, page, artifacts):
    """On 8 June the synthetic night tells only of debris in Kharkiv and of hits in Lviv and Sumy."""
    from salvo.dashboard.maps import CITY_LEGEND, gazetteer_lookup

    open_page(page, synthetic_url, "map", {"from": "2025-06-08", "to": "2025-06-08"})
    wait_for_drawings(page, 0, 1)
    expect(page.get_by_text("only debris fell (every night in view)")).to_be_visible()
    assert "hit or damage" in CITY_LEGEND
    page.wait_for_timeout(1000)  # the screenshot shows the drawn layers
    page.screenshot(path=str(artifacts / "map-debris.png"))
    for name, told in (("Kharkiv", "0 with hits or damage, 1 with debris only"),
                       ("Lviv", "1 with hits or damage, 0 with debris only")):
        place = gazetteer_lookup()(name)
        point_until_tooltip(page, lambda box, place=place: canvas_point(box, place.lat, place.lon), told,
                            CHART_TIMEOUT_MS)


def test_the_methodology_table_renders_as_one_table(synthetic_url, page, artifacts):
    """Each figure's meaning is one row of one table (a row that wraps in the source breaks it)."""
    open_page(page, synthetic_url, "methodology", {})
    tables = page.locator('[data-testid="stMain"] [data-testid="stMarkdownContainer"] table')
    expect(tables).to_have_count(1)
    page.set_viewport_size(SCREENSHOT_SIZE)
    tables.first.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "methodology-table.png"))
    assert tables.first.locator("thead th").all_inner_texts() == ["figure", "meaning"]
    assert tables.first.locator("tbody tr td:first-child").all_inner_texts() == [
        "Launched", "Shot down", "Suppressed / lost", "Locations hit", "Weapons that hit", "Killed / injured",
        "Oblasts / cities"]
    assert "drawn apart on the map" in tables.first.locator("tbody tr").last.inner_text()


def test_moving_between_pages_keeps_the_view_in_the_url(synthetic_url, page):
    open_page(page, synthetic_url, "timeline", QUERY)
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Map", exact=True).click()
    page.get_by_role("heading", name=TITLES["map"]).wait_for()
    wait_for_app(page)
    page.wait_for_function("() => location.pathname.endsWith('/map') && location.search.includes('weapon=')",
                           timeout=CHART_TIMEOUT_MS)
    url_query = parse_qs(urlparse(page.url).query)
    assert {key: url_query.get(key, [""])[0] for key in QUERY} == QUERY
    assert "period" not in url_query  # the timeline's own option stays with the timeline


def test_the_map_page_asks_no_third_party_host(synthetic_url, page):
    """Issue 15, item 9: the map draws offline; no basemap, style, font or favicon from anyone else."""
    hosts: set[str] = set()

    def record_and_keep_local(route) -> None:
        url = urlparse(route.request.url)
        if url.scheme in ("http", "https", "ws", "wss"):
            hosts.add(url.hostname or "")
        if url.hostname in ("127.0.0.1", "localhost") or url.scheme not in ("http", "https", "ws", "wss"):
            route.continue_()
        else:
            route.abort()  # never reach out from a test; the request itself is the failure

    page.route("**/*", record_and_keep_local)
    open_page(page, synthetic_url, "map", QUERY)
    wait_for_drawings(page, 0, 1)
    page.wait_for_timeout(2000)  # a basemap's style, tiles and fonts load after the canvas appears
    assert hosts <= {"127.0.0.1", "localhost"}, sorted(hosts)
    assert error_texts(page) == []
