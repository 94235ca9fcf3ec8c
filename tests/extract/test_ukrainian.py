"""Ukrainian reports through the same engine and record (issue 6), in sentences written for these
tests in the style of Air Force statements, governors' posts and Ukrainian outlets."""

from datetime import UTC, datetime

import pytest

from extract import extract_report
from extract.lang import detect_language
from extract.numbers import parse_quantity


def record(text: str, published: object = "2025-03-14") -> dict:
    return extract_report(text, published=published).to_dict()


# --- the language ------------------------------------------------------------------------------


def test_language_is_detected_and_recorded() -> None:
    assert detect_language("Вночі противник атакував Україну 40 дронами типу Shahed.") == "uk"
    assert detect_language("Russia launched 40 Shahed drones overnight, the air force said.") == "en"
    assert detect_language("") == "en"
    assert record("Вночі противник атакував Україну 40 дронами.")["language"] == "uk"
    assert record("Russia launched 40 drones at Ukraine overnight.")["language"] == "en"


def test_a_ukrainian_text_with_latin_names_stays_ukrainian() -> None:
    text = "Росія атакувала 12 дронами Shahed і Gerbera, а також ракетами KN-23 та Iskander-M."
    assert detect_language(text) == "uk"


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("двох", 2),
        ("трьох", 3),
        ("п'яти", 5),
        ("п’ятьма", 5),
        ("дев'ятьох", 9),
        ("двадцяти", 20),
        ("сорока", 40),
        ("ста", 100),
        ("двісті сорок сім", 247),
        ("триста п'ятдесят", 350),
        ("дві тисячі", 2000),
        ("восьмеро", 8),
        ("однією", 1),
    ],
)
def test_number_words_in_their_case_forms(phrase: str, value: int) -> None:
    quantity = parse_quantity(phrase, code="uk")
    assert quantity is not None and quantity.value == value


def test_digits_with_a_case_ending() -> None:
    for phrase, value in (("54-ма", 54), ("82-х", 82), ("9-ти", 9)):
        quantity = parse_quantity(phrase, code="uk")
        assert quantity is not None and quantity.value == value
    assert parse_quantity("16-типоверховий", code="uk") is None  # a compound, not a count


@pytest.mark.parametrize(
    ("phrase", "value", "bound"),
    [("понад 300", 300, "lower"), ("близько 60", 60, "approximate"), ("щонайменше 12", 12, "lower")],
)
def test_qualifiers(phrase: str, value: int, bound: str) -> None:
    quantity = parse_quantity(phrase, code="uk")
    assert quantity is not None and (quantity.value, quantity.bound) == (value, bound)


# --- the Air Force's morning statement --------------------------------------------------------

STATEMENT = (
    "У ніч на 14 березня (з 18:00 13 березня) противник атакував 137 ударними БпЛА типу Shahed, "
    "Гербера та безпілотниками-імітаторами інших типів, а також 9 ракетами: 6 крилатими Х-101 та "
    "трьома балістичними Іскандер-М/KN-23.\n"
    "Станом на 08:30 протиповітряною обороною збито/подавлено 104 ворожих БпЛА та 3 крилаті ракети.\n"
    "Ще 22 дрони-імітатори локаційно втрачено, 4 повернулися в рф.\n"
    "Зафіксовано влучання 9 ударних БпЛА та двох ракет на 7 локаціях, а також падіння уламків "
    "(збитих) на 5 локаціях."
)


def test_statement_launch_figures() -> None:
    r = record(STATEMENT)
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (137, 9, 146)


def test_statement_shot_down_or_suppressed_is_one_destroyed_figure() -> None:
    r = record(STATEMENT)
    assert (r["drones_destroyed"], r["missiles_destroyed"], r["total_destroyed"]) == (104, 3, 107)


def test_statement_lost_returned_hits_and_debris() -> None:
    r = record(STATEMENT)
    assert r["suppressed"] == 22
    assert r["returned"] == 4
    assert (r["hit_locations"], r["debris_locations"]) == (7, 5)
    assert r["is_attack_report"] is True


def test_statement_date_takes_its_year_from_publication() -> None:
    assert record(STATEMENT, "2025-03-14")["attack_date"] == "2025-03-14"
    assert record(STATEMENT, None)["attack_date"] is None  # no year anywhere


def test_statement_names_the_weapon_models() -> None:
    models = {w["model"]: w for w in record(STATEMENT)["weapons"]}
    assert models["Kh-101"]["launched"] == 6
    assert models["Shahed"]["launched"] == 137


def test_evidence_points_at_the_ukrainian_words() -> None:
    r = record(STATEMENT)
    evidence = r["evidence"]["drones_destroyed"]
    assert STATEMENT[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["text"].startswith("104")


def test_figures_in_words_and_all_of_a_kind() -> None:
    r = record(
        "Вночі ворог випустив по Україні двісті сорок сім дронів і дев'ять ракет. "
        "Сили ППО знищили двісті двадцять безпілотників та всі дев'ять ракет.",
        "2025-06-02",
    )
    assert (r["drones_launched"], r["missiles_launched"]) == (247, 9)
    assert (r["drones_destroyed"], r["missiles_destroyed"]) == (220, 9)


def test_about_n_of_them_are_shaheds_is_not_another_launch_figure() -> None:
    r = record(
        "Росія атакувала Україну 73-ма ударними дронами, близько 45 з них — шахеди.", "2025-04-02"
    )
    assert r["drones_launched"] == 73 and r["total_launched"] == 73


def test_more_than_is_a_lower_bound() -> None:
    r = record("Окупанти випустили понад 300 шахедів по енергетичних об'єктах.", "2025-04-02")
    assert r["drones_launched"] == 300 and r["bounds"]["drones_launched"] == "lower"


def test_singular_missile_counts_one() -> None:
    r = record("Зранку росіяни вдарили по Сумах ракетою Іскандер-М.", "2025-04-02")
    assert r["missiles_launched"] == 1 and r["total_launched"] == 1


def test_x_of_y_destroyed() -> None:
    r = record("Протиповітряна оборона знешкодила 41 з 47 ворожих безпілотників.", "2025-04-02")
    assert (r["drones_destroyed"], r["drones_launched"]) == (41, 47)


def test_a_number_of_directions_is_no_part_of_the_drones() -> None:
    r = record(
        "Ворог атакував 58 ударними БпЛА з чотирьох напрямків: Курськ, Орел, Брянськ і Міллерово."
    )
    assert r["drones_launched"] == 58 and r["drones_destroyed"] is None


def test_bare_count_after_of_which() -> None:
    r = record("Вночі було зафіксовано шість балістичних ракет, з яких чотири було збито.", "2025-04-02")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (6, 4)


def test_a_list_under_a_heading_adds_up() -> None:
    r = record(
        "Загалом у повітряному просторі було зафіксовано:\n\n"
        "312 ударних БпЛА типу Shahed та дронів-імітаторів;\n\n"
        "6 крилатих ракет Х-101;\n\n"
        "2 балістичні ракети Іскандер-М.",
        "2025-04-02",
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (312, 8, 320)


def test_weapon_names_in_ukrainian() -> None:
    r = record(
        "Ворог застосував 3 ракети Калібр, 2 Кинджали, 4 ракети С-300 та 2 ракети Х-59/69.", "2025-04-02"
    )
    models = {w["model"] for w in r["weapons"]}
    assert {"Kalibr", "Kh-47M2 Kinzhal", "S-300", "Kh-59"} <= models
    assert r["missiles_launched"] == 11  # one list of missiles adds up


def test_guided_bombs_are_not_in_the_totals() -> None:
    r = record("Окупанти скинули на Запоріжжя 5 КАБів та запустили 12 дронів.", "2025-04-02")
    assert r["drones_launched"] == 12 and r["total_launched"] == 12


# --- casualties --------------------------------------------------------------------------------


def test_killed_and_injured_verbs_before_the_count() -> None:
    r = record("Внаслідок удару по Одесі загинули троє людей, ще семеро поранено.", "2025-04-02")
    assert (r["killed"], r["injured"]) == (3, 7)


def test_counts_before_the_casualty_words() -> None:
    r = record("У Харкові відомо про трьох загиблих та 11 поранених, серед них підліток.", "2025-04-02")
    assert (r["killed"], r["injured"]) == (3, 11)


def test_injured_with_a_dash_and_other_words() -> None:
    r = record(
        "Внаслідок атаки на Полтаву загинули п'ятеро людей, ще дванадцятеро – травмовані.", "2025-04-02"
    )
    assert r["killed"] == 5
    r = record(
        "Через атаку шахедів на Суми постраждали четверо людей, усіх госпіталізували.", "2025-04-02"
    )
    assert r["injured"] == 4


def test_a_single_injured_person() -> None:
    r = record("Дрон влучив у будинок у Броварах, поранення отримала жінка.", "2025-04-02")
    assert r["injured"] == 1


def test_a_rising_toll() -> None:
    r = record("Кількість загиблих унаслідок ракетного удару по Дніпру зросла до 9.", "2025-04-02")
    assert r["killed"] == 9


def test_no_casualties() -> None:
    r = record("Уночі дрони атакували Хмельниччину, пошкоджено склад, без постраждалих.", "2025-04-02")
    assert (r["killed"], r["injured"]) == (0, 0)


def test_a_landing_accident_is_not_a_casualty_of_the_attack() -> None:
    r = record(
        "Вночі росіяни атакували Україну 30 дронами. Тієї ж ночі під час заходу на посадку "
        "загинув пілот винищувача.",
        "2025-04-02",
    )
    assert r["killed"] is None


def test_artillery_shelling_is_not_an_aerial_attack() -> None:
    r = record("Російська армія обстріляла Херсон з артилерії: поранено двох людей.", "2025-04-02")
    assert r["is_attack_report"] is False and r["injured"] is None


# --- places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "oblasts", "cities"),
    [
        ("Уламки дрона пошкодили будинок у Києві.", ["Kyiv City"], ["Kyiv"]),
        ("Внаслідок удару по Харкову виникла пожежа.", ["Kharkiv Oblast"], ["Kharkiv"]),
        ("В Одесі пошкоджено порт.", ["Odesa Oblast"], ["Odesa"]),
        ("На Дніпропетровщині пошкоджено підстанцію.", ["Dnipropetrovsk Oblast"], []),
        ("Пожежа спалахнула на Київщині.", ["Kyiv Oblast"], []),
        ("У Львівській області пошкоджено склад.", ["Lviv Oblast"], []),
        (
            "Внаслідок атаки постраждали Сумська та Чернігівська області.",
            ["Sumy Oblast", "Chernihiv Oblast"],
            [],
        ),
        ("У Кривому Розі пошкоджено багатоповерхівку.", ["Dnipropetrovsk Oblast"], ["Kryvyi Rih"]),
        ("У Шостці пошкоджено лікарню.", ["Sumy Oblast"], ["Shostka"]),
        ("У столиці пролунали вибухи, пошкоджено будинки.", ["Kyiv City"], ["Kyiv"]),
        ("На Запоріжжі пошкоджено будинки.", ["Zaporizhzhia Oblast"], []),
        ("У Запоріжжі пошкоджено будинки.", ["Zaporizhzhia Oblast"], ["Zaporizhzhia"]),
        ("На Івано-Франківщині пошкоджено підстанцію.", ["Ivano-Frankivsk Oblast"], []),
        # after "на", a list opened by a region's own name lists regions: Запоріжжі is the region
        ("На Харківщині та Запоріжжі пошкоджено будинки.", ["Kharkiv Oblast", "Zaporizhzhia Oblast"], []),
        # ... but not when the list opens with a town's name ("у" / "на" + towns stay towns)
        (
            "Пошкоджено будинки у Харкові та Запоріжжі.",
            ["Kharkiv Oblast", "Zaporizhzhia Oblast"],
            ["Kharkiv", "Zaporizhzhia"],
        ),
    ],
)
def test_places_in_every_case(sentence: str, oblasts: list[str], cities: list[str]) -> None:
    r = record("Вночі росіяни атакували Україну дронами. " + sentence, "2025-04-02")
    assert sorted(r["oblasts"]) == sorted(oblasts)
    assert r["cities"] == cities


def test_where_drones_were_shot_down_is_no_impact() -> None:
    r = record(
        "Збито 40 дронів у Київській, Житомирській та Вінницькій областях. "
        "Уламки пошкодили склад на Черкащині.",
        "2025-04-02",
    )
    assert r["oblasts"] == ["Cherkasy Oblast"]


def test_a_hromada_named_after_a_town_is_not_the_town() -> None:
    r = record(
        "На Дніпропетровщині дрони атакували Покровську та Слов'янську громади, пошкоджено будинки.",
        "2025-04-02",
    )
    assert r["cities"] == [] and r["oblasts"] == ["Dnipropetrovsk Oblast"]


def test_where_missiles_came_from_is_no_impact() -> None:
    r = record(
        "Ворог вдарив по Полтаві двома ракетами Х-59 з повітряного простору Луганської області, "
        "пошкоджено підприємство.",
        "2025-04-02",
    )
    assert r["oblasts"] == ["Poltava Oblast"]


def test_the_adjective_ukrainian_is_no_town() -> None:
    r = record("Українська ППО збила 20 дронів, уламки пошкодили будинок на Одещині.", "2025-04-02")
    assert r["cities"] == [] and r["oblasts"] == ["Odesa Oblast"]


# --- dates -------------------------------------------------------------------------------------


def test_night_into_a_date_with_the_year_from_publication() -> None:
    text = "У ніч на 23 серпня противник атакував 49 ударними БпЛА."
    assert record(text, "2025-08-23")["attack_date"] == "2025-08-23"
    assert (
        record("У ніч з 22 на 23 серпня ворог запустив 49 дронів.", "2025-08-23")["attack_date"]
        == "2025-08-23"
    )


def test_night_into_a_weekday() -> None:
    # 2 June 2025 was a Monday
    assert (
        record("В ніч на понеділок ворог запустив 80 дронів.", "2025-06-02")["attack_date"]
        == "2025-06-02"
    )


def test_a_telegram_timestamp_dates_the_statement_in_kyiv_time() -> None:
    # 23:40 UTC on 22 August is 02:40 on 23 August in Kyiv
    posted = datetime(2025, 8, 22, 23, 40, tzinfo=UTC)
    text = "Вночі противник атакував Україну 49 ударними БпЛА, збито 36."
    assert record(text, posted)["attack_date"] == "2025-08-23"
    assert record(text, "2025-08-22T23:40:00+00:00")["attack_date"] == "2025-08-23"


def test_a_recall_of_another_day_is_background() -> None:
    r = record(
        "Вночі росіяни атакували Харків 11 дронами, постраждали двоє людей. "
        "Нагадаємо, 3 березня під час атаки на місто загинули 5 людей.",
        "2025-03-14",
    )
    assert (r["drones_launched"], r["injured"], r["killed"]) == (11, 2, None)


def test_a_recall_of_the_same_night_counts() -> None:
    r = record(
        "Сили ППО знищили 28 з 31 шахеда.\n\nНагадаємо, вночі окупанти атакували Запоріжжя "
        "ударними дронами. Внаслідок удару поранено чотирьох людей.",
        "2025-03-14",
    )
    assert r["injured"] == 4 and r["cities"] == ["Zaporizhzhia"]


# --- relevance ---------------------------------------------------------------------------------


def test_ukrainian_strikes_on_russia_are_not_attack_reports() -> None:
    r = record(
        "Українські дрони вночі атакували нафтобазу в Брянській області росії, спалахнула пожежа.",
        "2025-04-02",
    )
    assert r["is_attack_report"] is False


def test_russian_ministry_claims_are_not_attack_reports() -> None:
    r = record(
        "Міноборони рф заявило, що вночі над Бєлгородською областю збито 45 безпілотників.", "2025-04-02"
    )
    assert r["is_attack_report"] is False and r["drones_destroyed"] is None


def test_news_without_an_attack_is_not_an_attack_report() -> None:
    r = record("Президент провів зустріч з міністрами щодо відновлення енергетики.", "2025-04-02")
    assert r["is_attack_report"] is False


def test_a_shoot_down_verb_with_its_own_count_after_the_launch() -> None:
    r = record("Противник атакував 12 ударними БпЛА, збито 10.", "2025-03-02")
    assert (r["drones_launched"], r["drones_destroyed"]) == (12, 10)
    r = record("Russia launched 80 drones overnight; air defences shot down 62.", "2025-07-12")
    assert (r["drones_launched"], r["drones_destroyed"]) == (80, 62)


def test_a_dash_between_count_and_fate() -> None:
    r = record("Станом на 10:00 збито 45 ударних БпЛА, ще 20 – локаційно втрачені.", "2025-03-02")
    assert (r["drones_destroyed"], r["suppressed"]) == (45, 20)


def test_a_combined_strike_heading_a_colon() -> None:
    r = record(
        "У ніч на 7 вересня ворог завдав масованого комбінованого удару: 810 ударних БпЛА та 13 ракет.",
        "2025-09-07",
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (810, 13, 823)


def test_passive_launch_and_all_missiles_shot_down() -> None:
    r = record("По Одесі випущено 3 ракети Онікс та 2 ракети Х-22, усі ракети збито.", "2025-05-02")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (5, 5)


def test_decoys_are_drones() -> None:
    r = record("Ворог запустив 60 ударних дронів Герань-2 та 40 імітаторів.", "2025-05-02")
    assert r["drones_launched"] == 100


def test_an_attack_on_a_city_with_casualties_is_an_attack_report_without_naming_russia() -> None:
    r = record("Через нічну атаку на Житомир загинули 2 людини, 9 людей госпіталізовано.", "2025-05-02")
    assert r["is_attack_report"] is True and (r["killed"], r["injured"]) == (2, 9)
    assert r["cities"] == ["Zhytomyr"]


def test_one_place_in_two_cases_is_one_place_for_casualties() -> None:
    r = record(
        "Через удар дронів по Полтаві постраждали 4 людини. У Полтаві за уточненими даними поранено 7 людей.",
        "2025-05-02",
    )
    assert r["injured"] == 7  # an update of the same city's figure, not a second city


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ї",
        "Київ" * 5000,
        "збито/подавлено " * 3000,
        "У ніч на 31 лютого противник атакував 10 дронами.",  # no such date
        "99999999999 ударними БпЛА",
        "\u0000Ракетою" + "ʼ" * 100,
        "п'ять " * 2000 + "дронів",
    ],
)
def test_odd_ukrainian_input_gives_a_record(text: str) -> None:
    r = record(text)
    assert set(r) >= {"is_attack_report", "drones_launched", "oblasts", "language"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Вночі ворог атакував Україну 120 ударними БпЛА. З них 84 збито.",
        "Вночі ворог атакував Україну 120 ударними БпЛА, з них 84 збито.",
        "Вночі ворог атакував Україну 120 ударними БпЛА, із яких 84 збито.",
    ],
)
def test_of_them_before_the_count_of_shot_down(sentence: str) -> None:
    r = record(sentence, "2025-04-02")
    assert (r["drones_launched"], r["drones_destroyed"]) == (120, 84)


# --- kinds met on reports the rules were not written against (issue 13) --------------------------


def test_injured_said_with_distaly_and_a_dash() -> None:
    r = record("Внаслідок удару одна людина загинула, ще шестеро — дістали поранення.")
    assert (r["killed"], r["injured"]) == (1, 6)


def test_the_dead_counted_among_the_hurt() -> None:
    r = record("Унаслідок атаки постраждали щонайменше 11 осіб, з яких четверо загинули.")
    assert (r["killed"], r["injured"]) == (4, 7)
    # "серед них" names a part of them (children), not the dead
    r = record("Унаслідок атаки постраждали 11 людей, серед них троє дітей.")
    assert r["injured"] == 11


def test_bare_apparaty_in_a_weapons_count_are_drones() -> None:
    r = record("Уночі противник випустив 132 ударні апарати різних типів, збито 110.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (132, 110)


def test_flew_towards_russia_is_not_suppressed() -> None:
    r = record("Уночі ворог запустив 30 дронів. Два з них вилетіли у напрямку росії.")
    assert r["suppressed"] is None


def test_a_night_from_one_weekday_to_the_next_is_the_second() -> None:
    r = record("У ніч з вівторка на середу росіяни атакували Україну 50 дронами.", "2025-07-10")
    assert r["attack_date"] == "2025-07-09"


def test_month_names_scraped_without_i() -> None:
    r = record("15 квтня ворог атакував Харкв дронами.", "2025-04-16")
    assert r["attack_date"] == "2025-04-15"


def test_a_count_before_a_dash_takes_the_verb_after_it() -> None:
    r = record("Збито 70 ударних БпЛА. 25 ворожих безпілотників-імітаторів — локаційно втрачені.")
    assert (r["drones_destroyed"], r["suppressed"]) == (70, 25)
    r = record("Станом на 9:00 збито 61 безпілотник, 17 ворожих дронів-імітаторів — локаційно втрачені.")
    assert (r["drones_destroyed"], r["suppressed"]) == (61, 17)


def test_a_singular_form_after_a_number_counts() -> None:
    r = record("Уночі збито 43 дрони. 31 ворожий безпілотник-імітатор — локаційно втрачений.")
    assert r["suppressed"] == 31


def test_what_one_weapon_of_a_massed_attack_did_is_no_launch_count() -> None:
    r = record("Уночі Росія здійснила масовану комбіновану атаку на Київ. Ракета влучила у багатоповерхівку.")
    assert r["missiles_launched"] is None and r["total_launched"] is None
    assert r["cities"] == ["Kyiv"]


def test_no_casualties_said_of_the_people() -> None:
    r = record("Уночі уламки дрона впали на подвір'я у Вінниці. Люди неушкоджені.")
    assert (r["killed"], r["injured"]) == (0, 0)


def test_probably_fell_is_suppressed_and_explosions_at_locations_are_hits() -> None:
    r = record("Ворог запустив 60 дронів, 45 з них збито, ще 9 — ймовірно, впали.")
    assert (r["drones_destroyed"], r["suppressed"]) == (45, 9)
    assert record("Вибухи пролунали на 12 локаціях.")["hit_locations"] == 12


def test_a_list_after_a_colon_keeps_its_verb_across_semicolons() -> None:
    r = record(
        "Уночі противник атакував 96 засобами повітряного нападу: 90 ударними БпЛА типу Shahed з "
        "напрямків Курськ, Орел – РФ; 6 керованими авіаційними ракетами Х-59/69. Станом на 09:00 "
        "збито/подавлено 70 ворожих БпЛА на півночі та сході країни; 4 ракети Х-59/69."
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (90, 6, 96)
    assert (r["drones_destroyed"], r["missiles_destroyed"], r["total_destroyed"]) == (70, 4, 74)


def test_a_neutralised_figure_split_into_shot_down_and_lost() -> None:
    r = record("Знешкоджено 64 дрони: 50 збито, 14 подавлено засобами РЕБ.")
    assert (r["drones_destroyed"], r["suppressed"]) == (50, 14)
    r = record("Сили ППО знешкодили 64 дрони, з них 50 збито, 14 – локаційно втрачені.")
    assert (r["drones_destroyed"], r["suppressed"]) == (50, 14)
    # with no suppressed part, "з них" names types of the destroyed ones
    assert record("Збито 64 дрони, з них 40 – шахеди.")["drones_destroyed"] == 64


def test_a_singular_missile_beside_counted_drones() -> None:
    r = record("Вночі ворог атакував Україну 70 ударними дронами та балістичною ракетою Іскандер-М.")
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (70, 1, 71)


def test_missiles_with_no_number_leave_the_total_open() -> None:
    r = record("Вночі ворог атакував Україну 70 дронами, а також крилатими та балістичними ракетами.")
    assert r["drones_launched"] == 70 and r["total_launched"] is None


def test_city_administration_is_the_city_not_the_oblast() -> None:
    r = record("Начальник Київської міської військової адміністрації повідомив про пожежу після атаки.")
    assert r["oblasts"] == ["Kyiv City"] and r["cities"] == ["Kyiv"]


def test_oblasts_under_strikes_and_regions_in_a_list_of_shot_down_drones() -> None:
    r = record("Уночі РФ атакувала дронами. Під ударами опинилися Волинська, Рівненська та Одеська області.")
    assert r["oblasts"] == ["Volyn Oblast", "Rivne Oblast", "Odesa Oblast"]
    r = record(
        "Сили ППО знищили 9 дронів. Ліквідовано:\n7 безпілотників у Миколаївській області;\n"
        "2 на Херсонщині.\nУ Вінниці пошкоджено об'єкт енергетики."
    )
    assert r["oblasts"] == ["Vinnytsia Oblast"]


def test_impacts_counted_as_prylioty_tie_the_city() -> None:
    r = record("Вночі війська росії обстріляли Херсон. Голова ОВА повідомив про щонайменше чотири прильоти.")
    assert r["cities"] == ["Kherson"]


def test_a_recall_paragraph_ends_where_this_night_begins() -> None:
    r = record("Нагадаємо, напередодні ворог атакував 120 дронами. Цієї ночі ворог запустив 45 дронів.")
    assert r["drones_launched"] == 45


def test_tallies_of_the_whole_war_are_background_and_digits_take_their_scale() -> None:
    r = record("Вночі Росія атакувала 50 дронами. За даними ООН, від початку війни загинули 13 тисяч людей.")
    assert r["drones_launched"] == 50 and r["killed"] is None
    assert parse_quantity("13 тисяч", code="uk").value == 13000
    assert parse_quantity("2 тис.", code="uk").value == 2000


def test_wounded_another_after_the_verb() -> None:
    r = record("Внаслідок удару по Сумах загинули двоє людей, поранено ще п'ятьох.")
    assert (r["killed"], r["injured"]) == (2, 5)


def test_a_missile_hit_with_no_weapon_named_is_no_launch_count() -> None:
    r = record("Вночі ракета влучила в багатоквартирний будинок у Львові, загинули двоє людей.")
    assert r["missiles_launched"] is None and r["total_launched"] is None
    assert r["killed"] == 2
    # a named model tells of the one weapon of the strike
    r = record("Вночі ракета С-300 влучила в багатоквартирний будинок у Харкові.")
    assert r["missiles_launched"] == 1


def test_shelling_by_artillery_alone_is_no_air_attack() -> None:
    r = record(
        "За добу окупанти 40 разів обстріляли Херсонщину з артилерії та мінометів. Два снаряди влучили "
        "у житлові будинки Херсона. Одна людина дістала поранення."
    )
    assert r["is_attack_report"] is False
    # an air weapon named beside the shelling keeps the report
    r = record("Вночі ворог обстріляв Херсон з артилерії, а також атакував місто дроном. Пошкоджено будинок.")
    assert r["is_attack_report"] is True


def test_figures_and_casualties_in_text_scraped_without_i() -> None:
    r = record(
        "Вноч ворог атакував Украну 70 ударними безплотниками та 4 ракетами. Збито 55 безплотникв, "
        "9 — локацйно втрачен. Загинули дво людей, ще тро дстали поранення."
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (70, 4, 74)
    assert (r["drones_destroyed"], r["suppressed"]) == (55, 9)
    assert (r["killed"], r["injured"]) == (2, 3)


def test_all_of_them_shot_down_with_no_noun() -> None:
    r = record("Противник випустив чотири крилаті ракети Х-101. Усі чотири збито.")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (4, 4)
    r = record("Противник випустив чотири крилаті ракети Х-101. Усі вони були збиті.")
    assert (r["missiles_launched"], r["missiles_destroyed"]) == (4, 4)


# --- kinds from the swapped halves of dev2-uk (issue 13) -----------------------------------------


def test_instrumental_count_before_the_verb_attacked() -> None:
    r = record("Уночі ворог чотирма безпілотниками атакував склад на Волині.")
    assert (r["drones_launched"], r["total_launched"]) == (4, 4)
    # the noun "атака" after the weapon word still makes it a modifier
    assert record("Вночі тривала дронова атака: 5 безпілотників атака зачепила.")["drones_launched"] is None


def test_a_singular_drone_in_text_scraped_without_i() -> None:
    r = record("Уноч окупанти атакували бойовим безплотником склад у Рвному.")
    assert (r["drones_launched"], r["total_launched"]) == (1, 1)


def test_an_undeclined_abbreviation_says_nothing_of_number() -> None:
    # "удар БпЛА" in a title may be one drone's strike: the singular below still counts
    r = record("Нічний удар БпЛА по Луцьку\n\nУночі ворог атакував ударним безпілотником склад у Луцьку.")
    assert r["drones_launched"] == 1
    # after a plural adjective it is plural: drones came in a number not given, so no total
    r = record("Вночі ворог атакував Україну ударними БпЛА та 5 ракетами.")
    assert (r["missiles_launched"], r["total_launched"]) == (5, None)


def test_did_not_reach_targets_after_a_spaced_hyphen() -> None:
    r = record("Уночі сили ППО збили 52 ворожі БпЛА, а 17 - не досяг цілей.")
    assert (r["drones_destroyed"], r["suppressed"]) == (52, 17)


def test_iskander_k_beside_iskander_m_in_one_list() -> None:
    r = record(
        'Ворог атакував 12-ма ударними БпЛА, трьома крилатими ракетами "Іскандер-К" та однією '
        'балістичною ракетою "Іскандер-М".'
    )
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (12, 4, 16)


def test_all_n_downed_in_slang() -> None:
    r = record("Уночі наша ППО відмінусувала усі шість ворожих шахедів над областю.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (6, 6)


def test_no_casualties_with_a_word_of_relief_inside() -> None:
    r = record("Уночі ракета влучила в склад у Полтаві. Загиблих, на щастя, немає.")
    assert r["killed"] == 0 and r["injured"] is None
    r = record("Уночі дрон влучив у гараж у Сумах. Минулося без загиблих та поранених.")
    assert (r["killed"], r["injured"]) == (0, 0)


def test_destroyed_drones_over_a_list_of_oblasts_are_no_impact() -> None:
    r = record(
        "Уночі ворог запустив 90 дронів. В результаті знищено 70 шахедів у Сумській, Полтавській та "
        "Черкаській областях. Пошкоджено будинок на Київщині."
    )
    assert r["oblasts"] == ["Kyiv Oblast"]


def test_damage_said_as_ushkodzhennia() -> None:
    r = record("Уночі ворог атакував дронами. Є ушкодження в Рівненській та Волинській областях.")
    assert r["oblasts"] == ["Rivne Oblast", "Volyn Oblast"]


def test_damage_in_a_paragraph_about_shelling_is_not_the_air_attack() -> None:
    r = record(
        "Уночі дрон влучив у склад у Полтаві.\n\n"
        "Нікопольський район окупанти обстріляли з «Градів» та артилерії. У самому Нікополі пошкоджені "
        "будинки.\n\nЛюди не постраждали."
    )
    assert r["cities"] == ["Poltava"]


def test_parts_of_a_count_given_place_by_place_add_up() -> None:
    r = record("Уночі ворог запустив 40 дронів. Збито 18 шахедів над Черкащиною та 7 – над Полтавщиною.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (40, 25)
    r = record("Уночі ворог запустив 40 дронів. 18 шахедів збито на Черкащині, ще 7 – в небі над Сумщиною.")
    assert r["drones_destroyed"] == 25
    # a bare count with no place of its own is no such part
    r = record("Уночі ворог запустив 40 дронів. Збито 18 шахедів над Черкащиною та 7 годин тривала тривога.")
    assert r["drones_destroyed"] == 18


def test_a_participle_after_a_count_is_no_verb_of_the_next_items() -> None:
    r = record("Сили ППО знищили 4 «Калібри», запущених з моря по Миколаєву, а також 12 шахедів над областю.")
    assert (r["missiles_destroyed"], r["drones_destroyed"]) == (4, 12)
    assert r["drones_launched"] is None


def test_a_bulleted_list_opened_on_another_night_is_background() -> None:
    r = record(
        "У ніч на 12 березня уламки дрона пошкодили будинок у Києві. Постраждала одна людина.\n"
        "- У ніч на 11 березня росіяни атакували Київ ракетами.\n"
        "- Загинули троє людей. Поранені 20 людей.",
        "2025-03-12",
    )
    assert (r["killed"], r["injured"]) == (None, 1)


def test_districts_counted_are_no_count_of_locations() -> None:
    r = record("Уночі в трьох районах Києва впали уламки безпілотників.")
    assert r["debris_locations"] is None
    assert record("Уночі уламки впали на трьох локаціях у Києві.")["debris_locations"] == 3


def test_a_class_counted_after_of_them_is_a_part_of_the_total() -> None:
    r = record("Уночі Росія запустила 200 дронів і 12 ракет. Сили ППО збили 190 цілей, з них 10 ракет.")
    assert (r["missiles_destroyed"], r["drones_destroyed"], r["total_destroyed"]) == (10, 180, 190)
    # a bare count after "of them" still counts the weapons before it
    r = record("Ворог запустив 90 дронів, з них 70 збито, ще 15 локаційно втрачені.")
    assert (r["drones_destroyed"], r["suppressed"]) == (70, 15)


def test_casualties_of_the_past_day_are_background() -> None:
    r = record("Минулої доби внаслідок обстрілів Херсонщини загинула людина. Вночі дрон атакував Херсон.")
    assert r["killed"] is None


def test_a_city_attacked_but_not_hit_is_no_impact() -> None:
    r = record("Уночі ворог здійснив атаку на Одесу ударними дронами. Сили ППО збили 25 безпілотників.")
    assert (r["oblasts"], r["cities"]) == ([], [])
    # the attack on a city with its damage told after a colon is impact
    r = record("Нічна атака на Житомир: пошкоджено приватний будинок.")
    assert r["cities"] == ["Zhytomyr"]


def test_shelling_of_another_town_after_the_air_attack_keeps_the_attack() -> None:
    r = record(
        "Уночі ворог атакував Кривий Ріг балістичною ракетою. Внаслідок удару загинули 4 людини, 15 "
        "поранені. Тим часом у Херсоні внаслідок артобстрілу поранено двох людей."
    )
    assert (r["killed"], r["injured"]) == (4, 15)
    assert (r["oblasts"], r["cities"]) == (["Dnipropetrovsk Oblast"], ["Kryvyi Rih"])


def test_hits_are_counted_by_class() -> None:
    r = record(
        "Уночі противник атакував 120 ударними БпЛА та 6 ракетами. Збито 95 БпЛА. Зафіксовано влучання "
        "4 ракет та 21 ударного БпЛА на 9 локаціях."
    )
    assert r["hits_by_class"] == {"missile": 4, "drone": 21}
    assert r["hit_locations"] == 9 and (r["drones_launched"], r["missiles_launched"]) == (120, 6)
    # a single weapon that hit is no counted hit; a report with none has no such entry
    assert "hits_by_class" not in record("Уночі ракета влучила в склад у Рівному.")


def test_a_town_in_k_in_its_softened_locative() -> None:
    r = record("У Кременчуці внаслідок нічної атаки дронів пошкоджено підприємство.")
    assert (r["oblasts"], r["cities"]) == (["Poltava Oblast"], ["Kremenchuk"])
