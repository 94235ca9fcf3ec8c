"""Weekdays a sentence names that are not the attack's morning: the start of a span told to its end
("began shortly before midnight on Sunday and lasted until 05:00 on Monday"), a day told in universal
time beside the local one ("22:30 GMT on Thursday (01:30 local time on Friday)"), and a day beside
the one the sentence names as the attack's ("recovered on Thursday, raising the toll from
Wednesday's attack"), or beside "yesterday" told as the attack's ("Yesterday's attack on Sumy killed
two, officials said on Wednesday": the remark's day). Kept apart from extract.dates, which reads the
dates a report's text names; the wording is the language's (phrases "span_until",
"universal_time_before", "attack_after_weekday", "yesterday_attack")."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import Protocol, TypeVar

from extract.lang import get_language

# How far apart a span's two weekdays may be told ("on Sunday and lasted until about 05:00 on Monday")
MAX_SPAN_CHARS = 80
# How far before a weekday its time zone is told ("22:30 GMT on Thursday")
MAX_ZONE_CHARS = 12


class WeekdayMention(Protocol):
    """What is read of a date the text names (extract.dates.DateMention)."""

    weekday: int | None
    start: int
    end: int


Mention = TypeVar("Mention", bound=WeekdayMention)


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(code).phrases
    if any(name not in phrases for name in ("span_until", "universal_time_before", "attack_after_weekday")):
        return None
    return (re.compile(phrases["span_until"], re.IGNORECASE),
            re.compile(rf"(?:{phrases['universal_time_before']})$", re.IGNORECASE),
            re.compile(phrases["attack_after_weekday"], re.IGNORECASE))


@cache
def _yesterday_attack(code: str) -> re.Pattern[str] | None:
    phrase = get_language(code).phrases.get("yesterday_attack")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def drop_untold_weekdays(
    text: str, mentions: list[Mention], code: str = "en", sentence: tuple[int, int] | None = None
) -> list[Mention]:
    """One sentence's date mentions less a span's starting weekday (when the span ends on the next
    day), a weekday in universal time (when the sentence names a local one besides), and the
    weekdays beside one told as the attack's ("Wednesday's attack") or beside "yesterday's attack"
    in the ``sentence`` (its start and end in ``text``)."""
    patterns = _patterns(code)
    weekdays = [m for m in mentions if m.weekday is not None]
    yesterday = _yesterday_attack(code)
    if weekdays and sentence is not None and yesterday is not None and yesterday.search(text, *sentence):
        return [m for m in mentions if m.weekday is None]
    if patterns is None or len(weekdays) < 2:
        return mentions
    until, universal, attack = patterns
    dropped: set[int] = set()
    for first, second in pairwise(weekdays):
        assert first.weekday is not None and second.weekday is not None
        if (
            (second.weekday - first.weekday) % 7 == 1
            and second.start - first.end <= MAX_SPAN_CHARS
            and until.search(text, max(0, first.start - MAX_SPAN_CHARS), second.start) is not None
        ):
            dropped.add(first.start)
    in_universal = {
        m.start for m in weekdays if universal.search(text, max(0, m.start - MAX_ZONE_CHARS), m.start)
    }
    if len(in_universal) < len(weekdays):
        dropped |= in_universal
    # "raising the toll from Wednesday's attack to 28" beside "recovered on Thursday": the attack's day
    of_attack = {m.start for m in weekdays if attack.match(text, m.end)}
    if of_attack:
        dropped |= {m.start for m in weekdays if m.start not in of_attack}
    return [m for m in mentions if m.start not in dropped]
