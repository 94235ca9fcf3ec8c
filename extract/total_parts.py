"""Parts of a total told in the sentence after it: "Russia launched 120 drones and missiles. Of these,
95 were attack drones." The counts that name a class through a copula are that total's classes;
with one class told, the other class is the rest. Read by extract.clauses where a sentence opens "Of these".
"""

from __future__ import annotations

from extract.clause_findings import DERIVED, EXACT, ROLE_FIELDS, ClauseFindings
from extract.clause_grammar import ClauseGrammar
from extract.text import Sentence


def add_parts_of_total_before(
    text: str, s: Sentence, index: int, quantities, findings: ClauseFindings, g: ClauseGrammar
) -> None:
    """"Of these, 38 were attack drones": counts that name a class through a copula are the
    classes of the total an earlier sentence stated last; the class left out is the rest."""
    total = None
    for candidate in reversed(findings.candidates):
        if candidate.sentence == index:
            continue
        if candidate.field in ("total_launched", "total_destroyed"):
            total = candidate
        break  # after a count of one class, its parts are types ("30 of them Shaheds"), not classes
    if total is None:
        return
    role = "launched" if total.field == "total_launched" else "destroyed"
    parts: dict[str, tuple[int, int, int]] = {}
    for q in quantities:
        copula = g.copula_class.match(text, q.end, s.end)
        if q.value is None or copula is None:
            continue
        cls = next((c for c, word in g.class_words if word.fullmatch(copula.group("noun"))), None)
        if cls is not None and cls not in parts:
            parts[cls] = (q.value, q.start, copula.end())
    for cls, (value, start, end) in parts.items():
        findings.add(ROLE_FIELDS[(role, cls)], value, None, EXACT, start, end, index)
    if len(parts) == 1 and total.bound is None:
        ((cls, (value, start, end)),) = parts.items()
        if total.value > value:
            other = "drone" if cls == "missile" else "missile"
            findings.add(ROLE_FIELDS[(role, other)], total.value - value, None, DERIVED, start, end, index)
