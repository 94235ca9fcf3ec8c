"""Which of a record's statement figures count one region or place, never the night's national
figure (issue 14): declared by the record (its scope, or a per-figure ``scopes`` entry) or inferred
from the figure's own clause. salvo.consolidate keeps such figures as the region's."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from extract.report import CASUALTY_FIELDS, WEAPON_COUNT_FIELDS
from salvo.store import COUNT_FIELDS, FAMILY_FIELDS, HIT_FIELDS
from salvo.vocabulary import FAMILIES, FAMILY_CLASS, PARTIAL_SCOPES

FIGURE_FIELDS = (*COUNT_FIELDS, *FAMILY_FIELDS, *HIT_FIELDS)
# The weapon counts. A partial account (a regional command, a monitoring channel's single strike)
# counts part of the night's weapons: when any other
# source counts weapons that night, the regional counts are not used for any of these (mixing
# a national drone figure with a regional missile figure would make a total no one stated).
WEAPON_FIELDS = (*WEAPON_COUNT_FIELDS, *FAMILY_FIELDS, *HIT_FIELDS)
# The launched and destroyed counts, whose scope a record's hit figures follow (`figure_scopes`).
LAUNCH_FIELDS = (*WEAPON_COUNT_FIELDS, *FAMILY_FIELDS)
# What a statement counts (weapons, suppressed, locations): a regional or local account's count
# of these is that place's, never the night's national figure.
STATEMENT_FIELDS = tuple(name for name in FIGURE_FIELDS if name not in CASUALTY_FIELDS)
# A family's figure -> its class's ("ballistic_launched" -> "missiles_launched").
_CLASS_OF_FAMILY_FIELD = {
    f"{family}_{kind}": f"{FAMILY_CLASS[family]}_{kind}"
    for family in FAMILIES for kind in ("launched", "destroyed")
}
# A story about one place whose weapon counts are all this small, with no statement sentence
# behind them ("a drone hit a house in Kharkiv"), counts that strike, not the night.
SINGLE_STRIKE_MAX = 3
# Between a figure and a place in its sentence: a clause break or one of these words means the
# place qualifies something else ("shot down 15, about 10 of them over the Kyiv region").
CLAUSE_BREAK = re.compile(
    r"[,;:.()]|\b(?:of them|of which|including|among them|з них|із них|зокрема|у тому числі|серед них)\b",
    re.IGNORECASE,
)
# A national figure names the country or the Air Force between the figure and a place.
NATIONAL_MARKER = re.compile(
    r"\b(?:ukraine|україн\w*|air force|повітрян\w*|across the country|nationwide|in total|overall"
    r"|загалом|всього|усього)\b",
    re.IGNORECASE,
)
# The farthest a place may stand from its figure (characters) to count as the figure's place.
PLACE_REACH = 60


def figure_scopes(
    record: dict[str, Any], figures: dict[str, int], outlet: str, official: bool
) -> dict[str, tuple[str, str]]:
    """The statement figures of a record that count one region or place: field -> (place, why).

    In order: a record that declares its scope regional or local (every figure); a per-figure
    ``scopes`` entry (field -> "national" | "regional" | "local", or {"scope", "place"}); else
    inferred, conservatively, from what the record holds: a figure whose evidence names a place
    next to it in the same clause ("twelve drones were shot down over the Odesa region"), or,
    with no evidence at all, a story about one place whose weapon counts are a strike's (at most
    SINGLE_STRIKE_MAX) unless the source is official. Anything else is national, as before.
    A hit figure (``drones_hit`` …) keeps no sentence of its own in the record: unless declared,
    it is one place's when every launched and destroyed count of its record is that place's (the
    hits of a governor's tally are the region's, those of a national statement the night's).
    Casualties are the night's whatever their place (people hurt in one place are the night's),
    except a zero from a regional or local account, or from a record naming one place (one oblast,
    or one city and no oblast): "no one was hurt" there says nothing of the rest of the night.
    """
    statement = [name for name in STATEMENT_FIELDS if name in figures]
    oblasts = [o for o in record.get("oblasts") or [] if isinstance(o, str)]
    cities = [c for c in record.get("cities") or [] if isinstance(c, str)]
    named_place = oblasts[0] if len(oblasts) == 1 else (cities[0] if len(cities) == 1 else None)
    scope = record.get("scope")
    if scope in PARTIAL_SCOPES:
        place = named_place or outlet
        why = f"a {scope} account"
        return {name: (place, why) for name in statement} | _place_zeros(figures, place, why)
    result: dict[str, tuple[str, str]] = {}
    declared = record.get("scopes") if isinstance(record.get("scopes"), dict) else {}
    evidence = record.get("evidence") if isinstance(record.get("evidence"), dict) else {}
    for name in statement:
        stated = declared.get(name)
        if isinstance(stated, dict):
            stated_scope, stated_place = stated.get("scope"), stated.get("place")
        else:
            stated_scope, stated_place = stated, None
        if stated_scope is not None:
            if stated_scope in PARTIAL_SCOPES:
                result[name] = (str(stated_place or named_place or outlet), f"the report says {stated_scope}")
            continue
        span = evidence.get(name)
        if isinstance(span, dict):
            place = _place_of_figure(span)
            if place is not None:
                result[name] = (place, f"read from a sentence about {place}")
    # A family's count (the record's models by family) is one of its class's weapons: where the
    # class figure is one place's, so is the family's ("a ballistic missile hit Chernihiv": the
    # missile and the ballistic missile are both the city's, not one the night's).
    for name in FAMILY_FIELDS:
        of_class = _CLASS_OF_FAMILY_FIELD[name]
        if name in figures and name not in result and declared.get(name) is None and of_class in result:
            place = result[of_class][0]
            result[name] = (place, f"one of {place}'s {of_class.replace('_', ' ')}")
    counts = [name for name in LAUNCH_FIELDS if name in figures]
    if counts and all(name in result for name in counts):
        place = result[counts[0]][0]
        for name in statement:
            if name in HIT_FIELDS and name not in result and declared.get(name) is None:
                result[name] = (place, f"told with the record's counts of {place}")
    weapons = [figures[name] for name in WEAPON_FIELDS if name in figures]
    if (
        not evidence
        and not declared
        and not official
        and named_place is not None
        and len(oblasts) <= 1
        and weapons
        and max(weapons) <= SINGLE_STRIKE_MAX
    ):
        for name in statement:
            result.setdefault(name, (named_place, f"a strike on one place ({named_place}), no statement"))
    if named_place is not None and len(oblasts) <= 1:
        result |= _place_zeros(figures, named_place, "no one hurt in the one place the report tells of")
    return result


def _place_zeros(figures: dict[str, int], place: str, why: str) -> dict[str, tuple[str, str]]:
    """The record's casualty zeros as one place's (see figure_scopes): field -> (place, why)."""
    return {name: (place, why) for name in CASUALTY_FIELDS if figures.get(name) == 0}


@lru_cache(maxsize=32768)  # an ingest run meets each evidence sentence as many times as its night
def _sentence_places(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical name) of every place a sentence names (the extractor's gazetteer)."""
    from extract.places import find_places  # here: see night_places.place_oblast

    return tuple((m.start, m.end, m.name) for m in find_places(sentence))


def _place_of_figure(span: dict[str, Any]) -> str | None:
    """The place a figure's own clause names, if any (see figure_scopes)."""
    sentence = span.get("sentence")
    start, end, sentence_start = span.get("start"), span.get("end"), span.get("sentence_start")
    if not (isinstance(sentence, str) and isinstance(start, int) and isinstance(end, int)
            and isinstance(sentence_start, int)) or start == end:
        return None
    start, end = start - sentence_start, end - sentence_start  # within the sentence from here
    best: tuple[int, str] | None = None
    for place_start, place_end, name in _sentence_places(sentence):
        if place_start >= end:
            between = sentence[end:place_start]
        elif place_end <= start:
            between = sentence[place_end:start]
        else:
            continue
        if len(between) > PLACE_REACH or CLAUSE_BREAK.search(between) or NATIONAL_MARKER.search(between):
            continue
        if best is None or len(between) < best[0]:
            best = (len(between), name)
    return best[1] if best else None
