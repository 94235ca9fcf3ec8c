"""Debris that fell and damaged nothing: "Debris fell in Pavlohrad, with no damage reported",
"… fell near Fastiv without causing damage", "Debris fell in Bucha. No damage was reported."

SCHEMA.md counts damage done by debris as impact, not debris alone. A sentence whose only impact
words are those of falling debris (the weak cues: debris, fell, wreckage …), and which says that
nothing was damaged, in itself or in the sentence right after it (opening with the denial and
naming no place), ties no place to impact. Any other impact word left once the denials are
blanked ("damaging a roof, but no one was hurt", "a fire broke out") keeps the places struck, and
a denial of casualties only ("with no casualties reported") says nothing of damage.
Only languages whose data gives the phrases "damage_denied" and "damage_denied_opening" are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from extract.lang import get_language
from extract.patterns import blank_match
from extract.place_names import PlaceMention
from extract.text import Sentence


class ImpactWords(Protocol):
    """The impact cues read here (extract.places.ImpactWords, which calls this module, has them)."""

    weak_impact: re.Pattern[str]
    impact: re.Pattern[str]
    destroy: re.Pattern[str]
    negated: re.Pattern[str]


@cache
def _grammar(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(language).phrases
    if "damage_denied" not in phrases or "damage_denied_opening" not in phrases:
        return None
    return (
        re.compile(phrases["damage_denied"], re.IGNORECASE),
        re.compile(phrases["damage_denied_opening"], re.IGNORECASE),
    )


def debris_without_damage(
    scanned: str,
    sentences: Sequence[Sentence],
    index: int,
    g: ImpactWords,
    language: str,
    mentions: Sequence[PlaceMention],
) -> bool:
    """Whether sentence ``index`` of ``scanned`` (the text, or its lower-cased twin that ``g``
    reads) tells only of debris that fell and damaged nothing. ``mentions``: the report's places
    (a denial opening a next sentence that names one is that place's)."""
    grammar = _grammar(language)
    if grammar is None:
        return False
    denied, opening = grammar
    sentence = sentences[index]
    body = scanned[sentence.start : sentence.end]
    if not g.weak_impact.search(body):
        return False
    said = denied.sub(blank_match, body)
    if said == body:
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if following is None or not opening.match(scanned, following.start, following.end):
            return False
        if any(following.start <= m.start < following.end for m in mentions):
            return False
    said = g.negated.sub(blank_match, said)
    return not (g.impact.search(said) or g.destroy.search(said))
