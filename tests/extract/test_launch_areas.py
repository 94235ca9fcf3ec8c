"""Launch areas (issue 13): where a statement says the weapons came from, as canonical areas of
data/launch_areas.csv with coordinates, in sentences written for these tests."""

import csv
from pathlib import Path

import pytest

from extract import extract_report
from extract.launch_areas import TABLE, find_launch_areas
from extract.text import split_sentences
from extract.words import sentence_words


def areas(text: str) -> list[str]:
    return [a["name"] for a in extract_report(text, published="2025-07-05").to_dict().get("launch_areas", [])]


def test_a_list_of_directions_gives_each_area_once() -> None:
    text = (
        "Противник атакував 90 ударними БпЛА з напрямків: Брянськ, Курськ, Приморсько-Ахтарськ – РФ, "
        "Гвардійське – ТОТ АР Крим. Збито 70 дронів, їх запуски з Курська тривали до ранку."
    )
    assert areas(text) == ["Bryansk", "Kursk", "Primorsko-Akhtarsk", "Hvardiiske"]
    record = extract_report(text, published="2025-07-05").to_dict()
    assert record["drones_launched"] == 90  # the directions do not make the sentence foreign


def test_english_and_russian_origins() -> None:
    assert areas("Russia launched 60 drones from Bryansk oblast and Millerovo overnight.") == [
        "Bryansk", "Millerovo"
    ]
    assert areas("Из акватории Черного моря враг запустил 30 ударных БПЛА, а ракеты — из Белоруссии.") == [
        "Black Sea", "Belarus"
    ]


def test_a_place_struck_or_merely_named_is_no_launch_area() -> None:
    assert areas("Сили оборони уразили аеродром у Бєлгороді. Уночі ворог атакував Харків дронами.") == []
    assert "launch_areas" not in extract_report("Russia launched 40 drones overnight.").to_dict()


def test_every_area_has_coordinates_and_spellings() -> None:
    with Path(TABLE).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["name"] for r in rows}) == len(rows)
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row["name"]
        assert row["spellings"].strip(), row["name"]


def test_a_known_launch_place_names_its_area() -> None:
    from extract.launch_areas import area_named

    assert area_named("Kursk oblast").name == "Kursk"
    assert area_named("Chauda, Crimea").name == "Chauda"
    assert area_named("Cape Chauda").name == "Chauda"
    assert area_named("Engels-2").name == "Engels"
    assert area_named("Olenegorsk").name == "Olenya"
    assert area_named("Khalino").name == "Khalino"
    assert area_named("Donetsk oblast").country == "occupied Ukraine"
    assert area_named("north-east") is None


def test_airfields_named_in_statements_are_in_the_table() -> None:
    from extract.launch_areas import launch_area_table

    names = {area.name for area in launch_area_table()}
    assert {"Kursk", "Millerovo", "Primorsko-Akhtarsk", "Bryansk", "Oryol", "Shatalovo", "Navlya", "Khalino",
            "Engels", "Morozovsk", "Tambov", "Caspian Sea", "Black Sea", "Crimea", "Chauda", "Hvardiiske",
            "Belarus"} <= names
    assert areas("Ворог атакував 50 дронами з напрямку Халіно та Навлі.") == ["Khalino", "Navlya"]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "The drones were launched from the direction of Kursk and Bryansk.", ["Kursk", "Bryansk"]),
        # after an apostrophe inside a word: no word of the sentence begins with the name
        ("en", "Officials said the drones were launched from l’Yeysk overnight.", ["Yeysk"]),
        ("en", "Officials said the drones were launched from l'Yeysk overnight.", ["Yeysk"]),
        ("uk", "Ворог атакував ударними БпЛА з напрямків: Курськ, Брянськ – РФ.", ["Kursk", "Bryansk"]),
        ("uk", "Рятувальники працюють на місці до ранку.", []),
    ],
)
def test_the_word_gate_finds_what_the_plain_reading_finds(code, text, expected):
    """With the sentences' words (the engine's quick path) and without them (the names' anchors
    over the text): the same areas."""
    sentences = split_sentences(text)
    indexes = list(range(len(sentences)))
    gated = find_launch_areas(text, sentences, indexes, code, sentence_words(sentences))
    plain = find_launch_areas(text, sentences, indexes, code)
    assert [a.name for a in gated] == [a.name for a in plain] == expected
