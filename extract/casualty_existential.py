"""One person told by "there is" and a singular casualty noun, with no count: "Є загиблий",
"Есть раненый" (one killed, one injured). The plural ("Є загиблі та поранені") tells how many
nobody knows yet, so it gives no figure (precision first). Apart from extract.casualties, which
reads every other casualty source; extract.casualty_gate looks for this source's anchors too."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.casualty_types import CasualtyMention
from extract.lang import phrase_pattern
from extract.text import Sentence


def existential_pattern(code: str) -> re.Pattern[str] | None:
    """The language's "there is one killed/injured" (None where it has none)."""
    return phrase_pattern(code, "casualty_existential")


def existential_mentions(
    text: str,
    s: Sentence,
    index: int,
    found: list[CasualtyMention],
    code: str,
    place_of: Callable[[int, int], str | None],
) -> list[CasualtyMention]:
    """The persons a sentence tells by "there is" alone, each one of its kind, where the sentence
    gives no other figure of that kind ("Поранено трьох, серед них є поранений підліток" is one
    of the three, not a fourth). ``place_of`` keys a figure's place from its span."""
    pattern = existential_pattern(code)
    if pattern is None:
        return []
    told = {m.kind for m in found}
    out: list[CasualtyMention] = []
    for match in pattern.finditer(text, s.start, s.end):
        kind = "killed" if match.group("killed") else "injured"
        if kind in told:
            continue
        place = place_of(match.start(), match.end())
        out.append(CasualtyMention(kind, 1, None, place, False, match.start(), match.end(), index, lone=True))
        told.add(kind)
    return out
