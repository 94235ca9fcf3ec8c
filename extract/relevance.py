"""is_attack_report: a Russian aerial attack on Ukraine with a count or a struck place.

By the time this runs, sentences about Russia downing Ukrainian drones or Ukraine striking
Russian refineries are already out of scope, so their figures never reach the record; what is
left must still name an attacker or a weapon in the sentences that count.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lang import aerial_word_prefixes, get_language
from extract.text import Sentence
from extract.words import mentions


def names_weapon_or_attacker(words: list[str], in_scope: list[int], code: str = "en") -> bool:
    """Some sentence that counts names the attacker or an aerial weapon (a TASS or NPR piece may
    say only "an S-300 missile hit" or "cruise missiles")."""
    prefixes = _attacker_or_weapon_words(code)
    return any(mentions(words[i], prefixes) for i in in_scope)


# One tuple of prefixes a language, kept: extract.words.mentions finds its compiled test by the
# tuple's identity, and a tuple built afresh each report was hashed and looked up again each time.
def names_night_attack(sentences: list[Sentence], in_scope: list[int], code: str = "en") -> bool:
    """Some sentence that counts tells of the night's attack in words that name no weapon ("The
    death toll from the overnight strike on Odesa has risen to 7"): guns shell, a strike overnight
    on a place in Ukraine is from the air (the caller asks for a struck place besides; the
    language's phrase "night_attack")."""
    pattern = _night_attack(code)
    return pattern is not None and any(pattern.search(sentences[i].text) for i in in_scope)


@cache
def _night_attack(code: str) -> re.Pattern[str] | None:
    phrase = get_language(code).phrases.get("night_attack")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


@cache
def _attacker_or_weapon_words(code: str) -> tuple[str, ...]:
    lang = get_language(code)
    return (*lang.attacker_markers, *lang.weapon_triggers)


@cache
def _ground_fire(code: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(get_language(code).non_aerial_words)})\b", re.IGNORECASE)


def ground_fire_only(
    sentences: list[Sentence], words: list[str], in_scope: list[int], code: str = "en"
) -> bool:
    """The report tells of artillery, shells or mortars and names no aerial weapon in any
    sentence that counts (Kherson's daily shelling: "56 обстрілів … 337 снарядів")."""
    aerial = aerial_word_prefixes(code)
    if any(mentions(words[i], aerial) and not _ground_rockets_only(sentences[i].text, code)
           for i in in_scope):
        return False
    fire = _ground_fire(code)
    return any(fire.search(sentences[i].text) for i in in_scope)


# Oblasts whose towns the guns across the front reach every day: a post there telling only of
# "обстріл" (shelling) with no air weapon is of guns as often as not (Kherson's daily posts)
GUN_RANGE_OBLASTS = frozenset({"Kherson Oblast", "Donetsk Oblast"})
# Towns the guns reach in oblasts whose other towns they do not (Nikopol and Marhanets across the
# Dnipro, Kupiansk and Vovchansk, Huliaipole and Orikhiv, the Sumy border towns), by their oblast
GUN_RANGE_TOWNS = {
    "Nikopol": "Dnipropetrovsk Oblast", "Marhanets": "Dnipropetrovsk Oblast",
    "Kupiansk": "Kharkiv Oblast", "Vovchansk": "Kharkiv Oblast",
    "Huliaipole": "Zaporizhzhia Oblast", "Orikhiv": "Zaporizhzhia Oblast",
    "Stepnohirsk": "Zaporizhzhia Oblast", "Bilopillia": "Sumy Oblast", "Krasnopillia": "Sumy Oblast",
    "Vorozhba": "Sumy Oblast", "Seredyna-Buda": "Sumy Oblast",
}


def in_gun_range(oblasts: list[str], cities: list[str]) -> bool:
    """Every place of impact is one the guns reach: the oblasts are all of GUN_RANGE_OBLASTS, or
    the towns are all of GUN_RANGE_TOWNS and every other oblast is one of theirs."""
    if not oblasts:
        return False
    if set(oblasts) <= GUN_RANGE_OBLASTS:
        return True
    return all(city in GUN_RANGE_TOWNS for city in cities) and (
        set(oblasts) - GUN_RANGE_OBLASTS <= {GUN_RANGE_TOWNS[city] for city in cities}
    )


@cache
def _shelling_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(code).phrases
    if "shelling_word" not in phrases or "air_attack_word" not in phrases:
        return None
    return (re.compile(rf"\b(?:{phrases['shelling_word']})", re.IGNORECASE),
            re.compile(rf"\b(?:{phrases['air_attack_word']})", re.IGNORECASE))


def shelling_in_gun_range(
    sentences: list[Sentence],
    words: list[str],
    in_scope: list[int],
    places: tuple[list[str], list[str]],
    code: str = "en",
) -> bool:
    """A report of impact only in an oblast the guns reach ("Унаслідок обстрілу Херсона поранено
    двох людей") that tells of shelling and names no air weapon, no attack, strike or air alert:
    not shown to be an air attack (precision first: a wrong attack night is worse than a missing one).
    ``places``: the report's oblasts and cities of impact."""
    patterns = _shelling_patterns(code)
    if patterns is None or not in_gun_range(*places):
        return False
    shelling, air_attack = patterns
    aerial = aerial_word_prefixes(code)
    told = [sentences[i].text for i in in_scope]
    return (
        any(shelling.search(text) for text in told)
        and not any(air_attack.search(text) for text in told)
        and not any(mentions(words[i], aerial) for i in in_scope)
    )


@cache
def _rocket_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    lang = get_language(code)
    if "ground_rockets" not in lang.phrases:
        return None
    aerial = "|".join(re.escape(p) for p in aerial_word_prefixes(code))
    ground = re.compile(lang.phrases["ground_rockets"], re.IGNORECASE)
    return ground, re.compile(rf"\b(?:{aerial})", re.IGNORECASE)


def _ground_rockets_only(sentence: str, code: str) -> bool:
    """The sentence's only air-weapon word is the rocket of a gun on the ground ("fired 20 Grad
    rockets at Nikopol", "hit by multiple rocket launchers")."""
    patterns = _rocket_patterns(code)
    if patterns is None:
        return False
    ground, aerial = patterns
    if ground.search(sentence) is None:
        return False
    return aerial.search(ground.sub(" ", sentence)) is None


def is_attack_report(
    has_figures: bool,
    has_casualties: bool,
    has_places: bool,
    attacker_named: bool,
    ground_fire_only: bool = False,
) -> bool:
    """A report counts when it names the attacker and gives a figure, a casualty or a struck
    place, and is not a report of ground fire alone."""
    return attacker_named and not ground_fire_only and (has_figures or has_casualties or has_places)
