"""Place names written in lower case ("drones struck kyiv overnight") made capitals before reading.

The name reader (extract.name_scan) takes a place only from a capitalised word: a lower-case word
is an ordinary one. Some reports (messenger posts, scraped pages) write the best-known names in
lower case; the languages list them (place_words_<code>.LOWER_CASE_NAMES) and they are given their
capitals here, letter for letter, so every offset stays the same and the evidence still shows the
caller's text (extract.invisible.point_to_original). A name inside an address, a handle or a
hashtag ("kyivindependent.com", "/kyiv-attack", "#kyiv") is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lang import all_place_words
from extract.patterns import literal_alternation


@cache
def _listed() -> tuple[str, ...]:
    listed = {name for table in all_place_words() for name in table.LOWER_CASE_NAMES}
    return tuple(sorted(listed, key=len, reverse=True))


@cache
def _lower_case_names() -> re.Pattern[str] | None:
    names = _listed()
    if not names:
        return None
    alternation = "|".join(re.escape(name).replace(r"\ ", " ") for name in names)
    # not after a letter, digit or a character of an address; not before one, nor before a
    # hyphen, slash, underscore or a dot that goes on with a letter ("kyiv.ua")
    return re.compile(rf"(?<![\w/.@#_\-])(?:{alternation})(?![\w\-/_@]|\.\w)")


@cache
def _listed_in_ascii() -> re.Pattern[bytes] | None:
    """The listed names (all in ASCII) as one alternation over bytes, or None when some is not."""
    names = _listed()
    if not names or not all(name.isascii() for name in names):
        return None
    return re.compile(literal_alternation(names).encode("ascii"))


def capitalised_place_names(text: str) -> str:
    """``text`` with the listed place names in lower case given their capitals (same length)."""
    # a plain test for the names first: most texts hold none of them in lower case. A text mostly
    # in another script (Ukrainian, Russian) is asked through its few ASCII characters, kept in
    # order: a name there is in them too (one scan of a short string, where a search for each name
    # reads the whole text); English text, through a substring test per name, quicker on it than
    # one alternation.
    in_ascii = _listed_in_ascii()
    ascii_part = text.encode("ascii", "ignore") if in_ascii is not None else b""
    if in_ascii is not None and len(ascii_part) * 2 < len(text):
        if in_ascii.search(ascii_part) is None:
            return text
    elif not any(name in text for name in _listed()):
        return text
    pattern = _lower_case_names()
    if pattern is None or pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: _capitalised(m.group()), text)


def _capitalised(name: str) -> str:
    """ "kryvyi rih" -> "Kryvyi Rih", "ivano-frankivsk" -> "Ivano-Frankivsk"."""
    return re.sub(r"(^|[ -])([a-z])", lambda m: m.group(1) + m.group(2).upper(), name)
