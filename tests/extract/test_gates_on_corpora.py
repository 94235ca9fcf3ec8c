"""The extractor's quick paths against the plain searches they stand for, on every real report.

A quick path (extract.anchors.GatedAlternatives for the background markers, names_model for
any_model, the word gate of find_launch_areas) must find exactly what the plain search finds.
Other work adds markers, models and areas to extract/lang/ and data/ as it goes; a new one the
quick path read otherwise (a marker whose anchors miss some of its matches, a model the plain
alternation reads otherwise, a spelling whose first letters the word gate misreads) shows up
here, on the corpora in ../shared/corpus. Skips, saying why, when they are not on this machine.
"""

from __future__ import annotations

import pytest

from extract.caseless import lower_case_twin
from extract.lang import LANGUAGE_CODES, detect_language
from extract.launch_areas import find_launch_areas
from extract.scope import grammar as scope_grammar
from extract.text import split_sentences
from extract.weapons import grammar as weapon_grammar
from extract.weapons import names_model
from extract.words import sentence_words
from tests.extract.corpora import corpus_texts


@pytest.fixture(scope="module")
def sentences() -> list[tuple[str, str, int, int]]:
    """(language, report text, start, end) of every sentence of every corpus report."""
    found = []
    for text in corpus_texts("the quick paths"):
        code = detect_language(text)
        found.extend((code, text, s.start, s.end) for s in split_sentences(text))
    return found


def test_background_markers_found_as_the_whole_alternation_finds_them(sentences):
    differ, matched = [], 0
    for code, text, start, end in sentences:
        g = scope_grammar(code)
        sentence = text[start:end]
        expected, got = g.background.search(sentence), g.background_markers.search(sentence)
        if (got and (got.span(), got.group(0))) != (expected and (expected.span(), expected.group(0))):
            differ.append(sentence[:120])
        matched += expected is not None
    assert not differ, differ[:5]
    assert matched  # the corpora do hold background markers: the comparison means something


def test_names_model_finds_what_any_model_finds(sentences):
    differ, named = [], 0
    for code, text, start, end in sentences:
        expected = weapon_grammar(code).any_model.search(text, start, end) is not None
        if names_model(text, start, end, code) is not expected:
            differ.append(text[start:end][:120])
        named += expected
    assert not differ, differ[:5]
    assert named


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_quick_search_is_of_the_same_pattern(code):
    g = scope_grammar(code)
    assert (g.background_markers.whole.pattern, g.background_markers.whole.flags) == (
        g.background.pattern,
        g.background.flags,
    )


def test_launch_areas_read_through_the_words_as_without_them():
    differ, found = [], 0
    for text in corpus_texts("the quick paths"):
        code = detect_language(text)
        sentences = split_sentences(text)
        indexes = list(range(len(sentences)))
        gated = find_launch_areas(text, sentences, indexes, code, sentence_words(sentences))
        if gated != find_launch_areas(text, sentences, indexes, code):
            differ.append(text[:120])
        found += bool(gated)
    assert not differ, differ[:5]
    assert found


def test_foreign_places_word_gate_finds_every_sentence_the_pattern_matches(sentences):
    """Wherever foreign_place matches a sentence (over its lower-cased twin, where the gate is
    asked), the gate finds a start among the sentence's words: it never rules one out."""
    missed, matched = [], 0
    for code, text, start, end in sentences:
        g = scope_grammar(code)
        sentence = text[start:end]
        twin = lower_case_twin(sentence)
        if twin is None or g.foreign_place_starts is None:
            continue
        if g.lower_foreign_place.search(twin) is None:
            continue
        matched += 1
        words = sentence_words(split_sentences(sentence))[0]
        if g.foreign_place_starts.search(words) is None:
            missed.append(sentence[:120])
    assert not missed, missed[:5]
    assert matched  # the corpora do name places in Russia
