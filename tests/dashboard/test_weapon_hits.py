"""The Weapons page's hits (issue 18 item 1): the weapons that hit per period by class or family,
the share of the launched that hit over only the nights giving both, and the coverage line, on an
attack frame built here whose sums are known, and through the page in AppTest."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from salvo.dashboard import charts, headlines, weapons
from salvo.dashboard import data as ui
from salvo.table import rows_to_frame
from tests.dashboard.test_pages import open_page


def night(day: str, **figures) -> dict:
    return {"attack_date": day, "n_reports": 2, "sources": ["Ukrainian Air Force"], "source_type": "official",
            **figures}


@pytest.fixture
def nights() -> pd.DataFrame:
    return rows_to_frame([
        # a statement counting both classes: 30 of 200 drones and 5 of 20 missiles hit
        night("2025-06-02", drones_launched=200, missiles_launched=20, total_launched=220,
              drones_hit=30, missiles_hit=5, total_hit=35, ballistic_launched=4, ballistic_hit=2),
        # drones only: the missiles' hits are not told (never a zero)
        night("2025-06-10", drones_launched=100, drones_hit=10),
        # a total not split by class, 4 more than its one class figure
        night("2025-06-20", drones_launched=80, total_launched=90, drones_hit=6, total_hit=10),
        # hits with no launch figure: in the sums, in no share
        night("2025-07-01", drones_hit=12),
        # more hits than launches: a flagged night, in the sums but rating nothing
        night("2025-07-03", missiles_launched=2, missiles_hit=3),
        night("2025-07-05", drones_launched=50),  # no hit figure at all
    ])


def test_hits_are_summed_per_period_by_class_with_the_untold_class_apart(nights):
    table = weapons.hits_table(nights, "M", "class")
    june, july = pd.Timestamp("2025-06-01"), pd.Timestamp("2025-07-01")
    assert table.loc[june, "drones"] == 46 and table.loc[june, "missiles"] == 5
    assert table.loc[june, "unsplit"] == 4  # 10 in all on 20 June, 6 of them drones
    assert (table.loc[june, "drones_nights"], table.loc[june, "missiles_nights"]) == (3, 1)
    assert (table.loc[june, "nights"], table.loc[june, "hit_nights"]) == (3, 3)
    assert table.loc[july, "drones"] == 12 and table.loc[july, "missiles"] == 3
    assert pd.isna(table.loc[july, "unsplit"])  # no total told in July: nothing untold
    assert (table.loc[july, "nights"], table.loc[july, "hit_nights"]) == (3, 2)


def test_hits_by_family_are_the_family_columns_only(nights):
    table = weapons.hits_table(nights, "M", "family")
    assert table.loc[pd.Timestamp("2025-06-01"), "ballistic"] == 2
    assert table["shahed"].isna().all() and "unsplit" not in table
    figure = weapons.hits_figure(nights, "M", "family")
    assert [trace.name for trace in figure.data] == ["Ballistic missiles"]
    assert "hits by family for 1 of 6 attack nights in view" in figure.layout.title.subtitle.text


def test_the_hits_figure_stacks_the_classes_and_says_its_coverage(nights):
    figure = weapons.hits_figure(nights, "M", "class")
    assert figure.layout.title.text.startswith("Weapons that hit by class per month")
    assert "hits by class for 5 of 6 attack nights in view" in figure.layout.title.subtitle.text
    bars = {trace.name: list(trace.y) for trace in figure.data}
    assert bars["Drones"] == [46.0, 12.0] and bars["Missiles"] == [5.0, 3.0]
    assert bars["Class not told"][0] == 4.0 and np.isnan(bars["Class not told"][1])
    assert figure.layout.barmode == "stack"
    assert list(figure.data[0].customdata) == ["figures for 3 of 3 attack nights",
                                               "figures for 1 of 3 attack nights"]


def test_the_share_hit_is_over_only_the_nights_giving_both_figures(nights):
    share = weapons.hit_share_table(nights, "M", "class").set_index(["group", "period"])
    june = pd.Timestamp("2025-06-01")
    # 46 drones hit over 380 launched on the three June nights giving both
    assert share.loc[("drones", june), ["hit", "launched", "both_nights"]].tolist() == [46, 380, 3]
    assert share.loc[("drones", june), "share"] == pytest.approx(46 / 380)
    assert share.loc[("missiles", june), "share"] == pytest.approx(5 / 20)
    assert share.loc[("total", june), ["hit", "launched", "both_nights"]].tolist() == [45, 310, 2]
    # July: 12 drone hits with no launch figure, 3 missile hits of 2 launched: no share at all
    assert not any(period == pd.Timestamp("2025-07-01") for _group, period in share.index)
    figure = weapons.hit_share_figure(nights, "M", "class")
    assert ("only nights giving both figures: drones 3, missiles 1, all weapons 2 of 6 attack nights in view"
            in figure.layout.title.subtitle.text)
    drawn = {trace.name: list(trace.y) for trace in figure.data}
    assert drawn["Drones"] == [pytest.approx(46 / 380)]
    assert figure.layout.yaxis.tickformat == ".0%"


def test_the_coverage_line_counts_the_nights_and_says_when_it_is_thin(nights):
    line, thin = weapons.hits_coverage(nights)
    assert line.startswith("Hits by class for 5 of the 6 attack nights in view (by family for 1)")
    assert not thin
    sparse = pd.concat([nights, rows_to_frame([night(f"2025-08-{day:02d}", drones_launched=40)
                                               for day in range(1, 8)])], ignore_index=True)
    line, thin = weapons.hits_coverage(sparse)
    assert line.startswith("Hits by class for 5 of the 13 attack nights in view") and thin


def test_every_hits_builder_copes_with_an_empty_frame():
    empty = rows_to_frame([])
    for view in weapons.HIT_VIEWS:
        assert len(weapons.hits_figure(empty, "M", view).data) == 0
        assert len(weapons.hit_share_figure(empty, "M", view).data) == 0
        assert weapons.hits_table(empty, "M", view).empty and weapons.hit_share_table(empty, "M", view).empty
    line, thin = weapons.hits_coverage(empty)
    assert "for 0 of the 0 attack nights" in line and not thin  # no nights: nothing to warn about


def test_the_weapons_page_draws_the_hits_and_keeps_the_view_in_the_link(monkeypatch, empty_store, nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("weapons", {"from": "2025-06-01", "to": "2025-07-31", "period": "M", "hits_by": "family"})
    assert not app.error
    assert app.radio(key="opt_hits_by").value == "family"
    charts = list(app.get("plotly_chart"))
    # no source here names models, so the kind charts are not drawn; no night gives a family's or
    # kind's shot-down figure nor a model's count, so neither are the rates nor the models' lines
    assert [chart.key for chart in charts] == ["weapon_families", "weapon_hits", "weapon_hit_share"]
    assert {weapons.RATES_MISSING, weapons.models_missing(nights)} <= {box.value for box in app.info}
    captions = [caption.value for caption in app.caption]
    assert any(text.startswith("Hits by class for 5 of the 6 attack nights in view") for text in captions)
    spec = "".join(chart.proto.spec for chart in charts)
    assert "Weapons that hit by family per month" in spec and "Share of the launched that hit" in spec


def test_more_hits_than_launches_is_a_conflict_left_out_of_the_rates():
    frame = rows_to_frame([
        night("2025-06-02", missiles_launched=4, missiles_destroyed=1, missiles_hit=6,
              quality_flags=["missiles_hit>missiles_launched"]),
        night("2025-06-03", missiles_launched=10, missiles_destroyed=8, missiles_hit=2),
    ])
    conflicts = headlines.plausibility_conflicts(frame)
    assert list(conflicts["problem"]) == ["more missiles hit than launched"]
    rates = charts.interception_counts(frame, "missiles", "shot_down")
    assert int(rates["launched"].sum()) == 10  # the impossible night rates nothing
