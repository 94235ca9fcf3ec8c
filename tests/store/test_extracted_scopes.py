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
    assert (row["drones_launched"], row["drones_destroyed"]) == (125, 104)
    assert row["regional_figures"] == {"Odesa Oblast": {"drones_destroyed": 12}}


def test_a_governors_post_alone_gives_no_national_figure(store):
    add(store, "Odesa news", "outlet", **extracted(GOVERNOR_POST))
    row = night(store)
    assert row["drones_destroyed"] is None
    assert row["regional_figures"] == {"Odesa Oblast": {"drones_destroyed": 12}}
