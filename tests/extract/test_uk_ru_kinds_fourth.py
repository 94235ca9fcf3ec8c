"""Kinds of misses in Ukrainian and Russian reports (issue 13, fourth session), each shown in
sentences written for these tests in the style of Air Force statements, outlets' reports and
governors' posts, with a second wording the rule must also get and a near miss it must leave alone."""

from extract import extract_report


def record(text: str, published: object = "2025-03-14") -> dict:
    return extract_report(text, published=published).to_dict()


# --- a strike on a Russian town told by a Ukrainian outlet -------------------------------------


def test_a_russian_town_struck_beside_a_ukrainian_neighbour_is_no_attack_on_ukraine() -> None:
    r = record(
        "У сусідньому з Сумами російському місті Курськ вранці було гучно. "
        "Губернатор заявив про атаку дронів.\n\n"
        "Внаслідок атак БпЛА пошкоджено дахи будинків. У місті постраждали дві людини."
    )
    assert r["is_attack_report"] is False
    assert r["cities"] == [] and r["oblasts"] == []


def test_a_russian_village_on_the_border_in_other_words() -> None:
    r = record("У прикордонному з Харківщиною російському селі внаслідок удару дрона загинула жінка.")
    assert r["is_attack_report"] is False and r["oblasts"] == []


def test_a_russian_town_struck_told_in_russian() -> None:
    r = record(
        "В соседнем с Харьковом российском городе Белгород утром были слышны взрывы.\n\n"
        "В городе пострадали два человека."
    )
    assert r["is_attack_report"] is False and r["cities"] == []


def test_a_story_led_abroad_comes_home_when_it_names_ukraine() -> None:
    r = record(
        "У російському місті Брянськ вранці лунали вибухи, заявив губернатор.\n\n"
        "Тим часом вночі ворог атакував Україну 40 ударними дронами, збито 31.\n"
        "У Чернігові пошкоджено склад, поранено двох людей."
    )
    assert r["is_attack_report"] is True
    assert (r["drones_launched"], r["drones_destroyed"], r["injured"]) == (40, 31, 2)
    assert r["cities"] == ["Chernihiv"]


def test_near_miss_a_launch_from_a_russian_town_keeps_the_ukrainian_target() -> None:
    r = record(
        "Російські дрони атакували Суми з боку Курської області: у місті пошкоджено школу, "
        "поранено трьох людей."
    )
    assert r["is_attack_report"] is True and r["cities"] == ["Sumy"] and r["injured"] == 3
    r = record(
        "Российские дроны атаковали Харьков из российского города Белгород: в городе повреждены дома, "
        "ранены три человека."
    )
    assert r["is_attack_report"] is True and r["cities"] == ["Kharkiv"] and r["injured"] == 3
