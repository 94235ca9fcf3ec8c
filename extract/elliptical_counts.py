"""Counts whose class or fate a clause leaves unsaid, told by the words around them.

"Of the 62 missiles, 47 were intercepted, as were 480 drones": the elliptical "as were" (or
"and so were") gives the drones the fate told of the count before them. "Of the missiles, 31
were downed": the class the sentence opens with, named but not counted, is the class of the bare
count after it (not the weapons counted in the sentence before, which may be of both classes).
"None of the three missiles was downed": the count is of those launched, and the verb's fate is
none of theirs.
"""

from __future__ import annotations

from extract.clause_grammar import ClauseGrammar
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


# how far before a count "none of the" may begin
_NONE_OF_BEFORE = 16


def none_of(text: str, s: Sentence, start: int, g: ClauseGrammar) -> bool:
    """Whether "none of the" stands right before the count group at ``start`` in sentence ``s``."""
    return g.none_of_before is not None and (
        g.none_of_before.search(text, max(s.start, start - _NONE_OF_BEFORE), start) is not None
    )
