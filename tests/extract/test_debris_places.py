"""Places hit apart from places where only debris fell (the record's ``debris_places``), for a map
that draws them apart. Every sentence here is written for these tests in the style of reports."""

from __future__ import annotations

import pytest

from extract import extract_report


def debris_and_places(text: str, published: str = "2025-07-04") -> tuple[list[str], list[str], list[str]]:
    record = extract_report(text, published).to_dict()
    return record.get("debris_places", []), record["cities"], record["oblasts"]


@pytest.mark.parametrize("text, debris, hit", [
    # a hit in one clause and debris in the next keep the two towns apart
    ("Overnight Russia attacked with 60 drones. A drone hit an apartment block in Kyiv, and debris "
     "fell in Bucha.", ["Bucha", "Kyiv Oblast"], ["Kyiv", "Kyiv City"]),
    # the place in a clause of its own is judged by its sentence
    ("Russia launched 35 drones at Ukraine overnight. In Lviv, debris fell on a warehouse.",
     ["Lviv", "Lviv Oblast"], []),
    # damage with no word of debris is a hit (impact of no stated kind is never called debris)
    ("Drones attacked Odesa overnight; a port facility was damaged.", [], ["Odesa", "Odesa Oblast"]),
    # Ukrainian: "уламки" alone is debris, "влучання" a hit
    ("Уночі ворог атакував 50 дронами. У Львові уламки збитого дрона пошкодили склад. У Києві зафіксовано "
     "влучання в житловий будинок.", ["Lviv", "Lviv Oblast"], ["Kyiv", "Kyiv City"]),
    # debris and direct hits told together: a hit, to be safe
    ("Уночі ворог масовано атакував Полтаву 40 дронами — зафіксовано падіння уламків та прямі влучання "
     "у Полтаві.", [], ["Poltava", "Poltava Oblast"]),
    # Russian: a drone that "попал" (hit) a house is a hit
    ("Ночью враг атаковал 30 дронами. В Киеве дрон попал в жилой дом.", [], ["Kyiv", "Kyiv City"]),
])
def test_debris_places_are_the_places_told_only_as_debris(text, debris, hit):
    found, cities, oblasts = debris_and_places(text)
    assert found == debris
    assert set(debris) | set(hit) <= set(cities) | set(oblasts)  # both kinds stay places with impact
    assert not set(found) & set(hit)


def test_one_hit_anywhere_makes_the_place_hit():
    text = ("Overnight Russia attacked with 60 drones. In Kharkiv, debris fell on a school. Later a "
            "missile hit an industrial site in Kharkiv.")
    found, cities, _oblasts = debris_and_places(text)
    assert "Kharkiv" in cities and "Kharkiv" not in found and "Kharkiv Oblast" not in found


def test_a_record_without_debris_places_keeps_its_old_shape():
    record = extract_report("Drones attacked Odesa overnight; a port facility was damaged.", "2025-07-04")
    assert "debris_places" not in record.to_dict()
