"""Regex building blocks the extraction modules share.

A list of words joined as ``a|b|c`` makes Python's regex engine try every alternative in turn at
every position. The same words merged into a trie (``dron(?:es|e)|missiles?``) fail at a position
on its first character. The trie keeps the alternation's preference: at a position, of two words
that both match, one is a prefix of the other, and the trie tries the longer one first, as the
longest-first alternation does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence


def blank_match(match: re.Match[str]) -> str:
    """A match replaced by as many spaces (``pattern.sub(blank_match, text)``): the words are
    gone from what later patterns read, and every offset after them stays where it was."""
    return " " * len(match.group())


def trie_alternation(words: Iterable[Sequence[str]]) -> str:
    """The words as one trie-shaped alternation; each word is a sequence of regex pieces (an
    escaped character, or a piece such as ``\\s+`` that must stay whole)."""
    trie: dict = {}
    for word in words:
        node = trie
        for unit in word:
            node = node.setdefault(unit, {})
        node[""] = {}
    return _pattern(trie)


def literal_alternation(words: Iterable[str]) -> str:
    """Literal words (escaped here) as one trie-shaped alternation."""
    return trie_alternation([re.escape(ch) for ch in word] for word in set(words))


def _pattern(node: dict) -> str:
    ends_here = "" in node
    branches = [unit + _pattern(child) for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


_LETTERS = re.compile(r"[^\W\d_]+")


def phrase_anchors(phrases: Iterable[str]) -> tuple[str, ...]:
    """For each phrase, its longest run of letters, lower-cased: any text a case-insensitive
    pattern of these phrases matches holds one of them in its lower case. A ``str`` search for a
    few anchors is far quicker than the pattern's scan, so callers try the anchors first."""
    found = set()
    for phrase in phrases:
        runs = _LETTERS.findall(phrase.lower())
        if not runs:
            raise ValueError(f"a phrase without letters cannot be anchored: {phrase!r}")
        found.add(max(runs, key=len))
    return tuple(sorted(found))


def shared_anchors(phrases: Iterable[str]) -> tuple[str, ...]:
    """Like :func:`phrase_anchors` (any text a case-insensitive pattern of the phrases matches
    holds one of them in its lower case), but each phrase's anchor is the run of letters (of five
    or more) that most phrases share, the longest where none is shared, cut to the stem it shares
    with others: "the Ukrainian capital" is anchored on "capital", not on the country's adjective
    that nearly every report holds, and fewer anchors are looked for."""
    runs = [_LETTERS.findall(phrase.lower()) for phrase in phrases]
    if not all(runs):
        raise ValueError("a phrase without letters cannot be anchored")
    shared = Counter(run for phrase_runs in runs for run in set(phrase_runs))
    anchors = {max(phrase_runs, key=lambda run: (shared[run] if len(run) >= 5 else 0, len(run)))
               for phrase_runs in runs}
    # the case forms of one word ("столиця", "столиці", "столицею") by the stem they share, of
    # five letters or more: each form holds it, and one look for it does for all of them
    stems: list[str] = []
    for anchor in sorted(anchors):  # (the words of one stem come together)
        common = stems[-1][:_shared_length(stems[-1], anchor)] if stems else ""
        if len(common) >= 5:
            stems[-1] = common
        else:
            stems.append(anchor)
    return tuple(stems)


def _shared_length(a: str, b: str) -> int:
    """How many characters the two strings' starts have in common."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
