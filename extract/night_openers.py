"""A date named as the evening that opened the night ("on the evening of June 7", "late on June 7",
"ввечері 7 червня", "вечером 7 июня", "from 6 p.m. on June 7", "з 18:00 7 червня",
"7 червня о 23:30"): the attack ended the next morning, the Air Force's reporting day, as SCHEMA
dates a night. Only the evening's words and clock times count here: "the night of 3 September"
names the night INTO the 3rd (a translation of "у ніч на 3 вересня") and keeps its day.

The wording is the language's (phrases "night_opens_before_date" and "night_opens_after_date");
a language without them opens no night.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from extract.lang import get_language

# How far before a date its evening's words may start ("from 6 p.m. Kyiv time on ").
OPENER_CHARS = 30


@cache
def _patterns(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    phrases = get_language(code).phrases
    before = phrases.get("night_opens_before_date")
    after = phrases.get("night_opens_after_date")
    return (
        re.compile(before, re.IGNORECASE) if before else None,
        re.compile(after, re.IGNORECASE) if after else None,
    )


def opens_night(
    text: str, start: int, end: int, date_start: int, date_end: int, code: str, read_after: bool = True
) -> bool:
    """Whether the date at text[date_start:date_end] (in the sentence text[start:end]) is named
    as an evening, by its words or an evening clock time just before it or, when ``read_after``,
    after it (not after a night's date: "у ніч на 7 червня, з 18:00 6 червня" starts that night)."""
    before, after = _patterns(code)
    if before is not None and before.search(text, max(start, date_start - OPENER_CHARS), date_start):
        return True
    return read_after and after is not None and after.match(text, date_end, end) is not None


def next_morning(evening: date, published: date | None) -> date:
    """The morning that ended the night an evening opened, unless that morning comes after the
    publication: a post from the same evening keeps its own day, as a weekday's evening does in
    extract.dates (its date cannot tell a late post from the next morning's report)."""
    morning = evening + timedelta(days=1)
    return morning if published is None or morning <= published else evening
