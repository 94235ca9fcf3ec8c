"""Issue 14: sums, deltas and timelines over the nights that give a figure, each saying its
coverage; intervals over nights; freshness, view coverage, salvo verdicts and impossible nights."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from salvo.dashboard import charts, headlines, salvos
from tests.dashboard.synthetic import attack_frame


def test_a_week_with_a_missing_figure_gives_no_delta_instead_of_counting_it_as_zero():
    frame = attack_frame(nights=14, start="2025-06-02")
    frame.loc[:6, "total_launched"] = pd.NA  # the week before: nights reported, no launch figure
    frame.loc[0, "total_launched"] = 40  # ... but one
    totals = headlines.period_totals(frame, 7)
    launched = totals.loc["total_launched"]
    assert launched["current"] == frame["total_launched"].iloc[7:].sum()
    assert launched["previous"] == 40 and launched["previous_covered"] == 1
    assert pd.isna(launched["change"])  # 7 of 7 against 1 of 7: not comparable
    assert launched["coverage"] == "figures for 7 of 7 attack nights"
    killed = totals.loc["killed"]  # full coverage in both weeks: the delta stands
    assert killed["change"] == killed["current"] - killed["previous"]


def test_a_period_with_no_figure_at_all_has_no_sum():
    frame = attack_frame(nights=7, start="2025-06-02")
    frame["hit_locations"] = pd.array([pd.NA] * 4 + [2, 3, pd.NA], dtype="Int64")
    totals = headlines.period_totals(frame, 7)
    assert totals.loc["hit_locations", "current"] == 5
    assert totals.loc["hit_locations", "coverage"] == "figures for 2 of 7 attack nights"
    assert pd.isna(totals.loc["hit_locations", "previous"]) and pd.isna(totals.loc["hit_locations", "change"])


def test_comparable_coverage_rule():
    assert charts.comparable(9, 12, 10, 12)
    assert not charts.comparable(7, 7, 1, 5)
    assert not charts.comparable(3, 3, 0, 0)


def test_weekly_points_say_their_coverage_and_partial_weeks_are_hollow():
    frame = attack_frame(nights=14, start="2025-06-02")
    frame.loc[[1, 2], "total_launched"] = pd.NA
    weekly = charts.aggregate(frame, "W", ["total_launched"])
    assert list(weekly["total_launched_nights"]) == [5, 7]
    figure = charts.timeline_figure(frame, "W")
    launched = figure.data[0]
    assert [row[1] for row in launched.customdata] == [
        "figures for 5 of 7 attack nights", "figures for 7 of 7 attack nights"]
    assert list(launched.marker.symbol) == ["circle-open", "circle"]


def test_daily_timeline_leaves_gaps_and_marks_missing_figures_apart_from_unreported_nights():
    frame = attack_frame(nights=10, start="2025-06-01")
    frame = frame.drop(index=[4, 5]).reset_index(drop=True)  # 5 and 6 June: no report at all
    frame.loc[1, "total_launched"] = pd.NA  # 2 June: reported, no launch figure
    figure = charts.timeline_figure(frame, "D")
    launched = figure.data[0]
    days = pd.DatetimeIndex(launched.x)
    values = dict(zip(days.strftime("%Y-%m-%d"), launched.y, strict=True))
    assert all(np.isnan(values[day]) for day in ("2025-06-02", "2025-06-05", "2025-06-06"))
    assert launched.connectgaps is False
    by_name = {trace.name: trace for trace in figure.data}
    no_figure = by_name["No launch figure (reported night)"]
    assert list(pd.DatetimeIndex(no_figure.x).strftime("%Y-%m-%d")) == ["2025-06-02"]
    unreported = by_name["No report that night (quiet or not covered)"]
    assert list(pd.DatetimeIndex(unreported.x).strftime("%Y-%m-%d")) == ["2025-06-05", "2025-06-06"]


def test_night_to_night_variation_widens_the_interval():
    launched = np.array([100] * 10)
    steady = np.array([80] * 10)
    erratic = np.array([50, 100, 60, 100, 70, 95, 55, 100, 90, 80])
    steady_low, _ = charts.night_interval(steady, launched)
    low, high = charts.night_interval(erratic, launched)
    wilson_low, wilson_high = charts.wilson_interval(erratic.sum(), launched.sum())
    assert charts.dispersion(steady, launched) == 1.0
    assert charts.dispersion(erratic, launched) > 5
    assert (high - low) > 2 * (float(wilson_high) - float(wilson_low))
    assert steady_low == pytest.approx(float(charts.wilson_interval(800, 1000)[0]))


def test_rolling_rates_carry_the_number_of_nights_and_wider_bands_for_erratic_nights():
    frame = attack_frame(nights=30)
    rates = charts.rolling_rates(frame, "total", windows=(7,))
    assert rates["nights_7"].iloc[-1] == 7
    counts = charts.interception_counts(frame, "total", "shot_down").tail(7)
    low, high = charts.night_interval(counts["intercepted"].to_numpy(), counts["launched"].to_numpy())
    assert rates["low_7"].iloc[-1] == pytest.approx(low) and rates["high_7"].iloc[-1] == pytest.approx(high)


def test_impossible_nights_are_listed_and_left_out_of_rates():
    frame = attack_frame(nights=5)
    frame.at[2, "quality_flags"] = ["hit_locations>total_launched"]
    conflicts = headlines.plausibility_conflicts(frame)
    assert list(conflicts["attack_date"]) == [frame.loc[2, "attack_date"]]
    assert conflicts.iloc[0]["problem"] == "more locations hit than weapons launched"
    summary = charts.rate_summary(frame, groups=("total",)).iloc[0]
    assert summary["nights"] == 4 and summary["excluded"] == 1


def test_rates_count_the_nights_with_a_combined_figure():
    frame = attack_frame(nights=4)
    frame.at[1, "combined_fields"] = ["drones_destroyed", "total_destroyed"]
    summary = charts.rate_summary(frame, groups=("drones", "missiles")).set_index("group")
    assert summary.loc["drones", "combined"] == 1 and summary.loc["missiles", "combined"] == 0


def test_freshness_warns_past_three_days():
    frame = attack_frame(nights=3, start="2026-02-20")  # newest night: 22 Feb 2026
    sentence, stale = headlines.freshness(frame, dt.date(2026, 2, 24))
    assert not stale and "(2 days ago)" in sentence
    sentence, stale = headlines.freshness(frame, dt.date(2026, 12, 6))
    assert stale and "287 days ago" in sentence and "more than 3 days old" in sentence


def test_view_coverage_counts_calendar_nights():
    frame = attack_frame(nights=10, start="2025-06-01").drop(index=[3, 4, 5])
    frame.loc[frame.index[0], "total_launched"] = pd.NA
    coverage = headlines.view_coverage(frame, dt.date(2025, 6, 1), dt.date(2025, 6, 20))
    assert (coverage["calendar_nights"], coverage["reported"], coverage["with_launches"]) == (20, 7, 6)
    assert coverage["text"].startswith("7 of the 20 calendar nights in view (35%) have a report; 6 give")


def test_salvo_verdict_says_why_it_cannot_judge_sparse_nights():
    sparse = attack_frame(nights=40).iloc[::10].reset_index(drop=True)  # one night in ten
    verdict = salvos.salvo_verdict(sparse)
    assert verdict.startswith("Cannot judge salvos here") and "at least 7 nights" in verdict
    dense = attack_frame()
    assert salvos.salvo_verdict(dense).startswith("3 salvo night(s) among the ")
