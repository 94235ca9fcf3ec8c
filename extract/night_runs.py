"""A report of a run of nights tells the earlier night too.

"Russian drones hit Ukraine a second night running": such a report gives this night's figures
first, then goes back to the night before ("Минулої ночі окупанти застосували 127 ракет …", its
casualties, its regions). Once this night has been counted, a paragraph opening with the earlier
night's words starts the earlier night's story, which runs on until a sentence opens with this
night's words again. Where the earlier night's words open the report's first count ("Минулої
ночі ворог запустив 50 дронів"), they mean the night just gone: nothing is set aside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.anchors import may_match
from extract.lang import get_language
from extract.scope import Scope, grammar
from extract.text import Sentence

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _RunGrammar:
    night_run: re.Pattern[str]  # "другу ніч поспіль", "вторую ночь подряд"
    earlier_night: re.Pattern[str]  # a sentence opening with the night before
    this_night: re.Pattern[str]  # a sentence opening with this night's words


@cache
def _grammar(code: str) -> _RunGrammar | None:
    phrases = get_language(code).phrases
    if not all(name in phrases for name in ("night_run", "earlier_night", "same_day")):
        return None
    return _RunGrammar(
        re.compile(phrases["night_run"], re.IGNORECASE),
        re.compile(rf"^\W*(?:{phrases['earlier_night']})\b", re.IGNORECASE),
        re.compile(rf"^\W*(?:{phrases['same_day']})", re.IGNORECASE),
    )


def earlier_night_of_a_run(
    text: str,
    sentences: list[Sentence],
    paragraphs: list[int],
    scope: Scope,
    code: str,
    words: list[str],
) -> None:
    """Marks as background the earlier night's story in a report of a run of nights."""
    g = _grammar(code)
    # (the phrase's anchors first: most reports tell of no run of nights)
    if g is None or not may_match(g.night_run, text) or not g.night_run.search(text):
        return
    class_gates = grammar(code).class_gates
    counted = False  # this night's weapons have been counted
    earlier = False  # inside the earlier night's story
    for i in scope.in_scope(len(sentences)):
        s = sentences[i].text
        if earlier:
            if g.this_night.match(s) and not g.earlier_night.match(s):
                earlier = False
            else:
                scope.background[i] = "the earlier night of a run of nights"
                continue
        opens_paragraph = i == 0 or paragraphs[i - 1] != paragraphs[i]
        if counted and opens_paragraph and g.earlier_night.match(s):
            earlier = True
            scope.background[i] = "the earlier night of a run of nights"
            continue
        if not counted and _DIGIT.search(s) and any(gate.search(words[i]) for _, gate in class_gates):
            counted = True
