"""Which sentences speak of THIS attack.

Background ("Recall that…", "As previously reported", earlier nights, a separate attack) and
foreign scope (Russia's defence ministry downing Ukrainian drones, Ukrainian strikes on Russian
regions and refineries) are set aside before any figure is read. Every decision keeps its
reason so a reader can see why a sentence did not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extract.anchors import GatedAlternatives, may_match
from extract.caseless import lower_case_twin, lower_pattern, lowered
from extract.lang import LanguageData, get_language
from extract.place_names import find_places
from extract.text import Sentence
from extract.words import prefix_gate, sentence_words, word_start_gate

# A heading line ("Recall", "Read more") is short; past this it is a sentence that happens to
# start with the word.
MAX_HEADING_CHARS = 40


@dataclass
class Scope:
    background: dict[int, str] = field(default_factory=dict)  # sentence index -> reason
    foreign: dict[int, str] = field(default_factory=dict)
    # the ledes whose "the previous evening" was read as this night's start (for extract.places)
    evening_ledes: dict[int, tuple[int, int]] = field(default_factory=dict)  # index -> the words' span

    def skipped(self) -> set[int]:
        return set(self.background) | set(self.foreign)

    def in_scope(self, n: int) -> list[int]:
        skip = self.skipped()
        return [i for i in range(n) if i not in skip]


@dataclass(frozen=True)
class ScopeGrammar:
    language: LanguageData
    background: re.Pattern[str]
    heading: re.Pattern[str]
    link_heading: re.Pattern[str]
    paragraph_opener: re.Pattern[str]
    foreign: re.Pattern[str]
    foreign_place: re.Pattern[str]
    origin: re.Pattern[str]
    background_gate: re.Pattern[str]
    foreign_gate: re.Pattern[str]
    # two word starts that together may make a sentence foreign, each after its line break (a
    # sentence's words are "\nword" lines: extract.words): a str test, quicker than a regex each;
    # grouped by the first ("\nrussia" with each of its partners), asked once a sentence
    foreign_pair_gates: tuple[tuple[str, tuple[str, ...]], ...]
    section_heading: re.Pattern[str]
    class_gates: tuple[tuple[str, re.Pattern[str]], ...]
    # "Russian drones struck the Drohobych refinery in Ukraine": a refinery Russia struck is at home
    home_refinery: re.Pattern[str] | None = None
    # "Нагадаємо, напередодні … Цієї ночі …": a sentence opening with this night's words ends a
    # background paragraph
    this_night_opener: re.Pattern[str] | None = None
    # a day's roundup ("9 dead in Russian strikes during the last day"), a casualty word, and a
    # word of an air attack (see _roundup_by_other_means)
    roundup_lede: re.Pattern[str] | None = None
    casualty_word: re.Pattern[str] | None = None
    aerial_cue: re.Pattern[str] | None = None
    # a sentence that says it is about this attack (see _foreign_paragraphs)
    home_marker: re.Pattern[str] | None = None
    # Ukraine named ("attacked Ukraine", "по Україні"): a story led abroad has come home
    home_country: re.Pattern[str] | None = None
    # "the previous evening" that, in a story's lede, is this night's start (_evening_opening_the_night)
    lede_evening: re.Pattern[str] | None = None
    # an air attack told in the lede, where the language gives no aerial_cue (which also reads
    # casualties in a shelled paragraph: extract.casualty_paragraphs)
    lede_air_cue: re.Pattern[str] | None = None
    # "up from three reported earlier": the story's own earlier figure (see _marker_beyond_earlier_figures)
    earlier_figure: re.Pattern[str] | None = None
    # foreign_place and origin for lower-cased text (extract.caseless)
    lower_foreign_place: re.Pattern[str] = field(init=False)
    # where foreign_place may match, told from a sentence's words (extract.words.word_start_gate)
    foreign_place_starts: re.Pattern[str] | None = field(init=False)
    lower_origin: re.Pattern[str] = field(init=False)
    # background's search, each marker searched only where its anchors are (a sentence that
    # passes the gates holds one or two of some forty markers' words)
    background_markers: GatedAlternatives = field(init=False)
    # foreign's matches, found the same way (a sentence that passes the foreign gate names Russia
    # or Ukraine, and holds one marker's words at most)
    foreign_markers: GatedAlternatives = field(init=False)

    def __post_init__(self) -> None:
        for name in ("foreign_place", "origin"):
            object.__setattr__(self, f"lower_{name}", lower_pattern(getattr(self, name)))
        object.__setattr__(self, "foreign_place_starts", word_start_gate(self.language.foreign_places))
        markers = GatedAlternatives(self.language.background_markers, self.background.flags)
        object.__setattr__(self, "background_markers", markers)
        foreign = GatedAlternatives(self.language.foreign_markers, self.foreign.flags)
        object.__setattr__(self, "foreign_markers", foreign)


@cache
def grammar(code: str = "en") -> ScopeGrammar:
    lang = get_language(code)
    background = re.compile("|".join(lang.background_markers), re.IGNORECASE | re.MULTILINE)
    heading = re.compile(rf"^\W*(?:{'|'.join(lang.background_headings)})\b\W*$", re.IGNORECASE)
    link_heading = re.compile(rf"^\W*(?:{'|'.join(lang.link_headings)})\b\W*", re.IGNORECASE)
    paragraph_opener = re.compile(rf"^\W*(?:{'|'.join(lang.paragraph_openers)})", re.IGNORECASE)
    foreign = re.compile("|".join(lang.foreign_markers), re.IGNORECASE)
    foreign_place = re.compile(rf"\b(?:{'|'.join(lang.foreign_places)})\b", re.IGNORECASE)
    # "launched from the Kursk region", "з напрямків: Курськ, Брянськ": where the weapons came from
    # (a list of them may run on, parted by commas and dashes: "з напрямків — Курськ, Міллерово — РФ")
    origin = re.compile(
        rf"\b(?:{'|'.join(lang.launch_origin_words)})\b[\w\s'’.,:–—-]{{0,80}}$", re.IGNORECASE
    )
    return ScopeGrammar(
        lang,
        background,
        heading,
        link_heading,
        paragraph_opener,
        foreign,
        foreign_place,
        origin,
        prefix_gate(lang.background_triggers),
        prefix_gate(lang.foreign_triggers),
        _pairs_by_first(lang.foreign_trigger_pairs),
        re.compile(rf"^\W*(?:{lang.phrases['section_heading']})\W*:", re.IGNORECASE),
        tuple((cls, prefix_gate(prefixes)) for cls, prefixes in lang.class_word_prefixes.items()),
        re.compile(lang.phrases["home_refinery"], re.IGNORECASE) if "home_refinery" in lang.phrases else None,
        re.compile(rf"^\W*(?:{lang.phrases['same_day']})", re.IGNORECASE)
        if "same_day" in lang.phrases
        else None,
        *(
            re.compile(lang.phrases[name], re.IGNORECASE) if name in lang.phrases else None
            for name in (
                "roundup_lede", "casualty_word", "aerial_cue", "home_marker", "home_country", "lede_evening",
                "lede_air_cue", "earlier_figure",
            )
        ),
    )


def _pairs_by_first(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The trigger pairs as word starts after a line break, each first one with all its partners."""
    grouped: dict[str, list[str]] = {}
    for a, b in pairs:
        grouped.setdefault("\n" + a, []).append("\n" + b)
    return tuple((a, tuple(partners)) for a, partners in grouped.items())


# A linked story's title under a "Related:" heading: one line of its own, no longer than this
MAX_LINKED_TITLE_CHARS = 120
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FINAL_STOP = re.compile(r"[.!?][\"'”’»)]*\s*$")


def _headline_line(text: str, s: Sentence) -> bool:
    """Whether the sentence is a whole line of its own, short enough for a title."""
    if len(s.text) > MAX_LINKED_TITLE_CHARS or text[text.rfind("\n", 0, s.start) + 1 : s.start].strip():
        return False
    line_end = text.find("\n", s.end)
    return not text[s.end : len(text) if line_end < 0 else line_end].strip()


def paragraph_ids(text: str, sentences: list[Sentence]) -> list[int]:
    """A new paragraph starts wherever a line break separates two sentences."""
    ids: list[int] = []
    current = 0
    for i, s in enumerate(sentences):
        if i and "\n" in text[sentences[i - 1].end : s.start]:
            current += 1
        ids.append(current)
    return ids


def find_scope(
    text: str, sentences: list[Sentence], code: str = "en", words: list[str] | None = None
) -> Scope:
    g = grammar(code)
    if words is None:
        words = sentence_words(sentences)
    scope = Scope()
    paragraphs = paragraph_ids(text, sentences)
    rest_is_background = False
    background_paragraph = -1
    link_title = False
    link_list = False  # under a heading alone on its line ("Related:"): a list of linked stories
    low = lowered(text)
    for i, s in enumerate(sentences):
        if rest_is_background:
            scope.background[i] = "after a background heading"
            continue
        if link_list and _headline_line(text, s) and (
            # past a blank line only a title with no final stop goes on with the list
            not _PARAGRAPH_BREAK.search(text, sentences[i - 1].end, s.start) or not _FINAL_STOP.search(s.text)
        ):
            scope.background[i] = "linked story under a heading"
            continue
        link_list = False
        if link_title:
            link_title = False
            scope.background[i] = "title of a linked story"
            continue
        if heading := g.link_heading.match(s.text):
            scope.background[i] = "link heading"
            # "Related:", "Related news:" alone on a line (not "Read also: <a title>")
            alone = heading.end() >= len(s.text.rstrip()) or (
                s.text.rstrip().endswith(":") and len(s.text) <= MAX_HEADING_CHARS)
            link_list = alone and _headline_line(text, s)
            link_title = not link_list and len(s.text) <= MAX_HEADING_CHARS
            continue
        if paragraphs[i] == background_paragraph:
            if g.this_night_opener is None or not g.this_night_opener.match(s.text):
                scope.background[i] = "background paragraph"
                continue
            background_paragraph = -1
        if len(s.text) <= MAX_HEADING_CHARS and g.heading.match(s.text):
            rest_is_background = True
            scope.background[i] = "background heading"
            continue
        twin: str | None = None  # the sentence lower-cased once for both marker searches
        # (the markers' own search looks for their anchors first: no may_match before it)
        if g.background_gate.search(words[i]):
            twin = _sentence_twin(low, s)
            marker = g.background_markers.search_with_twin(s.text, twin)
        else:
            marker = None
        if marker is not None and g.earlier_figure is not None:
            marker = _marker_beyond_earlier_figures(s.text, twin, marker, g)
        if marker is not None and (evening := _evening_opening_the_night(sentences, i, scope, g, marker)):
            scope.evening_ledes[i] = evening  # "A drone attack on Odesa the previous evening injured four"
            marker = None
        if marker is not None:
            scope.background[i] = f"background marker {marker.group(0)!r}"
            # A paragraph that opens with background ("Recall that…", "Over the past day…",
            # "Separately, …") stays background to its end.
            if g.paragraph_opener.match(s.text):
                background_paragraph = paragraphs[i]
            continue
        may_be_foreign = g.foreign_gate.search(words[i]) is not None or any(
            a in words[i] and any(b in words[i] for b in partners) for a, partners in g.foreign_pair_gates
        )
        if may_be_foreign and twin is None:
            twin = _sentence_twin(low, s)
        reason = foreign_reason(s.text, g, twin, words[i]) if may_be_foreign else None
        if reason:
            scope.foreign[i] = reason
    _foreign_paragraphs(text, sentences, paragraphs, scope, g)
    _other_weapon_sections(sentences, words, scope, g)
    _linked_headlines(text, sentences, scope)
    _closing_headlines(text, sentences, scope)
    _roundup_by_other_means(text, sentences, scope, g)
    return scope


def _marker_beyond_earlier_figures(
    sentence: str, twin: str | None, marker: re.Match[str], g: ScopeGrammar
) -> re.Match[str] | None:
    """The first background marker in ``sentence`` outside the story's own earlier figures ("the
    toll rose to five, up from three reported earlier": the words tell what this story said
    before, not an older story), or None. ``marker`` is the first marker found."""
    assert g.earlier_figure is not None
    spans = [m.span() for m in g.earlier_figure.finditer(sentence)]
    if not spans:
        return marker
    return next(
        (
            m for m in g.background_markers.finditer_with_twin(sentence, twin)
            if not any(a <= m.start() < b for a, b in spans)
        ),
        None,
    )


def _evening_opening_the_night(
    sentences: list[Sentence], index: int, scope: Scope, g: ScopeGrammar, marker: re.Match[str]
) -> tuple[int, int] | None:
    """Whether the background marker found in sentence ``index`` is only "the previous evening" (or
    "late on the previous day") told in the story's lede: the first sentence kept that tells of an
    air attack. A morning report's night began the evening before it, so that evening is this
    night's; further on in a story, or beside another marker, the words keep an earlier evening's.
    Answers the words' span in the sentence, or None."""
    lede_evening, air = g.lede_evening, g.aerial_cue or g.lede_air_cue
    if lede_evening is None or air is None:
        return None
    sentence = sentences[index].text
    evening = lede_evening.search(sentence)
    if (
        evening is None
        or not evening.start() <= marker.start() < marker.end() <= evening.end()
        or not air.search(sentence)
        or g.background.search(sentence[: evening.start()] + sentence[evening.end() :])
    ):
        return None
    skipped = scope.skipped()
    if any(j not in skipped and air.search(sentences[j].text) for j in range(index)):
        return None
    return evening.span()


def _foreign_paragraphs(
    text: str, sentences: list[Sentence], paragraphs: list[int], scope: Scope, g: ScopeGrammar
) -> None:
    """A sentence after a foreign one in the same paragraph ("Russia's defence ministry said 8
    drones attacked Moscow. All were downed. Three were jammed.") goes on with it, unless it names
    a Ukrainian place or this attack's own words (the Air Force, Russian drones). So does a
    paragraph opening with a quote right after a foreign one: the foreign official quoted."""
    if g.home_marker is None or not scope.foreign:
        return
    # A story whose lead is foreign ("Drones hit a Russian town near Sumy … Three were hurt in the
    # town") stays abroad, paragraph after paragraph, until a sentence comes home.
    lead = min((i for i in range(len(sentences)) if i not in scope.background), default=-1)
    led_abroad = lead in scope.foreign
    for i in range(1, len(sentences)):
        previous = i - 1
        if i in scope.background or i in scope.foreign:
            continue
        continues = previous in scope.foreign and (
            paragraphs[i] == paragraphs[previous] or sentences[i].text[:1] in _OPENING_QUOTES
        )
        if not continues and not led_abroad:
            continue
        if (
            g.home_marker.search(sentences[i].text)
            or (g.home_country is not None and g.home_country.search(sentences[i].text))
            or find_places(sentences[i].text)
        ):
            led_abroad = False
        elif continues:
            scope.foreign[i] = "continues a foreign paragraph"
        else:
            scope.foreign[i] = "a story led by a foreign sentence, not yet come home"


def _roundup_by_other_means(text: str, sentences: list[Sentence], scope: Scope, g: ScopeGrammar) -> None:
    """A day's roundup ("Russian strikes killed at least eight people across Ukraine in the last day")
    lists every region's casualties whatever hit them (shelling, FPV drones on the front, glide
    bombs): a roundup sentence that names no air weapon is not this air attack's."""
    if g.roundup_lede is None or g.casualty_word is None or g.aerial_cue is None:
        return
    # the lede's anchors ("attack") first: its word-spanning gaps make it slow on a sentence
    if not any(
        may_match(g.roundup_lede, text, s.start, s.end) and g.roundup_lede.search(s.text) for s in sentences
    ):
        return
    for i, s in enumerate(sentences):
        if i in scope.background or i in scope.foreign:
            continue
        if g.casualty_word.search(s.text) and not g.aerial_cue.search(s.text):
            scope.background[i] = "a day's roundup of attacks by means not named"


_OPENING_QUOTES = "\"“«„"
# A line ending in none of these is a headline, a caption or a list item, not a prose sentence.
_TERMINAL = ".!?…\"”’'»);,:"
_BULLET = re.compile(r"^[-–—•*▪►]\s")
# A headline between paragraphs has a few words at least ("Air defence" is a subheading).
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_CHARS = 130
# A headline between paragraphs comes after the story has begun (a page's own title may follow
# a tag line or a dateline).
MIN_PROSE_WORDS = 8
MIN_PROSE_BEFORE_HEADLINE = 2


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _neighbour_line(text: str, start: int, end: int, step: int) -> tuple[str, bool]:
    """The nearest non-blank line before (step -1) or after (step 1) the line text[start:end], and
    whether a blank line lies between."""
    blank = False
    pos = start - 1 if step < 0 else end + 1
    while 0 <= pos <= len(text):
        a, b = _line_bounds(text, min(pos, len(text)))
        line = text[a:b].strip()
        if line:
            return line, blank
        blank = True
        pos = a - 1 if step < 0 else b + 1
        if pos < 0 or pos > len(text):
            break
    return "", blank


def _is_headline(line: str) -> bool:
    return bool(line) and line[-1] not in _TERMINAL and ":" not in line


def _is_toll_headline(line: str) -> bool:
    """ "Russians struck a town with a drone overnight: a woman hurt": an event of several words, a
    colon, what came of it, and no closing stop (a list item "District: debris fell …" names a
    place before its colon)."""
    event, colon, _ = line.partition(": ")
    return (
        bool(colon)
        and line[-1] not in _TERMINAL
        and len(event.split()) >= MIN_HEADLINE_WORDS
        and len(line) <= MAX_HEADLINE_CHARS
    )


def _is_bulleted_headline(line: str) -> bool:
    """ "- Russian Drones Hit Odesa Port" (not "- 8 Kh-101 cruise missiles", an item of a count)."""
    item = _BULLET.sub("", line, count=1).strip()
    return (
        bool(_BULLET.match(line))
        and _is_headline(line)
        and len(item.split()) >= MIN_HEADLINE_WORDS
        and not item[:1].isdigit()
    )


def _list_lead_in(text: str, start: int) -> str:
    """The line above a bulleted list ("The enemy launched:")."""
    line, _ = _neighbour_line(text, start, start, -1)
    while line and _BULLET.match(line):
        start = text.rfind(line, 0, start)
        line, _ = _neighbour_line(text, start, start, -1)
    return line


def _linked_headlines(text: str, sentences: list[Sentence], scope: Scope) -> None:
    """Other stories' headlines on the page: a list of bulleted headlines ("- Missiles Strike
    Odesa Again, One Dead"), one headline standing as a paragraph of its
    own between prose paragraphs (a related-news link the page inserted mid-story), or one in the
    form "event: toll" closing the page after the story. Their figures are those stories', not
    this one's."""
    prose_paragraphs = 0  # how many prose paragraphs came before: the story has begun
    for i, s in enumerate(sentences):
        line_end = text.find("\n", s.end)
        if line_end < 0:
            line_end = len(text)
        if s.end < line_end and text[s.end : line_end].strip():
            continue  # a sentence the line goes on after: neither a paragraph's end nor a line of its own
        a, b = _line_bounds(text, s.start)
        if s.end == b and s.text[-1:] in _TERMINAL and len(text[a:b].split()) >= MIN_PROSE_WORDS:
            prose_paragraphs += 1
        if i in scope.background or i in scope.foreign:
            continue
        # only a sentence that is its whole line, less spaces, is read as a headline (a sentence
        # is trimmed, so told by what stands beside it on its line, not by a copy of the line)
        if s.end > b or text[a : s.start].strip() or text[s.end : b].strip():
            continue
        line = s.text
        if not _is_headline(line):
            if (
                prose_paragraphs >= MIN_PROSE_BEFORE_HEADLINE
                and _is_toll_headline(line)
                and not text[b:].strip()
                and _neighbour_line(text, a, b, -1)[0][-1:] in _TERMINAL
            ):
                scope.background[i] = "another story's headline closing the page"
            continue
        before, blank_before = _neighbour_line(text, a, b, -1)
        after, blank_after = _neighbour_line(text, a, b, 1)
        if _BULLET.match(line):
            if (
                _is_bulleted_headline(line)
                and (_is_bulleted_headline(before) or _is_bulleted_headline(after))
                and not _list_lead_in(text, a).endswith(":")
            ):
                scope.background[i] = "a list of other stories' headlines"
            continue
        if (
            prose_paragraphs >= MIN_PROSE_BEFORE_HEADLINE
            and len(line.split()) >= MIN_HEADLINE_WORDS
            and len(line) <= MAX_HEADLINE_CHARS
            and blank_before
            and blank_after
            and before[-1:] in _TERMINAL
            and after[-1:] in _TERMINAL
            and before
            and after
            and not _heads_its_paragraph(line, after)
        ):
            scope.background[i] = "another story's headline between paragraphs"


def _closing_headlines(text: str, sentences: list[Sentence], scope: Scope) -> None:
    """Other stories' headlines closing the page: two or more headline lines (no closing stop, no
    colon, four words or more), perhaps under a short heading ("More from Ukraine"), after the
    story's last prose line, with the story begun before them (not a list after "Downed:")."""
    block_start = end = len(text.rstrip())
    headlines = 0
    while end > 0:
        a = text.rfind("\n", 0, end) + 1
        line = text[a:end].strip()
        end = a - 1
        if not line:
            continue
        if not _is_headline(line) or len(line) > MAX_HEADLINE_CHARS:
            break
        if len(line.split()) >= MIN_HEADLINE_WORDS:
            headlines += 1
        block_start = a
    else:
        return
    if headlines < 2 or line[-1:] not in _TERMINAL or line.endswith(":"):
        return
    prose = sum(
        1
        for s in sentences
        if s.end <= block_start and s.text[-1:] in _TERMINAL and len(s.text.split()) >= MIN_PROSE_WORDS
    )
    if prose < MIN_PROSE_BEFORE_HEADLINE:
        return
    for i, s in enumerate(sentences):
        if s.start >= block_start:
            scope.background.setdefault(i, "other stories' headlines closing the page")


def _heads_its_paragraph(headline: str, paragraph: str) -> bool:
    """Whether a headline is the heading of the paragraph after it, not a link to another story:
    that paragraph goes on about a place the headline names ("Russians hit the Kyiv HPP" over
    "… missiles struck the Kyiv HPP …")."""
    named = {m.name for m in find_places(headline)}
    return bool(named) and bool(named & {m.name for m in find_places(paragraph)})


def _other_weapon_sections(
    sentences: list[Sentence], words: list[str], scope: Scope, g: ScopeGrammar
) -> None:
    """A "Background:" section about another weapon than the story's (a missile strike on another
    city below a story about an FPV drone) is another attack; one about the same weapon, or a
    story naming none, is this attack's context and counts."""
    # (the heading ends in a colon: a sentence without one is passed by without the pattern)
    start = next(
        (i for i, s in enumerate(sentences) if ":" in s.text and g.section_heading.match(s.text)), None
    )
    if start is None:
        return
    skipped = scope.skipped()

    def classes(indexes) -> set[str]:
        return {
            cls for i in indexes if i not in skipped for cls, gate in g.class_gates if gate.search(words[i])
        }

    story, section = classes(range(start)), classes(range(start, len(sentences)))
    if story and section and not story & section:
        for i in range(start, len(sentences)):
            scope.background.setdefault(i, "background section about another weapon")


def _sentence_twin(low: str | None, s: Sentence) -> str | None:
    """lower_case_twin(s.text), cut from the report's own twin ``low`` where it has one: a text
    that lower-cases to its own length lower-cases letter by letter (the one letter lower-cased by
    its context, the Greek sigma, keeps a text off the quick path: extract.caseless)."""
    return low[s.start : s.end] if low is not None else lower_case_twin(s.text)


def foreign_reason(sentence: str, g: ScopeGrammar, low: str | None, words: str) -> str | None:
    """Why the sentence is about an attack abroad, or None. ``low`` is lower_case_twin(sentence),
    ``words`` its words (extract.words.sentence_words)."""
    if low is None:
        scanned, foreign_place, origin = sentence, g.foreign_place, g.origin
    else:
        scanned, foreign_place, origin = low, g.lower_foreign_place, g.lower_origin
    for marker in g.foreign_markers.finditer_with_twin(sentence, low):
        home = g.home_refinery.search(sentence) if g.home_refinery is not None else None
        if home is not None and (
            scanned[marker.start() : marker.start() + 7].lower() == "refiner"
            or home.start() <= marker.start() < home.end()  # "ворог атакував … НПЗ": the marker is in it
        ):
            continue  # a Ukrainian refinery Russia struck
        return f"foreign marker {sentence[marker.start():marker.end()]!r}"
    # Over the lower-cased sentence, the places' anchors tell most sentences apart quicker.
    # (and where the twin reads the same, the words tell most sentences apart quicker still)
    starts = g.foreign_place_starts
    if low is not None and starts is not None and starts.search(words) is None:
        places = ()
    else:
        places = foreign_place.finditer(scanned) if low is None or may_match(foreign_place, scanned) else ()
    for place in places:
        # "launched from the Kursk region" names where the attack came from, not its target.
        if origin.search(scanned, max(0, place.start() - 60), place.start()):
            continue
        return f"place in Russia {sentence[place.start():place.end()]!r}"
    return None
