"""A casualty figure the report revises itself ("first reported 15 injured, later revised the figure
down to 12"; "three were reported killed … the mayor later corrected the death toll to two").

The casualty figures of a kind compete by size (extract.casualties.aggregate keeps the larger),
which reads a toll that rises right but keeps the first figure of a toll revised downward. A figure
told right after a revision ("lowered the count to", "the number was later reduced to") replaces
the figures of its kind told before it; one with no kind word of its own ("the count", "the
figure") is of the kind of the casualty figure told last before it, when no other number stands
between them (a weapon count revised is extract.corrections's). A figure of its kind told after the
revision in a sentence that calls it the earlier one ("Earlier it had been reported that nine people
were killed") is left out too: it is the figure revised.
"""

from __future__ import annotations

import re

from extract.casualty_types import CasualtyMention
from extract.lang import phrase_pattern, phrase_words
from extract.numbers import find_quantities
from extract.text import Sentence
from extract.words import mentions as has_words

_WINDOW = 90  # characters before a figure that the revision's words may take


def apply_revisions(
    text: str, sentences: list[Sentence], in_scope: list[int], mentions: list[CasualtyMention], code: str,
    words: list[str],
) -> list[CasualtyMention]:
    """The mentions with every figure a revision replaced left out and the revised figures in
    (``words``: each sentence's words, extract.words.sentence_words)."""
    verbs = phrase_pattern(code, "casualty_revision_verb")
    revision = phrase_pattern(code, "casualty_revision")
    earlier = phrase_pattern(code, "casualty_revision_earlier")
    told_earlier = phrase_pattern(code, "casualty_told_earlier")
    nouns = phrase_words(code, "casualty_revision_nouns")
    if verbs is None or revision is None or not nouns or not mentions:
        return mentions
    revised: list[CasualtyMention] = []
    for i in in_scope:
        s = sentences[i]
        if not has_words(words[i], nouns) or verbs.search(text, s.start, s.end) is None:
            continue
        for q in find_quantities(text, s.start, s.end, code):
            match = revision.search(text, max(s.start, q.start - _WINDOW), q.start)
            if q.value is None or match is None:
                continue
            if earlier is not None and earlier.search(text, s.start, match.start()):
                continue  # "Earlier reports had put the number at 10": a figure passed, no revision
            own = next((m for m in mentions if m.start == q.start and m.value is not None), None)
            if own is None and not match.group("other"):
                named = _named_kind(match)  # "put the number of injured at six"
                last = None if named else _of_kind_told_last(text, mentions, q.start, code)
                kind = named or (last.kind if last is not None else None)  # "lowered the count to 8"
                if kind is not None:
                    place = last.place if last is not None else None
                    own = CasualtyMention(kind, q.value, q.bound, place, False, q.start, q.end, i)
                    mentions = [*mentions, own]
            if own is not None:
                revised.append(own)
    for new in revised:
        mentions = [m for m in mentions if m is new or m.kind != new.kind or not _replaced(m, new)]
        mentions = [
            m for m in mentions
            if m.kind != new.kind or not _told_as_earlier(m, new, sentences, text, told_earlier)
        ]
    return mentions


def _replaced(mention: CasualtyMention, new: CasualtyMention) -> bool:
    """Whether the revision ``new`` replaces ``mention``, of its kind, told before it at its place."""
    return mention.start < new.start and (new.place is None or mention.place == new.place)


def _told_as_earlier(
    mention: CasualtyMention, new: CasualtyMention, sentences: list[Sentence], text: str,
    told_earlier: re.Pattern[str] | None,
) -> bool:
    """Whether ``mention``, told in a sentence after the revision ``new``, is the figure revised:
    its sentence says the figure was given earlier ("Earlier, officials said nine were killed")."""
    if told_earlier is None or mention.sentence <= new.sentence:
        return False
    if None not in (mention.place, new.place) and mention.place != new.place:
        return False  # another place's figure
    s = sentences[mention.sentence]
    return told_earlier.search(text, s.start, s.end) is not None


def _named_kind(match: re.Match[str]) -> str | None:
    if match.group("killed") or match.group("dead"):
        return "killed"
    return "injured" if match.group("injured") else None


def _of_kind_told_last(
    text: str, mentions: list[CasualtyMention], start: int, code: str
) -> CasualtyMention | None:
    """The casualty figure told last before ``start``, when no other number stands between."""
    before = [m for m in mentions if m.end <= start and m.value is not None]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    return None if find_quantities(text, last.end, start, code) else last
