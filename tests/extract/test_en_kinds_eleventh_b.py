"""Kinds of English wording an audit of the consolidated nights and the eleventh session's second
probe found (reports of our own in the styles of wire stories, Ukrainian outlets in English and
governors' posts), each in sentences written for the test: the kind, a second wording, and a near
miss the rule must leave alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-08-16") -> dict:
    return extract_report(text, published=published).to_dict()


# --- a toll corrected: "five were killed, not seven as reported earlier" ----------------------------


def test_a_corrected_toll_with_the_earlier_figure_beside_it_stays_an_attack_report() -> None:
    out = record(
        "Regional officials corrected the death toll from the overnight drone attack on Kherson: four "
        "people were killed, not six as reported earlier."
    )
    assert (out["is_attack_report"], out["killed"], out["cities"]) == (True, 4, ["Kherson"])


def test_a_corrected_count_of_injured_told_as_reported_earlier() -> None:
    out = record(
        "After the overnight drone attack on Chernihiv, 9 people were hurt, not 13 as was reported "
        "earlier, the city's mayor said."
    )
    assert (out["is_attack_report"], out["injured"], out["cities"]) == (True, 9, ["Chernihiv"])


def test_an_earlier_report_beside_a_figure_of_its_own_stays_background() -> None:
    # near miss: "as reported earlier" with no figure corrected still tells an older story
    out = record(
        "Russian drones hit Kherson overnight, injuring two people. As reported earlier, a drone "
        "strike on Mykolaiv killed four people last month."
    )
    assert (out["killed"], out["injured"]) == (None, 2)


# --- a toll revised down, the earlier figure told after it -------------------------------------------


def test_a_toll_revised_down_keeps_the_revised_figure_over_the_earlier_one_told_after() -> None:
    out = record(
        "The death toll from Russia's overnight missile strike on Uman was revised down to six, the "
        "regional governor said. Earlier it had been reported that seven people were killed."
    )
    assert out["killed"] == 6


def test_a_toll_revised_down_then_the_earlier_figure_with_officials_said_earlier() -> None:
    out = record(
        "The number of dead in the overnight Russian drone attack on Sumy was corrected to three. "
        "Officials had said earlier that five people were killed."
    )
    assert out["killed"] == 3


def test_another_place_told_after_a_revision_still_adds_up() -> None:
    # near miss: a figure told after the revision but of another place, with no word of an earlier
    # telling, is that place's own
    out = record(
        "The death toll from Russia's overnight missile strike on Uman was revised down to six. In "
        "Kropyvnytskyi, two people were killed, the regional governor said."
    )
    assert out["killed"] == 8


# --- "yesterday's attack" in a report published the day after ---------------------------------------


def test_yesterdays_attack_is_dated_the_day_before_a_remarks_weekday() -> None:
    out = record(
        "Yesterday's Russian missile attack on Kremenchuk killed three people and injured 12, the "
        "regional administration said on Saturday.",
    )
    assert out["attack_date"] == "2025-08-15"


def test_yesterdays_strike_after_said_on_weekday_that() -> None:
    out = record(
        "Officials said on Saturday that the death toll from yesterday's drone strike on Bila Tserkva "
        "had risen to four."
    )
    assert out["attack_date"] == "2025-08-15"


def test_yesterday_as_background_leaves_the_night_reported_today() -> None:
    # near miss: the night's own attack told as overnight, yesterday's as background
    out = record(
        "Overnight into Saturday, Russian drones hit Kremenchuk, injuring three. Yesterday's strike on "
        "Poltava damaged a school."
    )
    assert out["attack_date"] == "2025-08-16"


# --- one count of shot down and jammed: "were either shot down or jammed" ----------------------------


def test_either_shot_down_or_jammed_is_one_destroyed_count() -> None:
    out = record("Russia launched 74 drones overnight. 52 drones were either shot down or jammed.")
    assert (out["drones_destroyed"], out["total_destroyed"], out["suppressed"]) == (52, 52, None)


def test_either_intercepted_or_suppressed_of_these() -> None:
    out = record(
        "Russia launched 74 drones overnight. Of these, 52 were either intercepted or suppressed by "
        "electronic warfare, the air force said."
    )
    assert (out["drones_destroyed"], out["suppressed"]) == (52, None)


def test_either_jammed_or_lost_beside_a_shoot_down_is_suppressed() -> None:
    # the "either" count of the lost alone, told beside the shot-down figure, stays apart (SCHEMA)
    out = record("Russia launched 74 drones overnight. 52 were shot down and 14 were either jammed or lost.")
    assert (out["drones_destroyed"], out["suppressed"]) == (52, 14)


def test_either_outside_a_count_and_its_verb_takes_no_figure() -> None:
    # near miss: "either" away from a count's verb
    out = record(
        "Russia launched 74 drones overnight; 52 were shot down. Either way, 22 reached their targets."
    )
    assert (out["drones_destroyed"], out["total_destroyed"], out["suppressed"]) == (52, 52, None)


# --- an evening strike told by its weekday: the night the next morning closes -----------------------


def test_the_evening_of_a_weekday_is_the_next_mornings_night() -> None:
    out = record("On the evening of Friday, a Russian missile hit Kryvyi Rih, injuring seven people.")
    assert out["attack_date"] == "2025-08-16"


def test_a_weekday_at_a_late_hour_is_the_next_mornings_night() -> None:
    out = record("On Friday at around 22:40, Russian drones struck Kryvyi Rih, injuring seven people.")
    assert out["attack_date"] == "2025-08-16"


def test_a_weekday_in_the_morning_stays_its_own_day() -> None:
    # near miss: a morning hour is that day's own night
    out = record("On Friday at around 8 a.m., Russian drones struck Kryvyi Rih, injuring seven people.")
    assert out["attack_date"] == "2025-08-15"


# --- a toll of "the overnight strike on X" names no weapon --------------------------------------------


def test_a_toll_of_the_overnight_strike_on_a_town_is_an_attack_report() -> None:
    out = record(
        "The death toll from the overnight strike on Bila Tserkva has risen to 5, the regional "
        "administration said."
    )
    assert (out["is_attack_report"], out["killed"]) == (True, 5)


def test_a_toll_of_the_overnight_attack_on_a_city_in_a_headline() -> None:
    out = record(
        "Toll from overnight attack on Uman rises to 4\n\nThe death toll from the overnight attack has "
        "risen to four, the mayor of Uman said on Saturday."
    )
    assert (out["is_attack_report"], out["killed"]) == (True, 4)


def test_a_toll_of_an_overnight_strike_on_a_russian_town_is_no_attack_report() -> None:
    # near miss: no place in Ukraine struck
    out = record("The death toll from the overnight strike on Belgorod has risen to 7.")
    assert out["is_attack_report"] is False


# --- drones that "reached targets in" regions: impact there -------------------------------------------


def test_drones_that_reached_targets_in_oblasts_struck_them() -> None:
    out = record("Russia launched 64 drones overnight. 19 reached targets in Sumy and Chernihiv oblasts.")
    assert out["oblasts"] == ["Sumy Oblast", "Chernihiv Oblast"]


def test_drones_that_reached_their_targets_in_a_city_after_a_shoot_down() -> None:
    out = record(
        "Of the 64 drones launched overnight, 45 were intercepted, while 19 reached their targets in "
        "Kremenchuk, the air force said."
    )
    assert (out["cities"], out["drones_destroyed"]) == (["Kremenchuk"], 45)


def test_drones_that_did_not_reach_their_targets_strike_no_region() -> None:
    # near miss: the suppressed, told by the targets they did not reach
    out = record(
        "Russia launched 64 drones at Sumy and Chernihiv oblasts overnight; 45 were shot down and 19 "
        "did not reach their targets."
    )
    assert (out["oblasts"], out["suppressed"]) == ([], 19)


# --- a stated total that counted the suppressed too ---------------------------------------------------


def test_a_neutralised_total_that_counts_the_jammed_is_not_the_destroyed_total() -> None:
    out = record(
        "Russia attacked with 3 missiles and 75 drones: 66 targets neutralised\n\nRussia launched three "
        "Iskander-M missiles and 75 drones overnight. Air defence shot down 58 drones and 1 missile; "
        "7 drones were lost locally."
    )
    assert (out["total_destroyed"], out["drones_destroyed"], out["suppressed"]) == (59, 58, 7)


def test_a_neutralised_total_told_in_the_body_before_its_parts() -> None:
    out = record(
        "Russia launched 2 cruise missiles and 50 drones overnight. In all, 48 targets were "
        "neutralised. Both missiles and 40 drones were shot down; 6 drones were jammed."
    )
    assert (out["total_destroyed"], out["suppressed"]) == (42, 6)


def test_a_stated_total_equal_to_the_parts_stays() -> None:
    # near miss: the stated total is the shot-down sum; the suppressed are told beside it
    out = record(
        "Russia launched 2 cruise missiles and 50 drones overnight. In all, 42 targets were shot "
        "down: 2 missiles and 40 drones. Another 6 drones were jammed."
    )
    assert (out["total_destroyed"], out["suppressed"]) == (42, 6)
