"""extract.words: each sentence's words, and the test of whether one begins with a prefix."""

from __future__ import annotations

import pytest

from extract.lang import detect_language
from extract.scope import grammar as scope_grammar
from extract.text import split_sentences
from extract.words import mentions, prefix_gate, sentence_words, word_begins, word_start_gate


def _words(text: str) -> str:
    return sentence_words(split_sentences(text))[0]


def test_a_prefix_counts_at_the_start_of_any_word_only():
    words = _words("Drones struck a warehouse overnight.")
    assert mentions(words, ("drone",))
    assert mentions(words, ("warehouse", "missile"))
    assert mentions(words, ("over",))  # "overnight" starts with it
    assert not mentions(words, ("night",))  # inside "overnight", at no word's start
    assert not mentions(words, ("rone",))


def test_the_first_and_the_last_word_count_alike():
    for sentence in ("Shaheds came from the south.", "From the south came Shaheds."):
        assert mentions(_words(sentence), ("shahed",)), sentence


def test_case_and_repeats_do_not_matter():
    words = _words("DRONES, drones and Drones again.")
    assert mentions(words, ("drones",))
    assert {w for w in words.split("\n") if w} == {"again", "and", "drones"}


def test_no_prefixes_always_mentioned_and_a_sentence_without_words_names_nothing():
    assert mentions(_words("Nothing to see."), ())
    assert not mentions(_words("— … —"), ("drone",))


def test_the_gate_is_the_same_test():
    words = _words("Ракети та дрони атакували місто.")
    assert prefix_gate(("дрон",)).search(words) is not None
    assert prefix_gate(("рон",)).search(words) is None


def test_a_stretch_after_an_apostrophe_begins_a_word_for_the_gate():
    gate = prefix_gate(("yeysk",))
    for sentence in ("Drones came from l'Yeysk.", "Drones came from l’Yeysk."):
        assert word_begins(gate, _words(sentence), sentence), sentence
    assert not word_begins(gate, _words("Drones came from the sea."), "Drones came from the sea.")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Drones struck a depot near Kursk overnight.", True),
        ("A pro-Kursk channel and the Bryansk governor said so.", True),
        ("Debris fell in St. Petersburg, officials said.", True),
        ("Дрони атакували нафтобазу в Курській області.", True),
        ("A quiet night: no drones reached the capital.", False),
    ],
)
def test_the_foreign_place_gate_finds_where_the_pattern_may_match(sentence: str, found: bool) -> None:
    """The gate over a sentence's words finds a start wherever the places in Russia match (a
    place after a hyphen too), and rules out a sentence naming none."""
    g = scope_grammar(detect_language(sentence))
    words = sentence_words(split_sentences(sentence))[0]
    assert (g.lower_foreign_place.search(sentence.lower()) is not None) is found
    assert (g.foreign_place_starts.search(words) is not None) is found


def test_a_word_start_gate_needs_alternatives_that_open_with_letters() -> None:
    assert word_start_gate((r"kursk\w*", r"st\.? petersburg")) is not None
    assert word_start_gate((r"kursk", r"(?:upper|lower) volga")) is None
    gate = word_start_gate((r"nizhny novgorod",))
    assert gate is not None and gate.search("\nnizhny\nnovgorod") and not gate.search("\nnovgorod")


def test_a_word_start_gate_reads_past_an_opening_boundary_or_look_behind() -> None:
    """A word boundary or look-behind that opens an alternative takes no characters: the letters
    after it are what the words must hold."""
    gate = word_start_gate((r"\bnone(?:\s+of\s+them)?", r"(?<=ої )ракети"))
    assert gate is not None
    assert gate.search(_words("None of them were shot down.")) is not None
    assert gate.search(_words("Балістичної ракети не було.")) is not None
    assert gate.search(_words("Nobody saw them: no drones came.")) is None
