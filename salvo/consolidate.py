"""Many reports of a night -> one row per attack night, every figure traceable.

Rules (docs/data-model.md has the reader's version):
- Candidates: every report whose effective record (extraction + corrections) is an attack
  report with an attack date. The night is that date.
- For each figure, the candidate chosen is the first by: source tier (official statement or
  dataset, then wire agency, then other outlets, then a regional air command — a regional
  command's figure is a part of the national one, so it only fills a figure no one else gives,
  as a lower bound; so does a monitoring channel's count of one strike in the official dataset),
  exact before bound ("more than 500"), later publication before earlier
  (a source's follow-up corrects its first story), then the later-stored report.
- A lower bound above the chosen exact figure ("at least 21 killed" against "three killed")
  contradicts it: the night takes the largest such bound, marked a lower bound, and shows the
  conflict. A larger lower bound likewise wins over a chosen smaller one ("at least 29" against
  "at least 16": both hold only if 29 or more), with no conflict.
- Casualty tallies rise through the day: killed and injured take the highest count that an
  official or wire source gives (any source's when none of those does), the others kept.
  The same rule picks, per place, the killed and injured a report ties to that one place (the
  record's ``casualties_by_place``): the night's ``casualties_by_place`` holds each place's
  figures and its oblast (the gazetteer's), each choice explained in ``choices``.
- A regional or local figure (a regional command, a report or figure whose scope says so, or a
  figure read from a sentence about one place) never becomes the night's national figure: it is
  kept per place in ``regional_figures``. Casualties are exempt: people hurt in one place are
  the night's; but a zero from a report of one place ("no one was hurt" in Lviv) is that place's.
- A figure above PLAUSIBLE_MAX is set aside (named in the night's explanation), never chosen.
- Every candidate value is kept: a figure whose candidates disagree lists them all in
  ``conflicts`` and its name in ``conflict_fields`` (regional subsets and lower bounds the
  chosen value satisfies are not disagreements). ``choices`` says, per figure, which source was
  chosen and why, and what the others said. Nothing is invented: a total is derived only
  by the SCHEMA.md rule (drones + missiles when both are known and no source states a total).
- Hits by class and family (``drones_hit``, ``missiles_hit``, ``total_hit``, ``shahed_hit`` …):
  the weapons a source tells as having hit, from a record's ``hits_by_class`` (or the columns'
  names stated directly), chosen like any weapon count: tiers, exact before bound, regional
  kept apart (a hit figure follows its record's launch counts' scope), conflicts listed, a
  source that tells no hits gives none (never zero). ``total_hit`` is derived from both classes
  as the other totals are. The official dataset counts locations hit, not weapons: no hits.
- Analyst corrections of the night are applied last; quality checks run on the final row.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import orjson

from salvo.night_places import debris_only, place_choice_key, place_oblast, union_names
from salvo.quality_flags import quality_flags
from salvo.regional_figures import (
    CASUALTY_FIELDS,
    FIGURE_FIELDS,
    STATEMENT_FIELDS,
    figure_scopes,
)
from salvo.store import (
    COUNT_FIELDS,
    FAMILY_FIELDS,
    HIT_FIELDS,
    HIT_KEYS,
    PLAUSIBLE_MAX,  # the store's own bound: a figure stored before it existed is set aside here
    Correction,
    Store,
    StoreError,
    parse_date,
)
from salvo.vocabulary import FAMILIES, PARTIAL_SCOPES, classify_model

# The rules' version: rows made by older rules are consolidated again (`ensure_current_rules`).
# 2: issue 14 (bounds above exact figures, casualty tallies, regional figures, choices).
# 3: issue 18 (launch_areas: where the night's weapons came from, as its best source names them).
# 4: issue 14 (debris_places: the night's places where only debris fell).
# 5: issue 14 (casualties_by_place: killed and injured per place, with the place's oblast).
# 6: issue 18 (hits by class and family: drones_hit, missiles_hit, total_hit, {family}_hit).
# 7: a larger lower bound wins over a chosen smaller one ("at least 29 killed" over "at least 16").
# 8: each choice between disagreeing sources names the ranking step that decided it.
# 9: a casualty zero from a report of one place is that place's, not the night's.
# 10: quality flags killed<places and injured<places (salvo.quality_flags).
# 11: a family's figure follows its class's scope (a local strike's ballistic missile stays local).
RULES_VERSION = 11
RULES_COUNTER = "consolidation_rules"
# A consolidation of the whole store (a rules upgrade, `salvo rebuild`) goes a slice of nights at
# a time, each slice its own transaction, so no more than about SLICE_REPORTS records are held at
# once whatever the store's size (a night is never split; SLICE_NIGHTS keeps a slice within the
# store's read by night, `Store.effective_records`). An upgrade records the last night it has
# done under UPGRADE_COUNTER (with its rules version under UPGRADE_RULES_COUNTER): one stopped
# half-way (a kill, a restart) goes on from there when the store is next opened.
SLICE_REPORTS = 20_000
SLICE_NIGHTS = 500
UPGRADE_COUNTER = "consolidation_upgrade_through"
UPGRADE_RULES_COUNTER = "consolidation_upgrade_rules"

# Counts a model's entry may carry besides launched and destroyed (salvo.sources.official):
# of the launched, Shahed-type strike drones (the rest decoys and other types), jet drones.
DRONE_TYPE_KEYS = ("shahed_type", "jet", "jet_destroyed")

TIER_OFFICIAL, TIER_WIRE, TIER_OUTLET, TIER_PARTIAL = 0, 1, 2, 3
TIERS = {"official": TIER_OFFICIAL, "wire": TIER_WIRE, "outlet": TIER_OUTLET}
TIER_NAMES = {
    TIER_OFFICIAL: "an official source", TIER_WIRE: "a wire agency", TIER_OUTLET: "an outlet",
    TIER_PARTIAL: "a partial account",
}
LOWER_BOUND_KINDS = {"lower", "more_than", "at_least", "min", "lower_bound", "gt", "ge"}


@dataclass
class Candidate:
    """One report's say about a night."""

    report_id: int
    outlet: str
    source_type: str
    tier: int
    published: date | None
    record: dict[str, Any]
    bounds: dict[str, str] = field(default_factory=dict)  # field -> "lower" | "upper" | …
    corrected_fields: list[str] = field(default_factory=list)
    figures: dict[str, int] = field(default_factory=dict)  # count and family fields it gives
    models: dict[str, dict[str, int | None]] = field(default_factory=dict)
    # statement figures that count one region or place: field -> (place, why)
    regional: dict[str, tuple[str, str]] = field(default_factory=dict)
    set_aside: dict[str, int] = field(default_factory=dict)  # implausible figures, never chosen

    def is_regional(self, figure: str) -> bool:
        return figure in self.regional

    def sort_key(self, figure: str) -> tuple[int, int, int, int]:
        bound = 1 if figure in self.bounds else 0
        published = self.published.toordinal() if self.published else 0
        return (self.tier, bound, -published, -self.report_id)


def _as_count(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def parse_bounds(record: dict[str, Any]) -> dict[str, str]:
    """The record's bound flags as field -> kind, whatever shape the extractor gave them.

    Accepted: {"drones_launched": "lower"}, {"drones_launched": {"kind": "lower", …}},
    ["drones_launched", …] (lower bounds), and a separate "lower_bound_fields" list.
    """
    result: dict[str, str] = {}
    raw = record.get("bounds")
    if isinstance(raw, dict):
        for name, kind in raw.items():
            if isinstance(kind, dict):
                kind = kind.get("kind") or kind.get("type") or "lower"
            if kind:
                result[str(name)] = str(kind).lower() if not isinstance(kind, bool) else "lower"
    elif isinstance(raw, list):
        result.update({str(name): "lower" for name in raw})
    for name in record.get("lower_bound_fields") or []:
        result[str(name)] = "lower"
    return result


def weapon_breakdown(record: dict[str, Any]) -> tuple[dict[str, int], dict[str, dict[str, int | None]]]:
    """Per-family figures and per-model counts of a record's ``weapons`` list.

    Items may name the model under model/name/type/weapon and count under launched/count/number.
    The family is the model vocabulary's (salvo.sources.official), so that reports and the official
    dataset agree; an item's own family counts only for a model the vocabulary lacks.
    """
    families: dict[str, int] = {}
    models: dict[str, dict[str, int | None]] = {}
    weapons = record.get("weapons")
    if not isinstance(weapons, list):
        return families, models
    for item in weapons:
        if not isinstance(item, dict):
            continue
        name = next((str(item[k]) for k in ("model", "name", "type", "weapon") if item.get(k)), None)
        if not name:
            continue
        launched = _as_count(next((item[k] for k in ("launched", "count", "number") if k in item), None))
        destroyed = _as_count(item.get("destroyed"))
        cls, family = classify_model(name)
        if cls is None:  # a model Salvo's vocabulary lacks: trust the item's own family
            cls = item.get("class")
            family = item.get("family") if item.get("family") in FAMILIES else None
        if cls == "bomb":
            family = None
        entry = models.setdefault(name, {"launched": None, "destroyed": None})
        for kind, value in (("launched", launched), ("destroyed", destroyed)):
            if value is None:
                continue
            entry[kind] = (entry[kind] or 0) + value
            if family:
                key = f"{family}_{kind}"
                families[key] = families.get(key, 0) + value
        for key in DRONE_TYPE_KEYS:  # the official dataset's breakdown of a drone row, where given
            if (count := _as_count(item.get(key))) is not None:
                entry[key] = (entry.get(key) or 0) + count
    return families, models


def launch_areas(record: dict[str, Any]) -> dict[str, dict[str, int | None]]:
    """A record's launch areas as area -> {"launched", "shared"}: the official dataset's counts
    (launches of rows naming that area alone; of rows naming it among others), None where the
    source names the area without a count (statements, news). Items are area names or objects
    with a "name" (the extractor's, the official importer's)."""
    areas: dict[str, dict[str, int | None]] = {}
    items = record.get("launch_areas")
    for item in items if isinstance(items, list) else []:
        name = item.get("name") if isinstance(item, dict) else item
        if not isinstance(name, str) or not name.strip() or name in areas:
            continue
        counts = item if isinstance(item, dict) else {}
        areas[name] = {kind: _as_count(counts.get(kind)) for kind in ("launched", "shared")}
    return areas


def hit_figures(record: dict[str, Any]) -> dict[str, int]:
    """The weapons a record tells as having hit, as the night's columns: its ``hits_by_class``
    (the extractor's "drone", "missile", "total", or a family's name) and any hit column it states
    directly (``drones_hit`` …; that one wins). Only counts: a class the record does not count
    is absent, never zero."""
    hits: dict[str, int] = {}
    by_class = record.get("hits_by_class")
    for key, value in by_class.items() if isinstance(by_class, dict) else ():
        column = HIT_KEYS.get(str(key).strip().lower())
        if column is not None and (count := _as_count(value)) is not None:
            hits[column] = count
    for column in HIT_FIELDS:
        if (count := _as_count(record.get(column))) is not None:
            hits[column] = count
    return hits


def candidate_from(entry: dict[str, Any]) -> Candidate | None:
    """A stored report (see Store.effective_records) as a candidate, or None if not an attack report."""
    record = entry["record"]
    if not record.get("is_attack_report") or entry.get("attack_date") is None:
        return None
    tier = TIERS.get(entry.get("source_type") or "outlet", TIER_OUTLET)
    if record.get("scope") in PARTIAL_SCOPES:
        tier = TIER_PARTIAL
    families, models = weapon_breakdown(record)
    figures = {name: count for name in COUNT_FIELDS if (count := _as_count(record.get(name))) is not None}
    for name in FAMILY_FIELDS:  # a record may also state family figures directly
        stated = _as_count(record.get(name))
        if stated is not None:
            families[name] = stated
    figures.update(families)
    figures.update(hit_figures(record))
    set_aside = {name: value for name, value in figures.items() if value > PLAUSIBLE_MAX}
    for name in set_aside:
        del figures[name]
    outlet = entry.get("outlet")
    if outlet in (None, "", "unknown"):  # a file or text with no outlet: its report id names it
        outlet = f"report {entry['id']}"
    return Candidate(
        report_id=entry["id"],
        outlet=outlet,
        source_type=entry.get("source_type") or "outlet",
        tier=tier,
        published=entry.get("published"),
        record=record,
        bounds=parse_bounds(record),
        corrected_fields=list(entry.get("corrected_fields") or []),
        figures=figures,
        models=models,
        regional=figure_scopes(record, figures, outlet, official=tier == TIER_OFFICIAL),
        set_aside=set_aside,
    )


def _is_lower(candidate: Candidate, figure: str) -> bool:
    return candidate.bounds.get(figure, "") in LOWER_BOUND_KINDS


def _disagreement(figure: str, options: list[Candidate]) -> bool:
    """Do the non-regional candidates for a figure disagree with each other?"""
    considered = [c for c in options if c.tier != TIER_PARTIAL]
    exact = {c.figures[figure] for c in considered if figure not in c.bounds}
    if len(exact) > 1:
        return True
    if exact:  # a lower bound above the exact value contradicts it; one at or below agrees
        value = next(iter(exact))
        return any(_is_lower(c, figure) and c.figures[figure] > value for c in considered)
    return len({c.figures[figure] for c in considered}) > 1 and not all(
        _is_lower(c, figure) for c in considered
    )


def _ranking_reason(figure: str, chosen: Candidate, options: list[Candidate]) -> str:
    """Which step of the ranking put the chosen candidate before the best one that says otherwise
    ("a wire agency before an outlet", "published later: …"); "" when none says otherwise."""
    rival = next((c for c in options if c.figures[figure] != chosen.figures[figure]), None)
    if rival is None:
        return ""
    if chosen.tier != rival.tier:
        return f"{TIER_NAMES[chosen.tier]} before {TIER_NAMES[rival.tier]}"
    if (figure in chosen.bounds) != (figure in rival.bounds):
        return "an exact figure before a bound"
    if chosen.published != rival.published:
        ours = chosen.published.isoformat() if chosen.published else "no date"
        theirs = rival.published.isoformat() if rival.published else "no date"
        return f"published later ({ours} against {rival.outlet}'s {theirs})"
    return f"stored after {rival.outlet}'s report of the same day"


def _choose(figure: str, options: list[Candidate]) -> tuple[Candidate, str]:
    """The candidate whose value the night takes, from options in priority order, and why."""
    chosen, why = options[0], ""
    if figure in CASUALTY_FIELDS:  # tallies rise: the highest count of the best-sourced wins
        sourced = [c for c in options if c.tier in (TIER_OFFICIAL, TIER_WIRE) and not _is_lower(c, figure)]
        pool = sourced or [c for c in options if not _is_lower(c, figure)]
        if pool:
            highest = max(pool, key=lambda c: c.figures[figure])  # max keeps the first of equals
            if highest.figures[figure] > chosen.figures[figure] or _is_lower(chosen, figure):
                chosen = highest
            if len({c.figures[figure] for c in pool}) > 1 or chosen is not options[0]:
                why = "highest count of the " + ("official and wire sources" if sourced else "sources")
    # A larger lower bound contradicts a smaller exact figure, and says more than a smaller bound
    # ("at least 29 killed" and "at least 16 killed" both hold only if 29 or more were).
    larger = [
        c for c in options
        if c.tier != TIER_PARTIAL and _is_lower(c, figure) and c.figures[figure] > chosen.figures[figure]
    ]
    if larger:
        before = chosen
        chosen = max(larger, key=lambda c: c.figures[figure])
        if _is_lower(before, figure):
            why = f"the largest lower bound (above {before.outlet}'s {before.figures[figure]} or more)"
        else:
            why = f"a lower bound above {before.outlet}'s exact {before.figures[figure]}"
    return chosen, why or _ranking_reason(figure, chosen, options)  # else chosen is options[0]


def _describe(candidate: Candidate, figure: str) -> str:
    kind = candidate.bounds.get(figure)
    wording = "exact" if kind is None else ("lower bound" if _is_lower(candidate, figure) else kind)
    return f"{candidate.outlet} ({candidate.source_type}, {wording})"


def _mention(candidate: Candidate, figure: str) -> str:
    bound = " or more" if _is_lower(candidate, figure) else ""
    return f"{candidate.outlet} {candidate.figures[figure]}{bound}"


def consolidate_night(
    night: date, candidates: list[Candidate], corrections: Iterable[Correction] = ()
) -> dict[str, Any]:
    """The attack-table row of one night (JSON-ready: dates as ISO strings)."""
    row: dict[str, Any] = {"attack_date": night.isoformat()}
    conflicts: dict[str, list[dict[str, Any]]] = {}
    choices: dict[str, str] = {}
    regional: dict[str, dict[str, int]] = {}
    lower_bound_fields: list[str] = []
    corrected: list[str] = []
    combined: list[str] = []
    for figure in FIGURE_FIELDS:
        givers = sorted((c for c in candidates if figure in c.figures), key=lambda c: c.sort_key(figure))
        # a statement figure of one place, or a casualty zero of one place (regional_figures)
        regional_givers = [c for c in givers if c.is_regional(figure)]
        options = [c for c in givers if c not in regional_givers]
        notes: list[str] = []
        for candidate in regional_givers:  # best first: a place keeps its best source's figure
            place, why = candidate.regional[figure]
            regional.setdefault(place, {}).setdefault(figure, candidate.figures[figure])
            notes.append(f"{place} {candidate.figures[figure]} ({candidate.outlet}: {why}; not national)")
        set_aside = [f"{c.set_aside[figure]} from {c.outlet}" for c in candidates if figure in c.set_aside]
        if not options:
            row[figure] = None
            if notes or set_aside:
                choices[figure] = "no national figure" + _tail(notes, set_aside)
            continue
        chosen, why = _choose(figure, options)
        row[figure] = chosen.figures[figure]
        if _is_lower(chosen, figure) or chosen.tier == TIER_PARTIAL:
            lower_bound_fields.append(figure)
        if figure in chosen.corrected_fields:
            corrected.append(figure)
        if figure in (chosen.record.get("combined_fields") or []):
            combined.append(figure)
        others = [_mention(c, figure) for c in options if c is not chosen]
        choices[figure] = (
            f"chosen: {_describe(chosen, figure)}" + (f", {why}" if why else "")
            + (f"; also: {', '.join(others)}" if others else "") + _tail(notes, set_aside)
        )
        if _disagreement(figure, options):
            ordered = [chosen, *(c for c in options if c is not chosen)]
            conflicts[figure] = [
                {
                    "value": c.figures[figure],
                    "source": c.outlet,
                    "source_type": c.source_type,
                    "report_id": c.report_id,
                    "bound": c.bounds.get(figure),
                }
                for c in ordered
                if c.tier != TIER_PARTIAL
            ]
    for kind in ("launched", "destroyed", "hit"):  # SCHEMA.md: both classes known and no stated total
        total, drones, missiles = f"total_{kind}", f"drones_{kind}", f"missiles_{kind}"
        if row[total] is None and row[drones] is not None and row[missiles] is not None:
            row[total] = row[drones] + row[missiles]
            choices[total] = f"derived: drones + missiles ({row[drones]} + {row[missiles]})"
            if drones in lower_bound_fields or missiles in lower_bound_fields:
                lower_bound_fields.append(total)
            if drones in combined:
                combined.append(total)

    ranked = sorted(
        candidates, key=lambda c: (c.tier, -(c.published.toordinal() if c.published else 0), -c.report_id)
    )
    row["oblasts"] = union_names(c.record.get("oblasts") for c in ranked)
    row["cities"] = union_names(c.record.get("cities") for c in ranked)
    row["debris_places"] = debris_only(c.record for c in ranked)
    row["casualties_by_place"], place_choices = place_casualties(ranked)
    choices.update(place_choices)
    row["models"] = next((c.models for c in ranked if c.models), {})
    row["launch_areas"] = next((areas for c in ranked if (areas := launch_areas(c.record))), {})
    row["n_reports"] = len(candidates)
    row["sources"] = list(dict.fromkeys(c.outlet for c in ranked))
    row["source_type"] = ranked[0].source_type if ranked else "outlet"
    row["report_ids"] = [c.report_id for c in ranked]

    latest: dict[str, Correction] = {}
    for correction in corrections:  # oldest first: the latest wins
        latest[correction.field] = correction
    for name, correction in latest.items():
        row[name] = correction.new_value
        reason = f" ({correction.reason})" if correction.reason else ""
        before = choices.get(name)
        sources = f"; sources: {before}" if before else ""
        choices[name] = f"corrected by {correction.author}{reason}{sources}"
        if name not in corrected:
            corrected.append(name)
        if name in lower_bound_fields:
            lower_bound_fields.remove(name)
        if name in combined:
            combined.remove(name)

    national = any(
        name in c.figures and not c.is_regional(name) for c in candidates for name in STATEMENT_FIELDS
    )
    row["conflicts"] = conflicts  # the store keeps these apart from the row (store.split_conflicts)
    row["conflict_fields"] = sorted(conflicts)
    row["has_conflict"] = bool(conflicts)
    row["lower_bound_fields"] = lower_bound_fields
    row["corrected_fields"] = corrected
    row["combined_fields"] = combined
    row["regional_figures"] = regional
    row["choices"] = choices
    row["quality_flags"] = quality_flags(row, bool(regional) and not national)
    return row


def _tail(regional_notes: list[str], set_aside: list[str]) -> str:
    text = f"; regional: {', '.join(regional_notes)}" if regional_notes else ""
    if set_aside:
        text += f"; set aside as implausible (above {PLAUSIBLE_MAX:,}): {', '.join(set_aside)}"
    return text


def place_casualties(ranked: list[Candidate]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The night's killed and injured per place, from the records' ``casualties_by_place``, and
    why each holds its value. ``ranked``: the candidates best source first. Per place and kind the
    night-total rule holds (tallies rise through the day): the highest count an official or wire
    source gives, else the highest of any; of equal counts the best-ranked source's. Each place
    keeps its oblast (`salvo.night_places.place_oblast`; None when the gazetteer knows no such place)."""
    givers: dict[tuple[str, str], list[tuple[Candidate, int]]] = {}
    oblasts: dict[str, str | None] = {}
    for candidate in ranked:
        by_place = candidate.record.get("casualties_by_place")
        if not isinstance(by_place, dict):
            continue
        for place, kinds in by_place.items():
            if not isinstance(place, str) or not place.strip() or not isinstance(kinds, dict):
                continue
            place = place.strip()
            for kind in CASUALTY_FIELDS:
                value = _as_count(kinds.get(kind))
                if value is None or value > PLAUSIBLE_MAX:
                    continue
                givers.setdefault((place, kind), []).append((candidate, value))
                if place not in oblasts:
                    oblasts[place] = place_oblast(place, candidate.record)
    night: dict[str, dict[str, Any]] = {}
    choices: dict[str, str] = {}
    for (place, kind), options in givers.items():
        sourced = [option for option in options if option[0].tier in (TIER_OFFICIAL, TIER_WIRE)]
        pool = sourced or options
        chosen, value = max(pool, key=lambda option: option[1])  # max keeps the first of equals
        night.setdefault(place, {"oblast": oblasts[place]})[kind] = value
        why = ""
        if len({option[1] for option in pool}) > 1:
            why = ", highest count of the " + ("official and wire sources" if sourced else "sources")
        others = [f"{c.outlet} {v}" for c, v in options if c is not chosen]
        choices[place_choice_key(kind, place)] = (
            f"chosen: {chosen.outlet} ({chosen.source_type}){why}"
            + (f"; also: {', '.join(others)}" if others else "")
        )
    return night, choices


class CandidateCache:
    """Candidates already made, by what they were made from, for a run that consolidates the same
    nights again and again (ingest consolidates each batch's nights, and every later batch that
    touches a night reads all its reports again: without this, making candidates grew with the
    reports per night and was most of a large ingest's time).

    The key is the report's id and metadata with a digest of its effective record's canonical
    JSON, so a candidate is reused only for exactly what made it (any store, any version, any
    correction).
    A cached candidate keeps its record without ``evidence`` (the sentences behind each figure,
    nine tenths of a record's bytes), which only `candidate_from` reads; the cache holds at most
    ``max_entries`` (least recently used go first; about 2 KB each with the bench's records)."""

    DROPPED = "evidence"  # read by candidate_from (figure_scopes), never by consolidate_night

    def __init__(self, max_entries: int = 100_000) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[Any, ...], Candidate | None] = OrderedDict()

    def candidate(self, entry: dict[str, Any]) -> Candidate | None:
        try:
            record_json = orjson.dumps(entry["record"], option=orjson.OPT_SORT_KEYS)
        except TypeError:  # a value JSON cannot hold exactly (NaN, a non-text key): never cached
            return candidate_from(entry)
        key = (entry["id"], entry.get("outlet"), entry.get("source_type"), entry.get("published"),
               entry.get("attack_date"), tuple(entry.get("corrected_fields") or ()),
               hashlib.blake2b(record_json, digest_size=16).digest())  # not the record's bytes: 2 KB each
        if key in self._entries:
            self._entries.move_to_end(key)
            return self._entries[key]
        candidate = candidate_from(entry)
        if candidate is not None:
            slim = {name: value for name, value in candidate.record.items() if name != self.DROPPED}
            candidate = replace(candidate, record=slim)
        self._entries[key] = candidate
        if len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return candidate


def refresh(store: Store, nights: Iterable[date] | None = None, cache: CandidateCache | None = None) -> int:
    """Consolidate the given nights again (all with None) and store the rows; returns rows written.
    ``cache``: a run's `CandidateCache`, when it consolidates the same nights more than once.

    Given nights are read and written in one batch, under the store's write lock (or in the
    caller's batch, so an ingest's reports and their nights' rows commit together): no other
    writer's report can land between the read and the write and be left out of the row. All
    nights go in slices (`SLICE_REPORTS`), each read and written in its own batch.

    The store records the rules version its rows were made by (`ensure_current_rules`): after
    every night, and before the given nights of a store that has none recorded (a new store: its
    first ingest records it at no cost; a store of older rules: all of its nights first, in
    slices, inside this batch). Else a store filled by the CLI or an ingest was consolidated
    whole again at the dashboard's first start (a minute at 30,000 reports)."""
    if nights is None:
        return _refresh_all(store, cache, resume=False)
    with store.batch():
        if store.counter(RULES_COUNTER) != RULES_VERSION:
            _refresh_all(store, cache, resume=True)
        return _refresh(store, set(nights), cache)


def night_slices(counts: dict[date, int]) -> Iterator[list[date]]:
    """The nights in date order, in runs of at most `SLICE_NIGHTS` nights holding about
    `SLICE_REPORTS` records (a night with more is a slice of its own)."""
    current: list[date] = []
    held = 0
    for night in sorted(counts):
        if current and (held + counts[night] > SLICE_REPORTS or len(current) >= SLICE_NIGHTS):
            yield current
            current, held = [], 0
        current.append(night)
        held += counts[night]
    if current:
        yield current


def _refresh_all(store: Store, cache: CandidateCache | None, *, resume: bool) -> int:
    """Every night consolidated again, a slice at a time (`night_slices`); then the rows of
    nights no report is on any more go, and the rules version is recorded. ``resume``: skip
    the slices an upgrade to these rules already did (`UPGRADE_COUNTER`)."""
    done_through: date | None = None
    if resume and store.counter(UPGRADE_RULES_COUNTER) == RULES_VERSION:
        through = store.counter(UPGRADE_COUNTER)
        done_through = date.fromordinal(through) if through else None
    written = 0
    for nights in night_slices(store.record_nights()):
        if done_through is not None and nights[-1] <= done_through:
            continue
        with store.batch():
            written += _refresh(store, set(nights), cache)
            store.set_counter(UPGRADE_RULES_COUNTER, RULES_VERSION)
            store.set_counter(UPGRADE_COUNTER, nights[-1].toordinal())
    with store.batch():
        current = store.record_nights()
        stored = {parse_date(row["attack_date"]) for row in store.attack_rows()}
        gone = {night for night in stored if night is not None and night not in current}
        if gone:
            store.replace_attacks({}, gone)
        store.set_counter(RULES_COUNTER, RULES_VERSION)
        store.set_counter(UPGRADE_COUNTER, 0)  # done: a later upgrade starts from the first night
    return written


def _refresh(store: Store, wanted: set[date], cache: CandidateCache | None) -> int:
    by_night: dict[date, list[Candidate]] = {}
    make = cache.candidate if cache is not None else candidate_from
    for entry in store.effective_records(wanted):
        candidate = make(entry)
        if candidate is not None:
            by_night.setdefault(entry["attack_date"], []).append(candidate)
    attack_corrections = store.attack_corrections()
    rows = {}
    for night, candidates in by_night.items():
        row = consolidate_night(night, candidates, attack_corrections.get(night, []))
        rows[night] = (row, row["report_ids"])
    store.replace_attacks(rows, wanted)
    return len(rows)


def ensure_current_rules(store: Store) -> bool:
    """Consolidate every night again when the stored rows were made by older rules (a store from
    before an upgrade); True when it did. Idempotent: the version is recorded after the rebuild,
    and an upgrade stopped half-way goes on from the last slice it committed."""
    if store.counter(RULES_COUNTER) == RULES_VERSION:
        return False
    _refresh_all(store, None, resume=True)  # records the version
    return True


def correct_report(
    store: Store, report_id: int, field_name: str, value: Any, *, reason: str, author: str
) -> Correction:
    """An analyst's correction of one field of a report's record; its nights are consolidated again."""
    before = store.get_report(report_id).attack_date
    correction = store.correct_report(report_id, field_name, value, reason=reason, author=author)
    after = store.get_report(report_id).attack_date
    refresh(store, {d for d in (before, after) if d})
    return correction


def correct_attack(
    store: Store, attack_date: date | str, field_name: str, value: Any, *, reason: str, author: str
) -> Correction:
    """An analyst's correction of one figure of an attack night, applied after consolidation."""
    night = parse_date(attack_date)
    if night is None:
        raise StoreError(f"not a date: {attack_date!r}")
    current = store.get_attack(night)
    if current is None:
        raise StoreError(f"no attack night {night.isoformat()} in the store")
    correction = store.correct_attack(
        night, field_name, value, reason=reason, author=author, old_value=current.get(field_name)
    )
    refresh(store, {night})
    return correction
