"""Which places a report ties to the impact of the attack::

    from extract.places import impact_places, struck_places, PlaceFindings
    findings = impact_places(text, sentences, skip=(), language="en")
                                         # sentences from extract.text.split_sentences
    findings.oblasts, findings.cities    # list[PlaceMention], deduplicated, in order
    struck_places(text, sentences, skip=(), language="en")
                                         # the same, each with the index of the sentence
                                         # that ties it to impact
    (extract.debris_places.debris_only_places: of those, the names whose impact is falling
    debris only)

A place counts when the report ties it to impact of this attack (hits, damage also from debris,
casualties, fires, power cuts, explosions) in the same clause or sentence, or in a later sentence
of the same paragraph that names no place ("In Dnipro, … A fire broke out …"), or one that points
back ("the city", "the region"); not where drones were only shot down, not ground fighting or
shelling, not the attacker's claims, not places in Russia or elsewhere abroad. A struck city adds
its oblast. The places named come from extract.place_names (find_places, PlaceMention, here too
for callers), their lookup from extract.gazetteer; the impact wording of the report's language
is extract/lang/place_words_<code>.py.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache

from extract.anchors import lacks_anchors
from extract.caseless import lower_pattern, lowered
from extract.debris_denied import debris_without_damage
from extract.gazetteer import BARE_NAME_MIN_POPULATION, KYIV_CITY, gazetteer
from extract.impact_gates import ANY_WORDS, ImpactGates, SentenceWords, impact_gates
from extract.lang import place_words
from extract.patterns import blank_match
from extract.place_names import (
    CONTEXT_CHARS,
    PlaceMention,
    find_places,
    phrase_alternation,
    phrase_regex,
)
from extract.text import Sentence

__all__ = ["PlaceFindings", "PlaceMention", "find_places", "gazetteer", "impact_places",
           "place_findings", "sentence_places", "struck_places"]

_MAX_SENTENCE_CHARS = 1_500
# The pattern of wording a language lacks: it fails where it starts, where a bare "(?!)" is tried
# at every character of every sentence searched
_NEVER = r"\A(?!)"
_NAVIGATION_CHARS = 300
KYIV_OBLAST = "Kyiv Oblast"


@dataclass
class PlaceFindings:
    oblasts: list[PlaceMention] = field(default_factory=list)
    cities: list[PlaceMention] = field(default_factory=list)


@dataclass(frozen=True)
class ImpactWords:
    """One language's impact wording (extract/lang/place_words_<code>.py), compiled."""

    impact: re.Pattern[str]
    any_impact: re.Pattern[str]
    weak_impact: re.Pattern[str]
    destroy: re.Pattern[str]
    aerial: re.Pattern[str]
    intercept: re.Pattern[str]
    weapons_destroyed: re.Pattern[str]
    weapons_hit: re.Pattern[str]
    not_impact_pattern: re.Pattern[str]
    debris_on_built: re.Pattern[str]
    negated: re.Pattern[str]
    negated_after: re.Pattern[str]
    denied: re.Pattern[str]
    not_impact: re.Pattern[str]
    not_aerial: re.Pattern[str]
    ground_fire: re.Pattern[str]
    front_line: re.Pattern[str]
    caption: re.Pattern[str]
    claim_or_background: re.Pattern[str]
    background_heading: re.Pattern[str]
    refers_city: re.Pattern[str]
    goes_on: re.Pattern[str]
    refers_region: re.Pattern[str]
    refers_oblast: re.Pattern[str]
    total: re.Pattern[str]
    care_before: re.Pattern[str]
    care_after: re.Pattern[str]
    administration: re.Pattern[str]  # "голова Кіровоградської ОВА": the oblast names who told
    clause_break: re.Pattern[str]
    debris_of_downed: re.Pattern[str]
    target_before: re.Pattern[str]
    blast: re.Pattern[str]
    another_event: re.Pattern[str]
    air_defence: re.Pattern[str]
    air_defence_next: re.Pattern[str]


@lru_cache(maxsize=4)
def impact_words(language: str = "en") -> ImpactWords:
    """The impact wording of a language (extract/lang/place_words_<code>.py), compiled."""
    w = place_words(language)
    weapon = phrase_regex(w.WEAPON_WORDS)
    # "destroyed 15 Shahed drones", "45 of them were destroyed": the weapons are what was destroyed
    # (not "a drone attack destroyed 13,000 tonnes of grain").
    weapon_word = weapon.pattern.removeprefix(r"(?<![\w-])").removesuffix(r"(?![\w-])")
    destroy = "|".join(w.DESTROY_STEMS)
    passive = "|".join(w.PASSIVE_AUXILIARIES)
    them = "|".join(w.THEM_WORDS)
    return ImpactWords(
        impact=phrase_regex(set(w.IMPACT_CUES) - set(w.WEAK_IMPACT_CUES) - set(w.DESTROY_CUES)),
        any_impact=phrase_regex({*w.IMPACT_CUES, *w.WEAK_IMPACT_CUES, *w.DESTROY_CUES}),
        weak_impact=phrase_regex(w.WEAK_IMPACT_CUES),
        destroy=phrase_regex(w.DESTROY_CUES),
        aerial=phrase_regex(w.AERIAL_WORDS),
        intercept=phrase_regex(w.INTERCEPT_CUES),
        weapons_destroyed=re.compile(
            # not "destroyed by a drone", "destroyed after the missile strike": what did it
            rf"\b(?:{destroy})\w*\s+(?:(?!(?:by|after|during|following|from|with|in|when|as)\b)"
            rf"[\w'’,.-]+\s+){{0,4}}?{weapon_word}"
            rf"|(?:{weapon_word}|\b(?:{them}))\s+(?:\w+\s+){{0,2}}?(?:{passive})\s+(?:\w+\s+)?(?:{destroy})",
            re.I),
        weapons_hit=re.compile(
            w.WEAPONS_HIT.replace("<WEAPON>", weapon_word) if w.WEAPONS_HIT else _NEVER, re.I),
        not_impact_pattern=re.compile(w.NOT_IMPACT_PATTERN or _NEVER, re.I),
        debris_on_built=re.compile(w.DEBRIS_ON_BUILT or _NEVER, re.I),
        negated=re.compile(
            (f"{w.NEGATION_BEFORE_EVENT}|" if w.NEGATION_BEFORE_EVENT else "")
            + phrase_regex(w.NEGATORS).pattern + r"[^,.;:!?]*", re.I),
        negated_after=phrase_regex(w.NEGATED_AFTER),
        denied=phrase_regex(w.DENIED_IMPACT) if w.DENIED_IMPACT else re.compile(_NEVER, re.I),
        not_impact=phrase_regex(w.NOT_IMPACT_PHRASES),
        not_aerial=phrase_regex(w.NOT_AERIAL_CUES),
        ground_fire=phrase_regex(w.GROUND_FIRE_CUES),
        # the front line's drones and guns ("FPV drones and Grad rocket launchers"), blanked to ask
        # whether a sentence of ground fire names an air weapon of its own
        front_line=phrase_regex({*w.FRONT_LINE_DRONES, *w.GROUND_FIRE_CUES}),
        caption=phrase_regex(w.CAPTION_CUES) if w.CAPTION_CUES else re.compile(_NEVER, re.I),
        claim_or_background=phrase_regex({*w.CLAIM_CUES, *w.BACKGROUND_CUES}),
        # (a heading line with the line break before it: re leaps from one line break to the next,
        # where "^" was tried at every character)
        background_heading=re.compile(
            r"\n[ \t]*(?:" + phrase_alternation(w.BACKGROUND_HEADINGS) + r")[ \t]*:?[ \t]*$", re.I | re.M),
        refers_city=phrase_regex(w.REFERRING_CITY),
        goes_on=re.compile(r"(?:" + phrase_alternation(w.CONTINUING_OPENERS) + r")\b", re.I),
        refers_region=phrase_regex(w.REFERRING_REGION),
        refers_oblast=phrase_regex(w.REFERRING_OBLAST),
        total=phrase_regex(w.TOTAL_CUES),
        care_before=re.compile(w.CARE_BEFORE or _NEVER, re.I),
        administration=re.compile(w.ADMINISTRATION_TITLE or _NEVER, re.I),
        care_after=re.compile(
            r"\s*(?:" + phrase_alternation(w.CARE_NOUNS) + r")\b" if w.CARE_NOUNS else _NEVER, re.I),
        # (the look-ahead names each break's first character: a position holding none is left at
        # one test, where the three branches were each tried at every character of a sentence)
        clause_break=re.compile(
            r"(?=[\s;:—–,])(?:\s*[;:—–\n]\s*|\s+-\s+|,\s+(?=(?:" + "|".join(w.CLAUSE_BREAKS) + r")\b))",
            re.I),
        debris_of_downed=re.compile(w.DEBRIS_OF_DOWNED or _NEVER, re.I),
        target_before=re.compile(w.TARGET_BEFORE or _NEVER, re.I),
        blast=re.compile(w.BLAST_WORDS or _NEVER, re.I),
        another_event=re.compile(r"\W*(?:" + phrase_alternation(w.ANOTHER_EVENT_OPENERS) + r")\b"
                                 if w.ANOTHER_EVENT_OPENERS else _NEVER, re.I),
        air_defence=re.compile(w.AIR_DEFENCE_AT_WORK or _NEVER, re.I),
        air_defence_next=re.compile(r"[\s.!…]*(?:" + (w.AIR_DEFENCE_AT_WORK or _NEVER) + ")", re.I),
    )


@lru_cache(maxsize=4)
def impact_words_lowered(language: str = "en") -> ImpactWords:
    """The same patterns for lower-cased text (extract.caseless)."""
    g = impact_words(language)
    return ImpactWords(**{f.name: lower_pattern(getattr(g, f.name)) for f in fields(ImpactWords)})


@lru_cache(maxsize=4)
def _last_list_name(language: str) -> re.Pattern[str]:
    """A list's last name after its joiner ("and Volyn regions", "Lviv,"), read by its capital
    letter: case-sensitive, so always run over the text as written."""
    w = place_words(language)
    return re.compile(r"(?:(?:" + "|".join(w.LIST_JOINERS) + r")\s+)?"
                      r"[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]*)?(?:\s+(?:"
                      + "|".join(re.escape(n) for n in w.REGION_NOUNS) + r")\b|\s*[,.;)]|\s*$)")


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    impact: bool
    intercept: bool
    denied: bool = False  # it says its place was not hit or damaged ("there were no hits in Kyiv")
    shelled: bool = False  # ground fire and no air weapon (_shelling_apart)


def _clauses(text: str, sentence: Sentence, g: ImpactWords, original: str | None = None,
             last_name: re.Pattern[str] | None = None, holds: SentenceWords = ANY_WORDS,
             gates: ImpactGates | None = None, has_cue: bool = False) -> list[_Clause]:
    """The sentence's clauses, classified; ``original`` is the text as written when ``text`` is its
    lower-cased twin (a list of names, ``last_name``, is told by its capitals); ``holds``, the
    sentence's words, say which of the ``gates``' phrase families it cannot hold (extract.impact_gates);
    ``has_cue``: the caller found an impact cue in the sentence (g.any_impact), so a clause that is
    the whole sentence need not be asked again."""
    clauses = []
    start = sentence.start
    cuts = [cut for cut in g.clause_break.finditer(text, sentence.start, sentence.end)
            if last_name is None or not _joins_a_list(original or text, cut, last_name)]
    defence_heard = _air_defence_heard(text, sentence, g)
    for cut in [*cuts, None]:
        end = cut.start() if cut else sentence.end
        if end > start:
            whole = has_cue and start == sentence.start and end == sentence.end and not defence_heard
            clause = _classify(text, start, end, g, holds, gates, defence_heard, whole)
            clauses.append(_shelling_apart(text, clause, g, holds, gates))
        if cut:
            start = cut.end()
    for clause, following in itertools.pairwise(clauses):
        # "Ліквідовано: 5 безпілотників у Миколаївській області; …", "Destroyed: 6 drones over
        # …": a verb of destroying whose objects are the weapons after it is air defence at work
        if (
            clause.impact
            and g.destroy.search(text, clause.start, clause.end)
            and not g.impact.search(text, clause.start, clause.end)
            and g.aerial.search(text, following.start, following.end)
        ):
            clause.impact, clause.intercept = False, True
    return clauses


_CAPITALISED_BEFORE = re.compile(r"[A-ZА-ЯІЇЄҐ][\w'’-]*\s*$")


def _joins_a_list(text: str, cut: re.Match[str], last_name: re.Pattern[str]) -> bool:
    """Whether a clause break (", and") joins the last name of a list ("over the Rivne, and
    Khmelnytskyi regions while the drones aimed at …"), not two clauses."""
    return (text.startswith(",", cut.start()) and last_name.match(text, cut.end()) is not None
            and _CAPITALISED_BEFORE.search(text, max(0, cut.start() - 40), cut.start()) is not None)


def _air_defence_heard(text: str, sentence: Sentence, g: ImpactWords) -> bool:
    """ "У Вінниці було чути вибухи — працювала ППО", "У Житомирі вибухи. Працює ППО.": explosions
    told with air defence at work (in the sentence, or opening the next) are its sound."""
    return g.blast.search(text, sentence.start, sentence.end) is not None and (
        g.air_defence.search(text, sentence.start, sentence.end) is not None
        or g.air_defence_next.match(text, sentence.end) is not None)


def _classify(text: str, start: int, end: int, g: ImpactWords, holds: SentenceWords = ANY_WORDS,
              gates: ImpactGates | None = None, defence_heard: bool = False,
              has_cue: bool = False) -> _Clause:
    """The clause text[start:end], classified; ``has_cue``: it is known to hold an impact cue."""
    # (explosions heard while air defence worked are blanked: its sound, not impact)
    raw = text[start:end] if not defence_heard else g.blast.sub(blank_match, text[start:end])
    if gates is None:  # no gates: no family is ruled out
        holds, gates = ANY_WORDS, impact_gates()
    elif defence_heard and raw != text[start:end]:
        holds = ANY_WORDS  # (a blank that may end inside a word: see holds_said below)
    # most clauses: only whether air defence is at work matters
    if not has_cue and not g.any_impact.search(raw):
        return _Clause(start, end, False, holds.may_hold(gates.intercept) and bool(g.intercept.search(raw)))
    # (each pattern that has anchors is run only where they are: extract.anchors.lacks_anchors;
    # each phrase family only in a sentence whose words may hold it: extract.impact_gates)
    unsaid = _blanked(g.not_impact_pattern, raw)
    # a pattern free to end inside a word may leave a word start the sentence's words lack: past
    # its blanks the words no longer tell (a phrase's blanks end where no phrase can begin)
    holds_said = holds if unsaid == raw else ANY_WORDS
    said = _blanked(g.not_impact, unsaid) if holds_said.may_hold(gates.not_impact) else unsaid
    body = g.negated.sub(blank_match, said) if holds_said.may_hold(gates.negated) else said
    hit = _blanked(g.weapons_hit, body)  # "air defence hit 10 drones": not impact
    weapons_hit = hit != body
    body = hit
    holds_body = ANY_WORDS if weapons_hit else holds_said
    destroyed = holds_body.may_hold(gates.destroy) and _finds(g.destroy, body)
    weapons_destroyed = destroyed and _finds(g.weapons_destroyed, body)
    intercept = weapons_hit or weapons_destroyed or (
        holds_body.may_hold(gates.intercept) and bool(g.intercept.search(body)))
    # (weak cues are asked only where no strong one is and air defence is not at work; the
    # negation after an impact only where there is one to undo)
    impact = ((holds_body.may_hold(gates.impact) and bool(g.impact.search(body)))
              or (not intercept and (destroyed or (
                  holds_body.may_hold(gates.weak_impact) and _finds(g.weak_impact, body))))
              or _finds(g.debris_on_built, body))
    if impact and holds.may_hold(gates.negated_after) and _finds(g.negated_after, raw):
        # "Загиблих немає, поранено трьох": the denial holds for its own part of the clause only
        impact = any(_finds(g.impact, body[a:b]) and not _finds(g.negated_after, raw[a:b])
                     for a, b in _comma_parts(raw))
    denied = not impact and holds_said.may_hold(gates.negated) and holds_said.may_hold(gates.denied) and any(
        g.denied.search(m.group()) for m in g.negated.finditer(said))
    return _Clause(start, end, impact, intercept, denied)


def _shelling_apart(text: str, clause: _Clause, g: ImpactWords, holds: SentenceWords = ANY_WORDS,
                    gates: ImpactGates | None = None) -> _Clause:
    """ "…: на підприємство в Шостці – ракетний удар,\n по околиці Середина-Буди 8 мінометних
    прильотів, пошкоджено 2 будинки": a clause of ground fire and no air weapon, in a sentence
    that tells of one elsewhere, is the shelling's: its places are no impact of this attack."""
    start, end = clause.start, clause.end
    if gates is not None and not holds.may_hold(gates.ground_fire):
        return clause
    if not lacks_anchors(g.ground_fire, text, start, end) and g.ground_fire.search(text, start, end) \
            and not g.aerial.search(text, start, end):
        clause.impact, clause.shelled = False, True
    return clause


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """The text with the pattern's matches blanked (the text itself where it holds no anchor)."""
    return text if lacks_anchors(pattern, text) else pattern.sub(blank_match, text)


_COMMA = re.compile(r"[,;]")


def _comma_parts(clause: str) -> list[tuple[int, int]]:
    """The spans of a clause between its commas and semicolons."""
    cuts = [0, *(m.end() for m in _COMMA.finditer(clause)), len(clause) + 1]
    return [(a, b - 1) for a, b in itertools.pairwise(cuts)]


def _finds(pattern: re.Pattern[str], text: str) -> bool:
    return not lacks_anchors(pattern, text) and pattern.search(text) is not None


def _about_this_attack(body: str, g: ImpactWords, not_aerial: bool, holds: SentenceWords = ANY_WORDS,
                       gates: ImpactGates | None = None) -> bool:
    """False for ground war without air weapons, the attacker's claims and other times;
    ``not_aerial``: whether the body names ground war (g.not_aerial, asked once by the caller);
    ``holds``: the sentence's words, for the ``gates`` (extract.impact_gates)."""
    if not_aerial and not g.aerial.search(body):
        return False
    if gates is None:
        holds, gates = ANY_WORDS, impact_gates()
    return not (holds.may_hold(gates.claim_or_background) and _finds(g.claim_or_background, body))


def impact_places(text: str, sentences: Sequence[Sentence], skip: Container[int] = (),
                  language: str = "en") -> PlaceFindings:
    """The oblasts and cities the report ties to impact of the attack, in order of first mention.

    `sentences` come from extract.text.split_sentences(text); `skip` holds the indexes of
    sentences about something else (earlier nights, "Recall that …"), which are ignored.
    """
    return place_findings(struck_places(text, sentences, skip, language))


def sentence_places(text: str, sentences: Sequence[Sentence], struck: Iterable[tuple[PlaceMention, int]],
                    language: str = "en") -> dict[int, str]:
    """The one place each impact sentence is about, by sentence index: its town when it ties one
    town (and no oblast but the town's), else its oblast when it ties one; none for a sentence
    tied to several places or speaking of a total ("In total, six were injured across the
    country"), or pointing back to one that does ("struck Mykolaiv and other regions"). A
    casualty figure that names no place belongs there."""
    # (each sentence asked once, over its lower-cased text where that reads as the pattern does)
    low = lowered(text)
    total = impact_words(language).total if low is None else impact_words_lowered(language).total
    of_total: dict[int, bool] = {}

    def speaks_of_total(i: int) -> bool:
        answer = of_total.get(i)
        if answer is None:
            s = sentences[i]
            said = s.text if low is None else low[s.start:s.end]  # (a sentence's text is its stretch)
            answer = of_total[i] = total.search(said) is not None
        return answer

    starts = [s.start for s in sentences]
    tied: dict[int, list[PlaceMention]] = {}
    totals: set[int] = set()
    for mention, index in struck:
        tied.setdefault(index, []).append(mention)
        named_in = bisect.bisect_right(starts, mention.start) - 1
        if named_in != index and speaks_of_total(named_in):
            totals.add(index)
    out = {}
    for index, places in tied.items():
        if index in totals or speaks_of_total(index):
            continue
        towns = {m.name for m in places if m.kind == "city"}
        oblasts = {m.name for m in places if m.kind == "oblast"}
        if len(towns) == 1:
            town = next(m for m in places if m.kind == "city")
            if oblasts <= {town.oblast}:
                out[index] = town.name
        elif not towns and len(oblasts) == 1:
            oblast = oblasts.pop()
            out[index] = "Kyiv" if oblast == KYIV_CITY else oblast  # the capital's key, as its casualties
    return out


def struck_places(text: str, sentences: Sequence[Sentence], skip: Container[int] = (),
                  language: str = "en", words: Sequence[str] | None = None,
                  this_night_words: Mapping[int, tuple[int, int]] | None = None,
                  ) -> list[tuple[PlaceMention, int]]:
    """Every mention tied to impact, with the index of the sentence that ties it (the mention
    itself may sit in an earlier sentence that the impact sentence refers back to). ``words``,
    the sentences' words (extract.words.sentence_words), when the caller has them, spare the
    scans for cues a sentence cannot hold (extract.impact_gates). ``this_night_words``: a
    sentence's words of another time that the scope read as this night's ("the previous evening"
    in a morning report's lede: extract.scope), by sentence index and span in the sentence."""
    mentions = find_places(text)
    counted: list[tuple[PlaceMention, int]] = []
    previous: list[PlaceMention] = []  # places of the last sentence that named any, this paragraph
    topic_set_aside = False  # those places come from a sentence set aside (`skip`)
    last_city: PlaceMention | None = None
    last_oblast: PlaceMention | None = None
    newlines = [m.start() for m in re.finditer("\n", text)]
    paragraph = -1
    line_start = line_end = 0  # the paragraph's line
    cursor = 0
    # A heading near the top is the page's navigation, not the start of background.
    g = impact_words(language)
    # The cue patterns run over the lower-cased text when they find the same there (quicker).
    low = lowered(text)
    scanned, cues = (text, g) if low is None else (low, impact_words_lowered(language))
    gates = impact_gates(language)
    # (the words are lower-cased: they tell only where the cues run over the lower-cased text)
    by_words = words is not None and low is not None
    last_name = _last_list_name(language)
    heading = g.background_heading.search(text, min(len(text), _NAVIGATION_CHARS) - 1)
    background_from = heading.start() + 1 if heading else len(text)  # (the line, after its break)
    if not mentions:
        return counted
    ground_fire_paragraph = -1  # a paragraph that told of shelling: its later sentences go on about it
    caption: bool | None = False  # the paragraph is a photo caption
    shelled: set[str] = set()  # towns a paragraph told shelled
    # Past the last place named, only "the city"/"the region" could still point back, and not far.
    read_until = min(background_from, mentions[-1].end + CONTEXT_CHARS)
    for index, sentence in _bounded(sentences):
        if sentence.start >= read_until:
            break
        here = bisect.bisect_left(newlines, sentence.start)
        if here != paragraph:
            # A new paragraph has a topic of its own, unless it opens by going on about the
            # last one ("As a result, …" in reports written one sentence to a paragraph).
            if previous and not g.goes_on.match(sentence.text):
                previous = []
            paragraph = here
            line_start = newlines[here - 1] + 1 if here else 0
            line_end = newlines[here] if here < len(newlines) else len(text)
            caption = None  # asked when a sentence of the paragraph first needs it
        while cursor < len(mentions) and mentions[cursor].start < sentence.start:
            cursor += 1
        own = []
        j = cursor
        while j < len(mentions) and mentions[j].start < sentence.end:
            if not _place_of_care(text, mentions[j], g):
                own.append(mentions[j])
            j += 1
        body = sentence.text if low is None else low[sentence.start:sentence.end]
        whole = sentences[index]
        # (a piece of a run-on sentence may begin inside a word: its words do not tell)
        holds = (SentenceWords(words[index], whole.text)  # type: ignore[index]
                 if by_words and sentence.start == whole.start and sentence.end == whole.end else ANY_WORDS)
        # (a sentence set aside goes on the same whatever its cues: only its places and its ground
        # fire are read. One that names no place and has no topic of its paragraph ties a place
        # only by pointing back to one: "the city", "the region", or the debris of weapons fired
        # at the town named last (_referred). Before any place it could point to, or without such
        # words, it ties none whatever its cues say: they are not asked)
        nothing_to_tie = index in skip or (not own and not previous and (
            (last_city is None and last_oblast is None)
            or (not holds.may_hold(gates.refers_city) and not holds.may_hold(gates.refers_region)
                and (last_city is None or cues.debris_of_downed.search(body) is None))))
        has_cue = (not nothing_to_tie and holds.may_hold(gates.any_impact)
                   and cues.any_impact.search(body) is not None)
        # (drones of the front line beside guns are the shelling's: "FPV drones and Grad MLRS")
        not_aerial = holds.may_hold(gates.not_aerial) and _finds(cues.not_aerial, body)
        ground_fire = not_aerial and cues.aerial.search(
            cues.front_line.sub(blank_match, body) if cues.ground_fire.search(body) else body) is None
        if ground_fire:
            ground_fire_paragraph = paragraph
            # (a sentence of shelling that names its own place, "Meanwhile in Kherson a shell hurt
            # two", tells of that place only: the paragraph's impact before it stays)
            # ("Також унаслідок артобстрілу поранено жінку": another event, told besides)
            if cues.ground_fire.search(body) and not own and not cues.another_event.match(body):
                counted = _shelled_apart(counted, mentions, sentences, index,
                                         newlines[here - 1] + 1 if here else 0, scanned, cues, shelled)
        if not own and not has_cue and not previous:
            continue  # nothing here can be struck, point back, or end the paragraph's topic
        if caption is None:
            caption = cues.caption.search(scanned, line_start, line_end) is not None
        if index in skip and own and not ground_fire and not caption:
            # "In Poltava Oblast, five were injured in Russian attacks." (set aside: a roundup's
            # toll by means not named) "Debris of downed drones damaged houses.": the sentence
            # set aside still says which place its paragraph is about, for a later sentence that
            # names an air weapon
            previous, topic_set_aside = own, True
            continue
        if this_night_words and index in this_night_words:
            # (blanked: no cue of another time; the span is the whole sentence's, body may be a piece)
            a, b = (max(0, at + sentences[index].start - sentence.start) for at in this_night_words[index])
            body = body[:a] + " " * (min(b, len(body)) - a) + body[b:]
        if (index in skip or ground_fire or caption
                or not _about_this_attack(body, cues, not_aerial, holds, gates)):
            previous = []
            if ground_fire and own and index not in skip:  # "Shelling hit Kherson. Drones hit the city."
                last_city = next((m for m in reversed(own) if m.kind == "city"), last_city)
            continue
        if paragraph == ground_fire_paragraph and not cues.aerial.search(body):
            # "The district was shelled with Grads. In the town houses were damaged.": the damage
            # the shelling did, until a sentence names an air weapon again
            previous = []
            continue
        clauses = _clauses(scanned, sentence, cues, text, last_name, holds, gates, has_cue) if has_cue else []
        struck = _struck_in_sentence(text, own, clauses, g)
        if struck and debris_without_damage(scanned, sentences, index, cues, language, mentions):
            struck = []  # "Debris fell in Bucha, with no damage reported"
        if any(c.impact for c in clauses) and not struck and not own:
            topic = [] if topic_set_aside and not cues.aerial.search(body) else previous
            struck = _referred(text, sentence, clauses, topic, last_city, last_oblast, g)
        if shelled and struck and not cues.aerial.search(body):
            struck = [m for m in struck if m.name not in shelled]
        counted.extend((mention, index) for mention in struck)
        if own and not (previous and all(g.administration.match(text, m.start) for m in own)):
            previous, topic_set_aside = own, False  # (who told is no new topic: "Про це повідомив …")
            last_city = next((m for m in reversed(own) if m.kind == "city"), last_city)
            last_oblast = next((m for m in reversed(own) if m.kind == "oblast"), last_oblast)
    return _headline_towns_as_regions(text, sentences, counted, mentions)


def _place_of_care(text: str, mention: PlaceMention, g: ImpactWords) -> bool:
    """Whether a place is named only as where the hurt are treated ("taken to a Kyiv hospital")."""
    return (g.care_after.match(text, mention.end) is not None
            and g.care_before.search(text, max(0, mention.start - 80), mention.start) is not None)


def _headline_towns_as_regions(text: str, sentences: Sequence[Sentence],
                               counted: list[tuple[PlaceMention, int]],
                               mentions: list[PlaceMention]) -> list[tuple[PlaceMention, int]]:
    """A headline shortens "the Odesa region" to "Odesa": a town struck only in title lines (a
    whole line with no final punctuation) that the rest of the text names, by the same word, only
    as a region gives that region."""
    titles = {i for i in {i for _, i in counted} if _is_title_line(text, sentences[i])}
    if not titles:
        return counted
    in_titles = [(i, sentences[i]) for i in titles]

    def title_of(mention: PlaceMention) -> bool:
        return any(s.start <= mention.start < s.end for _, s in in_titles)

    out = []
    for mention, index in counted:
        if mention.kind == "city" and index in titles and all(
                i in titles for m, i in counted if m.kind == "city" and m.name == mention.name):
            word = text[mention.start:mention.end].lower()
            named = [m for m in mentions if not title_of(m) and text[m.start:m.end].lower() == word]
            if named and all(m.kind == "oblast" for m in named):
                region = named[0]
                mention = PlaceMention(region.name, "oblast", region.oblast, mention.start, mention.end)
        out.append((mention, index))
    return out


def _is_title_line(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a whole line with no final punctuation (a headline, a link)."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    return (not text[line_start:sentence.start].strip() and not text[sentence.end:line_end].strip()
            and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ":", ";")))


def _shelled_apart(counted: list[tuple[PlaceMention, int]], mentions: list[PlaceMention],
                   sentences: Sequence[Sentence], index: int, paragraph_start: int, scanned: str,
                   g: ImpactWords, shelled: set[str]) -> list[tuple[PlaceMention, int]]:
    """A sentence telling of ground fire ("A shell exploded near their car") makes its
    paragraph's impact, told so far in sentences that name no air weapon, the shelling's: those
    places are taken back, and the towns of those sentences (``shelled``, updated) count later
    only beside an air weapon."""
    told: list[tuple[int, int]] = []  # the paragraph's sentences so far that name no air weapon
    for i in range(index, -1, -1):
        sentence = sentences[i]
        if sentence.end <= paragraph_start:
            break
        if not g.aerial.search(scanned, sentence.start, sentence.end):
            told.append((sentence.start, sentence.end))

    def in_told(position: int) -> bool:
        return any(start <= position < end for start, end in told)

    shelled.update(m.name for m in mentions if m.kind == "city" and in_told(m.start))
    return [(m, i) for m, i in counted if not in_told(sentences[i].start)]


def _bounded(sentences: Sequence[Sentence]) -> Iterable[tuple[int, Sentence]]:
    """The sentences with their indexes, a run-on "sentence" cut into pieces of readable length
    (a text without full stops would otherwise be read as one clause, again for every cue)."""
    for index, sentence in enumerate(sentences):
        if sentence.end - sentence.start <= _MAX_SENTENCE_CHARS:
            yield index, sentence
            continue
        start = sentence.start
        while start < sentence.end:
            end = min(sentence.end, start + _MAX_SENTENCE_CHARS)
            if end < sentence.end:
                space = sentence.text.rfind(" ", start - sentence.start, end - sentence.start)
                end = sentence.start + space if space > start - sentence.start else end
            yield index, Sentence(start, end, sentence.text[start - sentence.start:end - sentence.start])
            start = end


def _struck_in_sentence(text: str, own: list[PlaceMention], clauses: list[_Clause],
                        g: ImpactWords) -> list[PlaceMention]:
    if not own or not any(c.impact for c in clauses):
        return []
    struck = []
    for mention in own:
        clause = next((c for c in clauses if c.start <= mention.start < c.end), None)
        if clause is not None and clause.shelled:
            continue
        if clause is None or clause.impact or not (clause.intercept or clause.denied):
            struck.append(mention)
    impact_text = " ".join(text[c.start:c.end] for c in clauses if c.impact)
    if struck and all(m.kind == "oblast" for m in own) and g.refers_city.search(impact_text):
        # "The Sumy regional head reported that a man died in the city": the
        # city is the oblast's centre named in the oblast's name.
        for mention in list(struck):
            centre = gazetteer().city(text[mention.start:mention.end])
            if centre and centre.oblast == mention.name and centre.population >= BARE_NAME_MIN_POPULATION:
                struck.append(PlaceMention(centre.name, "city", centre.oblast, mention.start, mention.end))
    if not struck:
        struck = _referred_within(text, own, clauses, g)
    return struck


def _referred_within(text: str, own: list[PlaceMention], clauses: list[_Clause],
                     g: ImpactWords) -> list[PlaceMention]:
    """"Russia launched drones at Odesa; in the city, a fire broke out": an impact clause naming no
    place points back ("the city", "the region") to a place an earlier clause of its sentence named,
    though that clause told of no impact."""
    for clause in clauses:
        if not clause.impact or any(clause.start <= m.start < clause.end for m in own):
            continue
        before = [m for m in own if m.start < clause.start]
        if not before:
            continue
        last_city = next((m for m in reversed(before) if m.kind == "city"), None)
        last_oblast = next((m for m in reversed(before) if m.kind == "oblast"), None)
        body = Sentence(clause.start, clause.end, text[clause.start:clause.end])
        referred = _referred(text, body, [clause], [], last_city, last_oblast, g)
        if referred:
            return referred
    return []


def _referred(text: str, sentence: Sentence, clauses: list[_Clause], previous: list[PlaceMention],
              last_city: PlaceMention | None, last_oblast: PlaceMention | None,
              g: ImpactWords) -> list[PlaceMention]:
    """An impact sentence that names no place is about the place the paragraph is about, or
    the one it points back to ("the city", "the region")."""
    body = " ".join(text[c.start:c.end] for c in clauses if c.impact)
    if not g.refers_city.search(body) and not g.refers_region.search(body):
        # "Debris damaged the roofs, windows, and fences of nine houses in the region": the
        # pointing word may stand in a clause of its own
        body = sentence.text
    if g.refers_city.search(body):
        # "Sumy region … the regional centre was hit": the oblast named last has its centre.
        if last_oblast and (last_city is None or last_oblast.start > last_city.start):
            centre = gazetteer().city(text[last_oblast.start:last_oblast.end])
            if centre and centre.oblast == last_oblast.name and not centre.part_of:
                return [PlaceMention(centre.name, "city", centre.oblast, last_oblast.start, last_oblast.end)]
        if last_city:
            return [last_city]
    if g.refers_region.search(body) and (last_oblast or last_city):
        place = last_oblast or last_city
        assert place is not None
        oblast = place.oblast or place.name
        if oblast == KYIV_CITY and g.refers_oblast.search(body):
            oblast = KYIV_OBLAST  # the region around the capital, not a district of it
        elif oblast == KYIV_CITY and last_city is not None and last_city.oblast == KYIV_CITY:
            return [last_city]  # "… атакував Київ. Уламки впали у Дарницькому районі": the capital's own
        return [PlaceMention(oblast, "oblast", oblast, place.start, place.end)]
    if (
        not previous
        and last_city is not None
        and g.debris_of_downed.search(sentence.text)
        and g.target_before.search(text, max(0, last_city.start - 6), last_city.start)
    ):
        return [last_city]  # "… по Одесі випущено 6 ракет. Уламками збитих ракет пошкоджено порт"
    return list(previous)


def place_findings(struck: Iterable[tuple[PlaceMention, int]]) -> PlaceFindings:
    """`struck_places`' mentions as the places they name (`impact_places`' answer)."""
    findings = PlaceFindings()
    seen_oblasts: set[str] = set()
    seen_cities: set[tuple[str, str | None]] = set()
    for mention, _index in struck:
        if mention.kind == "city" and (mention.name, mention.oblast) not in seen_cities:
            seen_cities.add((mention.name, mention.oblast))
            findings.cities.append(mention)
        oblast = mention.oblast if mention.kind == "city" else mention.name
        if oblast and oblast not in seen_oblasts:
            seen_oblasts.add(oblast)
            findings.oblasts.append(PlaceMention(oblast, "oblast", oblast, mention.start, mention.end))
    return findings
