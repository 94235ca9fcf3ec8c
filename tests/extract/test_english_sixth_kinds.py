"""Kinds of English wording the corpora show once or not at all (issue 13, the sixth session),
each in sentences written for the test: the kind, a second wording, and a near miss the rule must
leave alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-04-12") -> dict:
    return extract_report(text, published=published).to_dict()


def figures(out: dict, *names: str) -> tuple:
    return tuple(out[name] for name in names)


# --- a bare count's fate told without a verb of its own --------------------------------------------


def test_a_count_after_the_absolute_with_is_a_part_of_the_weapons_before_it() -> None:
    out = record(
        "Russia sent 190 attack drones and decoys in the night, according to the Air Force, "
        "with 112 shot down and 61 lost, most likely to electronic warfare."
    )
    assert figures(out, "drones_launched", "drones_destroyed", "suppressed") == (190, 112, 61)
    other = record("Russia launched 64 drones overnight, with 47 being downed over six regions.")
    assert figures(out := other, "drones_launched", "drones_destroyed") == (64, 47)
    assert out["total_destroyed"] == 47


def test_a_count_after_with_that_is_no_weapons_fate_is_not_a_weapon_count() -> None:
    out = record("Russia launched 73 drones at Kharkiv overnight, with 4 killed and 17 injured.")
    assert figures(out, "drones_launched", "drones_destroyed", "suppressed") == (73, None, None)
    assert figures(out, "killed", "injured") == (4, 17)
    # "with" before a count that hit is no shoot-down either
    other = record("Russia launched 40 drones and 3 missiles at Ukraine, with 9 hitting targets.")
    assert figures(other, "drones_destroyed", "missiles_destroyed", "total_destroyed") == (None, None, None)


def test_a_terse_line_of_fates_after_a_dash_a_semicolon_or_a_full_stop() -> None:
    for joiner in (" – ", "; ", ". "):
        out = record(f"Russia attacks Ukraine with 126 drones overnight{joiner}93 downed, 27 lost.")
        assert figures(out, "drones_launched", "drones_destroyed", "suppressed") == (126, 93, 27), joiner
    # a terse line of people hurt is no weapons' fate
    other = record("Russia attacks Ukraine with 126 drones overnight. 14 hurt in Kharkiv, 3 in Sumy.")
    assert figures(other, "drones_destroyed", "total_destroyed", "suppressed") == (None, None, None)
    assert other["injured"] == 17


# --- casualties ------------------------------------------------------------------------------------


def test_wounds_and_burns_sustained_or_treated_are_injuries() -> None:
    out = record("Russian drones hit Uman overnight. A pensioner, 58, sustained splinter wounds.")
    assert out["injured"] == 1
    other = record("Russian drones hit Uman overnight. Two firefighters suffered burns while at work.")
    assert other["injured"] == 2
    third = record("A missile struck Uman overnight. Four people were treated for shrapnel wounds.")
    assert third["injured"] == 4
    # a building's damage, a burning car and shock are no injuries
    near = record(
        "Russian drones hit Uman overnight. The school sustained damage, a car burns in the yard "
        "and three residents were treated for shock."
    )
    assert (near["killed"], near["injured"]) == (None, None)


def test_ages_told_after_the_people_are_no_count_of_people() -> None:
    # before the rule the last age was read as the number of the hurt (71)
    out = record("A Russian missile hit Lubny overnight. Two women aged 64 and 71 were wounded.")
    assert out["injured"] == 2
    other = record("A Russian missile hit Lubny overnight. Three men, aged 30, 41 and 56, were killed.")
    assert other["killed"] == 3
    third = record("A missile hit Lubny overnight. Five people aged between 19 and 45 were hurt.")
    assert third["injured"] == 5
    # bare ages between commas with no "aged" are left alone, never taken for a count
    near = record("A Russian missile hit Lubny overnight. Two women, 64 and 71, were wounded.")
    assert near["injured"] in (None, 2)


def test_a_title_case_headline_ties_its_figure_to_the_place_it_names() -> None:
    # "In Overnight …" is no place, and the window that looks for the place after the figure cut
    # "Zaporizhzhia" short: the headline's eight and the two hospitalised were added up to ten
    out = record(
        "Eight Wounded In Overnight Russian Drone And Rocket Strike On Zaporizhzhia\n\n"
        "Two men were hospitalised after the attack on Zaporizhzhia, the governor said. "
        "Eight people have been injured in all, he added."
    )
    assert out["injured"] == 8
    assert out["casualties_by_place"] == {"Zaporizhzhia": {"injured": 8}}
    # figures of two places still add up
    near = record("A Russian drone attack overnight killed two people in Sumy and one in Kharkiv.")
    assert near["killed"] == 3


# --- relevance -------------------------------------------------------------------------------------


def test_a_feature_about_a_strike_of_the_wars_first_days_or_a_past_month_is_no_report() -> None:
    texts = (
        "Three weeks into the full-scale invasion, a Russian missile hit a tower block in Kyiv. "
        "Its residents have now rebuilt the top floors themselves.",
        "In the first days of the war, a Russian cruise missile struck the town hall in Kharkiv. "
        "The restored hall opens to visitors next month.",
        "The school in Chernihiv that was hit by a Russian missile in March 2022 reopened on Monday.",
        "Two years after the deadly missile strike on a shopping centre in Kremenchuk, relatives "
        "still gather at the site.",
    )
    for text in texts:
        out = record(text)
        assert out["is_attack_report"] is False, text
        assert (out["missiles_launched"], out["cities"]) == (None, []), text


def test_a_strike_of_this_night_beside_an_old_one_or_the_invasion_is_still_reported() -> None:
    out = record(
        "The depot in Odesa, which was also hit in March 2024, was struck again overnight by 12 drones."
    )
    assert (out["is_attack_report"], out["drones_launched"], out["cities"]) == (True, 12, ["Odesa"])
    other = record(
        "The overnight attack was the heaviest since Moscow began its full-scale invasion, with 550 "
        "drones launched at Ukraine."
    )
    assert other["drones_launched"] == 550
    third = record("Weeks into the war, Kharkiv was shelled daily; overnight, 14 drones hit the city again.")
    assert (third["is_attack_report"], third["drones_launched"]) == (True, 14)


def test_a_ukrainian_refinery_struck_by_russian_drones_is_russias_attack() -> None:
    out = record("The refinery in Kremenchuk was struck overnight by 12 Russian drones, the governor said.")
    assert (out["is_attack_report"], out["drones_launched"], out["cities"]) == (True, 12, ["Kremenchuk"])
    other = record("The Kremenchuk oil refinery was hit by Russian missiles overnight, causing a fire.")
    assert (other["is_attack_report"], other["cities"]) == (True, ["Kremenchuk"])
    # a Russian refinery struck by Ukraine's drones stays out
    near = record("A refinery in Ryazan was struck overnight by Ukrainian drones, Russian officials said.")
    assert near["is_attack_report"] is False


# --- figures: amounts and tallies ------------------------------------------------------------------


def test_digits_before_dozen_count_dozens() -> None:
    # before the rule "4 dozen" read 12 (the 4 and the dozen apart, the dozen chosen)
    out = record("Russia launched around 4 dozen drones at Ukraine overnight.")
    assert (out["drones_launched"], out["bounds"].get("drones_launched")) == (48, "approximate")
    other = record("Russia launched 2 dozen drones and 3 missiles overnight.")
    assert figures(other, "drones_launched", "missiles_launched", "total_launched") == (24, 3, 27)
    near = record("Russia launched 12 drones overnight; a dozen were shot down.")
    assert figures(near, "drones_launched", "drones_destroyed") == (12, 12)


def test_a_tally_of_this_week_month_or_year_in_the_simple_past_is_background() -> None:
    out = record(
        "Russia launched more than 1,100 drones, 1,200 guided bombs and 40 missiles this week, "
        "Zelensky said. Overnight, Russia attacked with 58 drones."
    )
    assert figures(out, "drones_launched", "missiles_launched", "total_launched") == (58, None, 58)
    other = record("Russian forces fired 2 thousand drones at Ukraine this month, the minister said.")
    assert (other["drones_launched"], other["is_attack_report"]) == (None, False)
    # "this week" of the attacks, or beside "overnight", is not a tally
    near = record("Russia launched 63 drones at Ukraine, its third large attack this week.")
    assert near["drones_launched"] == 63
    again = record("Overnight, Russia fired 63 drones at Ukraine, more than on any night this week.")
    assert again["drones_launched"] == 63


# --- places ----------------------------------------------------------------------------------------


def test_a_large_towns_or_an_oblasts_name_misspelt_by_one_letter_is_that_place() -> None:
    for written, city, oblast in (
        ("Kerson", "Kherson", "Kherson Oblast"),
        ("Mykolaev", "Mykolaiv", "Mykolaiv Oblast"),
        ("Kharkiw", "Kharkiv", "Kharkiv Oblast"),
        ("Chernihv", "Chernihiv", "Chernihiv Oblast"),
    ):
        out = record(f"A Russian drone hit a warehouse in {written} overnight, the mayor said.")
        assert (out["cities"], out["oblasts"]) == ([city], [oblast]), written
    region = record("Russian drones struck the Cherkady region overnight, damaging a power line.")
    assert (region["cities"], region["oblasts"]) == ([], ["Cherkasy Oblast"])


def test_words_a_letter_from_a_place_at_their_end_or_short_ones_are_left_alone() -> None:
    # an adjective, a river, a short name two letters off, an ordinary word
    out = record(
        "Crimean officials said the Donets river rose overnight; a drone hit a house in Lutck "
        "and Person Street was closed."
    )
    assert (out["cities"], out["oblasts"]) == ([], [])
