"""A paragraph's history of past nights: from a sentence listing several days ("struck the
area on the nights of March 4, 6, 7 and 9") to its paragraph's end, the story of earlier
nights, not of the one reported (kept apart from extract.dates, which dates that one)."""

from __future__ import annotations

from extract.dates import find_dates, grammar, names_date_words
from extract.text import Sentence


def past_nights(
    text: str,
    sentences: list[Sentence],
    in_scope: list[int],
    code: str = "en",
    words: list[str] | None = None,
) -> list[int]:
    """The sentences of a paragraph's history of past nights: from a sentence listing several
    days ("struck the area on the nights of March 4, 6, 7 and 9") to its paragraph's end."""
    if grammar(code).day_list is None:
        return []
    out: list[int] = []
    history_from: int | None = None  # where the sentence listing past nights ended
    for i in in_scope:
        s = sentences[i]
        if history_from is not None and "\n" not in text[history_from : s.start]:
            out.append(i)
            continue
        history_from = None
        if words is not None and not names_date_words(words[i], code):
            continue
        if any(m.listed for m in find_dates(text, s.start, s.end, code)):
            out.append(i)
            history_from = s.end
    return out
