"""Parts of a count told count first, each with its place: "21 Shaheds over Odesa region and 4 over
Mykolaiv region" (and "… на Одещині, ще 4 – над Миколаївщиною") count 25 drones, where the first
count alone would be a wrong figure (the parts told place first are extract.place_first_parts').
"""

from __future__ import annotations

import re

from extract.clause_grammar import ClauseGrammar
from extract.text import Sentence
from extract.weapons import Mention

_DASH_GAP = re.compile(r"\s*(?:[–—]|-(?=\s))?\s*")


def add_place_parts(text: str, s: Sentence, quantities, mentions: list[Mention], g: ClauseGrammar) -> None:
    """"21 Shaheds over Odesa region and 4 over Mykolaiv region", "… на Одещині, ще 4 – над
    Миколаївщиною": a bare count joined after a counted weapon and its place, and followed by a
    place of its own, is another part of the same count; it is added to that count. Where the
    language allows, parts may run on after commas ("22 over Kyiv Oblast, 14 over Chernihiv Oblast
    and 6 over Sumy Oblast") when a joiner closes the run; a run left open adds nothing."""
    assert g.place_part is not None and g.place_part_joiner is not None
    taken: set[int] = set()  # the starts of the counts read as parts (added or awaiting the run's close)
    run: list[int] = []  # comma-joined parts awaiting the joiner that closes their run
    for q in quantities:
        if q.value is None or any(m.start <= q.start < m.end for m in mentions):
            continue
        before = [m for m in mentions if m.end <= q.start]
        if not before:
            continue
        part_of = before[-1]
        between = [other for other in quantities if part_of.end <= other.start < q.start]
        last = (between[-1].start, between[-1].end) if between else (part_of.start, part_of.end)
        if (
            part_of.value is None
            or part_of.singular
            or part_of.weapon_class not in ("drone", "missile")
            or any(other.start not in taken for other in between)
            or not g.place_told(text, s.start, last, q.start)
            or g.clause_break.search(text, last[1], q.start) is not None
        ):
            continue
        joined = g.place_part_joiner.search(text, max(s.start, q.start - 16), q.start) is not None
        if not joined and not g.runs_on_comma(text, s.start, q.start):
            continue
        gap = _DASH_GAP.match(text, q.end, s.end)
        if gap is None or not g.place_part.match(text, gap.end(), s.end):
            continue
        taken.add(q.start)
        if not joined:
            run.append(q.value)
            continue
        part_of.value += q.value + sum(run)
        run = []
