"""A word-start guard moved behind an alternation's first character, for Python's regex engine.

A pattern that opens with zero-width guards (``(?<![\\w-])``, ``\\b``, any look-behind) before an
alternation of words, or before a word, gives ``re`` no first character to skip ahead by: the
engine tries the pattern at every position of the text. The same pattern written with the guards
after each alternative's first character, ``(?:a(?<![\\w-][\\s\\S])ttack|s(?<![\\w-][\\s\\S])trike)``,
opens with a branch of literals (or a literal), and ``re`` then leaps over every character that
begins no alternative (a C loop over a character set), which makes a few-letter alternation
several times quicker. The two match the same stretches of any text:

- a look-behind ``(?<!X)`` or ``(?<=X)`` at position p reads the text ending at p; after the first
  character, at p + 1, ``(?<!X[\\s\\S])`` reads the same text and then that character, whatever it
  is; where X does not fit before p, it does not fit before p + 1 either (a negative one holds,
  a positive one fails, both times);
- ``\\b`` at p, when the character at p is a word character (every alternative must begin with
  one), holds exactly when the character before is none: ``(?<!\\w[\\s\\S])`` after it;
- look-behinds read the text before a search's ``pos``, as the guard did, and the alternatives
  keep their order, so the same alternative wins at the same position.

Only patterns for lower-cased text are rewritten (extract.caseless.lower_pattern): a
case-insensitive pattern gets no character-set skip anyway. When many characters begin an
alternative (most letters), most positions pass the set and the guard first is quicker: such
patterns are left as they are (MAX_FIRST_CHARACTERS).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# \b before a word character, as a look-behind read right after that character
_BOUNDARY_BEHIND = r"(?<!\w[\s\S])"
# Past this many different first characters the set skips too little (measured on the bench
# corpus: at 15-18 the rewritten pattern was slower, at 12 or fewer quicker or the same).
MAX_FIRST_CHARACTERS = 12
_QUANTIFIERS = "*+?{"
_WORD_CHARACTER = re.compile(r"\w")


def guard_inward(source: str, flags: int) -> str | None:
    """``source`` with its leading word-start guard moved behind each alternative's first
    character, or None when the pattern is not of that form (or would not be quicker)."""
    if flags & re.VERBOSE:
        return None  # whitespace and comments would be read as pattern characters here
    behind, word_first, rest = _leading_guards(source)
    if not behind:
        return None
    if not rest.startswith("(?:"):
        # one word after the guards ("\\bhas\\s"): its first character, then the guards
        n = _first_unit(rest)
        if n is None or len(_branches(rest)) > 1 or (word_first and not _word_character(rest, n)):
            return None
        return rest[:n] + behind + rest[n:]
    group_end = _group_end(rest, 0)
    if group_end < 0:
        return None
    body, tail = rest[3 : group_end - 1], rest[group_end:]
    while body.startswith("(?:") and _group_end(body, 0) == len(body):
        body = body[3:-1]  # the trie's own group around its branches
    parts = []
    firsts = set()
    for branch in _branches(body):
        n = _first_unit(branch)
        if n is None or (word_first and not _word_character(branch, n)):
            return None
        firsts.add(branch[:n])
        parts.append(branch[:n] + behind + branch[n:])
    if len(firsts) > MAX_FIRST_CHARACTERS:
        return None
    return "(?:" + "|".join(parts) + ")" + tail


def _leading_guards(source: str) -> tuple[str, bool, str]:
    """The pattern's leading guards as look-behinds to read right after the first character, whether
    one of them is a ``\\b`` (the first character must then be a word character), and the rest."""
    behind = []
    word_first = False
    rest = source
    while True:
        if rest.startswith("\\b"):
            behind.append(_BOUNDARY_BEHIND)
            word_first = True
            rest = rest[2:]
        elif rest.startswith(("(?<!", "(?<=")):
            end = _group_end(rest, 0)
            if end < 0:
                return "", False, source
            behind.append(rest[:4] + "(?:" + rest[4 : end - 1] + r")[\s\S])")  # (X may have a "|")
            rest = rest[end:]
        else:
            return "".join(behind), word_first, rest


def _word_character(branch: str, n: int) -> bool:
    """Whether the alternative's first unit (``n`` characters) is one plain word character."""
    return n == 1 and _WORD_CHARACTER.fullmatch(branch[0]) is not None


def _class_end(source: str, i: int) -> int:
    """The index right after the character class that opens at ``source[i]`` ("["), or -1."""
    j = i + 1
    if source.startswith("^", j):
        j += 1
    if source.startswith("]", j):
        j += 1  # a "]" first is a member
    while j < len(source):
        if source[j] == "\\":
            j += 2
            continue
        if source[j] == "]":
            return j + 1
        j += 1
    return -1


class _Unreadable(Exception):
    """A character class that never closes: the pattern is left as it is."""


def _syntax(source: str, i: int) -> Iterator[tuple[int, str]]:
    """The "(", ")" and "|" of ``source`` from ``source[i]`` on that are syntax, not escaped and
    not inside a character class, with their index; raises _Unreadable at an unclosed class."""
    j = i
    while j < len(source):
        c = source[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(source, j)
            if j < 0:
                raise _Unreadable
            continue
        if c in "()|":
            yield j, c
        j += 1


def _group_end(source: str, i: int) -> int:
    """The index right after the ")" closing the group that opens at ``source[i]``, or -1."""
    depth = 0
    try:
        for j, c in _syntax(source, i):
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
    except _Unreadable:
        pass
    return -1


def _branches(body: str) -> list[str]:
    """The alternatives of ``body`` split at its top-level "|"."""
    out = []
    depth = 0
    start = 0
    try:
        for j, c in _syntax(body, 0):
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif depth == 0:  # a "|" outside every group
                out.append(body[start:j])
                start = j + 1
    except _Unreadable:
        return [""]  # unreadable: no alternative has a first unit
    out.append(body[start:])
    return out


def _first_unit(branch: str) -> int | None:
    """The length of the alternative's first unit when it matches exactly one character (an
    escaped or plain character, a character class) and no quantifier follows it, else None."""
    if not branch:
        return None
    head = branch[0]
    if head == "\\":
        # an escaped character or a one-character class (\s, \w); not \b, \A, \Z or a backreference
        if len(branch) < 2 or branch[1] in "bBAZ0123456789gNpPxuU":
            return None
        n = 2
    elif head == "[":
        n = _class_end(branch, 0)
        if n < 0:
            return None
    elif head in "()|.^$*+?{}":
        return None
    else:
        n = 1
    if n < len(branch) and branch[n] in _QUANTIFIERS:
        return None
    return n
