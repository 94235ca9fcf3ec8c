"""A count listed after "N of the M" and told as launched by a relative clause.

"Gunners destroyed 17 of the 19 Kalibrs and also four Shaheds which the enemy fired from the
sea": the partitive gives the missiles' whole, and the relative clause closing the list says
what was fired, so the four drones are both the drones downed and the drones launched (had some
drones come through, the list would give them their own "N of the M" too). Without that
relative clause ("destroyed 17 of the 19 Kalibrs and four Shaheds") nothing is added: the four
drones downed say nothing of how many came.
"""

from __future__ import annotations

from extract.clause_findings import DERIVED, Candidate, ClauseFindings
from extract.figures import CLASS_FIELDS
from extract.lang import phrase_pattern
from extract.text import Sentence


def add_listed_wholes(findings: ClauseFindings, text: str, sentences: list[Sentence], code: str) -> None:
    """Add a launch count equal to a destroyed count listed after another class's "N of the M"
    when the list closes on a relative clause of launching (see the module's docstring)."""
    relative = phrase_pattern(code, "launch_relative")
    if relative is None:
        return
    by_field: dict[str, list[Candidate]] = {}
    for c in findings.candidates:
        by_field.setdefault(c.field, []).append(c)
    for cls, (launched, destroyed) in CLASS_FIELDS.items():
        if by_field.get(launched) or len(by_field.get(destroyed, [])) != 1:
            continue
        downed = by_field[destroyed][0]
        if downed.singular or downed.bound is not None:
            continue
        other_launched, other_destroyed = next(
            pair for other, pair in CLASS_FIELDS.items() if other != cls
        )
        # the other class's partitive before it in the same sentence: "21 of the 23 missiles"
        partitive = any(
            whole.sentence == downed.sentence
            and part.sentence == downed.sentence
            and part.end <= whole.start
            and whole.end <= downed.start
            and part.value < whole.value
            for whole in by_field.get(other_launched, [])
            for part in by_field.get(other_destroyed, [])
        )
        end = sentences[downed.sentence].end
        if partitive and relative.match(text, downed.end, end):
            findings.candidates.append(
                Candidate(launched, downed.value, None, DERIVED, downed.start, downed.end, downed.sentence)
            )
