"""extract.caseless: a case-insensitive pattern over the text and its lower-cased twin over the
lower-cased text must find the same spans, or the quick path must not be taken."""

import re
from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.caseless import lower_case_twin, lower_pattern, lowerable, lowered, lowered_twin
from extract.casualties import grammar as casualty_grammar
from extract.clause_grammar import grammar as clause_grammar
from extract.numbers import grammar as number_grammar
from extract.places import impact_words
from extract.scope import grammar as scope_grammar
from extract.weapons import grammar as weapon_grammar


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def test_plain_report_text_is_lowered_in_place():
    text = "On the night of 4 July, Russia launched 539 Shahed-type UAVs at KYIV — “a long night”."
    assert lowered(text) == text.lower()
    assert lowered("Вночі ворог атакував Харків 40 БпЛА") == "вночі ворог атакував харків 40 бпла"


@pytest.mark.parametrize("odd", ["ſ", "İ", "ı", "µ", "\u212a", "ﬁ", "Σ"])  # \u212a: the Kelvin sign
def test_characters_that_ignorecase_reads_otherwise_take_the_slow_path(odd):
    assert lowered(f"Russia launched 20 drones {odd}") is None


def test_lowered_pattern_keeps_escapes_and_group_names():
    pattern = re.compile(r"(?P<Count>\d+)\s+(?P<noun>DRONES|\Wuav)(?=\S)", re.IGNORECASE)
    low = lower_pattern(pattern)
    assert low.groupindex == pattern.groupindex
    text = "Russia fired 12 Drones, then 5 UAVs."
    assert spans(low, lowered(text)) == spans(pattern, text)
    assert [m.group("Count") for m in low.finditer(lowered(text))] == ["12"]


def test_only_case_insensitive_patterns_are_lowered():
    with pytest.raises(ValueError):
        lower_pattern(re.compile("drones"))


WORDS = ["Shahed", "UAVS", "drones", "Twenty-Three", "more than", "KH-101", "Iskander-M", "shot down",
         "Intercepted", "Lost", "1,200", "a dozen", "Hundreds of", "ballistic", "Missiles", "and", "of them",
         "“", "’s", "—", ",", ".", "(", "\n", "  ", "о", "Дронів", "збили"]


MORE_WORDS = [*WORDS, "Hit", "Debris", "Kursk", "Belgorod", "Russia's", "Not", "Struck", "Влучання", "Уламки",
              "Курськ", "Killed", "people", "were", "Injured", "a woman", "THE BODY OF", "загинули",
              "Поранено"]


def hot_patterns(code: str) -> list[re.Pattern[str]]:
    impact = impact_words(code)
    scope = scope_grammar(code)
    casualty = casualty_grammar(code)
    return [*(p for f in fields(casualty) if isinstance(p := getattr(casualty, f.name), re.Pattern)
              and lowerable(p)),
            number_grammar(code).pattern, clause_grammar(code).verbs, weapon_grammar(code).tail,
            weapon_grammar(code).continuation, weapon_grammar(code).blocker,
            scope.foreign, scope.foreign_place, scope.origin,
            *(getattr(impact, f.name) for f in fields(impact))]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MORE_WORDS), max_size=30).map(" ".join),
       st.sampled_from(["en", "uk"]))
def test_the_hot_patterns_find_the_same_spans_lowered(text, code):
    low = lower_case_twin(text)
    assert low is not None
    for pattern in hot_patterns(code):
        twin = lower_pattern(pattern)
        assert spans(twin, low) == spans(pattern, text)
        assert [twin.match(low, i) and twin.match(low, i).span() for i in range(len(text))] == [
            pattern.match(text, i) and pattern.match(text, i).span() for i in range(len(text))
        ]


def test_a_lowered_twin_lowers_only_the_case_insensitive_patterns():
    twin = lowered_twin(casualty_grammar("en"))
    assert twin.place is casualty_grammar("en").place  # case-sensitive: for the original text only
    assert twin.subject is casualty_grammar("en").subject  # has a part that tells case apart
    assert casualty_grammar("en").active.flags & re.IGNORECASE
    assert not twin.active.flags & re.IGNORECASE
    assert twin.active.search("killing ") is not None and twin.active.search("KILLING ") is None


def test_a_pattern_with_a_case_sensitive_part_is_not_lowered():
    with pytest.raises(ValueError):
        lower_pattern(re.compile(r"\d+ (?-i:[a-z])\w* killed", re.IGNORECASE))


_CLAUSE_SENTENCES = {
    "en": [
        "Air defence SHOT DOWN 40 drones and jammed 12; all of them were Shaheds.",
        "A massive combined attack: cruise missiles and 50 drones were launched, all were downed.",
        "İzmail port was hit; missiles and 3 drones were intercepted.",  # İ: the text's own path
    ],
    "uk": ["Сили ППО ЗБИЛИ 40 дронів, усі вони були знешкоджені; ракети та 5 шахедів також."],
    "ru": ["Силы ПВО СБИЛИ 40 дронов, все они были уничтожены; ракеты и 5 шахедов тоже."],
}


@pytest.mark.parametrize("code", sorted(_CLAUSE_SENTENCES))
def test_clause_searches_over_the_twin_find_what_the_patterns_find_in_the_text(code: str) -> None:
    """ClauseGrammar's verbs_in, verb_at, all_them_in, plural_before and names_barrage, which read
    the lower-cased twin where they may, give the spans and group names of the patterns run over
    the text itself."""
    g = clause_grammar(code)
    found = {"all_them": 0, "plural": 0}
    for sentence in _CLAUSE_SENTENCES[code]:
        text = "Intro. " + sentence
        start, end = 7, len(text)
        spans = [(m.span(), m.lastgroup) for m in g.verbs.finditer(text, start, end)]
        assert [(m.span(), m.lastgroup) for m in g.verbs_in(text, start, end)] == spans
        assert spans  # every sentence holds a role verb
        for (a, _), _ in spans:
            assert g.verb_at(text, a, end).span() == g.verbs.match(text, a, end).span()
        expected, got = g.all_them.search(text, start, end), g.all_them_in(text, start, end)
        assert (got and got.span()) == (expected and expected.span())
        found["all_them"] += expected is not None
        for pos in range(start, end):
            plain = g.beside_plural.search(text, max(start, pos - 40), pos)
            twin = g.plural_before(text, max(start, pos - 40), pos)
            assert (twin and twin.span()) == (plain and plain.span())
            found["plural"] += plain is not None
        if g.barrage is not None:
            assert g.names_barrage(text, start, end) == (g.barrage.search(text, start, end) is not None)
    assert found["all_them"] and found["plural"]  # the sentences do hold what is compared
