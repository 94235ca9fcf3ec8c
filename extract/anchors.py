"""Anchors: literal strings one of which every match of a pattern contains.

A long alternation that begins with ``\\b`` (background markers, impact cues) gives Python's regex
engine no first character to skip ahead by: it tries every alternative at every position, some
50 µs a sentence for forty phrases, though most sentences hold none of them. Every match of such
a pattern contains one of a few plain strings ("this ", "recall", "past "): a search for those,
one trie-shaped literal alternation that the engine scans quickly, says whether the pattern can
match at all. :func:`anchor_gate` builds that search from the pattern itself (its parsed form),
so a phrase added to a language's data is covered without any change here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from extract.caseless import lower_case_twin, lower_pattern, lowerable, lowered
from extract.patterns import literal_alternation

# Anchors shorter than this are too common to gate anything ("a", "in").
MIN_ANCHOR_CHARS = 3


@cache
def anchor_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern finding the anchors of ``pattern``: where it finds none in a stretch of text,
    ``pattern`` has no match inside that stretch. For a case-insensitive pattern the anchors are
    those of its lower-cased twin (extract.caseless.lower_pattern), and the gate runs over the
    lower-cased text (``extract.caseless.lowered``, only when that is not None). None when some
    alternative of the pattern has no anchor to look for."""
    anchors = pattern_anchors(pattern)
    return None if anchors is None else re.compile(literal_alternation(anchors))


def pattern_anchors(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The anchors of ``pattern`` (of its lower-cased twin when it ignores case), or None."""
    if pattern.flags & re.IGNORECASE:
        try:
            pattern = lower_pattern(pattern)
        except ValueError:
            return None
    found = _sequence_anchors(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if found is None:
        return None
    # A text holding "recall that" holds "recall": the shorter anchor is enough.
    return tuple(sorted(a for a in found if not any(b != a and b in a for b in found)))


def caseless_anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The anchors of a case-insensitive pattern that cannot be lowered whole (a part of it tells
    case apart, see extract.caseless.lowerable), lower-cased: such a part gives no anchor (see
    _sequence_anchors), so every match, lower-cased, holds one of them where the text lower-cases
    alike (extract.caseless.lowered). None when the pattern tells case apart throughout, has no
    anchors, or an anchor does not lower-case alike."""
    if not pattern.flags & re.IGNORECASE:
        return None
    found = _sequence_anchors(sre_parse.parse(pattern.pattern, pattern.flags).data)
    if found is None:
        return None
    lowered_anchors = {lower_case_twin(anchor) for anchor in found}
    return None if None in lowered_anchors else frozenset(a for a in lowered_anchors if a is not None)


# A compiled pattern's hash is computed afresh from its whole code on every call (some 10 µs for
# a long alternation), so may_match finds a pattern's gate by the pattern object's identity; the
# entry keeps the pattern alive, so its id is never another's. Grammars compile their patterns
# once; the bound only guards against a caller compiling new ones without end.
# The entry also says whether the pattern ignores case: ``flags & re.IGNORECASE`` goes through
# the enum's ``__and__`` (some 10 µs a call, a tenth of may_match's time).
_GATES_BY_ID: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, bool]] = {}
MAX_GATES_BY_ID = 4096


def _gate_of(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """The pattern's gate (anchor_gate) and whether it ignores case."""
    entry = _GATES_BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_GATES_BY_ID) >= MAX_GATES_BY_ID:
            _GATES_BY_ID.clear()
        caseless = bool(pattern.flags & re.IGNORECASE)
        entry = _GATES_BY_ID[id(pattern)] = (pattern, anchor_gate(pattern), caseless)
    return entry[1], entry[2]


def may_match(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> bool:
    """False only when ``pattern`` has no match inside ``text[start:end]``, told by its anchors;
    True when it may have one (or when it has no anchors, or the text cannot be lower-cased)."""
    gate, caseless = _gate_of(pattern)
    if gate is None:
        return True
    end = len(text) if end is None else end
    if caseless:
        low = lowered(text)
        if low is None:
            return True
        return gate.search(low, start, end) is not None
    return gate.search(text, start, end) is not None


def lacks_anchors(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> bool:
    """True only when ``pattern`` has no match inside ``text[start:end]``: it tells case apart
    and none of its anchors is there. A case-insensitive pattern is never told apart here (its gate
    reads the lower-cased text, kept only for a whole report), so short strings may ask freely."""
    gate, caseless = _gate_of(pattern)
    if gate is None or caseless:
        return False
    return gate.search(text, start, len(text) if end is None else end) is None


def string_lacks_anchors(pattern: re.Pattern[str], string: str) -> bool:
    """lacks_anchors for a short string read once, a case-insensitive pattern too: its anchors are
    looked for in the string's own lower-cased twin (extract.caseless.lower_case_twin)."""
    gate, caseless = _gate_of(pattern)
    if gate is None:
        return False
    if caseless:
        low = lower_case_twin(string)
        return low is not None and gate.search(low) is None
    return gate.search(string) is None


def finds_none(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``pattern.search(text, start, end) is None``, its anchors asked first."""
    return not may_match(pattern, text, start, end) or pattern.search(text, start, end) is None


def gated_finditer(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, its anchors asked first (most sentences hold none of
    a long alternation's words, and a pattern that opens with ``\\b`` is tried at every character)."""
    return pattern.finditer(text, start, end) if may_match(pattern, text, start, end) else iter(())


def _sequence_anchors(items: list) -> frozenset[str] | None:
    """The best anchor set of a sequence of parsed items: every match of the sequence contains
    one of its strings. Of the candidates (each run of plain characters, each group or
    alternation that has anchors of its own) the one whose shortest string is longest wins."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # a look-around takes no characters: the letters either side are one run
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if (add_flags | del_flags) & re.IGNORECASE:
                continue  # a part that reads case otherwise than the pattern: not anchored here
            inner = _sequence_anchors(body.data)
            if inner is not None:
                candidates.append(inner)
        elif op is sre.BRANCH:
            inner = _branch_anchors(arg[1])
            if inner is not None:
                candidates.append(inner)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, body = arg
            if low >= 1:
                inner = _sequence_anchors(body.data)
                if inner is not None:
                    candidates.append(inner)
    good = [c for c in candidates if min(map(len, c)) >= MIN_ANCHOR_CHARS]
    if not good:
        return None
    return max(good, key=lambda c: (min(map(len, c)), -len(c)))


def _branch_anchors(branches: list) -> frozenset[str] | None:
    """An alternation is anchored when every alternative is: by the union of their anchors."""
    union: set[str] = set()
    for branch in branches:
        inner = _sequence_anchors(branch.data)
        if inner is None:
            return None
        union |= inner
    return frozenset(union)


class GatedAlternatives:
    """``re.compile("|".join(alternatives), flags)``'s search and finditer, quicker for a long list.

    A long case-insensitive alternation of phrases that each begin with ``\\b`` is tried
    alternative by alternative at every position of the text (over 100 µs for a sentence of the
    background markers). Most alternatives' anchors are absent from any one sentence: only those
    whose anchors are present are searched, each alone, and the earliest start among their first
    matches is where the whole alternation's first match starts. The whole pattern, matched at that
    position, then gives the very match its search would (the same alternative wins there). A
    case-insensitive alternative is searched lowered over the lower-cased text where that finds
    the same (extract.caseless): the same starts, quicker.
    """

    def __init__(self, alternatives: tuple[str, ...], flags: int = 0) -> None:
        self.whole = re.compile("|".join(alternatives), flags)
        self._caseless = bool(flags & re.IGNORECASE)
        # (the part as given, the part for lower-cased text or None, its anchors or None)
        self._parts: list[tuple[re.Pattern[str], re.Pattern[str] | None, frozenset[str] | None]] = []
        for alternative in alternatives:
            part = re.compile(alternative, flags)
            anchors = pattern_anchors(part)
            lowered_part = lower_pattern(part) if self._caseless and lowerable(part) else None
            self._parts.append((part, lowered_part, None if anchors is None else frozenset(anchors)))
        # every part's anchors once: which are in a text is asked once per anchor, not per part
        self._anchors = tuple(sorted({a for _, _, found in self._parts if found is not None for a in found}))
        # any anchor at all, found in one scan: most sentences hold none, and then no anchor is
        # asked for one by one
        self._any_anchor = re.compile(literal_alternation(self._anchors)) if self._anchors else None
        # each anchor's anchors that begin it (itself too): where the longest anchor at a position
        # is found, each of these is there as well
        self._beginning: dict[str, frozenset[str]] = {
            a: frozenset(b for b in self._anchors if a.startswith(b)) for a in self._anchors
        }
        self._every_part_anchored = all(anchors is not None for _, _, anchors in self._parts)
        # which parts each anchor opens to a search: a sentence holds one or two anchors, and
        # finding its parts by them beats asking each of some sixty parts whether it holds one
        by_anchor: dict[str, list[int]] = {}
        for index, (_, _, found) in enumerate(self._parts):
            for anchor in found or ():
                by_anchor.setdefault(anchor, []).append(index)
        self._parts_by_anchor = {anchor: tuple(indexes) for anchor, indexes in by_anchor.items()}
        self._unanchored = tuple(i for i, (_, _, found) in enumerate(self._parts) if found is None)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``whole.search(text, pos)``."""
        return self.search_with_twin(text, lower_case_twin(text) if self._caseless else None, pos)

    def search_with_twin(self, text: str, twin: str | None, pos: int = 0) -> re.Match[str] | None:
        """:meth:`search` given ``twin``, ``lower_case_twin(text)``: a caller that reads one
        sentence with several patterns lower-cases it once."""
        scanned = text
        if self._caseless:
            if twin is None:
                return self.whole.search(text, pos)
            scanned = twin
        return self._search(text, scanned, self._present(scanned), pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``whole.finditer(text)``: each match found by :meth:`search` from the end of the last."""
        return self.finditer_with_twin(text, lower_case_twin(text) if self._caseless else None)

    def finditer_with_twin(self, text: str, twin: str | None) -> Iterator[re.Match[str]]:
        """:meth:`finditer` given ``twin``, ``lower_case_twin(text)`` (see :meth:`search_with_twin`)."""
        scanned = text
        if self._caseless:
            if twin is None:
                yield from self.whole.finditer(text)
                return
            scanned = twin
        present = self._present(scanned)
        pos = 0
        while (found := self._search(text, scanned, present, pos)) is not None:
            if found.end() == found.start():
                # past an empty match finditer moves on by its own rule: let it go on from here
                yield from self.whole.finditer(text, found.start())
                return
            yield found
            pos = found.end()

    def _present(self, scanned: str) -> set[str]:
        """The anchors found in ``scanned``. The trie finds the longest anchor at the first position
        that holds one; those beginning it are there too; the search goes on from the next
        character, so anchors inside it or overlapping it are found at their own positions. One
        search per occurrence, where asking for each anchor (some forty) scans the text each time."""
        present: set[str] = set()
        if self._any_anchor is None:
            return present
        search = self._any_anchor.search
        found = search(scanned)
        while found is not None:
            present |= self._beginning[found.group()]
            found = search(scanned, found.start() + 1)
        return present

    def _search(self, text: str, scanned: str, present: set[str], pos: int) -> re.Match[str] | None:
        if not present and self._every_part_anchored:
            return None
        parts = self._parts
        # the parts one of whose anchors is present, and those with none: the others cannot match
        indexes = {i for anchor in present for i in self._parts_by_anchor.get(anchor, ())}
        earliest = None
        for index in (*indexes, *self._unanchored):
            part, lowered_part, _ = parts[index]
            if lowered_part is not None and scanned is not text:
                found = lowered_part.search(scanned, pos)
            else:
                found = part.search(text, pos)
            if found is not None and (earliest is None or found.start() < earliest):
                earliest = found.start()
        return None if earliest is None else self.whole.match(text, earliest)
