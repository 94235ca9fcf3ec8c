"""Datelines and prose: whether a stretch of a page is a sentence of its story or a line that only
dates it ("8 червня 2025, 10:20", "By Staff Reporter, May 3, 2024", "08.06.2025 10:20"), and the
page's own dateline when no publication date is given (kept apart from extract.dates, which reads
the dates a report's text names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Protocol

from extract.calendar_days import in_year, valid_day
from extract.lang import LanguageData, get_language

# A prose sentence has this many words at least besides calendar words (a dateline, "08 Sep 2023",
# "By Staff Reporter, May 3, 2024", "Olena Kovalenko — Friday, 3 May 2024", has fewer).
MIN_PROSE_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOCK = re.compile(r"\b[0-2]?\d:[0-5]\d\b")  # a dateline's or byline's time


class DatedMention(Protocol):
    """What a dateline needs of a date the text names (extract.dates.DateMention)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None


def is_prose(text: str, start: int, end: int, language: LanguageData) -> bool:
    """A sentence of prose, not a dateline or byline: no clock time, and words enough besides the
    calendar's."""
    if _CLOCK.search(text, start, end):
        return False
    calendar = language.months.keys() | language.weekdays.keys()
    words = [w for w in _WORD.findall(text, start, end) if w.lower() not in calendar]
    return len(words) >= MIN_PROSE_WORDS


def header_dateline(
    text: str, mentions: Iterable[DatedMention], language: LanguageData, header_chars: int
) -> tuple[date, int, int] | None:
    """The page's dateline: the first full date among the mentions, in the first header_chars, on
    a line that is no prose sentence ("8 червня 2025, 10:20", "June 8, 2025"), with its span."""
    for m in mentions:
        if m.start >= header_chars:
            return None
        if m.year is None or m.month is None or m.day is None or not valid_day(m.year, m.month, m.day):
            continue
        line_end = text.find("\n", m.end)
        line_start = text.rfind("\n", 0, m.start) + 1
        if is_prose(text, line_start, len(text) if line_end < 0 else line_end, language):
            return None
        return date(m.year, m.month, m.day), m.start, m.end
    return None


@cache
def _wire_dateline(code: str) -> re.Pattern[str] | None:
    phrases = get_language(code).phrases
    if "wire_dateline_after" not in phrases:
        return None
    return re.compile(phrases["wire_dateline_after"], re.IGNORECASE)


# A wire story's dateline opens its line: the place in capitals, a comma ("KYIV, Nov 20 (Reuters) -")
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]{1,30},\s*(?:[A-Z][a-z]+,\s*)?")


def wire_dateline(
    text: str, mentions: Iterable[DatedMention], published: date, code: str
) -> tuple[date, int] | None:
    """A wire story's dateline ("KYIV, Nov 20 (Reuters) -") within a day of publication: the
    story's own day, against which its weekdays are read (no attack's date), with its start."""
    after = _wire_dateline(code)
    if after is None:
        return None
    for m in mentions:
        if m.month is None or m.day is None or after.match(text, m.end) is None:
            continue
        if _DATELINE_PLACE.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start) is None:
            continue
        day = in_year(published, m.month, m.day, m.year)
        if day is not None and abs((day - published).days) <= 1:
            return day, m.start
    return None
