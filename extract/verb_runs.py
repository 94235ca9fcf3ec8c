"""The role of the verbs standing right before a count, read as one run (beside extract.clauses).

"intercepted or jammed 214 drones", "збито/подавлено 47", "сбиты или подавлены средствами РЭБ 47":
a shoot-down verb joined to a jamming verb gives ONE figure, counted as destroyed (SCHEMA); a
jamming verb followed by its means ("подавлено засобами РЕБ") is one verb, not two. And a verb
right before a bare count ("Збито 39, подавлено … ще 15") is that count's own, not the verb after
its comma, which belongs to the next count.
"""

from __future__ import annotations

import re

from extract.clause_grammar import ClauseGrammar
from extract.text import Sentence

Verb = tuple[int, int, str]  # start, end, role
# how far before a count the run of verbs ending there is looked for
_WINDOW = 80
_SPACES = re.compile(r"\s*")
_COMMA_AFTER = re.compile(r"\s*,")


def joined_role(text: str, before: list[Verb], g: ClauseGrammar) -> str:
    """The role of the last verb in ``before`` (verbs in order), a run "<destroy> <or> <jam>
    [<means>]" read as destroyed."""
    k = len(before) - 1
    role = before[k][2]
    if role != "suppressed":
        return role
    # "подавлено засобами РЕБ": jamming verbs with nothing but spaces between are one verb
    while k > 0 and before[k - 1][2] == "suppressed" and _SPACES.fullmatch(
            text, before[k - 1][1], before[k][0]):
        k -= 1
    if k > 0 and before[k - 1][2] == "destroyed" and g.or_combo.match(text[before[k - 1][1] : before[k][0]]):
        return "destroyed"  # "intercepted or jammed 214 drones": one figure, counted as destroyed
    return role


def verb_ending_at(text: str, s: Sentence, pos: int, g: ClauseGrammar) -> str | None:
    """The role of the verbs ending just before ``pos`` (only spaces between, or a word of "more":
    "подавлено ще 15"), if any."""
    if g.further_before is not None and (more := g.further_before.search(text, max(s.start, pos - 12), pos)):
        pos = more.start()
    gap = len(text[s.start : pos]) - len(text[s.start : pos].rstrip())
    if gap == 0:
        return None
    end = pos - gap
    found = g.verbs_in(text, max(s.start, end - _WINDOW), end)
    run = [(m.start(), m.end(), m.lastgroup or "") for m in found]
    if not run or run[-1][1] != end:
        return None
    return joined_role(text, run, g)


def own_verb_before(text: str, s: Sentence, count_start: int, count_end: int, g: ClauseGrammar) -> bool:
    """Whether a bare count followed by a comma has a verb of its own right before it ("Збито 39,
    подавлено …"): the verb after the comma is then the next count's."""
    return _COMMA_AFTER.match(text, count_end, s.end) is not None and verb_ending_at(
        text, s, count_start, g) is not None
