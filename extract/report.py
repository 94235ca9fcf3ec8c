"""The record one report becomes, with the evidence behind every value.

Besides SCHEMA.md's fields a record carries ``weapons`` (per model), ``bounds`` (which figures are
"lower"/"upper"/"approximate"), ``evidence`` (the characters behind each value), ``language``,
``truncated`` (the text was longer than the extractor reads) and, only when there is any,
``uncertain``: one note per amount the extractor would not believe, such as
``'drones_launched: "9,999,999 drones" is more than 100,000: no figure taken'``. An amount over
extract.numbers.MAX_PLAUSIBLE gives no figure (that field stays null unless another statement
gives one); the note says what it was and where it stood. ``uncertain`` also notes figures set
aside as inconsistent (a launch count below the destroyed count; one place's count inside a
larger count of the whole attack).

``launch_areas``, only when there is any: where the statement says the weapons came from
("з напрямків: Курськ, Міллерово", "from Bryansk oblast"), each a canonical area of
data/launch_areas.csv with its country, kind and coordinates (extract.launch_areas).

``scopes``, only when there is any: the figures the text firmly gives as one place's count rather
than the whole attack's, as salvo.consolidate reads them: {"drones_destroyed": {"scope":
"regional", "place": "Poltava Oblast"}} for "two drones were downed over the region", said
Poltava's governor ("local" for a city; place None when the text only points back to "the
region"). A figure not in ``scopes`` is the whole attack's as far as the extractor can tell
(extract.figure_scope; the consolidation may still infer a place from the figure's evidence).

``casualties_by_place``, only when there is any: the killed and injured the text ties to one
place, {"Kharkiv": {"killed": 1, "injured": 5}, "Kyiv": {"injured": 2}} (canonical names: a
city, or an oblast when only the region is named), for a map; ``killed``/``injured`` remain the
report's totals (they add these up, or are a larger figure the text gives for the whole attack).

``debris_places``, only when there is any: of ``cities`` and ``oblasts``, the places whose impact
the text tells only as falling debris ("debris fell on a house in Bucha", "уламки впали"), never
as a hit (extract.debris_places.debris_only_places); a map draws them apart from places hit.

``hits_by_class``, only when there is any: how many weapons of each class the text counts as
having hit ("зафіксовано влучання 9 ракет та 33 ударних БпЛА на 11 локаціях" -> {"missile": 9,
"drone": 33}; "total" for a count of both, "14 targets hit"), exact counts only, the largest a
class is given; ``hit_locations`` stays the count of places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extract.launch_areas import LaunchArea
from extract.text import Sentence

# The weapon counts of a report, launched and destroyed by class.
WEAPON_COUNT_FIELDS = (
    "drones_launched",
    "drones_destroyed",
    "missiles_launched",
    "missiles_destroyed",
    "total_launched",
    "total_destroyed",
)
# The people hurt: the one list of the casualty kinds (extract.casualties counts them, the engine
# records them, salvo's consolidation and map read them).
CASUALTY_FIELDS = ("killed", "injured")
NUMERIC_FIELDS = (
    *WEAPON_COUNT_FIELDS,
    "suppressed",
    "hit_locations",
    "debris_locations",
    *CASUALTY_FIELDS,
)
# What a statement counts (weapons and locations), as opposed to the people hurt.
STATEMENT_FIELDS = tuple(name for name in NUMERIC_FIELDS if name not in CASUALTY_FIELDS)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from: the matched characters and the sentence holding them."""

    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    sentence: str
    note: str | None = None

    @classmethod
    def of(
        cls, text: str, start: int, end: int, sentence: Sentence | None, note: str | None = None
    ) -> Evidence:
        if sentence is None:
            return cls(start, end, text[start:end], start, end, text[start:end], note)
        return cls(start, end, text[start:end], sentence.start, sentence.end, sentence.text, note)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "sentence": self.sentence,
        }
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class WeaponCount:
    model: str
    family: str | None
    weapon_class: str
    launched: int | None = None
    destroyed: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "family": self.family,
            "class": self.weapon_class,
            "launched": self.launched,
            "destroyed": self.destroyed,
        }


@dataclass
class Report:
    """One report's record: SCHEMA.md's fields plus evidence, weapons, bounds and language."""

    is_attack_report: bool = False
    attack_date: date | None = None
    drones_launched: int | None = None
    drones_destroyed: int | None = None
    missiles_launched: int | None = None
    missiles_destroyed: int | None = None
    total_launched: int | None = None
    total_destroyed: int | None = None
    suppressed: int | None = None
    hit_locations: int | None = None
    debris_locations: int | None = None
    killed: int | None = None
    injured: int | None = None
    oblasts: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    returned: int | None = None
    weapons: list[WeaponCount] = field(default_factory=list)
    bounds: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, Evidence | list[Evidence]] = field(default_factory=dict)
    language: str = "en"
    truncated: bool = False  # the text was longer than the extractor reads
    uncertain: list[str] = field(default_factory=list)  # amounts not believed (see the module doc)
    # figure -> {"scope": "regional" | "local", "place": name or None}: one place's count (module doc)
    scopes: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # where the statement says the weapons came from (extract.launch_areas), canonical, in order
    launch_areas: list[LaunchArea] = field(default_factory=list)
    # place -> {"killed": n, "injured": m}: the figures the text ties to one place (module doc)
    casualties_by_place: dict[str, dict[str, int]] = field(default_factory=dict)
    # of the cities and oblasts, those whose impact the text tells only as falling debris (module doc)
    debris_places: list[str] = field(default_factory=list)
    # class -> how many weapons of it hit (module doc)
    hits_by_class: dict[str, int] = field(default_factory=dict)
    id: str | None = None
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        evidence: dict[str, Any] = {}
        for name, ev in self.evidence.items():
            evidence[name] = [e.to_dict() for e in ev] if isinstance(ev, list) else ev.to_dict()
        out: dict[str, Any] = {
            "id": self.id,
            "is_attack_report": self.is_attack_report,
            "attack_date": self.attack_date.isoformat() if self.attack_date else None,
        }
        for name in NUMERIC_FIELDS:
            out[name] = getattr(self, name)
        out.update(
            {
                "oblasts": list(self.oblasts),
                "cities": list(self.cities),
                "notes": self.notes,
                "returned": self.returned,
                "weapons": [w.to_dict() for w in self.weapons],
                "bounds": dict(self.bounds),
                "evidence": evidence,
                "language": self.language,
                "truncated": self.truncated,
            }
        )
        if self.uncertain:  # absent when empty: records without doubts keep their old shape
            out["uncertain"] = list(self.uncertain)
        if self.scopes:  # likewise: only figures that count one place's weapons
            out["scopes"] = dict(self.scopes)
        if self.launch_areas:  # likewise: only statements that say where the weapons came from
            out["launch_areas"] = [a.to_dict() for a in self.launch_areas]
        if self.debris_places:  # likewise
            out["debris_places"] = list(self.debris_places)
        if self.casualties_by_place:  # likewise
            out["casualties_by_place"] = {
                place: dict(kinds) for place, kinds in self.casualties_by_place.items()
            }
        if self.hits_by_class:  # likewise
            out["hits_by_class"] = dict(self.hits_by_class)
        return out
