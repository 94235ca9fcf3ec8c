"""Counts told as more besides those counted before: "Шість знищено, ще 20 — збито" (26 downed),
"Ворог атакував трьома ракетами … Крім того, ввечері випустив дві ракети Х-59" (five launched).
("Також" opening a sentence is not enough: outlets open a restated figure with it.)

A count marked further (a word such as "ще" right before it, or a sentence opening with "Крім
того", per language: clause_grammar ``further_before``/``further_opening``) is added to
the nearest count of the same field before it, which may itself be such a sum. The sum is one more
candidate: the choice among a field's candidates (extract.figures.choose) still takes the largest,
so a national tally told elsewhere ("Загалом збито 45") covers a run of regional parts.
"""

from __future__ import annotations

from dataclasses import replace

from extract.clause_findings import Candidate


def add_further_counts(candidates: list[Candidate]) -> None:
    """Add to ``candidates`` the sum of each further count and the count of its field before it."""
    running: dict[str, Candidate] = {}  # field -> the count (or sum) a further one would add to
    told: set[tuple[str, int]] = set()  # further counts already added (a title told again below)
    added: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: c.start):
        before = running.get(candidate.field)
        if (
            candidate.further is not None
            # "Крім того, над Одещиною збито 21": an opening word alone may bring a detail of the
            # count before; it adds only a launch told of no one place
            and (
                candidate.further == "word"
                or (candidate.field.endswith("_launched") and not candidate.scope_firm)
            )
            and before is not None
            and (candidate.field, candidate.value) not in told
            # the same figure told again: a title's "дві ракети Х-59" and "Крім того, … дві ракети
            # Х-59" below (a further count equal to the one before is left out: a sum missed
            # is better than a figure doubled)
            and candidate.value != before.value
            and not candidate.singular
            and not before.singular
        ):
            told.add((candidate.field, candidate.value))
            total = replace(
                before,
                value=before.value + candidate.value,
                bound=before.bound or candidate.bound,
                priority=min(before.priority, candidate.priority),
                end=candidate.end,
                further=None,
            )
            added.append(total)
            running[candidate.field] = total
        else:
            running[candidate.field] = candidate
    candidates.extend(added)
