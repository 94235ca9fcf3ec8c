"""What reading the clauses of a report finds: candidate figures with their priorities, and the
classes and weapons named on the way. :mod:`extract.clauses` fills a :class:`ClauseFindings`;
:mod:`extract.figures` chooses among its candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.mentions import Mention

# Candidate priorities: lower wins; ties go to the earlier figure in the text.
EXACT, BOUNDED, SINGULAR, HIT_FALLBACK, DERIVED, IMPLIED = 0, 1, 2, 3, 5, 6
# "later corrected the figure to 52" beats every figure; "initially said 59" loses to any other.
CORRECTED, SUPERSEDED = -1, 4

ROLE_FIELDS = {
    ("launched", "drone"): "drones_launched",
    ("launched", "missile"): "missiles_launched",
    ("launched", "total"): "total_launched",
    ("destroyed", "drone"): "drones_destroyed",
    ("destroyed", "missile"): "missiles_destroyed",
    ("destroyed", "total"): "total_destroyed",
}
COUNTED_CLASSES = ("drone", "missile", "total")
# Guided bombs get roles (for the record's weapons list) but never enter the totals (SCHEMA.md).
ROLE_CLASSES = (*COUNTED_CLASSES, "guided_bomb")


@dataclass(slots=True)
class Candidate:
    field: str
    value: int
    bound: str | None
    priority: int
    start: int
    end: int
    sentence: int
    singular: bool = False
    scope: str | None = None  # the one place the figure belongs to (extract.figure_scope), else None
    scope_firm: bool = False  # the text says so firmly (a place's official, "over the region")
    from_hit: bool = False  # a launch count read from what hit ("three missiles hit a building")
    additional: bool = False  # "two additional drones were shot down", "another three were downed"
    # "ще 20 — збито" ("word"), "Крім того, … 2 ракети" ("opening"): added to the count before
    # (extract.further_counts)
    further: str | None = None


@dataclass
class ClauseFindings:
    candidates: list[Candidate] = field(default_factory=list)
    vague_classes: set[str] = field(default_factory=set)  # "dozens of missiles"
    mentioned_classes: set[str] = field(default_factory=set)
    plural_classes: set[str] = field(default_factory=set)  # plural noun with no number
    plural_in_sentence: dict[int, set[str]] = field(default_factory=dict)  # the same, by sentence
    # the classes a counted total's own noun names ("64 дронами та ракетами"), by sentence
    total_classes: dict[int, set[str]] = field(default_factory=dict)
    # the same in a sentence opening "Також"/"Крім того": a further launch whose number is not given
    plural_further: set[str] = field(default_factory=set)
    all_destroyed: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # class -> span, sentence
    # "All but two were shot down": class -> (the count missed, start, end, sentence)
    all_but_destroyed: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    weapons: list[tuple[Mention, str, int]] = field(default_factory=list)  # (mention, role, sentence)
    last_class: str = "total"  # what "N of them" refers to in a later sentence
    # Amounts over numbers.MAX_PLAUSIBLE that stood where a figure would: (field, start, end, sentence)
    implausible: list[tuple[str, int, int, int]] = field(default_factory=list)
    barrage: bool = False  # the report calls the attack massive or combined
    model_named: bool = False  # the report names a weapon model or family ("S-300", "ballistic")
    # Weapons that hit, counted by class ("hits by 9 missiles and 33 drones at 11 locations"): class
    # -> (value, start, end, sentence); the largest count of a class wins, as for the figures
    hits: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    # "решта — локаційно втрачені": where the rest was told lost (start, end, sentence), no number
    remainder_lost: tuple[int, int, int] | None = None
    # "решта дронів — локаційно втрачені": the class whose rest it is, when the words name one
    remainder_class: str | None = None

    def note_hit(self, weapon_class: str, value: int, start: int, end: int, index: int) -> None:
        """Keep a counted hit of a class when it is the largest seen."""
        if weapon_class not in self.hits or value > self.hits[weapon_class][0]:
            self.hits[weapon_class] = (value, start, end, index)

    def add(
        self,
        field_name: str,
        value: int,
        bound: str | None,
        priority: int,
        start: int,
        end: int,
        index: int,
        singular: bool = False,
    ) -> None:
        """Add a candidate figure; a bound ("more than 500") ranks one step below its priority."""
        self.candidates.append(
            Candidate(field_name, value, bound, priority + (bound is not None), start, end, index, singular)
        )
