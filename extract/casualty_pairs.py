"""People named by a word for two: "a drone strike killed a married couple", "an elderly couple
was injured" count two, where "a woman" counts one (extract.casualties reads the singular; the
language phrase ``pair_person`` names the words, which its ``person`` phrase lists too).
"""

from __future__ import annotations

from extract.lang import phrase_pattern


def people_named(text: str, start: int, end: int, code: str) -> int:
    """How many people the singular person named in ``text[start:end]`` is: two for a couple,
    else one."""
    pair = phrase_pattern(code, "pair_person")
    return 2 if pair is not None and pair.search(text, start, end) else 1
