"""Kinds of misses in Ukrainian and Russian reports (issue 13, ninth session), each shown in
sentences written for these tests in the style of Air Force statements, outlets' reports and
regional administrations' posts, with a second wording the rule must also get and a near miss it
must leave alone."""

from extract import extract_report


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
