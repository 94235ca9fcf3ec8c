"""Kinds of English figure misses (issue 13, the third session), each shown in sentences written
for the test: the kind, where it makes sense other words for it, and a near miss the rule must
leave alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-04-10") -> dict:
    return extract_report(text, published=published).to_dict()


def test_a_verb_in_quotes_is_still_the_counts_verb() -> None:
    # the sentence split leaves the closing quote of 'were "lost."' outside the sentence
    text = (
        'The air force said 140 drones were launched and 81 shot down. Another 47 drones were "lost."\n\n'
        "Power was cut in two districts."
    )
    assert record(text)["suppressed"] == 47
    other = record(
        "Russia sent 30 drones overnight. Air defence said 22 of them were “neutralised” over the south."
    )
    assert other["drones_destroyed"] == 22


def test_a_quote_after_a_count_that_is_no_verb_gives_no_role() -> None:
    out = record('Russia launched 40 drones "to break the grid," the minister said. Air defence downed 31.')
    assert out["drones_launched"] == 40
    assert out["suppressed"] is None


def test_the_last_comparable_attack_is_another_one() -> None:
    text = (
        "Russia fired 57 missiles and 33 drones at Ukraine overnight, the air force said. "
        "The last comparable attack came in March 2023, when Russian forces launched 81 missiles "
        "in one night."
    )
    out = record(text)
    assert out["missiles_launched"] == 57
    assert out["total_launched"] == 90
    other = record(
        "Russia launched 90 drones overnight, officials said. The previous similar barrage, in May, "
        "saw 120 drones fired at Kyiv."
    )
    assert other["drones_launched"] == 90


def test_a_record_surpassed_does_not_set_the_night_aside() -> None:
    # "the previous record attack" inside a sentence about this night keeps its figures
    text = (
        "Russia launched 300 drones and 20 missiles at Ukraine overnight. Nine missiles and 30 drones "
        "still hit their targets, a scale beyond even the previous record attack in May."
    )
    out = record(text)
    assert out["drones_launched"] == 300 and out["missiles_launched"] == 20


def test_a_months_toll_is_not_the_nights() -> None:
    text = (
        "Russia attacked Kherson with drones overnight, damaging a school, the governor said on 12 November. "
        "He said earlier that 45 civilians were killed in the region in November."
    )
    assert record(text, "2024-11-12")["killed"] is None
    other = record(
        "A Russian missile hit a clinic in Dnipro overnight, the mayor said. "
        "Over 30 people have died in the city in August alone.",
        "2024-08-20",
    )
    assert other["killed"] is None


def test_a_toll_with_the_day_of_the_month_is_the_nights() -> None:
    text = (
        "Russian drones struck Sumy overnight. Three people were killed in the city on March 22, "
        "the governor said."
    )
    assert record(text, "2024-03-22")["killed"] == 3


def test_no_injuries_of_the_whole_impact_is_nobody_killed_either() -> None:
    text = (
        "Russian drones hit a grain terminal in the Odesa region overnight, starting a fire, the governor "
        "said. No injuries were reported."
    )
    out = record(text)
    assert (out["killed"], out["injured"]) == (0, 0)
    other = record("A Shahed drone damaged a garage in Sumy overnight. Fortunately, nobody was injured.")
    assert (other["killed"], other["injured"]) == (0, 0)


def test_no_injuries_beside_a_death_toll_is_of_the_injured_only() -> None:
    text = (
        "A Russian missile hit a house in Zhytomyr overnight, killing two people. "
        "No injuries were reported."
    )
    out = record(text)
    assert (out["killed"], out["injured"]) == (2, 0)


def test_the_openings_one_place_figure_adds_to_other_places() -> None:
    text = (
        "Russia hit the city of Sumy with two glide bombs on Wednesday, injuring 11 people.\n\n"
        "Russian drones also struck Kherson and Kharkiv overnight, regional officials said.\n\n"
        "Three people were wounded in Kherson, the governor said. In Kharkiv, two people were hurt."
    )
    out = record(text)
    assert out["injured"] == 16
    assert out["casualties_by_place"]["Sumy"] == {"injured": 11}


def test_the_openings_national_toll_with_a_places_part_stays_the_whole() -> None:
    text = (
        "Russian missiles killed at least nine people in Ukraine in overnight strikes, officials said "
        "on Thursday, with five deaths reported in Dnipro.\n\n"
        "In Poltava, four people were killed when a missile hit a dormitory."
    )
    out = record(text)
    assert out["killed"] == 9
    assert out["casualties_by_place"]["Dnipro"] == {"killed": 5}


def test_a_person_from_a_place_is_still_the_casualty() -> None:
    text = "An elderly woman from the frontline town of Orikhiv was killed when a guided bomb hit her house."
    assert record(text)["killed"] == 1
    other = record(
        "A 40-year-old man from Ukraine's southern city of Mykolaiv was wounded by a drone strike."
    )
    assert other["injured"] == 1
    other = record("A teenager in Kharkiv was injured when debris from a downed drone fell on a playground.")
    assert other["injured"] == 1


def test_a_person_from_a_place_who_speaks_is_no_casualty() -> None:
    out = record("A drone hit a shop in Kyiv overnight. A woman from Kyiv said she was not hurt.")
    assert out["injured"] in (None, 0)


def test_a_drone_dropping_explosives_is_no_weapon_of_the_attack() -> None:
    text = (
        "A woman in Beryslav was killed when explosives were dropped from a drone onto her yard, "
        "the regional head said."
    )
    out = record(text)
    assert out["killed"] == 1
    assert out["drones_launched"] is None and out["total_launched"] is None
    other = record("In Nikopol, a Russian drone dropped a grenade on a bus stop, the regional head said.")
    assert other["drones_launched"] is None
    attacked = record("Russian troops attacked a woman cycling near Beryslav from a drone, officials said.")
    assert attacked["drones_launched"] is None


def test_a_lone_shahed_that_hit_still_counts_one() -> None:
    out = record("A Shahed drone hit a warehouse in Lviv overnight, the mayor said.")
    assert out["drones_launched"] == 1


def test_one_drone_downed_as_the_reports_only_count_was_one_launched() -> None:
    text = (
        "Air defence forces destroyed an attack drone approaching an energy facility near Rivne, "
        "the mayor said. There were no casualties."
    )
    out = record(text)
    assert (out["drones_launched"], out["drones_destroyed"]) == (1, 1)
    assert (out["total_launched"], out["total_destroyed"]) == (1, 1)
    other = record("A Russian cruise missile was shot down over the Khmelnytskyi region on Monday morning.")
    assert (other["missiles_launched"], other["missiles_destroyed"]) == (1, 1)


def test_one_weapon_downed_during_a_larger_attack_gives_no_launch_count() -> None:
    text = "Ukraine's air defence shot down a Kinzhal missile during an attack on the capital this week."
    out = record(text)
    assert out["missiles_destroyed"] == 1
    assert out["missiles_launched"] is None and out["total_launched"] is None
    plural = record("Russia sent drones at Odesa overnight. Air defence shot down a drone over the port.")
    assert plural["drones_launched"] is None


def test_the_missile_downed_after_a_missile_launched_is_that_one() -> None:
    text = (
        "Russia launched 47 drones and a ballistic missile at Ukraine overnight, the air force said, adding "
        "that air defence destroyed the missile and 38 of the drones."
    )
    out = record(text)
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (1, 1)
    assert out["total_destroyed"] == 39
    other = record(
        "Russia launched 12 drones and a Kh-59 missile at the Odesa region. The missile was shot down "
        "over the sea, and nine drones were downed."
    )
    assert other["missiles_destroyed"] == 1


def test_the_missile_downed_after_several_launched_is_no_count() -> None:
    out = record(
        "Russia fired four missiles at Kharkiv overnight. Air defence destroyed the missile aimed at a plant."
    )
    assert out["missiles_destroyed"] is None


def test_the_named_drone_that_hit_was_one() -> None:
    text = "According to the city council, the Shahed-136 drone hit an administrative building in Kryvyi Rih."
    out = record(text)
    assert out["drones_launched"] == 1 and out["total_launched"] == 1
    # a model of the other class told of with no number leaves the total open
    mixed = record(text + " A school was damaged by S-300 strikes on a village nearby.")
    assert mixed["drones_launched"] == 1 and mixed["total_launched"] is None
    # with no model named, what one weapon hit is no count (as for "a drone hit")
    assert record("The drone hit a school in Sumy overnight, the mayor said.")["drones_launched"] is None


def test_a_quote_paragraph_after_a_foreign_one_is_the_foreign_officials() -> None:
    text = (
        "A drone hit an oil depot in Russia's Bryansk region overnight, says its governor.\n"
        "“The fire was put out quickly. Nobody was hurt,” he said. He added there were no casualties.\n"
        "Russia attacked Ukraine with 40 Shahed drones overnight; 31 were downed, the Air Force said."
    )
    out = record(text)
    assert out["drones_launched"] == 40
    assert out["killed"] is None and out["injured"] is None


def test_a_quote_paragraph_naming_a_ukrainian_place_stays_this_attack() -> None:
    text = (
        "Russia's defence ministry said it downed 20 Ukrainian drones over the Kursk region.\n"
        "“A drone hit a house in Sumy overnight, nobody was hurt,” the Ukrainian governor said.\n"
    )
    out = record(text)
    assert (out["killed"], out["injured"]) == (0, 0)


def test_two_dozens_is_twenty_four() -> None:
    text = (
        "Russian missiles struck Kyiv overnight, killing three people and leaving two dozens injured. "
        "In the Darnytskyi district alone, 17 people were injured, the mayor said."
    )
    assert record(text)["injured"] == 24
    # "dozens" alone is no number
    assert record("Russian drones struck Odesa overnight, leaving dozens injured.")["injured"] is None


def test_ukrainians_and_locals_are_people() -> None:
    text = (
        "Russia's overnight barrage killed nearly two dozen people, officials said at first. "
        "By evening the assault had left at least 31 Ukrainians dead."
    )
    assert record(text)["killed"] == 31
    assert record("A Russian missile hit a market in Kostiantynivka, killing 16 locals.")["killed"] == 16


def test_what_hit_a_number_of_sites_is_counted_by_class() -> None:
    text = (
        "Russia launched 210 drones and 12 missiles overnight. Air defence downed 180 drones and nine "
        "missiles, while three missiles and 26 drones hit 9 locations."
    )
    out = record(text)
    assert out["hits_by_class"] == {"missile": 3, "drone": 26}
    assert out["hit_locations"] == 9
    assert (out["drones_launched"], out["missiles_launched"]) == (210, 12)


def test_victims_counted_where_no_one_died_are_the_injured() -> None:
    text = (
        "Russian drones struck a grain terminal in the Izmail district overnight. The head of the "
        "regional administration reports on five victims. Three injured people were hospitalised."
    )
    assert record(text)["injured"] == 5
    other = record("A missile hit a warehouse in Odesa overnight, leaving seven victims, the governor said.")
    assert other["injured"] == 7 and other["killed"] is None


def test_victims_beside_a_death_are_not_read_as_injured() -> None:
    text = (
        "Russian missiles hit Zaporizhzhia overnight. Early reports mentioned two victims. "
        "By morning three people were confirmed dead."
    )
    out = record(text)
    assert out["killed"] == 3 and out["injured"] is None


def test_the_paragraphs_after_an_earlier_report_go_on_with_its_story() -> None:
    text = (
        "Russia struck Sumy with two ballistic missiles overnight, injuring four people, the regional "
        "governor said.\n\n"
        "As the agency reported earlier, on 14 March 2024 a Russian missile hit a school in Sumy.\n\n"
        "Rescuers searched the rubble for two days. Nine people were killed and 30 injured."
    )
    out = record(text, published="2025-03-08")
    assert out["injured"] == 4
    assert out["killed"] is None
    # other words, and the same day of another year ("a year ago today")
    other = record(
        "A Russian drone hit a warehouse in Odesa overnight, the governor said.\n\n"
        "As previously reported, on 8 March 2024 Russian drones struck the port of Izmail.\n\n"
        "The blaze destroyed grain stores and killed two dock workers.",
        published="2025-03-08",
    )
    assert other["killed"] is None


def test_an_earlier_report_of_this_very_day_keeps_what_follows() -> None:
    # near miss: the opener retells this attack, so the next paragraph is this attack's too
    text = (
        "Drones and missiles struck Vinnytsia early on 10 September, its governor reported.\n\n"
        "As reported earlier, early on 10 September Russian forces struck several regions with "
        "Kalibrs and Shaheds.\n\n"
        "A drone also hit a warehouse in Lviv, injuring three people."
    )
    out = record(text, published="2025-09-10")
    assert out["injured"] == 3
    assert "Lviv" in out["cities"]
    # near miss: after the older story, a paragraph of this night's own words is read again
    later = record(
        "As previously reported, on 2 May 2024 a missile hit a depot in Dnipro.\n\n"
        "Overnight, a drone hit a house in Dnipro, injuring two people.",
        published="2025-03-08",
    )
    assert later["injured"] == 2


def test_a_count_before_a_list_of_classes_is_the_attacks_bound_not_one_class() -> None:
    # the shot-down and hit figures by class are no launch figures: no per-class launch count
    text = (
        "Russia fired more than 250 drones, ballistic, and cruise missiles at Ukrainian cities "
        "overnight. The air force reported downing or jamming 19 missiles and 201 drones; three "
        "missiles and 30 drones hit nine locations."
    )
    out = record(text)
    assert out["drones_launched"] is None
    assert out["missiles_launched"] is None
    assert out["total_launched"] == 250
    assert out["bounds"]["total_launched"] == "lower"
    assert out["drones_destroyed"] == 201
    assert out["hit_locations"] == 9
    other = record("Nearly 400 Shaheds, ballistic and cruise missiles were launched overnight.")
    assert other["total_launched"] == 400
    assert other["drones_launched"] is None
    assert other["missiles_launched"] is None  # a model named in a count of both classes


def test_a_list_with_its_own_counts_keeps_each_class() -> None:
    # near miss: each class counted, the comma parts counts, not kinds of one count
    out = record("Russia launched 300 drones, 20 cruise missiles and five ballistic missiles overnight.")
    assert out["drones_launched"] == 300
    assert out["missiles_launched"] == 25
    assert out["total_launched"] == 325


def test_struck_objects_are_hit_locations() -> None:
    text = (
        "Russia sent 31 drones at Kyiv overnight, most of them were shot down. Six objects were "
        "struck, power facilities among them, the prime minister said."
    )
    assert record(text)["hit_locations"] == 6
    other = record(
        "Russia attacked Kyiv with 20 drones overnight. Debris fell on three objects in the capital, "
        "the city administration said."
    )
    assert other["debris_locations"] == 3
    assert other["hit_locations"] is None
    hits = record("Hits were recorded at 14 locations after the overnight attack, the air force said.")
    assert hits["hit_locations"] == 14


def test_objects_counted_with_no_word_of_a_hit_are_not_hit_locations() -> None:
    # near misses: objects damaged by a blast wave; a tally of the whole war
    damaged = record("Russia sent 28 drones at Kyiv; the blast wave damaged five objects nearby.")
    assert damaged["hit_locations"] is None
    assert damaged["debris_locations"] is None
    war = record(
        "Russia launched 40 drones overnight. Over 40 objects of infrastructure have been destroyed "
        "across the oblast since the full-scale invasion began."
    )
    assert war["hit_locations"] is None


def test_a_count_listed_after_n_of_the_m_and_told_as_launched_is_also_the_launch_count() -> None:
    text = (
        "Air defence shot down 17 of the 19 cruise missiles, as well as three drones, that Russia "
        "had launched from Tu-95 bombers overnight."
    )
    out = record(text)
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (19, 17)
    assert (out["drones_launched"], out["drones_destroyed"]) == (3, 3)
    assert out["total_launched"] == 22
    other = record(
        "Air defence destroyed 30 of the 35 Shaheds and four Kh-59 missiles which Russia fired overnight."
    )
    assert (other["missiles_launched"], other["missiles_destroyed"]) == (4, 4)
    assert other["total_launched"] == 39


def test_a_count_downed_without_a_partitive_or_a_launch_clause_says_nothing_of_launches() -> None:
    # near misses: no relative clause of launching; no partitive before the count
    no_clause = record("Air defence shot down 17 of the 19 cruise missiles, as well as three drones.")
    assert no_clause["drones_launched"] is None
    assert no_clause["total_launched"] is None
    no_partitive = record(
        "Air defence shot down 40 drones and three missiles that Russia launched overnight."
    )
    assert no_partitive["drones_launched"] is None
    assert no_partitive["missiles_launched"] is None


def test_a_relative_after_a_possessive_is_a_casualty_of_its_own() -> None:
    text = (
        "A Russian drone hit a house in the Chernihiv region "
        "overnight. A man was killed and his wife was wounded."
    )
    out = record(text)
    assert (out["killed"], out["injured"]) == (1, 1)
    other = record(
        "A missile struck a farm near Pavlohrad. A woman died, and her 16-year-old son was hospitalised."
    )
    assert (other["killed"], other["injured"]) == (1, 1)
    # near miss: a relative told of in another story, long before ("at the front last year")
    quoted = record(
        "A drone hit a house in Sumy overnight. Her son was "
        "killed at the front last year, she said."
    )
    assert quoted["killed"] is None


def test_another_standing_for_a_person_after_a_casualty() -> None:
    out = record(
        "A pensioner was killed and another injured when a drone "
        "hit Marhanets, its mayor reported."
    )
    assert (out["killed"], out["injured"]) == (1, 1)
    other = record("A drone strike on Kupiansk killed a woman, while another was wounded, officials said.")
    assert (other["killed"], other["injured"]) == (1, 1)
    # near miss: "another" before a count is that count's, not one more person
    counted = record("One person was killed and another three injured in a drone strike on Marhanets.")
    assert (counted["killed"], counted["injured"]) == (1, 3)


def test_people_named_one_by_one_in_a_sentence_add_up() -> None:
    out = record(
        "Russian missiles hit Kryvyi Rih overnight. A 52-year-old man "
        "was injured, and a girl was hospitalised."
    )
    assert out["injured"] == 2
    # near misses: a count beside them covers them; one of them hurt by shelling is not the attack's
    covered = record(
        "Russian drones hit Kharkiv overnight. Four people were "
        "injured, a man and a girl among them."
    )
    assert covered["injured"] == 4
    shelled = record(
        "A drone killed a farmer near Beryslav, while a second man died under artillery fire, "
        "officials reported."
    )
    assert shelled["killed"] == 1


def test_all_of_a_class_without_the_article() -> None:
    out = record(
        "Russia launched two Kinzhal missiles and 31 Shahed drones overnight. All drones and one of "
        "the missiles were shot down."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (31, 31)
    assert out["missiles_destroyed"] == 1
    assert out["total_destroyed"] == 32
    other = record(
        "Russia launched 4 missiles and 18 drones overnight. Air defence destroyed all drones and "
        "two missiles."
    )
    assert other["drones_destroyed"] == 18


def test_almost_all_or_not_all_is_no_count_of_the_whole() -> None:
    # near misses of "all": short of the whole class, whatever the article
    for wording in (
        "Not all drones were shot down, and some hit Kyiv.",
        "Almost all the drones were shot down.",
        "Nearly all of the drones were shot down.",
        "Almost all of them were downed.",
        "Air defence shot down virtually all drones.",
    ):
        out = record(f"Russia launched 26 drones overnight. {wording}")
        assert out["drones_launched"] == 26, wording
        assert out["drones_destroyed"] is None, wording
    # the count after "almost all" is the whole that came, not the part downed
    counted = record("Air defence shot down almost all 26 drones launched by Russia overnight.")
    assert (counted["drones_launched"], counted["drones_destroyed"]) == (26, None)
    whole = record("Air defence shot down all 26 drones launched by Russia overnight.")
    assert (whole["drones_launched"], whole["drones_destroyed"]) == (26, 26)


def test_people_named_by_their_role_after_the_verb() -> None:
    out = record("A Russian drone struck a car in Kherson, killing the driver and injuring a passenger.")
    assert (out["killed"], out["injured"]) == (1, 1)
    other = record("A Russian drone hit a minibus in Nikopol overnight, wounding the driver.")
    assert other["injured"] == 1
    # near miss: a role noun that names no one hurt ("the driver said")
    quoted = record("A Russian drone hit a bus depot in Nikopol overnight, the driver of a tram said.")
    assert quoted["injured"] is None
    assert quoted["killed"] is None


def test_a_months_tally_of_weapons_is_background() -> None:
    text = (
        "Russia launched 85 drones and two missiles overnight, according to the air force. "
        "In August alone, Russia fired 4,120 drones and 140 missiles, according to the military."
    )
    out = record(text, published="2025-09-02")
    assert (out["drones_launched"], out["missiles_launched"], out["total_launched"]) == (85, 2, 87)
    other = record(
        "Air defence downed 60 of 85 drones overnight. Moscow used 4,120 drones against Ukraine "
        "during August 2025, a record.",
        published="2025-09-02",
    )
    assert other["drones_launched"] == 85


def test_a_night_dated_by_its_month_and_day_is_not_a_months_tally() -> None:
    # near miss: a day after the month names one night
    out = record(
        "Russia launched 85 drones at Ukraine in the night of September 2, the air force said.",
        published="2025-09-02",
    )
    assert out["drones_launched"] == 85
    opening = record(
        "During the night of September 2, Russia fired 85 drones at Ukraine.", published="2025-09-02"
    )
    assert opening["drones_launched"] == 85


def test_a_list_of_counts_out_of_a_list_of_counts() -> None:
    text = "In all, air defence downed 5 missiles and 104 drones out of 8 missiles and 131 drones launched."
    out = record(text)
    assert (out["missiles_destroyed"], out["missiles_launched"]) == (5, 8)
    assert (out["drones_destroyed"], out["drones_launched"]) == (104, 131)
    assert (out["total_destroyed"], out["total_launched"]) == (109, 139)
    # the lists may name the classes in another order
    other = record(
        "Gunners destroyed 2 missiles and 30 drones out of 41 drones and 3 missiles fired at night."
    )
    assert (other["drones_destroyed"], other["drones_launched"]) == (30, 41)
    assert (other["missiles_destroyed"], other["missiles_launched"]) == (2, 3)


def test_lists_that_do_not_pair_are_not_parts() -> None:
    # near miss: a part larger than its whole pairs nothing (the lists are read as before)
    out = record("Air defence downed 30 drones and four missiles out of 40 drones and three missiles.")
    assert out["missiles_launched"] is None
