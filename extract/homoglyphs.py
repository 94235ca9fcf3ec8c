"""Latin letters typed inside Cyrillic words, mended before reading.

Posts typed on a keyboard switched to the Latin layout, or pasted through converters, carry Latin
look-alikes inside Ukrainian and Russian words ("Вночi", "Харкiв", "безпiлотниками" with a Latin
i): no Cyrillic grammar or place name matches them. Each such letter is replaced by its Cyrillic
twin, one character for one, so every offset into the text stays where it was.
"""

from __future__ import annotations

import re

# Latin letters that look like Cyrillic ones, and their twins
_TWINS = str.maketrans("iIaeocpxyAOCEHKMPTXB", "іІаеосрхуАОСЕНКМРТХВ")
# a Cyrillic letter right beside a Latin one: the one test run over every text. It opens with the
# Cyrillic class so that re leaps over English text (a Latin letter first tried every letter's
# neighbour: ~90 µs an English article, now ~20 µs)
_MIXED = re.compile(r"[а-яіїєґё](?:(?<=[a-zA-Z].)|(?=[a-zA-Z]))", re.IGNORECASE)
# a word holding both scripts; only its Latin letters that have a twin change
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_LATIN_ONLY = re.compile(r"[a-zA-Z]")


def mend_mixed_script(text: str) -> str:
    """``text`` with the Latin look-alikes inside Cyrillic words made Cyrillic (the same length)."""
    first = _MIXED.search(text)
    if first is None:
        return text

    def mend(word: re.Match[str]) -> str:
        found = word.group()
        latin = len(_LATIN_ONLY.findall(found))
        # (a Latin name with a Cyrillic ending, "Shahedами", keeps its Latin)
        if latin == 0 or latin >= len(_CYRILLIC.findall(found)):
            return found
        return found.translate(_TWINS)

    start = text.rfind(" ", 0, first.start()) + 1
    return text[:start] + _WORD.sub(mend, text[start:])
