"""Quantities in report text: digits, number words, dozens, and their qualifiers.

A :class:`Quantity` keeps the exact span it came from. Vague amounts ("dozens of",
"several") are found too, with ``value=None``, so callers can tell "no number given" from
"no amount mentioned" and never guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from extract.caseless import lower_pattern, lowered
from extract.lang import LanguageData, get_language
from extract.patterns import literal_alternation

# Past this many digits a run is not a count (phone numbers, hashes, hostile input); it also
# keeps int() far below Python's digit limit.
MAX_DIGITS = 9
# No report counts more of anything than this: the largest nights are under a thousand weapons
# and casualties are in the hundreds. A larger amount ("9,999,999 drones", "hundred" said eleven
# times) is a typo, a joke or an attack on the extractor: it is read as no number at all
# (``value`` None, ``implausible``), and the record notes it (Report.uncertain).
MAX_PLAUSIBLE = 100_000


class Quantity(NamedTuple):
    """An amount in the text. ``bound`` is "lower", "upper", "approximate" or None (exact).
    ``value`` is None for a vague amount ("dozens of") and for one over MAX_PLAUSIBLE, which is
    marked ``implausible``. (Immutable, as the sentence's quantities are cached and shared; a named
    tuple, as one is built for every amount read, some five times quicker than a frozen dataclass.)"""

    value: int | None
    bound: str | None
    start: int  # start of the qualifier, or of the numeral when there is none
    end: int
    text: str
    implausible: bool = False


@dataclass(frozen=True)
class NumberGrammar:
    pattern: re.Pattern[str]
    language: LanguageData
    caseless: re.Pattern[str]  # the pattern for lower-cased text (extract.caseless)


@cache
def grammar(code: str = "en") -> NumberGrammar:
    lang = get_language(code)
    word_list = [*lang.units, *lang.tens, *lang.scales, *lang.dozen_words]
    word = rf"(?:{literal_alternation(word_list)})"
    joiner = rf"(?:{literal_alternation(lang.joiners)})"
    article = rf"(?:{literal_alternation(lang.singular_articles)})"
    scale_or_dozen = literal_alternation([*lang.scales, *lang.dozen_words])
    words = rf"(?:{article}\s+(?={scale_or_dozen}))?\b{word}\b(?:(?:\s+|-)(?:{joiner}\s+)?{word}\b)*"
    # Digits: grouped thousands ("1,000", "1 000") or a plain run; never part of a model name
    # (Kh-101), a time (5:30), an ordinal (24th), or a compound ("10-year-old").
    # Ukrainian may write a case ending after the digits ("54-ма ударними БпЛА", "82-х").
    case_suffix = lang.phrases.get("digit_case_suffix")
    suffix = rf"(?:-(?:{case_suffix})(?!\w))?" if case_suffix else ""
    digits = (
        r"(?<![\w.,:/\-])(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)"
        rf"{suffix}(?![\w]|[.,:]\d|-[^\W\d])"
    )
    # "13 тисяч", "2 thousand": digits followed by a scale word multiply
    big_scales = [w for w, value in lang.scales.items() if value >= 1000]
    # "4 dozen drones": digits before a dozen word count dozens (not 4, then 12)
    digit_scale = (
        rf"(?:\s+(?P<dscale>{literal_alternation([*big_scales, *lang.dozen_words])})\b)?"
        if big_scales or lang.dozen_words
        else ""
    )
    qualifier = rf"(?:(?P<qual>{literal_alternation(list(lang.qualifiers))})\s+)?"
    vague = rf"(?P<vague>\b(?:{literal_alternation(lang.vague_amounts)})\b)"
    fixed = rf"(?P<fixed>\b(?:{literal_alternation(lang.fixed_amounts)})\b)|" if lang.fixed_amounts else ""
    # Every quantity starts with a digit or one of these words (a qualifier's, a vague amount's or
    # a number's first word): checking that first lets the engine leave most word starts at once.
    first_words = {
        phrase.split()[0]
        for phrase in [
            *word_list, *lang.qualifiers, *lang.vague_amounts, *lang.singular_articles, *lang.fixed_amounts
        ]
    }
    starts = rf"(?=\d|(?:{literal_alternation(first_words)})(?!\w))"
    pattern = re.compile(
        rf"(?<!\w){starts}{qualifier}(?:{vague}|{fixed}(?P<digits>{digits}){digit_scale}|(?P<words>{words}))",
        re.IGNORECASE,
    )
    return NumberGrammar(pattern, lang, lower_pattern(pattern))


# A number word, with the apostrophe Ukrainian writes inside some ("п'ять", "дев’ять").
_NUMBER_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def parse_number_words(text: str, lang: LanguageData) -> int | None:
    """'twenty-three' -> 23, 'two hundred' -> 200, 'a dozen' -> 12, 'two dozen' -> 24."""
    total = 0
    current = 0
    seen = False
    for token in _NUMBER_WORD.findall(text.lower()):
        if token in lang.units:
            current += lang.units[token]
        elif token in lang.tens:
            current += lang.tens[token]
        elif token in lang.dozen_words:
            current = (current or 1) * 12
        elif token in lang.scales:
            scale = lang.scales[token]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        else:
            continue
        seen = True
    return total + current if seen else None


def parse_digits(text: str) -> int | None:
    if text.isdecimal():  # a plain run of digits, as most counts are: the filter below keeps it whole
        return int(text) if len(text) <= MAX_DIGITS else None
    # the characters ``\d`` finds (str.isdecimal: every decimal digit, as in re's str patterns),
    # kept by a filter rather than a substitution's regex: some µs a count, read for every one
    digits = "".join(filter(str.isdecimal, text.split("-")[0]))
    if not digits or len(digits) > MAX_DIGITS:
        return None
    return int(digits)


def _to_quantity(match: re.Match[str], lang: LanguageData, text: str) -> Quantity | None:
    """The quantity a match found; ``text`` is the original (the match may be over its lower case)."""
    qual = match.group("qual")
    bound = lang.qualifiers.get(qual.lower()) if qual else None
    if match.group("vague"):
        value = None
    elif match.group("digits"):
        value = parse_digits(match.group("digits"))
        if value is None:
            return None
        if "dscale" in match.re.groupindex and match.group("dscale"):  # (groupdict() builds every group)
            scale = match.group("dscale").lower()
            value *= lang.scales.get(scale, 12)  # a scale word, or a dozen
    elif lang.fixed_amounts and match.group("fixed"):
        value = lang.fixed_amounts[" ".join(match.group("fixed").lower().split())]
    else:
        value = parse_number_words(match.group("words"), lang)
        if value is None:
            return None
    if value is not None and value > MAX_PLAUSIBLE:
        return Quantity(None, bound, match.start(), match.end(), text[match.start() : match.end()], True)
    return Quantity(value, bound, match.start(), match.end(), text[match.start() : match.end()])


def find_quantities(text: str, start: int = 0, end: int | None = None, code: str = "en") -> list[Quantity]:
    """Every quantity in text[start:end], offsets into ``text`` (a fresh list: callers may keep it)."""
    return list(_find_quantities(text, start, len(text) if end is None else end, code))


# Several modules read the same sentence's quantities; a str caches its own hash, so the lookup is cheap.
@lru_cache(maxsize=512)
def _find_quantities(text: str, start: int, end: int, code: str) -> tuple[Quantity, ...]:
    g = grammar(code)
    out: list[Quantity] = []
    low = lowered(text)
    matches = g.pattern.finditer(text, start, end) if low is None else g.caseless.finditer(low, start, end)
    for match in matches:
        quantity = _to_quantity(match, g.language, text)
        if quantity is not None:
            out.append(quantity)
    return tuple(out)


def parse_quantity(text: str, code: str = "en") -> Quantity | None:
    """The first quantity in a short string ("more than 500" -> 500, lower bound)."""
    found = find_quantities(text, code=code)
    return found[0] if found else None
