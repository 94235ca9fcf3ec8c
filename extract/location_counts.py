"""Counts of struck locations and of places where debris fell, as a statement gives them ("hits
were recorded at 14 locations", "debris fell at 33 sites"): candidates for hit_locations and
debris_locations (:mod:`extract.clauses` asks once per sentence).
"""

from __future__ import annotations

import re

from extract.clause_findings import EXACT, ClauseFindings
from extract.clause_grammar import ClauseGrammar
from extract.numbers import Quantity
from extract.text import Sentence

_NOTHING = re.compile("")
_DASH = re.compile(r"\s*(?:[–—]|-(?=\s))\s*")


def _dash_then_kind(text: str, pos: int, end: int, g: ClauseGrammar) -> bool:
    """Whether a dash and a kind of location ("падіння уламків") follow a count at ``pos``."""
    dash = _DASH.match(text, pos, end)
    return dash is not None and g.location_keyword.match(text, dash.end(), end) is not None


def location_counts(
    text: str, s: Sentence, index: int, quantities: list[Quantity], findings: ClauseFindings, g: ClauseGrammar
) -> set[str]:
    """'struck 14 locations' -> hit_locations; 'debris fell at 33 sites' -> debris_locations: the
    candidates found in one sentence, and which kinds of location it counts."""
    kinds: set[str] = set()
    previous_end = s.start
    for q in quantities:
        if q.value is None and not q.implausible:
            continue
        noun = g.location.match(text, q.end, s.end)
        if noun is None and previous_end > s.start and g.location_others is not None:
            # "strikes were recorded at 16 locations and debris fell at 11 others"
            noun = g.location_others.match(text, q.end, s.end)
        if (noun is None and previous_end > s.start and g.location_ellipsis is not None
                and g.location_ellipsis.search(text, max(previous_end, q.start - 12), q.start)
                and (g.clause_end.match(text, q.end, s.end) or _dash_then_kind(text, q.end, s.end, g))):
            # "… на 12 локаціях, падіння уламків – ще на трьох"; "…, на 3 – падіння уламків"
            noun = _NOTHING.match(text, q.end)
        if (noun is None and previous_end == s.start and g.location_more is not None
                and g.location_more.search(text, max(s.start, q.start - 12), q.start)
                and g.location_keyword.search(text, s.start, q.start)
                and g.clause_end.match(text, q.end, s.end)
                and any(c.sentence == index - 1 and c.field.endswith("_locations")
                        for c in findings.candidates)):
            # "… на 8 локаціях. Уламки впали ще на двох.": the sentence's kind of location, more of
            # the locations the sentence before counted
            noun = _NOTHING.match(text, q.end)
        if noun is None:
            continue
        keywords = list(g.location_keyword.finditer(text, previous_end, q.start))
        kind = keywords[-1].lastgroup if keywords else None
        passive = g.location_passive.match(text, noun.end(), s.end) if g.location_passive else None
        own = g.location_keyword.match(text, passive.end(), s.end) if passive is not None else None
        if own is not None:  # "… 84 were downed, and 16 locations were hit": its own verb
            kind = own.lastgroup
        if kind is None:
            after = g.location_keyword.search(text, noun.end(), min(s.end, noun.end() + 60))
            kind = after.lastgroup if after else None
        previous_end = noun.end()
        if kind:
            kinds.add(kind)
        if kind not in ("debris", "hit"):
            continue
        name = f"{kind}_locations"
        if q.value is None:
            findings.implausible.append((name, q.start, noun.end(), index))
        else:
            findings.add(name, q.value, q.bound, EXACT, q.start, noun.end(), index)
    return kinds
