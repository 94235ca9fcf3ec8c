"""Date wordings of the seventh session (issue 13: dates one day off on unseen reports), by kind.

Each kind: the sentence that showed it, a second wording the rule must also read, and a near miss
it must leave alone. The night a report tells of is dated by the morning it ended (SCHEMA)."""

import pytest

from extract import extract_report


def attack_date(text: str, published: str | None) -> str | None:
    return extract_report(text, published=published).to_dict()["attack_date"]


# 2025-06-07 is a Saturday, 2025-06-10 a Tuesday; 2025-03-07 a Friday.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the evening that opened the night, named by its date: the night ended the next morning
        ("Russia attacked Ukraine with 61 drones on the evening of June 7, the Air Force said.",
         "2025-06-10", "2025-06-08"),
        ("Russian drones have been attacking Zaporizhzhia since the evening of June 5, the governor "
         "said. Twelve people were injured.", "2025-06-06", "2025-06-06"),
        ("Ввечері 7 червня ворог атакував Харків дронами, поранено трьох.", "2025-06-10", "2025-06-08"),
        ("Пізно ввечері в суботу, 7 червня, ворог атакував Харків дронами, поранено трьох.",
         "2025-06-10", "2025-06-08"),
        ("Вечером 7 июня враг атаковал Харьков дронами, ранены трое.", "2025-06-10", "2025-06-08"),
        # an evening clock time that opens the Air Force's night, before or after the date
        ("From 6 p.m. on June 5, Russia launched 85 Shahed drones and decoys at Ukraine, Air Force "
         "officials reported.", "2025-06-06", "2025-06-06"),
        ("З 18:00 6 березня противник атакував Україну 112 ударними БпЛА. Збито 80.",
         "2025-03-07", "2025-03-07"),
        ("С 19:00 6 марта противник атаковал Украину 112 ударными БпЛА. Сбиты 80.",
         "2025-03-08", "2025-03-07"),
        ("7 червня о 23:30 ворог атакував Харків дронами, поранено трьох.", "2025-06-10", "2025-06-08"),
        # near misses: a morning or an afternoon keeps its day; "the night of 3 June" is the night
        # INTO the 3rd; "until the evening" names no evening of the attack
        ("Вранці 8 червня ворог атакував Харків дронами, поранено трьох.", "2025-06-10", "2025-06-08"),
        ("7 червня о 14:20 ворог атакував Харків дронами, поранено трьох.", "2025-06-10", "2025-06-07"),
        ("Russian missiles struck Dnipro on the morning of June 3, killing two people.",
         "2025-06-04", "2025-06-03"),
        ("Russia attacked Ukraine with 52 drones in the night of 3 June, the Air Force said.",
         "2025-06-05", "2025-06-03"),
        ("Until the evening of June 7, rescuers worked where a house in Sumy was struck by a Russian "
         "drone.", "2025-06-10", "2025-06-07"),
        ("До вечора 7 червня рятувальники розбирали завали будинку в Сумах, куди влучив дрон.",
         "2025-06-10", "2025-06-07"),
    ],
)
def test_an_evening_named_by_its_date_opens_the_night(text: str, published: str, expected: str) -> None:
    assert attack_date(text, published) == expected


def test_an_evening_in_a_post_of_that_same_evening_keeps_its_day() -> None:
    # a date-only publication cannot tell a late post from the next morning's report: as a
    # weekday's evening does, the post keeps its own day rather than run ahead of it
    text = "Увечері 7 червня ворог атакував Харків дронами, поранено трьох."
    assert attack_date(text, "2025-06-07") == "2025-06-07"


def test_an_evening_with_a_year_and_no_publication_opens_the_night() -> None:
    text = "Russian drones attacked Kharkiv late on June 7, 2025, injuring three people."
    assert attack_date(text, None) == "2025-06-08"
    assert attack_date("Russian drones attacked Kharkiv in late 2024, on December 25, injuring three.",
                       None) == "2024-12-25"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday's evening in other words: the night that followed
        ("Пізно ввечері в суботу ворог атакував Харків дронами, поранено трьох.", "2025-06-10", "2025-06-08"),
        ("Поздно вечером в субботу враг атаковал Харьков дронами, ранены трое.", "2025-06-10", "2025-06-08"),
        ("Starting at 6 p.m. on Thursday, Russia launched 85 Shahed drones at Ukraine, according to the "
         "Air Force.", "2025-06-06", "2025-06-06"),
        # near miss: the weekday's daytime
        ("У суботу вдень ворог атакував Харків дронами, поранено трьох.", "2025-06-10", "2025-06-07"),
    ],
)
def test_a_weekdays_evening_opens_the_night(text: str, published: str, expected: str) -> None:
    assert attack_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # yesterday's evening opened the night this morning's report tells of
        ("Yesterday evening, Russian drones struck Kharkiv, injuring seven people, the mayor said.",
         "2025-06-04"),
        ("Late yesterday, Russian drones struck Kharkiv, injuring seven people, the mayor said.",
         "2025-06-04"),
        ("Вчора о 23:40 ворог атакував Київ дронами, поранено двох людей.", "2025-06-04"),
        ("Вчера около 22:15 враг атаковал Киев дронами, ранены два человека.", "2025-06-04"),
        # near misses: yesterday's daytime is yesterday; a statement's time is no attack's
        ("Yesterday, Russian drones struck Kharkiv, injuring seven people, the mayor said.", "2025-06-03"),
        ("Вчора близько 14:00 ворог атакував Київ дронами, поранено двох людей.", "2025-06-03"),
        ("Russian drones struck Kharkiv yesterday, injuring seven people, the mayor said late yesterday.",
         "2025-06-03"),
    ],
)
def test_yesterdays_evening_is_the_night_just_reported(text: str, expected: str) -> None:
    assert attack_date(text, "2025-06-04") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date in figures, day first, as Ukrainian and Russian posts write it
        ("У ніч на 03.06.2025 ворог атакував Україну 45 ударними БпЛА. Збито 30.", "2025-06-04",
         "2025-06-03"),
        ("В ночь на 03.06.2025 враг атаковал Украину 45 ударными БпЛА. Сбиты 30.", "2025-06-04",
         "2025-06-03"),
        ("08.03.2025 ворог атакував Київ дронами, поранено п'ятьох.", "2025-03-10", "2025-03-08"),
        # near misses: a page's time stamp is the page's, not the story's; a decimal is no date
        ("04.06.2025 09:15\nВночі ворог атакував Харків дронами, поранено трьох.", "2025-06-05",
         "2025-06-05"),
        ("Вночі ворог атакував Харків 12.5 тоннами вибухівки в дронах, поранено трьох.", "2025-06-05",
         "2025-06-05"),
    ],
)
def test_a_date_in_figures(text: str, published: str, expected: str) -> None:
    assert attack_date(text, published) == expected


def test_a_date_in_figures_with_no_publication() -> None:
    assert attack_date("У ніч на 03.06.2025 ворог атакував Україну 45 ударними БпЛА.", None) == "2025-06-03"


@pytest.mark.parametrize(
    "text",
    [
        # the first date is a remark's: the night reported is the one the report goes on to tell
        "2 червня Зеленський заявив про потребу в нових системах Patriot. Цієї ночі ворог атакував "
        "Україну 90 дронами, пошкоджено будинки в Сумах.",
        "Зеленський 2 червня закликав партнерів пришвидшити постачання ППО. Вночі ворог атакував "
        "Україну 90 дронами, пошкоджено будинки в Сумах.",
        "2 июня Зеленский заявил о необходимости новых систем Patriot. Этой ночью враг атаковал "
        "Украину 90 дронами, повреждены дома в Сумах.",
    ],
)
def test_a_remarks_date_is_not_the_night(text: str) -> None:
    record = extract_report(text, published="2025-06-04").to_dict()
    assert record["attack_date"] == "2025-06-04"
    assert record["drones_launched"] == 90 and record["cities"] == ["Sumy"]


def test_the_paragraph_after_a_remarks_date_tells_of_the_night() -> None:
    text = (
        "President Volodymyr Zelensky on June 2 called on partners to send more Patriot systems. "
        "Overnight, Russia launched 90 drones at Ukraine, hitting homes in Sumy."
    )
    record = extract_report(text, published="2025-06-04").to_dict()
    assert record["is_attack_report"] and record["drones_launched"] == 90
    assert record["attack_date"] == "2025-06-04"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a date told with the attack's words is the attack's own
        "2 червня ворог атакував Дніпро ракетами, загинули троє людей.",
        "2 июня враг атаковал Днепр ракетами, погибли три человека.",
        "On June 2, Russian missiles hit Dnipro, killing three people.",
    ],
)
def test_an_attacks_date_stays_its_own(text: str) -> None:
    assert attack_date(text, "2025-06-04") == "2025-06-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two weekdays joined by a dash name one night: it ended on the second
        ("Russia launched 52 drones overnight on Tuesday-Wednesday, the Air Force said. 40 were downed.",
         "2025-06-04"),
        ("Russian drones attacked Kharkiv on Tuesday–Wednesday night, injuring three people.", "2025-06-04"),
        # near miss: one weekday's night is the night after it
        ("Russian drones attacked Kharkiv on Tuesday night, injuring three people.", "2025-06-04"),
        ("Russian drones attacked Kharkiv on Monday night, injuring three people.", "2025-06-03"),
    ],
)
def test_a_night_named_by_two_weekdays(text: str, expected: str) -> None:
    assert attack_date(text, "2025-06-05") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the Air Force's window told after the night's date: the clock starts that night, it does
        # not open the night after it
        "У ніч на 7 червня, з 18:00 6 червня, ворог атакував Україну 40 дронами.",
        "У ніч на 7 червня (з 18:00 6 червня) ворог атакував Україну 40 дронами.",
        "В ночь на 7 июня, с 18:00 6 июня, враг атаковал Украину 40 дронами.",
        "Overnight on June 7, from 6 p.m. on June 6, Russia launched 40 drones at Ukraine.",
    ],
)
def test_a_nights_window_after_its_date(text: str) -> None:
    record = extract_report(text, published="2025-06-09").to_dict()
    assert record["attack_date"] == "2025-06-07" and record["drones_launched"] == 40


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an evening in text scraped without і, and a Russian ordinal date
        ("Вчора ввечер ворог атакував Харкв дронами, поранено трьох.", "2025-06-09"),
        ("Ввечер 7 червня ворог атакував Харкв дронами, поранено трьох.", "2025-06-08"),
        ("В ночь на 7-е июня враг атаковал Харьков дронами, ранены трое.", "2025-06-07"),
        # near miss: scraped text's night keeps its day
        ("У нч на 7 червня ворог атакував Харкв дронами, поранено трьох.", "2025-06-07"),
    ],
)
def test_scraped_and_ordinal_wordings(text: str, expected: str) -> None:
    assert attack_date(text, "2025-06-09") == expected


@pytest.mark.parametrize(
    "text",
    [
        # an earlier attack's date: neither the report's day nor its figures
        "Russian drones hit Kharkiv overnight, injuring three. Russia's previous large attack, on June 1, "
        "killed 12 people in Dnipro.",
        "Уночі ворог атакував Харків дронами, поранено трьох. Попередня масована атака, 1 червня, забрала "
        "життя 12 людей у Дніпрі.",
        "Ночью враг атаковал Харьков дронами, ранены трое. Предыдущая массированная атака, 1 июня, унесла "
        "жизни 12 человек в Днепре.",
    ],
)
def test_an_earlier_attacks_date(text: str) -> None:
    record = extract_report(text, published="2025-06-07").to_dict()
    assert record["attack_date"] == "2025-06-07"
    assert record["injured"] == 3 and record["killed"] is None and record["cities"] == ["Kharkiv"]


@pytest.mark.parametrize(
    "text",
    [
        # another event's date beside this night's own word: not read
        "Russia launched 50 drones at Ukraine overnight, a week after the June 1 attack on Russian "
        "airfields.",
        "Уночі ворог атакував Україну 50 дронами, через тиждень після атаки 1 червня.",
    ],
)
def test_another_events_date_beside_this_nights_word(text: str) -> None:
    record = extract_report(text, published="2025-06-07").to_dict()
    assert record["attack_date"] == "2025-06-07" and record["drones_launched"] == 50


@pytest.mark.parametrize(
    "text",
    [
        # near misses: with no word of this night the date may be the attack reported
        "After the June 6 attack, Kyiv mourned the two people whom Russian drones had killed.",
        "Після атаки 6 червня Київ прощався з двома людьми, яких убили російські дрони.",
    ],
)
def test_an_events_date_with_no_word_of_this_night_is_read(text: str) -> None:
    assert attack_date(text, "2025-06-07") == "2025-06-06"


@pytest.mark.parametrize(
    "text",
    [
        # with no publication date, the page's dateline is its day: the story's night, named without
        # a year, is read against it (it was the dateline's day, and the story's figures were lost)
        "8 червня 2025, 10:20\nУ ніч на 7 червня ворог атакував Харків дронами, поранено трьох.",
        "08.06.2025 10:20\nУ ніч на 7 червня ворог атакував Харків дронами, поранено трьох.",
        "8 июня 2025, 10:20\nВ ночь на 7 июня враг атаковал Харьков дронами, ранены трое.",
        "June 8, 2025\nRussia attacked Kharkiv with drones overnight on June 7, injuring three.",
        "2025-06-08 10:20\nУ ніч на 7 червня ворог атакував Харків дронами, поранено трьох.",
    ],
)
def test_a_pages_dateline_stands_for_its_publication(text: str) -> None:
    record = extract_report(text).to_dict()
    assert record["attack_date"] == "2025-06-07"
    assert record["is_attack_report"] and record["cities"] == ["Kharkiv"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline's own day when the story names no other; a prose sentence is no dateline
        ("June 8, 2025\nRussia attacked Kharkiv with drones overnight, injuring three.", "2025-06-08"),
        ("Вчора ворог атакував Харків дронами, поранено трьох.\n8 червня 2025, 10:20", "2025-06-07"),
        ("Russian drones attacked Kharkiv on June 8, 2025, injuring three people; Sumy was hit on June 7.",
         "2025-06-08"),
    ],
)
def test_no_dateline_or_its_own_day(text: str, expected: str | None) -> None:
    assert attack_date(text, None) == expected
