"""Kinds of misses in Ukrainian and Russian reports (issue 13, sixth session), each shown in
sentences written for these tests in the style of Air Force statements, outlets' reports and
regional administrations' posts, with a second wording the rule must also get and a near miss it
must leave alone."""

from extract import extract_report


def record(text: str, published: object = "2025-03-14") -> dict:
    return extract_report(text, published=published).to_dict()


# --- "збито/подавлено N": one figure for shot down and jammed is the destroyed one --------------


def test_one_figure_for_shot_down_or_jammed_told_with_no_noun() -> None:
    r = record("У ніч на 14 березня ворог атакував 61 ударним БпЛА. З них збито/подавлено 47.")
    assert (r["drones_launched"], r["drones_destroyed"], r["suppressed"]) == (61, 47, None)
    r = record("В ночь на 14 марта враг атаковал 61 ударным БпЛА. Из них сбиты/подавлены 47.")
    assert (r["drones_launched"], r["drones_destroyed"], r["suppressed"]) == (61, 47, None)


def test_one_figure_for_shot_down_or_jammed_by_electronic_warfare() -> None:
    r = record("У ніч на 14 березня ворог атакував 61 ударним БпЛА. Збито або подавлено засобами РЕБ "
               "47 дронів.")
    assert (r["drones_destroyed"], r["suppressed"]) == (47, None)
    r = record("В ночь на 14 марта враг атаковал 61 ударным БпЛА. Сбиты или подавлены средствами РЭБ "
               "47 дронов.")
    assert (r["drones_destroyed"], r["suppressed"]) == (47, None)


def test_shot_down_and_jammed_told_apart_with_bare_counts() -> None:
    r = record("У ніч на 14 березня ворог атакував 61 ударним БпЛА. Збито 39, подавлено засобами РЕБ "
               "ще 15.")
    assert (r["drones_launched"], r["drones_destroyed"], r["suppressed"]) == (61, 39, 15)
    r = record("В ночь на 14 марта враг атаковал 61 ударным БпЛА. Сбиты 39, подавлены средствами РЭБ "
               "ещё 15.")
    assert (r["drones_destroyed"], r["suppressed"]) == (39, 15)


def test_near_miss_jammed_alone_and_a_verb_after_its_count() -> None:
    # jammed told by itself is the suppressed figure
    r = record("У ніч на 14 березня ворог атакував 61 ударним БпЛА. Подавлено засобами РЕБ 15.")
    assert (r["drones_destroyed"], r["suppressed"]) == (None, 15)
    # a verb after its count still gives that count's fate
    r = record("У ніч на 14 березня ворог атакував 61 ударним БпЛА. З них 39 збито, 15 – локаційно "
               "втрачені.")
    assert (r["drones_destroyed"], r["suppressed"]) == (39, 15)


# --- the dead among the hurt told in the next sentence ----------------------------------------


def test_the_dead_among_the_hurt_told_in_the_next_sentence() -> None:
    r = record("Уночі ворожі дрони атакували Суми. Постраждали 7 людей. Одна з них згодом померла в "
               "лікарні.")
    assert (r["killed"], r["injured"]) == (1, 6)
    r = record("Ночью вражеские дроны атаковали Сумы. Пострадали 7 человек. Двое из них позже "
               "скончались в больнице.")
    assert (r["killed"], r["injured"]) == (2, 5)


def test_near_miss_dead_told_apart_from_the_hurt() -> None:
    # the dead are not said to be of the hurt: both figures stand
    r = record("Уночі ворожі дрони атакували Суми. Постраждали 7 людей. Ще одна людина загинула.")
    assert (r["killed"], r["injured"]) == (1, 7)
    # "of them" pointing at another sentence's group, further away
    r = record("Уночі ворожі дрони атакували Суми. Постраждали 7 людей. Пошкоджено три будинки. "
               "Двоє з мешканців загинули.")
    assert r["injured"] == 7


# --- "ще одна людина загинула": one more person, counted once ----------------------------------


def test_one_more_person_killed_is_counted_once() -> None:
    r = record("Уночі ворожі дрони атакували Харківщину. У Харкові загинули двоє людей. Ще одна людина "
               "загинула в Ізюмі.")
    assert r["killed"] == 3
    r = record("Ночью вражеские дроны атаковали Сумы. Погибли два человека. Ещё один человек погиб в "
               "Ахтырке.")
    assert r["killed"] == 3
    r = record("Уночі ворожі дрони атакували Суми. Поранено п'ятьох людей. Ще одна людина загинула.")
    assert (r["killed"], r["injured"]) == (1, 5)


# --- explosions heard while air defence worked are its sound, not impact ------------------------


def test_explosions_heard_while_air_defence_worked_are_no_impact() -> None:
    assert record("Уночі у Вінниці було чути вибухи — працювала ППО.")["oblasts"] == []
    assert record("У Полтаві пролунали вибухи, працює протиповітряна оборона.")["oblasts"] == []
    assert record("Під час роботи ППО у Черкасах пролунала серія вибухів.")["oblasts"] == []
    assert record("В Николаеве слышны взрывы, работает ПВО.")["oblasts"] == []
    # the air defence told in the next sentence
    assert record("У Житомирі вибухи. Працюють сили ППО.")["oblasts"] == []


def test_near_miss_damage_beside_air_defence_at_work_and_explosions_alone() -> None:
    r = record("У Вінниці пролунали вибухи — працювала ППО, уламки пошкодили дах будинку.")
    assert r["oblasts"] == ["Vinnytsia Oblast"] and r["cities"] == ["Vinnytsia"]
    r = record("Під час роботи ППО у Черкасах пролунали вибухи. Уламки впали на дах школи у Черкасах.")
    assert r["cities"] == ["Cherkasy"]
    # explosions with no word of air defence are still impact (SCHEMA)
    assert record("Уночі у Полтаві пролунали потужні вибухи.")["oblasts"] == ["Poltava Oblast"]
    assert record("В Николаеве прогремели взрывы.")["oblasts"] == ["Mykolaiv Oblast"]


# --- collective numerals of people above ten ----------------------------------------------------


def test_collective_numerals_of_people_above_ten() -> None:
    r = record("Окупанти атакували Запоріжжя шахедами. Загинули троє людей, ще одинадцятеро поранені, "
               "серед них двоє дітей.")
    assert (r["killed"], r["injured"]) == (3, 11)
    r = record("Окупанти атакували Запоріжжя шахедами. Поранено шістнадцятеро людей.")
    assert r["injured"] == 16
    r = record("Ночью враг атаковал Запорожье шахедами. Погибли трое, ещё десятеро ранены.")
    assert (r["killed"], r["injured"]) == (3, 10)
    # near miss: "дев'ятнадцятого" is a day, not a count of people
    r = record("Окупанти атакували Запоріжжя шахедами дев'ятнадцятого березня, поранених немає.")
    assert r["injured"] == 0


# --- the other class told as a further launch with no number ------------------------------------


def test_a_further_launch_of_the_other_class_with_no_number_leaves_the_total_open() -> None:
    r = record("Уночі противник випустив по Україні 70 дронів. Також ворог атакував ракетами.")
    assert (r["drones_launched"], r["total_launched"]) == (70, None)
    r = record("Уночі противник випустив по Україні 70 дронів. Крім того, ворог застосував крилаті ракети.")
    assert (r["drones_launched"], r["total_launched"]) == (70, None)
    r = record("Ночью противник выпустил по Украине 70 дронов. Также враг атаковал ракетами.")
    assert (r["drones_launched"], r["total_launched"]) == (70, None)


def test_near_miss_a_further_launch_with_its_number_or_of_the_same_class() -> None:
    r = record("Уночі противник атакував Харківщину 30 шахедами. Також по Харкову випущено 2 ракети.")
    assert (r["drones_launched"], r["missiles_launched"], r["total_launched"]) == (30, 2, 32)
    r = record("Уночі противник випустив по Україні 70 дронів. Також ворог атакував дронами Харків.")
    assert r["total_launched"] == 70


# --- a count ending in one, with its noun in the accusative singular ---------------------------


def test_a_count_ending_in_one_takes_the_singular_noun() -> None:
    r = record("Ворожі дрони атакували Запоріжжя. Поранено 21 людину.")
    assert r["injured"] == 21
    r = record("Ворожі дрони атакували Запоріжжя. Поранено 31 особу, серед них 41-річну жінку.")
    assert r["injured"] == 31
    r = record("Ночью дроны атаковали Запорожье. Ранен 21 человек.")
    assert r["injured"] == 21
    # near miss: one person named with her age is one
    assert record("Ворожі дрони атакували Запоріжжя. Поранено 62-річну жінку.")["injured"] == 1


# --- the casualty noun before its count: "Загиблих – 2, поранених – 11" -------------------------


def test_the_casualty_noun_before_its_count() -> None:
    r = record("Ракетний удар по Одесі. Загиблих – 2, поранених – 11.")
    assert (r["killed"], r["injured"]) == (2, 11)
    r = record("Ракетний удар по Одесі: загиблих двоє, ще дев'ятеро травмовані.")
    assert (r["killed"], r["injured"]) == (2, 9)
    r = record("Ракетный удар по Одессе. Погибших двое, раненых 11.")
    assert (r["killed"], r["injured"]) == (2, 11)


def test_near_miss_a_part_of_the_casualties_named_before_its_count() -> None:
    # "серед поранених – 2 дітей": among the hurt, a part; the figure is the one before
    r = record("Ракетний удар по Одесі. Поранено 12 людей, серед поранених – 2 дітей.")
    assert r["injured"] == 12
    r = record("Ракетный удар по Одессе. Ранены 12 человек, среди раненых – 2 детей.")
    assert r["injured"] == 12


# --- a negated verb gives no fate: "ракету не збито" --------------------------------------------


def test_a_weapon_told_as_not_shot_down_is_not_counted_destroyed() -> None:
    r = record("У ніч на 14 березня ворог запустив 96 ударних БпЛА та ракету Х-59/69. Збито 71 дрон; "
               "ракету не збито.")
    assert (r["drones_destroyed"], r["missiles_launched"], r["missiles_destroyed"]) == (71, 1, None)
    assert r["total_destroyed"] is None
    r = record("В ночь на 14 марта враг запустил 96 ударных БпЛА и ракету Х-59. Сбит 71 дрон; ракету "
               "не сбили.")
    assert (r["drones_destroyed"], r["missiles_destroyed"]) == (71, None)


def test_near_miss_a_negation_elsewhere_in_the_sentence() -> None:
    r = record("У ніч на 14 березня ворог запустив 96 ударних БпЛА. Збито 71 дрон, не менше 20 – "
               "локаційно втрачені.")
    assert (r["drones_destroyed"], r["suppressed"]) == (71, 20)
    r = record("У ніч на 14 березня ворог запустив 96 ударних БпЛА, 12 з них не досягли цілей.")
    assert r["suppressed"] == 12


# --- parts told place first: "Над Київщиною збито 20, над Черкащиною – 15" ----------------------


def test_parts_told_place_first_add_up() -> None:
    r = record("Вночі противник атакував Україну 90 дронами. Над Київщиною збито 20, над Черкащиною – 15, "
               "над Полтавщиною – 10.")
    assert (r["drones_launched"], r["drones_destroyed"]) == (90, 45)
    r = record("Вночі противник атакував Україну 90 дронами. Над Київщиною збито 20 дронів, а над "
               "Черкащиною – 15.")
    assert r["drones_destroyed"] == 35
    r = record("Ночью противник атаковал Украину 90 дронами. Над Киевщиной сбиты 20, над Черкасщиной – 15.")
    assert r["drones_destroyed"] == 35


def test_near_miss_a_place_and_a_count_of_something_else() -> None:
    r = record("Вночі противник атакував Україну 90 дронами. Над Київщиною збито 20 дронів, на Черкащині – "
               "уламки на 2 будинках.")
    assert r["drones_destroyed"] == 20
    r = record("Вночі противник атакував Україну 90 дронами. Над Київщиною збито 20 дронів, над Черкащиною – "
               "15 хвилин тривоги.")
    assert r["drones_destroyed"] == 20
    # the first count names no place: not parts of it
    r = record("Вночі противник атакував Україну 90 дронами. Збито 60 дронів, над Черкащиною – 15.")
    assert r["drones_destroyed"] == 60


# --- Latin look-alikes typed inside Cyrillic words ----------------------------------------------


def test_latin_look_alikes_inside_cyrillic_words_are_read() -> None:
    text = ("Вночi ворог атакував Харкiв ударними безпiлотниками. Пошкоджено житловi будинки, пораненi "
            "троє людей.")
    r = extract_report(text, published="2025-03-14")
    assert r.to_dict()["cities"] == ["Kharkiv"] and r.to_dict()["injured"] == 3
    # the evidence still quotes the text as written
    assert "Харкiв" in r.to_dict()["evidence"]["cities"][0]["sentence"]
    r = record("Ночью враг атаковал Oдессу дронами. Повреждены жилые дома, ранены 4 человека.")
    assert r["cities"] == ["Odesa"] and r["injured"] == 4


def test_the_cyrillic_gate_lets_through_every_letter_the_mending_reads() -> None:
    """The quick test for any Cyrillic (matched case-sensitively) must hold every character the
    case-insensitive Cyrillic class matches, or a text would skip the mending it needs."""
    import re

    from extract.homoglyphs import _ANY_CYRILLIC, _CYRILLIC, mend_mixed_script

    letters = [chr(c) for c in range(0x110000) if _CYRILLIC.match(chr(c))]
    assert len(letters) > 70 and all(_ANY_CYRILLIC.match(letter) for letter in letters)
    # capitals reach the mending too, beside a Latin "i"; English text is left as it is
    assert mend_mixed_script("ЇЖАКiв") == "ЇЖАКів"
    assert re.fullmatch(r"[a-z ]+", mend_mixed_script("kyiv and kharkiv")) is not None


def test_the_mixed_script_test_opens_with_every_letter_ignoring_case_reads_as_latin() -> None:
    """homoglyphs._MIXED opens with a case-sensitive class for speed: it must hold every character
    that [a-zA-Z] matches ignoring case, or a look-alike typed in such a letter would stay."""
    import re

    from extract.homoglyphs import LATIN_LETTERS_ANY_CASE

    spelled = re.compile(f"[{LATIN_LETTERS_ANY_CASE}]")
    ignoring_case = re.compile("[a-zA-Z]", re.IGNORECASE)
    differ = [c for c in map(chr, range(0x110000)) if bool(spelled.match(c)) != bool(ignoring_case.match(c))]
    assert differ == []


def test_near_miss_latin_names_with_cyrillic_endings_and_model_names_stay() -> None:
    r = record("Вночі ворог атакував 40 Shahed-ами та 2 ракетами Х-59.")
    assert (r["drones_launched"], r["missiles_launched"]) == (40, 2)
    assert [w["model"] for w in r["weapons"]] == ["Shahed", "Kh-59"]
    r = record("Вночі ворог атакував 40 шахедами та 2 ракетами Іскандер-M/KN-23.")
    assert r["missiles_launched"] == 2 and [w["model"] for w in r["weapons"]][-1] == "Iskander-M"


# --- shelling told besides ("Також унаслідок артобстрілу …") takes back no place -----------------


def test_shelling_told_besides_keeps_the_drone_strikes_place() -> None:
    r = record("Ворог атакував Херсон дроном. Поранено чоловіка 54 років. Також унаслідок артобстрілу "
               "поранено жінку.")
    assert (r["cities"], r["injured"]) == (["Kherson"], 1)
    r = record("Враг атаковал Херсон дроном. Ранен мужчина 54 лет. Также в результате артобстрела ранена "
               "женщина.")
    assert (r["cities"], r["injured"]) == (["Kherson"], 1)


def test_near_miss_shelling_that_goes_on_about_the_paragraph() -> None:
    # no word of another event: the shell is what hurt the people told before
    r = record("Ворог атакував Херсон. Поранено чоловіка 54 років. Поруч з його авто розірвався снаряд.")
    assert r["cities"] == []


# --- a count's fate before it, hits of places after its comma ----------------------------------


def test_hits_told_after_the_comma_of_a_shot_down_count() -> None:
    r = record("Ворог випустив по Україні 100 дронів і 9 ракет. Збито 90 дронів і 6 ракет, влучання "
               "зафіксовано на 7 локаціях, падіння уламків – на 5.")
    assert (r["drones_destroyed"], r["missiles_destroyed"], r["hit_locations"]) == (90, 6, 7)
    r = record("Враг выпустил по Украине 100 дронов. Сбиты 90 дронов, попадания зафиксированы на 7 локациях.")
    assert (r["drones_destroyed"], r["hit_locations"]) == (90, 7)


def test_near_miss_a_count_whose_own_verb_is_a_hit() -> None:
    r = record("Ворог випустив по Україні 100 дронів. Збито 90, 10 дронів влучили на 7 локаціях.")
    assert (r["drones_destroyed"], r["hit_locations"]) == (90, 7)


# --- the capital's districts: the city as well as Kyiv City ------------------------------------


def test_a_district_of_the_capital_gives_the_city() -> None:
    r = record("Вночі ворог атакував Київ балістичними ракетами. Сили ППО збили всі чотири ракети. Уламки "
               "впали у Дарницькому районі.")
    assert (r["oblasts"], r["cities"]) == (["Kyiv City"], ["Kyiv"])
    r = record("Ночью враг атаковал Киев ракетами. Обломки упали в Дарницком районе, пострадали двое.")
    assert (r["oblasts"], r["cities"]) == (["Kyiv City"], ["Kyiv"])
    r = record("Обломки упали в Голосеевском районе столицы.")
    assert (r["oblasts"], r["cities"]) == (["Kyiv City"], ["Kyiv"])


def test_near_miss_the_region_around_the_capital_and_another_citys_district() -> None:
    r = record("Ночью враг атаковал Киев ракетами. Обломки упали в Киевской области, повреждены дома.")
    assert r["oblasts"] == ["Kyiv Oblast"] and r["cities"] == []
    r = record("Вночі ворог атакував Харків. Уламки впали у Київському районі, пошкоджено будинок.")
    assert r["oblasts"] == ["Kharkiv Oblast"] and r["cities"] == []
    r = record("Российские ракеты упали недалеко от столицы России, сообщают соцсети.")
    assert r["oblasts"] == []


# --- one and a half hundred, half a hundred, in their cases -------------------------------------


def test_halves_of_hundreds_and_tens_in_their_cases() -> None:
    assert record("Вночі росіяни атакували Україну півтора сотнями дронів.")["drones_launched"] == 150
    assert record("Вночі росіяни атакували Одещину півсотнею ударних дронів.")["drones_launched"] == 50
    assert record("Ночью россияне атаковали Украину полутора сотнями дронов.")["drones_launched"] == 150
    assert record("Вночі росіяни атакували Україну півтора десятками ракет.")["missiles_launched"] == 15
    # near miss: hundreds with no number stay vague
    assert record("Вночі росіяни атакували Україну сотнями дронів.")["drones_launched"] is None


def test_the_dead_among_the_hurt_named_by_their_noun() -> None:
    r = record("Уночі ворожі дрони атакували Суми. Поранено сімох людей. Згодом одна з поранених померла в "
               "лікарні.")
    assert (r["killed"], r["injured"]) == (1, 6)
    r = record("Ночью дроны атаковали Сумы. Ранены семь человек. Позже один из раненых скончался в больнице.")
    assert (r["killed"], r["injured"]) == (1, 6)
    r = record("Уночі ворожі дрони атакували Суми. Поранено сімох людей, одна з поранених згодом померла.")
    assert (r["killed"], r["injured"]) == (1, 6)
    # near miss: the state of some of the hurt is no death
    r = record("Уночі ворожі дрони атакували Суми. Поранено сімох людей. Двоє з поранених – у тяжкому стані.")
    assert (r["killed"], r["injured"]) == (None, 7)


# --- "вчора ввечері" in the morning's report: the night just gone ------------------------------


def test_yesterday_evening_is_the_night_reported_this_morning() -> None:
    text = "Вчора ввечері ворог атакував Суми дронами. Пошкоджено будинок."
    assert record(text, "2025-03-15")["attack_date"] == "2025-03-15"
    text = "Вчера поздно вечером враг атаковал Сумы дронами. Поврежден дом."
    assert record(text, "2025-03-15")["attack_date"] == "2025-03-15"
    # near miss: "yesterday" alone is the day before
    assert record("Вчора ворог атакував Суми дронами. Пошкоджено будинок.", "2025-03-15")["attack_date"] == (
        "2025-03-14")
