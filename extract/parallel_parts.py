"""Two lists of counts parted by "out of": the first list's counts are parts of the second's.

"Air defence destroyed 6 missiles and 117 drones out of 9 missiles and 126 drones launched":
each count before "out of" is the destroyed part of the count of its class after it. A single
pair ("45 out of 60 drones") is read where the counts are found (extract.weapons); this module
pairs lists of two or three counts, class by class, when both lists name the same classes (in
either order) and no part is larger than its whole.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from extract.lang import get_language
from extract.mentions import Mention

MAX_LISTED = 3


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    ph = get_language(code).phrases
    if "partitive_before" not in ph or "list_or" not in ph:
        return None
    return (
        re.compile(rf"(?:{ph['partitive_before']})", re.IGNORECASE),
        re.compile(rf"\s*(?:,\s*(?:(?:{ph['list_or']})\s+)?|\s+(?:{ph['list_or']})\s+)", re.IGNORECASE),
    )


def pair_parallel_lists(mentions: list[Mention], text: str, code: str) -> None:
    """Mark "part" and "whole" across "<list> out of <list>" (see the module's docstring)."""
    patterns = _patterns(code)
    if patterns is None or len(mentions) < 4:
        return
    out_of, joiner = patterns
    for k in range(2, len(mentions) - 1):
        before, after = mentions[k - 1], mentions[k]
        if out_of.fullmatch(text, before.end, after.start) is None:
            continue
        for n in range(min(MAX_LISTED, k, len(mentions) - k), 1, -1):
            parts, wholes = mentions[k - n : k], mentions[k : k + n]
            pairs = _pairs(parts, wholes)
            if pairs and _listed(parts, text, joiner) and _listed(wholes, text, joiner):
                for part, whole in pairs:
                    part.partitive, whole.partitive = "part", "whole"
                break


def _listed(run: list[Mention], text: str, joiner: re.Pattern[str]) -> bool:
    return all(joiner.fullmatch(text, a.end, b.start) for a, b in pairwise(run))


def _pairs(parts: list[Mention], wholes: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Each part with the whole of its class (the lists may name the classes in either order),
    or none when the classes differ, repeat, or a part is larger than its whole."""
    by_class = {whole.weapon_class: whole for whole in wholes}
    if len(by_class) != len(wholes) or len({m.weapon_class for m in parts}) != len(parts):
        return []
    pairs = [(part, by_class.get(part.weapon_class)) for part in parts]
    if all(
        whole is not None
        and part.partitive is None
        and whole.partitive is None
        and part.value is not None
        and whole.value is not None
        and part.value <= whole.value
        for part, whole in pairs
    ):
        return [(part, whole) for part, whole in pairs if whole is not None]
    return []
