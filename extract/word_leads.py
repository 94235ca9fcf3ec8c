"""The letters a pattern's match may open with, as a quick test at a position.

extract.words.word_start_gate reads the plain letters an alternative opens with and gives up at a
group ("(?:managed|were able) to …", "(?:уражен|знищен)\\w*"): the role verbs open so throughout.
Here a leading group or alternation is read branch by branch, each with what follows it, so each
verb gives the few letter runs its matches open with ("managed", "were"); a trie of those, matched
where a verb is asked for, says quickly where none can start.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from extract.patterns import literal_alternation

_TOKEN_CHARACTER = re.compile(r"[\w'’-]")
_WORD_OPENING = re.compile(r"[^\W_]")
# Items that take no characters (a word boundary, a look-behind or look-ahead) before a lead
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# A pattern whose branches multiply past this many leads is read as having none (no gate)
MAX_LEADS = 2000


def _non_word_character(item: tuple) -> bool:
    """Whether a parsed item takes one character that is never a word character (a quote, a space):
    the letters after it open a word of the sentence's words, or follow an apostrophe or a hyphen
    inside one, as the gate reads them."""
    op, arg = item
    if op is sre.LITERAL:
        return not chr(arg).isalnum() and chr(arg) != "_"
    if op is sre.IN:
        return all(
            (kind is sre.LITERAL and not chr(value).isalnum() and chr(value) != "_")
            or (kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD))
            for kind, value in arg
        )
    return False


def _leads(items: list, lead: str) -> set[str] | None:
    """The lower-cased letter runs (each ``lead`` and what follows it) a match of the parsed items
    opens with, cut where a word would end; None when some match may open with no letter or digit."""
    for k, (op, arg) in enumerate(items):
        if not lead and (op in _ZERO_WIDTH or _non_word_character((op, arg))):
            continue  # "\\bnone", "(?<!\\w)", an opening quote: the letters after it open the match
        if op is sre.LITERAL and _TOKEN_CHARACTER.fullmatch(chr(arg)):
            lead += chr(arg).lower()
            continue
        rest = list(items[k + 1 :])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and not lead:
            low, high, body = arg
            if all(_non_word_character(inner) for inner in body.data):
                continue  # '["“]?', "\\s*": quotes or spaces before the letters
            if high != 1:
                return None  # a repeated part opens the match: no lead read here
            branches = [list(body.data) + rest] + ([rest] if low == 0 else [])
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if (add_flags | del_flags) & re.IGNORECASE:
                break  # a part that reads case otherwise: its letters are no lead
            branches = [list(body.data) + rest]
        elif op is sre.BRANCH:
            branches = [list(branch.data) + rest for branch in arg[1]]
        else:
            break
        found: set[str] = set()
        for branch in branches:
            inner = _leads(branch, lead)
            if inner is None or len(found | inner) > MAX_LEADS:
                return None
            found |= inner
        return found
    return {lead} if lead and _WORD_OPENING.fullmatch(lead[0]) else None


def word_leads(alternatives: tuple[str, ...]) -> frozenset[str] | None:
    """The letter runs a match of ``(?<!\\w)(?:alternatives)`` (read ignoring case) opens with,
    lower-cased; None when some alternative may open otherwise than with a letter or digit."""
    found: set[str] = set()
    for alternative in alternatives:
        leads = _leads(list(sre_parse.parse(alternative, re.IGNORECASE).data), "")
        if leads is None:
            return None
        found |= leads
    return frozenset(found)


def lead_pattern(alternatives: tuple[str, ...]) -> re.Pattern[str] | None:
    """A match at a position of lower-cased text (extract.caseless.lowered) wherever a match of
    ``(?<!\\w)(?:alternatives)``, ignoring case, may start there: no word characters, then a lead.
    Its failing is one quick step of a trie, where the alternation itself tries each alternative in
    turn. None as word_leads."""
    leads = word_leads(alternatives)
    return re.compile(r"\W*(?:" + literal_alternation(leads) + ")") if leads else None
