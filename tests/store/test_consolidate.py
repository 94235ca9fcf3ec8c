"""Consolidation: one row per night, figures by source priority, conflicts kept, corrections last."""

from __future__ import annotations

from datetime import date

import pytest

from salvo import consolidate
from salvo.store import NewReport, StoreError

from .conftest import record

NIGHT = date(2025, 7, 4)


def add(store, name, source_type, published=NIGHT, outlet=None, **figures):
    figures.setdefault("attack_date", NIGHT.isoformat())
    saved = store.save_report(
        NewReport(
            text=None,
            kind="curated",
            external_id=name,
            outlet=outlet or name,
            source_type=source_type,
            published=published,
        ),
        record(**figures),
        "fixture/1",
    )
    return saved.report_id


def night(store, when=NIGHT):
    consolidate.refresh(store)
    return store.get_attack(when)


def test_official_beats_wire_beats_outlet_and_the_disagreement_is_kept(store):
    blog = add(store, "Local blog", "outlet", drones_launched=560, killed=2)
    wire = add(store, "Reuters", "wire", drones_launched=550, injured=14)
    air_force = add(store, "Ukrainian Air Force", "official", drones_launched=539, missiles_launched=11)
    row = night(store)
    assert row["drones_launched"] == 539
    assert row["killed"] == 2 and row["injured"] == 14  # each figure from whoever gives it
    assert row["total_launched"] == 550  # derived: both classes known, no stated total
    assert row["has_conflict"]
    assert {(c["value"], c["report_id"]) for c in row["conflicts"]["drones_launched"]} == {
        (539, air_force),
        (550, wire),
        (560, blog),
    }
    assert "killed" not in row["conflicts"]
    assert row["sources"] == ["Ukrainian Air Force", "Reuters", "Local blog"]
    assert row["source_type"] == "official" and row["n_reports"] == 3


def test_exact_beats_a_bound_and_an_agreeing_bound_is_no_conflict(store):
    add(store, "Outlet A", "outlet", drones_launched=500, bounds={"drones_launched": "lower"})
    add(store, "Outlet B", "outlet", drones_launched=502, published=date(2025, 7, 3))
    row = night(store)
    assert row["drones_launched"] == 502
    assert "drones_launched" not in row["lower_bound_fields"]
    assert not row["has_conflict"]


def test_a_lower_bound_above_the_exact_figure_wins_and_is_a_conflict(store):
    add(store, "Outlet A", "outlet", drones_launched=600, bounds={"drones_launched": "lower"})
    add(store, "Outlet B", "outlet", drones_launched=502)
    row = night(store)
    assert row["drones_launched"] == 600 and "drones_launched" in row["lower_bound_fields"]
    assert [c["value"] for c in row["conflicts"]["drones_launched"]] == [600, 502]  # chosen first
    assert row["choices"]["drones_launched"].startswith("chosen: Outlet A (outlet, lower bound)")
    assert "Outlet B's exact 502" in row["choices"]["drones_launched"]


def test_only_a_bound_is_reported_as_a_lower_bound(store):
    add(store, "Outlet A", "outlet", drones_launched=500, bounds=["drones_launched"])
    row = night(store)
    assert row["drones_launched"] == 500 and row["lower_bound_fields"] == ["drones_launched"]


def test_a_later_report_of_the_same_tier_supersedes_an_earlier_one(store):
    add(store, "Reuters", "wire", published=NIGHT, outlet="Reuters", killed=3)
    add(store, "Reuters update", "wire", published=date(2025, 7, 5), outlet="Reuters", killed=5)
    row = night(store)
    assert row["killed"] == 5
    assert [c["value"] for c in row["conflicts"]["killed"]] == [5, 3]


def test_a_regional_command_is_never_added_to_the_national_figures(store):
    add(
        store,
        "Ukrainian Air Force",
        "official",
        drones_launched=502,
        drones_destroyed=430,
        missiles_launched=24,
        missiles_destroyed=21,
        total_launched=526,
        total_destroyed=451,
        scope="national",
    )
    add(store, "Air Command South", "official", drones_launched=6, drones_destroyed=6, scope="regional")
    add(store, "Wire story", "wire", drones_launched=502)
    row = night(store)
    assert (row["drones_launched"], row["total_launched"]) == (502, 526)
    assert not row["has_conflict"]  # the south's 6 is part of the 502, not a rival figure
    assert "regional_only" not in row["quality_flags"]
    assert row["n_reports"] == 3


def test_a_regional_figure_never_becomes_the_national_figure_of_a_night_no_one_else_counts(store):
    add(store, "Governor", "outlet", killed=1, oblasts=["Odesa Oblast"])
    add(
        store,
        "Air Command South",
        "official",
        drones_launched=41,
        drones_destroyed=41,
        total_launched=41,
        total_destroyed=41,
        scope="regional",
    )
    row = night(store)
    # behaviour changed with issue 14: the region's 41 is kept as the region's, not the night's
    assert row["drones_launched"] is None and row["total_launched"] is None
    assert row["regional_figures"] == {
        "Air Command South": {name: 41 for name in (
            "drones_launched", "drones_destroyed", "total_launched", "total_destroyed")}
    }
    assert row["choices"]["drones_launched"].startswith("no national figure; regional: Air Command South 41")
    assert row["killed"] == 1 and "regional_only" in row["quality_flags"]


def test_only_regional_reports_flag_the_night(store):
    add(store, "Air Command South", "official", drones_launched=41, scope="regional")
    assert "regional_only" in night(store)["quality_flags"]


def test_no_figure_is_invented(store):
    add(store, "Outlet", "outlet", drones_launched=80)  # missiles not counted
    row = night(store)
    assert row["drones_launched"] == 80
    assert row["total_launched"] is None and row["missiles_launched"] is None and row["killed"] is None


def test_quality_flags_catch_impossible_arithmetic(store):
    add(
        store,
        "Ukrainian Air Force",
        "official",
        drones_launched=50,
        drones_destroyed=45,
        total_launched=50,
        total_destroyed=45,
        suppressed=8,
        hit_locations=3,
        missiles_launched=2,
        missiles_destroyed=3,
    )
    flags = night(store)["quality_flags"]
    assert "destroyed+suppressed+hits>launched" in flags
    assert "missiles_destroyed>missiles_launched" in flags
    assert "total_launched!=drones+missiles" in flags


def test_families_come_from_the_weapons_a_report_names(store):
    add(
        store,
        "Ukrainian Air Force",
        "official",
        drones_launched=100,
        missiles_launched=9,
        weapons=[
            {"model": "Shahed-136", "launched": 100, "destroyed": 90},
            {"model": "Kh-101", "launched": 4, "destroyed": 4},
            {"model": "Kalibr", "launched": 2, "destroyed": 1},
            {"name": "Iskander-M", "count": 3},
            {"model": "KAB guided bomb", "launched": 20},
        ],
    )
    row = night(store)
    assert (row["shahed_launched"], row["shahed_destroyed"]) == (100, 90)
    assert (row["cruise_launched"], row["cruise_destroyed"]) == (6, 5)
    assert row["ballistic_launched"] == 3 and row["ballistic_destroyed"] is None
    assert row["guided_launched"] is None  # a guided bomb is not a guided missile
    assert row["models"]["Kh-101"] == {"launched": 4, "destroyed": 4}


def test_oblasts_and_cities_are_the_union_of_the_reports(store):
    add(store, "A", "wire", oblasts=["Kyiv City"], cities=["Kyiv"])
    add(store, "B", "outlet", oblasts=["Lviv Oblast", "Kyiv City"], cities=["Lviv"])
    row = night(store)
    assert row["oblasts"] == ["Kyiv City", "Lviv Oblast"] and row["cities"] == ["Kyiv", "Lviv"]


def test_non_attack_reports_and_undated_reports_make_no_night(store):
    add(store, "Strike on Russia", "wire", is_attack_report=False, drones_launched=70)
    add(store, "Undated", "outlet", attack_date=None, drones_launched=5)
    consolidate.refresh(store)
    assert store.attack_rows() == []


def test_an_attack_correction_is_applied_last_and_survives_new_reports(store):
    add(
        store,
        "Ukrainian Air Force",
        "official",
        drones_launched=539,
        total_launched=550,
        missiles_launched=11,
    )
    night(store)
    consolidate.correct_attack(
        store, NIGHT, "killed", 3, reason="regional administration update", author="ana"
    )
    add(store, "Later outlet", "outlet", killed=2)
    row = night(store)
    assert row["killed"] == 3 and row["corrected_fields"] == ["killed"]
    trail = store.corrections(attack_date=NIGHT)
    assert [(c.field, c.old_value, c.new_value, c.target) for c in trail] == [("killed", None, 3, "attack")]


def test_correcting_a_report_date_moves_it_between_nights(store):
    report = add(store, "Outlet", "outlet", drones_launched=30)
    night(store)
    consolidate.correct_report(
        store, report, "attack_date", "2025-07-05", reason="overnight into Saturday", author="ana"
    )
    assert store.get_attack(NIGHT) is None
    moved = store.get_attack(date(2025, 7, 5))
    assert moved["drones_launched"] == 30 and moved["report_ids"] == [report]


def test_a_corrected_report_figure_is_marked_on_the_night(store):
    report = add(store, "Ukrainian Air Force", "official", drones_launched=539)
    night(store)
    consolidate.correct_report(store, report, "drones_launched", 538, reason="typo", author="ana")
    row = store.get_attack(NIGHT)
    assert row["drones_launched"] == 538 and row["corrected_fields"] == ["drones_launched"]


def test_correcting_a_night_that_does_not_exist_is_refused(store):
    with pytest.raises(StoreError, match="no attack night"):
        consolidate.correct_attack(store, "2024-01-01", "killed", 1, reason="x", author="ana")
    with pytest.raises(StoreError, match="unknown field"):
        add(store, "A", "wire", killed=1)
        night(store)
        consolidate.correct_attack(store, NIGHT, "mood", 1, reason="x", author="ana")


def test_a_report_that_declares_local_scope_is_a_partial_account(store):
    add(store, "City news", "outlet", drones_launched=1, killed=1, scope="local")
    add(store, "Reuters", "wire", drones_launched=90)
    row = night(store)
    assert row["drones_launched"] == 90 and not row["has_conflict"] and row["killed"] == 1


def test_launch_areas_come_from_the_best_source_that_names_any(store):
    add(store, "Ukrainian Air Force", "official", drones_launched=100)  # names no direction
    kursk = {"name": "Kursk", "country": "Russia", "kind": "region", "lat": 51.73, "lon": 36.19}
    add(store, "Reuters", "wire", drones_launched=100, launch_areas=[kursk, "Millerovo", "Kursk"])
    add(store, "Some Outlet", "outlet", drones_launched=100, launch_areas=["Crimea"])
    assert night(store)["launch_areas"] == {
        "Kursk": {"launched": None, "shared": None}, "Millerovo": {"launched": None, "shared": None}}


def test_a_runs_cached_candidates_make_the_same_rows_as_fresh_ones(store):
    """Ingest keeps each report's candidate for its run (consolidate.CandidateCache, the record
    without its evidence): every field of a night's row is the same as fresh candidates make,
    on real extractions of the bench corpus and on a report giving launch areas and debris."""
    from bench.corpus import build_corpus
    from extract import extract_report

    for text, published in build_corpus(32, nights=4):
        store.save_report(NewReport(text=text, published=date.fromisoformat(published)),
                          extract_report(text, published).to_dict(), "extract/test")
    first_night = build_corpus(1, nights=4)[0][1]
    evidence = {"drones_launched": {"sentence": "90 drones", "start": 0, "end": 2, "sentence_start": 0}}
    add(store, "Air Force", "official", attack_date=first_night, drones_launched=90,
        cities=["Kharkiv", "Bilhorod-Dnistrovskyi"], debris_places=["Bilhorod-Dnistrovskyi"],
        launch_areas=[{"name": "Kursk", "launched": 60}, "Bryansk"], evidence=evidence)
    by_night: dict[date, list[dict]] = {}
    for entry in store.effective_records():
        by_night.setdefault(entry["attack_date"], []).append(entry)
    assert len(by_night) >= 3
    cache = consolidate.CandidateCache()
    rows = {}
    for when, entries in by_night.items():
        fresh = [candidate for entry in entries if (candidate := consolidate.candidate_from(entry))]
        expected = consolidate.consolidate_night(when, fresh)
        for _ in range(2):  # made and kept, then taken from the cache
            cached = [candidate for entry in entries if (candidate := cache.candidate(entry))]
            rows[when] = consolidate.consolidate_night(when, cached)
            assert rows[when] == expected
    night_row = rows[date.fromisoformat(first_night)]
    assert night_row["launch_areas"]["Kursk"]["launched"] == 60
    assert night_row["debris_places"] == ["Bilhorod-Dnistrovskyi"]
