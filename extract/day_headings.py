"""A live page's day headings: a line that is only a day ("Monday, 1 December") heads the entries
under it, so a heading dated to another day than the attack's sets aside the entries that follow it,
up to the next line that dates itself ("Ukraine war live / Tuesday, 2 December / 08:10 - … /
Monday, 1 December / 19:20 - A missile strike on Chernihiv killed one": the last entry is Monday's)."""

from __future__ import annotations

import re

from extract.dates import find_dates, has_dates
from extract.scope import Scope
from extract.text import Sentence

# A heading's day in words and figures, with nothing else ("Monday, 1 December", "1 December 2025:")
_ONLY_CALENDAR_LEFT = re.compile(r"[\W\d_]*")
OTHER_DAY = "dated to another day"  # extract.engine's reason for a sentence of another day
# A day heading is short ("Wednesday, 26 November 2025"); past this it is a sentence
MAX_HEADING_CHARS = 40


def is_day_heading(text: str, sentence: Sentence, code: str) -> bool:
    """The sentence is a line of a day and nothing else: no word besides its date's."""
    if sentence.end - sentence.start > MAX_HEADING_CHARS:
        return False
    if "\n" not in text[max(0, sentence.start - 1) : sentence.start + 1] and sentence.start > 0:
        return False
    dates = find_dates(text, sentence.start, sentence.end, code)
    if not dates:
        return False
    left, pos = [], sentence.start
    for mention in dates:
        left.append(text[pos : mention.start])
        pos = max(pos, mention.end)
    left.append(text[pos : sentence.end])
    return _ONLY_CALENDAR_LEFT.fullmatch("".join(left)) is not None


def under_other_day_headings(
    text: str, sentences: list[Sentence], scope: Scope, code: str, words: list[str]
) -> None:
    """Set aside the entries under a day heading dated to another day, up to the next dated line."""
    if OTHER_DAY not in scope.background.values():
        return  # (most reports: no sentence of another day, so no heading of one)
    under = False
    for i, sentence in enumerate(sentences):
        if scope.background.get(i) == OTHER_DAY and is_day_heading(text, sentence, code):
            under = True
        elif has_dates(text, sentence, code, words[i]):
            under = False
        elif under and i not in scope.foreign and i not in scope.background:
            scope.background[i] = "under a heading dated to another day"
