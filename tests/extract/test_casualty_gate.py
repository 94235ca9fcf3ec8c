"""extract.casualty_gate: one scan that tells a sentence holding no word any casualty figure needs."""

from __future__ import annotations

import dataclasses
import re

import pytest

import extract.casualties as casualties
from extract.casualty_gate import MENTION_SOURCES, NOT_SOURCES
from extract.casualty_types import CasualtyGrammar
from extract.text import Sentence, split_sentences


def test_every_pattern_of_the_casualty_grammar_is_a_source_or_not() -> None:
    """A pattern added to the grammar must be placed in one list: left out of the sources, a new
    kind of figure would be skipped in sentences holding none of the old sources' words."""
    patterns = {f.name for f in dataclasses.fields(CasualtyGrammar) if f.name != "language"}
    assert set(MENTION_SOURCES) | set(NOT_SOURCES) == patterns
    assert not set(MENTION_SOURCES) & set(NOT_SOURCES)


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_each_language_has_a_gate(code: str) -> None:
    assert casualties._mention_gate(code) is not None


SENTENCES = [
    ("en", "Three people were injured when debris fell on a house in Chernihiv."),
    ("en", "The strike killed a woman and her two sons, the governor said."),
    ("en", "A second victim died in hospital on Tuesday morning."),
    ("en", "Rescuers recovered the body of a man from the rubble."),
    ("en", "Officials said no statement would come before noon."),
    ("en", "Nobody knows how many drones the factory now builds."),
    ("uk", "Унаслідок атаки загинули двоє людей, ще п'ятеро поранені."),
    ("uk", "Без електрики залишилися понад 20 тисяч родин."),
    ("uk", "Постраждалих – 4, серед них дитина."),
    ("ru", "В результате удара погибли три человека, еще семеро ранены."),
    ("ru", "Без электричества остались около 3 тысяч домов."),
]


@pytest.mark.parametrize(("code", "text"), SENTENCES)
def test_the_gate_keeps_every_figure(code: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each sentence reads the same figures with the gate as with every pattern searched."""
    (s,) = split_sentences(text)
    gated = casualties.sentence_mentions(text, s, 0, code)
    monkeypatch.setattr(casualties, "_mention_gate", lambda code: None)
    assert gated == casualties.sentence_mentions(text, s, 0, code)


@pytest.mark.parametrize(
    ("code", "text", "passes"),
    [
        ("en", "Three people were injured when debris fell on a house in Chernihiv.", True),
        ("en", "Officials said no statement would come before noon.", False),
        ("uk", "Без електрики залишилися понад 20 тисяч родин.", False),
        ("uk", "Унаслідок атаки загинули двоє людей, ще п'ятеро поранені.", True),
        ("ru", "Без электричества остались около 3 тысяч домов.", False),
    ],
)
def test_a_sentence_without_a_figures_words_is_told_by_one_scan(code: str, text: str, passes: bool) -> None:
    gate = casualties._mention_gate(code)
    assert gate is not None
    assert (gate.search(text.lower()) is not None) is passes


def test_a_text_that_does_not_lower_case_alike_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the lower-cased text is no twin of the text (a character re reads otherwise), the gate
    is not asked: the patterns read the sentence as before."""
    monkeypatch.setattr(casualties, "_mention_gate", lambda code: re.compile("(?!)"))  # finds nothing
    plain = "Two people were injured in the strike on Kharkiv."
    odd = "Two people were injured in the ſtrike on Kharkiv."  # (a long s)
    assert casualties.sentence_mentions(plain, Sentence(0, len(plain), plain), 0, "en") == []
    assert casualties.sentence_mentions(odd, Sentence(0, len(odd), odd), 0, "en")
