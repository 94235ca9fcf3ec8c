"""The Weapons page's hits (issue 18 item 1) opened by URL with filters in Chromium, on the real app
over a store holding the data Salvo ships plus reports built here that count the weapons that hit
(through the curated-file ingest and consolidation, as any report arrives). The bars and the
coverage the page draws are checked against the builders run on the same store's attack table.
Screenshots go to test-artifacts/."""
from __future__ import annotations

import json
import math
from collections.abc import Iterator

import pandas as pd
import pytest
from playwright.sync_api import expect

from salvo.dashboard import weapons
from salvo.dashboard.filters import Filters, apply_filters
from salvo.sources.default_data import ensure_default_data, load_curated_records
from salvo.store import Store
from tests.browser.harness import ROOT, error_texts, streamlit_server
from tests.browser.test_weapons_directions import (
    CHART_TIMEOUT_MS,
    SCREENSHOT_SIZE,
    check_weapons,
    expect_chart_text,
    open_view,
    shoot,
    store_frame,
)

# The official series' shape, in the project's own importer fixture (a few nights of March 2025).
SERIES_FIXTURES = ROOT / "tests" / "store" / "fixtures"

# Reports of our own making: (id, night, outlet, source type, record figures).
REPORTS = [
    ("h1", "2023-08-12", "Ukrainian Air Force", "official",
     {"drones_launched": 110, "drones_destroyed": 92, "missiles_launched": 4, "missiles_destroyed": 2,
      "hits_by_class": {"drone": 14, "missile": 2}}),
    ("h2", "2023-08-12", "Kyiv Independent", "outlet",  # another count: a conflict, not the night's
     {"drones_launched": 110, "hits_by_class": {"drone": 16}}),
    ("h3", "2023-08-16", "Reuters", "wire",
     {"drones_launched": 80, "drones_destroyed": 71, "hits_by_class": {"drone": 7}}),
    ("h4", "2023-09-02", "Ukrainian Air Force", "official",
     {"drones_launched": 140, "drones_destroyed": 120, "missiles_launched": 10, "missiles_destroyed": 6,
      "hits_by_class": {"drone": 12, "missile": 3}}),
    ("h5", "2023-09-14", "Ukrinform", "wire", {"total_launched": 60, "hits_by_class": {"total": 9}}),
    ("h6", "2023-09-30", "Ukrainian Air Force", "official",
     {"drones_launched": 200, "missiles_launched": 8, "hits_by_class": {"drone": 25, "missile": 5,
                                                                         "ballistic": 3}}),
    ("h7", "2023-10-08", "Air Command South", "official",  # a region's tally: never the night's hits
     {"scope": "regional", "oblasts": ["Odesa Oblast"], "drones_destroyed": 20,
      "hits_by_class": {"drone": 4}}),
]
# Months whose shipped nights count no hits (the rebuilt data/ counts them on two nights of
# September and October 2025, so the built reports moved from there): the hits drawn are ours.
QUERY = {"from": "2023-08-01", "to": "2023-10-31", "period": "M"}


def curated_lines() -> str:
    lines = []
    for report_id, night, outlet, source_type, figures in REPORTS:
        record = {"is_attack_report": True, "attack_date": night, "oblasts": [], "cities": [], **figures}
        lines.append(json.dumps({"id": report_id, "url": None, "outlet": outlet, "source_type": source_type,
                                 "published": night, "language": "en", "provenance": "test",
                                 "record": record}))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def with_hits(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pd.DataFrame]]:
    workdir = tmp_path_factory.mktemp("hits-app")
    path = workdir / "salvo.sqlite"
    reports = workdir / "hits.jsonl"
    reports.write_text(curated_lines(), encoding="utf-8")
    store = Store(f"sqlite:///{path}")
    try:
        ensure_default_data(store)  # the shipped data first: a store has one default-data run
        assert load_curated_records(store, reports).failed == []
    finally:
        store.close()
    frame = store_frame(path)
    with streamlit_server(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": f"sqlite:///{path}"}) as url:
        yield url, frame


@pytest.fixture(scope="module")
def series_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pd.DataFrame]]:
    """The app over a store holding nothing but an official-like series: its default-data run is
    taken on an empty file, so the app's first start adds none of the shipped nights."""
    from salvo.sources.official import import_official

    workdir = tmp_path_factory.mktemp("series-app")
    path = workdir / "salvo.sqlite"
    nothing = workdir / "none.jsonl"
    nothing.write_text("", encoding="utf-8")
    store = Store(f"sqlite:///{path}")
    try:
        assert load_curated_records(store, nothing).stored == 0
        assert import_official(store, SERIES_FIXTURES / "official_daily.csv",
                               SERIES_FIXTURES / "weapons.csv").failed == []
        frame = store_frame(path)
    finally:
        store.close()
    assert set(frame["source_type"]) == {"official"}
    with streamlit_server(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": f"sqlite:///{path}"}) as url:
        yield url, frame


def wait_for_chart(page, title: str) -> None:
    page.wait_for_function(
        "title => [...document.querySelectorAll('.js-plotly-plot')]"
        ".some(p => p._fullLayout.title.text === title)",
        arg=title, timeout=CHART_TIMEOUT_MS)


def drawn_bars(page, title: str) -> dict[str, list[float | None]]:
    """The bars of the chart titled `title` as Plotly drew them: trace name -> heights."""
    return page.evaluate(
        "title => { const plot = [...document.querySelectorAll('.js-plotly-plot')]"
        ".find(p => p._fullLayout.title.text === title);"
        " return plot ? Object.fromEntries(plot._fullData.map(t => [t.name,"
        " Array.from(t.y, v => (Number.isFinite(v) ? v : null))])) : null; }",
        title)


def heights(values: pd.Series) -> list[float | None]:
    return [None if pd.isna(v) else float(v) for v in values]


def test_the_weapons_page_draws_the_weapons_that_hit_and_their_share(with_hits, page, artifacts):
    url, frame = with_hits
    open_view(page, url, "weapons", QUERY, "Weapons", charts=2)  # the hits chart and its share
    expect(page.locator('[data-testid="stPlotlyChart"]')).to_have_count(2)  # nothing else to draw here
    view = apply_filters(frame, Filters.from_query_params(QUERY))
    covered = int(weapons.hit_nights(view, "class").sum())
    assert covered == 5  # the six built nights but the region's (the shipped data count no hits)
    assert len(view) > 6  # the shipped nights of those months are in view too
    expect_chart_text(page, f"hits by class for {covered:,} of {len(view):,} attack nights in view")
    line, _thin = weapons.hits_coverage(view)
    assert line.startswith(f"Hits by class for 5 of the {len(view):,} attack nights in view")
    expect(page.get_by_text(line)).to_be_visible(timeout=CHART_TIMEOUT_MS)

    title = "Weapons that hit by class per month"
    wait_for_chart(page, title)
    bars = drawn_bars(page, title)
    table = weapons.hits_table(view, "M", "class")
    assert bars["Drones"] == heights(table["drones"])
    assert bars["Drones"][:2] == [21.0, 37.0]  # 14 + 7 in August (the statement's 14, not 16), 12 + 25
    assert bars["Missiles"][1] == 8.0 and bars["Class not told"][1] == 9.0
    shares = weapons.hit_share_table(view, "M", "class").set_index(["group", "period"])
    assert math.isclose(shares.loc[("drones", pd.Timestamp("2023-08-01")), "share"], 21 / 190)
    expect_chart_text(page, "Share of the launched that hit, by class per month")
    assert error_texts(page) == []

    chart = page.locator('[data-testid="stPlotlyChart"]').filter(has_text=title).first
    page.set_viewport_size(SCREENSHOT_SIZE)
    chart.scroll_into_view_if_needed()
    page.wait_for_timeout(1500)  # charts redraw at the new size
    page.screenshot(path=str(artifacts / "page-weapons-hits.png"))


def test_hits_by_family_come_from_the_link(with_hits, page):
    url, _frame = with_hits
    query = {**QUERY, "hits_by": "family"}
    # the hits chart alone: no night gives a family's launches beside its hits, so no share (its
    # empty chart was drawn before, and counted here), and the page says why
    open_view(page, url, "weapons", query, "Weapons", charts=1)
    title = "Weapons that hit by family per month"
    wait_for_chart(page, title)
    assert "hits_by=family" in page.url
    bars = drawn_bars(page, title)
    assert list(bars) == ["Ballistic missiles"] and bars["Ballistic missiles"][1] == 3.0
    expect(page.get_by_text(weapons.hit_share_missing("family"))).to_be_visible(timeout=CHART_TIMEOUT_MS)
    expect(page.locator('[data-testid="stPlotlyChart"]')).to_have_count(1)
    assert error_texts(page) == []


def test_a_series_counting_no_weapons_that_hit_draws_no_empty_hit_chart(series_only, page, artifacts):
    url, frame = series_only
    query = {"from": "2025-03-01", "to": "2025-03-31", "period": "W"}
    # families, kinds, their shares, rates, models: the hits and their share drew empty axes before
    open_view(page, url, "weapons", query, "Weapons", charts=5)
    view = apply_filters(frame, Filters.from_query_params(query))
    assert len(view) >= 3 and not weapons.hit_nights(view, "class").any()
    check_weapons(page, frame, query)  # the no-hits line, and no hit chart nor share
    expect(page.locator('[data-testid="stPlotlyChart"]')).to_have_count(5)
    line = page.get_by_text(weapons.NO_HITS)
    line.scroll_into_view_if_needed()
    page.set_viewport_size(SCREENSHOT_SIZE)
    page.wait_for_timeout(1500)  # charts redraw at the new size
    page.screenshot(path=str(artifacts / "series-weapons-no-hits.png"))
    shoot(page, artifacts / "series-weapons.png")
