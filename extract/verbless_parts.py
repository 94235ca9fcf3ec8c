"""A further part told in a sentence of its own with neither noun nor verb: "Над Київщиною збито
12 дронів. Ще 4 — над Черкащиною." (16 shot down), "Над Киевщиной сбиты 12. Ещё 4 — над
Черкасщиной."

The sentence opens with a word of "more" (language phrase ``further_before``), a count, perhaps a
dash, and a place (``place_part``), and ends there: the count is more of what the sentence
before counted, in the same field, so it is one more candidate marked further and
extract.further_counts adds it to that count. Only when the sentence before counted one field (or
one class and its total). After a sentence that counted drones and missiles, a part naming its
class is more of that class ("Збито 60 дронів і 4 ракети. Ще 12 дронів — над Черкащиною."), and
one naming none is more of the total (76), the classes' figures staying as told.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from extract.clause_findings import Candidate, ClauseFindings
from extract.lang import get_language
from extract.numbers import find_quantities
from extract.text import Sentence
from extract.weapons import find_mentions

# After the place's first letter, the rest of the place and nothing else: "…еркащиною.", "…еркаській
# області" (a comma or a clause after it may tell something else of the four: "…, там пошкоджено").
_TAIL = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+){0,3}\s*[.!]?\s*")


@cache
def _shape(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The sentence's opening up to its count, and the gap and place after the count."""
    phrases = get_language(code).phrases
    if "further_before" not in phrases or "place_part" not in phrases:
        return None
    opening = re.compile(rf"[\s\"«“'(]*(?i:{phrases['further_before']})\s+")
    # the place_part pattern tells a place by its capital letter: no IGNORECASE on it
    place = re.compile(rf"\s*(?:[–—]|-(?=\s))?\s*(?:{phrases['place_part']})")
    return opening, place


def add_verbless_parts(
    findings: ClauseFindings, text: str, sentences: list[Sentence], in_scope: list[int], code: str
) -> None:
    """Add a further candidate for each sentence in scope of the shape "Ще 4 — над X."."""
    shape = _shape(code)
    if shape is None:
        return
    opening, place = shape
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in findings.candidates:
        by_sentence.setdefault(candidate.sentence, []).append(candidate)
    for previous, index in itertools.pairwise(in_scope):
        s = sentences[index]
        head = opening.match(text, s.start, s.end)
        if head is None or index in by_sentence or previous not in by_sentence:
            continue
        count = next((q for q in find_quantities(text, s.start, s.end, code) if q.start == head.end()), None)
        if count is None or count.value is None:
            continue
        # "Ще 12 дронів — над Черкащиною": the part may name its class
        nouns = find_mentions(text, count.start, s.end, code)
        noun = next((m for m in nouns if m.start == count.start), None)
        if noun is not None and (noun.singular or noun.weapon_class not in _CLASS_PREFIX):
            continue
        where = place.match(text, noun.end if noun else count.end, s.end)
        if where is None or not _TAIL.fullmatch(text, where.end(), s.end):
            continue
        base = _single_field(by_sentence[previous], noun.weapon_class if noun else None)
        if base is not None:
            findings.candidates.append(replace(
                base, value=count.value, bound=count.bound, start=count.start, end=count.end,
                sentence=index, singular=False, scope=None, scope_firm=False, from_hit=False,
                additional=False, further="word",
            ))


_CLASS_PREFIX = {"drone": "drones_", "missile": "missiles_"}


def _single_field(candidates: list[Candidate], weapon_class: str | None = None) -> Candidate | None:
    """The last candidate of the one class field the sentence counted (or of its one total field
    when it counted no class); None when it counted several. Given the part's class, the one
    field of that class the sentence counted."""
    if weapon_class is not None:
        candidates = [c for c in candidates if c.field.startswith(_CLASS_PREFIX[weapon_class])]
    fields = {c.field for c in candidates}
    own = {f for f in fields if not f.startswith("total")} or fields
    role = min(own, default="").partition("_")[2]
    if weapon_class is None and own == {f"drones_{role}", f"missiles_{role}"}:
        # "Збито 40 дронів та 3 ракети. Ще 3 — над Черкащиною.": more of one class or the other,
        # so more of the total whichever it was (extract.further_counts adds it to their sum)
        last = candidates[-1]
        return replace(last, field=f"total_{role}")
    if len(own) != 1:
        return None
    field = own.pop()
    return next(c for c in reversed(candidates) if c.field == field)
