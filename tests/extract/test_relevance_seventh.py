"""Relevance wordings of the seventh session (issue 13), by kind: the sentence that showed it, a
second wording, and a near miss that must stay as it was."""

import pytest

from extract import extract_report


def relevant(text: str) -> bool:
    return extract_report(text, published="2025-06-04").is_attack_report


@pytest.mark.parametrize(
    "text",
    [
        # Ukraine's own aircraft lost in a crash: no air attack on Ukraine, whatever its toll
        "Ukraine's Air Force said a Su-25 attack aircraft crashed in Donetsk Oblast, killing the pilot.",
        "A Mi-8 helicopter crashed near Kramatorsk during a combat mission, killing three crew members, "
        "the army said.",
    ],
)
def test_an_aircraft_that_crashed_is_no_attack(text: str) -> None:
    assert not relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an aircraft destroyed by a Russian strike, and drone debris that crashed
        "Russian missiles hit an airfield near Myrhorod, destroying a Su-27 aircraft, and two people "
        "were killed.",
        "A downed Russian drone crashed into a house in Kyiv's Obolonskyi district, injuring two people.",
    ],
)
def test_an_attack_that_names_an_aircraft_or_a_crash_stays_an_attack(text: str) -> None:
    assert relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        # the Kursk region in its genitive is in Russia: Ukraine's attack there is no attack on Ukraine
        "В Курской области в результате атаки ВСУ погиб мирный житель, сообщил губернатор.",
        "Губернатор Курської області заявив, що внаслідок атаки ЗСУ загинув мирний житель.",
    ],
)
def test_the_kursk_region_in_the_genitive_is_abroad(text: str) -> None:
    assert not relevant(text)


def test_a_ukrainian_village_named_like_kursk_stays_home() -> None:
    record = extract_report("Ворог атакував село Курське на Донеччині дронами, поранено двох.",
                            published="2025-06-04").to_dict()
    assert record["is_attack_report"] and record["oblasts"] == ["Donetsk Oblast"]
