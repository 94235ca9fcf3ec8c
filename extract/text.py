"""Sentences with their character offsets, shared by every extraction module.

Every extracted value points back into the original text through (start, end) offsets, so
the splitter never rewrites the text: it only finds boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lang import LANGUAGE_CODES, get_language

# A boundary is end punctuation (optionally closed by a quote or bracket) followed by space
# and a capital/digit/quote, or a blank line. Abbreviations that end in a dot and are
# followed by a capital are protected below.
# A single line break before a capital also ends a sentence: headlines, datelines and captions
# carry no final punctuation, and a sentence wrapped mid-line continues in lower case.
# Every boundary begins with one of a few characters (the punctuation is matched, not looked
# behind at, and the boundary then starts at ``after``). The pattern opens with that one class and
# only then tells the alternatives apart, each by a look-behind at the character just taken: re
# skips ahead by a pattern's first character only when that is one class (or literals only), so
# the engine leaps over the letters between boundaries in C instead of trying five alternatives
# at every character. Spaces are not in that class (the engine would stop at every word): a line
# break after trailing spaces is a boundary from the first of those spaces, and is found at the
# line break (group ``line``, which reads what follows a break as the spaces' boundary did) and
# moved back over them in split_sentences.
_BOUNDARY = re.compile(
    r"""[.!?…\n](?:(?<=[.!?…])(?P<after>["'»”)\]]?\s+(?=[\"'«“(\[A-ZА-ЯІЇЄҐ0-9]))|(?<=\n)\s*\n"""
    r"""|(?<=\n)(?=\s*[-–—•*]\s)|(?<=\n)(?P<line>[ \t]*)(?=[\"'«“(A-ZА-ЯІЇЄҐ]))"""
)
_LINE_SPACES = " \t"
# the groups by number: a match's start by name looks the name up each time
_AFTER, _LINE = _BOUNDARY.groupindex["after"], _BOUNDARY.groupindex["line"]


@cache
def _abbreviations() -> re.Pattern[str]:
    """Every language's abbreviations (LanguageData.abbreviations) ending right before a boundary:
    the text is split before its language is known."""
    pieces = [piece for code in LANGUAGE_CODES for piece in get_language(code).abbreviations]
    return re.compile(r"\b(?:" + "|".join(pieces) + r")\.$" if pieces else "(?!)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and where it sits in the report."""

    start: int
    end: int
    text: str


# Prose sentences stay far below this; longer runs (tables, scraped junk, hostile input) are cut
# at whitespace so that no per-sentence step ever works on more than this many characters.
MAX_SENTENCE_CHARS = 1000


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping exact offsets; empty stretches are dropped."""
    sentences: list[Sentence] = []
    start = 0
    abbreviations = _abbreviations()
    for match in _BOUNDARY.finditer(text):
        after = match.start(_AFTER)
        cut = after if after >= 0 else match.start()
        if match.start(_LINE) >= 0:
            # the boundary began at the spaces that end the line, where the last one did not reach
            while cut > start and text[cut - 1] in _LINE_SPACES:
                cut -= 1
        # an abbreviation's dot ends the text before the cut (or precedes a line break that does)
        if "." in text[max(0, cut - 2) : cut] and abbreviations.search(text, max(0, cut - 12), cut):
            continue
        _append(sentences, text, start, cut)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        _append_trimmed(sentences, text, start, cut)
        start = cut
    _append_trimmed(sentences, text, start, end)


def _append_trimmed(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    # Trim surrounding whitespace without losing the offsets (str.strip takes what isspace calls
    # whitespace, in C: the offsets follow from how much each end lost).
    piece = text[start:end]
    trimmed = piece.strip()
    if trimmed:
        start += len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start, start + len(trimmed), trimmed))
