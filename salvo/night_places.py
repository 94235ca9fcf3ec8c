"""The places of a night: which a record's place names, which only saw debris, and the key of
one place's casualty choice. Plain functions of records (salvo.consolidate builds the night)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def place_choice_key(kind: str, place: str) -> str:
    """The ``choices`` key of one place's killed or injured ("killed:Odesa")."""
    return f"{kind}:{place}"


def place_oblast(place: str, record: dict[str, Any]) -> str | None:
    """The oblast of a place a record names: itself when the record names it among its oblasts,
    else the oblast of the town of that name (of the towns so named, one in an oblast the record
    names; "Kyiv" is in Kyiv City), else the oblast the name stands for."""
    # Imported here: the place tables take a third of a second to load, and every dashboard start
    # imports this module (the store's rules check) without consolidating anything.
    from extract.places import gazetteer

    places = gazetteer()
    oblasts = [o for o in record.get("oblasts") or [] if isinstance(o, str)]
    if place in oblasts and (unit := places.oblast(place)) is not None:
        return unit.name
    towns = places.cities_named(place)
    if towns:
        return next((town.oblast for town in towns if town.oblast in oblasts), towns[0].oblast)
    unit = places.oblast(place)
    return unit.name if unit is not None else None


def casualty_floor(by_place: Any, kind: str) -> int | None:
    """The fewest people killed or injured (``kind``) a night's ``casualties_by_place`` (place ->
    {"oblast", "killed", "injured"}) allows: per oblast the larger of the oblast's own figure and
    its towns' sum (a region's tally usually includes its towns', as the Map counts them), summed
    over oblasts. None when no place of a known oblast gives one."""
    own: dict[str, int] = {}
    towns: dict[str, int] = {}
    for place, entry in by_place.items() if isinstance(by_place, dict) else ():
        oblast = entry.get("oblast") if isinstance(entry, dict) else None
        value = entry.get(kind) if oblast else None
        if isinstance(value, int) and not isinstance(value, bool):
            target = own if place == oblast else towns
            target[oblast] = target.get(oblast, 0) + value
    if not own and not towns:
        return None
    return sum(max(own.get(oblast, 0), towns.get(oblast, 0)) for oblast in {*own, *towns})


def debris_only(records: Iterable[dict[str, Any]]) -> list[str]:
    """The night's places (cities and oblasts) where only debris fell: some report names the place
    among its ``debris_places`` (extract.report) and no report names it as hit (among its cities
    or oblasts but not its debris places). In the records' order."""
    debris: dict[str, None] = {}
    hit: set[str] = set()
    for record in records:
        told_debris = set(union_names([record.get("debris_places")]))
        for place in union_names([record.get("cities"), record.get("oblasts")]):
            if place in told_debris:
                debris.setdefault(place, None)
            else:
                hit.add(place)
    return [place for place in debris if place not in hit]


def union_names(lists: Iterable[Any]) -> list[str]:
    """The names of the given lists, each once, stripped, in order (what is not a list of
    strings is passed over)."""
    seen: dict[str, None] = {}
    for names in lists:
        if isinstance(names, list):
            for name in names:
                if isinstance(name, str) and name.strip():
                    seen.setdefault(name.strip(), None)
    return list(seen)
