"""Issue 14's consolidation rules: bound vs exact, national vs regional, regional only, absurd
figures, casualty tallies, and the explanation of every choice — in the store and end to end
through `python -m salvo ingest` and `python -m salvo export`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from salvo import consolidate, night_places

from .test_consolidate import NIGHT, add, night

PROJECT = Path(__file__).resolve().parents[2]


def test_casualties_take_the_highest_count_of_the_official_and_wire_sources(store):
    add(store, "Regional administration", "official", published=NIGHT, killed=3, injured=20)
    add(store, "Reuters", "wire", published=date(2025, 7, 3), killed=7, injured=18)
    add(store, "Local blog", "outlet", killed=40)  # an outlet's count does not beat the sourced ones
    row = night(store)
    assert (row["killed"], row["injured"]) == (7, 20)
    assert [c["value"] for c in row["conflicts"]["killed"]] == [7, 3, 40]  # chosen first, all kept
    assert row["choices"]["killed"].startswith("chosen: Reuters (wire, exact), highest count")
    assert "also: Regional administration 3, Local blog 40" in row["choices"]["killed"]


def test_outlets_casualty_counts_count_when_no_official_or_wire_source_gives_one(store):
    add(store, "Outlet A", "outlet", killed=2)
    add(store, "Outlet B", "outlet", published=date(2025, 7, 3), killed=5)
    assert night(store)["killed"] == 5


def test_a_later_regional_story_never_replaces_the_national_statement(store):
    add(store, "Kyiv Independent", "outlet", published=NIGHT, drones_launched=125, drones_destroyed=104)
    add(
        store, "Odesa news", "outlet", published=date(2025, 7, 5), drones_destroyed=12,
        scopes={"drones_destroyed": {"scope": "regional", "place": "Odesa Oblast"}},
    )
    row = night(store)
    assert (row["drones_launched"], row["drones_destroyed"]) == (125, 104)
    assert row["regional_figures"] == {"Odesa Oblast": {"drones_destroyed": 12}}
    assert not row["has_conflict"] and "regional_only" not in row["quality_flags"]
    assert "regional: Odesa Oblast 12 (Odesa news: the report says regional; not national)" in (
        row["choices"]["drones_destroyed"]
    )


def test_a_figure_declared_national_stays_national_whatever_its_sentence(store):
    add(store, "Outlet", "outlet", drones_launched=2, oblasts=["Sumy Oblast"],
        scopes={"drones_launched": "national"})
    row = night(store)
    assert row["drones_launched"] == 2 and row["regional_figures"] == {}


def test_a_figure_read_next_to_a_place_is_that_places(store):
    sentence = "Air defence shot down 12 drones over the Odesa region, the governor said."
    start = sentence.index("12")
    evidence = {
        "drones_destroyed": {"start": 100 + start, "end": 100 + start + 2, "sentence_start": 100,
                             "sentence_end": 100 + len(sentence), "sentence": sentence, "text": "12"},
    }
    add(store, "Wire", "wire", drones_destroyed=12, evidence=evidence)
    row = night(store)
    assert row["drones_destroyed"] is None
    assert row["regional_figures"] == {"Odesa Oblast": {"drones_destroyed": 12}}


def test_a_place_in_another_clause_does_not_make_a_figure_regional(store):
    sentence = "Air defence destroyed 15 drones overnight, about 10 of them over the Kyiv region."
    start = sentence.index("15")
    evidence = {
        "drones_destroyed": {"start": start, "end": start + 2, "sentence_start": 0,
                             "sentence_end": len(sentence), "sentence": sentence, "text": "15"},
    }
    add(store, "Wire", "wire", drones_destroyed=15, evidence=evidence)
    row = night(store)
    assert row["drones_destroyed"] == 15 and row["regional_figures"] == {}


def test_a_one_place_strike_story_without_statement_evidence_counts_that_place(store):
    # the shipped dataset's "1 drone launched" nights: a strike on one city, no statement behind it
    add(store, "City outlet", "outlet", drones_launched=1, total_launched=1, injured=10,
        oblasts=["Kharkiv Oblast"], cities=["Kharkiv"])
    row = night(store)
    assert row["drones_launched"] is None and row["total_launched"] is None
    assert row["regional_figures"] == {"Kharkiv Oblast": {"drones_launched": 1, "total_launched": 1}}
    assert row["injured"] == 10 and "regional_only" in row["quality_flags"]


def test_a_large_count_or_an_official_statement_is_not_a_single_strike(store):
    add(store, "Outlet", "outlet", drones_launched=40, oblasts=["Kharkiv Oblast"])
    add(store, "Air Force", "official", missiles_launched=2, oblasts=["Sumy Oblast"])
    row = night(store)
    assert (row["drones_launched"], row["missiles_launched"]) == (40, 2)


def test_an_implausible_figure_is_set_aside_and_named(store):
    add(store, "Outlet", "outlet", drones_launched=9_999_999, drones_destroyed=80)
    add(store, "Wire", "wire", drones_launched=90)
    row = night(store)
    assert row["drones_launched"] == 90 and not row["has_conflict"]
    aside = "set aside as implausible (above 100,000): 9999999 from Outlet"
    assert aside in row["choices"]["drones_launched"]


def test_hits_above_launched_are_flagged(store):
    add(store, "Outlet", "outlet", total_launched=10, hit_locations=14)
    assert "hit_locations>total_launched" in night(store)["quality_flags"]


def test_a_correction_explains_itself_and_keeps_the_sources_account(store):
    add(store, "Air Force", "official", drones_launched=100)
    night(store)
    consolidate.correct_attack(store, NIGHT, "drones_launched", 110, reason="statement revised", author="ana")
    choice = store.get_attack(NIGHT)["choices"]["drones_launched"]
    assert choice == "corrected by ana (statement revised); sources: chosen: Air Force (official, exact)"


def test_a_combined_shot_down_or_suppressed_figure_is_carried_to_the_night(store):
    add(store, "Air Force", "official", drones_launched=120, drones_destroyed=100, missiles_launched=2,
        missiles_destroyed=1, combined_fields=["drones_destroyed"])
    row = night(store)
    assert row["combined_fields"] == ["drones_destroyed", "total_destroyed"]


REPORTS = {
    "national.txt": "Russia launched 125 drones at Ukraine overnight on 3 March 2026, the Air Force "
    "said. Air defence shot down 104 of them.\n",
    "odesa.txt": "Air defence forces shot down 12 drones over the Odesa region overnight on 3 March "
    "2026, the regional governor said.\n",
    "kharkiv.txt": "Air defence forces shot down nine drones over the Kharkiv region overnight on 5 "
    "March 2026, the regional governor said.\n",
    "toll_first.txt": "Three people were killed when a Russian missile struck Ternopil overnight on 19 "
    "November 2025, officials said.\n",
    "toll_later.txt": "At least 21 people were killed after Russian missiles hit apartment blocks in "
    "Ternopil overnight on 19 November 2025.\n",
    "absurd.txt": "Russia launched 9999999 drones at Ukraine overnight on 7 March 2026, the Air Force "
    "said.\n",
}


def salvo(*args: str, database: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SALVO_DATABASE_URL": database}
    return subprocess.run(
        [sys.executable, "-m", "salvo", "-q", *args], cwd=PROJECT, env=env, capture_output=True,
        text=True, timeout=600,
    )


def test_the_four_cases_hold_through_the_cli_ingest_and_export(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    ingest = salvo("ingest", str(folder), database=database)
    assert ingest.returncode in (0, 1), ingest.stderr  # the absurd report may be refused at the door
    export = salvo("export", "-o", str(tmp_path / "out.csv"), database=database)
    assert export.returncode == 0, export.stderr
    table = pd.read_csv(tmp_path / "out.csv", dtype={"attack_date": str}).set_index("attack_date")

    def choices(night: str) -> dict[str, str]:
        return json.loads(table.loc[night, "choices"])

    # bound vs exact: "at least 21" beats another source's exact "three", and the conflict shows
    assert table.loc["2025-11-19", "killed"] == 21
    assert "killed" in table.loc["2025-11-19", "lower_bound_fields"]
    assert "killed" in table.loc["2025-11-19", "conflict_fields"]
    assert json.loads(table.loc["2025-11-19", "conflicts"])["killed"][0]["value"] == 21
    assert "a lower bound above" in choices("2025-11-19")["killed"]
    # national vs regional: the governor's 12 over Odesa is Odesa's, the night keeps 125 / 104
    assert table.loc["2026-03-03", ["drones_launched", "drones_destroyed"]].tolist() == [125, 104]
    assert json.loads(table.loc["2026-03-03", "regional_figures"]) == {
        "Odesa Oblast": {"drones_destroyed": 12, "total_destroyed": 12}
    }
    assert choices("2026-03-03")["drones_destroyed"].startswith("chosen: ")
    assert "regional: Odesa Oblast 12" in choices("2026-03-03")["drones_destroyed"]
    # regional only: nine over Kharkiv is no national shot-down figure
    assert pd.isna(table.loc["2026-03-05", "drones_destroyed"])
    assert "regional_only" in table.loc["2026-03-05", "quality_flags"]
    assert json.loads(table.loc["2026-03-05", "regional_figures"]) == {
        "Kharkiv Oblast": {"drones_destroyed": 9, "total_destroyed": 9}
    }
    # absurd figure: never a value of the table; if the report got in, the night says why it is empty
    numbers = table.select_dtypes("number")
    assert (numbers.fillna(0) <= consolidate.PLAUSIBLE_MAX).all().all()
    if "2026-03-07" in table.index:
        assert pd.isna(table.loc["2026-03-07", "drones_launched"])
        assert "implausible" in choices("2026-03-07")["drones_launched"]


def test_rows_made_by_older_rules_are_consolidated_again_once(store):
    add(store, "Wire", "wire", drones_launched=90)
    stale = {"attack_date": NIGHT.isoformat(), "drones_launched": 12, "report_ids": []}  # older rules
    store.replace_attacks({NIGHT: (stale, [])}, None)
    assert consolidate.ensure_current_rules(store)
    row = store.get_attack(NIGHT)
    assert row["drones_launched"] == 90 and row["choices"]["drones_launched"].startswith("chosen: Wire")
    assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION
    assert not consolidate.ensure_current_rules(store)  # already current: nothing rebuilt


def test_a_new_store_records_the_rules_its_first_rows_are_made_by(store):
    """So the dashboard's first start on a store the CLI filled rebuilds nothing."""
    assert store.counter(consolidate.RULES_COUNTER) is None
    add(store, "Wire", "wire", drones_launched=90)
    consolidate.refresh(store, {NIGHT})  # as an ingest batch does
    assert store.get_attack(NIGHT)["drones_launched"] == 90
    assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION
    assert not consolidate.ensure_current_rules(store)


def test_new_nights_in_a_store_of_older_rules_bring_every_night_to_the_current_rules(store):
    add(store, "Wire", "wire", drones_launched=90)
    stale = {"attack_date": NIGHT.isoformat(), "drones_launched": 12, "report_ids": []}  # older rules
    store.replace_attacks({NIGHT: (stale, [])}, None)
    store.set_counter(consolidate.RULES_COUNTER, consolidate.RULES_VERSION - 1)
    later = date(NIGHT.year, NIGHT.month, NIGHT.day + 2)
    add(store, "Outlet", "outlet", published=later, attack_date=later.isoformat(), drones_launched=40)
    consolidate.refresh(store, {later})  # an ingest batch of the later night only
    assert store.get_attack(later)["drones_launched"] == 40
    assert store.get_attack(NIGHT)["drones_launched"] == 90  # the old night too, not only the new one
    assert store.counter(consolidate.RULES_COUNTER) == consolidate.RULES_VERSION


def test_more_shot_down_than_a_lower_bound_of_launches_is_no_impossibility(store):
    add(store, "Outlet", "outlet", total_launched=300, total_destroyed=342, hit_locations=11,
        bounds={"total_launched": "lower"})
    flags = night(store)["quality_flags"]
    assert not {"total_destroyed>total_launched", "hit_locations>total_launched"} & set(flags)
    assert "destroyed+suppressed+hits>launched" not in flags


def test_more_shot_down_than_an_exact_launch_figure_is_flagged(store):
    add(store, "Outlet", "outlet", total_launched=300, total_destroyed=342)
    assert "total_destroyed>total_launched" in night(store)["quality_flags"]


def test_a_place_is_debris_only_when_no_report_tells_of_a_hit_there(store):
    add(store, "Regional administration", "official", drones_launched=40, cities=["Bucha", "Kyiv"],
        oblasts=["Kyiv Oblast", "Kyiv City"], debris_places=["Bucha", "Kyiv Oblast"])
    add(store, "Local news", "outlet", cities=["Irpin"], oblasts=["Kyiv Oblast"])  # a hit in the oblast
    add(store, "Wire", "wire", cities=["Kharkiv"], oblasts=["Kharkiv Oblast"],
        debris_places=["Kharkiv", "Kharkiv Oblast"])
    row = night(store)
    assert row["debris_places"] == ["Bucha", "Kharkiv", "Kharkiv Oblast"]
    assert {"Bucha", "Kyiv", "Irpin", "Kharkiv"} <= set(row["cities"])  # debris or not, all places
    add(store, "Kharkiv outlet", "outlet", cities=["Kharkiv"], oblasts=["Kharkiv Oblast"])  # a hit told
    assert night(store)["debris_places"] == ["Bucha"]


def test_the_attack_table_carries_the_nights_debris_places(store):
    from salvo import table

    add(store, "Wire", "wire", drones_launched=40, cities=["Lviv"], oblasts=["Lviv Oblast"],
        debris_places=["Lviv", "Lviv Oblast"])
    consolidate.refresh(store)
    frame = table.attack_table(store)
    assert list(frame["debris_places"]) == [["Lviv", "Lviv Oblast"]]


def test_a_nights_casualties_per_place_come_apart_from_its_national_total(store):
    from salvo import table
    from salvo.dashboard import maps

    add(store, "Ukrainian Air Force", "official", drones_launched=300, killed=5, injured=27,
        oblasts=["Kyiv City", "Odesa Oblast", "Sumy Oblast"])
    add(store, "Reuters", "wire", published=date(2025, 7, 5), killed=5, injured=27,
        cities=["Kyiv", "Odesa"], oblasts=["Kyiv City", "Odesa Oblast", "Sumy Oblast"],
        casualties_by_place={"Kyiv": {"killed": 2, "injured": 23}, "Odesa": {"killed": 3, "injured": 4}})
    row = night(store)
    assert (row["killed"], row["injured"]) == (5, 27)  # the national total stays the night's
    assert row["casualties_by_place"] == {
        "Kyiv": {"oblast": "Kyiv City", "killed": 2, "injured": 23},
        "Odesa": {"oblast": "Odesa Oblast", "killed": 3, "injured": 4},
    }
    assert row["choices"]["injured:Kyiv"] == "chosen: Reuters (wire)"
    frame = table.attack_table(store)
    assert frame.loc[0, "casualties_by_place"]["Odesa"]["killed"] == 3
    oblasts = maps.oblast_impact(frame).set_index("name")
    assert (oblasts.loc["Kyiv City", "killed"], oblasts.loc["Kyiv City", "injured"]) == (2, 23)
    assert (oblasts.loc["Odesa Oblast", "killed"], oblasts.loc["Odesa Oblast", "injured"]) == (3, 4)
    # Sumy was named, but no report ties a casualty to it: never the national 5 and 27
    assert pd.isna(oblasts.loc["Sumy Oblast", "killed"]) and pd.isna(oblasts.loc["Sumy Oblast", "injured"])
    assert oblasts.loc["Sumy Oblast", "unplaced_nights"] == 1
    assert oblasts.loc["Kyiv City", "unplaced_nights"] == 0


def test_a_places_casualties_take_the_highest_later_sourced_count(store):
    add(store, "Odesa regional administration", "official", published=NIGHT, killed=1, injured=5,
        cities=["Odesa"], oblasts=["Odesa Oblast"],
        casualties_by_place={"Odesa": {"killed": 1, "injured": 5}})
    add(store, "Wire", "wire", published=date(2025, 7, 5), killed=2, injured=9,
        cities=["Odesa"], oblasts=["Odesa Oblast"],
        casualties_by_place={"Odesa": {"killed": 2, "injured": 9}})
    add(store, "Local blog", "outlet", published=date(2025, 7, 6), cities=["Odesa"], oblasts=["Odesa Oblast"],
        casualties_by_place={"Odesa": {"killed": 40}})  # an outlet's count does not beat the sourced ones
    row = night(store)
    assert row["casualties_by_place"] == {"Odesa": {"oblast": "Odesa Oblast", "killed": 2, "injured": 9}}
    assert row["choices"]["killed:Odesa"] == (
        "chosen: Wire (wire), highest count of the official and wire sources; "
        "also: Odesa regional administration 1, Local blog 40"
    )
    assert row["choices"]["injured:Odesa"].startswith("chosen: Wire (wire), highest count")


def test_per_place_casualties_set_an_absurd_or_unreadable_figure_aside(store):
    add(store, "Wire", "wire", cities=["Odesa"], oblasts=["Odesa Oblast"],
        casualties_by_place={"Odesa": {"killed": 9_999_999, "injured": "many"}, "Lviv": "two"})
    assert night(store)["casualties_by_place"] == {}


def test_a_town_of_a_common_name_takes_the_oblast_its_record_names():
    from extract.places import gazetteer

    towns = gazetteer().cities_named("Mykolaivka")
    assert len({town.oblast for town in towns}) >= 2  # towns of that name in several oblasts
    other = towns[-1].oblast
    assert night_places.place_oblast("Mykolaivka", {"cities": ["Mykolaivka"], "oblasts": [other]}) == other
    assert night_places.place_oblast("Kyiv", {"cities": ["Kyiv"], "oblasts": ["Kyiv City"]}) == "Kyiv City"
    assert night_places.place_oblast("Kyiv Oblast", {"oblasts": ["Kyiv Oblast"]}) == "Kyiv Oblast"
    assert night_places.place_oblast("Nowhere-on-the-map", {}) is None


def test_of_two_lower_bounds_the_larger_wins_whichever_came_later(store):
    # "at least 29 killed" and a later "at least 16 killed" (the night of 29 December 2023 in the
    # shipped data): both hold only if at least 29 died, so the night says 29 or more.
    add(store, "Kyiv Post", "outlet", published=date(2025, 7, 4), killed=29, bounds={"killed": "lower"})
    add(store, "Hromadske", "outlet", published=date(2025, 7, 5), killed=16, drones_launched=40,
        bounds={"killed": "lower", "drones_launched": "lower"})
    add(store, "Novoe Vremya", "outlet", published=date(2025, 7, 4), drones_launched=50,
        bounds={"drones_launched": "lower"})
    row = night(store)
    assert (row["killed"], row["drones_launched"]) == (29, 50)
    assert {"killed", "drones_launched"} <= set(row["lower_bound_fields"])
    assert row["choices"]["killed"].startswith(
        "chosen: Kyiv Post (outlet, lower bound), the largest lower bound (above Hromadske's 16 or more)"
    )
    assert not row["has_conflict"]  # bounds that both hold do not disagree


def test_every_choice_between_disagreeing_sources_says_which_rank_decided(store):
    # Two outlets' "80 drones" and "85 drones", a day apart and then the same day; a wire's 5
    # killed against an outlet's later 7: the night's explanation names the step that decided.
    add(store, "Kyiv Independent", "outlet", published=date(2025, 7, 4), drones_launched=80, suppressed=9)
    add(store, "Novoe Vremya", "outlet", published=date(2025, 7, 5), drones_launched=85)
    add(store, "Hromadske", "outlet", published=date(2025, 7, 4), suppressed=11)
    add(store, "Reuters", "wire", published=date(2025, 7, 4), killed=5)
    add(store, "Suspilne", "outlet", published=date(2025, 7, 5), killed=7)
    choices = night(store)["choices"]
    assert choices["drones_launched"].startswith(
        "chosen: Novoe Vremya (outlet, exact), "
        "published later (2025-07-05 against Kyiv Independent's 2025-07-04)"
    )
    assert choices["suppressed"].startswith(
        "chosen: Hromadske (outlet, exact), stored after Kyiv Independent's report of the same day"
    )
    assert choices["killed"].startswith("chosen: Reuters (wire, exact), a wire agency before an outlet")


def test_no_one_hurt_in_the_one_place_a_report_tells_of_is_that_places_zero_not_the_nights(store):
    # The shipped night of 5 February 2026: a wire story of one drone on Lviv, "without casualties",
    # made the whole night's killed and injured 0 beside an official count of 16 places hit.
    add(store, "Ukrainian Air Force", "official", drones_launched=183, hit_locations=16)
    add(store, "UNN", "wire", killed=0, injured=0, oblasts=["Lviv Oblast"], cities=["Lviv"])
    add(store, "Zhytomyr news", "outlet", injured=2, oblasts=["Zhytomyr Oblast"])  # a count is the night's
    add(store, "Two regions", "outlet", killed=0, oblasts=["Kharkiv Oblast", "Dnipropetrovsk Oblast"])
    row = night(store)
    assert (row["killed"], row["injured"]) == (0, 2)  # the two-region story's zero is the night's
    assert row["regional_figures"] == {"Lviv Oblast": {"killed": 0, "injured": 0}}
    assert "regional: Lviv Oblast 0 (UNN: no one hurt in the one place the report tells of; " \
        "not national)" in row["choices"]["killed"]
    assert "killed" not in row["conflict_fields"]  # the place's zero does not disagree with the night


def test_a_one_place_reports_zero_alone_leaves_the_nights_casualties_unknown(store):
    add(store, "Ukrainian Air Force", "official", drones_launched=183)
    add(store, "UNN", "wire", killed=0, oblasts=["Lviv Oblast"], cities=["Lviv"])
    row = night(store)
    assert row["killed"] is None and row["regional_figures"] == {"Lviv Oblast": {"killed": 0}}


def test_a_regional_accounts_zero_is_its_regions_even_when_it_names_no_place(store):
    add(store, "Air Command South", "official", killed=0, scope="regional")
    row = night(store)
    assert row["killed"] is None and row["regional_figures"] == {"Air Command South": {"killed": 0}}


def test_a_nights_toll_below_what_its_own_places_add_up_to_is_flagged(store):
    # The shipped night of 14 July 2022: Interfax-Ukraine's early 6 injured is the night's (a wire's
    # count before an outlet's), while the night's own Vinnytsia figure, from a later story, is 91.
    add(store, "Interfax-Ukraine", "wire", injured=6, killed=3)
    add(store, "Outlet", "outlet", injured=91, oblasts=["Vinnytsia Oblast"], cities=["Vinnytsia"],
        casualties_by_place={"Vinnytsia": {"injured": 91}, "Vinnytsia Oblast": {"killed": 3}})
    row = night(store)
    assert row["injured"] == 6 and "injured<places" in row["quality_flags"]
    assert "killed<places" not in row["quality_flags"]


def test_an_oblasts_own_toll_and_its_towns_are_not_counted_twice(store):
    add(store, "Reuters", "wire", killed=5, injured=4, oblasts=["Kharkiv Oblast"], cities=["Kharkiv"],
        casualties_by_place={"Kharkiv Oblast": {"killed": 5}, "Kharkiv": {"killed": 3, "injured": 4}})
    assert night_places.casualty_floor({"Kyiv": {"oblast": "Kyiv City", "killed": 2}, "x": "bad"},
                                       "killed") == 2
    assert night_places.casualty_floor(None, "killed") is None
    row = night(store)
    assert not [flag for flag in row["quality_flags"] if flag.endswith("<places")]
