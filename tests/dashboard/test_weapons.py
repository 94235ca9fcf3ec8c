"""The Weapons page (issue 18 item 1): families, kinds and models over time, shares, per-kind
rates, on an attack frame built here whose sums are known, and through the page in AppTest."""
from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from salvo.dashboard import charts, weapons
from salvo.dashboard import data as ui
from salvo.sources.official import import_official
from salvo.store import Store
from salvo.table import attack_table, rows_to_frame
from salvo.vocabulary import WEAPON_KINDS, model_kind
from tests.dashboard.test_pages import open_page


def night(day: str, **figures) -> dict:
    return {"attack_date": day, "n_reports": 1, "sources": ["Ukrainian Air Force"], "source_type": "official",
            **figures}


@pytest.fixture
def nights() -> pd.DataFrame:
    return rows_to_frame([
        # the official series' drone row says 60 of the 100 were Shaheds and 5 were jet drones
        night("2025-06-02", shahed_launched=100, shahed_destroyed=90, cruise_launched=10, cruise_destroyed=8,
              models={"Shahed-136/131": {"launched": 100, "destroyed": 90, "shahed_type": 60, "jet": 5,
                                         "jet_destroyed": 4},
                      "X-101/X-555": {"launched": 10, "destroyed": 8}, "KAB": {"launched": 20}}),
        # a statement naming models apart: Gerbera decoys and Shaheds
        night("2025-06-04", shahed_launched=50, shahed_destroyed=40,
              models={"Shahed": {"launched": 30, "destroyed": 25},
                      "Gerbera": {"launched": 20, "destroyed": 15}}),
        night("2025-06-20", total_launched=70),  # no family figure, no models
    ])


def test_models_map_to_kinds_that_split_the_shahed_column():
    assert model_kind("Shahed-136/131") == "shahed"
    assert model_kind("Gerbera") == "decoy"
    assert model_kind("Shahed-238") == "jet"
    assert model_kind("X-101/X-555 and Kalibr") == "cruise"
    assert model_kind("X-59 and Iskander-M") == "other_missile"  # parts of two families: the class only
    assert model_kind("Orlan-10") == "other_drone"
    assert model_kind("KAB") == "bomb"
    assert model_kind("a name nobody uses") is None


def test_a_broken_down_drone_row_gives_strike_drones_decoys_and_jet_drones(nights):
    kinds = weapons.kind_counts(nights).set_index(["attack_date", "kind"])
    first = pd.Timestamp("2025-06-02")
    assert kinds.loc[(first, "shahed"), "launched"] == 60
    assert kinds.loc[(first, "jet"), "launched"] == 5
    assert kinds.loc[(first, "jet"), "destroyed"] == 4
    assert kinds.loc[(first, "decoy"), "launched"] == 35  # 100 - 60 Shaheds - 5 jet drones
    assert pd.isna(kinds.loc[(first, "shahed"), "destroyed"])  # not known apart: never guessed
    second = pd.Timestamp("2025-06-04")
    assert kinds.loc[(second, "decoy"), "launched"] == 20 and kinds.loc[(second, "shahed"), "launched"] == 30


def test_jet_drones_counted_among_the_shaheds_are_not_counted_twice():
    parts = weapons._split("shahed", {"launched": 10, "destroyed": 10, "shahed_type": 10, "jet": 10})
    assert [(kind, launched) for kind, launched, _ in parts] == [("shahed", 0), ("decoy", 0), ("jet", 10)]


def test_shares_are_of_the_launches_in_the_totals(nights):
    table = weapons.kind_table(nights, "W").set_index("kind")  # both nights in the week of 2 June
    counted = 60 + 35 + 5 + 10 + 30 + 20  # guided bombs are in no total
    assert table.loc["shahed", "launched"] == 90
    assert table.loc["shahed", "share"] == pytest.approx(90 / counted)
    assert table.loc["decoy", "share"] == pytest.approx(55 / counted)
    assert np.isnan(table.loc["bomb", "share"]) and table.loc["bomb", "launched"] == 20
    figure = weapons.kind_figure(nights, "W", share=True)
    assert "Guided bombs" not in [trace.name for trace in figure.data]
    assert sum(trace.y[0] for trace in figure.data) == pytest.approx(1.0)
    assert "models named for 2 of 3 attack nights" in figure.layout.title.subtitle.text


def test_family_figure_sums_the_chosen_measure_with_its_coverage(nights):
    launched = weapons.family_figure(nights, "M")
    assert [trace.name for trace in launched.data] == ["Shahed / decoy drones", "Cruise missiles"]
    assert launched.data[0].y[0] == 150
    assert launched.data[0].customdata[0] == "figures for 2 of 3 attack nights"
    assert "family figures for 2 of 3 attack nights" in launched.layout.title.subtitle.text
    not_down = weapons.family_figure(nights, "M", "not_shot_down")
    assert not_down.data[0].y[0] == 20 and not_down.data[1].y[0] == 2


def test_kind_rates_use_the_interception_pages_interval(nights):
    rates = weapons.kind_rates(nights).set_index("kind")
    assert rates.loc["decoy", "launched"] == 20 and rates.loc["decoy", "intercepted"] == 15  # 2 June: unknown
    assert rates.loc["decoy", "rate"] == pytest.approx(0.75)
    low, high = charts.night_interval(np.array([15]), np.array([20]))
    assert (rates.loc["decoy", "low"], rates.loc["decoy", "high"]) == pytest.approx((low, high))
    assert rates.loc["cruise", "nights"] == 1 and rates.loc["cruise", "rate"] == pytest.approx(0.8)
    families = weapons.family_rates(nights).set_index("group")
    assert families.loc["shahed", "rate"] == pytest.approx(130 / 150)


def test_model_summary_and_lines(nights):
    summary = weapons.model_summary(nights).set_index("model")
    assert summary.loc["Shahed-136/131", "launched"] == 100 and summary.loc["Shahed-136/131", "nights"] == 1
    assert summary.loc["KAB", "kind"] == "Guided bombs" and pd.isna(summary.loc["KAB", "destroyed"])
    assert summary.index[0] == "Shahed-136/131"
    lines = weapons.model_figure(nights, "M", top=2)
    assert [trace.name for trace in lines.data] == ["Shahed-136/131", "Shahed"]
    # a model named without a count draws no line (and breaks nothing)
    uncounted = pd.concat([nights, rows_to_frame([night("2025-06-05", models={"FPV": {"launched": None}})])])
    assert "FPV" not in [trace.name for trace in weapons.model_figure(uncounted, "M", top=10).data]
    weekly = weapons.model_figure(nights, "W", top=1).data[0]  # the models' nights: one week
    assert list(weekly.y) == [100.0]
    later = night("2025-06-24", models={"Shahed-136/131": {"launched": 7}})
    sparse = pd.concat([nights, rows_to_frame([later])])
    weekly = weapons.model_figure(sparse, "W", top=1).data[0]
    assert [None if np.isnan(y) else y for y in weekly.y] == [100.0, None, None, 7.0]  # a break, not a slope


def test_every_weapons_builder_copes_with_an_empty_frame():
    empty = rows_to_frame([])
    for build in (weapons.family_figure, weapons.kind_figure, weapons.model_figure, weapons.rates_figure):
        assert len(build(empty).data) == 0
    assert weapons.model_summary(empty).empty and (weapons.kind_rates(empty)["launched"] == 0).all()


def test_the_weapons_page_draws_its_charts_and_tables(monkeypatch, empty_store, nights):
    monkeypatch.setattr(ui, "attack_source", lambda: (nights, "built#1"))
    app = open_page("weapons", {"from": "2025-06-01", "to": "2025-06-03", "period": "M",
                                "measure": "not_shot_down"})
    assert not app.error
    assert app.radio(key="opt_measure").value == "not_shot_down"
    # no night in view counts the weapons that hit: a line says so where their two charts would be
    assert [chart.key for chart in app.get("plotly_chart")] == [
        "weapon_families", "weapon_kinds", "weapon_shares", "weapon_rates", "weapon_models"]
    assert weapons.NO_HITS in [box.value for box in app.info]
    rates = app.dataframe[0].value.set_index("label")
    assert rates.loc["Jet drones", "launched"] == 5 and rates.loc["Jet drones", "intercepted"] == 4
    assert "Decoy drones" not in rates.index  # 2 June's decoys have no shot-down figure
    models = app.dataframe[1].value.set_index("model")
    assert list(models.index) == ["Shahed-136/131", "KAB", "X-101/X-555"]  # the 4 June night is filtered out


def test_thin_coverage_is_said_and_full_coverage_is_not(nights):
    assert weapons.coverage_note(nights) is None  # 2 of 3 nights name models
    sparse = pd.concat([nights, rows_to_frame([night(f"2025-07-{day:02d}", total_launched=10)
                                               for day in range(1, 4)])], ignore_index=True)
    note = weapons.coverage_note(sparse)
    assert note.startswith("Thin coverage: family figures for 2 and counted models for 2 of the 6 attack")


def test_models_named_without_a_count_do_not_hide_thin_coverage(nights):
    # the shipped data names "Shahed" with no count on many nights: they add nothing to any sum, and
    # once hid the warning that the family chart sums 14 of 73 nights
    named_only = rows_to_frame([night(f"2025-07-{day:02d}", total_launched=10,
                                      models={"Shahed": {"launched": None, "destroyed": None}})
                                for day in range(1, 5)])
    note = weapons.coverage_note(pd.concat([nights, named_only], ignore_index=True))
    assert note is not None and "counted models for 2 of the 7 attack nights" in note


SERIES_FIXTURES = Path(__file__).parent.parent / "store" / "fixtures"


@pytest.fixture
def series_store_frame(tmp_path: Path) -> pd.DataFrame:
    """The attack table of a small store holding the importer's fixture series (a few nights of
    March 2025, with its drone rows' Shahed breakdown), as the page reads it."""
    store = Store(f"sqlite:///{tmp_path / 'series.sqlite'}")
    try:
        assert import_official(store, SERIES_FIXTURES / "official_daily.csv",
                               SERIES_FIXTURES / "weapons.csv").failed == []
        return attack_table(store)
    finally:
        store.close()


def test_the_pages_numbers_on_a_small_store_are_pinned(series_store_frame):
    """The numbers the Weapons page's charts and tables draw, on a store: the same before and after
    the page's tables were built once a view instead of once a chart."""
    frame = series_store_frame
    kinds = weapons.kind_table(frame, "W").set_index(["period", "kind"])
    first, second = pd.Timestamp("2025-02-24"), pd.Timestamp("2025-03-03")
    # 2 March: 80 drones, 50 of them Shahed-type, so 30 decoys; 96 launched in the totals (no bombs)
    assert kinds.loc[(first, "shahed"), ["launched", "kind_nights", "nights"]].tolist() == [50, 1, 1]
    assert kinds.loc[(first, "decoy"), "launched"] == 30
    assert kinds.loc[(first, "decoy"), "share"] == pytest.approx(30 / 96)
    assert pd.isna(kinds.loc[(first, "bomb"), "share"]) and kinds.loc[(first, "bomb"), "launched"] == 5
    assert kinds.loc[(second, "shahed"), ["launched", "kind_nights", "nights"]].tolist() == [50, 2, 3]
    assert kinds.loc[(second, "shahed"), "share"] == pytest.approx(50 / 72)
    rates = weapons.kind_rates(frame).set_index("kind")
    assert rates.loc["cruise", ["nights", "launched", "intercepted"]].tolist() == [1, 10, 8]
    assert rates.loc["ballistic", ["nights", "launched", "intercepted"]].tolist() == [2, 6, 0]
    assert rates.loc["shahed", ["nights", "launched", "intercepted"]].tolist() == [1, 20, 20]
    assert rates.loc["cruise", "low"] == pytest.approx(0.4901625, abs=1e-7)
    assert rates.loc["decoy", "nights"] == 0  # the decoys' shot-down figure is never told apart
    models = weapons.model_summary(frame).set_index("model")
    assert list(models.index[:2]) == ["Shahed-136/131", "X-101/X-555 and Kalibr"]
    assert models.loc["Shahed-136/131", ["nights", "launched", "destroyed"]].tolist() == [3, 145, 120]
    assert pd.isna(models.loc["X-59/X-69", "destroyed"]) and models.loc["X-59/X-69", "destroyed_nights"] == 0
    families = weapons.family_table(frame, "W", "not_shot_down")
    assert families.loc[first, ["shahed", "cruise", "ballistic"]].tolist() == [20, 2, 4]
    assert families.loc[second, "shahed"] == 5 and families.loc[second, "shahed_nights"] == 2
    drawn = {trace.name: list(trace.y) for trace in weapons.kind_figure(frame, "W").data}
    assert drawn[WEAPON_KINDS["decoy"]] == [30.0, 15.0]
    lines = {trace.name: list(trace.y) for trace in weapons.model_figure(frame, "W").data}
    assert lines["Shahed-136/131"] == [80.0, 65.0]


def test_a_views_tables_are_built_once_and_never_handed_to_another_frame(nights):
    assert weapons.kind_counts(nights) is weapons.kind_counts(nights)  # the charts of one view share it
    assert weapons.kind_table(nights, "W") is weapons.kind_table(nights, "W")
    assert weapons.kind_table(nights, "M") is not weapons.kind_table(nights, "W")
    first_night = nights.iloc[:1]  # another view: its own tables, never the first one's
    assert weapons.kind_counts(first_night)["attack_date"].nunique() == 1
    assert weapons.kind_counts(nights)["attack_date"].nunique() == 2
    assert weapons.model_counts(nights.copy()).equals(weapons.model_counts(nights))
    before = len(weapons._DERIVED)
    weapons.model_counts(nights.copy())  # a frame gone takes its tables with it
    gc.collect()
    assert len(weapons._DERIVED) == before


def test_naming_a_model_does_not_build_the_extractors_weapon_grammar():
    """The Weapons page classes each model name on its first open; on a page-only server that must
    not pay for the extractor's whole weapon grammar (about 0.1 s of compiling), only for the
    models' own spellings. In a fresh process, as a new server is."""
    import subprocess
    import sys

    probe = (
        "from salvo.vocabulary import model_kind; import extract.weapons as w; "
        "print(model_kind('Shahed-136'), model_kind('X-101/X-555'), model_kind('Гербера'), "
        "w.grammar.cache_info().currsize, w.model_patterns.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert out == ["shahed", "cruise", "decoy", "0", "2"]
