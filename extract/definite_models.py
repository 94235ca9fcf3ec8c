"""A model counted once as one, named again with "the" as shot down: "Russia fired two Kh-22
missiles, one Kinzhal and 50 drones … Air defences shot down the Kinzhal and 41 drones".

The model named with "the" after a verb of shooting down (or before "was shot down") is the one
weapon of that model launched: one of its class was destroyed. Only where the model was counted
once, as one, and its class has no destroyed count told (one would be that count, or part of it);
extract.lone_weapon reads "the missile" by its class noun.
"""

from __future__ import annotations

from extract.anchors import may_match
from extract.clause_findings import EXACT, ClauseFindings
from extract.figures import CLASS_FIELDS
from extract.lang import phrase_pattern
from extract.text import Sentence
from extract.weapons import models_named


def add_definite_model_downed(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """A destroyed count of one for "the <model>" shot down, the model launched once as one
    (language phrase ``definite_model_downed``, groups ``name`` and ``name_before``)."""
    pattern = phrase_pattern(code, "definite_model_downed")
    if pattern is None:
        return
    launched = [m for m, role, _ in findings.weapons if role == "launched" and m.model]
    if not any(m.value == 1 for m in launched):
        return  # (most reports: no model launched as one, no sentence read)
    for i in in_scope:
        s = sentences[i]
        # (the pattern ignores case and opens with a word boundary: its anchors are asked first)
        if not may_match(pattern, text, s.start, s.end):
            continue
        for match in pattern.finditer(text, s.start, s.end):
            group = "name" if match.group("name") is not None else "name_before"
            named = models_named(text, match.start(group), match.end(group), code)
            if len(named) != 1:
                continue
            model, _, cls = named[0]
            counts = [m for m in launched if m.model == model]
            if cls not in CLASS_FIELDS or len(counts) != 1 or counts[0].value != 1:
                continue
            destroyed = CLASS_FIELDS[cls][1]
            if any(c.field == destroyed for c in findings.candidates):
                continue  # the class's destroyed count is told: this may be part of it
            findings.add(destroyed, 1, None, EXACT, match.start(), match.end(), i)
