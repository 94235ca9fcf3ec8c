"""A chart with nothing on it is never drawn: where no night in view gives what a chart plots, the
page says so in an info line in its place (an empty axis under a chart's title reads as "zero").
The Weapons page's hit charts on nights like the official series' (weapons launched, shot down and
named by model; places hit, never weapons), and each other chart of the pages that can come out
empty, through the pages in AppTest on attack frames built here."""
from __future__ import annotations

import pandas as pd
import pytest

from salvo.dashboard import charts, directions, weapons
from salvo.dashboard import data as ui
from salvo.table import rows_to_frame
from tests.dashboard.test_pages import open_page


def night(day: str, source_type: str = "official", **figures) -> dict:
    return {"attack_date": day, "n_reports": 1, "sources": ["Ukrainian Air Force"],
            "source_type": source_type, **figures}


@pytest.fixture
def series_nights() -> pd.DataFrame:
    """Nights as the official series gives them: launched and shot down by family and model, the
    places hit, no weapon counted as having hit."""
    return rows_to_frame([
        night("2025-03-02", drones_launched=80, drones_destroyed=60, total_launched=90, total_destroyed=69,
              missiles_launched=10, missiles_destroyed=9, shahed_launched=80, shahed_destroyed=60,
              cruise_launched=10, cruise_destroyed=9, hit_locations=4,
              models={"Shahed-136/131": {"launched": 80, "destroyed": 60, "shahed_type": 50},
                      "X-101/X-555": {"launched": 10, "destroyed": 9}}),
        night("2025-03-09", drones_launched=120, drones_destroyed=101, total_launched=120,
              total_destroyed=101, shahed_launched=120, shahed_destroyed=101, hit_locations=7,
              models={"Shahed-136/131": {"launched": 120, "destroyed": 101}}),
    ])


def chart_keys(app) -> list[str]:
    return [chart.key for chart in app.get("plotly_chart")]


def infos(app) -> list[str]:
    return [box.value for box in app.info]


def test_no_hit_chart_is_drawn_where_no_source_counts_the_weapons_that_hit(monkeypatch, empty_store,
                                                                          series_nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (series_nights, "built#1"))
    app = open_page("weapons", {"from": "2025-03-01", "to": "2025-03-31", "period": "W"})
    assert not app.error
    # the hits and their share drew an empty axis each before; the charts with figures stay
    assert chart_keys(app) == ["weapon_families", "weapon_kinds", "weapon_shares", "weapon_rates",
                               "weapon_models"]
    assert weapons.NO_HITS in infos(app)
    assert "statements and news reports count them" in weapons.NO_HITS
    assert "the official series counts the places hit, not the weapons" in weapons.NO_HITS
    # the coverage line ("Hits by class for 0 of the 2 …") gives way to the line saying why
    assert not [text for text in [*(c.value for c in app.caption), *(w.value for w in app.warning)]
                if text.startswith("Hits by class for")]


def test_hits_by_family_on_nights_counting_them_by_class_only_point_to_the_class_view(
        monkeypatch, empty_store, series_nights):
    counted = pd.concat([series_nights, rows_to_frame([
        night("2025-03-12", "wire", drones_launched=40, drones_destroyed=33, drones_hit=5)])],
        ignore_index=True)
    monkeypatch.setattr(ui, "attack_source", lambda: (counted, "built#2"))
    app = open_page("weapons", {"from": "2025-03-01", "to": "2025-03-31", "hits_by": "family"})
    assert not app.error
    assert "weapon_hits" not in chart_keys(app) and "weapon_hit_share" not in chart_keys(app)
    note = weapons.hits_missing(counted, "family")
    assert note.startswith("No source in view counts the weapons that hit by family")
    assert "1 attack night(s) in view count them by class: choose Hits by class" in note
    assert note in infos(app)
    app.radio(key="opt_hits_by").set_value("class").run()  # the reader follows the advice
    assert {"weapon_hits", "weapon_hit_share"} <= set(chart_keys(app))
    assert not [text for text in infos(app) if "weapons that hit" in text]


def test_hits_without_a_launch_figure_draw_their_chart_but_no_empty_share(monkeypatch, empty_store):
    frame = rows_to_frame([night("2025-05-04", "outlet", drones_hit=6),
                           night("2025-05-05", "outlet", total_hit=3)])
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "built#3"))
    app = open_page("weapons", {"from": "2025-05-01", "to": "2025-05-31", "period": "M"})
    assert not app.error
    keys = chart_keys(app)
    assert "weapon_hits" in keys and "weapon_hit_share" not in keys
    assert weapons.hit_share_missing("class") in infos(app)
    hits = next(chart for chart in app.get("plotly_chart") if chart.key == "weapon_hits")
    assert "Weapons that hit by class per month" in hits.proto.spec


def test_nights_with_no_figure_by_weapon_draw_no_weapons_chart(monkeypatch, empty_store):
    frame = rows_to_frame([night("2025-04-01", total_launched=50, hit_locations=2),
                           night("2025-04-02", total_launched=30)])
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "built#4"))
    app = open_page("weapons", {"from": "2025-04-01", "to": "2025-04-30"})
    assert not app.error
    assert chart_keys(app) == []  # families, hits, kinds, rates and models: nothing to draw
    shown = infos(app)
    assert weapons.NO_HITS in shown and weapons.RATES_MISSING in shown
    assert weapons.models_missing(frame) in shown
    assert weapons.models_missing(frame).endswith("no line per model is drawn.")  # and no table to point to
    assert any(text.startswith("No source in view breaks the night down by weapon family") for text in shown)
    assert "No source in view names weapon models with counts." in shown


def test_the_models_line_points_to_the_table_when_models_are_named_without_counts():
    frame = rows_to_frame([night("2025-04-01", models={"Iskander-M": {"launched": None}})])
    assert len(weapons.model_figure(frame, "M").data) == 0
    assert weapons.models_missing(frame).endswith("the table lists the models named without one.")
    assert not weapons.model_summary(frame).empty


def test_the_interception_page_draws_no_empty_rate(monkeypatch, empty_store):
    frame = rows_to_frame([night("2025-04-01", total_launched=50), night("2025-04-03", drones_destroyed=20)])
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "built#5"))
    app = open_page("interception", {"from": "2025-04-01", "to": "2025-04-30", "group": "drones"})
    assert not app.error
    assert chart_keys(app) == []
    assert charts.NO_RATE in infos(app)
    assert charts.no_rolling_rate("drones") in infos(app)
    assert "figure of drones, so no rolling rate" in charts.no_rolling_rate("drones")


def test_the_timeline_draws_no_empty_class_mix(monkeypatch, empty_store):
    frame = rows_to_frame([night("2025-04-01", total_launched=50, total_destroyed=40)])
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "built#6"))
    app = open_page("timeline", {"from": "2025-04-01", "to": "2025-04-30", "mix": "true"})
    assert not app.error
    assert chart_keys(app) == ["timeline"]  # the headline chart; neither the classes nor the families
    assert charts.NO_CLASS_MIX in infos(app)


def test_the_directions_page_draws_no_empty_launch_lines(monkeypatch, empty_store):
    frame = rows_to_frame([night("2025-04-01", total_launched=50, oblasts=["Kharkiv Oblast"],
                                 launch_areas={"Kursk": {"launched": None, "shared": None}})])
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "built#7"))
    app = open_page("directions", {"from": "2025-04-01", "to": "2025-04-30", "measure": "launched"})
    assert not app.error
    assert chart_keys(app) == []  # the map is drawn; the launches per direction are not counted
    assert len(list(app.get("deck_gl_json_chart"))) == 1
    assert directions.NO_DIRECTION_COUNTS in infos(app)
    app = open_page("directions", {"from": "2025-04-01", "to": "2025-04-30", "measure": "nights"})
    assert chart_keys(app) == ["directions_timeline"]
