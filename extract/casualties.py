"""People killed and injured by this aerial attack.

Figures are read from in-scope sentences only (background and foreign scope are already set
aside) and never from sentences about shelling or ground fighting. Updates of the same toll
keep the largest figure; figures for different named places add up; a national figure that
covers them wins when it is larger; "Another person was killed in X" adds one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extract.caseless import lowered, lowered_twin
from extract.lang import LanguageData, get_language
from extract.numbers import find_quantities
from extract.text import Sentence
from extract.words import mentions as has_words
from extract.words import sentence_words

try:  # names in any case or spelling resolve to one place through the gazetteer
    from extract.places import KYIV_CITY, gazetteer
except ImportError:  # pragma: no cover - only before extract/places.py exists
    gazetteer = None

KINDS = ("killed", "injured")


@dataclass(slots=True)
class CasualtyMention:
    kind: str
    value: int | None  # None: a vague amount ("dozens of others")
    bound: str | None
    place: str | None
    additive: bool
    start: int
    end: int
    sentence: int


@dataclass
class CasualtyResult:
    values: dict[str, int | None] = field(default_factory=dict)
    bounds: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # kind -> start, end, sentence
    no_casualty_statements: list[tuple[str, int, int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class CasualtyGrammar:
    language: LanguageData
    subject: re.Pattern[str]
    active: re.Pattern[str]
    active_follow: re.Pattern[str]
    toll: re.Pattern[str]
    ordinal: re.Pattern[str]
    singular: re.Pattern[str]
    non_aerial: re.Pattern[str]
    place: re.Pattern[str]
    capital: re.Pattern[str]
    no_casualties: re.Pattern[str]
    additive_start: re.Pattern[str]
    year_before: re.Pattern[str]
    subdivision: re.Pattern[str]
    negation_before: re.Pattern[str]
    active_singular: re.Pattern[str]
    body: re.Pattern[str]
    bodies_before: re.Pattern[str]


def _alt(items) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


@cache
def grammar(code: str = "en") -> CasualtyGrammar:
    lang = get_language(code)
    people = _alt(lang.people_nouns)
    excluded = _alt(lang.excluded_people)
    kind = rf"(?:(?P<killed>{_alt(lang.killed_words)})|(?P<injured>{_alt(lang.injured_words)}))\b"
    aux = _alt(lang.auxiliaries)
    ph = lang.phrases
    parenthetical = rf"(?:\s*,\s*(?:{ph['casualty_parenthetical']})\b[^,;.]{{0,70}},)?"
    # a lower-case word between the count and the verb; "восьмеро – постраждали": a dash may part them
    lower = ph.get("lowercase_word", "[a-z]")
    gap = rf"(?:{ph['kind_gap']})" if "kind_gap" in ph else r"\s+"
    subject = re.compile(
        rf"(?:\s+(?:[\w'’-]+\s+){{0,2}}?(?P<people>{people})\b)?{parenthetical}"
        rf"(?:\s+(?!(?:{excluded}|{ph['filler_stop']})\b)(?-i:{lower})[\w'’-]*){{0,5}}?{gap}(?:(?:{aux})\s+){{0,3}}{kind}",
        re.IGNORECASE,
    )
    active = re.compile(
        rf"(?:(?P<killed>{_alt(lang.killed_verbs)})|(?P<injured>{_alt(lang.injured_verbs)}))\s+$",
        re.IGNORECASE,
    )
    active_follow = re.compile(
        rf"(?:\s+(?:[\w'’-]+\s+)?(?:{people})\b|\s*[,.;)]|\s+(?:{ph['casualty_follow']})\b|\s*$)",
        re.IGNORECASE,
    )
    rise = _alt(lang.rise_verbs)
    toll = re.compile(
        rf"(?:(?P<killed>{_alt(lang.toll_phrases['killed'])})|(?P<injured>{_alt(lang.toll_phrases['injured'])}))"
        rf"\b[^.;]{{0,80}}?(?:\b(?:{rise})\s+(?:(?:{ph['to']})\s+)?|\b(?:{ph['to']})\s+)$",
        re.IGNORECASE,
    )
    ordinal = re.compile(
        rf"\b(?:{ph['definite']})\s+(?P<n>{_alt(lang.ordinals)})\s+(?:{ph['ordinal_victim']})\b",
        re.IGNORECASE,
    )
    person = rf"(?:{ph['person']})"
    article = _alt([*lang.singular_articles, *lang.additive_starts])
    injured_adjective = rf"(?:(?:{ph['injured_adjective']})\s+)?"
    born = rf"(?:\s+(?:{ph['born_in']})\s+\d{{4}})?"
    singular = re.compile(
        rf"\b(?P<art>{article})\s+{injured_adjective}(?:[\w-]+\s+){{0,2}}?{person}\b(?:\s*,[^,;.]{{0,40}},)?"
        rf"{born}\s+(?:(?:{aux})\s+){{0,2}}{kind}",
        re.IGNORECASE,
    )
    # "the strike killed a woman"; without articles the person noun's own form is singular
    # ("поранення отримала жінка")
    singular_article = rf"(?:{_alt(lang.singular_articles)})\s+" if lang.singular_articles else ""
    active_singular = re.compile(
        rf"\b(?:(?P<killed>{_alt(lang.killed_verbs)})|(?P<injured>{_alt(lang.injured_verbs)}))\s+"
        rf"{singular_article}(?:[\w-]+\s+){{0,2}}?{person}\b",
        re.IGNORECASE,
    )
    non_aerial = re.compile(rf"\b(?:{_alt(lang.non_aerial_words)})\b", re.IGNORECASE)
    stop = _alt([*lang.place_stopwords, *lang.weekdays, *lang.months])
    preps = _alt(lang.place_prepositions)
    place = re.compile(
        rf"\b(?i:{preps})\s+(?:(?i:{ph['definite']})\s+)?(?:(?i:{ph['place_of']})\s+)?"
        rf"(?!(?i:{stop})\b)(?P<name>[A-ZА-ЯІЇЄҐ][\w'’-]+)"
    )
    capital = re.compile(ph["capital"], re.IGNORECASE)
    no_casualties = re.compile(
        "|".join(rf"(?P<{k}>{_alt(lang.no_casualty_phrases[k])})" for k in ("both", "killed", "injured")),
        re.IGNORECASE,
    )
    additive_start = re.compile(rf"\W*(?:{_alt(lang.additive_starts)})\b", re.IGNORECASE)
    year_before = re.compile(ph["year_before"], re.IGNORECASE)
    return CasualtyGrammar(
        lang,
        subject,
        active,
        active_follow,
        toll,
        ordinal,
        singular,
        non_aerial,
        place,
        capital,
        no_casualties,
        additive_start,
        year_before,
        re.compile(rf"\s+(?:{ph['subdivision']})\b", re.IGNORECASE),
        re.compile(ph["negation_before"], re.IGNORECASE),
        active_singular,
        re.compile(rf"{ph['body_of']}\s+(?:[\w-]+\s+){{0,2}}?{person}\b", re.IGNORECASE),
        re.compile(ph["bodies_of"], re.IGNORECASE),
    )


def _place_key(text: str, s: Sentence, start: int, end: int, g: CasualtyGrammar) -> str | None:
    after = g.place.search(text, end, min(s.end, end + 60))
    if after is None:
        capital = g.capital.search(text, end, min(s.end, end + 60))
        if capital is not None:
            return "capital"
    before = None
    for match in g.place.finditer(text, s.start, start):
        before = match
    chosen = after or before
    if chosen is None or g.subdivision.match(text, chosen.end()):
        return None  # "in the Solomianskyi district": part of a place already counted, not another place
    return _canonical_place(chosen.group("name"))


@lru_cache(maxsize=1024)
def _canonical_place(word: str) -> str:
    """One key per place however it is inflected ("на Дніпро", "у Дніпрі") or spelled."""
    if gazetteer is None:
        return word.lower()
    gaz = gazetteer()
    city = gaz.city(word)
    if city is not None:
        return "capital" if city.oblast == KYIV_CITY else city.name
    oblast = gaz.oblast(word)
    return oblast.name if oblast is not None else word.lower()


def _kind(match: re.Match[str]) -> str:
    return "killed" if match.group("killed") else "injured"


@cache
def _lowered_grammar(code: str) -> CasualtyGrammar:
    return lowered_twin(grammar(code))


def sentence_mentions(text: str, s: Sentence, index: int, code: str = "en") -> list[CasualtyMention]:
    # The patterns run over the lower-cased text when they find the same there (extract.caseless);
    # places are read from the original text with the original grammar.
    original, low = grammar(code), lowered(text)
    scanned, g = (text, original) if low is None else (low, _lowered_grammar(code))
    if g.non_aerial.search(scanned, s.start, s.end):
        return []
    found: list[CasualtyMention] = []
    additive_sentence = bool(g.additive_start.match(scanned, s.start, s.end))
    taken: list[tuple[int, int]] = []
    for q in find_quantities(text, s.start, s.end, code):
        if (
            q.value is not None
            and q.value >= 1000
            and g.year_before.search(scanned, max(s.start, q.start - 12), q.start)
        ):
            continue  # "a man born in 1953"
        if g.negation_before.search(scanned, max(s.start, q.start - 8), q.start):
            continue  # "no one was injured" is a statement of no casualties, read below
        kind = None
        end = q.end
        active = g.active.search(scanned, max(s.start, q.start - 40), q.start)
        if g.bodies_before.search(scanned, max(s.start, q.start - 12), q.start):
            kind = "killed"  # "the bodies of three people were recovered"
        elif active is not None and g.active_follow.match(scanned, q.end, s.end):
            kind = _kind(active)  # "killing three people"
        else:
            subject = original.subject.match(text, q.end, s.end)  # tells case apart: not lowered
            toll = g.toll.search(scanned, max(s.start, q.start - 100), q.start)
            if subject is not None:
                kind, end = _kind(subject), subject.end()  # "three people were killed"
            elif toll is not None:
                kind = _kind(toll)  # "the death toll rose to 25"
        if kind is None:
            continue
        place = _place_key(text, s, q.start, end, original)
        found.append(CasualtyMention(kind, q.value, q.bound, place, False, q.start, end, index))
        taken.append((q.start, end))
    for match in g.ordinal.finditer(scanned, s.start, s.end):
        value = g.language.ordinals[match.group("n").lower()]
        found.append(CasualtyMention("killed", value, None, None, False, match.start(), match.end(), index))
    for match in g.body.finditer(scanned, s.start, s.end):  # "rescuers found the body of a baby"
        if not any(a <= match.start() < b for a, b in taken):
            found.append(CasualtyMention("killed", 1, None, None, False, match.start(), match.end(), index))
    for match in g.active_singular.finditer(scanned, s.start, s.end):  # "the strike killed a woman"
        found.append(CasualtyMention(_kind(match), 1, None, None, False, match.start(), match.end(), index))
        taken.append((match.start(), match.end()))
    for match in g.singular.finditer(scanned, s.start, s.end):
        if any(a <= match.start() < b for a, b in taken):
            continue
        additive = additive_sentence and match.start() - s.start < 3
        place = _place_key(text, s, match.start(), match.end(), original)
        # a single person is a detail of a toll, not a place's own figure to add up
        found.append(
            CasualtyMention(
                _kind(match),
                1,
                None,
                place if additive else None,
                additive,
                match.start(),
                match.end(),
                index,
            )
        )
    return found


def no_casualty_statements(
    text: str, s: Sentence, index: int, code: str = "en"
) -> list[tuple[str, int, int, int]]:
    g = grammar(code)
    return [
        (m.lastgroup or "both", m.start(), m.end(), index)
        for m in g.no_casualties.finditer(text, s.start, s.end)
    ]


def aggregate(mentions: list[CasualtyMention]) -> CasualtyResult:
    result = CasualtyResult()
    for kind in KINDS:
        of_kind = [m for m in mentions if m.kind == kind]
        numbered = [m for m in of_kind if m.value is not None and not m.additive]
        placeless = [m for m in numbered if m.place is None]
        vague_placeless = any(m.value is None and m.place is None for m in of_kind)
        by_place: dict[str, CasualtyMention] = {}
        for m in numbered:
            if m.place is not None and (
                m.place not in by_place or (m.value or 0) > (by_place[m.place].value or 0)
            ):
                by_place[m.place] = m
        base = max(placeless, key=lambda m: (m.value, -m.start)) if placeless else None
        placed_sum = sum(m.value or 0 for m in by_place.values())
        if base is None and vague_placeless:
            continue  # "dozens injured" overall: a figure for one place is not the total
        additive = [m for m in of_kind if m.additive]
        if base is None and not by_place and not additive:
            continue
        value = max(base.value if base else 0, placed_sum)
        evidence = (
            base
            if base is not None and (base.value or 0) >= placed_sum
            else (next(iter(by_place.values()), None) or additive[0])
        )
        value += sum(m.value or 0 for m in additive)
        result.values[kind] = value
        if evidence is not None:
            result.evidence[kind] = (evidence.start, evidence.end, evidence.sentence)
            if evidence.bound:
                result.bounds[kind] = evidence.bound
    return result


def find_casualties(
    text: str,
    sentences: list[Sentence],
    in_scope: list[int],
    code: str = "en",
    words: list[str] | None = None,
) -> CasualtyResult:
    mentions: list[CasualtyMention] = []
    statements: list[tuple[str, int, int, int]] = []
    if words is None:
        words = sentence_words(sentences)
    triggers = grammar(code).language.casualty_triggers
    for i in in_scope:
        if not has_words(words[i], triggers):
            continue
        mentions += sentence_mentions(text, sentences[i], i, code)
        statements += no_casualty_statements(text, sentences[i], i, code)
    result = aggregate(mentions)
    result.no_casualty_statements = statements
    return result
