"""Russian reports read as a language of their own (issue 13): extract/lang/ru.py beside en and
uk, and the one detector that tells Russian from Ukrainian. Sentences written for these tests in
the style of Russian-language Ukrainian outlets."""

import pytest

from extract import extract_report
from extract.lang import LANGUAGE_CODES, detect_language, get_language
from extract.numbers import parse_quantity


def record(text: str, published: object = "2025-07-05") -> dict:
    return extract_report(text, published=published).to_dict()


# --- the language ------------------------------------------------------------------------------


def test_russian_is_told_from_ukrainian_and_english() -> None:
    assert detect_language("Этой ночью россияне атаковали Украину 40 дронами, из них 35 сбиты.") == "ru"
    assert detect_language("Цієї ночі росіяни атакували Україну 40 дронами, з них 35 збито.") == "uk"
    assert detect_language("Russian forces launched 40 drones overnight; 35 were shot down.") == "en"
    assert record("Этой ночью россияне атаковали Украину 40 дронами.")["language"] == "ru"


def test_ukrainian_scraped_without_its_own_letters_is_still_ukrainian() -> None:
    # і, ї and є lost in scraping: the small words (та, що, з, як) still say Ukrainian
    text = "Вноч 15 счня ворог атакував Украну дронами та ракетами, що летли з пвночного напрямку."
    assert detect_language(text) == "uk"


def test_a_russian_quote_inside_a_ukrainian_story_keeps_the_story_ukrainian() -> None:
    text = (
        "Міністерство оборони росії заявило, що «уничтожены 20 беспилотников». Водночас у Харкові "
        "вночі пролунали вибухи, пошкоджено будинки, як повідомив мер міста."
    )
    assert detect_language(text) == "uk"


def test_every_language_has_its_data_module() -> None:
    assert LANGUAGE_CODES == ("en", "uk", "ru")
    for code in LANGUAGE_CODES:
        assert get_language(code).code == code
    with pytest.raises(ValueError):
        get_language("pl")


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("двух", 2),
        ("трёх", 3),
        ("трех", 3),
        ("пятью", 5),
        ("семеро", 7),
        ("двадцати", 20),
        ("сорока", 40),
        ("двести сорок семь", 247),
        ("триста пятьдесят", 350),
        ("две тысячи", 2000),
        ("сотней", 100),
    ],
)
def test_russian_number_words_in_their_case_forms(phrase: str, value: int) -> None:
    quantity = parse_quantity(phrase, code="ru")
    assert quantity is not None and quantity.value == value


# --- figures -----------------------------------------------------------------------------------


def test_launched_and_shot_down_with_of_them() -> None:
    r = record("В ночь на 5 июля россияне атаковали Украину 86 ударными БПЛА типа Shahed. Из них 70 сбиты.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (86, 70)
    assert r["attack_date"] == "2025-07-05"


def test_drones_and_missiles_in_russian() -> None:
    r = record(
        "Противник запустил 120 дронов и 6 крылатых ракет Х-101. Силы ПВО сбили 100 беспилотников и "
        "пять ракет."
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (120, 6, 126)
    assert (r["drones_destroyed"], r["missiles_destroyed"], r["total_destroyed"]) == (100, 5, 105)


def test_shot_down_out_of_launched() -> None:
    r = record("Воздушные силы сообщили, что сбили 19 БпЛА из 23.")
    assert r["drones_destroyed"] == 19


def test_a_russian_ministry_claim_is_not_an_attack_on_ukraine() -> None:
    r = record(
        "Минобороны России заявило, что над Брянской областью уничтожены 30 украинских беспилотников, "
        "над Курской — ещё 12."
    )
    assert r["is_attack_report"] is False
    assert r["drones_destroyed"] is None


# --- casualties --------------------------------------------------------------------------------


def test_russian_casualties() -> None:
    r = record("В результате атаки погибли два человека, ещё пятеро получили ранения.")
    assert (r["killed"], r["injured"]) == (2, 5)


def test_the_dead_among_the_hurt_are_not_injured() -> None:
    r = record("Ночью дроны атаковали город: пострадали 9 человек, из которых двое погибли.")
    assert (r["killed"], r["injured"]) == (2, 7)


def test_no_casualties_in_russian() -> None:
    r = record("Ночью враг атаковал Одессу дронами, повреждён склад. Пострадавшие не зафиксированы.")
    assert (r["killed"], r["injured"]) == (0, 0)


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("В ночь на 5 июля россияне атаковали Украину 40 дронами.", "2025-07-06", "2025-07-05"),
        ("В ночь с пятницы на субботу россияне атаковали Украину 40 дронами.", "2025-07-07", "2025-07-05"),
        ("Этой ночью россияне атаковали Украину 40 дронами.", "2025-07-05", "2025-07-05"),
    ],
)
def test_russian_dates(text: str, published: str, expected: str) -> None:
    assert record(text, published)["attack_date"] == expected


# --- places ------------------------------------------------------------------------------------


def test_russian_town_and_oblast_names() -> None:
    r = record("Ночью российские дроны атаковали Харьков: повреждены жилые дома, пострадали три человека.")
    assert r["cities"] == ["Kharkiv"] and r["oblasts"] == ["Kharkiv Oblast"]
    r = record("В результате атаки в Одесской области повреждён склад, в Кривом Роге вспыхнул пожар.")
    assert set(r["oblasts"]) == {"Odesa Oblast", "Dnipropetrovsk Oblast"}
    assert r["cities"] == ["Kryvyi Rih"]
    r = record("На Харьковщине и Сумщине обломки дронов повредили дома.")
    assert set(r["oblasts"]) == {"Kharkiv Oblast", "Sumy Oblast"}


def test_a_region_where_drones_were_only_shot_down_is_not_struck() -> None:
    r = record("Силы ПВО сбили 20 дронов над Черниговской областью. В Киеве обломки повредили дом.")
    assert r["oblasts"] == ["Kyiv City"]


def test_russian_lost_from_radar_after_a_dash_and_no_one_hurt() -> None:
    r = record(
        "Сбиты 52 ударных БПЛА, 20 вражеских беспилотников-имитаторов — локационно потеряны. "
        "В Житомире обломки повредили дом, люди не пострадали."
    )
    assert (r["drones_destroyed"], r["suppressed"]) == (52, 20)
    assert (r["killed"], r["injured"]) == (0, 0)
    assert r["cities"] == ["Zhytomyr"]


def test_a_town_case_form_outweighs_a_village_spelled_so() -> None:
    # "Львове" is also a village's own name; "во Львове" is Lviv
    r = record("Российская ракета попала в жилой дом во Львове, погибли два человека, ранены ещё четверо.")
    assert r["cities"] == ["Lviv"]
    assert (r["killed"], r["injured"]) == (2, 4)


def test_a_russian_missile_hit_with_no_model_named_counts_no_launch() -> None:
    r = record("Российская ракета попала в жилой дом в Одессе, возник пожар.")
    assert r["missiles_launched"] is None
    assert r["cities"] == ["Odesa"]


def test_parts_of_a_count_given_place_by_place_add_up() -> None:
    r = record(
        "ПВО уничтожила 5 «Калибров», запущенных по Николаеву, а также 16 шахедов над Одесской "
        "областью и 3 – над Херсонской областью."
    )
    assert (r["missiles_destroyed"], r["drones_destroyed"]) == (5, 19)
    assert r["drones_launched"] is None


def test_a_city_attacked_but_not_hit_is_no_impact() -> None:
    r = record("Ночью враг совершил атаку на Одессу ударными дронами. Силы ПВО сбили 25 беспилотников.")
    assert (r["oblasts"], r["cities"]) == ([], [])
    r = record("Ночью уничтожено 40 шахедов в Сумской и Полтавской областях. В Харькове поврежден дом.")
    assert r["oblasts"] == ["Kharkiv Oblast"]


def test_shelling_of_another_town_after_the_air_attack_keeps_the_attack() -> None:
    r = record(
        "Ночью враг атаковал Кривой Рог баллистической ракетой. Погибли 4 человека. Тем временем в "
        "Херсоне в результате артобстрела ранены двое людей."
    )
    assert (r["killed"], r["injured"]) == (4, None)
    assert r["cities"] == ["Kryvyi Rih"]


def test_kinds_read_in_ukrainian_reports_read_in_russian_too() -> None:
    # an instrumental count before the verb "атаковал" (the verb is no noun "атака")
    r = record("Этой ночью враг тремя беспилотниками атаковал объект инфраструктуры во Львовской области.")
    assert (r["drones_launched"], r["total_launched"]) == (3, 3)
    # "не достиг целей" after a spaced hyphen
    r = record("Этой ночью ПВО сбила 78 вражеских БпЛА, а ещё 31 - не достиг целей, сообщили в ВС.")
    assert (r["drones_destroyed"], r["suppressed"]) == (78, 31)
    # a word of relief inside "no casualties"
    assert record("Ночью ракета попала в дом в Запорожье. Жертв, к счастью, нет.")["killed"] == 0
    # "Искандер-К" beside "Искандер-М" in one list; a case ending after digits ("12-ю")
    r = record(
        "Ночью враг атаковал 12-ю ударными БпЛА, тремя крылатыми ракетами «Искандер-К» и одной "
        "баллистической ракетой «Искандер-М»."
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (12, 4, 16)


def test_hits_are_counted_by_class() -> None:
    r = record("Ночью зафиксировано попадание 3 ракет и 17 ударных БпЛА на 6 локациях.")
    assert r["hits_by_class"] == {"missile": 3, "drone": 17}
    assert r["hit_locations"] == 6


def test_an_undeclined_abbreviation_is_plural_after_a_plural_adjective() -> None:
    r = record("Этой ночью враг атаковал Украину ударными БпЛА и пятью ракетами, сообщили в ВС.")
    assert (r["missiles_launched"], r["total_launched"]) == (5, None)
