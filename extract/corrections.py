"""A report that corrects its own figure ("initially said 59 drones had been launched, but later
corrected the figure to 52"): the corrected count outranks every candidate, the superseded one
yields to any other (:mod:`extract.clauses` asks for a sentence holding a correction word).
"""

from __future__ import annotations

from extract.clause_findings import CORRECTED, SUPERSEDED, ClauseFindings
from extract.clause_grammar import ClauseGrammar
from extract.numbers import find_quantities
from extract.text import Sentence


def apply_corrections(
    text: str, s: Sentence, index: int, findings: ClauseFindings, first: int, g: ClauseGrammar
) -> None:
    """"initially said 59 drones had been launched, but later corrected the figure to 52": the
    corrected count replaces the figure counted last, and the initial one yields to any other."""
    if g.superseded is not None:
        for candidate in findings.candidates[first:]:
            if g.superseded.search(text, s.start, candidate.start):
                candidate.priority += SUPERSEDED
    if g.correction is None:
        return
    for q in find_quantities(text, s.start, s.end, g.language.code):
        window = max(s.start, q.start - 60)
        if q.value is None or not g.correction.search(text, window, q.start):
            continue
        if g.correction_not_of is not None and g.correction_not_of.search(text, window, q.start):
            continue  # "the death toll was revised to 9": people, not weapons
        before = [c for c in findings.candidates if c.sentence < index or c.start < q.start]
        if before and g.correction_not_of is not None and g.correction_not_of.search(
            text, before[-1].end, q.start
        ):
            continue  # "…, injuring 15. Officials later revised the figure to 12": the people told last
        if before:
            findings.add(before[-1].field, q.value, q.bound, CORRECTED, q.start, q.end, index)
