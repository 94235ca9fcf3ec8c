"""English figures, dates and scope: kinds of miss seen on reports the rules were not written
against (issue 13, second round; issue 14 item 2), each in sentences written for the test."""

from extract import extract_report


def record(text: str, published: str | None = "2025-04-10") -> dict:
    return extract_report(text, published=published).to_dict()


# casualties


def test_people_who_sought_medical_treatment_are_the_injured() -> None:
    out = record(
        "A Russian missile hit a shopping centre in Poltava overnight. In all, 40 people sought "
        "medical treatment and 17 of them were hospitalised."
    )
    assert out["injured"] == 40


def test_people_who_applied_to_medical_institutions_are_injured() -> None:
    out = record("Russian drones struck Sumy overnight. 23 people applied to medical institutions.")
    assert out["injured"] == 23


def test_psychological_help_is_not_an_injury() -> None:
    out = record("Russian drones hit Kharkiv overnight. Five people received psychological help.")
    assert out["injured"] is None


def test_an_appositive_naming_the_dead_keeps_their_count() -> None:
    out = record(
        "Russian drones hit the Kyiv region overnight. Two people, a man and a woman, were killed "
        "in a village near the capital."
    )
    assert out["killed"] == 2


def test_no_damage_or_casualties_reported_is_none_killed_or_hurt() -> None:
    out = record(
        "Russian drones attacked Kyiv overnight. Air defence shot down 12 drones, with no major "
        "damage or casualties reported."
    )
    assert (out["killed"], out["injured"]) == (0, 0)


# figures


def test_air_defence_that_managed_to_stop_or_hit_drones_destroyed_them() -> None:
    out = record(
        "Russian forces fired five missiles and 74 Shahed drones at Ukraine overnight. Air defences "
        "managed to stop two missiles and 60 drones, while 14 others likely crashed before hitting "
        "their targets."
    )
    assert (out["missiles_destroyed"], out["drones_destroyed"], out["total_destroyed"]) == (2, 60, 62)
    assert out["suppressed"] == 14
    out = record("Russian drones attacked Kyiv overnight. Air defence managed to hit around 10 drones.")
    assert out["drones_destroyed"] == 10


def test_a_with_phrase_after_a_shot_down_count_is_no_launch() -> None:
    out = record("Air defence shot down 15 drones over the capital, with no damage reported.")
    assert out["drones_destroyed"] == 15
    assert out["drones_launched"] is None


def test_the_night_before_is_another_attack() -> None:
    out = record(
        "Russian drones attacked Kyiv for a second night in a row. Air defence shot down 11 drones. "
        "The attack follows strikes the night before, when Ukraine shot down 29 of 38 drones."
    )
    assert out["drones_destroyed"] == 11
    assert out["drones_launched"] is None
