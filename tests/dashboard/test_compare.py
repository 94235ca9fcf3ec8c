"""The Compare page (issue 18 item 4): two periods side by side, on an attack frame built here
whose sums are known, and through the page in AppTest with the periods in the URL."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from salvo.dashboard import compare
from salvo.dashboard import data as ui
from salvo.table import rows_to_frame
from tests.dashboard.test_pages import open_page

A = compare.Period(dt.date(2025, 6, 1), dt.date(2025, 6, 3))
B = compare.Period(dt.date(2025, 7, 1), dt.date(2025, 7, 3))


def night(day: str, **figures) -> dict:
    return {"attack_date": day, "n_reports": 1, "sources": ["Ukrainian Air Force"], "source_type": "official",
            **figures}


@pytest.fixture
def two_periods() -> pd.DataFrame:
    return rows_to_frame([
        night("2025-06-01", total_launched=100, total_destroyed=90, shahed_launched=80, cruise_launched=20,
              oblasts=["Kyiv City"]),
        night("2025-06-02", total_launched=50, total_destroyed=40, shahed_launched=50, oblasts=["Kyiv City"]),
        night("2025-06-03", total_launched=30, killed=2),  # no shot-down figure: out of the rate
        night("2025-07-01", total_launched=300, total_destroyed=270, shahed_launched=270,
              ballistic_launched=30, oblasts=["Lviv Oblast", "Kyiv City"]),
        night("2025-07-03", killed=5),  # an attack night without a launch figure
        night("2025-08-01", total_launched=999, total_destroyed=999),  # in neither period
    ])


def test_totals_add_each_period_s_nights_with_their_coverage(two_periods):
    totals = compare.compare_totals(two_periods, A, B).set_index("figure")
    launched = totals.loc["Weapons launched"]
    assert (launched["a"], launched["b"]) == (180, 300)
    assert launched["a_coverage"] == "figures for 3 of 3 attack nights"
    assert launched["b_coverage"] == "figures for 1 of 2 attack nights"
    assert pd.isna(launched["change"])  # 3 of 3 against 1 of 2: not comparable
    nights = totals.loc["Attack nights"]
    assert (nights["a"], nights["b"], nights["change"]) == (3, 2, -1)
    killed = totals.loc["Killed"]
    # 1 of 3 nights against 1 of 2: shares within charts.COVERAGE_TOLERANCE, so the change shows
    assert (killed["a"], killed["b"], killed["change"]) == (2, 5, 3)
    assert pd.isna(totals.loc["Injured", "a"])  # no night gives it: missing, not zero


def test_rates_family_mix_and_oblasts_per_period(two_periods):
    rates = compare.compare_rates(two_periods, A, B).set_index(["period", "weapons"])
    assert rates.loc[("a", "All weapons"), "rate"] == pytest.approx(130 / 150)
    assert rates.loc[("b", "All weapons"), "rate"] == pytest.approx(0.9)
    everything = rates.loc[("a", "All weapons")]
    assert everything["rate_text"].startswith("86.7% (95% ")
    assert everything["counts"] == "130 shot down of 150 launched"
    assert everything["coverage"] == "rate over 2 nights giving both (of 3 attack nights)"
    assert rates.loc[("a", "Missiles"), "rate_text"] == "no night gives both figures"
    mix = compare.family_mix(two_periods, A, B).set_index("family")
    shahed = mix.loc["Shahed / decoy drones"]
    assert (shahed["a"], shahed["a_share"]) == (130, "87%")
    assert (shahed["a_coverage"], shahed["b_coverage"]) == ("2 of 3 nights", "1 of 2 nights")
    assert (mix.loc["Ballistic missiles", "b"], mix.loc["Ballistic missiles", "b_share"]) == (30, "10%")
    assert pd.isna(mix.loc["Ballistic missiles", "a"]) and mix.loc["Ballistic missiles", "a_share"] == "—"
    oblasts = compare.oblasts_hit(two_periods, A, B).set_index("oblast")
    assert oblasts.loc["Kyiv City"].tolist() == [2, 1]
    assert oblasts.loc["Lviv Oblast"].tolist() == [0, 1]


def test_periods_come_from_the_url_leniently():
    defaults = (A, B)
    a, b = compare.periods_from_params({"a_from": "2025-05-10", "a_to": "2025-05-01", "b_from": "nonsense"},
                                       defaults)
    assert a == compare.Period(dt.date(2025, 5, 1), dt.date(2025, 5, 10))  # reversed: swapped
    assert b == B
    assert compare.to_params(a, b) == {"a_from": "2025-05-01", "a_to": "2025-05-10",
                                       "b_from": "2025-07-01", "b_to": "2025-07-03"}


def test_the_compare_page_shows_the_periods_in_the_url(monkeypatch, empty_store, two_periods):
    monkeypatch.setattr(ui, "attack_source", lambda: (two_periods, "built#1"))
    app = open_page("compare", compare.to_params(A, B) | {"from": "2025-06-02"})
    assert not app.error
    totals = app.dataframe[0].value.set_index("figure")
    assert totals.columns[0] == "a"
    assert (totals.loc["Weapons launched", "a"], totals.loc["Weapons launched", "b"]) == ("180", "300")
    assert totals.loc["Attack nights", "change"] == "-1"
    rates = app.dataframe[1].value.set_index(["period", "weapons"])
    # the rows say "A" or "B" and what the rate rests on without "rate over", so that the table fits a
    # 1280 px wide page; the periods' dates are in the caption
    everything = rates.loc[("A", "All weapons")]
    assert everything["counts"] == "130 shot down of 150 launched"
    assert everything["coverage"] == "2 nights giving both (of 3 attack nights)"
    assert "A: 2025-06-01 → 2025-06-03 · B: " in app.caption[0].value
    assert {key: app.query_params[key] for key in compare.PARAM_KEYS} == compare.to_params(A, B)


def test_the_compare_page_defaults_to_the_last_30_days_against_the_30_before(monkeypatch, empty_store,
                                                                             two_periods):
    monkeypatch.setattr(ui, "attack_source", lambda: (two_periods, "built#1"))
    app = open_page("compare")
    assert app.query_params["b_to"] == "2025-08-01" and app.query_params["b_from"] == "2025-07-03"
    assert app.query_params["a_to"] == "2025-07-02" and app.query_params["a_from"] == "2025-06-03"
    totals = app.dataframe[0].value.set_index("figure")
    assert totals.loc["Weapons launched", "b"] == "999"


def test_shot_down_is_set_against_launched_only_over_the_nights_giving_both():
    # the defect: a year whose nights gave a shot-down figure without a launch figure showed more
    # shot down than launched, each total adding its own nights
    year = compare.Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    frame = rows_to_frame([
        night("2023-03-09", total_launched=81, total_destroyed=34),
        night("2023-05-16", total_launched=27, total_destroyed=27),
        night("2023-10-02", total_destroyed=60),  # shot down given, launched not
    ])
    totals = compare.compare_totals(frame, year, year).set_index("figure")
    # the totals keep their own nights, and say so
    assert (totals.loc["Weapons launched", "a"], totals.loc["Weapons shot down", "a"]) == (108, 121)
    assert totals.loc["Weapons launched", "a_coverage"] == "figures for 2 of 3 attack nights"
    assert totals.loc["Weapons shot down", "a_coverage"] == "figures for 3 of 3 attack nights"
    # the rate sets them against each other over the two nights giving both, and says so
    rates = compare.compare_rates(frame, year, year).set_index(["period", "weapons"])
    everything = rates.loc[("a", "All weapons")]
    assert everything["rate"] == pytest.approx(61 / 108) and everything["rate_text"].startswith("56.5% (95% ")
    assert everything["counts"] == "61 shot down of 108 launched"
    assert everything["coverage"] == "rate over 2 nights giving both (of 3 attack nights)"


def test_the_overview_sets_shot_down_against_launched_over_the_nights_giving_both(monkeypatch, empty_store):
    frame = rows_to_frame([
        night("2025-06-24", total_launched=81, total_destroyed=34),
        night("2025-06-27", total_launched=27, total_destroyed=27),
        night("2025-06-29", total_destroyed=60),  # shot down given, launched not
    ])
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "rates-built#1"))  # its own cached views
    app = open_page("overview")
    assert not app.error
    captions = [caption.value for caption in app.caption]
    line = "Shot down ÷ launched: 56.5%, rate over 2 nights giving both (of 3 attack nights)."
    assert captions.count(line) == 2, captions  # the last 7 days and the last 30
