"""A word-start guard moved behind an alternation's first character, for Python's regex engine.

A pattern that opens with a zero-width guard (``(?<![\\w-])`` or ``\\b``) before an alternation of
words gives ``re`` no first character to skip ahead by: the engine tries the pattern at every
position of the text. The same pattern written with the guard after each alternative's first
character, ``(?:a(?<![\\w-][\\s\\S])ttack|s(?<![\\w-][\\s\\S])trike)``, opens with a branch of
literals, and ``re`` then leaps over every character that begins no alternative (a C loop over a
character set), which makes a few-letter alternation several times quicker. The two match the
same stretches of any text:

- ``(?<![\\w-])`` at position p reads only the character at p - 1; after the first character,
  at p + 1, ``(?<![\\w-][\\s\\S])`` reads the same character (the one at p is whatever it is), and at
  p = 0 both hold (a look-behind that does not fit holds when negated);
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

# The guards recognised at the start of a pattern, with the look-behind that stands for each
# right after an alternative's first character, and whether that character must be a word one.
_GUARDS = (
    (r"(?<![\w-])(?:", r"(?<![\w-][\s\S])", False),
    (r"\b(?:", r"(?<!\w[\s\S])", True),
)
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
    guard = next((guard for guard in _GUARDS if source.startswith(guard[0])), None)
    if guard is None:
        return None
    opening, behind, word_first = guard
    group_start = len(opening) - 3
    group_end = _group_end(source, group_start)
    if group_end < 0:
        return None
    body, tail = source[group_start + 3 : group_end - 1], source[group_end:]
    while body.startswith("(?:") and _group_end(body, 0) == len(body):
        body = body[3:-1]  # the trie's own group around its branches
    parts = []
    firsts = set()
    for branch in _branches(body):
        n = _first_unit(branch)
        if n is None or (word_first and not (n == 1 and _WORD_CHARACTER.fullmatch(branch[0]))):
            return None
        firsts.add(branch[:n])
        parts.append(branch[:n] + behind + branch[n:])
    if len(firsts) > MAX_FIRST_CHARACTERS:
        return None
    return "(?:" + "|".join(parts) + ")" + tail


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


def _group_end(source: str, i: int) -> int:
    """The index right after the ")" closing the group that opens at ``source[i]``, or -1."""
    depth = 0
    j = i
    while j < len(source):
        c = source[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(source, j)
            if j < 0:
                return -1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def _branches(body: str) -> list[str]:
    """The alternatives of ``body`` split at its top-level "|"."""
    out = []
    depth = 0
    start = 0
    j = 0
    while j < len(body):
        c = body[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(body, j)
            if j < 0:
                return [""]  # unreadable: no alternative has a first unit
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:j])
            start = j + 1
        j += 1
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
