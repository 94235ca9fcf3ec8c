"""Every Ukrainian place a report names, whatever is said of it::

    from extract.place_names import find_places, PlaceMention
    find_places(text)                     # list[PlaceMention], in order of the text
    PlaceMention(name, kind, oblast, start, end)
                                          # kind "oblast" | "city"; text[start:end] is the name
                                          # as written; name is canonical (SCHEMA.md)

Names are looked up in the gazetteer (extract.gazetteer) and read in their context: "Kharkiv
region" is the oblast only; a district or hromada named after a town, and "near <town>", give
the oblast only; Kyiv the capital is "Kyiv City", its suburbs Kyiv Oblast; names of people,
streets, rivers, places abroad, datelines and the capital standing for the government are no
places. A village too small for the gazetteer counts when the text introduces it ("the village
of X"). The wording is every language's at once (extract/lang/place_words_<code>.py), since a
report names places in either script. A text is read for at most MAX_NAMES names, so hostile
input stays linear. Which of the places were struck is extract.places.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Literal

from extract.anchors import may_match
from extract.caseless import lower_pattern, lowerable, lowered
from extract.gazetteer import (
    BARE_NAME_MIN_POPULATION,
    KYIV_CITY,
    OBLAST_SUFFIXES,
    City,
    Gazetteer,
    Oblast,
    fold,
    gazetteer,
    is_cyrillic_key,
)
from extract.lang import all_place_words
from extract.name_scan import LETTERS, MAX_NAMES, RawName, scan_names
from extract.patterns import phrase_anchors, shared_anchors, trie_alternation


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text: canonical name, kind, its oblast and the characters named."""

    name: str
    kind: Literal["oblast", "city"]
    oblast: str | None
    start: int
    end: int


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex for a list of phrases, matching whole words, case-insensitively. The phrases
    are merged into a trie so that a position that cannot start any phrase fails on its
    first letter (a plain alternation of a hundred phrases tries each in turn)."""
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(phrases) + r")(?![\w-])", re.I)


def _units(phrase: str) -> list[str]:
    """A phrase as regex pieces: letters, any run of spaces, either apostrophe, and a starred
    word's free ending."""
    units = []
    for i, word in enumerate(phrase.split()):
        if i:
            units.append(r"\s+")
        for ch in word.rstrip("*"):
            units.append("['’]" if ch in "'’" else re.escape(ch))
        if word.endswith("*"):
            units.append(r"[\w'’-]*")
    return units


def phrase_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one trie-shaped regex alternation (to be compiled case-insensitively)."""
    return trie_alternation(_units(phrase.lower()) for phrase in set(phrases))


_LEADING_WORD_CHARACTERS = re.compile(r"[^\W_][\w-]*")


def phrase_prefixes(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """For each phrase, the leading word characters of its longest such start (lower-cased, up to
    a free ending, apostrophe or other character) among its words: every match of
    ``phrase_regex(phrases)`` holds a word that begins so (the first word begins the match, a later
    one follows a space), so a text none of whose words begins with any of them holds no match
    (extract.words). None when some phrase has no word that begins with a word character, or there
    are no phrases."""
    prefixes = set()
    for phrase in phrases:
        leads = [lead.group() for word in phrase.lower().split()
                 if (lead := _LEADING_WORD_CHARACTERS.match(word)) is not None]
        if not leads:
            return None
        prefixes.add(max(leads, key=len))
    return tuple(sorted(prefixes)) or None


# --- the languages' wording, merged ------------------------------------------------------------

_LANGUAGES = all_place_words()
_WORD_LIST = re.compile(r"<([A-Z][A-Z_]*)>")
_NEVER = "(?!)"


def _words(name: str) -> frozenset[str]:
    """The word list ``name`` of every language, lower-cased."""
    return frozenset(p.lower() for words in _LANGUAGES for p in getattr(words, name))


def _folded(name: str) -> frozenset[str]:
    """The names ``name`` of every language, as gazetteer keys."""
    return frozenset(fold(p) for words in _LANGUAGES for p in getattr(words, name))


def _filled(pattern: str, words) -> str:
    """A language's pattern with each <NAME> replaced by its word list NAME as an alternation."""
    return _WORD_LIST.sub(lambda m: phrase_alternation(getattr(words, m.group(1))), pattern)


def _patterns(name: str) -> list[str]:
    return [_filled(getattr(words, name), words) for words in _LANGUAGES if getattr(words, name) is not None]


def _any_of(name: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern ``name`` of every language as one alternation (one that never matches when no
    language has it): for patterns asked only whether they match."""
    return re.compile("|".join(_patterns(name)) or _NEVER, flags)


_SEPARATOR = re.compile(rf"^(?:{'|'.join(_patterns('LIST_SEPARATOR'))})$")
_CAPITAL_OF_AFTER = _any_of("CAPITAL_OF_AFTER")
_CAPITAL_REGION_AFTER = _any_of("CAPITAL_REGION_AFTER")
_POSSESSIVE = re.compile(r"^['’]s\b")
_PREVIOUS_WORD = re.compile(rf"([{LETTERS}'’ʼ]+)\s$")
CONTEXT_CHARS = 600
_CLOSE_CHARS = 200
_FOLLOWING_NAME = re.compile(rf" ([A-ZА-ЯЁІЇЄҐ][{LETTERS}'’ʼ-]*)")
_SET_IN_OBLAST = _any_of("SET_IN_OBLAST")
_DATELINE_AFTER = _any_of("DATELINE_AFTER", re.I)

_REGION_NOUNS = _words("REGION_NOUNS")
_REGION_ADJECTIVES = _words("REGION_ADJECTIVES")
_CITY_FOLLOWERS = _words("CITY_FOLLOWERS")
_DISTRICT_NOUNS = frozenset(w.split()[0].lower() for words in _LANGUAGES for w in words.DISTRICT_NOUNS)
# after a river's name, the town's region or district: "the Dnipro region", "in the Dnipro district"
_NOT_RIVER_FOLLOWERS = _REGION_NOUNS | _REGION_ADJECTIVES | _DISTRICT_NOUNS
_NAMESAKE_DISTRICT_NOUNS = _words("NAMESAKE_DISTRICT_NOUNS")
_VILLAGE_HROMADA_WORDS = _words("VILLAGE_HROMADA_WORDS")
_STREET_NOUNS = _words("STREET_NOUNS")
_HYDRO_PLANT_WORDS = _words("HYDRO_PLANT_WORDS")
_THERMAL_PLANT_WORDS = _words("THERMAL_PLANT_WORDS")


def _sites(name: str) -> dict[str, str]:
    """A table of "<name>: <oblast>" entries of every language, by the name's gazetteer key."""
    entries = (entry.partition(":") for words in _LANGUAGES for entry in getattr(words, name))
    return {fold(place): oblast.strip() for place, _, oblast in entries}


_HYDRO_PLANT_SITES = _sites("HYDRO_PLANT_SITES")
_THERMAL_PLANT_SITES = _sites("THERMAL_PLANT_SITES")
_NEUTRAL_BEFORE = _words("NEUTRAL_BEFORE")
_TITLE_WORDS = _words("TITLE_WORDS")
_FOREIGN = _folded("FOREIGN_PLACES")
_COMMON = _folded("COMMON_WORD_PLACES")
_RIVERS = _folded("RIVERS")
_LAUNCHED_FROM = _any_of("LAUNCHED_FROM", re.I)
_REGION_PREPOSITION_BEFORE = _any_of("REGION_PREPOSITION_BEFORE")
_NAMESAKE_DISTRICT_LIST_AFTER = _any_of("DISTRICT_LIST_AFTER")
_NAMESAKE_DISTRICT_ADJECTIVE = re.compile(
    "(?:" + "|".join(stem for words in _LANGUAGES for stem in words.DISTRICT_ADJECTIVE_STEMS) + r")[^\W\d_]*$"
    if any(words.DISTRICT_ADJECTIVE_STEMS for words in _LANGUAGES) else _NEVER)
_CAPITAL_PHRASES = [phrase for words in _LANGUAGES for phrase in words.CAPITAL_PHRASES]
CAPITAL = phrase_regex(_CAPITAL_PHRASES)
_CAPITAL_ANCHORS = shared_anchors(_CAPITAL_PHRASES)
_RIVER_BEFORE = _any_of("RIVER_BEFORE", re.I)


def _epithet_key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


_EPITHET_TOWNS = {_epithet_key(phrase): town.strip() for words in _LANGUAGES
                  for phrase, _, town in (entry.rpartition(":") for entry in words.CITY_EPITHETS)}
_EPITHETS = phrase_regex(_EPITHET_TOWNS) if _EPITHET_TOWNS else None
# (anchored on the last two words: the country's name before them is in nearly every report)
_EPITHET_ANCHORS = phrase_anchors(" ".join(phrase.split()[-2:]) for phrase in _EPITHET_TOWNS)
_GOVERNMENT_AFTER = _any_of("GOVERNMENT_AFTER")
_GOVERNMENT_BEFORE = _any_of("GOVERNMENT_BEFORE")
_NEAR_BEFORE = _any_of("NEAR_BEFORE", re.I)
_LOCATING_BEFORE = _any_of("LOCATING_BEFORE")
_SETTLEMENT_BEFORE = _any_of("SETTLEMENT_BEFORE", re.I)
_SETTLEMENT_AFTER = _any_of("SETTLEMENT_AFTER", re.I)
_VILLAGE_BEFORE = _any_of("VILLAGE_BEFORE", re.I)
_REGIONS_OF_BEFORE = _any_of("REGIONS_OF_BEFORE", re.I)
_REGIONS_INCLUDING_BEFORE = _any_of("REGIONS_INCLUDING_BEFORE", re.I)
_OTHER_REGIONS_AFTER = _any_of("OTHER_REGIONS_AFTER", re.I)
_CAPITAL_TOO_AFTER = _any_of("CAPITAL_TOO_AFTER", re.I)
_FOREIGN_BEFORE = _any_of("FOREIGN_BEFORE", re.I)
_FOREIGN_AFTER = _any_of("FOREIGN_AFTER", re.I)
# Patterns whose matches are read (group 1 is the name), with the nouns a text must hold first.
_INTRODUCED_SETTLEMENTS = [(re.compile(p), words.INTRODUCED_SETTLEMENT_NOUNS) for words in _LANGUAGES
                           if (p := words.INTRODUCED_SETTLEMENT) is not None]
_ADJECTIVE_DISTRICTS = [(re.compile(p), words.ADJECTIVE_DISTRICT_NOUNS) for words in _LANGUAGES
                        if (p := words.ADJECTIVE_DISTRICT) is not None]
# Patterns read around names, lowered for the lower-cased text (quicker, same matches), by identity.
_LOWER_TWINS = {id(p): lower_pattern(p) for p in (
    _REGIONS_OF_BEFORE, _REGIONS_INCLUDING_BEFORE, _FOREIGN_BEFORE, _LAUNCHED_FROM, _SETTLEMENT_BEFORE,
    _NEAR_BEFORE, CAPITAL, _EPITHETS) if p is not None and lowerable(p)}


# While a report is read (report_memo), each text's places: several steps ask for the places of
# the same sentence, and a sentence's places depend on its text alone.
_REPORT_MEMO: ContextVar[dict[str, tuple[PlaceMention, ...]] | None] = ContextVar("places_memo", default=None)


@contextmanager
def report_memo() -> Iterator[None]:
    """Within the block, find_places reads each distinct text once (extract_report reads one
    report inside one; nothing is kept from one report to the next)."""
    token = _REPORT_MEMO.set({})
    try:
        yield
    finally:
        _REPORT_MEMO.reset(token)


def find_places(text: str) -> list[PlaceMention]:
    """Every Ukrainian place the text names, in order, whatever is said of it."""
    memo = _REPORT_MEMO.get()
    if memo is None:
        return _find_places(text)
    found = memo.get(text)
    if found is None:
        found = memo[text] = tuple(_find_places(text))
    return list(found)


def _find_places(text: str) -> list[PlaceMention]:
    gaz = gazetteer()
    raws = scan_names(text, gaz, _FOREIGN)
    mentions: list[PlaceMention] = []
    tentative: set[int] = set()
    groups = _list_groups(text, raws)
    for group in groups:
        if all(raw.key in _FOREIGN for raw in group):
            continue  # places abroad, read only to be set aside (_resolve takes none of them)
        last = group[-1]
        as_oblasts = ((last.follower in _REGION_NOUNS and len(group) > 1)
                      or _searched(_REGIONS_OF_BEFORE, text, max(0, group[0].start - 40), group[0].start)
                      or (len(group) > 1 and bool(_OTHER_REGIONS_AFTER.match(text, last.end)))
                      or (len(group) > 1 and _searched(
                          _REGIONS_INCLUDING_BEFORE, text, max(0, group[0].start - 40), group[0].start))
                      or _regions_after_on(text, group, gaz)
                      or _beside_an_oblast_only_name(group, gaz))
        as_districts = last.follower in _DISTRICT_NOUNS and len(group) > 1
        for raw in group:
            mention = _resolve(text, raw, gaz, tentative, as_oblasts=as_oblasts, as_districts=as_districts)
            if mention:
                mentions.append(mention)
                if mention.kind == "oblast" and (centre := _centre_named_too(text, raw, mention, gaz)):
                    mentions.append(centre)
    low = lowered(text)
    capital_named = low is None or any(anchor in low for anchor in _CAPITAL_ANCHORS)
    capital = _LOWER_TWINS.get(id(CAPITAL)) if low is not None else None
    capitals = (CAPITAL.finditer(text) if capital is None else capital.finditer(low)) if capital_named else ()
    for match in itertools.islice(capitals, MAX_NAMES):
        after = text[match.end():match.end() + 24].lower()
        if _CAPITAL_OF_AFTER.match(after):
            continue  # "the capital of the region"
        if _CAPITAL_REGION_AFTER.match(after):
            mentions.append(PlaceMention("Kyiv Oblast", "oblast", "Kyiv Oblast", match.start(), match.end()))
        elif not _searched(_NEAR_BEFORE, text, max(0, match.start() - 30), match.start()):
            mentions.append(PlaceMention("Kyiv", "city", KYIV_CITY, match.start(), match.end()))
        else:
            mentions.append(PlaceMention("Kyiv Oblast", "oblast", "Kyiv Oblast", match.start(), match.end()))
    if _EPITHETS is not None and (low is None or any(anchor in low for anchor in _EPITHET_ANCHORS)):
        mentions.extend(_epithet_cities(text, gaz)[:max(0, MAX_NAMES - len(mentions))])
    if len(mentions) < MAX_NAMES:
        mentions.extend(_unknown_settlements(text, mentions, gaz)[:MAX_NAMES - len(mentions)])
    if len(mentions) < MAX_NAMES:
        mentions.extend(_adjective_districts(text, mentions, gaz)[:MAX_NAMES - len(mentions)])
    mentions.sort(key=lambda m: m.start)
    return _as_named_then(text, _resolve_context_oblasts(text, mentions, gaz, tentative), gaz)


def _as_named_then(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """A town renamed while the reports were written keeps the name the report gives it
    ("у Новомосковську" -> Novomoskovsk, not Samar): the gazetteer finds the same place by either."""
    return [
        replace(m, name=former)
        if m.kind == "city" and (former := gaz.former_name(text[m.start:m.end])) is not None
        else m
        for m in mentions
    ]


def _epithet_cities(text: str, gaz: Gazetteer) -> list[PlaceMention]:
    """Cities named by an epithet ("Ukraine's second-largest city": Kharkiv); "near" one, its oblast."""
    found = []
    assert _EPITHETS is not None
    # (the case-insensitive scan of a whole report is slow: its lowered twin over the lower-cased
    # text finds the same stretches, and the epithet's key is lower-cased anyway)
    twin, low = _LOWER_TWINS.get(id(_EPITHETS)), lowered(text)
    epithets = _EPITHETS.finditer(text) if twin is None or low is None else twin.finditer(low)
    for match in itertools.islice(epithets, MAX_NAMES):
        town = gaz.city(_EPITHET_TOWNS[_epithet_key(match.group())])
        if town is None:
            continue
        if _searched(_NEAR_BEFORE, text, max(0, match.start() - 30), match.start()):
            oblast = _surrounding_oblast(town)
            found.append(PlaceMention(oblast, "oblast", oblast, match.start(), match.end()))
        else:
            found.append(PlaceMention(town.name, "city", town.oblast, match.start(), match.end()))
    return found


def _list_groups(text: str, raws: list[RawName]) -> list[list[RawName]]:
    """Names joined as a list ("Kyiv, Kharkiv and Odesa regions") share their region word."""
    groups: list[list[RawName]] = []
    for raw in raws:
        joined = groups and _SEPARATOR.match(text[groups[-1][-1].end:raw.start])
        # ("Kyiv, Kyiv Oblast": a name told again is the city and then its region, not a list)
        again = bool(groups) and (raw.key + " ").startswith(groups[-1][-1].key + " ")
        if joined and groups[-1][-1].follower not in _REGION_NOUNS | _DISTRICT_NOUNS and not again:
            groups[-1].append(raw)
        else:
            groups.append([raw])
    return groups


def _searched(pattern: re.Pattern[str], text: str, start: int, end: int, window: str | None = None) -> bool:
    """Whether ``pattern`` finds a match in ``window`` (the text's stretch start:end, sliced) or, with
    no window, in that stretch of the text itself; its anchors are looked for first (extract.anchors:
    a stretch without any holds no match, whatever surrounds it). A pattern with a lowered twin
    runs that over the same stretch of the lower-cased text, when the text has one."""
    if not may_match(pattern, text, start, end):
        return False
    twin = _LOWER_TWINS.get(id(pattern))
    low = lowered(text) if twin is not None else None
    if twin is not None and low is not None:
        found = twin.search(low, start, end) if window is None else twin.search(low[start:end])
    else:
        found = pattern.search(text, start, end) if window is None else pattern.search(window)
    return found is not None


def _resolve(text: str, raw: RawName, gaz: Gazetteer, tentative: set[int], *, as_oblasts: bool,
             as_districts: bool) -> PlaceMention | None:
    """What one name is here; a small place that only its oblast named nearby can confirm is
    noted in `tentative`."""
    key, follower = raw.key, raw.follower
    if key in _FOREIGN:
        return None
    lo = max(0, raw.start - 80)
    before = text[lo:raw.start]
    after = text[raw.end:raw.end + 40]
    if (_searched(_FOREIGN_BEFORE, text, lo, raw.start, before) or _FOREIGN_AFTER.match(after)
            or _searched(_LAUNCHED_FROM, text, lo, raw.start, before)):
        return None
    if follower in _HYDRO_PLANT_WORDS or follower in _THERMAL_PLANT_WORDS:
        site = _plant_site(key, follower, gaz)
        if site is not None:
            return PlaceMention(site, "oblast", site, raw.start, raw.end) if site else None
    if follower in _STREET_NOUNS or _is_dateline(text, raw) or _capital_as_government(key, before, after):
        return None
    if follower in _VILLAGE_HROMADA_WORDS and is_cyrillic_key(key):
        return None  # "Миколаївська сільська громада": a village's, of any oblast
    if is_cyrillic_key(key) and (follower in _NAMESAKE_DISTRICT_NOUNS or (
            _NAMESAKE_DISTRICT_ADJECTIVE.search(key)
            and (as_districts or _NAMESAKE_DISTRICT_LIST_AFTER.match(text, raw.end, raw.end + 200)))):
        named_for = gaz.oblast_by_name(key)
        if (named_for is not None and named_for.name != KYIV_CITY and follower in _NAMESAKE_DISTRICT_NOUNS
                and not gaz.centre_namesakes_elsewhere(named_for)):
            # "Сумської громади": the hromada of an oblast's centre, whose adjective is the oblast's
            # (not "Миколаївської громади": villages of other oblasts share the adjective)
            return _oblast_mention(named_for, raw)
        return None  # "Покровська громада": namesakes everywhere (see place_words_uk.DISTRICT_NOUNS)
    if key in _RIVERS and _RIVER_BEFORE.search(before) and follower not in _NOT_RIVER_FOLLOWERS:
        return None  # "on the left bank of the Dnipro"
    candidates = gaz.named(key)
    stem = gaz.oblast_by_stem(key)
    standalone = gaz.oblast_by_name(key)
    regional = follower in _REGION_NOUNS or follower in _REGION_ADJECTIVES or as_oblasts
    if standalone and follower in _CITY_FOLLOWERS and is_cyrillic_key(key):
        # "Київської міської військової адміністрації": the oblast's adjective with "city" is its
        # centre, the city
        centre = gaz.city(standalone.name.removesuffix(" Oblast"))
        if centre is not None:
            return PlaceMention(centre.name, "city", centre.oblast, raw.start, raw.end)
    if standalone and (not candidates or gaz.names_oblast_first(key)
                       or key.split()[-1] in OBLAST_SUFFIXES
                       or _region_after_on(key, before, standalone, candidates)):
        return _oblast_mention(standalone, raw)
    if regional and (stem or standalone):
        return _oblast_mention(stem or standalone, raw)  # type: ignore[arg-type]
    if not candidates:
        if stem and standalone is None:
            return None
        return _oblast_mention(standalone, raw) if standalone else None
    near = _searched(_NEAR_BEFORE, text, lo, raw.start, before)
    if near and _LOCATING_BEFORE.search(before):
        return None  # "Vasylkiv, about 35 km south-west of Kyiv": Kyiv only says where Vasylkiv is
    city = candidates[0]
    plausible = _plausible_name(text, raw, city, candidates, lo, before)
    if plausible is False:
        return None
    if city.part_of:
        # An urban district is its city when the paragraph names that city; otherwise the
        # name is more likely a district of another town ("Dniprovskyi district" of Kherson).
        parent = gaz.city(city.part_of)
        paragraph_start, paragraph_end = _context_bounds(text, raw.start)
        paragraph = text[paragraph_start:paragraph_end]
        capital_named = parent is not None and parent.oblast == KYIV_CITY and CAPITAL.search(paragraph)
        # the city's name as a word ("Kyiv", "Kyiv's"), not inside another ("the Kyivskyi district")
        named = parent is not None and re.search(rf"(?<![\w-]){re.escape(parent.name)}(?![\w-])", paragraph)
        if parent and (named or capital_named):
            return PlaceMention(parent.name, "city", parent.oblast, raw.start, raw.end)
        towns = [c for c in candidates if not c.part_of]
        if not towns or follower in _DISTRICT_NOUNS or as_districts:
            return None
        # "Podilsk" with no Kropyvnytskyi near is the town in Odesa Oblast, not that city's district
        city = towns[0]
        plausible = _plausible_name(text, raw, city, towns, lo, before)
        if plausible is False:
            return None
    if regional and (follower in _REGION_NOUNS or as_oblasts) and plausible:
        # "Pavlohrad region", "the regions of Odesa and Lutsk" of a town that is no oblast
        # centre: the oblast of the town.
        return PlaceMention(city.oblast, "oblast", city.oblast, raw.start, raw.end)
    if plausible is None:
        # Only a small place's own name can be confirmed by its oblast named close by; the
        # hromada or district of a name that small is left alone.
        if follower in _DISTRICT_NOUNS or as_districts or near or regional:
            return None
        tentative.add(raw.start)
    if follower in _DISTRICT_NOUNS or as_districts or near:
        oblast = _surrounding_oblast(city)
        return PlaceMention(oblast, "oblast", oblast, raw.start, raw.end)
    return PlaceMention(city.name, "city", city.oblast, raw.start, raw.end)


def _plausible_name(
    text: str, raw: RawName, city: City, candidates: list[City], lo: int, before: str
) -> bool | None:
    """_plausible_bare_name, or True where a settlement word stands next to the name ("the village
    of …"): that is asked only where the name alone is not plausible."""
    plausible = _plausible_bare_name(text, raw, city, candidates)
    if plausible is not True and _settlement_cue(text, raw, lo, before):
        return True
    return plausible


def _settlement_cue(text: str, raw: RawName, lo: int, before: str) -> bool:
    """Whether a settlement word stands before the name ("the village of") or after it."""
    return (_searched(_SETTLEMENT_BEFORE, text, lo, raw.start, before)
            or _SETTLEMENT_AFTER.match(text, raw.end) is not None)


def _centre_named_too(text: str, raw: RawName, oblast: PlaceMention, gaz: Gazetteer) -> PlaceMention | None:
    """The centre city of an oblast named with it ("Sumy Oblast, including its capital city")."""
    match = _CAPITAL_TOO_AFTER.match(text, raw.end, raw.end + 80) if may_match(
        _CAPITAL_TOO_AFTER, text, raw.end, raw.end + 80) else None
    if match is None:
        return None
    centre = gaz.city(oblast.name.removesuffix(" Oblast"))
    if centre is None or centre.part_of or _surrounding_oblast(centre) != oblast.name:
        return None  # (Kyiv, a city of its own, is the capital of the oblast around it)
    return PlaceMention(centre.name, "city", centre.oblast, *match.span(1))


def _plant_site(key: str, follower: str, gaz: Gazetteer) -> str | None:
    """The oblast a power plant named after a town stands in ("the Kyiv HPP": Kyiv Oblast), ""
    for a hydro plant whose name is no town's, or None when the name is the town's own place (a
    thermal plant not listed elsewhere: "the Kharkiv CHP")."""
    if follower in _THERMAL_PLANT_WORDS:
        return _THERMAL_PLANT_SITES.get(key)
    if key in _HYDRO_PLANT_SITES:
        return _HYDRO_PLANT_SITES[key]
    town = gaz.city(key)
    return _surrounding_oblast(town) if town is not None else ""


def _regions_after_on(text: str, group: list[RawName], gaz: Gazetteer) -> bool:
    """"на Харківщині та Запоріжжі": after на, a list that opens with a region's own name (no
    town is called so) lists regions; the later names share the на and are regions too."""
    first = group[0]
    return (len(group) > 1 and is_cyrillic_key(first.key)
            and bool(_REGION_PREPOSITION_BEFORE.search(text, max(0, first.start - 6), first.start))
            and gaz.oblast_by_name(first.key) is not None and not gaz.named(first.key))


def _beside_an_oblast_only_name(group: list[RawName], gaz: Gazetteer) -> bool:
    """"drones struck Kharkiv and Dnipropetrovsk": a name that alone means an oblast (the Latin
    "Dnipropetrovsk", "Kirovohrad", "Volyn") makes the oblast centres listed with it oblasts too;
    never the capital ("Kyiv and Dnipropetrovsk" keeps the city), never beside a town that is no
    oblast centre ("Nikopol and Dnipropetrovsk")."""
    if len(group) < 2 or any(is_cyrillic_key(raw.key) for raw in group):
        return False
    oblast_only = [raw for raw in group if gaz.names_oblast_first(raw.key)]
    if not oblast_only:
        return False
    centres = [gaz.oblast_by_stem(raw.key) for raw in group if raw not in oblast_only]
    return all(oblast is not None and oblast.name not in (KYIV_CITY, "Kyiv Oblast") for oblast in centres)


def _region_after_on(key: str, before: str, oblast: Oblast, candidates: list[City]) -> bool:
    """"на Запоріжжі" (locative after на) is the region; "атака на Запоріжжя" (accusative, the
    town's own form) and anything of Kyiv City stay the town."""
    return (is_cyrillic_key(key) and oblast.name != KYIV_CITY
            and bool(_REGION_PREPOSITION_BEFORE.search(before))
            and not any(fold(c.uk) == key for c in candidates))


def _is_dateline(text: str, raw: RawName) -> bool:
    window = max(0, raw.start - 8)
    line_start = text.rfind("\n", window, raw.start) + 1 or (0 if window == 0 else window)
    return not text[line_start:raw.start].strip() and bool(_DATELINE_AFTER.match(text, raw.end))


def _capital_as_government(key: str, before: str, after: str) -> bool:
    if key not in {"kyiv", "kiev"}:
        return False
    after = _POSSESSIVE.sub("", after).lstrip().lower()
    before = before.rstrip().lower()
    return bool(_GOVERNMENT_AFTER.match(after) or _GOVERNMENT_BEFORE.search(before))


def _known_word(word: str) -> bool:
    """A capitalised word that may follow a place name without making it a person's name."""
    key = fold(word)
    return (key in _TITLE_WORDS or key in _REGION_NOUNS or key in _REGION_ADJECTIVES or key in _CITY_FOLLOWERS
            or key in _DISTRICT_NOUNS or key in _STREET_NOUNS or key in _NEUTRAL_BEFORE
            or gazetteer().knows(key))


def _plausible_bare_name(text: str, raw: RawName, city: City, candidates: list[City]) -> bool | None:
    """Whether a capitalised word that matches a place name is that place and not a word,
    a person or a small village's namesake; None: only if the text names its oblast nearby."""
    if raw.key in _COMMON:
        return False
    previous = _PREVIOUS_WORD.search(text[max(0, raw.start - 30):raw.start])
    if (previous and previous.group(1)[0].isupper() and previous.group(1).lower() not in _NEUTRAL_BEFORE
            and city.population < 50_000
            and not _sentence_start(text, previous.start() + max(0, raw.start - 30))):
        return False  # "Taras Shevchenko", "Serhiy Lysak"
    following = _FOLLOWING_NAME.match(text, raw.end)
    if (following and city.population < 50_000 and " " not in raw.key
            and not _known_word(following.group(1))):
        return False  # "Volodymyr Zelensky"
    if " " in raw.key or "-" in text[raw.start:raw.end]:
        return True
    if max(c.population for c in candidates) >= BARE_NAME_MIN_POPULATION:
        return True
    # A small place is believed when the text sets it in its oblast: "Putrivka, Kyiv region",
    # "In Kherson Oblast, a drone killed a man in Bilozerka".
    return True if _SET_IN_OBLAST.match(text, raw.end) else None


def _sentence_start(text: str, index: int) -> bool:
    head = text[max(0, index - 3):index].rstrip(" \"'“«(")
    return not head or head[-1] in ".!?\n"


def _surrounding_oblast(city: City) -> str:
    # Around the capital lies Kyiv Oblast, not Kyiv City.
    return "Kyiv Oblast" if city.oblast == KYIV_CITY else city.oblast


def _oblast_mention(oblast: Oblast, raw: RawName) -> PlaceMention:
    return PlaceMention(oblast.name, "oblast", oblast.name, raw.start, raw.end)


def _resolve_context_oblasts(text: str, mentions: list[PlaceMention], gaz: Gazetteer,
                             tentative: set[int]) -> list[PlaceMention]:
    """Set each settlement in the oblast its paragraph names: a name several places share is the
    one there, and a small place named with another oblast than the gazetteer's is a namesake
    the gazetteer lacks (as is a village it does not list at all). A tentative small place
    stays only when an oblast it lies in is named close by."""
    resolved = []
    oblast_mentions = [m for m in mentions if m.kind == "oblast"]
    oblast_starts = [m.start for m in oblast_mentions]
    for mention in mentions:
        if mention.kind == "city":
            lo, hi = _context_bounds(text, mention.start)
            first, last = bisect.bisect_left(oblast_starts, lo), bisect.bisect_left(oblast_starts, hi)
            oblasts = oblast_mentions[first:last]
            # The oblast named right after the place ("Putrivka in Fastiv district") comes first.
            oblasts.sort(key=lambda m: (m.start < mention.end, abs(m.start - mention.end)))
            nearby = [m.oblast for m in oblasts]
            namesakes = gaz.cities_named(text[mention.start:mention.end])
            if mention.start in tentative:
                close = {m.oblast for m in oblasts if abs(m.start - mention.start) <= _CLOSE_CHARS}
                confirmed = [c for c in namesakes if c.oblast in close]
                if confirmed:
                    resolved.append(PlaceMention(confirmed[0].name, "city", confirmed[0].oblast,
                                                 mention.start, mention.end))
                continue
            if mention.oblast is None or (nearby and mention.oblast not in nearby):
                in_context = [c for c in namesakes if c.oblast in nearby]
                if in_context:
                    mention = PlaceMention(in_context[0].name, "city", in_context[0].oblast,
                                           mention.start, mention.end)
                elif nearby and (mention.oblast is None or (namesakes and max(
                        c.population for c in namesakes) < BARE_NAME_MIN_POPULATION)
                        # "на Житомирщині в селі Калинівка": a village, not the town elsewhere
                        or _VILLAGE_BEFORE.search(text, max(0, mention.start - 12), mention.start)):
                    mention = PlaceMention(mention.name, "city", nearby[0], mention.start, mention.end)
        resolved.append(mention)
    return resolved


def _context_bounds(text: str, index: int) -> tuple[int, int]:
    """The paragraph around index, no more than CONTEXT_CHARS either side (a report that is
    one endless line must not make every name look at all the others)."""
    lo_limit, hi_limit = max(0, index - CONTEXT_CHARS), min(len(text), index + CONTEXT_CHARS)
    lo = text.rfind("\n", lo_limit, index)
    hi = text.find("\n", index, hi_limit)
    return (lo_limit if lo < 0 else lo + 1), (hi_limit if hi < 0 else hi)


def _adjective_districts(text: str, known: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Districts named by their town's adjective ("the Synelnykivskyi district"): the oblast."""
    found: list[PlaceMention] = []
    known_starts = {m.start for m in known}
    for match in _matches(_ADJECTIVE_DISTRICTS, text):
        start, end = match.span(1)
        if start in known_starts or gaz.knows(fold(match.group(1))):
            continue  # a name the gazetteer has (an urban district) was settled already
        oblast = gaz.district_oblast(match.group(1))
        if oblast is not None:
            found.append(PlaceMention(oblast.name, "oblast", oblast.name, start, end))
    return found


def _matches(patterns: list[tuple[re.Pattern[str], tuple[str, ...]]], text: str) -> Iterable[re.Match[str]]:
    """The matches of each language's pattern, at most MAX_NAMES of each; a pattern runs only
    on a text holding one of its nouns (most reports: a quick str search instead of trying
    every capitalised word)."""
    held: dict[str, bool] = {}  # (languages share nouns: each looked for once)
    for pattern, nouns in patterns:
        if any(held[noun] if noun in held else held.setdefault(noun, noun in text) for noun in nouns):
            yield from itertools.islice(pattern.finditer(text), MAX_NAMES)


def _unknown_settlements(text: str, known: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Villages too small for the gazetteer, taken on the text's word ("the village of Putrivka")."""
    found: list[PlaceMention] = []
    known_starts = sorted(m.start for m in known)
    for match in _matches(_INTRODUCED_SETTLEMENTS, text):
        start, end = match.span(1)
        name = match.group(1)
        first_after = bisect.bisect_left(known_starts, start)
        if first_after < len(known_starts) and known_starts[first_after] < end:
            continue  # the gazetteer knows it
        # The name ends before a word that is not part of it ("Putrivka In …" cannot occur
        # mid-sentence, but "Bucha District" can): drop a trailing capitalised region word.
        parts = name.split()
        second = parts[1] if len(parts) > 1 else ""
        if second and (second.lower() in _REGION_NOUNS | _DISTRICT_NOUNS or gaz.knows(fold(second))):
            name, end = parts[0], start + len(parts[0])
        if fold(name) in _FOREIGN or fold(name) in _NEUTRAL_BEFORE:
            continue
        # Another spelling of a listed town ("the town of Chuhuyev") is that town.
        close = gaz.closest_city(name)
        if close is not None:
            found.append(PlaceMention(close.name, "city", close.oblast, start, end))
        else:
            found.append(PlaceMention(name, "city", None, start, end))
    return found


