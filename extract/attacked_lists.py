"""Places told only as attacked: the attack's places when the report ties none to impact.

A national statement may give the night's toll ("seven killed and 47 injured") and name its
places only as a list that "came under attack" or "were attacked" ("the city of Kyiv, the Sumy
region and ten other regions were attacked"). When the report gives casualties or hit locations
and ties no place at all to impact, the toll happened among the listed places, and the list is
the attack's places. When any place is told as hit, the list is ignored: a list of regions
attacked is where the weapons flew, the places hit are where the impact was.

The list is the places named before the verb in its sentence, after any speaker's words ("Zelensky,
speaking in Lviv, said …" names no place of the list), in a sentence the report's scope keeps
and that is no claim of the side that attacked. Only a language whose data gives the phrase
"attacked_list" is read.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import cache

from extract.lang import get_language
from extract.place_names import PlaceMention, find_places
from extract.places import impact_words
from extract.text import Sentence


@cache
def _grammar(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(language).phrases
    if "attacked_list" not in phrases or "attacked_list_speech" not in phrases:
        return None
    return (
        re.compile(phrases["attacked_list"], re.IGNORECASE),
        re.compile(phrases["attacked_list_speech"], re.IGNORECASE),
    )


def attacked_list_places(
    text: str, sentences: Sequence[Sentence], skip: Container[int], language: str
) -> list[tuple[PlaceMention, int]]:
    """The places of every "were attacked" list in the sentences kept, with their sentence's
    index (as extract.places.struck_places gives them). Ask only when no place was struck."""
    grammar = _grammar(language)
    if grammar is None:
        return []
    verb, speech = grammar
    mentions = find_places(text)
    if not mentions:
        return []
    claim_or_background = impact_words(language).claim_or_background
    out: list[tuple[PlaceMention, int]] = []
    for index, sentence in enumerate(sentences):
        if index in skip:
            continue
        match = verb.search(sentence.text)
        if match is None or claim_or_background.search(sentence.text):
            continue
        before = sentence.text[: match.start()]
        said = [m.end() for m in speech.finditer(before)]
        first = sentence.start + (said[-1] if said else 0)
        cut = sentence.start + match.start()
        out += [(m, index) for m in mentions if first <= m.start < cut]
    return out
