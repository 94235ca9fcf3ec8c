"""A governor's post read by the extractor and the Air Force's statement on the same night: the
night keeps the national figures and the region's count stays the region's (issue 14 item 2)."""

from __future__ import annotations

from datetime import date

from extract import extract_report

from .test_consolidate import NIGHT, add, night

GOVERNOR_POST = (
    "Odesa Oblast Governor Oleh Kiper reported on the night's attack on the region.\n\n"
    "Air defence destroyed 12 drones. Debris damaged a warehouse in the port, no one was hurt."
)
AIR_FORCE = "Russia launched 125 drones at Ukraine overnight. Air defence shot down 104 of them."


def extracted(text: str) -> dict:
    record = extract_report(text, published=NIGHT).to_dict()
    assert record["attack_date"] == NIGHT.isoformat()
    return record


def test_the_national_statement_wins_over_a_governors_post(store):
    add(store, "Ukrainian Air Force", "official", **extracted(AIR_FORCE))
    add(store, "Odesa news", "outlet", published=date(2025, 7, 5), **extracted(GOVERNOR_POST))
    row = night(store)
    assert (row["drones_launched"], row["drones_destroyed"], row["total_destroyed"]) == (125, 104, 104)
    # (the governor's total, read from his only class, is his region's too)
    assert row["regional_figures"] == {"Odesa Oblast": {"drones_destroyed": 12, "total_destroyed": 12}}


def test_a_governors_post_alone_gives_no_national_figure(store):
    add(store, "Odesa news", "outlet", **extracted(GOVERNOR_POST))
    row = night(store)
    assert row["drones_destroyed"] is None and row["total_destroyed"] is None
    assert row["regional_figures"] == {"Odesa Oblast": {"drones_destroyed": 12, "total_destroyed": 12}}


def test_a_local_strikes_model_count_stays_that_places(store):
    # "a ballistic missile hit Chernihiv": the record scopes its missile count to the city; the
    # model's family count (ballistic launched) once became the night's national figure beside it
    local = {"scope": "local", "place": "Chernihiv"}
    add(store, "Reuters", "wire", drones_launched=17, drones_destroyed=15, total_launched=17)
    add(store, "Chernihiv news", "outlet", missiles_launched=1, total_launched=1,
        oblasts=["Chernihiv Oblast"], cities=["Chernihiv"],
        scopes={"missiles_launched": local, "total_launched": local},
        weapons=[{"model": "Iskander-M", "class": "missile", "family": "ballistic", "launched": 1,
                  "destroyed": None}])
    row = night(store)
    assert (row["drones_launched"], row["total_launched"]) == (17, 17)
    assert row["missiles_launched"] is None and row["ballistic_launched"] is None
    assert row["regional_figures"]["Chernihiv"] == {
        "missiles_launched": 1, "total_launched": 1, "ballistic_launched": 1}
