"""Each sentence's words, lower-cased, computed once per report.

Modules ask ``mentions(words, prefixes)`` before running their patterns on a sentence: one
anchored regex over a sentence's words is far cheaper than an alternation over the
text, and most sentences of a news story (quotes, diplomacy) carry none of a module's words.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from extract.patterns import literal_alternation
from extract.text import Sentence

_WORD = re.compile(r"[^\W_][\w'’-]*")


def sentence_words(sentences: list[Sentence]) -> list[str]:
    """For each sentence, its lower-cased words, each after a line break ("\\nword").

    A word told twice stays twice: every reader asks only whether some word begins a certain way,
    and a set to drop the repeats cost more than the few percent longer text it spared the gates."""
    return ["\n" + "\n".join(_WORD.findall(s.text.lower())) for s in sentences]


@cache
def prefix_gate(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A compiled test for "some word starts with one of these": ``gate.search(words)``."""
    return _prefix_pattern(prefixes)


@cache
def _prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    # A word starts after a line break: the literal "\n" leads the pattern, so the engine leaps
    # from one word to the next (a "^" with re.MULTILINE is tried at every character).
    return re.compile("\n(?:" + literal_alternation(prefixes) + ")")


# The callers pass the same few tuples of a language's data again and again: found by identity,
# not by hashing every prefix on each call (the entry keeps the tuple alive, so its id is its own).
_PATTERNS_BY_ID: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
MAX_PATTERNS_BY_ID = 4096


def mentions(words: str, prefixes: tuple[str, ...]) -> bool:
    """True when some word starts with one of the prefixes (always True without prefixes)."""
    if not prefixes:
        return True
    entry = _PATTERNS_BY_ID.get(id(prefixes))
    if entry is None or entry[0] is not prefixes:
        if len(_PATTERNS_BY_ID) >= MAX_PATTERNS_BY_ID:
            _PATTERNS_BY_ID.clear()
        entry = _PATTERNS_BY_ID[id(prefixes)] = (prefixes, _prefix_pattern(prefixes))
    return entry[1].search(words) is not None


_APOSTROPHE = re.compile("['’]")


def word_begins(gate: re.Pattern[str], words: str, sentence: str) -> bool:
    """Whether a word of the sentence (``words``, from :func:`sentence_words`), or a stretch right
    after an apostrophe inside one ("l'Yeysk"), begins with one of the gate's prefixes: where a
    phrase that begins a word can begin at all."""
    if gate.search(words) is not None:
        return True
    if "'" not in sentence and "’" not in sentence:
        return False
    return gate.search("\n" + "\n".join(_APOSTROPHE.split(sentence.lower())[1:])) is not None


_TOKEN_CHARACTER = re.compile(r"[\w'’-]")
# Items that take no characters (a word boundary, a look-behind or look-ahead) before a lead
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def word_start_gate(alternatives: tuple[str, ...]) -> re.Pattern[str] | None:
    """A test over a sentence's words (:func:`sentence_words`) that finds something wherever
    ``\\b(?:alternatives)``, ignoring case, may match in the sentence, read lower-cased where it
    reads the same (extract.caseless.lower_case_twin); None when some alternative does not open
    with a letter or digit.

    Such a match starts where a word starts, or inside one right after a hyphen or an apostrophe
    ("pro-kursk"); it opens with its alternative's plain leading letters, cut where a word would
    end (a word boundary or look-around opening an alternative takes no characters: the letters
    after it are its lead). The words are "\\nword" lines: the gate is that cut start after a line
    break, a hyphen or an apostrophe. Where it finds none the pattern has no match, so a module
    reads a sentence's words once instead of the sentence with a long alternation."""
    starts = set()
    for alternative in alternatives:
        lead = []
        for op, arg in sre_parse.parse(alternative, re.IGNORECASE).data:
            if not lead and op in _ZERO_WIDTH:
                continue  # "\\bnone", "(?<=ої )ракети": the letters after it still open the match
            if op is not sre.LITERAL or not _TOKEN_CHARACTER.fullmatch(chr(arg)):
                break
            lead.append(chr(arg).lower())
        if not lead or not re.fullmatch(r"[^\W_]", lead[0]):
            return None
        starts.add("".join(lead))
    return re.compile("[\n'’-](?:" + literal_alternation(starts) + ")") if starts else None
