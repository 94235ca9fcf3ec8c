"""Regex building blocks the extraction modules share.

A list of words joined as ``a|b|c`` makes Python's regex engine try every alternative in turn at
every position. The same words merged into a trie (``dron(?:es|e)|missiles?``) fail at a position
on its first character. The trie keeps the alternation's preference: at a position, of two words
that both match, one is a prefix of the other, and the trie tries the longer one first, as the
longest-first alternation does.
"""

from __future__ import annotations

import re
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
