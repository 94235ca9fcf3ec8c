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
        "Russian drones hit the Zhytomyr region overnight. Two residents, a man and a woman, were "
        "killed in a village west of the city."
    )
    assert out["killed"] == 2


def test_an_aside_counting_part_of_them_keeps_the_whole_count() -> None:
    out = record("Russian drones hit Sumy overnight. Seven people, two of them children, were injured.")
    assert out["injured"] == 7
    out = record("A missile struck Poltava before dawn. Two people, one of whom was a child, were killed.")
    assert out["killed"] == 2
    # the same aside before a verb of no casualty: no count
    out = record("Russian drones hit Sumy overnight. Seven people, two of them children, were evacuated.")
    assert out["injured"] is None and out["killed"] is None


def test_no_damage_or_casualties_reported_is_none_killed_or_hurt() -> None:
    out = record(
        "Russian drones attacked Kyiv overnight. Air defence shot down 12 drones, with no major "
        "damage or casualties reported."
    )
    assert (out["killed"], out["injured"]) == (0, 0)


# figures


def test_air_defence_that_managed_to_stop_or_hit_drones_destroyed_them() -> None:
    out = record(
        "Russia sent four missiles and 58 Shahed drones against Ukraine overnight. Air defence "
        "managed to stop three missiles and 45 drones, while 9 others probably crashed before reaching "
        "their targets."
    )
    assert (out["missiles_destroyed"], out["drones_destroyed"], out["total_destroyed"]) == (3, 45, 48)
    assert out["suppressed"] == 9
    out = record("Russian drones attacked Lviv overnight. Mobile fire groups managed to hit around 8 drones.")
    assert out["drones_destroyed"] == 8


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


# scope of a figure beyond its clause (issue 14 item 2)

REGIONAL = {"scope": "regional", "place": "Odesa Oblast"}


def test_shoot_downs_over_a_named_region_are_that_regions() -> None:
    for text in (
        "Over the Odesa region, air defence shot down 12 drones overnight.",
        "Air defence shot down 12 drones over the Odesa region overnight.",
    ):
        out = record(text)
        assert out["drones_destroyed"] == 12
        assert out["scopes"]["drones_destroyed"] == REGIONAL


def test_a_sentence_opening_on_a_region_scopes_its_shoot_downs() -> None:
    out = record("In the Kharkiv region, air defence shot down nine drones overnight.")
    assert out["scopes"]["drones_destroyed"] == {"scope": "regional", "place": "Kharkiv Oblast"}


def test_mostly_over_a_region_is_not_the_regions_count() -> None:
    out = record(
        "Russia launched 50 drones overnight. Air defence shot down 40, mostly over the Kyiv region."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (50, 40)
    assert "scopes" not in out


def test_a_governors_paragraph_gives_its_figures_the_region() -> None:
    out = record(
        "Odesa regional governor Oleh Kiper said Russia attacked the region with drones overnight. "
        "Air defence destroyed 12 drones. Debris damaged a warehouse."
    )
    assert out["drones_destroyed"] == 12
    assert out["scopes"]["drones_destroyed"] == REGIONAL


def test_a_governors_post_gives_its_later_paragraphs_the_region() -> None:
    out = record(
        "Odesa Oblast Governor Oleh Kiper reported on the night's attack.\n\n"
        "Eleven drones were shot down. A fire broke out at a warehouse, no one was hurt."
    )
    assert out["drones_destroyed"] == 11
    assert out["scopes"]["drones_destroyed"] == REGIONAL


def test_a_governors_paragraph_after_the_national_statement_is_set_aside() -> None:
    out = record(
        "Russia launched 60 drones at Ukraine overnight, the Air Force said. Air defence shot down 48.\n\n"
        "The Odesa regional governor, Oleh Kiper, told of a port damaged. Air defence destroyed 12 drones."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (60, 48)
    assert "scopes" not in out


def test_a_national_figure_is_never_given_the_paragraphs_region() -> None:
    out = record(
        "In the Kharkiv region, a house caught fire overnight. Across the country, air defence shot "
        "down 48 of 60 drones, the Air Force said."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (60, 48)
    assert "scopes" not in out
    # a paragraph about one region after the national figures may return to them: no region
    out = record(
        "Russia launched 60 drones at Ukraine overnight, the Air Force said.\n\n"
        "In the Kharkiv region, a house was hit. Air defence downed 48 drones."
    )
    assert (out["drones_launched"], out["drones_destroyed"]) == (60, 48)
    assert "scopes" not in out


def test_a_story_about_several_regions_gives_no_subject() -> None:
    out = record(
        "Governor of the Sumy region Oleh Hryhorov said drones hit Sumy and Kharkiv overnight. "
        "Air defence destroyed 20 drones."
    )
    assert out["drones_destroyed"] == 20
    assert "scopes" not in out


# dates


def test_a_night_between_two_days_in_words_ended_on_the_second() -> None:
    out = record(
        "Between November 11th and 12th, Russia fired 38 missiles and 260 drones at Ukraine.",
        published="2025-11-12",
    )
    assert out["attack_date"] == "2025-11-12"


def test_two_days_apart_joined_by_and_are_not_one_night() -> None:
    out = record("Russian drones struck Kharkiv on March 3 and 5, the mayor said.", published="2025-03-06")
    assert out["attack_date"] == "2025-03-03"


def test_a_day_with_no_month_is_of_the_publications_month() -> None:
    out = record(
        "On the 26th, the State Emergency Service said the Russian attack killed 7 people.",
        published="2024-08-27",
    )
    assert out["attack_date"] == "2024-08-26"
    out = record("On the 30th, Russian drones struck Odesa, the governor said.", published="2024-09-02")
    assert out["attack_date"] == "2024-08-30"


def test_a_paragraph_listing_past_nights_is_history() -> None:
    text = (
        "Russian drones hit a grain terminal in the Odesa region, the governor said. Four people "
        "were injured.\n"
        "- Since leaving the grain deal, Russia attacked the region on the nights of July 18, 19, 20 "
        "and 21. On July 22, a drone strike on Izmail killed two people."
    )
    out = record(text, published="2023-07-24")
    assert out["attack_date"] == "2023-07-24"
    assert (out["killed"], out["injured"]) == (None, 4)
    assert "Izmail" not in out["cities"]


def test_what_hit_and_the_further_ones_downed_add_up_to_the_launch() -> None:
    out = record(
        "A Russian missile strike on Uman killed nine people. Two Russian missiles hit a shopping "
        "centre. Five additional missiles were shot down near the town."
    )
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (7, 5)
    out = record("Two missiles hit Dnipro overnight; another three were shot down, the governor said.")
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (5, 3)


def test_downed_ones_not_called_further_do_not_add_to_what_hit() -> None:
    out = record("Two missiles hit Dnipro overnight. Three missiles were shot down, the governor said.")
    assert out["missiles_launched"] is None
    assert out["missiles_destroyed"] == 3


def test_bombers_flying_over_a_russian_region_name_the_launch_area_not_a_target() -> None:
    out = record(
        "According to the Air Force, about 70 cruise missiles were fired, some by Tu-95 bombers "
        "flying over Russia's Rostov region. 51 missiles were shot down."
    )
    assert (out["missiles_launched"], out["missiles_destroyed"]) == (70, 51)


def test_an_opening_naming_both_classes_leaves_the_total_open() -> None:
    out = record(
        "Russia struck Ukraine with cruise missiles and drones on Wednesday afternoon.\n"
        "The Air Force said about 70 cruise missiles were fired and 51 were shot down."
    )
    assert out["missiles_launched"] == 70
    assert out["total_launched"] is None


def test_an_undated_paragraph_between_two_earlier_nights_is_theirs() -> None:
    text = (
        "Russian drones struck the Sumy region overnight into April 10, injuring three people, the "
        "governor said.\n\n"
        "Overnight into April 7, Russia launched 120 drones at Ukraine, with 90 shot down.\n\n"
        "In Odesa, two people died and 11 were injured.\n\n"
        "Overnight into April 8, a missile strike on Kharkiv killed four."
    )
    out = record(text, published=None)
    assert out["injured"] == 3
    assert out["killed"] is None
    assert out["drones_launched"] is None
    assert "Odesa" not in out["cities"]


# relevance


def test_a_foreign_paragraph_goes_on_in_its_sentences() -> None:
    text = (
        "Moscow's mayor confirmed a drone attack on the Russian capital, which damaged two buildings.\n\n"
        'In its statement the ministry said: "Overnight the Kyiv regime tried to attack the Moscow '
        "region with drones. Eleven drones took part. Every one of them was destroyed. Four of them "
        'were suppressed by electronic warfare."\n\n'
        "The mayor of Moscow said nobody was seriously hurt, but two people needed medical attention."
    )
    out = record(text)
    assert out["is_attack_report"] is False
    assert out["drones_launched"] is None and out["suppressed"] is None and out["injured"] is None


def test_a_sentence_about_this_attack_ends_a_foreign_paragraph() -> None:
    text = (
        "Russia's defence ministry said it downed 20 Ukrainian drones over the Kursk region. Overnight, "
        "Russia launched 60 drones at Ukraine, and the Air Force said 45 were shot down."
    )
    out = record(text)
    assert (out["drones_launched"], out["drones_destroyed"]) == (60, 45)


def test_a_missile_and_drone_attack_counts_no_missile() -> None:
    out = record("Russia carried out a missile and drone attack on Lviv overnight, killing three people.")
    assert out["missiles_launched"] is None and out["drones_launched"] is None
    assert out["total_launched"] is None
    assert out["killed"] == 3


def test_it_was_an_s300_missile_names_the_one_weapon_that_struck() -> None:
    out = record(
        "Two people died in a night strike on a dormitory in Kramatorsk. "
        "The city's military administration said it was an S-300 missile."
    )
    assert (out["missiles_launched"], out["total_launched"]) == (1, 1)


def test_casualties_of_paragraphs_about_different_cities_add_up() -> None:
    text = (
        "Russia struck energy facilities across several regions overnight.\n\n"
        "In Lviv, the southern outskirts took the worst of it. One man was injured, and a kindergarten "
        "was damaged.\n\n"
        "Rivne was struck as well, with a warehouse hit. Three men were injured."
    )
    out = record(text)
    assert out["injured"] == 4
    assert out["casualties_by_place"] == {"Lviv": {"injured": 1}, "Rivne": {"injured": 3}}


def test_the_opening_paragraphs_casualties_stay_the_whole_attacks() -> None:
    text = (
        "Russian drones struck Kharkiv overnight. Five people were injured across the region.\n\n"
        "In Kharkiv, three people were injured."
    )
    out = record(text)
    assert out["injured"] == 5


def test_a_toll_told_again_in_a_paragraph_about_one_place_is_not_added() -> None:
    text = (
        "14 dead after Russian missile hits a dormitory in Ukraine\n\n"
        "The head of the Sumy regional administration wrote on Telegram that 14 people were "
        "killed, and 9 are still missing."
    )
    out = record(text)
    assert out["killed"] == 14


def test_a_paragraph_opening_on_several_regions_keeps_its_toll_the_attacks() -> None:
    text = (
        "Drones struck Rivne overnight.\n\n"
        "Russian forces struck Rivne and several other regions with 290 drones. At least 18 people "
        "were killed, according to regional authorities.\n\n"
        "In Rivne, 18 people were killed."
    )
    out = record(text)
    assert out["killed"] == 18


def test_a_year_ago_and_as_an_agency_earlier_reported_are_background() -> None:
    text = (
        "Russia again fired Kh-22 missiles at Kremenchuk today, the Air Force spokesman said. At "
        "least two missiles were launched.\n\n"
        "Exactly one year ago, a Russian strike on a shopping centre in the city killed 22 people.\n\n"
        "As the national news agency earlier reported, 50 people were injured in that strike."
    )
    out = record(text, published="2023-06-27")
    assert out["missiles_launched"] == 2
    assert (out["killed"], out["injured"]) == (None, None)


def test_casualties_in_a_paragraph_of_ground_fire_are_the_shellings() -> None:
    text = (
        "A Shahed drone hit a warehouse in Zaporizhzhia overnight, the city said.\n\n"
        "Four people were injured in a Russian strike on Nikopol, the governor said. Two of them "
        "were in a bus when a Russian shell exploded nearby."
    )
    out = record(text)
    assert out["injured"] is None


def test_casualties_beside_an_air_weapon_stay_in_a_paragraph_of_ground_fire() -> None:
    text = (
        "Russia shelled Nikopol with artillery overnight. A drone strike on Marhanets injured three "
        "people, the governor said."
    )
    out = record(text)
    assert out["injured"] == 3


def test_a_clause_of_artillery_fire_drops_only_its_own_casualty() -> None:
    out = record(
        "A pensioner was killed by a Russian drone in Nikopol, and a second pensioner was killed by "
        "artillery fire, the governor said."
    )
    assert out["killed"] == 1
    out = record("Russian artillery shelled Nikopol overnight, killing two people.")
    assert out["killed"] is None
