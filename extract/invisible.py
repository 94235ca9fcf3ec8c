"""Invisible characters taken out before reading, with the way back to the original offsets.

Text copied from web pages and messengers carries characters a reader never sees: zero-width
spaces and joiners, word joiners, byte-order marks and soft hyphens inside words and numbers
("1\u200b200 drones", "Kyi\u00adv"), and spaces of other widths (no-break, narrow no-break, thin,
figure) between digit groups ("1\u202f200"). Every grammar of every language would have to allow
them between any two characters; instead the text is prepared once: the zero-width characters
are removed and the other spaces become plain ones. Every value must still point at the
characters it came from in the text the caller gave, so :class:`Prepared` maps an offset in the
prepared text back to the original one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extract.homoglyphs import mend_mixed_script
from extract.report import Evidence, Report

# Zero-width space, non-joiner, joiner, word joiner, byte-order mark (zero-width no-break
# space) and soft hyphen: nothing a reader sees, so nothing a grammar should have to skip.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Spaces of another width than the plain one: no-break, en/em and the fixed widths, figure,
# punctuation, thin, hair, narrow no-break, medium mathematical, ideographic.
_OTHER_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NEEDS_PREPARING = re.compile(f"[{_INVISIBLE}{_OTHER_SPACES}]")
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")
_PLAIN_SPACES = str.maketrans(dict.fromkeys(_OTHER_SPACES, " "))


@dataclass(frozen=True, slots=True)
class Prepared:
    """The text to read, and for each of its characters the offset it had in the original."""

    text: str
    # original offset of prepared character i; one more entry: the original's length
    origin: tuple[int, ...] | None  # None: no character removed, offsets are the same

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the prepared text's [start, end)."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        # the end follows the last character kept, not the invisible ones after it
        return self.origin[start], self.origin[end - 1] + 1


def prepare(text: str) -> Prepared:
    """``text`` without invisible characters and with plain spaces (the text itself when it has none),
    and Latin look-alikes inside Cyrillic words made Cyrillic (extract.homoglyphs: offsets unchanged)."""
    if text.isascii():
        return Prepared(text, None)  # (told without a scan) no Cyrillic, no such character
    text = mend_mixed_script(text)
    if _NEEDS_PREPARING.search(text) is None:
        return Prepared(text, None)
    spaced = text.translate(_PLAIN_SPACES)
    if _INVISIBLE_RUN.search(spaced) is None:
        return Prepared(spaced, None)  # same length: every offset stays
    kept: list[str] = []
    origin: list[int] = []
    position = 0
    for run in _INVISIBLE_RUN.finditer(spaced):
        kept.append(spaced[position : run.start()])
        origin.extend(range(position, run.start()))
        position = run.end()
    kept.append(spaced[position:])
    origin.extend(range(position, len(spaced)))
    origin.append(len(spaced))
    return Prepared("".join(kept), tuple(origin))


def point_to_original(report: Report, prepared: Prepared, original: str) -> None:
    """Make every evidence of ``report`` (read from ``prepared.text``) point into ``original``."""
    if prepared.text == original:
        return

    def moved(evidence: Evidence) -> Evidence:
        start, end = prepared.span(evidence.start, evidence.end)
        sentence_start, sentence_end = prepared.span(evidence.sentence_start, evidence.sentence_end)
        return replace(
            evidence,
            start=start,
            end=end,
            text=original[start:end],
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            sentence=original[sentence_start:sentence_end],
        )

    for name, evidence in report.evidence.items():
        report.evidence[name] = (
            [moved(each) for each in evidence] if isinstance(evidence, list) else moved(evidence)
        )
