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


def test_own_letters_are_counted_as_their_pattern_finds_them():
    # detect_language counts a plain class of letters ("[іїєґ]") with str.count: the same count
    # as the pattern's matches, in text holding them as capitals, twice running and beside others
    from extract.lang import _detection_by_script, _own_letters

    text = "у ніч на 5 квітня ворог їхав, є ґанок; ЇЄ ще раз — ії, ыэъё, жилое, такая, его и они".lower()
    detectors = [d for script in _detection_by_script().values() for d in script]
    assert any(isinstance(letters, str) for _, letters, _ in detectors)
    for code, letters, _ in detectors:
        own = get_language(code).own_letters
        expected = len(re.findall(own, text)) if own else 0
        assert _own_letters(text, letters) == expected, code


def test_small_words_are_counted_as_among_all_the_words_of_the_sample():
    # detect_language reads the small words from space-parted pieces where it can: the counts must
    # be those over every word _WORD finds (punctuation, quotes, hyphens, apostrophes, digits)
    from extract.lang import _WORD, _detection_by_script, _sample_words, _small_words_are_letters

    text = (
        "Вночі (і вдень) ворог атакував місто: «що далі?» — та, як і вчора, з 12-ї години; "
        "п'ять дронів,і ще 3 ракети.Уночі ж — ніч-на-пролет, и что, это он?! и/или с-утра"
    ).lower()
    assert _small_words_are_letters("cyrillic")
    for _, _, common in _detection_by_script()["cyrillic"]:
        expected = sum(map(common.__contains__, _WORD.findall(text)))
        assert expected > 5
        assert sum(map(common.__contains__, _sample_words(text, "cyrillic"))) == expected


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
