from extract import extract_report


def cas(text: str) -> tuple:
    r = extract_report(text, published="2025-05-10").to_dict()
    return r["killed"], r["injured"]


def test_active_and_passive() -> None:
    assert cas("A Russian drone struck a block of flats, killing two people and injuring 11 others.") == (
        2,
        11,
    )
    assert cas("Russia launched 40 drones. Three people were killed and 14 were wounded in the city.") == (
        3,
        14,
    )


def test_parenthetical_including() -> None:
    assert cas("Russian missiles hit the town. At least 9 people, including two children, were killed.") == (
        9,
        None,
    )


def test_updates_keep_the_latest_and_largest() -> None:
    text = (
        "Drones struck the city. Five people were injured at first. Later the number of injured rose to 12."
    )
    assert cas(text) == (None, 12)


def test_toll_phrases() -> None:
    assert cas("The death toll from the missile strike has risen to 17.") == (17, None)


def test_different_places_add_up() -> None:
    text = (
        "Two missiles struck overnight. At least 6 people are dead in Uman. "
        "In Dnipro officials said at least 3 people are dead after the second strike."
    )
    assert cas(text)[0] == 9


def test_another_person_adds_one() -> None:
    text = "A drone hit a house, killing two people. Another person, a railway worker, was killed in Kharkiv."
    assert cas(text)[0] == 3


def test_national_figure_covers_regional_ones() -> None:
    text = (
        "Russian drones and missiles killed 12 people across Ukraine overnight. "
        "In Zhytomyr region three people were killed."
    )
    assert cas(text)[0] == 12


def test_shelling_and_ground_fighting_do_not_count() -> None:
    text = "Russia launched 50 drones overnight. Artillery shelling of Nikopol killed four people."
    assert cas(text) == (None, None)


def test_soldiers_are_not_civilian_casualties() -> None:
    assert cas("Moscow claimed its missile strike killed 60 soldiers at a training ground.")[0] is None


def test_no_casualties_covering_the_whole_impact() -> None:
    assert cas(
        "Drones attacked Vinnytsia region overnight, damaging a warehouse. There were no casualties."
    ) == (0, 0)


def test_no_casualties_of_one_place_only() -> None:
    text = (
        "Drones damaged houses in Kyiv region and a barn in Cherkasy region overnight. "
        "In Cherkasy region no one was hurt."
    )
    assert cas(text) == (None, None)


def test_negated_counts_are_not_counts() -> None:
    assert cas("Drones damaged a shop in Sumy. No one was injured.")[1] == 0


def test_psychological_help_is_not_injury() -> None:
    text = "A missile hit Kryvyi Rih. A man was injured; psychological help was given to 8 people."
    assert cas(text) == (None, 1)


def test_background_recall_is_excluded() -> None:
    text = (
        "Russian drones hit a factory in Lutsk overnight; two people were injured.\n\n"
        "Recall that a week ago a missile attack on the city killed 5 people."
    )
    assert cas(text) == (None, 2)


def test_separate_foreign_casualties_are_excluded() -> None:
    text = (
        "Russia launched 100 drones at Ukraine, injuring 7 people in Odesa. "
        "A Ukrainian drone strike on Russia's Bryansk region killed three people, Russian officials said."
    )
    assert cas(text) == (None, 7)


def test_casualty_evidence() -> None:
    text = "A drone hit Kherson, killing three people."
    r = extract_report(text, published="2025-05-10").to_dict()
    assert r["evidence"]["killed"]["text"] == "three"


def test_active_singular() -> None:
    assert cas("The drone strike on the village killed a 70-year-old man and injured four people.") == (1, 4)


def test_a_paragraph_dated_to_another_day_is_another_attack() -> None:
    text = (
        "Russian drones hit Kharkiv overnight on May 10, injuring three people.\n\n"
        "On May 8, a guided bomb struck the suburbs. The strike killed two people and injured nine."
    )
    assert cas(text) == (None, 3)


def test_bodies_found() -> None:
    assert cas("After the missile attack, rescuers recovered the body of a man from the debris.")[0] == 1
    assert cas("The bodies of four people were recovered after the drone attack on the port.")[0] == 4


def test_a_district_of_the_city_is_not_another_place() -> None:
    text = (
        "Russian drones hit Kyiv overnight; five people were injured in Kyiv. "
        "Two of the injured were in the Solomianskyi district, where 2 people were injured by debris."
    )
    assert cas(text)[1] == 5


def test_number_of_those_killed() -> None:
    assert cas("After the missile strike, the number of those killed rose to five.")[0] == 5


def test_background_section_about_another_weapon_is_another_attack() -> None:
    text = (
        "Two people were killed when a Russian FPV drone hit their car near the front line.\n\n"
        "Background: That same morning, Russian troops hit a town with a missile, wounding three."
    )
    assert cas(text) == (2, None)


def test_background_section_about_the_same_weapon_counts() -> None:
    text = (
        "Three people died in the missile strike on the clinic.\n\n"
        "Background: That morning, Russia attacked with over 35 missiles of different types."
    )
    r = extract_report(text, published="2025-05-10").to_dict()
    assert (r["killed"], r["missiles_launched"]) == (3, 35)
