"""The Weapons and Launch directions pages (issue 18 items 1 and 2) opened by URL with filters in
Chromium: on the real app over a fresh store holding the data Salvo ships, and over a store with
the official series imported (skipped when ../shared/reference is absent). The numbers the pages
draw are checked against the builders run on the same store's attack table. Screenshots go to
test-artifacts/."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from salvo.dashboard import chart_export, charts, directions, map_figure, weapons
from salvo.dashboard.filters import Filters, apply_filters
from salvo.sources.default_data import DEFAULT_DATASET_PATH, ensure_default_data
from salvo.store import Store
from salvo.table import attack_table
from tests.browser.harness import (
    DRAWN_CHARTS,
    ROOT,
    error_texts,
    image_buttons,
    save_chart_image,
    streamlit_server,
    table_widths,
    wait_for_app,
)
from tests.browser.test_directions_map import check_first_view, click_on_map, listed_nights

SCREENSHOT_SIZE = {"width": 1400, "height": 1700}
CHART_TIMEOUT_MS = 60_000  # a page's first charts take ~40 s on a cold server when the 2 cores are shared
REFERENCE = ROOT.parent / "shared" / "reference"
FIGURE_SPACE = "\u2007"  # formatting.dashes pads counts with it
SHOWN_ROWS = 5  # a table's rows certainly in its first window

pytestmark = pytest.mark.skipif(not DEFAULT_DATASET_PATH.exists(), reason="needs the shipped data")


def store_frame(path: Path) -> pd.DataFrame:
    """The attack table of the store at ``path``, after the shipped data is loaded into it as the
    app would on its first start (so the app adds nothing and draws this very table)."""
    store = Store(f"sqlite:///{path}")
    try:
        ensure_default_data(store)
        return attack_table(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pd.DataFrame]]:
    workdir = tmp_path_factory.mktemp("shipped-app")
    frame = store_frame(workdir / "salvo.sqlite")
    env = {"SALVO_DATABASE_URL": f"sqlite:///{workdir / 'salvo.sqlite'}"}
    with streamlit_server(ROOT / "app.py", workdir, env) as url:
        yield url, frame


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pd.DataFrame]]:
    daily = REFERENCE / "missile_attacks_daily.csv"
    if not daily.exists():
        pytest.skip(f"the official dataset is not at {REFERENCE} (it lives beside the project, never in it)")
    from salvo.sources.official import import_official

    workdir = tmp_path_factory.mktemp("official-app")
    path = workdir / "salvo.sqlite"
    store = Store(f"sqlite:///{path}")
    import_official(store, daily, REFERENCE / "missiles_and_uavs.csv")
    store.close()
    frame = store_frame(path)
    with streamlit_server(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": f"sqlite:///{path}"}) as url:
        yield url, frame


def open_view(page, base: str, path: str, query: dict[str, str], title: str, charts: int,
              maps: int = 0) -> None:
    page.goto(f"{base}/{path}?{urlencode(query)}")
    wait_for_app(page)
    page.get_by_role("heading", name=title).first.wait_for()
    wait_for_app(page)
    page.wait_for_function(
        f"{DRAWN_CHARTS} >= {charts}",
        timeout=CHART_TIMEOUT_MS)
    if maps:
        page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.wait_for(timeout=CHART_TIMEOUT_MS)


def grid(page, key: str, tables: int) -> dict[str, dict[str, str]]:
    """The rows of the page's table headed `key` (the accessible table under the grid's canvas),
    each a heading -> text dict, keyed by the text under `key`. Waits for the page's `tables`
    tables; each is scrolled into view, as the grid fills its rows only when seen."""
    frames = page.locator('[data-testid="stDataFrame"]')
    expect(frames).to_have_count(tables, timeout=CHART_TIMEOUT_MS)
    for index in range(tables):
        frames.nth(index).scroll_into_view_if_needed()
        table = frames.nth(index).locator("table")
        table.locator("tbody tr").first.wait_for(state="attached", timeout=CHART_TIMEOUT_MS)
        headings = table.locator("thead th").all_inner_texts()
        if key not in headings:
            continue
        rows = {}
        for row in table.locator("tbody tr").all():
            cells = [cell.strip(FIGURE_SPACE) for cell in row.locator("td").all_inner_texts()]
            named = dict(zip(headings[-len(cells):], cells, strict=True))
            rows[named[key]] = named
        return rows
    raise AssertionError(f"no table headed {key!r}")


def expect_chart_text(page, text: str) -> None:
    """A chart of the page draws `text` (a subtitle's coverage), waiting for it to be drawn."""
    charts = page.locator('[data-testid="stPlotlyChart"]').filter(has_text=text)
    expect(charts.first).to_be_visible(timeout=CHART_TIMEOUT_MS)


def count_text(value: object) -> str:
    return "—" if pd.isna(value) else f"{int(value):,}"


def shoot(page, path: Path, lower: bool = False) -> None:
    """A screenshot of the page's top; with `lower`, a second one (NAME-lower.png) with the
    page's last table scrolled into view (Streamlit scrolls its main block, not the document)."""
    page.set_viewport_size(SCREENSHOT_SIZE)
    # the checks scrolled the tables into view: back to the page's top (its title and first chart)
    page.evaluate("for (const element of document.querySelectorAll('*')) "
                  "{ if (element.scrollTop) element.scrollTop = 0; }")
    page.wait_for_timeout(1500)  # charts redraw at the new size; tables paint their canvas
    page.screenshot(path=str(path))
    if lower:
        page.locator('[data-testid="stDataFrame"]').last.scroll_into_view_if_needed()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(path.with_name(f"{path.stem}-lower.png")))


def check_weapons(page, frame: pd.DataFrame, query: dict[str, str]) -> None:
    view = apply_filters(frame, Filters.from_query_params(query))
    covered = int(view[[f"{f}_launched" for f in weapons.FAMILIES]].notna().any(axis=1).sum())
    named = int(view["models"].map(bool).sum())
    expect_chart_text(page, f"family figures for {covered:,} of {len(view):,} attack nights in view")
    expect_chart_text(page, f"models named for {named:,} of {len(view):,} attack nights in view")
    note = weapons.coverage_note(view)  # the shipped nights' thin coverage is said; the series' is not
    if note:
        expect(page.get_by_text(note)).to_be_visible(timeout=CHART_TIMEOUT_MS)
    else:
        assert page.get_by_text("Thin coverage:").count() == 0
    # the weapons that hit: drawn with the nights counting them; where none does (the official
    # series counts places hit, not weapons) a line says so and no empty chart stands in its place
    hits = int(weapons.hit_nights(view, "class").sum())
    if hits:
        expect_chart_text(page, f"hits by class for {hits:,} of {len(view):,} attack nights in view")
        expect(page.get_by_text(weapons.hits_coverage(view)[0])).to_be_visible(timeout=CHART_TIMEOUT_MS)
    else:
        expect(page.get_by_text(weapons.NO_HITS)).to_be_visible(timeout=CHART_TIMEOUT_MS)
        drawn = page.locator('[data-testid="stPlotlyChart"]')
        expect(drawn.filter(has_text="Weapons that hit")).to_have_count(0)
        expect(drawn.filter(has_text="Share of the launched that hit")).to_have_count(0)
        assert page.get_by_text("Hits by class for").count() == 0
    expected = weapons.model_summary(view).set_index("model")
    shown = grid(page, "Model", tables=2)  # the rates by kind, the models
    # the grid renders the rows in its window: the most launched first
    assert set(expected.index[:SHOWN_ROWS]) <= set(shown) <= set(expected.index)
    for model in shown:
        assert shown[model]["Launched"] == count_text(expected.loc[model, "launched"]), model
        assert shown[model]["Nights named"] == count_text(expected.loc[model, "nights"]), model
    assert error_texts(page) == []


def check_directions(page, frame: pd.DataFrame, query: dict[str, str]) -> None:
    view = apply_filters(frame, Filters.from_query_params(query))
    named = int(view["launch_areas"].map(bool).sum())
    expect_chart_text(page, f"directions named for {named:,} of {len(view):,} attack nights in view")
    expected = directions.direction_summary(view).set_index("area")
    shown = grid(page, "Launch area", tables=1)
    assert set(expected.index[:SHOWN_ROWS]) <= set(shown) <= set(expected.index)  # most named first
    for area in shown:
        assert shown[area]["Nights named"] == count_text(expected.loc[area, "nights"]), area
        # a launch figure and the nights giving it share a cell since the table had to fit the page
        launched = count_text(expected.loc[area, "launched"])
        if launched != "—":
            launched += f" ({expected.loc[area, 'launched_nights']})"
        assert shown[area]["Launched alone"] == launched, area
    assert error_texts(page) == []


def check_table_fits(page) -> None:
    """The page's one table (the directions summary) shows all its columns inside the page: its
    ten columns ran past its right edge before, the last ones behind a scroll."""
    widths = table_widths(page)
    assert len(widths) == 1
    for table in widths:
        assert table["columns"] <= table["shown"] and table["right"] <= table["container"], table


def test_the_weapons_page_on_the_shipped_data(shipped, page, artifacts):
    url, frame = shipped
    query = {"from": "2023-01-01", "to": "2026-12-31", "period": "M"}
    open_view(page, url, "weapons", query, "Weapons", charts=5)
    assert "period=M" in page.url and "from=2023-01-01" in page.url
    check_weapons(page, frame, query)
    shoot(page, artifacts / "page-weapons.png", lower=True)


def test_the_directions_page_on_the_shipped_data(shipped, page, artifacts):
    url, frame = shipped
    query = {"from": "2024-01-01", "to": "2026-12-31", "period": "M"}
    open_view(page, url, "directions", query, "Launch directions", charts=1, maps=1)
    check_directions(page, frame, query)
    # the map's own downloads, under it, then the chart's; the map's PNG is the export's sample
    expect(image_buttons(page)).to_have_count(4, timeout=CHART_TIMEOUT_MS)
    save_chart_image(page, "directions_map", "png", 120_000).save_as(artifacts / "directions-export.png")
    exported = chart_export.png_text((artifacts / "directions-export.png").read_bytes())
    assert exported["Title"] == map_figure.ARCS_TITLE
    assert exported["Description"] == f"Filters: {Filters.from_query_params(query).describe()}"
    # a click on the most named launch area in view lists the nights naming it (several, so listed)
    view = apply_filters(frame, Filters.from_query_params(query))
    summary = directions.direction_summary(view)
    area = summary[summary["nights"] > 1].iloc[0]["area"]
    lat, lon = directions.area_coordinates()[area]
    heading = f"Nights naming {area}"
    page.evaluate("for (const element of document.querySelectorAll('*')) "
                  "{ if (element.scrollTop) element.scrollTop = 0; }")
    page.wait_for_timeout(1500)
    for _attempt in range(3):  # a click landing while deck.gl still settles is dropped; a hand clicks again
        click_on_map(page, lon, lat, f"{area} (", directions.direction_view(view))
        try:
            page.get_by_text(heading).wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    expected = [night.isoformat() for night in directions.arc_nights(view, area)]
    assert listed_nights(page, heading, query) == expected
    check_first_view(page, view)
    page.mouse.move(5, 5)  # the tooltip away from the map
    shoot(page, artifacts / "page-directions.png")
    check_table_fits(page)


def test_the_weapons_page_on_a_dark_page(shipped, browser, artifacts):
    url, _frame = shipped
    context = browser.new_context(viewport=SCREENSHOT_SIZE, color_scheme="dark")
    page = context.new_page()
    try:
        open_view(page, url, "weapons", {"from": "2023-01-01", "to": "2026-12-31", "period": "M"}, "Weapons",
                  charts=2)
        # the first run may draw before the browser has told the server its theme: wait for the redraw
        plots = "[...document.querySelectorAll('.js-plotly-plot')]"
        page.wait_for_function(
            f"{plots}.length >= 2 && "
            f"{plots}.every(plot => plot._fullLayout.paper_bgcolor === 'rgba(0,0,0,0)')",
            timeout=CHART_TIMEOUT_MS)
        drawn = page.evaluate(f"{plots}.map(plot => [plot._fullLayout.paper_bgcolor, "
                              "plot._fullLayout.font.color])")
        assert all(colours == ["rgba(0,0,0,0)", charts.DARK_TEXT] for colours in drawn), drawn
        expect(image_buttons(page).first).to_be_visible(timeout=CHART_TIMEOUT_MS)
        shoot(page, artifacts / "page-weapons-dark.png")
        assert error_texts(page) == []
    finally:
        context.close()


def test_the_weapons_page_with_the_official_series(official, page, artifacts):
    url, frame = official
    query = {"from": "2025-01-01", "to": "2025-03-31", "period": "W", "measure": "not_shot_down",
             "source": "official"}
    open_view(page, url, "weapons", query, "Weapons", charts=5)  # no hits nor their share: five, not seven
    check_weapons(page, frame, query)
    expect(page.locator('[data-testid="stPlotlyChart"]')).to_have_count(5)
    shoot(page, artifacts / "official-weapons.png", lower=True)


def test_the_directions_page_with_the_official_series(official, page, artifacts):
    url, frame = official
    query = {"from": "2025-01-01", "to": "2025-03-31", "measure": "launched", "oblast": "Kharkiv Oblast"}
    open_view(page, url, "directions", query, "Launch directions", charts=1, maps=1)
    check_directions(page, frame, query)
    view = apply_filters(frame, Filters.from_query_params(query))
    assert directions.direction_summary(view)["launched"].notna().any()  # the series counts launches
    check_first_view(page, view)
    page.mouse.move(5, 5)
    shoot(page, artifacts / "official-directions.png", lower=True)
    check_table_fits(page)
    assert error_texts(page) == []


def test_the_directions_map_opens_on_the_official_series_farthest_arcs(official, page, artifacts):
    url, frame = official
    query = {"from": "2025-01-01", "to": "2025-03-31"}
    open_view(page, url, "directions", query, "Launch directions", charts=1, maps=1)
    view = apply_filters(frame, Filters.from_query_params(query))
    # the Caspian Sea's arcs and the long western ones ran out of the fixed first view this replaced
    lines = directions.arcs(view)
    assert "Caspian Sea" in set(lines["area"]) and "Volyn Oblast" in set(lines["oblast"])
    check_first_view(page, view)  # every end on the canvas; the Caspian Sea's tooltip whole inside
    page.locator('[data-testid="stDeckGlJsonChart"]').first.screenshot(
        path=str(artifacts / "official-directions-map.png"))
    assert error_texts(page) == []
