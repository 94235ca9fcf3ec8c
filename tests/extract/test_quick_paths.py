"""Quick paths of the figure analysis against the plain reading they stand for.

One pattern for a bare count's opening words and verb, where a loop asked word by word
(ClauseGrammar.may_open_with_bare_count): checked on sentences written here and on every sentence
of the corpora in ../shared/corpus (skipped, saying why, when they are not there). A plain run of
digits read whole (numbers.parse_digits), and the quantities' immutability, which their cache needs.
"""

from __future__ import annotations

import pytest

import extract.clause_grammar as clause_grammar
from extract.clause_grammar import _OPENING_WORD, grammar
from extract.lang import detect_language
from extract.numbers import MAX_DIGITS, find_quantities, parse_digits
from extract.text import Sentence, split_sentences
from tests.extract.corpora import corpus_texts


@pytest.fixture(scope="module")
def sentences() -> list[tuple[str, str, Sentence]]:
    """(language, text, sentence) of every corpus report's sentences."""
    out = []
    for text in corpus_texts("the bare openings"):
        code = detect_language(text)
        out.extend((code, text, s) for s in split_sentences(text))
    return out


def _opens_word_by_word(g, text: str, start: int, end: int) -> bool:
    """may_open_with_bare_count as a loop over the opening words, each found where the one
    before ends, a role verb asked after each: what the one pattern stands for."""
    position = g.bare_opening.match(text, start, end).end()
    for _ in range(3):
        word = _OPENING_WORD.match(text, position, end)
        if word is None:
            return False
        if g.verbs.match(text, word.end(), end) is not None:
            return True
        position = word.end()
    return False


@pytest.mark.parametrize(
    ("code", "text", "opens"),
    [
        ("uk", "Шість знищено силами ППО над Черкащиною.", True),
        ("uk", "Ще вісім – збили мобільні вогневі групи.", True),
        ("uk", "Мобільні вогневі групи збили 12.", True),
        ("uk", "Сили ППО над містом знешкодили 98.", False),  # the verb is the fourth word's
        ("uk", "Діти повернулися до школи після обіду.", False),
        ("ru", "Ещё семь сбиты над Сумской областью.", True),
        ("ru", "Жители вернулись домой только к вечеру.", False),
        ("en", "Eleven were shot down over the Poltava region.", True),
        ("en", "- 25 lost from radar;", True),
        ("en", "Two more were 'lost' over the Black Sea.", True),
        ("en", "The mayor thanked the rescuers for their work.", False),
        ("en", "Kyiv, 12 - 3 were shot down.", False),
    ],
)
def test_a_bare_opening_is_found_by_the_one_pattern_as_word_by_word(
    code: str, text: str, opens: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    (s,) = split_sentences(text)
    g = grammar(code)
    assert _opens_word_by_word(g, text, s.start, s.end) is opens
    assert g.may_open_with_bare_count(text, s.start, s.end) is opens
    # the text's own pattern, where the text does not lower-case alike
    monkeypatch.setattr(clause_grammar, "lowered", lambda text: None)
    assert g.may_open_with_bare_count(text, s.start, s.end) is opens


def test_bare_openings_on_the_corpora_as_word_by_word(sentences, monkeypatch: pytest.MonkeyPatch) -> None:
    def opens() -> list[bool]:
        return [
            grammar(code).may_open_with_bare_count(text, s.start, s.end) for code, text, s in sentences
        ]

    plain = [_opens_word_by_word(grammar(code), text, s.start, s.end) for code, text, s in sentences]
    assert opens() == plain
    monkeypatch.setattr(clause_grammar, "lowered", lambda text: None)
    assert opens() == plain
    assert any(plain)


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_the_one_pattern_is_built_for_the_lower_cased_twin(code: str) -> None:
    """Without it every sentence is read with the text's own pattern: no error, but slower."""
    assert grammar(code).lower_bare_count_opening is not None


@pytest.mark.parametrize(
    "digits",
    ["7", "424", "000012", "1,000", "1 000", "54-ма", "82-х", "٣٤", "123456789", "1234567890", "12-3"],
)
def test_a_plain_run_of_digits_reads_as_through_the_filter(digits: str) -> None:
    """parse_digits takes a plain run whole: the same number the digit filter gives it."""
    kept = "".join(filter(str.isdecimal, digits.split("-")[0]))
    expected = int(kept) if kept and len(kept) <= MAX_DIGITS else None
    assert parse_digits(digits) == expected


def test_quantities_stay_immutable() -> None:
    """A sentence's quantities are cached and shared by every module that reads them."""
    (quantity,) = find_quantities("Russia launched 40 drones.")
    assert (quantity.value, quantity.text) == (40, "40")
    with pytest.raises(AttributeError):
        quantity.value = 41  # type: ignore[misc]
