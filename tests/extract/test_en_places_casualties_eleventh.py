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
