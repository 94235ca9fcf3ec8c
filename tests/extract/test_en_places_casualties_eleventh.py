"""Kinds of English wording the eleventh session's probe found on places, casualties, dates and
relevance (reports written in the styles of wire stories, Ukrainian outlets in English, governors'
posts and live blogs), each in sentences written for the test: the kind, a second wording, and a
near miss the rule must leave alone."""

from extract import extract_report


def record(text: str, published: str | None = "2025-10-07") -> dict:
    return extract_report(text, published=published).to_dict()


# --- an age alone names one person ------------------------------------------------------------------


def test_an_age_alone_is_one_person_hurt() -> None:
    out = record(
        "Drones attacked Kyiv Oblast overnight. In the Bucha district, a 15-year-old was injured when "
        "debris hit a house, the governor said."
    )
    assert out["injured"] == 1


def test_an_age_alone_after_the_verb_is_one_person_killed() -> None:
    out = record("A Russian drone hit a car in Kherson on Tuesday morning, killing a 68-year-old.")
    assert out["killed"] == 1


def test_an_age_alone_before_and_is_one_person() -> None:
    out = record(
        "A drone hit a factory in Smila, Cherkasy Oblast, overnight, killing a 52-year-old and injuring "
        "another."
    )
    assert (out["killed"], out["injured"]) == (1, 1)


def test_an_age_alone_and_a_relative_are_two_people() -> None:
    out = record("A 19-year-old and her mother were injured when a Russian drone hit Sumy overnight.")
    assert out["injured"] == 2


def test_an_age_of_a_thing_or_a_soldier_is_no_casualty() -> None:
    # near misses: the age is a building's; the person is a serviceman (no civilian figure)
    building = record("Russian drones hit Sumy overnight. A 90-year-old school building was damaged.")
    assert (building["killed"], building["injured"]) == (None, None)
    soldier = record("A Russian drone hit Kharkiv overnight. A 24-year-old soldier was killed.")
    assert soldier["killed"] is None


def test_an_age_before_a_noun_leaves_the_pair_to_the_nouns() -> None:
    # near miss: the age is the man's, and his wife is the second person
    out = record(
        "A Russian drone hit a house in Sumy overnight, killing a 70-year-old man and his 65-year-old "
        "wife."
    )
    assert out["killed"] == 2


# --- members of a family ------------------------------------------------------------------------------


def test_members_of_one_family_are_people() -> None:
    out = record(
        "Russian drones struck the village of Pidhaitsi in Ternopil Oblast overnight, killing three "
        "members of one family, the governor said."
    )
    assert out["killed"] == 3


def test_family_members_are_people() -> None:
    out = record("Russian drones hit a house in Poltava overnight, wounding five family members.")
    assert out["injured"] == 5


def test_family_members_not_hurt_give_no_figure() -> None:
    # near miss: the family is named, no one is hurt
    out = record(
        "A drone hit a house in Poltava overnight; four members of the family who lived there were "
        "evacuated, officials said."
    )
    assert (out["killed"], out["injured"]) == (None, None)


# --- Ukraine's strikes on Russian targets told in a Russian-attack story -----------------------------


def test_kyiv_striking_russian_facilities_is_no_place_of_impact() -> None:
    out = record(
        "Ukrainian drones set fire to a fuel depot in Russia's Bryansk region overnight, the governor "
        "said. Kyiv has stepped up long-range strikes on Russian oil facilities this year."
    )
    assert out["is_attack_report"] is False
    assert out["cities"] == [] and out["oblasts"] == []


def test_raids_against_russia_told_beside_a_russian_attack_leave_kyiv_out() -> None:
    out = record(
        "Russian drones hit Chernihiv overnight, injuring two people. In recent weeks Kyiv's drone "
        "attacks against Russian energy facilities have caused fuel shortages."
    )
    assert out["injured"] == 2
    assert out["cities"] == ["Chernihiv"]


def test_a_russian_attack_on_ukraine_stays_in_scope() -> None:
    # near miss: "attacks on" Ukraine's grid, and a place "occupied" by Russia named as a place
    out = record(
        "Russia's attacks on Ukraine's energy grid went on overnight: drones hit Kharkiv, injuring "
        "two people."
    )
    assert out["injured"] == 2
    assert out["cities"] == ["Kharkiv"]


def test_an_attack_on_russia_named_as_a_time_leaves_the_sentence_in_scope() -> None:
    # near miss: the strike on Russia only dates this night's attack, no Kyiv or Ukraine striking
    out = record(
        "Russian drones hit Chernihiv overnight, three days after the attack on Russian bombers at an "
        "Arctic air base, injuring two people."
    )
    assert out["injured"] == 2
    assert out["cities"] == ["Chernihiv"]


# --- a wire story's dateline is the story's day, not the attack's -------------------------------------


def test_a_wire_dateline_leaves_the_weekday_to_date_the_attack() -> None:
    out = record(
        "KYIV, Nov 20 (Reuters) - A Russian drone attack on Odesa on Wednesday killed two people, the "
        "governor said on Thursday.",
        published="2025-11-20",
    )
    assert out["attack_date"] == "2025-11-19"
    assert out["killed"] == 2


def test_a_wire_dateline_reads_overnight_into_a_weekday() -> None:
    out = record(
        "KYIV, Dec 2 (AFP) - Russian drones hit Kharkiv overnight into Monday, wounding four people, "
        "officials said.",
        published="2025-12-02",
    )
    assert out["attack_date"] == "2025-12-01"


def test_a_wire_dateline_alone_still_dates_the_story() -> None:
    # near miss: no weekday; the dateline's day is the night's morning
    out = record(
        "KYIV, Dec 2 (Reuters) - Russian drones hit Kharkiv overnight, wounding four people.",
        published="2025-12-02",
    )
    assert out["attack_date"] == "2025-12-02"


# --- a death toll told with its attack, place and day ---------------------------------------------------


def test_a_toll_with_a_long_subject_is_read() -> None:
    out = record(
        "The death toll from Russia's overnight missile and drone attack on the southern port city "
        "of Odesa on Tuesday rose to 11, the governor said."
    )
    assert out["killed"] == 11


def test_a_toll_of_injured_with_a_long_subject_is_read() -> None:
    out = record(
        "The number of people injured in the Russian drone attack on the Kyivskyi district of Kharkiv "
        "late on Monday night has risen to 17, the mayor said."
    )
    assert out["injured"] == 17


# --- a span of the night told from one weekday until the next ------------------------------------------


def test_a_span_until_the_next_day_is_dated_by_its_end() -> None:
    out = record(
        "The attack began shortly before midnight on Sunday and lasted until about 05:00 on Monday, the "
        "air force said. A drone hit a house in Poltava, injuring a man.",
        published="2025-10-06",
    )
    assert out["attack_date"] == "2025-10-06"


def test_a_span_from_one_day_till_the_next_is_dated_by_its_end() -> None:
    out = record(
        "The assault started at 21:00 on Saturday and continued till dawn on Sunday, the air force "
        "said. Drones hit Sumy, injuring two people.",
        published="2025-10-06",
    )
    assert out["attack_date"] == "2025-10-05"


def test_a_day_until_which_power_was_out_is_no_span() -> None:
    # near miss: "until" of the outage, no span of the attack
    out = record(
        "Russian drones hit Sumy on Monday, and part of the city was without power until Tuesday "
        "morning. Two people were injured.",
        published="2025-10-07",
    )
    assert out["attack_date"] == "2025-10-07"


# --- a weekday told in universal time beside the local one ----------------------------------------------


def test_the_local_weekday_wins_over_the_one_in_gmt() -> None:
    out = record(
        "Air raid sirens sounded at 22:30 GMT on Thursday (01:30 local time on Friday) as Russia "
        "launched ballistic missiles at Kyiv. One person was killed.",
        published="2025-10-03",
    )
    assert out["attack_date"] == "2025-10-03"


def test_the_local_weekday_wins_over_the_one_in_utc() -> None:
    out = record(
        "The first drones hit Odesa at 23:50 UTC on Sunday, or 02:50 on Monday local time, the governor "
        "said. A man was killed.",
        published="2025-10-06",
    )
    assert out["attack_date"] == "2025-10-06"


def test_a_weekday_in_gmt_alone_is_kept() -> None:
    # near miss: no local weekday beside it
    out = record(
        "Russia launched ballistic missiles at Kyiv at 22:00 GMT on Thursday. One person was killed.",
        published="2025-10-03",
    )
    assert out["attack_date"] == "2025-10-02"


# --- a live page's day headings ---------------------------------------------------------------------------

LIVE_PAGE = (
    "Ukraine war live\n\nTuesday, 2 December\n\n10:05 - Zelensky says new air defence systems are on "
    "the way.\n\n08:10 - Russia launched 40 drones overnight; 30 were shot down. Drones hit the port of "
    "Izmail, injuring a dock worker.\n\n{heading}\n\n19:20 - A Russian missile strike on Chernihiv killed "
    "one person and injured six."
)


def test_entries_under_another_day_heading_are_that_day() -> None:
    out = record(LIVE_PAGE.format(heading="Monday, 1 December"), published="2025-12-02")
    assert (out["killed"], out["injured"]) == (None, 1)
    assert out["cities"] == ["Izmail"]


def test_entries_under_a_heading_in_figures_order_are_that_day() -> None:
    out = record(LIVE_PAGE.format(heading="1 December 2025"), published="2025-12-02")
    assert (out["killed"], out["injured"]) == (None, 1)


def test_a_heading_that_is_a_sentence_is_no_day_heading() -> None:
    # near miss: the line tells of something and is dated, not a heading over the entries after it
    page = (
        "Ukraine war live\n\n08:10 - Russia launched 40 drones overnight into Tuesday; drones hit the "
        "port of Izmail, injuring a dock worker.\n\nTalks in Geneva ended on Monday, 1 December, without "
        "a deal.\n\n08:40 - The governor of Odesa Oblast said another drone hit Bilhorod-Dnistrovskyi, "
        "injuring two people."
    )
    out = record(page, published="2025-12-02")
    assert out["injured"] == 3


# --- a figure an earlier report gave is no revision ------------------------------------------------------


def test_an_earlier_reports_figure_is_no_revision() -> None:
    out = record(
        "The overnight Russian drone strike on Rivne injured 13 people, including two children, the mayor "
        "said. Earlier reports had put the number of injured at 10."
    )
    assert out["injured"] == 13


def test_a_figure_officials_had_initially_put_is_no_revision() -> None:
    out = record(
        "A Russian missile hit an apartment block in Poltava overnight, killing four people. Officials had "
        "initially put the death toll at two."
    )
    assert out["killed"] == 4


def test_a_figure_later_put_lower_is_still_a_revision() -> None:
    # near miss: "later put" is the story's own correction
    out = record(
        "A Russian drone struck a bus in Kherson on Tuesday, injuring eight people. Police later put "
        "the number of injured at six."
    )
    assert out["injured"] == 6


# --- a weekday's attack beside the day it was told ---------------------------------------------------------


def test_the_weekday_of_the_attack_wins_over_the_day_it_was_told() -> None:
    out = record(
        "Rescuers found two more bodies in the rubble in Dnipro on Friday, bringing the death toll from "
        "Thursday's missile strike to 14.",
        published="2025-10-04",
    )
    assert out["attack_date"] == "2025-10-02"
    assert out["killed"] == 14


def test_the_weekday_of_the_attack_wins_when_told_second() -> None:
    out = record(
        "On Monday, officials said the death toll from Sunday's drone attack on Odesa had risen to five.",
        published="2025-10-06",
    )
    assert out["attack_date"] == "2025-10-05"


def test_a_weekday_of_talks_is_no_attack_day() -> None:
    # near miss: the possessive weekday is of talks, not of an attack
    out = record(
        "Russian drones hit Sumy overnight into Saturday, a day after Friday's talks in Istanbul, "
        "injuring two people.",
        published="2025-10-04",
    )
    assert out["attack_date"] == "2025-10-04"



# --- "another" after a casualty verb: one person more ---------------------------------------------------


def test_another_alone_after_the_verb_is_one_person() -> None:
    out = record("A Russian missile strike on Bila Tserkva overnight killed one person and injured another.")
    assert (out["killed"], out["injured"]) == (1, 1)


def test_another_with_a_noun_after_the_verb_is_one_person() -> None:
    out = record(
        "A Russian drone hit a bus stop in Sumy on Tuesday, killing a woman and wounding another man."
    )
    assert (out["killed"], out["injured"]) == (1, 1)


def test_another_before_a_count_or_after_no_casualty_verb_is_no_person() -> None:
    # near misses: "another 12" is the count; "hit another" is a car, not a person
    counted = record("A Russian drone hit Sumy overnight, injuring another 12 people.")
    assert counted["injured"] == 12
    car = record("A Russian drone hit a car in Sumy, killing one person. It then hit another, a bus.")
    assert (car["killed"], car["injured"]) == (1, None)


# --- a couple is two people -----------------------------------------------------------------------------


def test_a_couple_killed_after_the_verb_is_two_people() -> None:
    out = record(
        "A Russian drone hit a private house in the village of Petrivka in Odesa Oblast overnight, "
        "killing an elderly couple."
    )
    assert out["killed"] == 2


def test_a_couple_as_the_subject_is_two_people() -> None:
    out = record("A married couple were injured in Sumy after a Russian drone attack overnight.")
    assert out["injured"] == 2


def test_a_couple_of_hours_is_no_people() -> None:
    # near miss: "a couple of" is no pair of people; the man is one
    out = record("A Russian drone hit Sumy overnight. A couple of hours later, a man was injured.")
    assert out["injured"] == 1
