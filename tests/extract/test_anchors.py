"""extract.anchors: the plain strings a pattern's every match contains, and the quick test built
on them that tells a stretch of text where the pattern cannot match."""
from __future__ import annotations

import re

import pytest

from extract.anchors import (
    GatedAlternatives,
    gated_finditer,
    lacks_anchors,
    may_match,
    pattern_anchors,
    string_lacks_anchors,
)
from extract.caseless import lower_case_twin
from extract.lang import LANGUAGE_CODES
from extract.scope import grammar


def test_each_alternative_gives_its_longest_plain_run():
    pattern = re.compile(r"\bover the past (?:day|week)\b|\bha(?:s|ve) fired\b[^.]{0,40}\bthis month\b")
    assert pattern_anchors(pattern) == ("over the past ", "this month")


def test_a_shorter_anchor_stands_for_the_longer_ones_that_hold_it():
    assert pattern_anchors(re.compile(r"recall|recall that|we recall")) == ("recall",)


def test_a_group_of_alternatives_anchors_by_all_of_them():
    assert pattern_anchors(re.compile(r"\b(?:shahed|geran)s?\b")) == ("geran", "shahed")


def test_an_alternative_without_plain_text_leaves_the_pattern_unanchored():
    assert pattern_anchors(re.compile(r"recall|[A-Z]\w+ said")) == (" said", "recall")
    assert pattern_anchors(re.compile(r"recall|\d+")) is None
    assert pattern_anchors(re.compile(r"recall|(?:drones?)?")) is None


def test_case_is_read_as_the_pattern_reads_it():
    ignoring = re.compile(r"\bRecall that\b", re.IGNORECASE)
    assert pattern_anchors(ignoring) == ("recall that",)
    text = "Officials said nothing new. RECALL THAT the city was hit last week."
    start = text.index("RECALL")
    assert may_match(ignoring, text, start, len(text))
    assert not may_match(ignoring, text, 0, start)
    exact = re.compile(r"Recall that")
    assert not may_match(exact, text)


def test_text_that_cannot_be_lower_cased_alike_is_always_searched():
    # "ſ" matches "s" under re.IGNORECASE but lower-cases to itself: the gate cannot speak for it
    pattern = re.compile(r"\bsince\b", re.IGNORECASE)
    assert pattern.search("ſince then") is not None
    assert may_match(pattern, "ſince then")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_gate_never_hides_a_background_marker(code):
    """Whatever a language's background markers are, a sentence the gate turns away has none."""
    pattern = grammar(code).background
    sentences = [
        "Recall that a week ago the enemy launched 600 drones at western regions.",
        "Over the past day, air defence shot down 40 drones.",
        "The mayor said rescuers were still at work on Tuesday evening.",
        "Rescuers worked at the scene until the morning.",
        "Нагадаємо, минулого тижня ворог випустив понад 600 дронів.",
        "Протягом тижня росіяни запустили по Україні понад тисячу дронів.",
        "Рятувальники працювали на місці до ранку.",
        "Напомним, на прошлой неделе враг выпустил более 600 дронов.",
        "Спасатели работали на месте до утра.",
    ]
    for sentence in sentences:
        if pattern.search(sentence) is not None:
            assert may_match(pattern, sentence), sentence
    told_apart = [s for s in sentences if not may_match(pattern, s)]
    assert told_apart  # the filler sentences, at least: the gate is of some use
    assert all(pattern.search(s) is None for s in told_apart)


_MARKER_SENTENCES = [
    "Recall that a week ago the enemy launched 600 drones at western regions.",
    "The region has been shelled every day since the start of the full-scale invasion, officials said.",
    "Over the past day, air defence shot down 40 drones; last week it was fewer.",
    "Separately, a drone hit a warehouse in the city.",
    "The mayor said rescuers were still at work on Tuesday evening.",
    "RECALL THAT the city was hit the previous night as well.",
    "ſince then the city has been quiet.",  # cannot be lower-cased alike: the plain search
    "Нагадаємо, минулого тижня ворог випустив понад 600 дронів.",
    "Протягом тижня росіяни запустили по Україні понад тисячу дронів.",
    "Напомним, на прошлой неделе враг выпустил более 600 дронов.",
    "С начала года враг выпустил по городу тысячи дронов.",
    "Спасатели работали на месте до утра.",
    "",
]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_gated_alternatives_find_what_the_whole_alternation_finds(code):
    """The earliest start among the alternatives searched one by one, matched with the whole
    pattern, is the whole pattern's own first match: the same span, the same text."""
    markers = grammar(code).language.background_markers
    gated = GatedAlternatives(markers, re.IGNORECASE | re.MULTILINE)
    whole = re.compile("|".join(markers), re.IGNORECASE | re.MULTILINE)
    found = 0
    for sentence in _MARKER_SENTENCES:
        expected, got = whole.search(sentence), gated.search(sentence)
        assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0)))
        found += expected is not None
    assert found >= 2  # the sentences do hold markers of every language


def test_gated_alternatives_prefer_the_earliest_start_then_the_first_alternative():
    gated = GatedAlternatives((r"\bweek\b", r"\blast week\b", r"\blast\b"), re.IGNORECASE)
    found = gated.search("It was hit last week too.")
    assert found is not None and found.group(0) == "last week"  # earliest start, first that fits
    found = gated.search("It was hit every week, the last time on Monday.")
    assert found is not None and found.group(0) == "week"
    assert gated.search("Nothing of the kind.") is None


_FOREIGN_SENTENCES = [
    "Russia's defence ministry said its air defences downed 41 Ukrainian drones over Kursk and Bryansk.",
    "Ukrainian drones struck an oil refinery in Saratov; the Russian ministry said 12 were destroyed.",
    "Ukrainian forces with FPV drones hit a convoy, while Ukrainian long-range drones reached Tula.",
    "Air defence destroyed 30 drones over the Kharkiv and Sumy regions overnight.",
    "Міноборони РФ заявило, що ППО збила 17 українських дронів над Бєлгородською областю.",
    "Українські безпілотники атакували НПЗ у Рязані, повідомило міноборони Росії.",
    "Минобороны России сообщило, что украинские беспилотники атаковали нефтебазу в Туле.",
    "Над Москвой сбиты два украинских беспилотника, сообщил Собянин.",
    "Вночі ворог атакував Харківщину 25 ударними дронами.",
    "",
]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_gated_alternatives_iterate_as_the_whole_alternation_does(code):
    """finditer gives the whole pattern's matches, one after another, span for span: the foreign
    markers hold several per sentence, of several alternatives."""
    markers = grammar(code).language.foreign_markers
    gated = GatedAlternatives(markers, re.IGNORECASE)
    whole = re.compile("|".join(markers), re.IGNORECASE)
    found = 0
    for sentence in _FOREIGN_SENTENCES:
        expected = [(m.span(), m.group(0)) for m in whole.finditer(sentence)]
        assert [(m.span(), m.group(0)) for m in gated.finditer(sentence)] == expected
        found += len(expected)
    assert found >= 2


def test_gated_alternatives_iterate_past_empty_matches_as_finditer_does():
    gated = GatedAlternatives((r"\bnight\b", r"(?=\bday\b)"), re.IGNORECASE)
    whole = re.compile(r"\bnight\b|(?=\bday\b)", re.IGNORECASE)
    sentence = "A night and a day, then another night and day."
    assert [m.span() for m in gated.finditer(sentence)] == [m.span() for m in whole.finditer(sentence)]
    assert len([m for m in gated.finditer(sentence) if m.start() == m.end()]) == 2


def test_gated_alternatives_search_from_a_position():
    gated = GatedAlternatives((r"\blast week\b", r"\bon monday\b"), re.IGNORECASE)
    text = "Last week it was calm; on Monday and last week again."
    found = gated.search(text, 5)
    assert found is not None and found.span() == (23, 32)


def test_lacks_anchors_tells_apart_only_a_case_sensitive_pattern_without_its_anchors():
    pattern = re.compile(r"(?<![\w-])(?:shot\s+down|destroy[\w-]*)")
    sentence = "air defence shot down 12 drones over the region."
    assert lacks_anchors(pattern, "a quiet night in the city.")
    assert not lacks_anchors(pattern, sentence)
    # a stretch without the anchors, in a text that holds them elsewhere
    assert lacks_anchors(pattern, sentence, 25, len(sentence))
    # the anchor present but not a match: the pattern itself decides (no false "lacks")
    assert not lacks_anchors(pattern, "a destroyer sailed.") and pattern.search("the undestroyed") is None
    # ignoring case, or without anchors, a pattern is never told apart here
    assert not lacks_anchors(re.compile(r"shot down", re.I), "a quiet night.")
    assert not lacks_anchors(re.compile(r"\d+"), "a quiet night.")


def test_gated_finditer_finds_what_finditer_finds_in_a_stretch():
    pattern = re.compile(r"\b(?:killed|injured)\b")
    text = "two were killed. three were injured in kharkiv. none were hurt."
    for start, end in ((0, len(text)), (0, 16), (17, 47), (48, len(text))):
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        assert [m.span() for m in gated_finditer(pattern, text, start, end)] == expected
    assert [m.group() for m in gated_finditer(pattern, text, 0, len(text))] == ["killed", "injured"]


def test_string_lacks_anchors_reads_a_short_string_in_its_own_lower_case():
    pattern = re.compile(r"^\s*(?:[^\W\d]+\s*){0,5}?,?\s*(?:including|among them)\s*:?\s*$", re.IGNORECASE)
    assert string_lacks_anchors(pattern, " drones and missiles, of which ")
    assert not string_lacks_anchors(pattern, ", Including ")  # the anchor in another case
    assert pattern.match(", Including ") is not None
    # a string the lower case cannot stand for (a dotted capital I) is never told apart
    assert not string_lacks_anchors(pattern, " İ ")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_gated_alternatives_given_the_twin_find_what_they_find_alone(code):
    """search_with_twin and finditer_with_twin, handed the sentence's lower-cased twin (or None,
    the slow path), find what search and finditer find lower-casing it themselves."""
    markers = grammar(code).language.foreign_markers
    gated = GatedAlternatives(markers, re.IGNORECASE)
    for sentence in _FOREIGN_SENTENCES:
        twin = lower_case_twin(sentence)
        expected = [(m.span(), m.group(0)) for m in gated.finditer(sentence)]
        assert [(m.span(), m.group(0)) for m in gated.finditer_with_twin(sentence, twin)] == expected
        assert [(m.span(), m.group(0)) for m in gated.finditer_with_twin(sentence, None)] == expected
        first = gated.search_with_twin(sentence, twin)
        assert (first and first.span()) == (expected[0][0] if expected else None)


def test_gated_alternatives_with_no_anchor_in_the_text_find_nothing():
    gated = GatedAlternatives((r"\blast week\b", r"\bon monday\b"), re.IGNORECASE)
    assert gated.search("A calm night over the city.") is None
    assert list(gated.finditer("A calm night over the city.")) == []
    assert gated.search("A calm night, then on Monday a siren.").group(0) == "on Monday"


def test_gated_alternatives_find_anchors_that_nest_and_overlap():
    """Anchors inside, at the start of and overlapping one another ("past week", "past", "ast",
    "week", "eek") are each found where they stand, so each alternative is searched where it may
    match: the whole alternation's first match, every time."""
    alternatives = (r"\bpast week\b", r"\bast\b", r"\bpast\b", r"\beek\b", r"\bweek\b")
    gated = GatedAlternatives(alternatives, re.IGNORECASE)
    whole = re.compile("|".join(alternatives), re.IGNORECASE)
    for text in ("In the past week.", "The ast of eek.", "Past weeks ast", "a pastweek eek", "weekly past"):
        expected = [(m.span(), m.group(0)) for m in whole.finditer(text)]
        assert [(m.span(), m.group(0)) for m in gated.finditer(text)] == expected
    found = [m.group(0) for m in gated.finditer("The ast of eek, the past week.")]
    assert found == ["ast", "eek", "past week"]


def test_caseless_anchors_lower_case_the_anchors_of_a_pattern_that_tells_case_apart_in_part() -> None:
    """A part that tells case apart ("(?-i:[A-Z])", a capitalised name) gives no anchor; the rest
    of the pattern's anchors are read lower-cased."""
    from extract.anchors import caseless_anchors

    pattern = re.compile(r"(?-i:[A-Z]\w+) (?:were KILLED|Injured)", re.IGNORECASE)
    assert caseless_anchors(pattern) == {"were killed", "injured"}
    assert caseless_anchors(re.compile(r"(?:were killed|injured)")) is None  # it tells case apart
    assert caseless_anchors(re.compile(r"\w+", re.IGNORECASE)) is None  # nothing to look for
