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
    # "both" | "killed" | "injured" | "nobody_hurt" (optional: the injured, and the killed too
    # when no figure is given) -> phrases
    no_casualty_phrases: dict[str, tuple[str, ...]]
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
    # Whether the language's stories tell a casualty figure again as "more" ("Поранено 13 людей. …
    # Ще 13 поранені були у лікарнях" is the 13 again), so a "more" count equal to one told before
    # is not added (casualty_parts.more_after_the_sentence_before); in English "two more" is more.
    more_repeats_a_count: bool = False
    # Detection (detect_language): the script the language is written in (one of SCRIPTS) and,
    # to tell it from the other languages of its script, a regex of letters only it uses and its
    # most common small words.
    script: str = "latin"
    own_letters: str = ""
    common_words: tuple[str, ...] = ()
    # Abbreviations that end in a dot without ending a sentence (regex pieces: "Mr", "U\.S",
    # "обл"); sentences are split before the language is known, so every language's apply.
    abbreviations: tuple[str, ...] = ()


# Which language a report is written in, decided in this one place (the extractor and salvo's
# ingest both ask here), from each language's detection data: first the script (Ukrainian and
# Russian are told from English by their Cyrillic letters; the Latin that their reports carry,
# "Shahed", "KN-23", links, is a minority), then, among the languages of that script, the one
# whose own letters (і ї є ґ against ы э ъ ё) and small words ("і", "та", "що" against "и",
# "что", "это") the text holds most: text scraped without і/ї/є is still told by its words.
# The scripts the detector counts (LanguageData.script names one); on a tie, Latin.
SCRIPTS = ("latin", "cyrillic")
# The language of a text with no letters, and of one mostly in ASCII (the quick first look).
DEFAULT_LANGUAGE = "en"
# The small words are counted among the sample's words, each a whole run of these characters.
_WORD = re.compile(r"[\w'’]+")
# Cyrillic letters are counted as the non-ASCII characters less the few others (quotes, dashes):
# one quick scan finding a few characters, where finding every Cyrillic letter is slow.
_NON_ASCII_NOT_CYRILLIC = re.compile(r"[^\x00-\x7fа-яА-ЯёЁіІїЇєЄґҐ]")
_ASCII_LETTERS = string.ascii_letters.encode()
# A text is judged by its first this-many characters.
_SAMPLE_CHARS = 2000


def detect_language(text: str) -> str:
    """The code of the language a text's beginning is written in ("en", "uk", "ru")."""
    sample = text[:_SAMPLE_CHARS]
    # Cheap first look (one C-level pass): English prose has few non-ASCII characters (quotes,
    # dashes), Ukrainian and Russian mostly them; only a text with many is counted letter by letter.
    ascii_part = sample.encode("ascii", "ignore")
    non_ascii = len(sample) - len(ascii_part)
    if non_ascii * 5 < len(sample):
        script = "latin"
    else:
        cyrillic = non_ascii - len(_NON_ASCII_NOT_CYRILLIC.findall(sample))
        latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
        script = "cyrillic" if cyrillic > latin else "latin"
    candidates = _detection_by_script().get(script, ())
    if len(candidates) < 2:
        return candidates[0][0] if candidates else DEFAULT_LANGUAGE
    low = sample.lower()
    words = _sample_words(low, script)
    scores = [
        _own_letters(low, letters) + 2 * sum(map(common.__contains__, words))
        for _, letters, common in candidates
    ]
    return candidates[scores.index(max(scores))][0]  # the first of the most, in LANGUAGE_CODES order


def _sample_words(low: str, script: str) -> list[str]:
    """The words of ``low`` (runs of _WORD's characters) as far as the small words are concerned:
    where every small word is letters only, the space-parted pieces of letters only (each one whole
    word: a letter is a word character) and the words _WORD reads in the other pieces (punctuation,
    digits, apostrophes), which no small word equals as a whole piece. One str.split and a short
    findall, where a findall over the whole sample is the slowest step of detection."""
    if not _small_words_are_letters(script):
        return _WORD.findall(low)
    pieces = low.split()
    return pieces + _WORD.findall(" ".join([piece for piece in pieces if not piece.isalpha()]))


@cache
def _small_words_are_letters(script: str) -> bool:
    """Whether every small word of the script's languages is letters only (see _sample_words)."""
    return all(word.isalpha() for _, _, common in _detection_by_script()[script] for word in common)


def _own_letters(low: str, letters: re.Pattern[str] | str | None) -> int:
    """How many of a language's own letters (its pattern's matches) the text holds."""
    if letters is None:
        return 0
    if isinstance(letters, str):
        return sum(map(low.count, letters))  # a class of single letters: each match one letter
    return len(letters.findall(low))


# A language's code with its own letters (None where it has none; the letters themselves where
# they are a plain class of letters, "[іїєґ]", counted by str.count far quicker than a regex
# finds them; else the compiled pattern) and small words.
_Detector = tuple[str, re.Pattern[str] | str | None, frozenset[str]]
_PLAIN_CLASS = re.compile(r"\[([^\]\\^\-\[]+)\]")


@cache
def _detection_by_script() -> dict[str, tuple[_Detector, ...]]:
    """Each script's languages with their detection data."""
    out: dict[str, list[_Detector]] = {}
    for code in LANGUAGE_CODES:
        lang = get_language(code)
        plain = _PLAIN_CLASS.fullmatch(lang.own_letters)
        letters: re.Pattern[str] | str | None = (
            None if not lang.own_letters else plain.group(1) if plain else re.compile(lang.own_letters)
        )
        out.setdefault(lang.script, []).append((code, letters, frozenset(lang.common_words)))
    return {script: tuple(languages) for script, languages in out.items()}


@cache
def get_language(code: str = "en") -> LanguageData:
    """The data of a language by its code ("en", "uk", "ru"): ``LANGUAGE`` of extract/lang/<code>.py."""
    if code not in LANGUAGE_CODES:
        raise ValueError(f"no language data for {code!r}")
    return importlib.import_module(f"extract.lang.{code}").LANGUAGE


@cache
def phrase_pattern(code: str, name: str) -> re.Pattern[str] | None:
    """A language's phrase ``name`` (LanguageData.phrases) compiled case-insensitively, or None
    where the language has no such phrase (the rule it serves does not apply to that language)."""
    phrase = get_language(code).phrases.get(name)
    return re.compile(phrase, re.IGNORECASE) if phrase else None


@cache
def phrase_words(code: str, name: str) -> tuple[str, ...]:
    """A language's phrase ``name`` that lists words ("figure|count|number") as a tuple of them,
    empty where the language has no such phrase; kept, as extract.words.mentions finds its
    compiled test by the tuple's identity."""
    phrase = get_language(code).phrases.get(name)
    return tuple(phrase.split("|")) if phrase else ()


@cache
def aerial_word_prefixes(code: str = "en") -> tuple[str, ...]:
    """Every weapon class's word prefixes of a language (LanguageData.class_word_prefixes) in one
    tuple, kept: extract.words.mentions finds its compiled test by the tuple's identity, so a
    tuple built afresh for each report would be compiled (and hashed) again each time."""
    return tuple(p for prefixes in get_language(code).class_word_prefixes.values() for p in prefixes)


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
