"""Which of a language's impact cues a sentence can hold, told from its words (extract.words).

extract.places asks of every sentence, and of every clause of an impact sentence, whether a dozen
phrase patterns (impact, interception, negation, ground fire, claims …) match: each a scan of
the text. Every match of a phrase pattern begins a word with one of its phrases' leading letters
(extract.place_names.phrase_prefixes), so a sentence none of whose words begins so holds no
match anywhere in it, in any clause, and the scan is skipped. One test over the sentence's
words (extract.words.word_begins) is far quicker than the scan, and most sentences of a
news story hold none of most families. The answers only ever skip a scan that would have found
nothing: the records are the same.

Only over text that lower-casing reads as the patterns do (extract.caseless.lowered), since the
words are lower-cased; and only for text whose word starts are the sentence's own (not text
blanked by a pattern that may end inside a word: extract.places._classify says which).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from extract.lang import place_words
from extract.place_names import phrase_prefixes
from extract.words import prefix_gate


def _gate(phrases: Iterable[str]) -> re.Pattern[str] | None:
    prefixes = phrase_prefixes(phrases)
    return None if prefixes is None else prefix_gate(prefixes)


_APOSTROPHE = re.compile("['’]")


@dataclass(frozen=True)
class ImpactGates:
    """For each phrase family of extract.places.ImpactWords read per sentence or clause, the test
    over a sentence's words that some word begins as one of its phrases does (None: not told)."""

    any_impact: re.Pattern[str] | None
    impact: re.Pattern[str] | None
    weak_impact: re.Pattern[str] | None
    destroy: re.Pattern[str] | None
    intercept: re.Pattern[str] | None
    aerial: re.Pattern[str] | None
    not_impact: re.Pattern[str] | None
    negated: re.Pattern[str] | None
    negated_after: re.Pattern[str] | None
    denied: re.Pattern[str] | None
    not_aerial: re.Pattern[str] | None
    ground_fire: re.Pattern[str] | None
    claim_or_background: re.Pattern[str] | None
    refers_city: re.Pattern[str] | None
    refers_region: re.Pattern[str] | None


@lru_cache(maxsize=4)
def impact_gates(language: str = "en") -> ImpactGates:
    """The gates of a language's impact wording (the same phrase sets as extract.places.impact_words)."""
    w = place_words(language)
    return ImpactGates(
        any_impact=_gate({*w.IMPACT_CUES, *w.WEAK_IMPACT_CUES, *w.DESTROY_CUES}),
        impact=_gate(set(w.IMPACT_CUES) - set(w.WEAK_IMPACT_CUES) - set(w.DESTROY_CUES)),
        weak_impact=_gate(w.WEAK_IMPACT_CUES),
        destroy=_gate(w.DESTROY_CUES),
        intercept=_gate(w.INTERCEPT_CUES),
        aerial=_gate(w.AERIAL_WORDS),
        not_impact=_gate(w.NOT_IMPACT_PHRASES),
        negated=_gate(w.NEGATORS),
        negated_after=_gate(w.NEGATED_AFTER),
        denied=_gate(w.DENIED_IMPACT),
        not_aerial=_gate(w.NOT_AERIAL_CUES),
        ground_fire=_gate(w.GROUND_FIRE_CUES),
        claim_or_background=_gate({*w.CLAIM_CUES, *w.BACKGROUND_CUES}),
        refers_city=_gate(w.REFERRING_CITY),
        refers_region=_gate(w.REFERRING_REGION),
    )


class SentenceWords:
    """One sentence's words (extract.words.sentence_words) and text, asked which gates they pass;
    each answer kept, as the clauses of a sentence ask the same gates again."""

    __slots__ = ("_answers", "_starts", "_text", "_words")

    def __init__(self, words: str, text: str) -> None:
        self._words = words
        self._text = text
        self._starts: str | None = None
        self._answers: dict[int, bool] = {}  # by the gate's id: a pattern's hash reads its whole code

    def may_hold(self, gate: re.Pattern[str] | None) -> bool:
        """False only when no word of the sentence begins as the gate's phrases do (the answer of
        extract.words.word_begins)."""
        if gate is None:
            return True
        answer = self._answers.get(id(gate))
        if answer is None:
            if self._starts is None:
                # the words and the stretches after an apostrophe inside one ("l'Yeysk"), each
                # after a line break: word_begins' two texts in one, made once for all the gates
                self._starts = self._words
                if "'" in self._text or "’" in self._text:
                    self._starts += "\n" + "\n".join(_APOSTROPHE.split(self._text.lower())[1:])
            answer = self._answers[id(gate)] = gate.search(self._starts) is not None
        return answer


class AnyWords(SentenceWords):
    """A sentence whose words are not known (or not to be trusted): every gate may hold."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__("", "")

    def may_hold(self, gate: re.Pattern[str] | None) -> bool:
        return True


ANY_WORDS = AnyWords()
