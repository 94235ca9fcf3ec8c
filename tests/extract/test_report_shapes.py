"""Whole reports in the shapes the extractor meets (wire story, Air Force statement, governor's
post, daily shelling summary, foreign-scope story), written for these tests."""

from extract import extract_report


def record(text: str, published: str) -> dict:
    r = extract_report(text, published=published).to_dict()
    return {k: v for k, v in r.items() if k not in ("evidence", "weapons", "bounds", "oblasts", "cities")}


def test_wire_story() -> None:
    text = (
        "KYIV, March 9 (Reuters) - Russia attacked Ukraine overnight with 67 missiles and 194 drones, "
        "Ukraine's air force said on Sunday, adding that air defences had destroyed 34 missiles and 100 "
        "drones. Another 86 drones were 'lost', likely due to electronic jamming.\nThe attack targeted gas "
        "production facilities, the energy ministry said.\nOver the past week, Russia has launched more than "
        "1,200 drones and nearly 1,100 glide bombs, President Zelenskyy said."
    )
    r = record(text, "2025-03-09")
    assert r["is_attack_report"] and r["attack_date"] == "2025-03-09"
    assert (r["missiles_launched"], r["missiles_destroyed"], r["drones_launched"], r["drones_destroyed"]) == (
        67,
        34,
        194,
        100,
    )
    assert (r["total_launched"], r["total_destroyed"], r["suppressed"]) == (261, 134, 86)


def test_missile_fate_unknown_leaves_total_destroyed_null() -> None:
    text = (
        "Russia fired 3 ballistic missiles and 128 drones at Ukraine overnight, Ukraine's air force said. "
        "It said 101 drones were shot down or jammed. In the Kharkiv region, a 71-year-old man was "
        "killed by a drone, Gov. Oleh Syniehubov said."
    )
    r = record(text, "2025-08-05")
    assert (r["missiles_launched"], r["drones_launched"], r["total_launched"]) == (3, 128, 131)
    assert (r["drones_destroyed"], r["total_destroyed"], r["killed"]) == (101, None, 1)


def test_governor_post() -> None:
    text = (
        "At night the enemy attacked Odesa district with attack UAVs. Air defence forces shot down 12 "
        "drones. Debris fell on the territory of a private house, and a fire broke out. A 40-year-old man "
        "was injured and is receiving medical care."
    )
    r = record(text, "2025-02-11")
    assert (r["drones_destroyed"], r["total_destroyed"], r["injured"], r["killed"]) == (12, 12, 1, None)
    assert r["attack_date"] == "2025-02-11"


def test_daily_shelling_summary_paragraph_is_not_this_attack() -> None:
    text = (
        "Overnight, Russian drones struck an energy facility in Sumy region; no one was hurt.\n\n"
        "Over the past day, Russian troops shelled 14 settlements of the region. Two people were killed and "
        "seven injured."
    )
    r = record(text, "2025-04-03")
    assert (r["killed"], r["injured"]) == (0, 0)


def test_foreign_scope_story() -> None:
    text = (
        "Ukraine's General Staff said its drones hit an oil refinery in Russia's Ryazan region overnight, "
        "causing a fire. Russia's defence ministry said 121 Ukrainian drones were destroyed over 10 regions."
    )
    assert not record(text, "2025-05-05")["is_attack_report"]


def test_split_tally_with_colon() -> None:
    text = (
        "Of the 160 drones, 131 were neutralised: 85 drones were shot down and 46 drones were lost from "
        "radar due to electronic warfare."
    )
    r = record(text, "2025-05-05")
    assert (r["drones_launched"], r["drones_destroyed"], r["suppressed"]) == (160, 85, 46)
