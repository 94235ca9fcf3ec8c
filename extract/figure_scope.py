"""The SCOPE of a figure: the whole attack (the national statement's count) or one place's ("9
drones were downed over the Poltava region", "All 7 drones aimed at Poltava were destroyed", a
governor's count "over the region").

A sentence's figures are one place's when the sentence names exactly one Ukrainian place and ties
its figures to it with a preposition ("over/at/on/in … Kyiv") or names it as the speaker's
("Poltava regional governor"), or points back to "the region"/"the city"; the last two are firm
(the figure is that place's count), a preposition alone is not (a reporter writes "Russia fired 40
missiles at Kyiv" of the whole attack). A sentence naming several places is a national
statement's list ("over the Sumy, Kharkiv and Poltava regions").
A region named right after "over"/"above" (or opening the sentence: "In the Kharkiv region, …")
is firm for a sentence that counts only shoot-downs ("12 drones were shot down over the Odesa
region"), unless the sentence says "mostly" or "including" (over_region).

Beyond the sentence (inherit_scopes): a sentence with figures that names no place at all takes
the subject of its paragraph, when the paragraph opens on one place with a regional official
("The head of the Sumy regional administration reported …"), a region as the place of the events ("In the
Kharkiv region, …") or as the target ("Russia attacked the Sumy region overnight"); or the
subject of the whole report, when its first paragraph opens so and nothing in the report speaks
for the whole country (the Air Force, "across Ukraine"). A national statement's figure is never
given a place: a sentence that speaks for the country, or any place outside the subject's oblast
between the two, ends the subject.
Only languages whose data gives the phrases are read; others give no scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.anchors import may_match
from extract.clause_findings import Candidate
from extract.lang import get_language, phrase_pattern
from extract.place_names import PlaceMention, find_places
from extract.scope import paragraph_ids
from extract.text import Sentence

# A place's name scopes a figure when one of these stands this close before it.
BEFORE_CHARS = 30

# Figure fields a sentence may count and still be only a region's shoot-downs (over_region).
SHOOT_DOWN_FIELDS = frozenset({"drones_destroyed", "missiles_destroyed", "total_destroyed", "suppressed"})


@dataclass(frozen=True)
class RegionGrammar:
    over: re.Pattern[str]  # before the region: "over the "
    opening: re.Pattern[str]  # before the region, opening the sentence: "In the "
    region_noun: re.Pattern[str]  # after the name: " region"
    part_words: re.Pattern[str]  # "mostly", "including": the shoot-downs are not all the region's
    subject_before: re.Pattern[str]  # before a paragraph's subject region: "In the ", "attacked the "
    official_before: re.Pattern[str]  # before a place's official's place: "the governor of "
    official_after: re.Pattern[str]  # after it: " regional governor"
    national: re.Pattern[str]  # a sentence speaking for the whole country


@cache
def _region_grammar(code: str) -> RegionGrammar | None:
    phrases = get_language(code).phrases
    names = (
        "scope_over_region",
        "scope_opening_region",
        "scope_region_noun",
        "scope_part_words",
        "scope_subject_before",
        "scope_official_before",
        "scope_after_place",
        "scope_national",
    )
    if not all(name in phrases for name in names):
        return None
    over, opening, noun, part, subject, official_before, official, national = (
        phrases[name] for name in names
    )
    return RegionGrammar(
        re.compile(over, re.IGNORECASE),
        re.compile(opening, re.IGNORECASE),
        re.compile(noun, re.IGNORECASE),
        re.compile(part, re.IGNORECASE),
        re.compile(subject, re.IGNORECASE),
        re.compile(official_before, re.IGNORECASE),
        re.compile(rf"\s*(?:{official})", re.IGNORECASE),
        re.compile(national, re.IGNORECASE),
    )


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(code).phrases
    names = ("scope_before_place", "scope_after_place", "scope_back_reference")
    if not all(name in phrases for name in names):
        return None
    before, after, back = (phrases[name] for name in names)
    return (
        re.compile(rf"(?:{before})\s+$", re.IGNORECASE),
        re.compile(rf"\s*(?:{after})", re.IGNORECASE),
        re.compile(back, re.IGNORECASE),
    )


def place_scope(text: str, sentence: Sentence, code: str = "en") -> tuple[str | None, bool]:
    """The place a sentence's figures belong to (a canonical place name, or "the region" when it
    only points back to one), or None for the whole attack; and whether the sentence says so
    firmly: a place's official speaking or "over the region" (firm), against a place merely
    named after a preposition ("at Kyiv", which a reporter also writes of the whole attack)."""
    patterns = _patterns(code)
    if patterns is None:
        return None, False
    before, after, back = patterns
    country = phrase_pattern(code, "scope_country_target")
    if country is not None and country.search(sentence.text):
        # "fired 180 drones and missiles at Ukraine, most of them at the city of Kyiv": the figures
        # are the country's, whatever place the sentence goes on to name
        return None, False
    places = find_places(sentence.text)
    named = {p.name for p in places}
    if len(named) > 1:
        return None, False
    # (its anchors first, over the report's lower-cased text: most sentences hold none)
    pointed_back = may_match(back, text, sentence.start, sentence.end) and bool(back.search(sentence.text))
    if not places:
        return ("the region", True) if pointed_back else (None, False)
    for place in places:
        if after.match(sentence.text, place.end) or pointed_back:
            return place.name, True
        if before.search(sentence.text[max(0, place.start - BEFORE_CHARS) : place.start]):
            return place.name, False
    return None, False


def also_target(sentence: Sentence, candidates: list[Candidate]) -> str | None:
    """ "Також ворог атакував Харків 5 дронами": the one Ukrainian place a sentence of counts told
    with "also" names, their target; not firm, as such a count may be a part of the count before or
    more of it (extract.further_counts)."""
    if not any(c.further == "also" for c in candidates):
        return None
    named = {p.name for p in find_places(sentence.text)}
    return named.pop() if len(named) == 1 else None


def _names_region(text: str, place: PlaceMention, g: RegionGrammar) -> bool:
    """ "the Odesa region", "Odesa Oblast": the name is a region's, not its city's."""
    return place.kind == "oblast" and (
        g.region_noun.match(text, place.end) is not None or text[place.start : place.end].endswith("Oblast")
    )


def over_region(text: str, sentence: Sentence, fields: set[str], code: str = "en") -> str | None:
    """The region whose shoot-downs a sentence counts ("12 drones were shot down over the Odesa
    region", "In the Kharkiv region, air defence downed nine drones"), or None: the sentence names
    that one place, counts nothing but shoot-downs (``fields``) and says no "mostly"."""
    g = _region_grammar(code)
    if g is None or not fields or not fields <= SHOOT_DOWN_FIELDS:
        return None
    places = find_places(sentence.text)
    if len({p.name for p in places}) != 1 or g.part_words.search(sentence.text):
        return None
    for place in places:
        before = sentence.text[: place.start]
        if _names_region(sentence.text, place, g) and (
            g.over.search(before[-BEFORE_CHARS:]) or g.opening.fullmatch(before)
        ):
            return place.name
    return None


def _window_before(text: str, start: int) -> str:
    """The text right before ``start``, at most BEFORE_CHARS; "^" in a pattern matches only when
    the window is the sentence's opening."""
    return text[:start] if start <= BEFORE_CHARS else "\x00" + text[start - BEFORE_CHARS : start]


def _subject(sentence: Sentence, g: RegionGrammar, officials_only: bool = False) -> PlaceMention | None:
    """The one place a paragraph's opening sentence is about (see inherit_scopes), or None; with
    ``officials_only``, only a place whose official speaks."""
    places = find_places(sentence.text)
    if len({p.name for p in places}) != 1 or g.national.search(sentence.text):
        return None
    for place in places:
        before = _window_before(sentence.text, place.start)
        if g.official_after.match(sentence.text, place.end) or g.official_before.search(before):
            return place  # "Odesa regional governor …", "the mayor of Lviv"
        if (
            not officials_only
            and g.subject_before.search(before)
            and _names_region(sentence.text, place, g)
        ):
            return place  # "In the Kharkiv region, …", "Russia attacked the Sumy region"
    return None


def inherit_scopes(
    text: str, sentences: list[Sentence], candidates: list[Candidate], code: str = "en"
) -> None:
    """Give the figures of sentences that name no place the subject place of their paragraph, or
    of the whole report (see the module's docstring); firm, as a place's own account."""
    g = _region_grammar(code)
    if g is None:
        return
    orphans = sorted({c.sentence for c in candidates if c.scope is None})
    if not orphans:
        return
    paragraphs = paragraph_ids(text, sentences)
    named: dict[int, list[PlaceMention]] = {}

    def places(index: int) -> list[PlaceMention]:
        if index not in named:
            named[index] = find_places(sentences[index].text)
        return named[index]

    speaks_nationally: dict[int, bool] = {}  # each orphan reads back over the same sentences

    def national(index: int) -> bool:
        if index not in speaks_nationally:
            speaks_nationally[index] = g.national.search(sentences[index].text) is not None
        return speaks_nationally[index]

    def holds(subject: PlaceMention, first: int, last: int) -> bool:
        """No sentence from first to last speaks for the country or names a place elsewhere."""
        return all(
            not national(k)
            and all(p.oblast == subject.oblast for p in places(k))
            for k in range(first, last + 1)
        )

    report_subject: PlaceMention | None = None
    opening = None  # the report's first sentence naming a place
    if not g.national.search(text):
        opening = next((k for k in range(len(sentences)) if places(k)), None)
        if opening is not None and paragraphs[opening] == paragraphs[0]:
            report_subject = _subject(sentences[opening], g)
    for i in orphans:
        if places(i) or national(i):
            continue
        first = paragraphs.index(paragraphs[i])
        # after the whole country's figures, a paragraph "In the Kharkiv region, …" may go on to
        # them again; a place's official speaking is still that place's account
        national_before = g.national.search(text, 0, sentences[first].start) is not None
        subject = _subject(sentences[first], g, officials_only=national_before) if first < i else None
        if subject is None and report_subject is not None and opening is not None and opening < i:
            if any(places(k) for k in range(first, i)):
                continue  # the paragraph names places of its own: not the report's subject's
            subject, first = report_subject, opening
        if subject is None or not holds(subject, first + 1, i):
            continue
        # the opening's own figures are the place's too ("Russia attacked the Mykolaiv region
        # with 14 drones, the governor said. Nine were shot down.")
        for candidate in candidates:
            mine = candidate.scope is None or candidate.scope == subject.name
            if candidate.sentence in (i, first) and mine:
                candidate.scope, candidate.scope_firm = subject.name, True


def speaks_for_country(text: str, code: str = "en") -> bool:
    """Whether a sentence speaks for the whole country or several regions ("the Air Force said",
    "Rivne and several other regions")."""
    g = _region_grammar(code)
    return g is not None and g.national.search(text) is not None
