"""Kinds of English wording the corpora show once or not at all (issue 13, the seventh session),
each in sentences written for the test: the kind, a second wording, and a near miss the rule must
leave alone."""

from extract import extract_report
from extract.place_names import find_places


def record(text: str, published: str | None = "2025-05-20") -> dict:
    return extract_report(text, published=published).to_dict()


def places(out: dict) -> tuple[list[str], list[str]]:
    return out["oblasts"], out["cities"]


# --- places told only as attacked ------------------------------------------------------------------


def test_a_list_told_as_attacked_is_the_attacks_places_when_no_place_is_told_hit() -> None:
    out = record(
        "The overnight strike killed five people and injured 23, the emergency service said. "
        "The city of Kyiv, Kyiv Oblast, Poltava Oblast and nine other regions were attacked, "
        "according to the Air Force, which counted 140 drones and 28 missiles."
    )
    assert places(out) == (["Kyiv City", "Kyiv Oblast", "Poltava Oblast"], ["Kyiv"])
    assert (out["killed"], out["injured"]) == (5, 23)
    other = record(
        "Russia launched 210 drones and 9 missiles overnight, the Air Force said. Hits were "
        "recorded at 12 locations. The Volyn, Rivne and Khmelnytskyi regions came under attack."
    )
    assert places(other) == (["Volyn Oblast", "Rivne Oblast", "Khmelnytskyi Oblast"], [])


def test_a_list_told_as_attacked_gives_way_to_a_place_told_hit() -> None:
    out = record(
        "The Sumy, Poltava, Chernihiv and Odesa regions were attacked in the night, Zelensky wrote. "
        "In Odesa, a Shahed struck an apartment block, injuring four people."
    )
    assert places(out) == (["Odesa Oblast"], ["Odesa"])


def test_a_list_told_as_attacked_with_no_toll_or_hits_gives_no_place() -> None:
    out = record(
        "Russia launched 75 drones overnight, the Air Force said. The Sumy, Poltava and Chernihiv "
        "regions came under attack; 61 drones were shot down."
    )
    assert places(out) == ([], [])


def test_places_targeted_or_named_by_a_speaker_are_no_list_told_as_attacked() -> None:
    # a speaker's place before the list is not in it
    out = record(
        "Three people died in the overnight attack, officials said. President Zelensky, "
        "speaking in Lviv, said the Zhytomyr and Vinnytsia regions were attacked by drones."
    )
    assert places(out) == (["Zhytomyr Oblast", "Vinnytsia Oblast"], [])
    # the side that attacked claiming targets is no list of the attack's places
    near = record(
        "Two people were injured overnight, officials said. Russia's defence ministry said military "
        "sites in the Mykolaiv and Kherson regions were attacked with precision weapons."
    )
    assert places(near) == ([], [])
    # targeted, shot down over, or attacked on another day: no list of the attack's places
    for told in (
        "Energy sites in the Lviv and Volyn regions were targeted, the ministry said.",
        "Drones were downed over the Lviv and Volyn regions.",
        "The Lviv and Volyn regions were attacked last week as well.",
    ):
        out = record(f"Two people were injured in the overnight attack, officials said. {told}")
        assert places(out) == ([], []), told


def test_a_name_told_again_with_its_region_word_is_the_city_then_its_region() -> None:
    named = find_places("Kyiv, Kyiv Oblast and Sumy Oblast were under attack.")
    assert [(p.name, p.kind) for p in named] == [
        ("Kyiv", "city"),
        ("Kyiv Oblast", "oblast"),
        ("Sumy Oblast", "oblast"),
    ]
    # a list of different names before a region word stays a list of regions
    listed = find_places("Poltava, Sumy and Kharkiv regions were under attack.")
    assert [p.kind for p in listed] == ["oblast", "oblast", "oblast"]


# --- place names misspelt by two letters ------------------------------------------------------------


def test_a_long_name_two_letters_off_or_with_two_letters_swapped_is_read_as_the_name() -> None:
    out = record("A Russian missile hit an industrial site in Kramatroks overnight, injuring two people.")
    assert places(out) == (["Donetsk Oblast"], ["Kramatorsk"])
    other = record("Drones struck energy facilities in the Zaporozhzhya region overnight, the governor said.")
    assert places(other)[0] == ["Zaporizhzhia Oblast"]
    third = record("Debris damaged a school in Chernivsti overnight after a drone was shot down.")
    assert places(third) == (["Chernivtsi Oblast"], ["Chernivtsi"])


def test_a_word_two_letters_off_is_left_when_it_ends_otherwise_or_the_name_is_short() -> None:
    # an ending added to a town's name makes its district's adjective: the oblast only, never the town
    out = record("Drones struck a farm in the Kramatorskyi district overnight, injuring a man.")
    assert "Kramatorsk" not in out["cities"]
    # two letters off a short name is too close to other words to read as it
    near = record("A drone hit a house in Pltvaa overnight, injuring a woman.")
    assert places(near) == ([], [])


# --- debris that fell and damaged nothing ---------------------------------------------------------


def test_debris_told_to_have_damaged_nothing_ties_no_place() -> None:
    for told in (
        "Debris fell in Pavlohrad, with no damage reported.",
        "Debris fell near Pavlohrad without causing any damage.",
        "In Pavlohrad, wreckage of a drone fell on an empty lot; it caused no damage.",
        "Drone debris fell in Pavlohrad. No damage was reported.",
    ):
        out = record(f"Russia launched 46 drones overnight, the Air Force said. {told}")
        assert places(out) == ([], []), told


def test_debris_that_did_damage_or_of_which_only_casualties_are_denied_still_ties_its_place() -> None:
    for told in (
        "Debris fell in Pavlohrad, damaging a roof, but no one was hurt.",
        "Debris fell in Pavlohrad, with no casualties reported.",
        "Debris sparked a fire in Pavlohrad, with no damage to homes.",
        # a denial in the next sentence that names its own place is that place's
        "Drone debris fell in Pavlohrad. No damage was reported in Dnipro.",
    ):
        out = record(f"Russia launched 46 drones overnight, the Air Force said. {told}")
        assert "Pavlohrad" in out["cities"], told


# --- "Separately, …" opening the night's own launch -------------------------------------------------


def test_a_separately_paragraph_that_counts_russias_launch_of_the_night_is_this_attack() -> None:
    out = record(
        "A guided bomb struck Kupiansk in the afternoon, injuring four people, the governor said.\n"
        "Separately, Russia launched 64 drones at Ukraine overnight, 52 of which were shot down."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (64, 52)
    other = record(
        "A Ukrainian Su-25 was lost on a combat mission in the east, the military said.\n"
        "Separately, Russia fired 30 drones and two missiles last night, officials said."
    )
    assert other["is_attack_report"] is True
    assert (other["drones_launched"], other["missiles_launched"]) == (30, 2)


def test_a_separately_paragraph_of_another_event_stays_apart() -> None:
    out = record(
        "Russia launched 64 drones at Ukraine overnight, 52 of which were shot down.\n"
        "Separately, a Russian artillery barrage killed two people in Nikopol on Tuesday.\n"
        "Separately, the governor of Russia's Kursk region said 12 drones were downed there."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (64, 52)
    assert (out["killed"], out["injured"]) == (None, None)


# --- a toll denied before the event it follows ------------------------------------------------------


def test_a_denied_toll_before_after_or_when_leaves_the_strike_told_after_it() -> None:
    out = record("No injuries were reported after Russian drones struck a warehouse in Lviv overnight.")
    assert places(out) == (["Lviv Oblast"], ["Lviv"])
    assert (out["killed"], out["injured"]) == (0, 0)
    other = record("Nobody was hurt when a Russian drone hit a garage in Lutsk overnight, the mayor said.")
    assert places(other) == (["Volyn Oblast"], ["Lutsk"])


def test_a_denied_toll_or_damage_with_nothing_struck_after_it_ties_no_place() -> None:
    for text in (
        "No damage was reported after the drone attack on Lviv overnight.",
        "There were no casualties after Russian drones were shot down over Lviv overnight.",
    ):
        assert places(record(text)) == ([], []), text


# --- the weapons named again as not downed ----------------------------------------------------------


def figures(out: dict, *names: str) -> tuple:
    return tuple(out[name] for name in names)


def test_the_weapons_named_again_as_not_downed_had_none_destroyed() -> None:
    out = record(
        "Russia launched 72 drones and a ballistic missile overnight, the Air Force said. Of those, "
        "58 drones were shot down. The missile was not intercepted."
    )
    assert figures(out, "missiles_launched", "missiles_destroyed", "total_destroyed") == (1, 0, 58)
    other = record(
        "Russia fired three Iskander-M missiles and 40 drones at Ukraine overnight. Air defenses "
        "downed 35 drones; the missiles could not be intercepted."
    )
    assert figures(other, "missiles_launched", "missiles_destroyed", "total_destroyed") == (3, 0, 35)


def test_a_weapon_not_downed_that_is_not_the_class_launched_gives_no_figure() -> None:
    # "the missile" of three launched is one of them, not all
    out = record(
        "Russia fired three missiles and 40 drones at Ukraine overnight. Air defenses downed 35 "
        "drones; the missile was not intercepted."
    )
    assert figures(out, "missiles_destroyed", "total_destroyed") == (None, None)
    # one of several kinds of missile, beside a destroyed count of the class
    other = record(
        "Russia fired 3 cruise missiles, an Iskander missile and 40 drones overnight. 35 drones and 2 "
        "missiles were downed. The Iskander missile was not intercepted."
    )
    assert other["missiles_destroyed"] == 2


# --- dates --------------------------------------------------------------------------------------------


def test_the_air_forces_window_from_six_in_the_evening_of_a_weekday_ends_the_next_morning() -> None:
    # 2025-06-10 is a Tuesday
    for window in ("from 18:00 on Monday", "from 6 p.m. on Monday"):
        out = record(f"Russia launched 87 drones at Ukraine {window}, the Air Force said.", "2025-06-10")
        assert out["attack_date"] == "2025-06-10", window
    # a morning hour of the weekday is that weekday's own night
    other = record("Russia launched 87 drones at Ukraine until 8:00 on Monday, the Air Force said.",
                   "2025-06-10")
    assert other["attack_date"] == "2025-06-09"


def test_an_event_told_as_earlier_on_a_weekday_before_the_night_is_not_the_attacks() -> None:
    # 2025-06-10 is a Tuesday: the night told ended on it; Monday's glide bomb strike is another event
    out = record(
        "Russia attacked Kyiv overnight with drones, wounding 5 people, the city's military "
        "administration said. Earlier on Monday, a glide bomb attack on Kharkiv killed 2.",
        "2025-06-10",
    )
    assert out["attack_date"] == "2025-06-10"
    assert (out["killed"], out["injured"]) == (None, 5)
    assert places(out) == (["Kyiv City"], ["Kyiv"])
    # "earlier on" the publication's own day is the night's morning: the same attack
    same = record(
        "A missile hit Dnipro in the afternoon, officials said. Earlier on Tuesday, Russian drones "
        "struck Poltava, injuring two people.",
        "2025-06-10",
    )
    assert same["attack_date"] == "2025-06-10"
    assert "Poltava" in same["cities"] and same["injured"] == 2


# --- relevance ----------------------------------------------------------------------------------------


def test_a_ground_assault_is_no_air_attack() -> None:
    out = record("Russian forces launched a ground assault near Pokrovsk, killing three Ukrainian soldiers.")
    assert out["is_attack_report"] is False
    other = record("Russian infantry assault groups attacked positions near Kupiansk, the military said.")
    assert out["oblasts"] == [] and other["is_attack_report"] is False
    # an air weapon in the sentence keeps it an air attack
    near = record("A Russian missile struck an infantry training ground near Dnipro, killing 12 people.")
    assert near["is_attack_report"] is True and near["killed"] == 12


# --- lists of weapons broken by a part or a launch area -----------------------------------------------


def test_a_list_goes_on_after_a_part_told_between_commas() -> None:
    out = record("Russia fired 40 missiles, including 23 ballistic missiles, and 550 drones overnight.")
    assert figures(out, "drones_launched", "missiles_launched", "total_launched") == (550, 40, 590)
    other = record("Russia launched 550 drones, including 300 Shaheds, as well as 40 missiles overnight.")
    assert figures(other, "drones_launched", "missiles_launched", "total_launched") == (550, 40, 590)
    # a part of the same class after the comma stays a part
    near = record("Russia launched 550 drones overnight, including 300 Shaheds, and 250 decoys.")
    assert figures(near, "drones_launched", "total_launched") == (550, 550)


def test_a_list_goes_on_after_the_launch_area_of_an_item() -> None:
    out = record(
        "Overnight the enemy attacked with 4 Iskander-M ballistic missiles from the Kursk region, "
        "2 Kh-59/69 guided missiles and 122 Shahed strike UAVs."
    )
    assert figures(out, "drones_launched", "missiles_launched", "total_launched") == (122, 6, 128)
    other = record(
        "Air defence downed 7 missiles fired from ships in the Black Sea, 31 Shahed drones and four "
        "decoy drones overnight."
    )
    assert figures(other, "missiles_destroyed", "drones_destroyed") == (7, 35)
    # a clause of its own after the area is no list item
    near = record("Russia launched 50 drones from Kursk overnight, and air defence shot down 40 drones.")
    assert figures(near, "drones_launched", "drones_destroyed") == (50, 40)


def test_a_paragraph_opening_on_an_earlier_time_holds_it_to_its_end() -> None:
    out = record(
        "Russia fired 539 drones and 11 missiles at Ukraine overnight, killing two people in Kyiv, "
        "the air force said.\n"
        "Last week, Russia launched 477 drones and 60 missiles. A strike on Kremenchuk on June 28 "
        "killed 2 and damaged a factory.\n"
        "Overnight, debris also fell on a house in Bucha, injuring a woman.",
        "2025-07-04",
    )
    assert out["attack_date"] == "2025-07-04"
    assert (out["killed"], out["injured"]) == (2, 1)
    assert "Kremenchuk" not in out["cities"] and "Bucha" in out["cities"]
    # the paragraph's own later sentence opening on the night is this attack's again
    other = record(
        "Russia fired 120 drones at Ukraine overnight, according to the air force.\n"
        "A week ago, a strike on Kremenchuk killed 2. Overnight, a drone hit a warehouse in Lubny.",
        "2025-07-04",
    )
    assert other["cities"] == ["Lubny"]


# --- casualties -----------------------------------------------------------------------------------------


def test_the_wars_toll_since_a_year_is_background() -> None:
    out = record(
        "Russia launched 90 drones at Ukraine overnight, killing one person in Sumy.\n"
        "Russia's war against Ukraine has killed over 12,000 civilians since 2022, the UN says."
    )
    assert out["killed"] == 1
    other = record(
        "A Russian missile hit Sumy overnight, killing one person.\n"
        "The full-scale invasion has so far killed more than 13,000 civilians, according to the UN."
    )
    assert other["killed"] == 1
    # the night's own toll told in the present perfect stays
    near = record("Russian drones have killed two people in Sumy overnight, the governor said.")
    assert near["killed"] == 2


def test_a_figure_after_a_sentence_naming_a_city_and_its_own_oblast_is_the_citys() -> None:
    out = record(
        "Russia launched 810 drones overnight.\n"
        "In Kyiv, three people died, according to Kyiv City Military Administration chief Tymur "
        "Tkachenko. Eighteen more were hurt.\n"
        "Zaporizhzhia Oblast Governor Ivan Fedorov said 15 people were injured in Zaporizhzhia.",
        "2025-09-07",
    )
    assert (out["killed"], out["injured"]) == (3, 33)
    other = record(
        "Russia launched 60 drones overnight.\n"
        "Oleh Kiper, governor of Odesa Oblast, said drones hit port facilities in Odesa. Four were hurt.\n"
        "In Mykolaiv, two people were injured.",
        "2025-09-07",
    )
    assert other["injured"] == 6


# --- places -----------------------------------------------------------------------------------------------


def test_the_city_of_a_shelling_sentence_is_struck_when_drones_hit_it() -> None:
    out = record(
        "Russian shelling of Kherson killed two civilians overnight, the regional administration said. "
        "Russian drones also hit a bus in the city, injuring four."
    )
    assert places(out) == (["Kherson Oblast"], ["Kherson"])
    assert (out["killed"], out["injured"]) == (None, 4)
    # the shelling's own damage told after it, with no air weapon, ties no place
    near = record(
        "Russian drones hit Mykolaiv overnight, injuring one.\n"
        "Russian shelling of Kherson killed two civilians. In the city, a school was damaged."
    )
    assert places(near) == (["Mykolaiv Oblast"], ["Mykolaiv"])


def test_a_bare_count_over_a_place_of_its_own_after_a_counted_weapon_and_its_place_is_another_part() -> None:
    out = record("Air defence shot down 21 Shaheds over the Odesa region and 4 over the Mykolaiv region.")
    assert out["drones_destroyed"] == 25
    other = record("Overnight, 6 drones were downed over Kyiv Oblast, and 3 over Sumy Oblast.")
    assert other["drones_destroyed"] == 9
    # a bare count told by time, or with a fate of its own, is no part of the place's count
    near = record("Air defence shot down 21 drones over the Odesa region and 4 in the morning.")
    assert near["drones_destroyed"] == 21
    jammed = record("Air defence shot down 21 drones over Odesa and 4 more were jammed.")
    assert (jammed["drones_destroyed"], jammed["suppressed"]) == (21, 4)
