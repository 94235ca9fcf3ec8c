"""A report's casualties: the sentences' figures (extract.casualties) read paragraph by paragraph.

Casualties told with no air weapon in a paragraph of ground fire are the shelling's, and a figure
whose sentence names no place takes its paragraph's place; the figures then add up per place
(extract.casualties.aggregate).
"""

from __future__ import annotations

import re
from functools import cache

from extract.casualties import (
    CasualtyResult,
    aggregate,
    canonical_place,
    grammar,
    no_casualty_statements,
    oblast_of,
    sentence_mentions,
)
from extract.casualty_parts import (
    dead_among_hurt_before,
    more_after_the_sentence_before,
)
from extract.casualty_revisions import apply_revisions
from extract.casualty_types import DISTRICT_OF, CasualtyMention
from extract.figure_scope import speaks_for_country
from extract.gazetteer import gazetteer
from extract.lang import get_language
from extract.numbers import find_quantities
from extract.place_names import PlaceMention, find_places
from extract.scope import paragraph_ids
from extract.text import Sentence
from extract.words import mentions as has_words
from extract.words import sentence_words


@cache
def _aerial_cue(code: str) -> re.Pattern[str] | None:
    ph = get_language(code).phrases
    return re.compile(ph["aerial_cue"], re.IGNORECASE) if "aerial_cue" in ph else None


def _shelled_paragraphs(
    text: str, sentences: list[Sentence], mentions: list[CasualtyMention], code: str
) -> list[CasualtyMention]:
    """ "Six people were injured in a Russian strike on Nikopol. Two of them were in a car when a
    shell exploded near it.": casualties told with no air weapon in a paragraph that tells of
    ground fire are the shelling's, unless the sentence that names a weapon last before them names
    air weapons only."""
    aerial = _aerial_cue(code)
    if aerial is None or not mentions:
        return mentions
    g = grammar(code)
    paragraphs = paragraph_ids(text, sentences)
    shelled: dict[int, bool] = {}

    def ground_fire(paragraph: int) -> bool:
        if paragraph not in shelled:
            shelled[paragraph] = any(
                g.non_aerial.search(s.text) is not None
                for k, s in enumerate(sentences)
                if paragraphs[k] == paragraph
            )
        return shelled[paragraph]

    def after_air_weapon(index: int) -> bool:
        # "Russian drones hit Kryvyi Rih. Four people were injured. Separately, artillery wounded a
        # man.": the nearest sentence before it in its paragraph that names a weapon names only air
        # weapons, so the figure is theirs, whatever ground fire the paragraph tells later
        for k in range(index - 1, -1, -1):
            if paragraphs[k] != paragraphs[index]:
                return False
            air, ground = aerial.search(sentences[k].text), g.non_aerial.search(sentences[k].text)
            if air or ground:
                return air is not None and ground is None
        return False

    return [
        m
        for m in mentions
        if aerial.search(sentences[m.sentence].text) is not None or not ground_fire(paragraphs[m.sentence])
        or after_air_weapon(m.sentence)
    ]


def _paragraph_places(
    text: str, sentences: list[Sentence], mentions: list[CasualtyMention], code: str
) -> None:
    """A figure whose sentence names no place is its paragraph's place's, when the paragraph
    opens on one place and names no other before it ("In Kyiv, heating was cut off. … One woman
    was injured." / "Dnipro also came under attack. … Two women were injured.": 3 in all)."""
    placeless = [m for m in mentions if m.place is None]
    if not placeless:
        return
    paragraphs = paragraph_ids(text, sentences)
    named: dict[int, set[str]] = {}

    def places(index: int) -> set[str]:
        if index not in named:
            said = sentences[index].text
            found = find_places(said)
            # "In Kyiv, … according to the Kyiv City Military Administration's chief": a city and its own
            # oblast named together are the city
            own_oblasts = {p.oblast for p in found if p.kind == "city"}
            keys = {p.name if p.kind == "city" else _oblast_key(p, said) for p in found}
            named[index] = {key for key in keys if key not in own_oblasts}
        return named[index]

    for m in placeless:
        # the same toll told again ("21 dead" in the headline and the body): one figure (not "одна
        # людина" read both as a count and as a person named alone: the same words)
        if any(o is not m and o.kind == m.kind and o.value == m.value
               and (o.end <= m.start or m.end <= o.start) for o in mentions):
            continue
        first = paragraphs.index(paragraphs[m.sentence])
        if first == 0 and paragraphs[m.sentence] == 0 and (
            len(places(m.sentence)) != 1
            # "killed 10 in Ukraine, with seven deaths in the capital": the place's is a part
            or any(o.sentence == m.sentence and o.kind == m.kind and o.place for o in mentions)
        ):
            # the opening paragraph speaks of the whole attack, unless the figure's own sentence
            # names the one place it tells of ("Russia struck Zaporizhzhia …, injuring 15"), or the
            # figure is the lede's one city's beside another city's told after it
            m.place = _lede_city_part(m, mentions, [places(k) for k in range(m.sentence + 1)])
            continue
        opening = places(first)
        later = range(first + 1, m.sentence + 1)
        if len(opening) != 1 or any(_other_places(places(k), opening) for k in later):
            continue
        if any(speaks_for_country(sentences[k].text, code) for k in range(first, m.sentence + 1)):
            continue  # "Russia struck Rivne and several other regions …": the whole attack's
        # a district of the paragraph's oblast named with the figure is the figure's place
        own = places(m.sentence) if m.sentence != first else set()
        m.place = canonical_place(next(iter(own if len(own) == 1 else opening)))


def _lede_city_part(
    m: CasualtyMention, mentions: list[CasualtyMention], named: list[set[str]]
) -> str | None:
    """ "Уночі росіяни атакували Одесу дронами. Поранено трьох людей. У Чорноморську двоє дістали
    поранення.": in the opening paragraph, a figure whose sentence names no place, after sentences
    naming one city only, is that city's when a figure of its kind in another city follows (five
    in all, not the larger of three and two). ``named``: the places of the sentences up to the
    figure's. A lede naming an oblast or two places may be telling the whole attack's toll."""
    before = set().union(*named)
    if named[-1] or len(before) != 1:
        return None
    city = canonical_place(next(iter(before)))
    if oblast_of(city) in (None, city):
        return None
    # (a figure told as "one more" adds on its own: "В Ахтырке погиб ещё один человек")
    more = [a for a in mentions if a.kind == m.kind and a.additive]
    for other in mentions:
        if (
            other.kind == m.kind
            and other.start > m.end
            and other.value
            and other.place not in (None, city)
            and DISTRICT_OF not in other.place
            and oblast_of(other.place) not in (None, other.place)
            and not any(a.start <= other.start < a.end for a in more)
        ):
            return city
    return None


def _other_places(named: set[str], opening: set[str]) -> set[str]:
    """The places named besides the paragraph's own: a district of its oblast is no other place."""
    return {key for key in named - opening if key.partition(DISTRICT_OF)[0] not in opening}


def _oblast_key(place: PlaceMention, said: str) -> str:
    """An oblast's key, or a district's within it when the words name a district of the oblast
    ("Синельниківщина", "у Броварському районі"), not the oblast: the district's figures then add to
    its oblast's towns' ("two hurt in Dnipro … one in the Synelnykove district": three)."""
    words = said[place.start:place.end]
    if place.oblast is None or gazetteer().oblast(words) is not None:
        return place.oblast or place.name
    return f"{place.oblast}{DISTRICT_OF}{words.lower()}"


@cache
def _victims_grammar(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    lang = get_language(code)
    if "counted_victims" not in lang.phrases:
        return None
    killed = re.compile(rf"\b(?:{'|'.join(lang.killed_words)})\b", re.IGNORECASE)
    return re.compile(lang.phrases["counted_victims"], re.IGNORECASE), killed


def _victims_as_injured(
    text: str,
    sentences: list[Sentence],
    in_scope: list[int],
    mentions: list[CasualtyMention],
    code: str,
    words: list[str],
) -> list[CasualtyMention]:
    """ "The mayor counts nine victims; two of the wounded remain in hospital.": a count of
    victims in a report that tells of no death is a count of the hurt."""
    grammar_ = _victims_grammar(code)
    if grammar_ is None or any(m.kind == "killed" for m in mentions):
        return []
    after, killed = grammar_
    with_victims = [i for i in in_scope if "\nvictim" in words[i]]
    if not with_victims or any(killed.search(sentences[i].text) for i in in_scope):
        return []
    out = []
    for i in with_victims:
        s = sentences[i]
        for q in find_quantities(text, s.start, s.end, code):
            if q.value is None or any(m.start <= q.start < m.end for m in mentions):
                continue
            if after.match(text, q.end, s.end):
                out.append(CasualtyMention("injured", q.value, q.bound, None, False, q.start, q.end, i))
    return out


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
    mentions = apply_revisions(text, sentences, in_scope, mentions, code, words)
    dead_among_hurt_before(text, sentences, mentions, grammar(code))
    more_after_the_sentence_before(mentions, code)
    mentions += _victims_as_injured(text, sentences, in_scope, mentions, code, words)
    mentions = _shelled_paragraphs(text, sentences, mentions, code)
    _paragraph_places(text, sentences, mentions, code)
    result = aggregate(mentions)
    result.no_casualty_statements = statements
    return result
