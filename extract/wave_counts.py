"""Launches told wave by wave: "45 drones in the first wave and 30 in the second", "The first wave
included 45 drones; the second, 30", "17 in the first attack and 14 in the second".

Each count told beside an ordinal wave (language phrases ``wave_after`` right after the count,
``wave_before`` right before it, each with a group ``ord`` naming the wave) is a part of the
night's figure. With two waves or more, each told once, the parts add up: a candidate of the sum,
where the first wave's count alone was taken (a wrong figure). The parts the clauses read must
all be of one field, a class's launches or shoot-downs (a total, or two fields, stops the rule);
a part with no figure of its own (a bare "30") is of that field, or, when no part has one, of the
launches of the report's one class, when it names one only and the parts' sentences' verbs are
all of launching.
"""

from __future__ import annotations

from extract.clause_findings import EXACT, SUPERSEDED, ClauseFindings
from extract.clause_grammar import grammar
from extract.lang import phrase_pattern, phrase_words
from extract.numbers import Quantity, find_quantities
from extract.text import Sentence
from extract.words import mentions as has_words

# the fields a wave's count may take: a class's launches or shoot-downs ("In the first wave, 40 were
# shot down, and in the second, 25")
_WAVE_FIELDS = ("drones_launched", "missiles_launched", "drones_destroyed", "missiles_destroyed")
_LAUNCHED = {"drone": "drones_launched", "missile": "missiles_launched"}


def add_wave_totals(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str,
    words: list[str],
) -> None:
    """Add the sum of the waves' counts as the candidate of their field, the parts set back
    (``words``: each sentence's words, extract.words.sentence_words)."""
    after, before = phrase_pattern(code, "wave_after"), phrase_pattern(code, "wave_before")
    ordinals = phrase_words(code, "wave_ordinals")
    if after is None or before is None or not ordinals:
        return
    parts: dict[str, tuple[Quantity, int]] = {}
    for i in in_scope:
        s = sentences[i]
        if not has_words(words[i], ordinals):
            continue
        for q in find_quantities(text, s.start, s.end, code):
            wave = after.match(text, q.end, s.end) or before.search(text, max(s.start, q.start - 80), q.start)
            if q.value is None or q.bound is not None or wave is None:
                continue
            ordinal = wave.group("ord").lower()
            if ordinal in parts:
                return  # a wave told twice: its counts may be of different things
            parts[ordinal] = (q, i)
    if len(parts) < 2:
        return
    told = [c for c in findings.candidates if any(c.start == q.start for q, _ in parts.values())]
    fields = {c.field for c in told}
    if len(fields) > 1 or not fields <= set(_WAVE_FIELDS):
        return  # parts of two classes or fates, or a part read as a total
    field = fields.pop() if fields else _only_class_launched(findings, text, sentences, parts, code)
    if field is None:
        return
    for candidate in told:
        candidate.priority = max(candidate.priority, SUPERSEDED)
    first, last = min(q.start for q, _ in parts.values()), max(q.end for q, _ in parts.values())
    sentence = min(i for _, i in parts.values())
    total = sum(q.value or 0 for q, _ in parts.values())
    findings.add(field, total, None, EXACT, first, last, sentence)


def _only_class_launched(
    findings: ClauseFindings, text: str, sentences: list[Sentence], parts: dict[str, tuple[Quantity, int]],
    code: str,
) -> str | None:
    """The launches of the report's one class, when the parts' sentences tell only of launching."""
    named = findings.mentioned_classes & set(_LAUNCHED)
    if len(named) != 1:
        return None
    g = grammar(code)
    for i in {i for _, i in parts.values()}:
        roles = {v.lastgroup for v in g.verbs_in(text, sentences[i].start, sentences[i].end)}
        if roles != {"launched"}:
            return None
    return _LAUNCHED[named.pop()]
