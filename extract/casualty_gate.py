"""Whether a sentence may tell a casualty figure at all, told by one scan of it.

Most sentences that hold a casualty trigger word (extract.casualty_paragraphs) tell no figure:
the triggers include words as common as "no" and "без", which a no-casualty statement needs.
Every figure extract.casualties reads comes from a match of one of a few patterns of the
language's casualty grammar (MENTION_SOURCES: a count's kind is told by a verb or noun around
it, a lone person by their noun and verb, an ordinal, a body); the others only read around such
a match or filter it (NOT_SOURCES). Every match of a source holds one of its anchors (literal
strings: extract.anchors), so a sentence holding none of the sources' anchors tells no figure,
and its dozen pattern searches are spared by one scan for the anchors of all of them.
"""

from __future__ import annotations

import re

from extract.anchors import caseless_anchors, pattern_anchors
from extract.casualty_existential import existential_pattern
from extract.casualty_types import CasualtyGrammar
from extract.patterns import literal_alternation

# The patterns whose match tells a casualty figure (extract.casualties._mentions). "subject" is
# matched on the original text (it tells case apart in part); the others on the lower-cased one.
MENTION_SOURCES = (
    "subject",
    "active",
    "tally",
    "toll",
    "bodies_before",
    "ordinal",
    "body",
    "active_singular",
    "coordinated_subject",
    "singular",
)
# The patterns that read around a source's match, filter one, or tell no figure of their own
# (a statement of none, a place, a figure's extension after one found before it). A new pattern of
# the casualty grammar belongs to one of the two lists (tests/extract/test_casualty_gate.py).
NOT_SOURCES = (
    "active_follow",
    "non_aerial",
    "place",
    "capital",
    "no_casualties",
    "additive_start",
    "year_before",
    "subdivision",
    "negation_before",
    "coordinated_after",
    "list_separator",
    "singular_noun",
    "elliptical_before",
    "elliptical_after",
    "named_after",
    "another_after",
    "region_after",
    "of_whom_between",
    "count_of_whom",
    "count_others",
    "another_kind",
    "age_before",
)


def mention_gate(lowered: CasualtyGrammar, original: CasualtyGrammar) -> re.Pattern[str] | None:
    """A search for the anchors of every source, over the lower-cased text (``lowered`` is the
    grammar for it, extract.caseless.lowered_twin; ``original`` the grammar as compiled): where it
    finds none in a sentence, the sentence tells no casualty figure. None when some source has no
    anchors to look for (every sentence must then be read)."""
    anchors: set[str] = set()
    for name in MENTION_SOURCES:
        pattern = getattr(original if name == "subject" else lowered, name)
        if pattern is None:
            continue  # the language has no such pattern
        found = caseless_anchors(pattern) if name == "subject" else pattern_anchors(pattern)
        if found is None:
            return None
        anchors.update(found)
    existential = existential_pattern(original.language.code)  # "Є загиблий" (extract.casualty_existential)
    if existential is not None:
        found = pattern_anchors(existential)
        if found is None:
            return None
        anchors.update(found)
    return re.compile(literal_alternation(anchors)) if anchors else None
