"""Hits by class and family on the night (issue 18 item 1): the weapons a source tells as having hit
(the record's ``hits_by_class``) chosen like the other weapon counts: source tier, exact before a
bound, regional accounts kept apart, every disagreement listed, a missing figure never a zero."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from salvo import consolidate, export, table
from salvo.sources.official import import_official
from salvo.store import HIT_FIELDS, bound_figures

from .test_consolidate import NIGHT, add, night

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_official_statements_hits_win_and_an_outlets_other_count_is_a_conflict(store):
    outlet = add(store, "Kyiv news", "outlet", drones_launched=130, hits_by_class={"drone": 19})
    air_force = add(store, "Ukrainian Air Force", "official", drones_launched=128, missiles_launched=6,
                    hits_by_class={"drone": 17, "missile": 4})
    row = night(store)
    assert (row["drones_hit"], row["missiles_hit"]) == (17, 4)
    assert row["total_hit"] == 21  # both classes known, no stated total: derived, and said so
    assert row["choices"]["total_hit"] == "derived: drones + missiles (17 + 4)"
    assert row["choices"]["drones_hit"] == (
        "chosen: Ukrainian Air Force (official, exact), an official source before an outlet; "
        "also: Kyiv news 19")
    assert "drones_hit" in row["conflict_fields"] and "missiles_hit" not in row["conflict_fields"]
    assert [(c["value"], c["report_id"]) for c in row["conflicts"]["drones_hit"]] == [
        (17, air_force), (19, outlet)]


def test_a_night_no_source_tells_hits_of_has_none_never_zero(store):
    add(store, "Wire", "wire", drones_launched=90, drones_destroyed=80)
    row = night(store)
    assert all(row[name] is None for name in HIT_FIELDS)
    assert not any(name in row["choices"] for name in HIT_FIELDS)


def test_one_class_told_leaves_the_other_and_the_total_missing(store):
    add(store, "Wire", "wire", drones_launched=90, hits_by_class={"drone": 6})
    row = night(store)
    assert row["drones_hit"] == 6
    assert row["missiles_hit"] is None and row["total_hit"] is None  # nothing summed from a missing class


def test_a_count_of_both_classes_is_the_nights_total_hits(store):
    add(store, "Wire", "wire", total_launched=70, hits_by_class={"total": 14})
    row = night(store)
    assert row["total_hit"] == 14 and row["drones_hit"] is None and row["missiles_hit"] is None
    assert row["choices"]["total_hit"] == "chosen: Wire (wire, exact)"


def test_a_family_given_by_the_source_is_carried_to_its_column(store):
    add(store, "Ukrainian Air Force", "official", missiles_launched=8,
        hits_by_class={"missile": 3, "ballistic": 2})
    add(store, "Wire", "wire", published=date(2025, 7, 5), cruise_hit=1)  # a family column stated directly
    row = night(store)
    assert (row["missiles_hit"], row["ballistic_hit"], row["cruise_hit"]) == (3, 2, 1)
    assert row["shahed_hit"] is None


def test_an_exact_count_beats_a_bound_and_a_bound_stays_a_bound(store):
    add(store, "Outlet A", "outlet", hits_by_class={"drone": 10}, bounds={"drones_hit": "lower"})
    add(store, "Outlet B", "outlet", published=date(2025, 7, 3), hits_by_class={"drone": 12})
    row = night(store)
    assert row["drones_hit"] == 12 and "drones_hit" not in row["lower_bound_fields"]
    assert "drones_hit" not in row["conflict_fields"]  # "at least 10" agrees with 12


def test_only_a_bound_gives_a_lower_bound_and_a_larger_bound_contradicts_an_exact_count(store):
    add(store, "Outlet A", "outlet", hits_by_class={"missile": 9}, bounds={"missiles_hit": "lower"})
    add(store, "Outlet B", "outlet", published=date(2025, 7, 3), hits_by_class={"missile": 5})
    row = night(store)
    assert row["missiles_hit"] == 9 and "missiles_hit" in row["lower_bound_fields"]
    assert [c["value"] for c in row["conflicts"]["missiles_hit"]] == [9, 5]
    assert "Outlet B's exact 5" in row["choices"]["missiles_hit"]


def test_a_regional_commands_hits_are_the_regions_never_the_nights(store):
    add(store, "Ukrainian Air Force", "official", drones_launched=120, hits_by_class={"drone": 11})
    add(store, "Air Command South", "official", scope="regional", oblasts=["Odesa Oblast"],
        drones_destroyed=30, hits_by_class={"drone": 4})
    row = night(store)
    assert row["drones_hit"] == 11 and "drones_hit" not in row["conflict_fields"]
    assert row["regional_figures"]["Odesa Oblast"]["drones_hit"] == 4
    assert "regional: Odesa Oblast 4" in row["choices"]["drones_hit"]


def test_hits_follow_the_scope_of_their_records_launch_counts(store):
    # a governor's tally: the drones were counted over one region, so the hits are that region's
    add(store, "Kharkiv news", "outlet", drones_destroyed=9, hits_by_class={"drone": 3},
        scopes={"drones_destroyed": {"scope": "regional", "place": "Kharkiv Oblast"}})
    row = night(store)
    assert row["drones_hit"] is None
    assert row["regional_figures"]["Kharkiv Oblast"] == {"drones_destroyed": 9, "drones_hit": 3}
    assert "told with the record's counts of Kharkiv Oblast" in row["choices"]["drones_hit"]


def test_a_national_records_hits_stay_national_beside_one_regional_count(store):
    add(store, "Wire", "wire", drones_launched=150, drones_destroyed=12, hits_by_class={"drone": 8},
        scopes={"drones_destroyed": {"scope": "regional", "place": "Kyiv Oblast"}})
    row = night(store)
    assert row["drones_hit"] == 8 and row["drones_launched"] == 150


def test_an_implausible_hit_count_is_set_aside(store):
    add(store, "Outlet", "outlet", drones_launched=50, hits_by_class={"drone": 400_000})
    row = night(store)
    assert row["drones_hit"] is None
    assert "set aside as implausible" in row["choices"]["drones_hit"]


def test_every_entrance_bounds_a_hit_count_with_a_note():
    bounded = bound_figures({"hits_by_class": {"drone": 7, "missile": -3}, "total_hit": 1e9})
    assert bounded["hits_by_class"] == {"drone": 7, "missile": None} and bounded["total_hit"] is None
    assert len(bounded["uncertain"]) == 2


def test_more_hits_than_launches_is_flagged_unless_the_launches_are_a_bound(store):
    add(store, "Outlet", "outlet", drones_launched=20, hits_by_class={"drone": 25})
    assert "drones_hit>drones_launched" in night(store)["quality_flags"]


def test_more_hits_than_a_bound_of_launches_is_no_impossibility(store):
    add(store, "Outlet", "outlet", drones_launched=20, hits_by_class={"drone": 25},
        bounds={"drones_launched": "lower"})
    assert "drones_hit>drones_launched" not in night(store)["quality_flags"]


def test_an_analyst_corrects_the_nights_hits_last(store):
    add(store, "Wire", "wire", drones_launched=90, hits_by_class={"drone": 6})
    night(store)
    consolidate.correct_attack(store, NIGHT, "drones_hit", 7, reason="statement revised", author="ana")
    row = store.get_attack(NIGHT)
    assert row["drones_hit"] == 7 and "drones_hit" in row["corrected_fields"]
    assert row["choices"]["drones_hit"].startswith("corrected by ana (statement revised)")


def test_a_store_of_the_rules_before_hits_gains_them_on_the_upgrade(store):
    add(store, "Wire", "wire", drones_launched=90, hits_by_class={"drone": 6, "missile": 1})
    stale = {"attack_date": NIGHT.isoformat(), "drones_launched": 90, "report_ids": []}  # rules 5: no hits
    store.replace_attacks({NIGHT: (stale, [])}, None)
    store.set_counter(consolidate.RULES_COUNTER, 5)
    assert consolidate.RULES_VERSION > 5
    assert consolidate.ensure_current_rules(store)
    row = store.get_attack(NIGHT)
    assert (row["drones_hit"], row["missiles_hit"], row["total_hit"]) == (6, 1, 7)
    assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION


def test_the_official_dataset_counts_locations_hit_not_weapons_so_gives_no_hits(store):
    import_official(store, FIXTURES / "official_daily.csv", FIXTURES / "weapons.csv")
    row = store.get_attack(date(2025, 3, 2))
    assert row["hit_locations"] == 4  # its num_hit_location: places, not weapons
    assert all(row[name] is None for name in HIT_FIELDS)


def test_the_frame_carries_hits_as_whole_numbers_and_missing_as_na(store):
    add(store, "Ukrainian Air Force", "official", drones_launched=128,
        hits_by_class={"drone": 17, "missile": 4})
    later = date(2025, 7, 6)
    add(store, "Wire", "wire", published=later, attack_date=later.isoformat(), drones_launched=40)
    consolidate.refresh(store)
    frame = table.attack_table(store).set_index("attack_date")
    assert [str(frame[name].dtype) for name in HIT_FIELDS] == ["Int64"] * len(HIT_FIELDS)
    assert list(frame.columns).index("drones_hit") > list(frame.columns).index("guided_destroyed")
    assert frame.loc["2025-07-04", ["drones_hit", "missiles_hit", "total_hit"]].tolist() == [17, 4, 21]
    assert frame.loc["2025-07-06", ["drones_hit", "missiles_hit", "total_hit"]].isna().all()
    assert frame.loc["2025-07-04", "shahed_hit"] is pd.NA


@pytest.mark.parametrize("fmt", export.EXPORT_FORMATS)
def test_exports_carry_the_hit_columns_and_say_what_they_hold(store, tmp_path, fmt):
    add(store, "Ukrainian Air Force", "official", drones_launched=128, hits_by_class={"drone": 17})
    consolidate.refresh(store)
    frame = table.export_frame(store)
    metadata = export.export_metadata(frame, "all nights", 3)
    path = export.write_export(frame, fmt, tmp_path / f"out.{fmt}", metadata)
    back = {"csv": pd.read_csv, "xlsx": pd.read_excel, "parquet": pd.read_parquet}[fmt](path)
    assert int(back.loc[0, "drones_hit"]) == 17
    assert pd.isna(back.loc[0, "missiles_hit"]) and pd.isna(back.loc[0, "total_hit"])  # empty, not 0
    about = dict(zip(metadata["item"], metadata["value"], strict=True))
    described = next(value for item, value in about.items() if "drones_hit" in item)
    assert "hit_locations counts places" in described and "official dataset never does" in described
