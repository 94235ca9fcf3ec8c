"""A date that names an earlier event, not the night reported.

"Russia's previous large attack, on May 31, killed 12" tells of that earlier attack: its sentence is
of another day, and its date is not the report's. "Russia launched 50 drones overnight, a week
after the June 1 attack" dates something else beside this night's own word ("overnight"): the date
is not read at all. Without this night's word in the sentence ("After the June 1 attack, Kyiv
declared mourning") such a date may be the attack reported, and is read as any other.

The wording is the language's (phrases "previous_event_before_date" and "reference_before_date");
a language without them reads every date as before.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lang import get_language

# How far before a date its event's words may start ("previous massive Russian attack, on ").
EVENT_CHARS = 50


@cache
def _patterns(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    phrases = get_language(code).phrases
    return tuple(  # type: ignore[return-value]
        re.compile(phrases[name], re.IGNORECASE) if name in phrases else None
        for name in ("previous_event_before_date", "reference_before_date")
    )


def earlier_event(
    text: str, start: int, end: int, date_start: int, code: str, this_night: re.Pattern[str]
) -> str | None:
    """ "previous" when the date at date_start (in the sentence text[start:end]) is an earlier
    attack's, "reference" when it names another event in a sentence that tells of this night
    (``this_night``: the language's same-day words), else None."""
    previous, reference = _patterns(code)
    window = max(start, date_start - EVENT_CHARS)
    if previous is not None and previous.search(text, window, date_start):
        return "previous"
    if (
        reference is not None
        and reference.search(text, window, date_start)
        and this_night.search(text, start, end)
    ):
        return "reference"
    return None
