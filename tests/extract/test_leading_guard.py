"""The word-start guard moved behind the first characters: the same matches, or no rewrite."""

from __future__ import annotations

import re

import pytest

from extract.anchors import pattern_anchors
from extract.caseless import lower_pattern
from extract.leading_guard import MAX_FIRST_CHARACTERS, guard_inward
from extract.place_names import phrase_regex

# Texts that put the words at a text's start, after a hyphen, inside words, after a search's
# start position, at line breaks and beside apostrophes.
TEXTS = [
    "struck a depot; strikes hit-struck areas, restruck the yard",
    "struck at dawn and debris fell on a roof",
    "x-debris and debris\ndebris's fall, 'struck' (struck)",
    "destroyed 12 drones, indestructible, eliminated two, disabled",
    "уламки впали на дах, обломки упали; поуламки",
]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize(
    "source",
    [
        r"(?<![\w-])(?:s(?:truck|trikes?)|debris|уламк[\w'’-]*|обломк[\w'’-]*)(?![\w-])",
        r"\b(?:destroy|eliminat|disabl)\w*",
        r"(?<![\w-])(?:['’]struck|debris)(?![\w-])[^,.;]*",
    ],
)
def test_rewritten_pattern_matches_the_same_stretches(source: str) -> None:
    rewritten = guard_inward(source, 0)
    assert rewritten is not None and rewritten != source
    before, after = re.compile(source), re.compile(rewritten)
    for text in TEXTS:
        for pos in range(len(text)):
            assert _spans(after, text, pos) == _spans(before, text, pos)
            assert bool(after.match(text, pos)) == bool(before.match(text, pos))


def test_guard_reads_the_character_before_a_search_start() -> None:
    # "re-struck": searched from the "s", the hyphen before it still counts against the word
    pattern = re.compile(guard_inward(r"(?<![\w-])(?:struck)", 0) or "")
    assert pattern.search("re-struck", 3) is None
    assert pattern.search("a struck", 2).span() == (2, 8)


@pytest.mark.parametrize(
    "source",
    [
        r"(?:struck|debris)",  # no guard
        r"\b(?:-struck|debris)",  # \b before a character that is no word character
        r"(?<![\w-])(?:s?truck|debris)",  # a quantifier on the first character
        r"(?<![\w-])(?:(?:a|b)c|debris)",  # a group first
        r"(?<![\w-])(?:struck|)",  # an empty alternative
    ],
)
def test_patterns_of_another_form_are_left_alone(source: str) -> None:
    assert guard_inward(source, 0) is None


def test_verbose_patterns_are_left_alone() -> None:
    assert guard_inward(r"(?<![\w-])(?:struck | debris)", re.VERBOSE) is None


def test_many_first_characters_keep_the_guard_first() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"[: MAX_FIRST_CHARACTERS + 1]
    assert guard_inward(r"(?<![\w-])(?:" + "|".join(f"{c}xy" for c in letters) + ")", 0) is None


def test_lowered_phrase_patterns_get_the_rewrite_and_keep_their_anchors() -> None:
    phrases = phrase_regex(["struck", "debris fell", "hit"])
    lowered = lower_pattern(phrases)
    assert lowered.pattern.startswith("(?:")  # rewritten: opens with its alternatives
    # the look-behind after the first letter does not split the anchors it is read by
    assert pattern_anchors(lowered) == pattern_anchors(phrases)
    text = "debris fell near a house; a drone struck, and one hit"
    assert _spans(lowered, text) == _spans(phrases, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\bha(?:s|ve)\s+been",  # one word after the guard, no group
        r"(?<!\bnot )(?<!\balmost )\ball\s+of\s+them",  # several look-behinds and a \b
        r"(?<=, |; )(?:all|both)\b",  # a positive look-behind with an alternation inside
    ],
)
def test_other_leading_guards_move_too(source: str) -> None:
    rewritten = guard_inward(source, 0)
    assert rewritten is not None and not rewritten.startswith(("\\b", "(?<"))
    before, after = re.compile(source), re.compile(rewritten)
    for text in [
        "it has been, it have been; thave been, has  been",
        "all of them, not all of them, almost all of them; all of them",
        "x, all; both, ball, both",
    ]:
        for pos in range(len(text)):
            assert _spans(after, text, pos) == _spans(before, text, pos)
