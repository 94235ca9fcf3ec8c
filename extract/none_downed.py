"""A class counted as all of it hitting, or none of it downed: "all three missiles and 15 drones
hit targets", "all four ballistic missiles reached their targets", "neither missile was
intercepted".

The count told with "all" is the whole class: none of it was destroyed (a count of 0), and, where
the report counts no launch of that class, it is the class's launch count too. "Neither" counts
two. Only for a class with no destroyed count, and, where the class has a launch count, when that
count is the one told ("Russia fired three missiles … all three missiles hit"): a different one
may be a part of the attack ("all three missiles aimed at Lviv hit"), and then nothing is added.
(extract.lone_weapon reads the uncounted forms: "both missiles hit", "the missile was not
intercepted".)

A count of hits with no "all" ("Зафіксовано влучання 2 балістичних ракет та 18 БпЛА", "Hits by 2
missiles were recorded", "влучання балістичної ракети" after one launched) says the same only when
it is the class's launch count: it never gives a launch count of its own (groups ``hit_count`` and
``hit_noun``, or ``hit_one`` for a single weapon).
"""

from __future__ import annotations

import re

from extract.anchors import may_match
from extract.clause_findings import EXACT, ClauseFindings
from extract.figures import CLASS_FIELDS
from extract.lang import phrase_pattern
from extract.lone_weapon import CLASS_OF_NOUN, class_by_stem
from extract.numbers import parse_quantity
from extract.text import Sentence


def add_counted_none_downed(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """A destroyed count of 0 (and the launch count, where none is told) for a class told as all
    of its N weapons hitting, or as neither of two downed (language phrase ``counted_none_downed``,
    groups ``count`` and ``noun``, or ``neither``)."""
    pattern = phrase_pattern(code, "counted_none_downed")
    if pattern is None:
        return
    for i in in_scope:
        s = sentences[i]
        # (the pattern ignores case and opens with a word boundary: its anchors are asked first)
        if not may_match(pattern, text, s.start, s.end):
            continue
        for match in pattern.finditer(text, s.start, s.end):
            _add_none_downed(findings, match, i, code)


def _add_none_downed(findings: ClauseFindings, match: re.Match[str], sentence: int, code: str) -> None:
    named = match.groupdict()
    # (a count of hits: groups hit_count and hit_noun, or hit_one, a hit of one weapon)
    hits_only = bool(named.get("hit_count") or named.get("hit_one"))
    if named.get("neither"):
        noun, count = named["neither"], 2
    elif named.get("hit_one"):
        noun, count = named["hit_one"], 1
    else:
        quantity = parse_quantity(named.get("hit_count") or named.get("count") or "", code)
        if quantity is None or quantity.value is None or quantity.bound is not None:
            return
        noun, count = named.get("hit_noun") or named["noun"], quantity.value
    cls = CLASS_OF_NOUN.get(noun.lower().removesuffix("s")) or class_by_stem(noun.lower())
    if cls is None or (count < 2 and not hits_only):
        return
    launched, destroyed = CLASS_FIELDS[cls]
    if any(c.field == destroyed for c in findings.candidates):
        return  # the class's fate is told otherwise: this may be a part of it
    launches = [c for c in findings.candidates if c.field == launched]
    if hits_only and not launches:
        return  # hits of N weapons out of a number not told
    if launches:
        best = min(c.priority for c in launches)
        if {c.value for c in launches if c.priority == best} != {count}:
            return  # the count told is not the class's launch count: a part of the attack
        priority = best
    else:
        priority = EXACT
        findings.add(launched, count, None, EXACT, match.start(), match.end(), sentence)
    findings.add(destroyed, 0, None, priority, match.start(), match.end(), sentence)
