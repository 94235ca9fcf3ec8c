"""Casualty figures that are parts of others or persons named alone, beside extract.casualties:
"10 people were hurt, of whom 5 died" (the injured are the hurt less the dead) and "The guard
was injured" (a person named with "the" counts one only at a clause's start)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

from extract.casualty_types import DISTRICT_OF, CasualtyGrammar, CasualtyMention
from extract.gazetteer import gazetteer
from extract.lang import get_language, phrase_pattern
from extract.place_names import find_places
from extract.text import Sentence


@cache
def _clause_opening(code: str) -> re.Pattern[str] | None:
    ph = get_language(code).phrases
    return re.compile(rf"(?:{ph['clause_opening']})$", re.IGNORECASE) if "definite_subject" in ph else None


def counts_as_subject(scanned: str, sentence_start: int, match: re.Match[str], code: str) -> bool:
    """A person named with "the" is one person only at a clause's start ("The guard was injured";
    not "… told the guard was injured", nor "the son of a man who was killed")."""
    opening = _clause_opening(code)
    article = (match.group("art") or "").lower()
    if opening is None or article != get_language(code).phrases["definite_subject"]:
        return True
    return opening.search(scanned, max(sentence_start, match.start() - 12), match.start()) is not None or (
        match.start() - sentence_start < 2
    )


# between the hurt's figure and "four of whom died": at most the people's noun, then a comma
_PEOPLE_THEN_COMMA = re.compile(r"(?:\s+[\w'’-]+)?\s*[,;]\s*")


def dead_among_hurt(text: str, found: list[CasualtyMention], g: CasualtyGrammar) -> None:
    """"10 people were hurt, of whom 5 died", "wounding 12, four of whom later died": the injured
    are the hurt less the dead."""
    if g.of_whom_between is None and g.count_of_whom is None:
        return
    for hurt, dead in pairwise(found):
        if (
            hurt.kind == "injured"
            and dead.kind == "killed"
            and hurt.value is not None
            and dead.value is not None
            and dead.value < hurt.value
            and (
                (g.of_whom_between is not None and g.of_whom_between.fullmatch(text, hurt.end, dead.start))
                or (
                    g.count_of_whom is not None
                    and _PEOPLE_THEN_COMMA.fullmatch(text, hurt.end, dead.start) is not None
                    and g.count_of_whom.match(text, dead.start, dead.end) is not None
                )
            )
        ):
            hurt.value -= dead.value


# before the dead's count in its sentence: at most two words ("Згодом одна з них", "Later, one of them")
_SHORT_OPENING = re.compile(r"\W*(?:[^\W\d_]+\W*){0,2}")


def dead_among_hurt_before(
    text: str, sentences: Sequence[Sentence], found: list[CasualtyMention], g: CasualtyGrammar
) -> None:
    """"Постраждали 7 людей. Одна з них згодом померла.": the dead told as part of the hurt of the
    sentence before, right at the opening of theirs; the injured are the hurt less the dead."""
    if g.count_of_whom is None:
        return
    last_hurt: dict[int, CasualtyMention] = {}  # a sentence's last figure of the hurt (not a lone person)
    for mention in found:
        hurt = last_hurt.get(mention.sentence - 1)
        if (
            hurt is not None
            and mention.kind == "killed"
            and hurt.value is not None
            and mention.value is not None
            and mention.value < hurt.value
            and _SHORT_OPENING.fullmatch(text, sentences[mention.sentence].start, mention.start) is not None
            and g.count_of_whom.match(text, mention.start, mention.end) is not None
        ):
            hurt.value -= mention.value
            last_hurt.pop(mention.sentence - 1)
        if mention.kind == "injured" and not mention.lone:
            last_hurt[mention.sentence] = mention


def one_more_counted(found: list[CasualtyMention], match: re.Match[str], kind: str, additive: bool) -> bool:
    """"Ще одна людина загинула", "Ещё один человек погиб": the person was counted already as "одна
    людина загинула" (a figure beginning inside the match): no second person. Told as one more
    (``additive``), that figure adds to the others rather than standing for a place of its own."""
    counted = next((m for m in found if m.kind == kind and match.start() < m.start < match.end()), None)
    if counted is None:
        return False
    if additive:
        counted.additive, counted.lone = True, False
    return True


@cache
def _one_more_word(code: str) -> re.Pattern[str]:
    return re.compile(rf"\s(?:{'|'.join(get_language(code).additive_starts)})\s", re.IGNORECASE)


@cache
def _more_before_count(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(get_language(code).additive_starts)})\s+$", re.IGNORECASE)


@cache
def _clause_of_more(code: str) -> re.Pattern[str]:
    lang = get_language(code)
    more = "|".join(lang.additive_starts)
    preps = "|".join(sorted(lang.place_prepositions, key=len, reverse=True)) or "(?!)"
    # (", у Бучанському – жінку": a place told first, then a dash: the next part's own place)
    return re.compile(rf",\s*(?:(?i:{more})\s|(?i:{preps})\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]+"
                      rf"(?:\s+[A-ZА-ЯІЇЄҐЁ][\w'’-]+)?\s*(?:[–—]|-(?=\s)))")


def before_a_clause_of_more(text: str, sentence: Sentence, start: int, end: int, code: str) -> int:
    """Where a clause of "one more" or of a place told first opens between ``start`` and ``end``
    (else ``end``): "У Вінниці постраждали двоє людей, ще одна людина отримала травми в Хмільнику"
    and "У Вишгородському районі поранено двох, у Бучанському – жінку" name the next part's place
    past it, not the first figure's. A sentence cut to such a clause (extract.casualties._elliptical
    asks the place of ", у Марганці – одну" so) is read whole."""
    found = _clause_of_more(code).search(text, start, end) if start > sentence.start else None
    return found.start() if found is not None else end


def told_as_more(text: str, sentence: Sentence, count_start: int, value: int | None, code: str) -> bool:
    """A casualty count told as more besides others: right after "one more" ("Поранено трьох людей,
    ще четверо дістали поранення", "Ранены три человека, ещё четверо госпитализированы"), or
    opening its sentence as "N more" ("Two more injured people came to hospital", the language's
    ``more_opening``; "one more" is read as a single person elsewhere). Whether it adds to a figure
    is the callers' to decide: within its sentence the caller joins it to the figure before it,
    across sentences `more_after_the_sentence_before`."""
    window_start = max(sentence.start, count_start - 16)
    if _more_before_count(code).search(text, window_start, count_start) is not None:
        return True
    opening = phrase_pattern(code, "more_opening")
    if opening is None or value is None or value < 2:
        return False
    told = opening.match(sentence.text)
    return told is not None and sentence.start + told.start(1) <= count_start < sentence.start + told.end()


def one_more_after_verb(match: re.Match[str], code: str) -> bool:
    """"Вранці загинула ще одна людина", "В Ахтырке погиб ещё один человек": the verb, then "one
    more" and the person (the active singular's match): one person besides those told before."""
    return _one_more_word(code).search(match.group(0)) is not None


def outside_tolls(mentions: list[CasualtyMention],
                  oblast_of: Callable[[str], str | None] | None = None) -> list[CasualtyMention]:
    """The "one more" figures of a kind that add to its others: not those told before a toll of
    that kind ("Ще одна людина померла. Кількість загиблих зросла до трьох": the toll counts her),
    nor those that complete their oblast's figure told before them (``oblast_of``: a place key's
    oblast, as extract.casualties reads it)."""
    last_toll = max((m.start for m in mentions if m.toll and m.value is not None), default=-1)
    more = [m for m in mentions if m.additive and m.start > last_toll]
    if oblast_of is None:
        return more
    return [m for m in more if not _completes_its_oblast(m, mentions, oblast_of)]


def _completes_its_oblast(more: CasualtyMention, mentions: list[CasualtyMention],
                          oblast_of: Callable[[str], str | None]) -> bool:
    """ "На Харківщині поранено сімох. У Харкові – п'ятеро. Ще двоє – у Чугуївському районі": a
    "more" figure told with its own place in an oblast whose figure, told before it, is exactly the
    oblast's parts with it is the last of those parts, not more besides (7, not 9). Only exactly:
    "На Харківщині поранено п'ятьох. Ще двоє – у Чугуєві" stays 7."""
    oblast = oblast_of(more.place) if more.place is not None and more.value else None
    if oblast is None or oblast == more.place:
        return False
    wholes = [m.value for m in mentions if m.place == oblast and not m.additive and m.value
              and m.start < more.start]
    parts: dict[str, int] = {}
    for m in mentions:
        if (not m.additive and m.value and m.place not in (None, oblast)
                and m.start < more.start and oblast_of(m.place) == oblast):
            parts[m.place] = max(parts.get(m.place, 0), m.value)
    return bool(wholes and parts) and max(wholes) == sum(parts.values()) + (more.value or 0)


@cache
def _place_first_gap(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """", у Марганці – " between a casualty figure and a bare count, and what may follow the count."""
    lang = get_language(code)
    ph = lang.phrases
    if not lang.place_prepositions or "coordination" not in ph:
        return None
    preps = "|".join(sorted(lang.place_prepositions, key=len, reverse=True))
    more = "|".join(lang.additive_starts)
    people = "|".join(sorted(lang.people_nouns, key=len, reverse=True))
    gap = re.compile(
        rf"(?:\s+(?i:{people})\b)?\s*[,;]\s*(?:(?i:{ph['coordination']})\s+)?(?:(?i:{preps})\s+)"
        rf"[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+)?\s*(?:[–—]|-(?=\s))\s*(?:(?i:{more})\s+)?"
    )
    tail = re.compile(rf"(?:\s+(?:{people})\b)?\s*(?:[,.;!)]|$)", re.IGNORECASE)
    return gap, tail


def told_place_first(text: str, figure_end: int, count_start: int, count_end: int, sentence_end: int,
                     code: str) -> bool:
    """"У Нікополі поранено двох людей, у Марганці – одну": a bare count told after its own place
    and a dash, right after a casualty figure, ending its clause: a figure of the same kind there."""
    shape = _place_first_gap(code)
    return (
        shape is not None
        and shape[0].fullmatch(text, figure_end, count_start) is not None
        and shape[1].match(text, count_end, sentence_end) is not None
    )


@cache
def _more_then_place(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """", ще " between a casualty figure and a bare count, and " — у Шостці" ending the count's clause."""
    lang = get_language(code)
    if not lang.place_prepositions or not lang.additive_starts:
        return None
    preps = "|".join(sorted(lang.place_prepositions, key=len, reverse=True))
    people = "|".join(sorted(lang.people_nouns, key=len, reverse=True))
    gap = re.compile(rf"(?:\s+(?i:{people})\b)?\s*,\s*(?i:{'|'.join(lang.additive_starts)})\s+")
    tail = re.compile(
        rf"(?:\s+(?i:{people})\b)?\s*(?:[–—]|-(?=\s))\s*(?i:{preps})\s+"
        rf"[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+)?\s*(?:[,.;!)]|$)"
    )
    return gap, tail


def told_more_then_place(text: str, figure_end: int, count_start: int, count_end: int, sentence_end: int,
                         code: str) -> bool:
    """"У Сумах поранено трьох людей, ще чотирьох — у Шостці": "one more" and a bare count, then a
    dash and the count's own place ending its clause, right after a casualty figure: a figure of the
    same kind there, besides the one before (told by its place, so the two add up by place)."""
    shape = _more_then_place(code)
    return (
        shape is not None
        and shape[0].fullmatch(text, figure_end, count_start) is not None
        and shape[1].match(text, count_end, sentence_end) is not None
    )


def own_place_span(text: str, figure_end: int, count_start: int, count_end: int, sentence_end: int,
                   code: str) -> tuple[int, int] | None:
    """Where a bare count's own place is told, before it (", у Марганці – одну") or after it (", ще
    чотирьох — у Шостці"), when the count is a part by place of the casualty figure before it."""
    if told_place_first(text, figure_end, count_start, count_end, sentence_end, code):
        return figure_end, count_start
    if told_more_then_place(text, figure_end, count_start, count_end, sentence_end, code):
        return count_end, sentence_end
    return None


@cache
def _people_joined(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    lang = get_language(code)
    ph = lang.phrases
    if "coordination" not in ph:
        return None
    people = "|".join(sorted(lang.people_nouns, key=len, reverse=True))
    gap = re.compile(rf"(?:\s+(?:{people}))?\s*,?\s*(?:{ph['coordination']})\s+", re.IGNORECASE)
    tail = re.compile(rf"\s+(?:{people})\b\s*(?:[,.;!)]|$|(?:{ph['coordination']})\s)", re.IGNORECASE)
    return gap, tail


def joined_people(text: str, figure_end: int, count_start: int, count_end: int, sentence_end: int,
                  code: str) -> bool:
    """"Поранено п'ятьох дорослих і двох дітей", "Ранены пятеро взрослых и двое детей": a count of
    people joined by "and" to a casualty figure of people, ending its clause, is more of that
    figure (not "… людей, серед них двох дітей", who are among them)."""
    shape = _people_joined(code)
    return (
        shape is not None
        and shape[0].fullmatch(text, figure_end, count_start) is not None
        and shape[1].match(text, count_end, sentence_end) is not None
    )


# "two more", "a dozen more": a count of one or two words, then "more"
_COUNT_MORE = re.compile(r"(?:[\w-]+\s+)?[\w-]+\s+more\b", re.IGNORECASE)


def more_in_a_later_wave(
    text: str, s: Sentence, found: list[CasualtyMention], toll_kinds: set[str], code: str
) -> None:
    """"Two more people were injured in a second wave before dawn": a count told as "more" in a
    sentence of the night's later attack adds to the figures told before it (as "one more" does).
    Not in a sentence with a toll of its kind ("… rose to 9 after two more died": the toll counts
    them), and not without the later attack's words ("Ten were hurt: eight in Kyiv and two more
    in Bucha" is a total and its parts)."""
    wave = phrase_pattern(code, "later_wave")
    if wave is None or not found or wave.search(text, s.start, s.end) is None:
        return
    for mention in found:
        if (
            mention.value
            and not mention.additive
            and mention.kind not in toll_kinds
            and _COUNT_MORE.match(text, mention.start) is not None
        ):
            mention.additive = True



def more_after_the_sentence_before(mentions: list[CasualtyMention], code: str) -> None:
    """A count told as "more" ("Two more were hurt", "Ще четверо звернулися по допомогу", "Ещё
    четверо госпитализированы") that opens its kind in its sentence, right after a sentence with a
    figure of that kind, adds to it. Not after a figure of another kind only ("One person was
    killed. Three more were injured": three injured); not after a toll of its kind ("Кількість
    загиблих зросла до шести. Ще двоє померли в лікарні": the toll counts them); not when a figure of
    its kind is told after it (a story's total counts them: "… In total, five were hurt"); and, in a
    language whose stories tell a figure again as "more" (its ``more_repeats_a_count``), not when
    the count is one told before ("Поранено 13 людей. Ще 13 поранені були у лікарнях"; in English
    "killing two. Two more died" is four). A lone person told in the sentence right after a placeless
    "more" of several is one of them, not a figure told after it ("Ще 14 людей постраждали. У
    Павлоградському районі травмована жінка": 14 more, she among them, untied from her raion)."""
    repeats = get_language(code).more_repeats_a_count
    for mention in mentions:
        if not (mention.more or mention.additive) or mention.value is None:
            continue
        of_kind = [m for m in mentions if m.kind == mention.kind and m is not mention and m.value is not None]
        before = [m for m in of_kind if m.start < mention.start]
        among = {id(m) for m in of_kind if m.lone and m.value == 1 and m.sentence == mention.sentence + 1
                 and mention.place is None and mention.value > 1}
        if not mention.additive and (  # (one told as adding already: only the person to untie)
            any(m.sentence == mention.sentence for m in before)
            or any(m.toll or (repeats and m.value == mention.value) for m in before)
            or any(m.start > mention.start and not m.additive and id(m) not in among for m in of_kind)
            or not any(m.sentence == mention.sentence - 1 and m.value and not m.additive for m in before)
        ):
            continue
        mention.additive = True
        for person in of_kind:
            if id(person) in among:
                person.place = None


def district_key(named: str, code: str) -> str | None:
    """ "у Бучанському районі поранено двох": a raion named by its town's adjective is a place of its
    own, keyed as casualty_paragraphs keys it (its figure adds to its oblast's towns'); so is a
    hromada named by its town's adjective ("у Білопільській громаді постраждала одна людина", beside
    a figure for Sumy). A city's district ("у Шевченківському районі"), the hromada of an oblast's
    centre ("у Сумській громаді": the city's own) or a district the name reader does not know gives
    none (a part of a place counted already). ``named``: the name and its district noun."""
    raion = phrase_pattern(code, "raion_noun")
    if raion is None or raion.search(named) is None:
        return _hromada_key(named, code)
    found = find_places(named)
    if len(found) != 1 or found[0].kind != "oblast" or found[0].start != 0:
        return None
    place = found[0]
    return f"{place.oblast}{DISTRICT_OF}{named[place.start:place.end].lower()}"


def _hromada_key(named: str, code: str) -> str | None:
    hromada = phrase_pattern(code, "hromada_noun")
    noun = hromada.search(named) if hromada is not None else None
    adjective = named[:noun.start()].strip() if noun is not None else ""
    if not adjective or " " in adjective or gazetteer().oblast(adjective) is not None:
        return None
    oblast = gazetteer().district_oblast(adjective)
    return None if oblast is None else f"{oblast.name}{DISTRICT_OF}{adjective.lower()}"
