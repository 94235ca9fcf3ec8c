"""is_attack_report: a Russian aerial attack on Ukraine with a count or a struck place.

By the time this runs, sentences about Russia downing Ukrainian drones or Ukraine striking
Russian refineries are already out of scope, so their figures never reach the record; what is
left must still name an attacker or a weapon in the sentences that count.
"""
from __future__ import annotations

import re
from functools import cache

from extract.lang import get_language
from extract.text import Sentence
from extract.weapons import has_weapon_words


@cache
def _attacker(code: str) -> re.Pattern[str]:
    lang = get_language(code)
    return re.compile(rf"\b(?:{'|'.join(lang.attacker_markers)})", re.IGNORECASE)


def names_weapon_or_attacker(text: str, sentences: list[Sentence], in_scope: list[int], code: str = "en") -> bool:
    """Some sentence that counts names the attacker or an aerial weapon (a TASS or NPR piece may
    say only "an S-300 missile hit" or "cruise missiles")."""
    pattern = _attacker(code)
    return any(pattern.search(text, sentences[i].start, sentences[i].end)
               or has_weapon_words(text, sentences[i].start, sentences[i].end, code) for i in in_scope)


def is_attack_report(has_figures: bool, has_casualties: bool, has_places: bool, attacker_named: bool) -> bool:
    """A report counts when it names the attacker and gives a figure, a casualty or a struck place."""
    return attacker_named and (has_figures or has_casualties or has_places)
