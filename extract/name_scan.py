"""The capitalised names a text may hold, found by looking words up, before anything is decided::

    from extract.name_scan import scan_names, RawName
    scan_names(text, gaz, foreign)   # list[RawName]: start, end, gazetteer key, the next word

A capitalised word that begins no known name (the gazetteer's, or a place abroad's in
``foreign``) is passed over after one look-up: the answer is kept by the word, since the same
words come back sentence after sentence; so is, for a word that may begin one, the name the word
is alone (most are followed by no capitalised word, and need no other look-up). A word that may
begin one is extended to the longest name it starts (up to three words). What each name is in its
context is extract.place_names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.gazetteer import Gazetteer, fold, is_cyrillic_key
from extract.misspelt_names import misspelt_name

LETTERS = "A-Za-zÀ-ÿА-Яа-яЁёІіЇїЄєҐґ"  # Ёё: Russian names ("Жёлтые Воды", "Семёновка")
_WORD = re.compile(rf"[A-ZА-ЯЁІЇЄҐ][{LETTERS}'’ʼ]*(?:-[{LETTERS}'’ʼ]+)*")
_NEXT_WORD = re.compile(rf"\s*([{LETTERS}'’ʼ-]+)")
_MAX_NAME_WORDS = 3
# No report names more places than this; past it a text is a list or an attack on the
# extractor, and the rest of it is not read for places.
MAX_NAMES = 1_000
# The words whose answer (may they begin a name) is kept, at most, for each set of first words.
MAX_KEPT_WORDS = 16384


@dataclass(slots=True)
class RawName:
    """A name found in the text before its context has decided what it is."""

    start: int
    end: int
    key: str
    follower: str = ""  # the lower-case word right after the name


@lru_cache(maxsize=4096)
def fold_word(word: str) -> str:
    """gazetteer.fold, kept for the words met (the same few come back in every report)."""
    return fold(word)


@lru_cache(maxsize=4)
def _first_words(gaz: Gazetteer, foreign: frozenset[str]) -> frozenset[str]:
    """The first words of every known name, places abroad included (they are read to be set aside)."""
    return gaz.first_words | frozenset(key.split()[0] for key in foreign if key)


# What a word is to the scan: it begins no known name (False); it may begin one, and alone is
# the known name of this key (str) or none (True).
_WordAnswer = bool | str


@lru_cache(maxsize=4)
def _word_answers(gaz: Gazetteer, foreign: frozenset[str]) -> dict[str, _WordAnswer]:
    """The answers (_word_answer) for one gazetteer and set of places abroad, by word: a plain
    dict is quicker than a cache keyed by the word and the two."""
    return {}


@lru_cache(maxsize=4)
def _longer_name_heads(gaz: Gazetteer, foreign: frozenset[str]) -> frozenset[str]:
    """The first words of every known name of two words or more, places abroad included."""
    return gaz.longer_name_heads() | frozenset(key.split()[0] for key in foreign if " " in key)


def _word_answer(word: str, gaz: Gazetteer, foreign: frozenset[str]) -> _WordAnswer:
    if not _may_start_name(word, _first_words(gaz, foreign)):
        # "Kerson", "Cherkady": a large town's or an oblast's name misspelt by one letter
        return misspelt_name(fold_word(word), gaz) or False
    key = fold_word(word)
    if key in foreign or gaz.knows(key):
        return key
    # Every Cyrillic word may begin a name (the first word of a case form is no name's first
    # word), but one that is no name alone begins a longer one only as its first word: most
    # capitalised words of a Ukrainian text are neither, and need no look-up of the words after.
    return not is_cyrillic_key(word.lower()) or not _longer_name_heads(gaz, foreign).isdisjoint(_heads(word))


def _heads(word: str) -> set[str]:
    """The first word of every name a run of words that opens with ``word`` folds to: fold reads
    the run's accents one way or the other by whether a later word has any (both are taken)."""
    return {fold(word + " " + later).split()[0] for later in ("x", "é")}


def scan_names(text: str, gaz: Gazetteer, foreign: frozenset[str]) -> list[RawName]:
    """Capitalised words that begin a known name (``foreign``: the keys of places abroad), extended
    to the longest name they start. A huge text stops being read at MAX_NAMES names."""
    raws: list[RawName] = []
    answers = _word_answers(gaz, foreign)
    consumed = 0
    for token in _WORD.finditer(text):
        if token.start() < consumed:
            continue
        word = token.group()
        answer = answers.get(word)
        if answer is None:
            if len(answers) >= MAX_KEPT_WORDS:
                answers.clear()
            answer = answers[word] = _word_answer(word, gaz, foreign)
        if answer is False:
            continue
        run = [token]
        while len(run) < _MAX_NAME_WORDS and text.startswith(" ", run[-1].end()):
            following = _WORD.match(text, run[-1].end() + 1)
            if following is None:
                break
            run.append(following)
        found = None
        for n in range(len(run), 1, -1):
            start, end = run[0].start(), run[n - 1].end()
            key = fold_word(text[start:end])
            if key in foreign or gaz.knows(key):
                found = start, end, key
                break
        if found is None:
            if answer is True:
                continue  # the word alone is no known name either
            found = token.start(), token.end(), answer
        start, end, key = found
        follower_match = _NEXT_WORD.match(text, end)
        follower = follower_match.group(1).lower().strip("-") if follower_match else ""
        raws.append(RawName(start, end, key, follower))
        consumed = end
        if len(raws) >= MAX_NAMES:
            break
    return raws


def _may_start_name(word: str, first_words: frozenset[str]) -> bool:
    """Whether a capitalised word can begin a known name (most words of a report cannot)."""
    lower = word.lower()
    if lower in first_words or is_cyrillic_key(lower):
        return True
    head = fold_word(word).split()
    return bool(head) and head[0] in first_words
