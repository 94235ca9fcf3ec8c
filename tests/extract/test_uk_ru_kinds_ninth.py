"""Kinds of misses in Ukrainian and Russian reports (issue 13, ninth session), each shown in
sentences written for these tests in the style of Air Force statements, outlets' reports and
regional administrations' posts, with a second wording the rule must also get and a near miss it
must leave alone."""

import extract.casualties as casualties
from extract import extract_report
from extract.anchors import pattern_anchors
from extract.casualty_existential import existential_pattern


def record(text: str, published: object = "2025-06-08") -> dict:
    return extract_report(text, published=published).to_dict()


# --- a split header with its parts on bulleted lines: "знешкоджено 74 БпЛА:" / "– 49 збито;" -----


def test_bulleted_parts_with_their_own_verbs_split_the_header() -> None:
    r = record("Сили ППО знешкодили 74 ворожі БпЛА на півдні та заході країни:\n"
               "– 49 збито;\n– 25 локаційно втрачені (без наслідків).")
    assert (r["drones_destroyed"], r["total_destroyed"], r["suppressed"]) == (49, 49, 25)
    r = record("Противовоздушной обороной сбиты/подавлены 74 вражеских БпЛА:\n"
               "• 49 сбиты;\n• 25 локационно потеряны.")
    assert (r["drones_destroyed"], r["total_destroyed"], r["suppressed"]) == (49, 49, 25)


def test_the_same_parts_on_one_line_after_the_colon_still_split() -> None:
    r = record("Збито/подавлено 74 ворожі БпЛА на півдні країни: 49 — збито, 25 — локаційно втрачені.")
    assert (r["total_destroyed"], r["suppressed"]) == (49, 25)


def test_near_miss_bulleted_lines_of_weapon_types_or_places_keep_the_header() -> None:
    r = record("Збито 74 ворожі БпЛА:\n– 49 ударних Shahed;\n– 25 дронів-імітаторів.")
    assert r["total_destroyed"] == 74
    r = record("Сбиты 74 цели:\n– 49 над Киевщиной;\n– 25 над Сумщиной.")
    assert r["total_destroyed"] == 74


# --- "ще" and a count, then a dash and its own place: "…, ще чотирьох — у Шостці" ----------------


def test_a_further_count_told_by_its_place_adds_by_place() -> None:
    r = record("У Сумах внаслідок удару поранено трьох людей, ще чотирьох — у Шостці.")
    assert r["injured"] == 7
    assert r["casualties_by_place"] == {"Sumy": {"injured": 3}, "Shostka": {"injured": 4}}
    r = record("В Сумах ранены три человека, ещё четверо — в Шостке.")
    assert r["injured"] == 7
    assert r["casualties_by_place"] == {"Sumy": {"injured": 3}, "Shostka": {"injured": 4}}


def test_near_miss_a_further_count_not_told_by_a_place_is_not_added() -> None:
    # "у лікарні" is no place of its own; "у Сумах" again is the same place (not added: precision first)
    r = record("У Сумах поранено трьох людей, ще чотирьох — у лікарні.")
    assert r["injured"] == 3
    r = record("У Сумах поранено трьох людей, ще чотирьох — у Сумах.")
    assert r["injured"] == 3


# --- "Є загиблий" / "Есть погибший": one person told by "there is", no count --------------------


def test_there_is_one_killed_or_injured_is_one() -> None:
    r = record("Уночі ворог атакував Кременчук дронами. Є загиблий, повідомив очільник громади.")
    assert (r["killed"], r["injured"]) == (1, None)
    r = record("Ночью враг атаковал Кременчуг беспилотниками. Есть погибший, сообщил глава громады.")
    assert (r["killed"], r["injured"]) == (1, None)
    r = record("Уночі ворог атакував Кременчук дронами. У місті є одна поранена.")
    assert (r["killed"], r["injured"]) == (None, 1)
    assert r["casualties_by_place"] == {"Kremenchuk": {"injured": 1}}


def test_near_miss_the_plural_with_no_count_gives_no_figure() -> None:
    r = record("Уночі ворог атакував Кременчук дронами. Є загиблі та поранені, їхня кількість уточнюється.")
    assert (r["killed"], r["injured"]) == (None, None)
    r = record("Ночью враг атаковал Кременчуг беспилотниками. Есть погибший и раненые.")
    assert (r["killed"], r["injured"]) == (1, None)


def test_near_miss_there_is_one_among_a_counted_figure_is_not_another() -> None:
    r = record("Уночі ворог атакував Кременчук дронами. Поранено п'ятьох, серед них є поранений підліток.")
    assert r["injured"] == 5


def test_the_casualty_gate_looks_for_the_there_is_source() -> None:
    # the gate spares the sentences with none of the sources' anchors: this one's must be among them
    for code in ("uk", "ru"):
        pattern = existential_pattern(code)
        assert pattern is not None
        gate = casualties._mention_gate(code)
        for anchor in pattern_anchors(pattern) or ():
            assert gate.search(anchor) is not None, (code, anchor)


# --- a count of targets in words: "тридцять чотири ворожі цілі" ---------------------------------


def test_a_count_of_targets_in_words_is_a_total() -> None:
    r = record("У ніч на 8 червня ворог атакував Полтавщину. Загалом ворог застосував тридцять чотири "
               "ворожі цілі, збито 31.")
    assert (r["total_launched"], r["total_destroyed"]) == (34, 31)
    r = record("У ніч на 8 червня ворог атакував Полтавщину. Сили ППО збили двадцять дві цілі.")
    assert r["total_destroyed"] == 22
    r = record("В ночь на 8 июня противник атаковал Полтаву. Всего враг запустил тридцать четыре "
               "вражеские цели, сбиты 31.")
    assert (r["total_launched"], r["total_destroyed"]) == (34, 31)


def test_the_same_after_a_count_in_digits() -> None:
    r = record("У ніч на 8 червня ворог атакував Полтавщину. Сили ППО збили 43 ворожі цілі.")
    assert r["total_destroyed"] == 43


def test_near_miss_aims_or_whole_after_a_number_word_are_no_targets() -> None:
    # "дві цілі" as aims; "три цілі будинки" as three whole houses
    r = record("У ніч на 8 червня ворог атакував Полтавщину. Окупанти мають дві цілі: енергетику та мости.")
    assert (r["total_launched"], r["total_destroyed"]) == (None, None)
    r = record("У ніч на 8 червня ворог атакував Полтавщину. Уламки пошкодили три цілі будинки.")
    assert (r["total_launched"], r["total_destroyed"]) == (None, None)
    r = record("В ночь на 8 июня противник атаковал Полтаву. У врага три цели: энергетика, мосты и заводы.")
    assert (r["total_launched"], r["total_destroyed"]) == (None, None)


# --- a tally right after the attack it follows: "Унаслідок удару загиблих – 3, поранених – 21" -----


def test_a_tally_after_the_words_of_the_attack_is_read() -> None:
    r = record("Уночі ворог атакував Черкаси дронами. Унаслідок удару загиблих – 2, поранених – 13.")
    assert (r["killed"], r["injured"]) == (2, 13)
    r = record("Ночью враг атаковал Черкассы беспилотниками. В результате атаки погибших – 2, раненых – 13.")
    assert (r["killed"], r["injured"]) == (2, 13)


def test_near_miss_a_part_of_the_hurt_after_the_attack_is_no_tally() -> None:
    r = record("Уночі ворог атакував Черкаси дронами. Після атаки серед поранених – 3 дітей, "
               "усього поранено 10.")
    assert r["injured"] == 10
    r = record("Уночі ворог атакував Черкаси дронами. Унаслідок удару загиблих немає, поранено двох людей.")
    assert (r["killed"], r["injured"]) == (0, 2)


# --- "Травмованих немає" / "Травмированных нет": no one injured, told with "травмовані" ------------


def test_no_one_injured_told_with_traumatised_is_zero_injured() -> None:
    r = record("Уночі ворог атакував Вишгород дронами. Пошкоджено два гаражі. Травмованих немає.")
    assert (r["killed"], r["injured"]) == (None, 0)
    r = record("Ночью враг атаковал Вышгород беспилотниками. Повреждены два гаража. Травмированных нет.")
    assert (r["killed"], r["injured"]) == (None, 0)


def test_near_miss_a_death_beside_no_injured_keeps_its_figure() -> None:
    r = record("Уночі ворог атакував Вишгород дронами. Загинув чоловік, травмованих немає.")
    assert (r["killed"], r["injured"]) == (1, 0)
