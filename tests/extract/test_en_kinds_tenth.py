"""Kinds of English wording the tenth session's probe found (reports written in the styles of wire
stories, Kyiv Independent, Ukrinform, governors' posts and the Air Force's English statements),
each in sentences written for the test: the kind, a second wording, and a near miss the rule must
leave alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-10-07") -> dict:
    return extract_report(text, published=published).to_dict()


# --- a casualty toll the report revises downward: the later figure, not the larger ----------------


def test_a_toll_revised_downward_keeps_the_later_figure() -> None:
    out = record(
        "Russian drones hit Chernihiv overnight, wounding nine people, the governor said. Officials "
        "later lowered the count to six after a check of hospital lists."
    )
    assert out["injured"] == 6
    same_sentence = record(
        "A Russian missile struck Kremenchuk on Monday. Police first said 13 people were hurt; the "
        "number was later reduced to 10."
    )
    assert same_sentence["injured"] == 10


def test_a_death_toll_corrected_down_names_its_own_kind() -> None:
    out = record(
        "Four people were reported killed after Russian drones hit Kherson overnight. The regional "
        "administration later corrected the death toll to three and said eight people were wounded."
    )
    assert (out["killed"], out["injured"]) == (3, 8)


def test_a_weapon_count_revised_after_a_toll_is_not_the_toll() -> None:
    # near miss: the number revised is the drones', told between the toll and the revision
    out = record(
        "Russian drones hit Bila Tserkva overnight, injuring five people. The Air Force said 58 drones "
        "were launched and later revised the figure to 61."
    )
    assert out["injured"] == 5
    assert out["drones_launched"] == 61


def test_a_toll_that_rises_still_keeps_the_larger_figure() -> None:
    # near miss: no revision word, the toll grows as the story goes on
    out = record(
        "Russian drones struck Pavlohrad overnight, injuring six people. By noon the number of "
        "injured had risen to nine."
    )
    assert out["injured"] == 9


def test_a_count_put_at_a_lower_figure_names_its_kind() -> None:
    out = record(
        "A Russian drone struck a tram in Kherson on Tuesday, injuring eight people. Police later put "
        "the number of injured at six."
    )
    assert out["injured"] == 6


# --- a destroyed count of one class, the other class named with no count: no total destroyed -----


def test_drones_downed_in_a_story_of_drones_and_missiles_give_no_total_destroyed() -> None:
    out = record(
        "Strike on Odesa: 1 killed; 47 drones downed nationwide\n\nRussia attacked Odesa with drones "
        "and cruise missiles overnight, killing one man, the governor said."
    )
    assert (out["drones_destroyed"], out["total_destroyed"]) == (47, None)
    other = record(
        "Air defense shot down 33 drones overnight, the Air Force said. Russia also fired ballistic "
        "missiles at Kharkiv, where a warehouse burned."
    )
    assert (other["drones_destroyed"], other["total_destroyed"]) == (33, None)


def test_drones_downed_with_no_other_class_named_are_the_total_destroyed() -> None:
    # near miss: the drones are the whole attack, so their figure is the total
    out = record(
        "Air defense shot down 33 drones overnight, the Air Force said. A warehouse burned in Kharkiv "
        "after a drone hit it."
    )
    assert (out["drones_destroyed"], out["total_destroyed"]) == (33, 33)


# --- one weapon of a class told by what it did, beside another class's count: no total ----------


def test_a_missile_told_by_its_hit_beside_a_drone_count_leaves_the_total_open() -> None:
    out = record(
        "A ballistic missile hit an industrial site in Dnipro overnight, injuring two. Russia also "
        "launched 63 drones, 50 of which were shot down, the Air Force said."
    )
    assert (out["drones_launched"], out["total_launched"], out["total_destroyed"]) == (63, None, None)
    other = record(
        "Russia sent 44 drones at Ukraine overnight. A cruise missile struck a warehouse in Lviv "
        "Oblast, the governor said."
    )
    assert (other["drones_launched"], other["total_launched"]) == (44, None)


def test_a_drone_count_with_no_missile_told_is_the_total() -> None:
    # near miss: a drone told by its hit is of the counted class, so the count stays the total
    out = record(
        "Russia sent 44 drones at Ukraine overnight. A drone struck a warehouse in Lviv Oblast, the "
        "governor said."
    )
    assert (out["drones_launched"], out["total_launched"]) == (44, 44)


# --- "84 were downed, and 16 locations were hit": the count's own verb tells its kind -----------


def test_a_location_count_with_its_own_hit_verb_is_a_hit_count() -> None:
    out = record(
        "Russia launched 96 drones at Ukraine overnight; 71 were downed, and 12 locations were hit, "
        "the Air Force said."
    )
    assert (out["hit_locations"], out["debris_locations"]) == (12, None)
    other = record("Air defense downed 40 drones overnight, while nine sites were struck in Sumy Oblast.")
    assert (other["hit_locations"], other["debris_locations"]) == (9, None)


def test_a_location_count_after_downed_with_no_verb_of_its_own_stays_debris() -> None:
    # near misses: the debris words tell the kind when the count has no verb of its own
    out = record("Russia launched 96 drones overnight; debris of downed drones fell at four locations.")
    assert (out["hit_locations"], out["debris_locations"]) == (None, 4)
    damaged = record("Russia launched 96 drones overnight. Four sites were damaged by falling debris.")
    assert (damaged["hit_locations"], damaged["debris_locations"]) == (None, 4)


def test_a_launch_with_weapons_in_another_clause_than_the_hits_stays_a_launch() -> None:
    out = record(
        "Russia attacked Ukraine with 96 drones overnight; 71 were downed, and 12 locations were hit."
    )
    assert (out["drones_launched"], out["drones_destroyed"], out["hit_locations"]) == (96, 71, 12)
    # near miss: the weapons told in the hits' own clause are those that hit, not the launch
    hits = record(
        "Russia launched 120 drones overnight. Air defense downed 100; Russia struck seven locations "
        "with 20 drones."
    )
    assert (hits["drones_launched"], hits["hit_locations"], hits["hits_by_class"]) == (120, 7, {"drone": 20})
    alone = record("Russia struck seven locations with 20 drones overnight.")
    assert (alone["drones_launched"], alone["hits_by_class"]) == (None, {"drone": 20})


# --- launches told wave by wave add up -----------------------------------------------------------


def test_launches_told_by_wave_add_up() -> None:
    out = record("Russia sent 38 drones in the first wave and 27 in the second, the Air Force said.")
    assert (out["drones_launched"], out["total_launched"]) == (65, 65)
    other = record(
        "The first wave brought 12 cruise missiles. In the second wave, Russia fired another 9 "
        "missiles at western Ukraine."
    )
    assert (other["missiles_launched"], other["total_launched"]) == (21, 21)


def test_shoot_downs_told_by_wave_add_up() -> None:
    out = record(
        "Russia launched 90 drones overnight. In the first wave, 41 were shot down, and in the "
        "second, 33."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (90, 74)


def test_one_wave_told_inside_a_count_is_a_part_not_a_wave_of_its_own() -> None:
    # near misses: the second wave's count is part of the night's 70; "the first 20" is no wave
    part = record("Russia launched 70 drones overnight, 25 of them in the second wave.")
    assert part["drones_launched"] == 70
    first = record("The first 20 drones were downed over Kyiv Oblast before 2 a.m.")
    assert first["drones_destroyed"] == 20


# --- "Two more …" opening a sentence after a figure of its kind: more besides it ------------------


def test_two_more_opening_a_sentence_add_to_the_figure_before() -> None:
    out = record(
        "A Russian drone hit a dormitory in Poltava overnight, injuring four people. Two more "
        "injured people were taken to hospital in the morning, the governor said."
    )
    assert out["injured"] == 6
    other = record(
        "Russian drones struck Sumy overnight, killing one man. Three more people were hurt when "
        "debris fell on a school."
    )
    assert (other["killed"], other["injured"]) == (1, 3)
    killed = record(
        "A missile hit a warehouse in Odesa overnight, killing two workers. Two more people died of "
        "their wounds in hospital."
    )
    assert killed["killed"] == 4


def test_two_more_followed_by_a_total_or_inside_a_total_are_not_added() -> None:
    # near misses: a total told after them counts them; "two more in Bucha" is a part of the ten
    total = record(
        "Russian drones struck Sumy, injuring two. Three more people were injured when debris fell "
        "on a school. In total, five people were hurt."
    )
    assert total["injured"] == 5
    parts = record("Ten people were injured overnight: eight in Kyiv and two more in Bucha.")
    assert parts["injured"] == 10


# --- "Both missiles and 23 drones hit 14 locations": none of the missiles downed -------------------


def test_both_missiles_hitting_beside_the_drones_that_hit_were_not_downed() -> None:
    out = record(
        "Overnight, the enemy attacked with 2 Iskander-M ballistic missiles and 120 UAVs. Air defense "
        "neutralized 98 drones. Both missiles and 22 drones hit 11 locations."
    )
    assert (out["missiles_destroyed"], out["total_destroyed"]) == (0, 98)
    other = record(
        "Russia fired 4 Kalibr missiles and 60 drones overnight. Air defense shot down 52 drones. All "
        "the missiles as well as eight drones struck targets in Odesa Oblast."
    )
    assert (other["missiles_destroyed"], other["total_destroyed"]) == (0, 52)


def test_missiles_told_beside_drones_that_hit_with_no_all_or_both_keep_their_fate_open() -> None:
    # near miss: "Two missiles and 22 drones hit" may be two of more missiles
    out = record(
        "Overnight, the enemy attacked with 4 Iskander-M ballistic missiles and 120 UAVs. Air defense "
        "neutralized 98 drones. Two missiles and 22 drones hit 11 locations."
    )
    assert (out["missiles_destroyed"], out["total_destroyed"]) == (None, None)


# --- a lede of the night just gone, then an earlier weekday's attack: the night's date ------------


def test_an_earlier_weekdays_strike_after_an_overnight_lede_is_background() -> None:
    thursday = "2025-10-09"
    out = record(
        "Russian drones hit Chernihiv overnight, injuring three people, the governor said. On "
        "Tuesday, a missile strike on the city killed seven.",
        published=thursday,
    )
    assert (out["attack_date"], out["killed"], out["injured"]) == (thursday, None, 3)
    other = record(
        "Russian drones struck Kremenchuk early this morning, wounding two. Seven people were killed "
        "in a ballistic missile strike on the city on Monday.",
        published=thursday,
    )
    assert (other["attack_date"], other["killed"], other["injured"]) == (thursday, None, 2)


def test_a_weekday_in_the_lede_or_told_with_no_weapon_still_dates_the_night() -> None:
    # near misses: the lede names the day; a later weekday naming no weapon may be the story's day
    lede = record(
        "A Russian missile strike on Chernihiv on Tuesday killed seven people, officials said. "
        "Rescuers worked overnight to clear the rubble.",
        published="2025-10-09",
    )
    assert (lede["attack_date"], lede["killed"]) == ("2025-10-07", 7)
    today = record(
        "Russia launched 60 drones at Ukraine overnight, the Air Force said. Ukraine on Saturday is "
        "marking the Day of the Defenders.",
        published="2025-10-12",
    )
    assert today["attack_date"] == "2025-10-11"


def test_more_after_a_death_in_a_quote_are_the_others_not_more_injured() -> None:
    # near miss: "Three more were injured" after "one person was killed" are the others besides
    # the dead, the injured the lede counted already
    out = record(
        "Russian drones struck Mykolaiv overnight, killing one person and injuring three. \"One "
        "woman was killed. Three more were injured and are in hospital,\" the governor said."
    )
    assert (out["killed"], out["injured"]) == (1, 3)
