"""Counts told as more besides those counted before: "Шість знищено, ще 20 — збито" (26 downed),
"Ворог атакував трьома ракетами … Крім того, ввечері випустив дві ракети Х-59" (five launched).

A count marked further (a word such as "ще" right before it, or a sentence opening with "Крім
того", per language: clause_grammar ``further_before``/``further_opening``) is added to
the nearest count of the same field before it, which may itself be such a sum. The sum is one more
candidate: the choice among a field's candidates (extract.figures.choose) still takes the largest,
so a national tally told elsewhere ("Загалом збито 45") covers a run of regional parts.

A further count equal to the one before is left out (a title's "дві ракети Х-59" told again below
as "Крім того, … дві ракети Х-59": a sum missed is better than a figure doubled), unless the two
name different weapon models ("2 Іскандер-М … Крім того, 2 Х-59": other weapons, so other
launches). "Також" opening a sentence (``further_also``) is not enough alone, since outlets restate
a figure with it; a launch count it opens adds only when it names a model the count before did not.
With no model named on either side and another number ("… 50 ударними БпЛА. Також ворог випустив
20 дронів."), whether it adds or restates a part is not told: such counts are returned, and the
field is left null (extract.figures), a wrong sum or a short count being worse than none. Naming
its target ("Також ворог атакував Харків 5 дронами") and smaller than the count before, it is that
place's part: the count before stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from extract.clause_findings import ROLE_FIELDS, Candidate
from extract.mentions import Mention


def add_further_counts(
    candidates: list[Candidate], weapons: Iterable[tuple[Mention, str, int]] = ()
) -> list[Candidate]:
    """Add to ``candidates`` the sum of each further count and the count of its field before it.
    ``weapons``: the mentions that named a model (ClauseFindings.weapons), to tell other weapons.
    Returns the launch counts told with "also" whose adding is unsure (see the module's doc)."""
    unsure: list[Candidate] = []
    named = [(m.start, m.end, m.model) for m, _, _ in weapons]
    running: dict[str, Candidate] = {}  # field -> the count (or sum) a further one would add to
    running_models: dict[str, set[str]] = {}  # field -> the models that count named
    told: set[tuple[str, int]] = set()  # further counts already added (a title told again below)
    added: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: c.start):
        before = running.get(candidate.field)
        if before is None and candidate.further == "word":
            before = _both_classes_before(candidate, running)
        models = {model for start, end, model in named if candidate.start <= start < candidate.end}
        before_models = running_models.get(candidate.field, set())
        # other weapons than the count before named ("Іскандер-М" then "Х-59"): another launch
        other_weapons = bool(models) and bool(before_models) and not models & before_models
        if (
            candidate.further is not None
            # "Крім того, над Одещиною збито 21": an opening word alone may bring a detail of the
            # count before; it adds only a launch told of no one place
            and (
                candidate.further == "word"
                or (candidate.field.endswith("_launched") and not candidate.scope_firm
                    and (candidate.further == "opening" or other_weapons))
            )
            and before is not None
            and (candidate.field, candidate.value) not in told
            and (candidate.value != before.value or other_weapons)
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
            running_models[candidate.field] = before_models | models
        else:
            if (
                candidate.further == "also"
                and candidate.field.endswith("_launched")
                and before is not None
                and not models
                and not before_models
                and candidate.value != before.value
                # "Також ворог атакував Харків 5 дронами" after 48: a place's part, the count before
                # stands; more than the count before, it is more or the whole: untold
                and (candidate.scope is None or candidate.value > before.value)
                and not candidate.singular
                and not before.singular
            ):
                unsure.append(candidate)  # "Також ворог випустив 20 дронів": more, or a part?
            running[candidate.field] = candidate
            running_models[candidate.field] = models
    candidates.extend(added)
    return unsure


# a total's field -> the fields of its two classes
_CLASS_PARTS = {
    ROLE_FIELDS[(role, "total")]: (ROLE_FIELDS[(role, "drone")], ROLE_FIELDS[(role, "missile")])
    for role in ("launched", "destroyed")
}


def _both_classes_before(candidate: Candidate, running: dict[str, Candidate]) -> Candidate | None:
    """ "Збито 40 дронів та 3 ракети. Ще 3 збито …": a further count naming no class after counts
    of both classes adds to their sum (the total), whichever class it was; the classes' own
    figures stay as told, since which one it adds to is not told."""
    parts = _CLASS_PARTS.get(candidate.field)
    if parts is None:
        return None
    first, second = (running.get(name) for name in parts)
    if first is None or second is None or first.sentence != second.sentence:
        return None
    if first.bound is not None or second.bound is not None or first.singular or second.singular:
        return None
    return replace(
        first,
        field=candidate.field,
        value=first.value + second.value,
        start=min(first.start, second.start),
        end=max(first.end, second.end),
        further=None,
    )

