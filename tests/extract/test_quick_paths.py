"""The engine's quick paths give what the plain work they replace gives (issue 17).

Each quick path is exact by construction: a per-report memo of find_places, an anchor test before
a search (anchors.finds_none), a sentence boundary matched from its punctuation. These sentences,
written for the tests, pin the cases where a slip would show.
"""

from __future__ import annotations

import re

import pytest

from extract import extract_report
from extract.anchors import finds_none
from extract.place_names import find_places, report_memo
from extract.text import split_sentences

SENTENCES = [
    "Debris fell on a house in Bucha, and a fire broke out in the Kyiv region.",
    "Two people were injured in Kharkiv when a drone hit a warehouse.",
    "Уламки впали на приватний будинок у Черкаській області.",
    "The foreign minister spoke in Brussels about air defence.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_places_read_inside_a_report_memo_are_those_read_outside(sentence):
    plain = find_places(sentence)
    with report_memo():
        first = find_places(sentence)
        again = find_places(sentence)
    assert first == plain
    assert again == plain


def test_a_caller_changing_its_list_of_places_does_not_change_the_next_callers():
    sentence = SENTENCES[1]
    with report_memo():
        mine = find_places(sentence)
        assert [p.name for p in mine] == ["Kharkiv"]
        mine.clear()
        assert [p.name for p in find_places(sentence)] == ["Kharkiv"]


def test_nothing_is_kept_from_one_report_to_the_next():
    from extract.place_names import _REPORT_MEMO

    assert _REPORT_MEMO.get() is None
    extract_report("Two people were injured in Kharkiv when a drone hit a warehouse.")
    assert _REPORT_MEMO.get() is None  # the report's memo closed with it


@pytest.mark.parametrize(
    ("pattern", "text", "start", "end"),
    [
        (re.compile(r"\bshot down\b", re.I), "Air defence SHOT DOWN 12 drones.", 0, 32),
        (re.compile(r"\bshot down\b", re.I), "Air defence SHOT DOWN 12 drones.", 15, 32),
        (re.compile(r"\bзбито\b|\bзнешкоджено\b", re.I), "Протиповітряною обороною ЗБИТО 40 дронів.", 0, 41),
        (
            re.compile(r"\bзбито\b|\bзнешкоджено\b", re.I),
            "Протиповітряною обороною знищено 40 дронів.",
            0,
            43,
        ),
        (re.compile(r"(?:drones?|missiles?)\s+(?:were\s+)?launched"), "Ten drones were launched.", 0, 25),
        (re.compile(r"\w+"), "", 0, 0),  # no anchor: always searched
    ],
)
def test_finds_none_says_what_the_search_says(pattern, text, start, end):
    assert finds_none(pattern, text, start, end) == (pattern.search(text, start, end) is None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # end punctuation closed by a quote, before a capital: the sentence ends at its punctuation
        (
            'He said: "Five drones hit the city." Two people died.',
            ['He said: "Five drones hit the city.', "Two people died."],
        ),
        # several marks in a row end one sentence
        ("Was it a missile?! Nobody knows yet.", ["Was it a missile?!", "Nobody knows yet."]),
        # an abbreviation's dot is no boundary
        (
            "The mayor, Dr. Smith, said five were hurt. Two died.",
            ["The mayor, Dr. Smith, said five were hurt.", "Two died."],
        ),
        # a line break with spaces around it before a capital; a blank line
        (
            "Ten drones flew in.  \n  Two were downed!\n\nthe rest fell",
            ["Ten drones flew in.", "Two were downed!", "the rest fell"],
        ),
        # a list item after a line break
        (
            "The enemy launched:\n- 40 drones;\n- 3 missiles.",
            ["The enemy launched:", "- 40 drones;", "- 3 missiles."],
        ),
        # a headline with no stop, trailing spaces before its line break, then a capital
        (
            "Drones hit Sumy overnight \t\nThree people were hurt, officials said.",
            ["Drones hit Sumy overnight", "Three people were hurt, officials said."],
        ),
        # lines ended by spaces (the break is found at the line break, the sentence ends at the
        # word), one of them at the very start, and one going on in lower case
        (
            "  \nSirens in Kharkiv   \nSirens in Sumy \t \n  Kyiv is calm \nand so is Lviv",
            ["Sirens in Kharkiv", "Sirens in Sumy", "Kyiv is calm \nand so is Lviv"],
        ),
        # a sentence wrapped mid-line goes on in lower case
        (
            "Drones attacked the city\nat night. Fires broke out.",
            ["Drones attacked the city\nat night.", "Fires broke out."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)
