"""The checks a night's consolidated row fails (docs/data-model.md, "Quality flags"): figures that
cannot all be true together, as short stable labels. salvo.consolidate runs them on each final row."""

from __future__ import annotations

from typing import Any

from salvo.night_places import casualty_floor
from salvo.regional_figures import CASUALTY_FIELDS
from salvo.vocabulary import FAMILIES, FAMILY_CLASS


def quality_flags(row: dict[str, Any], regional_only: bool) -> list[str]:
    """Checks the row fails, as short stable labels."""
    flags: list[str] = []

    def known(*names: str) -> bool:
        return all(row.get(n) is not None for n in names)

    # A launch figure that is a lower bound ("more than 300") may be exceeded by what was shot down.
    bounded = set(row.get("lower_bound_fields") or ())
    for kind in ("drones", "missiles", "total"):
        if (
            known(f"{kind}_launched", f"{kind}_destroyed")
            and f"{kind}_launched" not in bounded
            and row[f"{kind}_destroyed"] > row[f"{kind}_launched"]
        ):
            flags.append(f"{kind}_destroyed>{kind}_launched")
    if known("total_launched", "total_destroyed") and "total_launched" not in bounded and (
        row.get("suppressed") is not None or row.get("hit_locations") is not None
    ):
        accounted = row["total_destroyed"] + (row.get("suppressed") or 0) + (row.get("hit_locations") or 0)
        if accounted > row["total_launched"]:
            flags.append("destroyed+suppressed+hits>launched")
    for kind in ("launched", "destroyed"):
        if (
            known(f"total_{kind}", f"drones_{kind}", f"missiles_{kind}")
            and row[f"total_{kind}"] != row[f"drones_{kind}"] + row[f"missiles_{kind}"]
        ):
            flags.append(f"total_{kind}!=drones+missiles")
    for kind in ("launched", "destroyed"):
        if known(f"drones_{kind}", f"shahed_{kind}") and row[f"shahed_{kind}"] > row[f"drones_{kind}"]:
            flags.append(f"shahed_{kind}>drones_{kind}")
        missile_parts = [row.get(f"{f}_{kind}") for f in FAMILIES if FAMILY_CLASS[f] == "missiles"]
        if known(f"missiles_{kind}") and sum(v or 0 for v in missile_parts) > row[f"missiles_{kind}"]:
            flags.append(f"missile_families_{kind}>missiles_{kind}")
    for kind in ("drones", "missiles", "total"):  # more weapons hit than were launched
        if (
            known(f"{kind}_launched", f"{kind}_hit")
            and f"{kind}_launched" not in bounded
            and row[f"{kind}_hit"] > row[f"{kind}_launched"]
        ):
            flags.append(f"{kind}_hit>{kind}_launched")
    if (
        known("total_launched", "hit_locations")
        and "total_launched" not in bounded
        and row["hit_locations"] > row["total_launched"]
    ):
        flags.append("hit_locations>total_launched")
    for kind in CASUALTY_FIELDS:  # the night's toll below what its own places add up to
        floor = casualty_floor(row.get("casualties_by_place"), kind)
        if floor is not None and (row.get(kind) is None or row[kind] < floor):
            flags.append(f"{kind}<places")
    if regional_only:  # only regional or local accounts counted the night's weapons
        flags.append("regional_only")
    return flags
