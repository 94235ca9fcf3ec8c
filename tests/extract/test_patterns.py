"""extract.patterns: a word list as a trie-shaped alternation matches what the plain
longest-first alternation matches, at the same places and with the same lengths."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.patterns import literal_alternation, shared_anchors, trie_alternation


def plain(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@given(
    words=st.lists(st.text(alphabet="abc d'", min_size=1, max_size=6), min_size=1, max_size=12),
    text=st.text(alphabet="abc d'x", max_size=40),
)
def test_trie_matches_like_the_longest_first_alternation(words: list[str], text: str) -> None:
    trie = re.compile(literal_alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain(words).finditer(text)]


def test_shared_beginnings_are_merged_and_the_longer_word_wins() -> None:
    pattern = literal_alternation(["more", "more than", "most"])
    assert pattern.count("mo") == 1
    assert re.match(pattern, "more than 500").group() == "more than"
    assert re.match(pattern, "mores").group() == "more"


def test_pieces_stay_whole() -> None:
    pattern = trie_alternation([["a", r"\s+", "b"], ["a", r"\s+", "c"]])
    assert re.fullmatch(pattern, "a   c")
    assert not re.fullmatch(pattern, "a   d")


def test_anchors_are_held_by_every_text_a_phrase_matches() -> None:
    from extract.patterns import phrase_anchors

    # the longest run of each phrase (the first of equal ones)
    anchors = phrase_anchors(["the capital city", "Ukraine's capital", "столицею"])
    assert anchors == ("capital", "ukraine", "столицею")
    assert phrase_anchors(["refiner*"]) == ("refiner",)


def test_a_phrase_without_letters_cannot_be_anchored() -> None:
    import pytest

    from extract.patterns import phrase_anchors

    with pytest.raises(ValueError):
        phrase_anchors(["1 2 3"])


def test_shared_anchors_take_the_word_most_phrases_share_cut_to_its_stem():
    phrases = ["the capital", "the Ukrainian capital", "Ukraine's capital", "столиця", "столицею",
               "українська столиця", "the second-largest city"]
    anchors = shared_anchors(phrases)
    assert anchors == ("capital", "largest", "столиц")
    # every phrase, lower-cased, holds one of them: the promise a caller's str search rests on
    assert all(any(anchor in phrase.lower() for anchor in anchors) for phrase in phrases)
    with pytest.raises(ValueError):
        shared_anchors(["(", "the capital"])
