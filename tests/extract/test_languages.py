"""The language data modules: found by code, and every place-word table of the same shape."""

import re

import pytest

from extract.lang import LANGUAGE_CODES, all_place_words, get_language, place_words


def test_every_language_has_its_data_under_its_code():
    for code in LANGUAGE_CODES:
        assert get_language(code).code == code
        assert place_words(code).__name__ == f"extract.lang.place_words_{code}"


def test_an_unknown_code_is_refused_by_name():
    with pytest.raises(ValueError, match="'xx'"):
        get_language("xx")
    with pytest.raises(ValueError, match="'xx'"):
        place_words("xx")


def test_every_place_word_table_defines_the_same_names():
    # The engine merges the tables by name: a name one language lacks would fail only when read.
    tables = all_place_words()
    names = [{n for n in vars(t) if n.isupper() and not n.startswith("_")} for t in tables]
    for table, own in zip(tables, names, strict=True):
        assert own == names[0], f"{table.__name__}: {sorted(own ^ names[0])}"


def test_patterns_are_strings_or_none_and_word_lists_hold_strings():
    for table in all_place_words():
        for name, value in vars(table).items():
            if not name.isupper() or name.startswith("_") or name in {
                "CASE_FORMS", "EXTRA_OBLAST_FORMS", "DISTRICT_ADJECTIVES"}:
                continue
            assert value is None or isinstance(value, str | tuple), (table.__name__, name)
            if isinstance(value, tuple):
                assert all(isinstance(word, str) for word in value), (table.__name__, name)


def test_the_functions_a_place_word_table_gives_are_callable_or_none():
    # the gazetteer calls them with a town's Ukrainian name and wants a set of strings back
    for table in all_place_words():
        for name in ("CASE_FORMS", "DISTRICT_ADJECTIVES"):
            maker = getattr(table, name)
            made = set() if maker is None else maker("Бровари")
            assert all(isinstance(form, str) for form in made), (table.__name__, name)


def test_every_language_names_a_known_script_and_can_be_told_from_its_neighbours():
    from extract.lang import SCRIPTS

    by_script: dict[str, list] = {}
    for code in LANGUAGE_CODES:
        language = get_language(code)
        assert language.script in SCRIPTS, code
        by_script.setdefault(language.script, []).append(language)
    for languages in by_script.values():
        if len(languages) > 1:  # detection must have something to weigh between them
            assert all(lang.own_letters and lang.common_words for lang in languages)


def test_detection_weighs_the_languages_own_words_when_the_letters_are_shared():
    from extract.lang import detect_language

    ukrainian = "Ворог атакував Одесу дронами, та вибухи було чути, що пошкодило дах."
    russian = "Ночью враг атаковал город, что видно по огню, и сообщили о пожаре."
    for text in (ukrainian, russian):  # no letter of either language's own: only the words tell
        for code in ("uk", "ru"):
            assert not re.search(get_language(code).own_letters, text.lower()), (code, text)
    assert detect_language(ukrainian) == "uk"
    assert detect_language(russian) == "ru"


def test_abbreviations_of_every_language_keep_a_sentence_whole():
    from extract.text import split_sentences

    english = "Drones struck St. Andrew's church in Kyiv. Two people were hurt."
    ukrainian = "Уламки впали на вул. Шевченка в Одесі. Постраждалих немає."
    assert [s.text for s in split_sentences(english)] == [
        "Drones struck St. Andrew's church in Kyiv.", "Two people were hurt."
    ]
    assert [s.text for s in split_sentences(ukrainian)] == [
        "Уламки впали на вул. Шевченка в Одесі.", "Постраждалих немає."
    ]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_language_compiles_into_every_engine_grammar(code):
    # A phrase the engine requires and a language lacks fails here (KeyError), not on a report.
    from extract import casualties, clause_grammar, dates, numbers, places, scope, weapons

    for build in (casualties.grammar, clause_grammar.grammar, dates.grammar, numbers.grammar,
                  scope.grammar, weapons.grammar):
        assert build(code).language is get_language(code), build.__module__
    assert places.impact_words(code).impact.pattern
