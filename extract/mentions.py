"""`Mention`: a counted weapon noun in a sentence, as extract.weapons finds it and the clause
and list modules mark its role. A module of its own so that those modules can share the type
without importing the weapon grammar (extract.parallel_parts is imported by it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    """A counted weapon noun. ``value`` None means a vague amount ("dozens of missiles")."""

    value: int | None
    bound: str | None
    weapon_class: str
    start: int  # of the quantity (or article)
    end: int  # of the noun phrase
    text: str
    model: str | None = None
    family: str | None = None
    singular: bool = False
    all_of_class: bool = False  # "all (of) the missiles": as many as were launched
    all_n: bool = False  # "all 14 drones": launched and destroyed
    antecedent: bool = False  # "385 of them": the class of what came before
    partitive: str | None = None  # "part" (430 in "430 of 502") or "whole" (502)
    roles: list[str] = field(default_factory=list)
    implausible: bool = False  # the amount was over numbers.MAX_PLAUSIBLE: no number (value None)

    def repeats_a_class(self, before: Mention, between: str) -> bool:
        """Whether this "all the …" tells again of weapons named before it rather than joining their
        list: "5 missiles, all the missiles were downed" (its class, or only a comma between), not
        "Одну ракету та всі дрони знищили" (another class after a joining word: one list, one verb)."""
        joined = between.strip() not in {"", ","}
        return self.all_of_class and (self.weapon_class == before.weapon_class or not joined)
