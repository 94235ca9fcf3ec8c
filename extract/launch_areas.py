"""Launch areas: where a statement says the weapons came from ("з напрямків: Курськ, Міллерово,
Приморсько-Ахтарськ – РФ", "from Bryansk oblast", "из акватории Черного моря"), as the canonical
areas of data/launch_areas.csv (Russian regions and airfields, occupied Crimea, Belarus, the seas)
with their coordinates. An unscored extra of the record (Report.launch_areas).

A name counts only after one of its language's launch-origin words ("з", "from", "с
направлений") in the same sentence, so "the strike on Belgorod" is no launch area.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.anchors import may_match
from extract.caseless import lowered
from extract.lang import get_language
from extract.patterns import literal_alternation
from extract.text import Sentence
from extract.words import prefix_gate, word_begins

TABLE = Path(__file__).resolve().parent.parent / "data" / "launch_areas.csv"
# How far before a name its origin word may stand ("з напрямків: Курськ, Брянськ, Міллерово").
ORIGIN_WINDOW = 120
# Origin words this short are prepositions ("з", "from"): they count only right before the name.
SHORT_WORD = 4


@dataclass(frozen=True, slots=True)
class LaunchArea:
    name: str
    country: str  # "Russia", "occupied Crimea", "Belarus", "sea"
    kind: str  # "region", "airfield", "area", "country", "sea"
    lat: float
    lon: float

    def to_dict(self) -> dict[str, str | float]:
        return {
            "name": self.name, "country": self.country, "kind": self.kind, "lat": self.lat, "lon": self.lon
        }


@cache
def _areas() -> tuple[tuple[LaunchArea, ...], re.Pattern[str]]:
    """The table's areas and one pattern whose group ``a<i>`` is area i's spellings."""
    with TABLE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    areas = tuple(
        LaunchArea(r["name"], r["country"], r["kind"], float(r["lat"]), float(r["lon"])) for r in rows
    )
    # Every spelling starts with a letter: a lookahead over those letters skips most positions at once.
    starts = {spelling[0] for r in rows for spelling in r["spellings"].split("|")}
    first = sorted(starts | {c.swapcase() for c in starts})
    pattern = re.compile(
        f"(?=[{re.escape(''.join(first))}])(?:"
        + "|".join(rf"(?P<a{i}>(?<![\w-])(?:{r['spellings']})(?![\w-]))" for i, r in enumerate(rows))
        + ")",
        re.IGNORECASE,
    )
    return areas, pattern


@cache
def _origin_before(code: str) -> re.Pattern[str]:
    """A launch-origin phrase ending before a name: a phrase ("з напрямків", "launched from") a
    list's length before it, a bare preposition ("з", "from") right before it."""
    words = get_language(code).launch_origin_words
    phrases = "|".join(w for w in words if len(w) > SHORT_WORD) or "(?!)"
    bare = "|".join(w for w in words if len(w) <= SHORT_WORD) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:(?:{phrases})(?![\w-])[^.;!?\n]{{0,{ORIGIN_WINDOW}}}|(?:{bare})\s+)$", re.IGNORECASE
    )


_LEADING_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _name_prefixes() -> tuple[str, ...] | None:
    """Each spelling's leading letters, lower-cased (less a last letter made optional, as in
    "Orels?"): every match of an area's name begins with one of them. None when some spelling
    does not begin with letters."""
    with TABLE.open(encoding="utf-8", newline="") as fh:
        spellings = [spelling for row in csv.DictReader(fh) for spelling in row["spellings"].split("|")]
    prefixes = set()
    for spelling in spellings:
        lead = _LEADING_LETTERS.match(spelling)
        if lead is None:
            return None
        word = lead.group(0)
        if spelling[len(word) : len(word) + 1] in ("?", "*", "{"):
            word = word[:-1]
        if not word:
            return None
        prefixes.add(word.lower())
    return tuple(sorted(prefixes))


@cache
def _first_word_gate() -> re.Pattern[str] | None:
    """A test over a sentence's words (extract.words) that some word begins as an area's name does."""
    prefixes = _name_prefixes()
    return None if prefixes is None else prefix_gate(prefixes)


@cache
def _name_starts() -> re.Pattern[str] | None:
    r"""Over the lower-cased text, the places where an area's name may begin: a word's start (as
    the pattern's ``(?<![\w-])``) followed by a name's leading letters. The areas' pattern,
    tried at only these, finds what its scan of every letter finds, at a fraction of the cost."""
    prefixes = _name_prefixes()
    return None if prefixes is None else re.compile(r"(?<![\w-])(?:" + literal_alternation(prefixes) + ")")


def _area_matches(
    pattern: re.Pattern[str], text: str, low: str | None, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``; with the lower-cased text, tried only where a name
    may begin (a name's leading letters are letters, so no such place lies inside a match)."""
    starts = _name_starts()
    if low is None or starts is None:
        yield from pattern.finditer(text, start, end)
        return
    pos = start
    for candidate in starts.finditer(low, start, end):
        if candidate.start() < pos:
            continue
        match = pattern.match(text, candidate.start(), end)
        if match is not None:
            yield match
            pos = match.end()


def find_launch_areas(
    text: str,
    sentences: list[Sentence],
    indexes: list[int],
    code: str = "en",
    words: list[str] | None = None,
) -> list[LaunchArea]:
    """The launch areas the sentences at ``indexes`` name after a launch-origin word, in order.
    ``words`` are the sentences' words (extract.words.sentence_words), when the caller has them."""
    areas, pattern = _areas()
    origin = _origin_before(code)
    # An area's name begins a word (nothing of [\w-] before it), so it begins one of the
    # sentence's words or follows an apostrophe inside one ("Mc'Kursk"): the words tell most
    # sentences apart far quicker than the names' anchors over the text. Only where lower-casing
    # reads the text as the pattern does (caseless.lowered).
    low = lowered(text)
    word_gate = _first_word_gate() if words is not None and low is not None else None
    found: list[LaunchArea] = []
    for i in indexes:
        s = sentences[i]
        if word_gate is not None:
            if not word_begins(word_gate, words[i], s.text):  # type: ignore[index]
                continue
        elif not may_match(pattern, text, s.start, s.end):
            continue  # no area's name in it: the names' anchors tell most sentences apart quickly
        last_end = None  # the end of the last area taken in this sentence
        for match in _area_matches(pattern, text, low, s.start, s.end):
            area = areas[int((match.lastgroup or "a0")[1:])]
            if last_end is not None and _LABEL_GAP.fullmatch(text, last_end, match.start()):
                last_end = match.end()  # "Гвардійське – ТОТ АР Крим": where the last one lies
                continue
            listed = last_end is not None and _LIST_GAP.fullmatch(text, last_end, match.start()) is not None
            if listed or origin.search(text, max(s.start, match.start() - ORIGIN_WINDOW - 20), match.start()):
                last_end = match.end()
                if area not in found:
                    found.append(area)
    return found


# Between a name and the region it lies in ("Чауда – Крим", "Гвардійське – ТОТ АР Крим")
_LABEL_GAP = re.compile(r"\s*[–—-]\s*(?:[\w.]{1,4}\s+){0,3}")
# Between two names of one list ("from Bryansk oblast and Kursk", "з Брянської та Курської областей")
_LIST_GAP = re.compile(r"[\s,–—-]*(?:\w+\s+)?(?:and|та|і|й|и|або|or)?\s*")


def launch_area_table() -> tuple[LaunchArea, ...]:
    """Every canonical area of data/launch_areas.csv, in the table's order."""
    return _areas()[0]


def area_named(name: str) -> LaunchArea | None:
    """The first canonical area a place name spells out, no launch-origin word needed: for a
    name already known to be a launch place ("Kursk oblast", "Chauda, Crimea" -> Chauda, the
    place before the region it lies in). None when the table knows none ("south", "north-east")."""
    areas, pattern = _areas()
    match = pattern.search(name)
    return areas[int((match.lastgroup or "a0")[1:])] if match else None
