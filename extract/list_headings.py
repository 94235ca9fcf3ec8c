"""List headings: a sentence that ends in a colon after a role verb gives the items that follow
it their role ("The enemy launched:" / "805 drones;" / "9 cruise missiles."), read by
extract.clauses.analyse.
"""

from __future__ import annotations

from extract.clause_grammar import ClauseGrammar
from extract.text import Sentence

_LIST_ROLES = ("launched", "destroyed", "suppressed")

# "The enemy attacked with strike UAVs and missiles:": what may follow a list heading's verb
MAX_HEADING_TAIL = 120


def list_heading_role(text: str, s: Sentence, g: ClauseGrammar) -> str | None:
    """A sentence that ends in a colon after its verb heads a list of counted items ("The enemy
    launched:", "противник атакував ударними БпЛА та ракетами:", "Air defence shot down/suppressed:")."""
    if not s.text.rstrip().endswith(":"):
        return None
    verbs = list(g.verbs_in(text, s.start, s.end))
    if not verbs or verbs[-1].lastgroup not in _LIST_ROLES:
        return None
    last = verbs[-1]
    if len(text[last.end() : s.end].strip(" :")) > MAX_HEADING_TAIL:
        return None
    if last.lastgroup == "suppressed" and len(verbs) > 1:
        before = verbs[-2]
        if before.lastgroup == "destroyed" and g.or_combo.match(text[before.end() : last.start()]):
            return "destroyed"  # "збито/подавлено:", "shot down or suppressed:": one figure each
    return last.lastgroup
