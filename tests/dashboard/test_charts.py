"""Chart builders and the figures behind them, on the synthetic frame (no browser)."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from salvo.dashboard import charts, headlines, salvos
from salvo.dashboard.data import empty_attack_frame
from tests.dashboard.synthetic import SALVO_DAYS, attack_frame


def test_wilson_interval_matches_textbook_values():
    # 8 of 10: Wilson 95% interval is 0.490-0.943 (Brown, Cai & DasGupta 2001, table values).
    low, high = charts.wilson_interval(8, 10)
    assert float(low) == pytest.approx(0.4902, abs=1e-3)
    assert float(high) == pytest.approx(0.9433, abs=1e-3)
    low, high = charts.wilson_interval(0, 0)
    assert math.isnan(float(low)) and math.isnan(float(high))


def test_rare_weapons_get_wide_bands():
    summary = charts.rate_summary(attack_frame()).set_index("group")
    kinzhal = summary.loc["aeroballistic"]
    drones = summary.loc["drones"]
    assert kinzhal["launched"] < 30 < drones["launched"]
    assert kinzhal["high"] - kinzhal["low"] > 0.3
    assert drones["high"] - drones["low"] < 0.05
    assert drones["low"] <= drones["rate"] <= drones["high"]


def test_rates_count_only_nights_with_both_figures():
    frame = attack_frame(nights=3)
    frame.loc[1, "drones_destroyed"] = pd.NA
    counts = charts.interception_counts(frame, "drones", "shot_down")
    assert list(counts["attack_date"]) == [frame.loc[0, "attack_date"], frame.loc[2, "attack_date"]]
    summary = charts.rate_summary(frame, groups=("drones",)).iloc[0]
    expected = (frame.loc[[0, 2], "drones_destroyed"].sum()) / frame.loc[[0, 2], "drones_launched"].sum()
    assert summary["rate"] == pytest.approx(float(expected))


def test_suppressed_joins_drones_only_under_the_wider_definition():
    frame = attack_frame(nights=5)
    narrow = charts.rate_summary(frame, "shot_down").set_index("group")
    wide = charts.rate_summary(frame, "shot_down_or_suppressed").set_index("group")
    suppressed = frame["suppressed"].sum()
    assert wide.loc["drones", "intercepted"] == narrow.loc["drones", "intercepted"] + suppressed
    assert wide.loc["missiles", "intercepted"] == narrow.loc["missiles", "intercepted"]


def test_a_night_without_a_suppressed_figure_gives_no_shot_down_or_suppressed_rate():
    # a missing suppressed figure is not "none suppressed": counted as zero it would pull the rate down
    frame = attack_frame(nights=4)
    frame["combined_fields"] = [[] for _ in range(len(frame))]
    frame.loc[1, "suppressed"] = pd.NA
    frame.loc[2, "suppressed"] = pd.NA
    frame.at[2, "combined_fields"] = ["drones_destroyed"]  # its one figure merges the two already
    row = charts.rate_summary(frame, "shot_down_or_suppressed", groups=("drones",)).iloc[0]
    kept = frame.loc[[0, 2, 3]]
    intercepted = kept["drones_destroyed"].sum() + frame.loc[[0, 3], "suppressed"].sum()
    assert row["nights"] == 3 and row["excluded"] == 0
    assert row["rate"] == pytest.approx(intercepted / kept["drones_launched"].sum())
    narrow = charts.rate_summary(frame, "shot_down", groups=("drones",)).iloc[0]
    assert narrow["nights"] == 4  # shot down alone needs no suppressed figure


def test_more_shot_down_than_launched_is_left_out_of_the_rate_not_clipped():
    # behaviour changed with issue 14: an impossible night is a conflict, excluded until resolved
    frame = attack_frame(nights=3)
    frame.loc[0, "missiles_destroyed"] = frame.loc[0, "missiles_launched"] + 5
    row = charts.rate_summary(frame, groups=("missiles",)).iloc[0]
    assert row["nights"] == 2 and row["excluded"] == 1
    kept = frame.loc[[1, 2]]
    assert row["rate"] == pytest.approx(kept["missiles_destroyed"].sum() / kept["missiles_launched"].sum())


def test_salvo_nights_are_the_spikes():
    frame = attack_frame()
    flagged = frame.loc[salvos.salvo_nights(frame), "attack_date"]
    assert set(flagged) == {frame.loc[i, "attack_date"] for i in SALVO_DAYS}


def test_salvo_needs_history_before_judging():
    frame = attack_frame(nights=5)
    frame.loc[4, "total_launched"] = 10_000
    assert not salvos.salvo_nights(frame).any()


def test_rolling_rates_use_calendar_windows():
    frame = attack_frame(nights=40)
    rates = charts.rolling_rates(frame, "total", windows=(7,))
    day = frame["attack_date"].iloc[20]
    window = frame[(frame["attack_date"] > day - pd.Timedelta(days=7)) & (frame["attack_date"] <= day)]
    expected = window["total_destroyed"].sum() / window["total_launched"].sum()
    assert rates.loc[day, "rate_7"] == pytest.approx(float(expected))
    assert rates.loc[day, "launched_7"] == window["total_launched"].sum()


def test_aggregate_keeps_missing_figures_missing():
    frame = attack_frame(nights=14, start="2025-06-02")  # a Monday: two full weeks
    frame["hit_locations"] = pd.array([pd.NA] * 7 + [1] * 7, dtype="Int64")
    weekly = charts.aggregate(frame, "W", ["hit_locations", "total_launched"])
    assert len(weekly) == 2
    assert pd.isna(weekly["hit_locations"].iloc[0])
    assert weekly["hit_locations"].iloc[1] == 7
    assert weekly["total_launched"].sum() == frame["total_launched"].sum()
    assert list(weekly["nights"]) == [7, 7]


@pytest.mark.parametrize("freq", ["D", "W", "M"])
def test_timeline_has_one_trace_per_measure_and_marks_salvos_daily(freq):
    figure = charts.timeline_figure(attack_frame(), freq)
    names = [trace.name for trace in figure.data]
    assert names[:4] == ["Launched", "Shot down", "Suppressed / lost", "Locations hit"]
    assert ("Salvo night" in names) == (freq == "D")
    assert figure.layout.template.layout.colorway == charts.OKABE_ITO


def test_hover_shows_sources_escaped():
    frame = attack_frame(nights=3)
    frame.at[0, "sources"] = ["<a href='javascript:alert(1)'>x</a>"]
    figure = charts.timeline_figure(frame, "D")
    labels = [str(row[0]) for row in figure.data[0].customdata]
    assert "&lt;a href=&#x27;javascript:alert(1)&#x27;&gt;x&lt;/a&gt;" in labels[0]
    assert "<a" not in " ".join(labels)
    assert "sources: %{customdata[0]}" in figure.data[0].hovertemplate


def test_rate_charts_say_which_definition_is_in_force():
    frame = attack_frame()
    for definition, words in charts.DEFINITIONS.items():
        for figure in (charts.rate_summary_figure(frame, definition),
                       charts.rolling_rate_figure(frame, "drones", definition)):
            assert f"rate = {words} ÷ launched" in figure.layout.title.subtitle.text


def test_rate_summary_error_bars_are_the_wilson_bounds():
    frame = attack_frame()
    figure = charts.rate_summary_figure(frame)
    trace = figure.data[0]
    summary = charts.rate_summary(frame)
    summary = summary[summary["launched"] > 0].iloc[::-1]
    np.testing.assert_allclose(np.array(trace.x) + np.array(trace.error_x.array), summary["high"])
    np.testing.assert_allclose(np.array(trace.x) - np.array(trace.error_x.arrayminus), summary["low"])


def test_a_rate_says_how_many_of_the_attack_nights_it_rests_on():
    frame = attack_frame(nights=40)
    frame.loc[frame.index[:15], "missiles_destroyed"] = pd.NA  # at most 25 of the 40 nights give both
    trace = charts.rate_summary_figure(frame, groups=("missiles",)).data[0]
    assert 0 < trace.customdata[0, 2] <= 25
    assert "over %{customdata[2]} nights giving both (of 40 attack nights)" in trace.hovertemplate


def test_every_builder_copes_with_an_empty_frame():
    empty = empty_attack_frame()
    for build in (charts.timeline_figure, charts.class_mix_figure, charts.family_figure,
                  charts.rate_summary_figure, charts.rolling_rate_figure):
        assert len(build(empty).data) == 0
    assert headlines.period_totals(empty, 7).empty
    assert headlines.latest_rate(empty)["launched"] == 0
    assert headlines.largest_attacks(empty).empty


def test_period_totals_compare_with_the_period_before():
    frame = attack_frame(nights=20)
    totals = headlines.period_totals(frame, 7)
    assert totals.loc["total_launched", "current"] == frame["total_launched"].iloc[-7:].sum()
    assert totals.loc["total_launched", "previous"] == frame["total_launched"].iloc[-14:-7].sum()
    assert totals.loc["nights", "current"] == 7


def test_largest_attacks_rank_by_launches_and_skip_unknown_totals():
    frame = attack_frame()
    frame.loc[0, "total_launched"] = pd.NA
    largest = headlines.largest_attacks(frame, 3)
    assert list(largest.index) == [SALVO_DAYS[0], *largest.index[1:]]
    assert largest["total_launched"].is_monotonic_decreasing
    assert 0 not in largest.index


def test_timeline_lines_break_over_nights_nobody_reported():
    frame = attack_frame(nights=10).drop(index=[4, 5]).reset_index(drop=True)
    launched = charts.timeline_figure(frame, "D").data[0]
    assert len(launched.x) == 10  # the two missing nights are there, empty
    assert [math.isnan(y) for y in launched.y].count(True) == 2


def test_family_chart_leaves_out_families_no_source_gave():
    frame = attack_frame(nights=10)
    for family in ("cruise", "ballistic", "aeroballistic", "guided"):
        frame[f"{family}_launched"] = pd.array([pd.NA] * 10, dtype="Int64")
    assert [trace.name for trace in charts.family_figure(frame).data] == ["Shahed / decoy drones"]
    frame["shahed_launched"] = pd.array([pd.NA] * 10, dtype="Int64")
    assert not charts.family_figure(frame).data


def test_rolling_rates_break_where_the_window_holds_no_night():
    frame = attack_frame(nights=60).iloc[[0, 1, 2, 50, 51]].reset_index(drop=True)
    rates = charts.rolling_rates(frame, "total", windows=(7,))
    assert len(rates) == 52  # every calendar day from the first night to the last
    assert rates["rate_7"].iloc[2:9].notna().all()  # nights 0-2 stay in the 7-day window ...
    assert rates["rate_7"].iloc[9:50].isna().all()  # ... then nothing until night 50
    assert rates["rate_7"].iloc[50:].notna().all()


def test_interval_bands_close_around_each_run_of_days():
    index = pd.date_range("2025-01-01", periods=6)
    low = pd.Series([0.1, 0.2, np.nan, np.nan, 0.3, 0.4], index=index)
    high = low + 0.5
    xs, ys = charts._band_outline(index, low, high)
    gaps = [i for i, x in enumerate(xs) if x is None]
    assert gaps == list(np.flatnonzero(np.isnan(ys))) and len(gaps) == 2  # two runs, two outlines
    assert list(xs[: gaps[0]]) == ["2025-01-01", "2025-01-02", "2025-01-02", "2025-01-01", "2025-01-01"]
    assert ys[: gaps[0]] == pytest.approx([0.6, 0.7, 0.2, 0.1, 0.6])


def test_every_rate_is_pooled_over_nights_giving_both_figures():
    rate = charts.pooled_rate(np.array([30, 10]), np.array([40, 10]))
    assert (rate["nights"], rate["intercepted"], rate["launched"]) == (2, 40, 50)
    assert rate["rate"] == pytest.approx(0.8) and rate["low"] < 0.8 < rate["high"]
    nothing = charts.pooled_rate(np.array([], dtype=int), np.array([], dtype=int))
    assert nothing["nights"] == 0 and np.isnan(nothing["rate"])
    with pytest.raises(ValueError, match="same nights"):  # never shot down of nights without a launch figure
        charts.pooled_rate(np.array([30, 10, 60]), np.array([40, 10]))
    assert charts.rate_coverage_text(1, 3) == "rate over 1 night giving both (of 3 attack nights)"
