"""Casualty figures that are parts of others or persons named alone, beside extract.casualties:
"10 people were hurt, of whom 5 died" (the injured are the hurt less the dead) and "The guard
was injured" (a person named with "the" counts one only at a clause's start)."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from extract.casualty_types import CasualtyGrammar, CasualtyMention
from extract.lang import get_language


@cache
def _clause_opening(code: str) -> re.Pattern[str] | None:
    ph = get_language(code).phrases
    return re.compile(rf"(?:{ph['clause_opening']})$", re.IGNORECASE) if "definite_subject" in ph else None


def counts_as_subject(scanned: str, sentence_start: int, match: re.Match[str], code: str) -> bool:
    """A person named with "the" is one person only at a clause's start ("The guard was injured";
    not "… told the guard was injured", nor "the son of a man who was killed")."""
    opening = _clause_opening(code)
    article = (match.group("art") or "").lower()
    if opening is None or article != get_language(code).phrases["definite_subject"]:
        return True
    return opening.search(scanned, max(sentence_start, match.start() - 12), match.start()) is not None or (
        match.start() - sentence_start < 2
    )


# between the hurt's figure and "four of whom died": at most the people's noun, then a comma
_PEOPLE_THEN_COMMA = re.compile(r"(?:\s+[\w'’-]+)?\s*[,;]\s*")


def dead_among_hurt(text: str, found: list[CasualtyMention], g: CasualtyGrammar) -> None:
    """"10 people were hurt, of whom 5 died", "wounding 12, four of whom later died": the injured
    are the hurt less the dead."""
    if g.of_whom_between is None and g.count_of_whom is None:
        return
    for hurt, dead in pairwise(found):
        if (
            hurt.kind == "injured"
            and dead.kind == "killed"
            and hurt.value is not None
            and dead.value is not None
            and dead.value < hurt.value
            and (
                (g.of_whom_between is not None and g.of_whom_between.fullmatch(text, hurt.end, dead.start))
                or (
                    g.count_of_whom is not None
                    and _PEOPLE_THEN_COMMA.fullmatch(text, hurt.end, dead.start) is not None
                    and g.count_of_whom.match(text, dead.start, dead.end) is not None
                )
            )
        ):
            hurt.value -= dead.value
