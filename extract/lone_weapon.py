"""One weapon downed, and nothing else counted: the report's whole attack was that weapon.

"Air defence neutralised an enemy drone over Lviv" as a report's only count tells of one drone
launched as well as one downed (SCHEMA.md's "all 14 drones were shot down" with a count of one).
Not when the sentence puts the weapon inside a larger attack ("shot down a missile during an
attack on Kyiv"), nor when the report speaks of weapons in the plural, counts any other, or calls
the attack massive: then one downed says nothing of how many came.
"""

from __future__ import annotations

import re
from functools import cache

from extract.clause_findings import SINGULAR, Candidate, ClauseFindings
from extract.figures import CLASS_FIELDS
from extract.lang import get_language
from extract.text import Sentence


@cache
def _within_attack(code: str) -> re.Pattern[str] | None:
    phrase = get_language(code).phrases.get("within_attack")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def add_lone_launch(findings: ClauseFindings, text: str, sentences: list[Sentence], code: str) -> None:
    """Add a launch count of one beside a lone weapon downed, when it is the report's only count
    (a language without the ``within_attack`` phrase gets no such count)."""
    within = _within_attack(code)
    if within is None or findings.barrage or findings.plural_classes or findings.vague_classes:
        return
    candidates = findings.candidates
    if len(candidates) != 1 or not candidates[0].singular:
        return
    downed = candidates[0]
    launched = next((pair[0] for pair in CLASS_FIELDS.values() if pair[1] == downed.field), None)
    if launched is None or len(findings.mentioned_classes & set(CLASS_FIELDS)) != 1:
        return
    s = sentences[downed.sentence]
    if within.search(text, s.start, s.end):
        return
    candidates.append(
        Candidate(
            launched, 1, None, SINGULAR, downed.start, downed.end, downed.sentence, singular=True
        )
    )
