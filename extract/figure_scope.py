"""The SCOPE of a figure: the whole attack (the national statement's count) or one place's ("14
drones were downed over the Kyiv region", "All 10 drones fired at Kyiv were intercepted", a
governor's count "over the region").

A sentence's figures are one place's when the sentence names exactly one Ukrainian place and ties
its figures to it with a preposition ("over/at/on/in … Kyiv") or names it as the speaker's
("Poltava regional governor"), or points back to "the region"/"the city"; the last two are firm
(the figure is that place's count), a preposition alone is not (a reporter writes "Russia fired 40
missiles at Kyiv" of the whole attack). A sentence naming several places is a national
statement's list ("over the Sumy, Kharkiv and Poltava regions").
Only languages whose data gives the phrases are read; others give no scope.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lang import get_language
from extract.place_names import find_places
from extract.text import Sentence

# A place's name scopes a figure when one of these stands this close before it.
BEFORE_CHARS = 30


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(code).phrases
    names = ("scope_before_place", "scope_after_place", "scope_back_reference")
    if not all(name in phrases for name in names):
        return None
    before, after, back = (phrases[name] for name in names)
    return (
        re.compile(rf"(?:{before})\s+$", re.IGNORECASE),
        re.compile(rf"\s*(?:{after})", re.IGNORECASE),
        re.compile(back, re.IGNORECASE),
    )


def place_scope(text: str, sentence: Sentence, code: str = "en") -> tuple[str | None, bool]:
    """The place a sentence's figures belong to (a canonical place name, or "the region" when it
    only points back to one), or None for the whole attack; and whether the sentence says so
    firmly: a place's official speaking or "over the region" (firm), against a place merely
    named after a preposition ("at Kyiv", which a reporter also writes of the whole attack)."""
    patterns = _patterns(code)
    if patterns is None:
        return None, False
    before, after, back = patterns
    places = find_places(sentence.text)
    named = {p.name for p in places}
    if len(named) > 1:
        return None, False
    pointed_back = back.search(sentence.text) is not None
    if not places:
        return ("the region", True) if pointed_back else (None, False)
    for place in places:
        if after.match(sentence.text, place.end) or pointed_back:
            return place.name, True
        if before.search(sentence.text[max(0, place.start - BEFORE_CHARS) : place.start]):
            return place.name, False
    return None, False
