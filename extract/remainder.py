"""The rest told as lost: "Збито 31, решта — локаційно втрачені" (of 40 launched: 9 suppressed),
"остальные не достигли целей".

The words "the rest" with a verb of loss (language phrase ``remainder_lost``) give no number; the
suppressed figure is the launched total less the destroyed total, and only when both are exact,
the destroyed figure is told in that sentence or the one before it, and nothing else gave a
suppressed figure (extract.figures). "The rest of the drones" ("решта дронів", "остальные
дроны") is that class's rest, so the other class's untold fate does not keep it open. A language
without the phrase gets no such figure.
"""

from __future__ import annotations

from extract.anchors import may_match
from extract.clause_findings import ClauseFindings
from extract.clause_grammar import grammar
from extract.lang import phrase_pattern
from extract.text import Sentence


def note_remainder_lost(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """Keep where the first sentence in scope tells the rest as lost, for extract.figures."""
    pattern = phrase_pattern(code, "remainder_lost")
    if pattern is None:
        return
    # most reports hold none of the phrase's anchors anywhere: one look at the whole text spares a
    # search of every sentence in scope
    if not may_match(pattern, text):
        return
    for index in in_scope:
        s = sentences[index]
        match = pattern.search(text, s.start, s.end)
        if match is not None:
            findings.remainder_lost = (match.start(), match.end(), index)
            words = grammar(code).class_words
            named = {cls for cls, word in words if word.search(text, match.start(), match.end())}
            findings.remainder_class = named.pop() if len(named) == 1 else None
            return
