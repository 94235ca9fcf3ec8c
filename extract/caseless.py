"""Case-insensitive patterns run as case-sensitive ones over the lower-cased text.

Python's ``re.IGNORECASE`` compares every character through a case table and loses the quick
"first character differs" skip over alternatives, which makes the long word alternations of
the extractor (weapon phrases, verbs, number words) two to three times slower than the same
pattern, lower-cased, over lower-cased text. The two give the same matches when lower-casing a
character is exactly what ``re.IGNORECASE`` does with it and keeps its length; ``lowered(text)``
checks that and answers None otherwise, and callers then run the original pattern. Offsets are
the same in both texts, so evidence still points into the original text: callers take matched
text from the original, never from the lower-cased copy.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import lru_cache
from typing import TypeVar

from extract.leading_guard import guard_inward

Grammar = TypeVar("Grammar")

# The scripts and punctuation of the reports read; a text with anything else takes the slow path.
_BLOCKS = [(0x00, 0x530), (0x2000, 0x2070)]


def _disagreeing(chars: str) -> set[str]:
    """The characters of ``chars`` where lower-casing and re.IGNORECASE part ways: a lower case
    of another length, a character class that changes, or a case-insensitive twin that does not
    lower-case alike ("ſ" and "s", "İ" and "i"). Of such a pair the non-ASCII one is named, so
    plain English text stays on the quick path."""
    out: set[str] = set()
    by_lower: dict[str, set[str]] = {}
    for ch in chars:
        by_lower.setdefault(ch.lower(), set()).add(ch)
    for ch in chars:
        if ch.lower() == ch == ch.upper():
            continue  # uncased: re.IGNORECASE leaves it alone
        low = ch.lower()
        classes_change = any(
            (re.fullmatch(cls, ch) is None) != (re.fullmatch(cls, low) is None)
            for cls in (r"\w", r"\d", r"\s")
        )
        if len(low) != 1 or classes_change:
            out.add(ch)
            continue
        twins = set(re.findall(re.escape(ch), chars, re.IGNORECASE))
        odd = twins ^ by_lower[low]
        if odd:
            out |= {c for c in odd | {ch} if not c.isascii()}
    return out


@lru_cache(maxsize=1)
def _other_characters() -> re.Pattern[str]:
    """Any character outside the blocks, or inside them but disagreeing."""
    chars = "".join(chr(c) for lo, hi in _BLOCKS for c in range(lo, hi))
    bad = _disagreeing(chars)
    return re.compile("[^" + "".join(re.escape(ch) for ch in chars if ch not in bad) + "]")


def lower_case_twin(text: str) -> str | None:
    """``text.lower()`` when case-insensitive patterns may run on it as lower-cased ones
    (same length, same offsets), else None."""
    if _other_characters().search(text) is not None:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """lower_case_twin of a report's text, kept while the modules read that report (only a few,
    as a report may be large; short strings read once should call lower_case_twin). Four, not
    two: find_places also reads single sentences through here, and with two places the report's
    own text was pushed out and lowered again some three times a report."""
    return lower_case_twin(text)


_KEEP_CASE = re.compile(r"(\\.|\(\?P[<=][^>)]*[>)])|([^\\(]+|\()", re.DOTALL)


# "(?-i:[a-z])": a part that tells case apart, which the lower-cased text no longer does
_CASE_SENSITIVE_PART = re.compile(r"\(\?[aLmsux]*-[aLmsux]*i")


def lowerable(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern ignores case throughout (and so may run lowered on lower-cased text)."""
    return bool(pattern.flags & re.IGNORECASE) and _CASE_SENSITIVE_PART.search(pattern.pattern) is None


def lower_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive ``pattern`` as a case-sensitive one for lower-cased text."""
    if not lowerable(pattern):
        raise ValueError(f"not wholly case-insensitive: {pattern.pattern[:60]!r}")
    # Escapes ("\\W", "\\D") and group syntax ("(?P<name>") keep their case; the rest is lowered.
    source = _KEEP_CASE.sub(lambda m: m.group(1) or m.group(2).lower(), pattern.pattern)
    if _other_characters().search(source) is not None:
        raise ValueError(f"a character re.IGNORECASE reads otherwise: {pattern.pattern[:60]!r}")
    flags = pattern.flags & ~re.IGNORECASE
    # (a leading word-start guard moves behind the first characters, for re's quick skip)
    compiled = re.compile(guard_inward(source, flags) or source, flags)
    if compiled.groupindex != pattern.groupindex:
        raise ValueError(f"group names change when lower-cased: {pattern.pattern[:60]!r}")
    return compiled


def lowered_twin(grammar: Grammar) -> Grammar:
    """A copy of a frozen grammar dataclass whose wholly case-insensitive patterns are lowered
    (lower_pattern). Its other patterns stay as they are: run those on the original text."""
    patterns = {f.name: getattr(grammar, f.name) for f in fields(grammar) if f.init}  # type: ignore[arg-type]
    changes = {
        name: lower_pattern(value)
        for name, value in patterns.items()
        if isinstance(value, re.Pattern) and lowerable(value)
    }
    return replace(grammar, **changes)  # type: ignore[type-var]
