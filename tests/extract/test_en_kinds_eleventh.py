"""Kinds of English wording the eleventh session's probe found (reports of our own in the styles of
wire stories, Ukrainian outlets in English, Air Force statements and governors' posts), each in
sentences written for the test: the kind, a second wording, and a near miss the rule must leave
alone."""

from extract import extract_report


def record(text: str, published: str | None = "2026-01-09") -> dict:
    return extract_report(text, published=published).to_dict()


# --- waves told with a place or a time between the count and the wave --------------------------------


def test_waves_with_a_place_between_count_and_wave_add_up() -> None:
    out = record(
        "Russia sent 44 drones against Sumy Oblast in the first wave and 36 drones over Poltava "
        "Oblast in the second wave, the air force said on Friday."
    )
    assert (out["drones_launched"], out["total_launched"]) == (80, 80)


def test_waves_with_a_time_between_commas_add_up() -> None:
    out = record(
        "Russia attacked Odesa in two waves overnight. The first wave, shortly before midnight, "
        "consisted of 27 drones; the second, at around 03:30, involved 41 drones."
    )
    assert out["drones_launched"] == 68


def test_a_wave_of_two_classes_adds_each_class_apart() -> None:
    out = record(
        "Russia struck with 95 drones in the first wave over the north and with 50 drones and seven "
        "missiles in the second wave over the south, the air force said."
    )
    assert (out["drones_launched"], out["missiles_launched"], out["total_launched"]) == (145, 7, 152)


def test_one_wave_with_a_place_stays_its_own_count() -> None:
    # near miss: a single wave told, with a place and a later total: nothing to add up
    out = record(
        "Russia launched 90 drones overnight. 30 drones at Kharkiv Oblast in the first wave were "
        "followed by a quiet hour, the air force said."
    )
    assert out["drones_launched"] == 90


# --- "all three missiles and 15 drones hit", "neither missile was intercepted" -----------------------


def test_all_counted_missiles_that_hit_were_none_downed() -> None:
    out = record(
        "Russia fired 64 drones and three Kh-59 missiles at Ukraine overnight. Air defences shot down "
        "49 drones, but all three missiles and 15 drones hit targets in the Sumy region."
    )
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (3, 0)
    assert out["total_destroyed"] == 49


def test_all_counted_missiles_reaching_their_targets_are_the_launch_count() -> None:
    # the missiles' only count is the one told with "all"
    out = record(
        "Air defences downed 40 of the 51 drones Russia launched overnight, but all four ballistic "
        "missiles reached their targets, the air force said."
    )
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (4, 0)
    assert (out["total_launched"], out["total_destroyed"]) == (55, 40)


def test_neither_missile_intercepted_is_none_destroyed() -> None:
    out = record(
        "Russia launched 48 drones and two Iskander-M missiles overnight. Air defences downed 39 "
        "drones; neither missile was intercepted, the air force said."
    )
    assert (out["missiles_destroyed"], out["total_destroyed"]) == (0, 39)


def test_all_of_a_part_of_the_missiles_leaves_their_fate_open() -> None:
    # near miss: "all three" are some of the five missiles launched: nothing told of the others
    out = record(
        "Russia launched 70 drones and five missiles overnight. Air defences shot down 58 drones, "
        "but all three missiles aimed at Lviv hit energy facilities."
    )
    assert out["missiles_launched"] == 5
    assert out["missiles_destroyed"] is None
    assert out["total_destroyed"] is None


# --- a list of models shot down, with model plurals and an "all N" item -------------------------------


def test_a_model_list_with_all_of_one_model_adds_up() -> None:
    out = record(
        "Russia fired 31 missiles and 150 drones overnight. Air defences shot down 4 Kinzhals, "
        "all 20 Kh-101s and 131 drones, the air force said."
    )
    assert (out["missiles_destroyed"], out["missiles_launched"]) == (24, 31)
    assert out["total_destroyed"] == 155


def test_a_hyphenated_model_in_the_plural_stays_in_its_list() -> None:
    out = record(
        "Russia fired 12 missiles and 90 drones overnight. Air defences shot down 3 Iskander-Ms, "
        "6 Kalibrs and 77 drones."
    )
    assert (out["missiles_destroyed"], out["total_destroyed"]) == (9, 86)


def test_all_n_alone_of_its_class_in_a_list_is_still_the_launch() -> None:
    # near miss: "all six missiles" is the only missile count of its list: launched and destroyed
    out = record("Air defences shot down 40 drones and all six missiles over Kyiv overnight.")
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (6, 6)


# --- "The latest attack came days after …": the attack before, set beside this one -------------------


def test_an_attack_days_before_is_background() -> None:
    out = record(
        "Russian drones hit port infrastructure in Odesa overnight, injuring two workers, the governor "
        "said. The strike came two days after a missile attack on Kyiv killed nine people."
    )
    assert (out["killed"], out["injured"]) == (None, 2)
    assert out["cities"] == ["Odesa"]


def test_an_attack_that_follows_days_after_another_is_background() -> None:
    out = record(
        "Russia launched 80 drones at Ukraine overnight, and 66 were shot down, the air force said. "
        "The attack follows just days after Russia fired 40 missiles at Lviv, killing four people."
    )
    assert out["killed"] is None
    assert out["drones_launched"] == 80
    assert "Lviv" not in out["cities"]


def test_an_attack_hours_after_a_meeting_keeps_its_toll() -> None:
    # near miss: hours after a meeting is when this attack came, its toll told in the sentence
    out = record(
        "The attack came hours after Zelensky met European leaders, and killed three people in "
        "Kharkiv overnight, Mayor Ihor Terekhov said."
    )
    assert out["killed"] == 3


# --- a headline's count of one class over a lede naming the other class uncounted --------------------


def test_a_headline_count_over_a_lede_naming_missiles_gives_no_total() -> None:
    out = record(
        "Ukraine downs 37 of 52 Russian drones\n\nRussia attacked Ukraine overnight with drones and "
        "ballistic missiles, the air force said on Friday."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (52, 37)
    assert (out["total_launched"], out["total_destroyed"]) == (None, None)


def test_a_lede_then_a_sentence_adding_missiles_gives_no_total() -> None:
    out = record(
        "Russia launched 67 drones at Ukraine overnight, 50 of which were shot down.\n\nThe attack "
        "also involved cruise missiles, the air force said."
    )
    assert (out["total_launched"], out["total_destroyed"]) == (None, None)


def test_a_next_sentence_naming_only_the_same_class_keeps_the_total() -> None:
    # near miss: the sentence after the count names drones again, no other class
    out = record(
        "Russia launched 67 drones at Ukraine overnight, 50 of which were shot down.\n\nDrones hit "
        "energy facilities in the Sumy region."
    )
    assert (out["total_launched"], out["total_destroyed"]) == (67, 50)


# --- "… were shot down, along with 44 drones": the count shares the fate told before ---------------


def test_a_count_along_with_a_shoot_down_is_shot_down() -> None:
    out = record(
        "Russia launched a cruise missile and 61 drones overnight. The missile was shot down, along "
        "with 48 drones, the air force said."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (61, 48)
    assert out["total_destroyed"] == 49


def test_a_count_along_with_after_the_shoot_down_is_no_launch() -> None:
    # it gave 38 launched drones (read as the "with" of "attacked with")
    out = record("Air defences shot down five missiles over Kyiv, along with 38 drones.")
    assert (out["drones_destroyed"], out["drones_launched"]) == (38, None)


def test_an_attack_with_missiles_along_with_drones_is_still_a_launch() -> None:
    # near miss: "along with" after a launch keeps the launch
    out = record("Russia attacked Ukraine overnight with six missiles, along with 70 drones.")
    assert (out["missiles_launched"], out["drones_launched"], out["total_launched"]) == (6, 70, 76)


# --- "in the Dnipro district": the district of a town named like a river --------------------------


def test_the_dnipro_district_gives_its_oblast() -> None:
    out = record("A Russian missile hit a farm in the Dnipro district overnight, injuring two workers.")
    assert (out["oblasts"], out["cities"]) == (["Dnipropetrovsk Oblast"], [])


def test_the_dnipro_raion_gives_its_oblast() -> None:
    out = record("Drones struck a grain elevator in the Dnipro raion, regional officials said.")
    assert out["oblasts"] == ["Dnipropetrovsk Oblast"]


def test_the_river_itself_stays_no_place() -> None:
    # near miss: "the Dnipro" with no district after it is the river
    out = record("Drone debris fell on the left bank of the Dnipro overnight, damaging a boat.")
    assert out["oblasts"] == []


# --- "The missile and 19 drones hit targets": the one missile launched was not downed -----------------


def test_the_one_missile_that_hit_with_drones_was_not_downed() -> None:
    out = record(
        "Russia attacked Ukraine overnight with 90 drones and a Kh-59 missile. 71 drones were shot "
        "down. The missile and 19 drones hit targets in the Mykolaiv region."
    )
    assert (out["missiles_destroyed"], out["total_destroyed"]) == (0, 71)


def test_the_named_missile_that_struck_with_drones_was_not_downed() -> None:
    out = record(
        "Russia fired 40 drones and one Iskander-M missile overnight; air defences downed 33 drones. "
        "The Iskander-M missile as well as seven drones struck the port of Izmail."
    )
    assert out["missiles_destroyed"] == 0


def test_the_missile_of_two_that_hit_leaves_their_fate_open() -> None:
    # near miss: two missiles launched, "the missile" is one of them
    out = record(
        "Russia attacked Ukraine overnight with 90 drones and two missiles. 71 drones were shot "
        "down. The missile and 19 drones hit targets in the Mykolaiv region."
    )
    assert out["missiles_destroyed"] is None


# --- "shot down the Kinzhal and 41 drones": a model launched as one, named again -------------------


def test_the_one_model_shot_down_in_a_list_is_one_destroyed() -> None:
    out = record(
        "Russia attacked Ukraine with two Kh-22 missiles, one Kinzhal and 62 drones overnight. Air "
        "defences shot down the Kinzhal and 48 drones."
    )
    assert (out["missiles_destroyed"], out["total_destroyed"]) == (1, 49)


def test_the_one_model_intercepted_in_the_passive_is_one_destroyed() -> None:
    out = record(
        "Overnight Russia launched 3 Kalibr missiles, an Iskander-M and 40 drones; 31 drones were "
        "downed. The Iskander-M was intercepted over Kyiv, the air force said."
    )
    assert out["missiles_destroyed"] == 1


def test_the_model_launched_twice_over_is_no_count() -> None:
    # near miss: two of the model launched, "the Kinzhals" tell no number
    out = record(
        "Russia fired two Kinzhal missiles and 30 drones overnight. Air defences shot down the "
        "Kinzhals and 25 drones."
    )
    assert out["missiles_destroyed"] is None


# --- "killing a married couple": a person word that names two -------------------------------------


def test_a_couple_killed_counts_two() -> None:
    out = record("A Russian drone hit a house in the village of Ternivka overnight, killing an old couple.")
    assert out["killed"] == 2


def test_a_couple_injured_as_subject_counts_two() -> None:
    out = record(
        "Russian drones struck Pavlohrad overnight. A married couple was injured when debris fell on "
        "their house, the governor said."
    )
    assert out["injured"] == 2


def test_a_couple_of_hours_is_no_one() -> None:
    # near miss: "a couple of" counts hours, and the one man injured stays one
    out = record(
        "A drone hit a warehouse in Pavlohrad overnight. A couple of hours later, a man was injured "
        "by debris in the same district."
    )
    assert (out["killed"], out["injured"]) == (None, 1)


# --- a toll told after a drone strike, in a paragraph that tells of shelling later ---------------------


def test_a_toll_after_the_drones_stays_when_shelling_follows() -> None:
    out = record(
        "Russian drones hit a residential building in Kryvyi Rih overnight, the city's head said. "
        "Four people were injured, two of them children. Separately, in the Nikopol district, "
        "Russian artillery wounded a 49-year-old man."
    )
    assert out["injured"] == 4


def test_a_toll_after_a_missile_stays_when_mortars_follow() -> None:
    out = record(
        "A Russian missile struck an enterprise in Zaporizhzhia on Friday. Three workers were killed. "
        "Russian mortars also hit the village of Stepnohirsk in the afternoon."
    )
    assert out["killed"] == 3


def test_a_toll_after_the_shelling_stays_the_shellings() -> None:
    # near miss: the weapon named last before the toll is the artillery's
    out = record(
        "Russian drones attacked the region overnight. Later, artillery shelled Nikopol. Two people "
        "were injured."
    )
    assert out["injured"] is None


# --- "killing one person and wounding another" ----------------------------------------------------------


def test_wounding_another_is_one_injured() -> None:
    out = record("Russian drones attacked Chernihiv overnight, killing one person and wounding another.")
    assert (out["killed"], out["injured"]) == (1, 1)


def test_injuring_another_in_a_place_is_one_injured() -> None:
    out = record("A missile hit Poltava on Friday, killing a man and injuring another in the city centre.")
    assert (out["killed"], out["injured"]) == (1, 1)


def test_injuring_another_three_keeps_the_count() -> None:
    # near miss: "another three" is a count of its own, read as before
    out = record("A drone hit Sumy overnight, killing one person and injuring another three.")
    assert (out["killed"], out["injured"]) == (1, 3)


# --- "Russia also fired 2 Kh-59 missiles, which were shot down": launched and destroyed ---------------


def test_a_launch_whose_relative_clause_tells_it_shot_down_is_both() -> None:
    out = record(
        "The air force said 51 of 63 drones were downed. Russia also fired 3 Kh-59 missiles, which "
        "were shot down over the Poltava region."
    )
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (3, 3)
    assert (out["total_launched"], out["total_destroyed"]) == (66, 54)


def test_a_launch_that_was_downed_is_both() -> None:
    out = record("Overnight Russia launched 6 Kalibr missiles, which were downed by mobile fire groups.")
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (6, 6)


def test_a_relative_clause_of_launching_is_no_fate() -> None:
    # near miss: the relative clause tells where they came from, no fate
    out = record("Russia fired 5 Kalibr missiles, which were launched from the Black Sea, the navy said.")
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (5, None)


# --- "sought medical help for shock": psychological help, not injured (SCHEMA) -------------------------


def test_medical_help_for_shock_is_no_injury() -> None:
    out = record("A drone hit a farm in the Mykolaiv region; two people sought medical help for shock.")
    assert out["injured"] is None


def test_medical_aid_for_acute_stress_is_no_injury() -> None:
    out = record(
        "Debris fell on a house in Sumy overnight. Three residents received medical aid for acute "
        "stress reaction, the city council said."
    )
    assert out["injured"] is None


def test_medical_help_with_no_cause_stays_injured() -> None:
    # near miss: medical help with no word of shock counts (SCHEMA: hurt, hospitalised, treated)
    out = record("A Russian drone hit a farm in the Mykolaiv region; two people sought medical help.")
    assert out["injured"] == 2


# --- a list of the toll: "Killed: 2" / "Injured: 14" -------------------------------------------------


def test_a_toll_listed_after_colons_counts() -> None:
    out = record(
        "Consequences of the overnight drone attack on Kharkiv, according to the city council:\n"
        "Killed: 3\nInjured: 17, including two children\nRussia attacked the city with 11 Shahed drones."
    )
    assert (out["killed"], out["injured"]) == (3, 17)


def test_wounded_after_a_colon_counts() -> None:
    out = record("Russian missiles struck Odesa overnight, the governor said. Wounded: 6.")
    assert out["injured"] == 6


def test_a_colon_list_of_soldiers_is_no_toll() -> None:
    # near miss: the people listed are soldiers (no civilian toll of the attack)
    out = record("Russian drones struck Odesa overnight. Ukraine's General Staff report: killed: 2 soldiers.")
    assert out["killed"] is None
