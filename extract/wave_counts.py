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
    told: list[tuple[str, Quantity, int]] = []  # (the wave's ordinal, its count, the sentence)
    for i in in_scope:
        s = sentences[i]
        if not has_words(words[i], ordinals):
            continue
        for q in find_quantities(text, s.start, s.end, code):
            wave = after.match(text, q.end, s.end) or before.search(text, max(s.start, q.start - 80), q.start)
            if q.value is None or q.bound is not None or wave is None:
                continue
            told.append((wave.group("ord").lower(), q, i))
    field_of = {q.start: c.field for c in findings.candidates for _, q, _ in told if c.start == q.start}
    fields = set(field_of.values())
    if not fields <= set(_WAVE_FIELDS):
        return  # a part read as a total
    if len(fields) > 1 and len(field_of) < len(told):
        return  # a bare part beside parts of two fields: whose it is, is not told
    if not fields:
        only = _only_class_launched(findings, text, sentences, told, code)
        fields = {only} if only else set()
    # parts of two classes are summed each apart ("120 drones in the first wave and 65 drones and
    # 11 missiles in the second"); a bare part ("and 30 in the second") is of the one field
    for field in fields:
        parts = [(o, q, i) for o, q, i in told if field_of.get(q.start, field) == field]
        _add_sum(findings, field, parts)


def _add_sum(findings: ClauseFindings, field: str, parts: list[tuple[str, Quantity, int]]) -> None:
    """The sum of one field's counts told wave by wave, each wave once; the parts set back."""
    ordinals = [o for o, _, _ in parts]
    if len(set(ordinals)) < 2 or len(set(ordinals)) < len(ordinals):
        return  # one wave only, or a wave told twice (its counts may be of different things)
    starts = {q.start for _, q, _ in parts}
    for candidate in findings.candidates:
        if candidate.start in starts:
            candidate.priority = max(candidate.priority, SUPERSEDED)
    first, last = min(q.start for _, q, _ in parts), max(q.end for _, q, _ in parts)
    sentence = min(i for _, _, i in parts)
    total = sum(q.value or 0 for _, q, _ in parts)
    findings.add(field, total, None, EXACT, first, last, sentence)


def _only_class_launched(
    findings: ClauseFindings, text: str, sentences: list[Sentence], parts: list[tuple[str, Quantity, int]],
    code: str,
) -> str | None:
    """The launches of the report's one class, when the parts' sentences tell only of launching."""
    named = findings.mentioned_classes & set(_LAUNCHED)
    if len(named) != 1:
        return None
    g = grammar(code)
    for i in {i for _, _, i in parts}:
        roles = {v.lastgroup for v in g.verbs_in(text, sentences[i].start, sentences[i].end)}
        if roles != {"launched"}:
            return None
    return _LAUNCHED[named.pop()]
