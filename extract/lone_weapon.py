"""One weapon: downed as the report's only count, or named again with "the".

"Air defence neutralised an enemy drone over Lviv" as a report's only count tells of one drone
launched as well as one downed (SCHEMA.md's "all 14 drones were shot down" with a count of one).
Not when the sentence puts the weapon inside a larger attack ("shot down a missile during an
attack on Kyiv"), nor when the report speaks of weapons in the plural, counts any other, or calls
the attack massive: then one downed says nothing of how many came.

"Russia fired 20 drones and one cruise missile … downed the missile and 15 of the drones":
"the missile" is the one launched, so one was destroyed; "the Shahed-136 drone hit a building",
with no other drone told of, was one drone. "The" alone never counts: only a weapon whose
class has no count of that stage and no plural, with the verb of that stage right beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extract.anchors import may_match
from extract.clause_findings import HIT_FALLBACK, SINGULAR, Candidate, ClauseFindings
from extract.figures import CLASS_FIELDS
from extract.lang import get_language, phrase_pattern
from extract.text import Sentence
from extract.weapons import names_model

CLASS_OF_NOUN = {
    "drone": "drone",
    "uav": "drone",
    "shahed": "drone",
    "missile": "missile",
    "rocket": "missile",
}


# Nouns of languages that decline them ("ракету", "дрони"), by their stem
_CLASS_OF_STEM = (("ракет", "missile"), ("дрон", "drone"), ("бпла", "drone"), ("безпілот", "drone"),
                  ("беспилот", "drone"), ("шахед", "drone"))


def class_by_stem(noun: str) -> str | None:
    """The class of a declined noun by its stem ("ракету" -> missile, "дронів" -> drone)."""
    return next((cls for stem, cls in _CLASS_OF_STEM if noun.startswith(stem)), None)


@cache
def _definite(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """ "destroyed the missile" / "the missile was shot down", and "the Shahed drone hit"."""
    ph = get_language(code).phrases
    if "definite_downed" not in ph:
        return None
    return (
        re.compile(ph["definite_downed"], re.IGNORECASE),
        re.compile(ph["definite_hit"], re.IGNORECASE),
    )


def _names_class(text: str, sentences: list[Sentence], in_scope: list[int], cls: str, code: str) -> bool:
    """Whether an in-scope sentence names a weapon of this class: its noun or one of its models."""
    lang = get_language(code)
    spellings = [*lang.class_heads.get(cls, ()), *(m.pattern for m in lang.models if m.weapon_class == cls)]
    if not spellings:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(spellings) + r")", re.IGNORECASE)
    return any(pattern.search(text, sentences[i].start, sentences[i].end) for i in in_scope)


def add_lone_launch(findings: ClauseFindings, text: str, sentences: list[Sentence], code: str) -> None:
    """Add a launch count of one beside a lone weapon downed, when it is the report's only count
    (a language without the ``within_attack`` phrase gets no such count)."""
    within = phrase_pattern(code, "within_attack")
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
        Candidate(launched, 1, None, SINGULAR, downed.start, downed.end, downed.sentence, singular=True)
    )


def add_definite_singulars(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """A destroyed count of one for "the missile" downed after "a missile" was the class's launch
    count; a launch count of one for "the Shahed drone hit …" in a report that counts no weapon
    of that class (see the module's docstring)."""
    _add_definite_plurals(findings, text, sentences, in_scope, code)
    _add_definite_not_downed(findings, text, sentences, in_scope, code)
    patterns = _definite(code)
    if patterns is None or findings.barrage:
        return
    downed, hit = patterns
    by_field: dict[str, list[Candidate]] = {}
    for c in findings.candidates:
        by_field.setdefault(c.field, []).append(c)
    # which stages any class could still take (most reports count both classes: nothing to do)
    stages = []
    if any(
        by_field.get(launched)
        and not by_field.get(destroyed)
        and all(c.value == 1 and c.singular for c in by_field[launched])
        for launched, destroyed in CLASS_FIELDS.values()
    ):
        stages.append((downed, "destroyed"))
    if any(
        not by_field.get(launched) and not by_field.get(destroyed)
        for launched, destroyed in CLASS_FIELDS.values()
    ):
        stages.append((hit, "launched"))
    for i in in_scope if stages else ():
        s = sentences[i]
        for pattern, stage in stages:
            match = pattern.search(text, s.start, s.end)
            if match is None:
                continue
            noun = next((group for group in match.groups() if group), "")  # noun, or noun2 (passive)
            cls = CLASS_OF_NOUN.get(noun.lower())
            if cls is None or cls in findings.plural_classes or cls in findings.vague_classes:
                continue
            launched, destroyed = CLASS_FIELDS[cls]
            if stage == "destroyed":
                # the one launched: a singular count of one, and no destroyed count yet
                ones = by_field.get(launched, [])
                if by_field.get(destroyed) or not ones or any(c.value != 1 or not c.singular for c in ones):
                    continue
                field = destroyed
            else:
                if by_field.get(launched) or by_field.get(destroyed):
                    continue
                field = launched
                other = "missile" if cls == "drone" else "drone"
                if _names_class(text, sentences, in_scope, other, code):
                    # "… and S-300 strikes on a village": the other class came, in a number not given
                    findings.vague_classes.add(other)
            # what one weapon hit is a launch count only as the clauses read "a Shahed hit …":
            # below any direct figure, and not where no weapon model is named (figures.choose)
            priority = SINGULAR if stage == "destroyed" else HIT_FALLBACK + SINGULAR
            added = Candidate(field, 1, None, priority, match.start(), match.end(), i, singular=True)
            added.from_hit = stage == "launched"
            if names_model(text, match.start(), match.end(), code):
                findings.model_named = True
            findings.candidates.append(added)
            findings.mentioned_classes.add(cls)
            by_field.setdefault(field, []).append(added)


# the words every definite plural of the languages' phrase holds: one pass over the text first
_THE_PLURAL = re.compile(r"\bthe\s+(?:missiles|drones|rockets|uavs|shaheds)\b", re.IGNORECASE)


def _add_definite_plurals(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """ "Russia fired three missiles at Odesa; the missiles were shot down": the weapons counted once
    as launched, named again with "the" and no other word, were all destroyed; only where the class
    has that one launch count and no destroyed count ("most of the missiles", "the cruise missiles"
    are parts, and not read)."""
    pattern = phrase_pattern(code, "definite_plural_downed")
    if pattern is None:
        return
    # only a class with one launch count and no destroyed count can take it (most reports have none)
    fields = [c.field for c in findings.candidates]
    open_classes = [launched for launched, destroyed in CLASS_FIELDS.values() if destroyed not in fields]
    if not any(fields.count(launched) == 1 for launched in open_classes) or not _THE_PLURAL.search(text):
        return
    for i in in_scope:
        s = sentences[i]
        match = pattern.search(text, s.start, s.end)
        if match is None:
            continue
        noun = next((group for group in match.groups() if group), "").lower().rstrip("s")
        cls = CLASS_OF_NOUN.get(noun)
        if cls is None:
            continue  # (the plural itself marks its class vague: the one launch count decides)
        launched, destroyed = CLASS_FIELDS[cls]
        counts = [c for c in findings.candidates if c.field == launched]
        if len(counts) != 1 or any(c.field == destroyed for c in findings.candidates):
            continue
        whole = counts[0]
        if whole.sentence > i or whole.value is None or whole.value < 2:
            continue
        findings.candidates.append(
            Candidate(destroyed, whole.value, whole.bound, whole.priority, match.start(), match.end(), i)
        )


def _add_definite_not_downed(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """ "Russia launched 72 drones and a ballistic missile … The missile was not intercepted": the
    weapons counted once as launched, named again with "the" as not downed, had none destroyed
    (a count of 0); only where the class has that one launch count (of one, for "the missile") and
    no destroyed count, told before."""
    pattern = phrase_pattern(code, "definite_not_downed")
    if pattern is None:
        return
    # Only a class with one launch count and no destroyed count may take one (candidates are added
    # to no other): in most reports there is none, and then no sentence is read.
    # (a launch count read from what hit, "Обидві ракети влучили", is the same weapons as a count
    # told as launched: it is asked only where there is none)
    told = [c for c in findings.candidates if not c.from_hit]
    fields = Counter(c.field for c in told) + Counter(
        c.field for c in findings.candidates if c.from_hit and not any(t.field == c.field for t in told))
    if not any(
        fields[launched] == 1 and not fields[destroyed] for launched, destroyed in CLASS_FIELDS.values()
    ):
        return
    for i in in_scope:
        s = sentences[i]
        # (the pattern ignores case and opens with a word boundary: its anchors are asked first)
        match = pattern.search(text, s.start, s.end) if may_match(pattern, text, s.start, s.end) else None
        if match is None:
            continue
        # ("none_of": "None of the missiles was intercepted"; "all_hit": "Both missiles hit their
        # targets"; "the_hit": "The missile and 19 drones hit", where the language has the wording)
        named = match.groupdict()
        singular = named["noun"] is not None or named.get("the_hit") is not None
        noun = (named["noun"] or named["plural"] or named.get("none_of") or named.get("all_hit")
                or named.get("the_hit") or "")
        noun = noun.lower().removesuffix("s")
        cls = CLASS_OF_NOUN.get(noun) or class_by_stem(noun)
        if cls is None:
            continue
        launched, destroyed = CLASS_FIELDS[cls]
        counts = ([c for c in told if c.field == launched]
                  or [c for c in findings.candidates if c.field == launched])
        if len(counts) != 1 or any(c.field == destroyed for c in findings.candidates):
            continue
        whole = counts[0]
        if whole.sentence > i or whole.value is None or (whole.value == 1) != singular:
            continue
        findings.candidates.append(
            Candidate(destroyed, 0, None, whole.priority, match.start(), match.end(), i)
        )
