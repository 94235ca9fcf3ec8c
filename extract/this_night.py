"""Which night a report of several days reports, when a weekday names an earlier one: the night
just gone, told by words of this night ("last night", "overnight") where the story says so.
extract.dates asks these when the weekday it would take falls before the publication day; the
engine asks `turns_to_this_night` where a paragraph dated to another day comes back to this night.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lang import get_language
from extract.text import Sentence
from extract.words import mentions as has_words
from extract.words import sentence_words


def last_night_of_a_run(
    text: str, spans: list[tuple[int, int]], night_run: re.Pattern[str] | None,
    this_night: re.Pattern[str] | None,
) -> tuple[int, int] | None:
    """ "A second night running … Last night, 65 drones …; on Thursday night, 48": a report of
    a run of nights that speaks of the night just gone reports that night, the last of the run;
    the weekday names an earlier one. The span of "last night" when so, else None."""
    if night_run is None or this_night is None:
        return None
    if not any(night_run.search(text, a, b) for a, b in spans):
        return None
    for a, b in spans:
        found = this_night.search(text, a, b)
        if found is not None:
            return found.start(), found.end()
    return None


def night_told_first(
    text: str, sentences: list[Sentence], spans: list[tuple[int, int]], first_weekday: int,
    same_day: re.Pattern[str], code: str,
) -> tuple[int, int] | None:
    """ "Russian drones hit Chernihiv overnight, injuring three. On Tuesday, a missile strike on
    the city killed seven.": a sentence telling of the night just gone (``same_day``: "overnight",
    "this morning"), in scope before any weekday is named, reports that night; a weekday named
    only after it, in a sentence naming a weapon, is another attack's day (the caller asks only
    for weekdays of days, not of nights). A weekday told with no weapon, "Ukraine on Saturday is
    commemorating …", may be the story's own day. The span of the night's words, else None."""
    weekday_sentence = next((s for s in sentences if s.start <= first_weekday < s.end), None)
    triggers = get_language(code).weapon_triggers
    if weekday_sentence is None or not has_words(sentence_words([weekday_sentence])[0], triggers):
        return None
    for a, b in spans:
        if b > first_weekday:
            return None
        found = same_day.search(text, a, b)
        if found is not None:
            return found.start(), found.end()
    return None


@cache
def _this_night_opener(code: str) -> re.Pattern[str] | None:
    phrases = get_language(code).phrases
    if "latest_attack_opener" not in phrases or "same_day" not in phrases:
        return None
    return re.compile(
        rf"^\W*(?:{phrases['same_day']}|{phrases['latest_attack_opener']})", re.IGNORECASE
    )


def turns_to_this_night(sentence: str, code: str) -> bool:
    """Whether a sentence opens with this night's words ("Overnight, …", "In the latest attack, …"):
    a paragraph that went back to another day ("On Monday, a strike on Odesa killed two.") comes
    back to the night reported there."""
    opener = _this_night_opener(code)
    return opener is not None and opener.match(sentence) is not None
