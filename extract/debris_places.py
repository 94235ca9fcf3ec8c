"""The struck places whose impact a report tells only as falling debris::

    from extract.debris_places import debris_only_places
    debris_only_places(text, struck, sentences, language="en")
                                 # struck: extract.places.struck_places; the names (cities, their
                                 # oblasts and oblasts) told only as debris, in order

The words for debris and for a hit are the language's (extract/lang/<code>.py); which places were
struck at all is extract.places.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from extract.caseless import lower_pattern, lowered
from extract.lang import get_language
from extract.place_names import PlaceMention
from extract.places import impact_words, impact_words_lowered
from extract.text import Sentence


@lru_cache(maxsize=4)
def _debris_and_hit_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's words for falling debris and for a hit (extract/lang/<code>.py)."""
    data = get_language(language)
    return (re.compile(rf"\b(?:{'|'.join(data.debris_words)})\b", re.I),
            re.compile(rf"\b(?:{'|'.join(data.hit_words)})\b", re.I))


@lru_cache(maxsize=4)
def _debris_and_hit_words_lowered(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The same for lower-cased text (extract.caseless); None when a word cannot be read so."""
    try:
        return tuple(lower_pattern(p) for p in _debris_and_hit_words(language))  # type: ignore[return-value]
    except ValueError:
        return None


def debris_only_places(text: str, struck: Sequence[tuple[PlaceMention, int]], sentences: Sequence[Sentence],
                       language: str = "en") -> list[str]:
    """The places of ``struck`` (`struck_places`; cities, their oblasts and oblasts, by name, in
    order) whose impact the report tells only as falling debris ("debris fell on a house in Bucha",
    "уламки пошкодили дах"), never as a hit or damage of another kind.

    Each mention is judged by the clause of its tying sentence that holds it: hit words there make
    it a hit (also beside debris words: "debris fell and there were direct hits"; "debris hit a
    house" too, so a place is drawn as debris only when the text leaves no doubt); debris words
    alone, debris. A clause with neither (the place stands apart: "In Bucha, debris fell …"; or a
    later sentence ties it) is judged by the whole sentence: debris when it tells of debris and
    has no clause with a hit word. A place is debris-only when every mention of it is; one hit
    anywhere, or impact of no stated kind (damage, casualties), makes it a hit."""
    # (over the lower-cased text where it reads as the patterns do: the quicker scans)
    low = lowered(text)
    lowered_words = _debris_and_hit_words_lowered(language) if low is not None else None
    if low is not None and lowered_words is not None:
        scanned, (debris, hit), cuts = low, lowered_words, impact_words_lowered(language).clause_break
    else:
        scanned, (debris, hit) = text, _debris_and_hit_words(language)
        cuts = impact_words(language).clause_break
    kinds: dict[str, set[str]] = {}
    clauses_of: dict[int, list[tuple[int, int]]] = {}  # a sentence's clauses, cut once for its places
    found: dict[tuple[int, int, bool], bool] = {}  # whether a clause holds hit (True) or debris words

    def holds(clause: tuple[int, int], hits: bool) -> bool:
        """Asked of the clause alone, as a string of its own (its first and last words end there)."""
        answer = found.get((*clause, hits))
        if answer is None:
            words = hit if hits else debris
            answer = found[(*clause, hits)] = words.search(scanned[clause[0]:clause[1]]) is not None
        return answer

    for mention, index in struck:
        clauses = clauses_of.get(index)
        if clauses is None:
            sentence = sentences[index]
            clauses, start = clauses_of.setdefault(index, []), sentence.start
            for cut in [*cuts.finditer(scanned, sentence.start, sentence.end), None]:
                end = cut.start() if cut else sentence.end
                clauses.append((start, end))
                start = cut.end() if cut else end
        own = next((c for c in clauses if c[0] <= mention.start < c[1]), None)
        # "debris fell and direct hits", "уламки влучили": a hit, to be safe
        if own is not None and holds(own, True):
            kind = "hit"
        elif own is not None and holds(own, False):
            kind = "debris"
        else:  # the place stands apart from its clause's words: the sentence says
            told_debris = any(holds(clause, False) for clause in clauses)
            kind = "debris" if told_debris and not any(holds(clause, True) for clause in clauses) else "hit"
        names = (mention.name, mention.oblast) if mention.kind == "city" else (mention.name,)
        for name in filter(None, names):
            kinds.setdefault(name, set()).add(kind)
    return [name for name, found_kinds in kinds.items() if found_kinds == {"debris"}]
