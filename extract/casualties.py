"""People killed and injured by this aerial attack.

Figures are read from in-scope sentences only (background and foreign scope are already set
aside) and never from sentences about shelling or ground fighting. Updates of the same toll
keep the largest figure; figures for different named places add up; a national figure that
covers them wins when it is larger; "Another person was killed in X" adds one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial

from extract.anchors import finds_none, gated_finditer
from extract.caseless import lowered, lowered_twin
from extract.casualty_existential import existential_mentions
from extract.casualty_gate import mention_gate
from extract.casualty_pairs import people_named
from extract.casualty_parts import (
    before_a_clause_of_more,
    counts_as_subject,
    dead_among_hurt,
    district_key,
    joined_people,
    more_in_a_later_wave,
    one_more_after_verb,
    one_more_counted,
    outside_tolls,
    own_place_span,
    told_as_more,
)
from extract.casualty_types import DISTRICT_OF, MAX_TOLL_GAP, CasualtyGrammar, CasualtyMention
from extract.dates import grammar as date_grammar
from extract.gazetteer import KYIV_CITY, gazetteer  # names in any case or spelling: one place
from extract.lang import LanguageData, get_language
from extract.numbers import find_quantities
from extract.report import CASUALTY_FIELDS
from extract.text import Sentence


@dataclass
class CasualtyResult:
    values: dict[str, int | None] = field(default_factory=dict)
    bounds: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # kind -> start, end, sentence
    no_casualty_statements: list[tuple[str, int, int, int]] = field(default_factory=list)
    # Amounts over numbers.MAX_PLAUSIBLE said of the killed or injured: (kind, start, end, sentence)
    implausible: list[tuple[str, int, int, int]] = field(default_factory=list)
    # Figures the text ties to one place: place (canonical name, "Kyiv" for the capital) -> kind ->
    # the place's largest figure (the map's per-place casualties; the totals above add them up)
    by_place: dict[str, dict[str, int]] = field(default_factory=dict)
    # Figures that name no place: (kind, value, sentence index), for the engine to give the place
    # the sentence's impact is tied to (extract.places.sentence_places); the totals above hold them
    unplaced: list[tuple[str, int, int]] = field(default_factory=list)


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
    of_whom_after = rf"(?:\s+(?:{ph['count_of_whom']})\b)?" if "count_of_whom" in ph else ""
    # "two women(,) aged 63 and 71(,) were wounded": the people's ages after them
    ages = rf"(?:\s*,?\s+(?:{ph['age_after']})\s*,?)?" if "age_after" in ph else ""
    subject = re.compile(
        rf"(?:\s+(?:[\w'’-]+\s+){{0,2}}?(?P<people>{people})\b{ages})?{of_whom_after}{parenthetical}"
        rf"(?:\s+(?!(?:{excluded}|{ph['filler_stop']})\b)(?-i:{lower})[\w'’-]*){{0,5}}?{gap}(?:(?:{aux})\s+){{0,3}}{kind}",
        re.IGNORECASE,
    )
    # "killing three people", a list's "Killed: 2"; "ранены ещё пятеро": "another" between verb and count
    active = re.compile(
        rf"(?:(?P<killed>{_alt(lang.killed_verbs)})|(?P<injured>{_alt(lang.injured_verbs)}))(?:\s*:)?\s+"
        rf"(?:(?:{_alt(lang.additive_starts)})\s+)?$",
        re.IGNORECASE,
    )
    active_follow = re.compile(
        rf"(?:\s+(?:[\w'’-]+\s+)?(?:{people})\b|\s*[,.;)]|\s+(?:{ph['casualty_follow']})\b|\s*$)",
        re.IGNORECASE,
    )
    rise = _alt(lang.rise_verbs)
    toll = re.compile(
        rf"(?:(?P<killed>{_alt(lang.toll_phrases['killed'])})|(?P<injured>{_alt(lang.toll_phrases['injured'])}))"
        rf"\b[^.;\d]{{0,{MAX_TOLL_GAP}}}?(?:\b(?:{rise})\s+(?:(?:{ph['to']})\s+)?|\b(?:{ph['to']})\s+)$",
        re.IGNORECASE,
    )
    ordinal = re.compile(
        rf"\b(?:{ph['definite']})\s+(?P<n>{_alt(lang.ordinals)})\s+(?:{ph['ordinal_victim']})\b",
        re.IGNORECASE,
    )
    person = rf"(?:{ph['person']})"
    # "The guard was injured": "the" names one person too, at a clause's start (casualty_parts)
    definite_subject = [ph["definite_subject"]] if "definite_subject" in ph else []
    article = _alt([*lang.singular_articles, *lang.additive_starts, *definite_subject])
    injured_adjective = rf"(?:(?:{ph['injured_adjective']})\s+)?"
    born = rf"(?:\s+(?:{ph['born_in']})\s+\d{{4}})?"
    # "A pensioner from the river town of Izmail was killed": where the person is from
    origin = (
        rf"(?:\s+(?:{ph['person_from']})\s+(?:(?!(?:{ph['person_from_stop']})\b)[^\s,;.]+\s+){{0,7}}?"
        rf"(?!(?:{ph['person_from_stop']})\b)[^\s,;.]+)?"
        if "person_from" in ph
        else ""
    )
    # "the strike killed a woman"; without articles the person noun's own form is singular
    # ("поранення отримала жінка"); "wounding his wife": a relative with a possessive is one person too
    relative = f"|{ph['relative']}" if "relative" in ph else ""
    possessive = [ph["possessive"]] if relative and lang.singular_articles else []
    # "A woman was killed and her husband was wounded": a relative after a possessive is a subject too
    owner = rf"|(?:{possessive[0]})\s+(?=(?:[\w-]+\s+){{0,2}}?(?:{ph['relative']})\b)" if possessive else ""
    # without articles a clause's first word may be the person ("Жінка загинула", "Її чоловік дістав
    # поранення", "64-річна жінка загинула"): one person, as "a woman was killed" is
    opening = "" if lang.singular_articles else r"|(?<![\s\S])|(?<=[.!?:;,—–]\s)|(?<=\n)"
    singular = re.compile(
        rf"\b(?:(?P<art>{article})\s+{owner}{opening}){injured_adjective}(?:[\w-]+\s+){{0,2}}?(?:{person}{relative})\b"
        rf"(?:\s*,[^,;.]{{0,40}},)?{born}{origin}\s+(?:(?:{aux})\s+){{0,2}}{kind}",
        re.IGNORECASE,
    )
    # "killing the driver and injuring a passenger", "… injuring another (man)": one person too
    definite = [ph[n] for n in ("definite", "other_person") if n in ph] if lang.singular_articles else []
    alone = f"|{ph['other_alone']}" if "other_alone" in ph else ""
    determiners = [*lang.singular_articles, *possessive, *definite]
    singular_article = rf"(?:{_alt(determiners)})\s+" if determiners else ""
    active_singular = re.compile(
        rf"\b(?:(?P<killed>{_alt(lang.killed_verbs)})|(?P<injured>{_alt(lang.injured_verbs)}))\s+"
        # (a bare number is no word of the person: "поранено 21 жінку" is a count, not one woman)
        rf"(?:{singular_article}(?:(?!\d+\s)[\w-]+\s+){{0,2}}?(?:{ph['person']}{relative})\b{alone})",
        re.IGNORECASE,
    )
    non_aerial = re.compile(rf"\b(?:{_alt(lang.non_aerial_words)})\b", re.IGNORECASE)
    stop = _alt([*lang.place_stopwords, *lang.weekdays, *lang.months])
    preps = _alt(lang.place_prepositions)
    place = re.compile(
        rf"\b(?i:{preps})\s+(?:(?i:{ph['definite']})\s+)?(?:(?i:{ph['place_of']})\s+)?"
        rf"(?!(?i:{stop})\b)(?P<name>[A-ZА-ЯІЇЄҐ][\w'’-]+)(?:[ \t]+(?P<second>[A-ZА-ЯІЇЄҐ][\w'’-]+))?"
    )
    capital = re.compile(ph["capital"], re.IGNORECASE)
    no_casualties = re.compile(
        "|".join(
            rf"(?P<{k}>{_alt(lang.no_casualty_phrases[k])})"
            for k in ("both", *CASUALTY_FIELDS, "nobody_hurt")
            if k in lang.no_casualty_phrases
        ),
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
        *_coordination(lang, person, people, _alt(lang.singular_articles), kind, aux),
        # "two in Sumy, one in Shostka and one in Konotop": where the language lists so, a comma alone
        re.compile(
            rf"[^.;:]{{0,80}}?(?:(?:,\s*|\s+)(?:{ph['coordination']})\s+{ph.get('elliptical_comma', '')})$",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+(?:{preps})\s+", re.IGNORECASE),
        re.compile(rf"\s+(?i:{preps})\s+(?:[\w'’-]+\s+){{0,2}}?[A-ZА-ЯІЇЄҐ]"),
        re.compile(
            rf"[^.;:]{{0,80}}?(?:,\s*|\s+)(?:{ph['coordination']})\s+(?:{_alt(lang.additive_starts)})"
            rf"(?=\s+(?:{preps})\s)",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+(?:{ph['region_noun']})\b", re.IGNORECASE) if "region_noun" in ph else None,
        re.compile(rf"(?:\s+(?:{people}))?\W{{0,3}}\b(?:{ph['casualty_of_whom']})\s+", re.IGNORECASE)
        if "casualty_of_whom" in ph
        else None,
        count_others=re.compile(ph["count_others"], re.IGNORECASE) if "count_others" in ph else None,
        count_of_whom=re.compile(rf"[^\s,;.]+(?:\s+[^\s,;.]+)?\s+(?:{ph['count_of_whom']})\b", re.IGNORECASE)
        if "count_of_whom" in ph
        else None,
        another_kind=re.compile(
            rf"(?:,\s*|\s+)(?:{ph.get('another_joiner', ph['coordination'])})\s+"
            rf"(?:{_alt(lang.additive_starts)})\s+"
            rf"(?:(?:{aux})\s+){{0,2}}{kind}",
            re.IGNORECASE,
        )
        if lang.singular_articles and lang.additive_starts and "coordination" in ph
        else None,
        age_before=re.compile(ph["age_before"], re.IGNORECASE) if "age_before" in ph else None,
        tally=re.compile(ph["casualty_tally"], re.IGNORECASE) if "casualty_tally" in ph else None,
    )


def _coordination(
    lang: LanguageData, person: str, people: str, article: str, kind: str, aux: str
) -> tuple[re.Pattern[str] | None, ...]:
    """Patterns for people named one by one and joined ("a man and his wife"); none without the
    language's words for relatives and possessives."""
    ph = lang.phrases
    if "relative" not in ph or "possessive" not in ph:
        return None, None, None, None
    verbs = _alt([*lang.killed_verbs, *lang.injured_verbs, *lang.killed_words, *lang.injured_words])
    single = rf"(?:{person}|{ph['relative']})"
    # no verb and no "another" inside an item: "ще двоє людей поранені" opens a clause of its own
    modifier = rf"(?:(?!(?:{verbs}|{_alt(lang.additive_starts)})\b)[\w'’-]+\s+)"
    determiner = rf"(?:(?:{article}|{ph['possessive']})\s+)" if article else rf"(?:(?:{ph['possessive']})\s+)"
    first = rf"(?:(?:{article})\s+)" if article else determiner + "?"
    item = rf"{determiner}?{modifier}{{0,2}}?(?:{single}|{ph['relatives']}|{people})\b"
    separator = rf"(?:\s*,\s*(?:(?:{ph['coordination']})\s+)?|\s+(?:{ph['coordination']})\s+)"
    subject = re.compile(
        rf"\b{first}{modifier}{{0,2}}?{single}\b(?:{separator}{item})+\s+(?:(?:{aux})\s+){{0,3}}{kind}",
        re.IGNORECASE,
    )
    # "killing a woman, and two men were injured": people with a verb of their own are not the list's
    own_verb = rf"\s+(?:(?:{aux})\s+){{0,3}}(?:{verbs})\b"
    after = re.compile(rf"(?:{separator}{item})+(?!{own_verb})", re.IGNORECASE)
    return (
        subject,
        after,
        re.compile(separator, re.IGNORECASE),
        re.compile(rf"\b{single}\b", re.IGNORECASE),
    )


def _place_key(text: str, s: Sentence, start: int, end: int, g: CasualtyGrammar) -> str | None:
    window_end = before_a_clause_of_more(text, s, end, min(s.end, end + 60), g.language.code)
    after = g.place.search(text, end, window_end)
    if after is not None and after.end() == end + 60 < s.end:
        after = g.place.match(text, after.start(), s.end)  # a name the window cut ("Khark|iv") read whole
    if after is None:
        capital = g.capital.search(text, end, min(s.end, end + 60))
        if capital is not None:
            return "capital"
    before = None
    for match in g.place.finditer(text, s.start, start):
        before = match
    chosen = after or before
    if chosen is None:
        return None
    name, name_end = chosen.group("name"), chosen.end("name")
    second = chosen.group("second")
    if second and gazetteer().city(f"{name} {second}") is not None:
        name, name_end = f"{name} {second}", chosen.end("second")  # "Bila Tserkva", not "Bila"
    if (subdivision := g.subdivision.match(text, name_end)) is not None:  # a raion is a place of its own,
        return district_key(text[chosen.start("name"):subdivision.end()], g.language.code)  # (not a city's)
    if g.region_after is not None and g.region_after.match(text, name_end):
        return _canonical_oblast(name)  # "in the Kyiv region" is not the capital
    return canonical_place(name)


@lru_cache(maxsize=1024)
def _canonical_oblast(word: str) -> str:
    oblast = gazetteer().oblast(word) if gazetteer is not None else None
    return oblast.name if oblast is not None else canonical_place(word)


@lru_cache(maxsize=1024)
def canonical_place(word: str) -> str:
    """One key per place however it is inflected ("на Дніпро", "у Дніпрі") or spelled."""
    gaz = gazetteer()
    city = gaz.city(word)
    if city is not None:
        return "capital" if city.oblast == KYIV_CITY else city.name
    oblast = gaz.oblast(word)
    return oblast.name if oblast is not None else word.lower()


def _place_name(key: str) -> str | None:
    """The place a casualty key stands for, when it is one the gazetteer knows ("capital" is
    Kyiv); None for a split with no place named or a word that is no place."""
    if key == "capital":
        return "Kyiv"
    if DISTRICT_OF in key:
        return oblast_of(key)  # the map shows a district's figures on its oblast
    gaz = gazetteer()
    oblast = gaz.oblast(key)
    if oblast is not None and oblast.name == key:
        return key
    city = gaz.city(key)
    return key if city is not None and city.name == key else None


def _kind(match: re.Match[str]) -> str:
    return "killed" if match.group("killed") else "injured"


@cache
def _lowered_grammar(code: str) -> CasualtyGrammar:
    return lowered_twin(grammar(code))


def sentence_mentions(text: str, s: Sentence, index: int, code: str = "en") -> list[CasualtyMention]:
    """The casualty figures of one sentence; none told of ground fire (shelling, artillery), though
    a sentence that also names an air weapon keeps those of its clauses that are not ground fire
    ("a man was killed by a drone, and another by artillery fire": one)."""
    low = lowered(text)
    g = grammar(code) if low is None else _lowered_grammar(code)
    scanned = text if low is None else low
    gate = None if low is None else _mention_gate(code)
    if gate is not None and low is not None and gate.search(low, s.start, s.end) is None:
        return []  # no word any casualty figure needs (extract.casualty_gate)
    if finds_none(g.non_aerial, scanned, s.start, s.end):
        return _people_one_by_one(_mentions(text, s, index, code))
    aerial, breaks = _clause_patterns(code)
    if aerial is None or breaks is None or aerial.search(text, s.start, s.end) is None:
        return []
    bounds = [s.start, *(m.end() for m in breaks.finditer(text, s.start, s.end)), s.end]
    kept = []
    for mention in _mentions(text, s, index, code):
        start = max(b for b in bounds if b <= mention.start)
        end = min(b for b in bounds if b > mention.start)
        if aerial.search(text, start, end) or not g.non_aerial.search(scanned, start, end):
            kept.append(mention)
    return _people_one_by_one(kept)


@cache
def _mention_gate(code: str) -> re.Pattern[str] | None:
    return mention_gate(_lowered_grammar(code), grammar(code))


@cache
def _clause_patterns(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """An air weapon named, and where a casualty sentence's clauses part (None when the language
    gives neither: a sentence of ground fire then keeps no casualty)."""
    ph = get_language(code).phrases
    if "casualty_air_weapon" not in ph or "casualty_clause_break" not in ph:
        return None, None
    return (
        re.compile(ph["casualty_air_weapon"], re.IGNORECASE),
        re.compile(ph["casualty_clause_break"], re.IGNORECASE),
    )


def _mentions(text: str, s: Sentence, index: int, code: str) -> list[CasualtyMention]:
    # (every figure here comes from a match of a pattern in extract.casualty_gate.MENTION_SOURCES,
    # which sentence_mentions asks first: a new source of figures joins that list)
    # The patterns run over the lower-cased text when they find the same there (extract.caseless);
    # places are read from the original text with the original grammar.
    original, low = grammar(code), lowered(text)
    scanned, g = (text, original) if low is None else (low, _lowered_grammar(code))
    found: list[CasualtyMention] = []
    additive_sentence = bool(g.additive_start.match(scanned, s.start, s.end))
    taken: list[tuple[int, int]] = []
    toll_kinds: set[str] = set()  # "bringing the death toll to two": the toll counts everyone
    for q in find_quantities(text, s.start, s.end, code):
        if (
            q.value is not None
            and q.value >= 1000
            and g.year_before.search(scanned, max(s.start, q.start - 12), q.start)
        ):
            continue  # "a man born in 1953"
        if g.negation_before.search(scanned, max(s.start, q.start - 8), q.start):
            continue  # "no one was injured" is a statement of no casualties, read below
        if g.age_before is not None and g.age_before.search(scanned, max(s.start, q.start - 24), q.start):
            continue  # "two women aged 63 and 71 were wounded": their ages
        kind = None
        end = q.end
        toll = None
        active = g.active.search(scanned, max(s.start, q.start - 40), q.start)
        if g.bodies_before.search(scanned, max(s.start, q.start - 12), q.start):
            kind = "killed"  # "the bodies of three people were recovered"
        elif active is not None and g.active_follow.match(scanned, q.end, s.end):
            kind = _kind(active)  # "killing three people"
        else:
            subject = original.subject.match(text, q.end, s.end)  # tells case apart: not lowered
            toll = g.toll.search(scanned, max(s.start, q.start - MAX_TOLL_GAP - 40), q.start)
            # "Загиблих – 2, поранених – 11": the noun before the count, not the next one's after it
            tally = g.tally.search(scanned, max(s.start, q.start - 40), q.start) if g.tally else None
            if tally is not None and g.active_follow.match(scanned, q.end, s.end):
                kind = _kind(tally)
            elif subject is not None:
                kind, end = _kind(subject), subject.end()  # "three people were killed"
            elif toll is not None:
                kind = _kind(toll)  # "the death toll rose to 25"
        last = found[-1] if found else None
        if kind is None and last is not None and last.value is not None and q.value is not None and (
            joined_people(text, last.end, q.start, q.end, s.end, code)
        ):
            last.value, last.end = last.value + q.value, q.end  # "п'ятьох дорослих і двох дітей"
            taken.append((q.start, q.end))
            continue
        if kind is None:
            continue
        if _in_date(text, s, q.start, q.end, code):
            continue  # "overnight on Oct. 10 killed two people": the day of a date
        place = _place_key(text, s, q.start, end, original)
        # "Three were hospitalised and two others were hurt": the others join the figure of their kind
        # before them in the sentence (one figure, so a toll told again elsewhere is not added to it)
        prior = next((m for m in reversed(found) if m.kind == kind and m.value is not None), None)
        others = g.count_others.match(scanned, q.end, s.end) if g.count_others and prior else None
        more = toll is None and told_as_more(text, s, q.start, q.value, code)
        others = others or (prior and more)
        if prior and others and q.value and place is None:
            prior.value, prior.end = (prior.value or 0) + q.value, end
            taken.append((q.start, end))
            continue
        mention = CasualtyMention(kind, q.value, q.bound, place, False, q.start, end, index, more=more)
        mention.implausible = q.implausible
        found.append(mention)
        taken.append((q.start, end))
        if toll is not None and kind == _kind(toll):
            toll_kinds.add(kind)
            mention.toll = True
    found += _elliptical(text, s, index, found, taken, original)
    more_in_a_later_wave(text, s, found, toll_kinds, code)
    dead_among_hurt(text, found, original)
    for match in gated_finditer(g.ordinal, scanned, s.start, s.end):
        value = g.language.ordinals[match.group("n").lower()]
        found.append(CasualtyMention("killed", value, None, None, False, match.start(), match.end(), index))
    for match in gated_finditer(g.body, scanned, s.start, s.end):  # "the body of a pensioner was recovered"
        if not any(a <= match.start() < b for a, b in taken):
            found.append(CasualtyMention("killed", 1, None, None, False, match.start(), match.end(), index))
    for match in gated_finditer(g.active_singular, scanned, s.start, s.end):  # "the strike killed a woman"
        if any(a <= match.start() < b for a, b in taken):
            continue
        value, end = people_named(scanned, match.start(), match.end(), code), match.end()
        more = g.coordinated_after.match(scanned, end, s.end) if g.coordinated_after else None
        if more is not None:  # "killing a woman and her two children"
            counted = _count_people(text, more.start(), more.end(), g, code)
            if counted is not None:
                value, end = value + counted, more.end()
        place = _place_key(text, s, match.start(), end, original)
        # "Вранці загинула ще одна людина": one more besides the figures told (none told as a toll here)
        additive = value == 1 and _kind(match) not in toll_kinds and one_more_after_verb(match, code)
        found.append(
            CasualtyMention(
                _kind(match), value, None, place, additive, match.start(), end, index,
                lone=value == 1 and not additive,
            )
        )
        taken.append((match.start(), end))
    if g.coordinated_subject is not None:  # "a man and his wife were injured"
        for match in gated_finditer(g.coordinated_subject, scanned, s.start, s.end):
            if any(a <= match.start() < b for a, b in taken):
                continue
            kind_start = match.start("killed") if match.group("killed") else match.start("injured")
            counted = _count_people(text, match.start(), kind_start, g, code)
            if counted is None or counted < 2:
                continue
            found.append(
                CasualtyMention(_kind(match), counted, None, None, False, match.start(), match.end(), index)
            )
            taken.append((match.start(), match.end()))
    for match in gated_finditer(g.singular, scanned, s.start, s.end):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if not counts_as_subject(scanned, s.start, match, code):
            continue  # "… said the guard was injured" names a person told of before
        kind = _kind(match)
        # "Another woman died in hospital, bringing the death toll to two": the toll counts her
        additive = additive_sentence and match.start() - s.start < 3 and kind not in toll_kinds
        if one_more_counted(found, match, kind, additive):
            continue
        place = _place_key(text, s, match.start(), match.end(), original)
        found.append(CasualtyMention(kind, people_named(scanned, match.start(), match.end(), code), None,
                                     place, additive, match.start(), match.end(), index, lone=not additive))
    for match in g.another_kind.finditer(scanned, s.start, s.end) if g.another_kind and found else ():
        if not any(a <= match.start() < b for a, b in taken):
            place = _place_key(text, s, match.start(), match.end(), original)
            found.append(CasualtyMention(_kind(match), 1, None, place, False, match.start(), match.end(),
                                         index, lone=True))
            taken.append((match.start(), match.end()))
    # "Є загиблий": one person told by "there is" alone, where no figure of the kind is told
    found += existential_mentions(text, s, index, found, code, partial(_place_key, text, s, g=original))
    return found


def _people_one_by_one(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "A man was injured, and a teenage girl was hospitalised": people named one by one in one
    sentence, in the same place and with no count of their kind beside them, add up (2)."""
    if sum(m.lone for m in found) < 2:
        return found
    for kind in CASUALTY_FIELDS:
        ones = [m for m in found if m.kind == kind and m.lone and m.value == 1 and not m.additive]
        if len(ones) < 2 or len({m.place for m in ones}) > 1:
            continue
        if any(m.kind == kind and not m.lone for m in found):
            continue  # "Five were hurt, a man among them": the count covers the man
        first, last = ones[0], ones[-1]
        merged = CasualtyMention(
            kind, len(ones), None, first.place, False, first.start, last.end, first.sentence, lone=True
        )
        found = [m for m in found if all(m is not one for one in ones)] + [merged]
    return found


def _in_date(text: str, s: Sentence, start: int, end: int, code: str) -> bool:
    """Whether the number at start:end is the day of a calendar date ("Oct. 10", "10 жовтня")."""
    explicit = date_grammar(code).explicit
    window = max(s.start, start - 16)
    return any(
        m.start() <= start < m.end() for m in explicit.finditer(text, window, min(s.end, end + 16))
    )


def _count_people(text: str, start: int, end: int, g: CasualtyGrammar, code: str) -> int | None:
    """How many people a list of them names ("a man, his wife and their two children" -> 4);
    None when one item gives no number ("and her children")."""
    assert g.list_separator is not None and g.singular_noun is not None
    total = 0
    position = start
    pieces = []
    for separator in g.list_separator.finditer(text.lower(), start, end):
        pieces.append((position, separator.start()))
        position = separator.end()
    pieces.append((position, end))
    for a, b in pieces:
        if not text[a:b].strip():
            continue  # the list continues one already counted ("a woman| and her son")
        counts = [
            q for q in find_quantities(text, a, b, code)
            if q.value is not None and not text.startswith("-", q.end)
        ]
        if counts:
            total += counts[0].value or 0
        elif g.singular_noun.search(text.lower(), a, b):
            total += 1
        else:
            return None
    return total


def _elliptical(
    text: str,
    s: Sentence,
    index: int,
    found: list[CasualtyMention],
    taken: list[tuple[int, int]],
    g: CasualtyGrammar,
) -> list[CasualtyMention]:
    """'killed six people in Ternopil and two in the Ivano-Frankivsk region': a bare count after
    "and" that names its own place takes the kind of the figure before it."""
    if g.elliptical_before is None or g.elliptical_after is None or not found:
        return []
    out: list[CasualtyMention] = []
    previous = found[-1]
    for q in find_quantities(text, s.start, s.end, g.language.code):  # the sentence's, cached
        if q.start < previous.end:
            continue
        if q.value is None or any(a <= q.start < b for a, b in taken):
            continue
        span = own_place_span(text, previous.end, q.start, q.end, s.end, g.language.code)
        if span is not None:  # ", у Марганці – одну", ", ще чотирьох — у Шостці": the count's own place
            place = _place_key(text, replace(s, start=span[0], end=span[1]), span[0], span[0], g)
            if not out:
                before = _place_key(text, replace(s, end=previous.start), previous.start, previous.start, g)
                previous.place = before or f"{previous.start}"
            if place is None or place == previous.place:
                break
            previous = CasualtyMention(previous.kind, q.value, q.bound, place, False, q.start, q.end, index)
            out.append(previous)
            continue
        if not g.elliptical_before.fullmatch(text, previous.end, q.start):
            break
        if not g.elliptical_after.match(text, q.end, s.end):
            break
        place = _place_key(text, s, q.start, q.end, g)
        if place is None and g.named_after.match(text, q.end, s.end):
            place = f"{q.start}"  # "one in the Shostka district": a place of its own, not yet keyed
        if place is None or place == previous.place:
            break
        if previous.place is None:  # "four in the city and one in …": per-place figures, not a total
            previous.place = f"{previous.start}"
        previous = CasualtyMention(previous.kind, q.value, q.bound, place, False, q.start, q.end, index)
        out.append(previous)
    another = g.another_after.match(text, previous.end, s.end) if g.another_after else None
    if another is not None:  # "One person was killed in Kyiv and another in the Kyiv region"
        place = _place_key(text, s, another.start(), another.end(), g)
        if place is not None and place != previous.place and previous.place is not None:
            out.append(
                CasualtyMention(previous.kind, 1, None, place, False, another.start(), another.end(), index)
            )
    return out


def no_casualty_statements(
    text: str, s: Sentence, index: int, code: str = "en"
) -> list[tuple[str, int, int, int]]:
    # Over the lower-cased text when it reads the same (extract.caseless): this alternation of
    # phrases runs on every sentence with a casualty word.
    low = lowered(text)
    scanned, g = (text, grammar(code)) if low is None else (low, _lowered_grammar(code))
    return [
        (m.lastgroup or "both", m.start(), m.end(), index)
        for m in gated_finditer(g.no_casualties, scanned, s.start, s.end)
    ]


def _place_lone_mentions(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A single person named alone counts as the figure of their place ("a 55-year-old man was
    wounded in the village of Hlevakha") when no other figure covers that place; otherwise the
    person is a detail of that figure and stays placeless (as a placeless figure of one)."""
    if not any(m.lone and m.place is not None for m in mentions):
        return mentions
    covered = [m.place for m in mentions if not m.lone and m.place is not None]
    out = []
    for m in mentions:
        if m.lone and m.place is not None and any(_overlap(m.place, other) for other in covered):
            m = replace(m, place=None)
        out.append(m)
    return out


def _overlap(a: str, b: str) -> bool:
    """Whether two place keys are one place or one holds the other (an oblast and its towns)."""
    return a == b or oblast_of(a) == b or oblast_of(b) == a




@lru_cache(maxsize=1024)
def oblast_of(key: str) -> str | None:
    if key == "capital":
        return KYIV_CITY
    if DISTRICT_OF in key:
        return oblast_of(key.partition(DISTRICT_OF)[0])
    gaz = gazetteer()
    oblast = gaz.oblast(key)
    if oblast is not None:
        return oblast.name
    city = gaz.city(key)
    return city.oblast if city is not None else None


def _placed_sum(by_place: dict[str, CasualtyMention]) -> int:
    """The figures of different places added up; an oblast's own figure covers its towns' figures
    ("two injured in the Kharkiv region … one in Kharkiv": the larger of the two, not three)."""
    if len(by_place) < 2:
        return sum(m.value or 0 for m in by_place.values())
    values = {key: m.value or 0 for key, m in by_place.items()}
    total = 0
    inside: set[str] = set()
    for key in values:
        if oblast_of(key) != key:
            continue
        towns = [k for k in values if k != key and oblast_of(k) == key]
        inside.update(towns)
        total += max(values[key], sum(values[k] for k in towns))
    return total + sum(v for k, v in values.items() if k not in inside and oblast_of(k) != k)


def aggregate(mentions: list[CasualtyMention]) -> CasualtyResult:
    result = CasualtyResult()
    # An implausible amount counts as a vague one ("dozens"): the kind's overall figure is unknown.
    result.implausible = [(m.kind, m.start, m.end, m.sentence) for m in mentions if m.implausible]
    for kind in CASUALTY_FIELDS:
        of_kind = _place_lone_mentions([m for m in mentions if m.kind == kind])
        numbered = [m for m in of_kind if m.value is not None and not m.additive]
        placeless = [m for m in numbered if m.place is None]
        vague_placeless = any(m.value is None and m.place is None for m in of_kind)
        by_place: dict[str, CasualtyMention] = {}
        for m in numbered:
            if m.place is not None and (
                m.place not in by_place or (m.value or 0) > (by_place[m.place].value or 0)
            ):
                by_place[m.place] = m
        for key, m in by_place.items():
            place = _place_name(key)
            if place is not None and m.value is not None:
                result.by_place.setdefault(place, {})[kind] = m.value
        result.unplaced.extend((kind, m.value, m.sentence) for m in placeless if m.value is not None)
        base = max(placeless, key=lambda m: (m.value, -m.start)) if placeless else None
        placed_sum = _placed_sum(by_place)
        if base is None and vague_placeless:
            continue  # "dozens injured" overall: a figure for one place is not the total
        # (lone people keep their places here: a raion's "травмована жінка" is a part "ще двоє" completes)
        additive = outside_tolls([m for m in mentions if m.kind == kind], oblast_of)
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
