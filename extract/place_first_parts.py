"""Parts of a count told place first, beside extract.clauses' count-first parts.

"Над Київщиною збито 20, над Черкащиною – 15, над Полтавщиною – 10": a count told with its place
before it, then bare counts each after a place of its own and a dash, are parts of one figure; they
add up (45), where the first count alone (20) would be a wrong figure.
"""

from __future__ import annotations

import re
from functools import cache

from extract.clause_grammar import ClauseGrammar
from extract.text import Sentence
from extract.weapons import Mention

# after a part's count: its clause ends (a comma, a joiner, the sentence's end)
_PART_END = re.compile(r"\s*(?:[,.;)]|$|\s(?:та|і|й|и|а)\s)")


@cache
def _part_lead(place_part: str) -> re.Pattern[str]:
    """", над Черкащиною – " (with "а", "ще" allowed before the place): what stands between the
    count before and a part's bare count."""
    return re.compile(r"\s*,\s*(?:(?:а|ще|ещё|еще)\s+)*(?:" + place_part + r")[\w'’-]*"
                      r"(?:\s+[\w'’-]+){0,2}?\s*(?:[–—]|-(?=\s))\s*")


def add_place_first_parts(
    text: str, s: Sentence, quantities, mentions: list[Mention], g: ClauseGrammar
) -> None:
    """Add to a count told after its place the bare counts that follow it, each after a place of its
    own and a dash."""
    assert g.place_part is not None
    lead = _part_lead(g.place_part.pattern)
    for part_of in mentions:
        if part_of.value is None or part_of.singular or part_of.bound is not None:
            continue
        # the parts right after the count first: most counts have none, and then the sentence's
        # opening is not searched for a place
        parts = _parts_after(text, s, part_of.end, quantities, lead)
        if parts and g.place_part.search(text, s.start, part_of.start) is not None:
            part_of.value += sum(parts)


def _parts_after(text: str, s: Sentence, end: int, quantities, lead: re.Pattern[str]) -> list[int]:
    """The values of the bare counts that follow ``end`` one after another, each after a place of
    its own and a dash, its clause ending after it."""
    parts = []
    for q in quantities:
        if q.start < end or q.value is None or q.bound is not None:
            continue
        joined = lead.match(text, end, q.start)
        if joined is None or joined.end() != q.start or not _PART_END.match(text, q.end, s.end):
            break
        parts.append(q.value)
        end = q.end
    return parts
