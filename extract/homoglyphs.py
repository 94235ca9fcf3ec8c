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
# Whether a text holds Cyrillic at all: the Cyrillic blocks, matched case-sensitively (a
# case-insensitive class makes re test every character; this one it leaps over), hold every
# character the case-insensitive [а-яіїєґё] below matches. An English text stops here.
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff\u1c80-\u1c8f]")
# a Latin letter right beside a Cyrillic one; it opens with the Latin class, which re leaps over
# in Ukrainian or Russian text (the first pair's word is the same whichever of its letters is met).
# The class is read case-sensitively, spelled out as every letter re.IGNORECASE matches with
# [a-zA-Z] (the dotted and dotless i, the long s, the Kelvin sign besides): a case-insensitive
# class has re test every character instead of leaping to the next Latin letter.
LATIN_LETTERS_ANY_CASE = "a-zA-Z\u0130\u0131\u017f\u212a"
_MIXED = re.compile(rf"[{LATIN_LETTERS_ANY_CASE}](?i:(?<=[а-яіїєґё].)|(?=[а-яіїєґё]))")
# a word holding both scripts; only its Latin letters that have a twin change
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_LATIN_ONLY = re.compile(r"[a-zA-Z]")


def mend_mixed_script(text: str) -> str:
    """``text`` with the Latin look-alikes inside Cyrillic words made Cyrillic (the same length)."""
    first = None if _ANY_CYRILLIC.search(text) is None else _MIXED.search(text)
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
