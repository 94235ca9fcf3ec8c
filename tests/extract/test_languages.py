"""The language data modules: found by code, and every place-word table of the same shape."""

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
            if not name.isupper() or name.startswith("_") or name in {"CASE_FORMS", "EXTRA_OBLAST_FORMS"}:
                continue
            assert value is None or isinstance(value, str | tuple), (table.__name__, name)
            if isinstance(value, tuple):
                assert all(isinstance(word, str) for word in value), (table.__name__, name)
