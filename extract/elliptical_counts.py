"""Counts whose class or fate a clause leaves unsaid, told by the words around them.

"Of the 62 missiles, 47 were intercepted, as were 480 drones": the elliptical "as were" (or
"and so were") gives the drones the fate told of the count before them. "Of the missiles, 31
were downed": the class the sentence opens with, named but not counted, is the class of the bare
count after it (not the weapons counted in the sentence before, which may be of both classes).
"None of the three missiles was downed": the count is of those launched, and the verb's fate is
none of theirs. "All but two were shot down": the count is of those the fate missed, no figure of
its own (extract.figures takes it from the launched count). "3 Kinzhals, all 18 Kh-101s and 120
drones were shot down": the "all" is of the Kh-101s, not of every missile launched.
"""

from __future__ import annotations

from extract.clause_findings import ClauseFindings
from extract.clause_grammar import ClauseGrammar
from extract.mentions import Mention
from extract.text import Sentence

# the fates an elliptical clause may carry over ("hit" is an outcome, not a count's own fate)
_CARRIED = (["launched"], ["destroyed"], ["suppressed"])
# how far before a count "…, as were also" may begin
_ELLIPSIS_BEFORE = 24


def same_fate(text: str, s: Sentence, previous_roles: list[str], start: int, g: ClauseGrammar) -> bool:
    """Whether the count group at ``start`` follows an elliptical "…, as were" right after a group
    of ``previous_roles`` in sentence ``s``: it shares that group's fate."""
    return (
        g.same_fate_before is not None
        and previous_roles[:1] in _CARRIED
        and g.same_fate_before.search(text, max(s.start, start - _ELLIPSIS_BEFORE), start) is not None
    )


def whole_named(text: str, s: Sentence, pos: int, g: ClauseGrammar) -> str | None:
    """The one class named with no count by "Of the missiles," opening sentence ``s`` right before
    ``pos``, or None."""
    if g.whole_uncounted is None:
        return None
    chunk = text[s.start : pos]
    if not g.whole_uncounted.match(chunk):
        return None
    named = [cls for cls, word in g.class_words if word.search(chunk)]
    return named[0] if len(named) == 1 else None


# how far before a count "all but" may begin
_ALL_BUT_BEFORE = 18


def all_but(text: str, s: Sentence, start: int, g: ClauseGrammar) -> bool:
    """Whether "all but" stands right before the count at ``start`` in sentence ``s``: the count is
    of those the fate told after it missed ("All but two were shot down")."""
    return g.all_but_before is not None and (
        g.all_but_before.search(text, max(s.start, start - _ALL_BUT_BEFORE), start) is not None
    )


# how far before a count "none of the" may begin
_NONE_OF_BEFORE = 16


def none_of(text: str, s: Sentence, start: int, g: ClauseGrammar) -> bool:
    """Whether "none of the" stands right before the count group at ``start`` in sentence ``s``."""
    return g.none_of_before is not None and (
        g.none_of_before.search(text, max(s.start, start - _NONE_OF_BEFORE), start) is not None
    )


def without_all_but(
    text: str, s: Sentence, index: int, mentions: list[Mention], findings: ClauseFindings, g: ClauseGrammar
) -> list[Mention]:
    """``mentions`` but the counts after "all but" ("All but two were shot down"), which are no
    figure: before a verb of destruction they give the class's destroyed figure by subtraction."""
    kept = []
    for m in mentions:
        if not all_but(text, s, m.start, g):
            kept.append(m)
            continue
        cls = m.weapon_class if m.weapon_class in ("drone", "missile") else findings.last_class
        verb = next(g.verbs_in(text, m.start, s.end), None)  # the fate told after the count
        if m.value is not None and verb is not None and verb.lastgroup == "destroyed":
            findings.all_but_destroyed.setdefault(cls, (m.value, m.start, m.end, index))
    return kept


def all_n_is_whole(mention: Mention, listed: list[Mention]) -> bool:
    """Whether an "all N" count is its class's whole launch: not when another count of the list it
    stands in is of its class ("3 Kinzhals, all 18 Kh-101s")."""
    others = (o for o in listed if o is not mention)
    return mention.all_n and all(o.weapon_class != mention.weapon_class for o in others)
