"""Kinds of English wording found by the eighth session's second probe (reports written in the
styles of wire stories, Kyiv Independent, Ukrinform and the Air Force's English statements), each in
sentences written for the test: the kind, a second wording, and a near miss the rule must leave
alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-09-07") -> dict:
    return extract_report(text, published=published).to_dict()


# --- "up from two reported earlier": the story's own earlier figure, not an older story ------------


def test_a_toll_up_from_a_figure_reported_earlier_is_this_attack() -> None:
    out = record(
        "Russian drones and missiles hit Kyiv overnight. The number of dead climbed to four, up from "
        "two reported earlier, the city's military administration said."
    )
    assert out["killed"] == 4
    other = record(
        "A Russian drone struck an apartment block in Sumy early on Sunday. The number of injured "
        "rose to 17 from the 11 previously reported, the governor said."
    )
    assert other["injured"] == 17


def test_reported_earlier_of_another_story_stays_background() -> None:
    # near misses: "as reported earlier" opening a retelling, or closing one, keeps it an older story
    out = record(
        "Russian drones struck Kyiv overnight, injuring four. As reported earlier, three people were "
        "killed in Lviv on Tuesday."
    )
    assert (out["killed"], out["injured"]) == (None, 4)
    closing = record(
        "Russian drones struck Kyiv overnight, injuring four. Three people were killed in Lviv, "
        "as reported earlier."
    )
    assert (closing["killed"], closing["injured"]) == (None, 4)


# --- "overnight on Nov. 3, the Air Force said on Nov. 4": the next day is when it was told ----------


def test_the_day_a_statement_was_made_is_no_range_end() -> None:
    out = record(
        "Russia launched 140 drones at Ukraine overnight on Nov. 3, the Air Force reported on Nov. 4.",
        published="2025-11-04",
    )
    assert out["attack_date"] == "2025-11-03"
    other = record(
        "Russian drones hit Odesa port on the night of Oct. 12, officials said on Oct. 13.",
        published="2025-10-13",
    )
    assert other["attack_date"] == "2025-10-12"


def test_a_night_from_one_day_into_the_next_still_ends_on_the_second() -> None:
    # near miss: the two days told as the night's own span, no one speaking on the second
    out = record(
        "Russia launched 140 drones at Ukraine late on Nov. 3 into Nov. 4, the Air Force said.",
        published="2025-11-04",
    )
    assert out["attack_date"] == "2025-11-04"
    evening = record(
        "Russian drones attacked Kyiv on the evening of Nov. 3 and on Nov. 4, officials said; "
        "two people were injured.",
        published="2025-11-04",
    )
    assert evening["attack_date"] == "2025-11-04"


# --- "On Monday, … killed two. In the latest attack, one man was killed": this night again -----------


def test_a_sentence_opening_with_the_latest_attack_ends_another_days_paragraph() -> None:
    out = record(
        "Russia launched 310 drones at Ukraine overnight, the air force said Wednesday. On Monday, a "
        "Russian strike on Mykolaiv killed three people. In the latest attack, a man was killed in the "
        "western city of Rivne.",
        published="2025-07-10",
    )
    assert (out["attack_date"], out["killed"]) == ("2025-07-09", 1)
    other = record(
        "Russia launched 310 drones at Ukraine overnight, the air force said Wednesday. On Monday, a "
        "Russian strike on Mykolaiv killed three people. Overnight, two people were injured in Rivne.",
        published="2025-07-10",
    )
    assert (other["killed"], other["injured"]) == (None, 2)


def test_the_latest_attack_told_of_the_other_day_keeps_its_paragraph() -> None:
    # near miss: "the latest attack" not opening the sentence tells of the other day's strike
    out = record(
        "Russia launched 310 drones at Ukraine overnight, the air force said Wednesday. On Monday, a "
        "Russian strike on Mykolaiv killed three people. It was the latest attack on the port. Two "
        "more people died in hospital.",
        published="2025-07-10",
    )
    assert (out["killed"], out["injured"]) == (None, None)


# --- "…, injuring 15. Officials later revised the figure to 12": a correction of the people --------


def test_a_revised_figure_after_a_casualty_count_is_no_weapon_count() -> None:
    out = record(
        "A Russian missile hit Zaporizhzhia overnight, injuring 15 people. Officials later revised "
        "the figure to 12.",
        published="2025-11-05",
    )
    assert (out["total_launched"], out["missiles_launched"]) == (None, None)
    other = record(
        "A Russian drone struck Chernihiv overnight, wounding nine people. The regional "
        "administration later updated the figure to 11.",
        published="2025-11-05",
    )
    assert (other["total_launched"], other["drones_launched"]) == (None, None)


def test_a_revised_weapon_count_still_replaces_the_count_before() -> None:
    # near miss: the weapons told last, the correction is theirs
    out = record(
        "Russia launched 64 drones overnight, the Air Force said. It later corrected the figure to 58.",
        published="2025-11-05",
    )
    assert out["drones_launched"] == 58


# --- "six Kinzhal missiles …; all were intercepted": a bare "all" as the subject of the fate ----------


def test_a_bare_all_before_a_fate_covers_every_class_counted_before() -> None:
    out = record("Russia launched five Kinzhal missiles at Ukraine overnight; all were intercepted.")
    assert (out["missiles_launched"], out["missiles_destroyed"], out["total_destroyed"]) == (5, 5, 5)
    other = record("Russia sent 36 drones and two missiles overnight, all of which were shot down.")
    assert (out["missiles_destroyed"], other["drones_destroyed"], other["missiles_destroyed"]) == (5, 36, 2)


def test_all_short_of_the_whole_or_with_no_fate_gives_no_figure() -> None:
    # near misses: "not all" / "almost all" are short of the whole; "all were launched" is no fate
    for sentence in (
        "Russia launched 36 drones overnight. Not all were shot down.",
        "Russia launched 36 drones overnight. Almost all were shot down.",
        "Russia launched 36 drones overnight; all were launched from Kursk.",
    ):
        assert record(sentence)["drones_destroyed"] is None, sentence


# --- "All but two were shot down": the count is of those the fate missed ------------------------------


def test_all_but_a_count_gives_the_rest_destroyed() -> None:
    out = record("Russia launched 44 drones at Ukraine overnight. All but three were shot down.")
    assert (out["drones_launched"], out["drones_destroyed"]) == (44, 41)
    other = record("Russia fired 15 missiles and 60 drones overnight; all but two missiles were intercepted.")
    assert (other["missiles_launched"], other["missiles_destroyed"]) == (15, 13)


def test_all_but_a_count_with_no_whole_or_no_downing_gives_no_figure() -> None:
    # near misses: the count after "all but" is never a destroyed figure of its own
    for sentence in (
        "Russia launched some 44 drones at Ukraine overnight. All but three were shot down.",
        "Russia launched 44 drones at Ukraine overnight. All but three hit their targets.",
        "Russia launched drones and missiles at Ukraine overnight. All but three were shot down.",
    ):
        out = record(sentence)
        assert (out["drones_destroyed"], out["total_destroyed"]) == (None, None), sentence
