"""Language data for the extraction engine.

The engine modules (numbers, weapons, dates, clauses, casualties, scope, places) hold no
wording of their own: each language is a data module here exposing ``LANGUAGE``, a
:class:`LanguageData` of word lists and phrase patterns (``en.py``, ``uk.py``, ``ru.py``), and a
table of place words (``place_words_en.py``, ``place_words_uk.py``, ``place_words_ru.py``); the
engine compiles whatever it is given, ``get_language`` and ``place_words`` find a language's
data by its code, and ``detect_language`` chooses one per report. See README.md here for what a
new language provides.
"""

from __future__ import annotations

import importlib
import re
import string
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

# Every language the engine reads: each has extract/lang/<code>.py and place_words_<code>.py.
LANGUAGE_CODES = ("en", "uk", "ru")


@dataclass(frozen=True)
class WeaponModel:
    """One named weapon: its canonical name, spellings (regex), family and class."""

    model: str
    pattern: str
    family: str | None
    weapon_class: str  # "drone" | "missile" | "guided_bomb" | "recon"


@dataclass(frozen=True)
class LanguageData:
    code: str
    # numbers
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]  # "hundred" -> 100, "thousand" -> 1000
    dozen_words: tuple[str, ...]
    joiners: tuple[str, ...]  # "and" inside "one hundred and five"
    singular_articles: tuple[str, ...]  # "a", "an": a singular noun with no numeral counts one
    both_words: tuple[str, ...]
    qualifiers: dict[str, str]  # phrase -> "lower" | "upper" | "approximate"
    vague_amounts: tuple[str, ...]  # phrases that give no number ("dozens of", "several")
    ordinals: dict[str, int]
    # weapons
    models: tuple[WeaponModel, ...]
    class_heads: dict[str, tuple[str, ...]]  # class -> head-noun patterns ("drones?")
    family_words: dict[str, str]  # "cruise" -> "cruise"
    weapon_modifiers: tuple[str, ...]  # adjectives allowed between a number and its noun
    head_blockers: tuple[str, ...]  # "drone attack": the weapon word is a modifier, not the noun
    # clauses
    role_verbs: dict[str, tuple[str, ...]]  # role -> verb phrase patterns
    preposition_launch: tuple[str, ...]  # "with 40 missiles", "using 3 drones"
    hit_outcome: tuple[str, ...]  # "found their targets": hits, not a launch count
    subset_markers: tuple[str, ...]  # "including", "namely"
    all_words: tuple[str, ...]
    clause_breaks: tuple[str, ...]
    location_nouns: tuple[str, ...]
    debris_words: tuple[str, ...]
    hit_words: tuple[str, ...]
    # casualties
    people_nouns: tuple[str, ...]
    excluded_people: tuple[str, ...]
    killed_words: tuple[str, ...]
    injured_words: tuple[str, ...]
    killed_verbs: tuple[str, ...]
    injured_verbs: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    toll_phrases: dict[str, tuple[str, ...]]  # kind -> "death toll", "number of injured"
    rise_verbs: tuple[str, ...]
    no_casualty_phrases: dict[str, tuple[str, ...]]  # "both" | "killed" | "injured" -> phrases
    additive_starts: tuple[str, ...]
    non_aerial_words: tuple[str, ...]  # shelling, artillery: casualties not of an air attack
    # scope
    background_markers: tuple[str, ...]
    background_headings: tuple[str, ...]  # a heading after which the rest is other news
    link_headings: tuple[str, ...]  # "Read also:": the next line is another story's title
    paragraph_openers: tuple[str, ...]  # background that keeps the rest of its paragraph
    foreign_markers: tuple[str, ...]
    foreign_places: tuple[str, ...]
    launch_origin_words: tuple[str, ...]
    attacker_markers: tuple[str, ...]
    # dates
    months: dict[str, int]
    weekdays: dict[str, int]
    # Word prefixes that must occur in a sentence before a module runs its patterns on it: a cheap
    # filter over each sentence's words (most sentences of a story are quotes and diplomacy).
    weapon_triggers: tuple[str, ...] = field(default=())
    location_triggers: tuple[str, ...] = field(default=())
    casualty_triggers: tuple[str, ...] = field(default=())
    background_triggers: tuple[str, ...] = field(default=())
    foreign_triggers: tuple[str, ...] = field(default=())
    foreign_trigger_pairs: tuple[tuple[str, str], ...] = field(default=())
    class_word_prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # drone/missile words
    # Named regex fragments for the small closed-class phrases the engine's patterns are built
    # from (auxiliaries, list joiners, "of them", "as of" ...): each module documents the names it reads.
    phrases: dict[str, str] = field(default_factory=dict)
    place_prepositions: tuple[str, ...] = field(default=("in",))
    place_stopwords: tuple[str, ...] = field(default=())
    # English months and weekdays are matched capitalised ("may", "march" are also words);
    # Ukrainian writes them in lower case ("23 серпня", "у ніч на понеділок").
    lowercase_calendar_words: bool = False
    # Set phrases that stand for one number ("half a dozen" -> 6, "півсотні" -> 50).
    fixed_amounts: dict[str, int] = field(default_factory=dict)


# Which language a report is written in, decided in this one place (the extractor and salvo's
# ingest both ask here). Ukrainian and Russian are told from English by their Cyrillic letters
# (the Latin that their reports carry, "Shahed", "KN-23", links, is a minority), and from each
# other by the letters only one of them has (ы э ъ ё against і ї є ґ) and by small words only one
# of them uses ("и", "что", "это" against "і", "та", "що"): text scraped without і/ї/є is still
# told by its words.
# "и" before a vowel ("россияне", "июля", "сообщение") is Russian; Ukrainian writes "і" there
_RUSSIAN_LETTERS = re.compile(r"[ыэъё]|и(?=[аеёиоуюя])")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґ]")
_RUSSIAN_WORDS = frozenset((
    "и", "с", "что", "это", "как", "или", "но", "уже", "также", "ещё", "еще", "его", "он", "она",
    "они", "был", "была", "были", "было", "при", "который", "которые", "которых", "из", "от", "года",
    "сообщил", "сообщили", "всего", "после", "около", "более", "человек", "ночью", "этой", "сегодня",
    "россияне", "ночь",
))
_UKRAINIAN_WORDS = frozenset((
    "і", "та", "з", "із", "що", "як", "це", "але", "або", "вже", "також", "ще", "його", "він", "вона",
    "вони", "був", "була", "були", "було", "який", "які", "яких", "від", "року", "повідомив",
    "повідомили", "всього", "після", "близько", "понад", "людей", "вночі", "уночі", "цієї", "сьогодні",
    "росіяни", "ніч",
))
# The small words are counted among the sample's words, each a whole run of these characters.
_WORD = re.compile(r"[\w'’]+")
# Cyrillic letters are counted as the non-ASCII characters less the few others (quotes, dashes):
# one quick scan finding a few characters, where finding every Cyrillic letter is slow.
_NON_ASCII_NOT_CYRILLIC = re.compile(r"[^\x00-\x7fа-яА-ЯёЁіІїЇєЄґҐ]")
_ASCII_LETTERS = string.ascii_letters.encode()
# A text is judged by its first this-many characters.
_SAMPLE_CHARS = 2000


def detect_language(text: str) -> str:
    """ "uk" or "ru" when most letters of the text's beginning are Cyrillic (which of the two by
    their own letters and words), else "en"."""
    sample = text[:_SAMPLE_CHARS]
    # Cheap first look (one C-level pass): English prose has few non-ASCII characters (quotes,
    # dashes), Ukrainian and Russian mostly them; only a text with many is counted letter by letter.
    ascii_part = sample.encode("ascii", "ignore")
    non_ascii = len(sample) - len(ascii_part)
    if non_ascii * 5 < len(sample):
        return "en"
    cyrillic = non_ascii - len(_NON_ASCII_NOT_CYRILLIC.findall(sample))
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    if cyrillic <= latin:
        return "en"
    low = sample.lower()
    words = _WORD.findall(low)
    russian = len(_RUSSIAN_LETTERS.findall(low)) + 2 * sum(word in _RUSSIAN_WORDS for word in words)
    ukrainian = len(_UKRAINIAN_LETTERS.findall(low)) + 2 * sum(word in _UKRAINIAN_WORDS for word in words)
    return "ru" if russian > ukrainian else "uk"


@cache
def get_language(code: str = "en") -> LanguageData:
    """The data of a language by its code ("en", "uk", "ru"): ``LANGUAGE`` of extract/lang/<code>.py."""
    if code not in LANGUAGE_CODES:
        raise ValueError(f"no language data for {code!r}")
    return importlib.import_module(f"extract.lang.{code}").LANGUAGE


@cache
def place_words(code: str = "en") -> ModuleType:
    """A language's place wording by its code: the module extract/lang/place_words_<code>.py."""
    if code not in LANGUAGE_CODES:
        raise ValueError(f"no place words for {code!r}")
    return importlib.import_module(f"extract.lang.place_words_{code}")


def all_place_words() -> tuple[ModuleType, ...]:
    """Every language's place wording, in LANGUAGE_CODES order: place names are read with all of
    them at once (a report in one language names places in the other's spelling too)."""
    return tuple(place_words(code) for code in LANGUAGE_CODES)
