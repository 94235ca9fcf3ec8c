"""From candidate figures to the record's numbers: choosing, then SCHEMA.md's arithmetic.

Choosing: an exact figure beats a bound ("502" over "more than 500"), a counted figure beats a
singular ("a drone"), a direct statement beats a fallback (a hit count read as a launch count),
and otherwise the largest figure wins (the national tally covers the regional ones).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from extract.clause_findings import HIT_FALLBACK, Candidate, ClauseFindings
from extract.further_counts import add_further_counts
from extract.report import STATEMENT_FIELDS

CLASS_FIELDS = {
    "drone": ("drones_launched", "drones_destroyed"),
    "missile": ("missiles_launched", "missiles_destroyed"),
}
FIGURE_FIELDS = (*STATEMENT_FIELDS, "returned")  # the clause figures; casualties are read apart


@dataclass
class Figure:
    value: int
    bound: str | None
    start: int
    end: int
    sentence: int
    derived: str | None = None  # how arithmetic produced it, when it did
    scope: str | None = None  # the one place it belongs to (extract.figure_scope), else the whole attack
    scope_firm: bool = False


@dataclass
class Figures:
    values: dict[str, Figure] = field(default_factory=dict)
    # figures set aside as inconsistent: (field, start, end, why), for the record's ``uncertain``
    doubts: list[tuple[str, int, int, str]] = field(default_factory=list)

    def get(self, name: str) -> int | None:
        figure = self.values.get(name)
        return figure.value if figure else None


def choose(
    candidates: list[Candidate],
    name: str,
    plural_classes: set[str],
    barrage: bool = False,
    model_named: bool = True,
) -> Figure | None:
    """The figure of one field among its candidates. ``barrage``: the report counts weapons
    launched in numbers elsewhere; ``model_named``: it names a weapon model."""
    pool = [c for c in candidates if c.field == name]
    cls = "drone" if name.startswith("drones") else "missile" if name.startswith("missiles") else None
    if cls in plural_classes:
        # "a Shahed hit the city ... the Shaheds": the singular was not a count.
        pool = [c for c in pool if not c.singular]
    elif plural_classes or barrage or not model_named:
        # "drones and missiles attacked the city ... a missile hit a house", "100 drones were
        # launched ... a missile hit a house", "a missile hit their building" with no weapon
        # named: what one weapon did is not how many were launched (but "an S-300 missile …
        # a rocket hit" tells of one)
        # (nor is "one Shahed hit a tower": a numeral one is a singular too)
        pool = [c for c in pool if not ((c.singular or c.value == 1) and c.priority >= HIT_FALLBACK)]
    if not pool:
        return None
    # Among equally direct figures the largest wins: a report's national tally covers the
    # regional ones it also quotes ("14 drones were downed over Kyiv region"); then the earliest.
    best = min(pool, key=lambda c: (c.priority, -c.value, c.start))
    return Figure(
        best.value,
        best.bound,
        best.start,
        best.end,
        best.sentence,
        scope=best.scope,
        scope_firm=best.scope_firm,
    )


def _sum(a: Figure, b: Figure, how: str) -> Figure:
    # (the sum of two figures of one place is that place's; of any other two, the whole attack's)
    same_place = a.scope is not None and a.scope == b.scope
    return Figure(
        a.value + b.value,
        a.bound or b.bound,
        min(a.start, b.start),
        max(a.end, b.end),
        min(a.sentence, b.sentence),
        how,
        a.scope if same_place else None,
        same_place and a.scope_firm and b.scope_firm,
    )


def resolve(findings: ClauseFindings) -> Figures:
    figures = Figures()
    unsure = add_further_counts(findings.candidates, findings.weapons)
    plural = findings.plural_classes
    barrage = findings.barrage or any(
        c.field.endswith("_launched") and not c.singular and c.value > 1 for c in findings.candidates
    )
    for name in FIGURE_FIELDS:
        chosen = choose(findings.candidates, name, plural, barrage, findings.model_named)
        if chosen is not None:
            figures.values[name] = chosen
    v = figures.values
    for also in unsure:  # "… 50 БпЛА. Також ворог випустив 20 дронів.": added or a part, untold
        if v.pop(also.field, None) is not None:
            figures.doubts.append((also.field, also.start, also.end, "told with 'also' beside another count"))
    _one_place_under_the_whole(figures, findings.candidates)
    _hit_and_downed_add_up(figures, findings.candidates)
    _fewer_launched_than_destroyed(figures)
    # "all of the missiles were intercepted": as many destroyed as launched
    for cls, (start, end, sentence) in findings.all_destroyed.items():
        # "All enemy targets were destroyed": every class launched was
        classes = [cls] if cls in CLASS_FIELDS else list(CLASS_FIELDS) if cls == "total" else []
        for one in classes:
            launched, destroyed = CLASS_FIELDS[one]
            if destroyed not in v and launched in v:
                v[destroyed] = Figure(
                    v[launched].value, v[launched].bound, start, end, sentence, "all destroyed"
                )
    # "Russia launched 40 drones. All but two were shot down": 38 destroyed
    for cls, (missed, start, end, sentence) in findings.all_but_destroyed.items():
        if cls == "total":  # a bare count after one class's launch only: that class
            told = [one for one, (launched, _) in CLASS_FIELDS.items() if launched in v]
            cls = told[0] if len(told) == 1 else cls
        if cls not in CLASS_FIELDS:
            continue
        launched, destroyed = CLASS_FIELDS[cls]
        whole = v.get(launched)
        if destroyed not in v and whole is not None and whole.bound is None and whole.value > missed:
            v[destroyed] = Figure(whole.value - missed, None, start, end, sentence, "all but")
    _all_lost_none_destroyed(figures, findings)
    present = (findings.mentioned_classes | plural) & {"drone", "missile"}
    for stage in (0, 1):
        total = "total_launched" if stage == 0 else "total_destroyed"
        drones, missiles = (
            ("drones_launched", "missiles_launched")
            if stage == 0
            else ("drones_destroyed", "missiles_destroyed")
        )
        stated = v.get(total)
        # Only one class named anywhere: a stated total ("20 launches") is that class.
        if stated is not None and drones not in v and missiles not in v and len(present) == 1:
            only = drones if present == {"drone"} else missiles
            v[only] = replace(stated, derived="only class named")  # (its place too, where it has one)
        if drones in v and missiles in v:
            parts = _sum(v[drones], v[missiles], "sum of classes")
            exact_parts = v[drones].bound is None and v[missiles].bound is None
            if stated is None or (stated.bound is not None and exact_parts):
                v[total] = parts
            elif exact_parts and stated.value > parts.value and (
                stated.value == parts.value + _bombs_told_with(findings, stated, stage)
            ):
                # "130 weapons, including 110 drones, 12 missiles and 8 guided bombs": SCHEMA's totals
                # are drones plus missiles; the stated one counted the bombs too
                v[total] = parts
            elif exact_parts and stage == 1 and "suppressed" in v and (
                stated.value == parts.value + v["suppressed"].value > parts.value
            ):
                # "97 targets neutralised" over "89 drones and 2 missiles were shot down, 6 drones
                # were jammed": the stated figure counted the suppressed too (SCHEMA keeps them apart)
                v[total] = parts
            continue
        if stated is not None:
            continue
        known = drones if drones in v else missiles if missiles in v else None
        if known is None:
            continue
        other_cls = "missile" if known == drones else "drone"
        other_launched, other_destroyed = CLASS_FIELDS[other_cls]
        # "A ballistic missile hit Kyiv … Russia also launched 49 drones": the one missile told by
        # what it did was not taken as a count (choose), yet it came, in a number the text leaves open
        other_has_figure = other_launched in v or other_destroyed in v or any(
            c.field == other_launched for c in findings.candidates
        )
        # "80 drones and cruise missiles": the other class came in a number not given
        beside = set(findings.plural_in_sentence.get(v[known].sentence, set()))
        # "Russia attacked with cruise missiles and drones" opening the story, before any count:
        # the attack's make-up, whose other class then came in a number not given
        first_count = min((c.sentence for c in findings.candidates), default=None)
        opening = min(findings.plural_in_sentence, default=None)
        if opening is not None and first_count is not None and opening < first_count:
            beside |= findings.plural_in_sentence[opening]
        elif v[known].sentence == first_count and opening == first_count + 1:
            # "Ukraine downs 41 of 58 drones" over "Russia attacked with drones and ballistic
            # missiles": the sentence right after the first count tells the attack's make-up too
            beside |= findings.plural_in_sentence[opening]
        beside |= findings.plural_further  # "… 70 дронів. Також ворог атакував ракетами."
        launched_known = v.get(CLASS_FIELDS["drone" if known == drones else "missile"][0])
        if stage == 1 and launched_known is not None:
            # "70 дронів та ракети. Збито 50 дронів.": the other class launched in a number not given
            # beside the launch count, so its fate is untold too (SCHEMA: total_destroyed null)
            beside |= findings.plural_in_sentence.get(launched_known.sentence, set())
        elif stage == 1 and "total_launched" in v:
            # "64 дронами та ракетами. Збито 46 дронів.": one launch count of both classes, so the
            # other class was launched too and its fate is untold (SCHEMA: total_destroyed null)
            beside |= findings.total_classes.get(v["total_launched"].sentence, set())
        elif stage == 1:
            # "62 drones downed" with no launch count, in a story of "drones and ballistic missiles":
            # the other class came too and its fate is untold (SCHEMA: total_destroyed null)
            beside |= findings.plural_classes
        if other_cls in findings.vague_classes or other_cls in beside or other_has_figure:
            continue
        # (a total read from one class's figure is that figure's place's too: "four missiles were
        # shot down over the city", the governor said, gives the city's total destroyed, not the night's)
        v[total] = replace(v[known], derived="one class only")
    _rest_lost(figures, findings)
    return figures


def _bombs_told_with(findings: ClauseFindings, stated: Figure, stage: int) -> int:
    """The guided bombs counted, at the same stage (launched or destroyed), in the sentence of a
    stated total (0 when none are)."""
    roles = ("launched", "implied_launched") if stage == 0 else ("destroyed",)
    return sum(
        m.value or 0
        for m, role, sentence in findings.weapons
        if m.weapon_class == "guided_bomb" and role in roles and sentence == stated.sentence
        and not m.singular
    )


def _rest_lost(figures: Figures, findings: ClauseFindings) -> None:
    """ "Збито 31, решта — локаційно втрачені" of 40 launched: the rest, 9, is the suppressed
    figure (both totals exact, the destroyed one told in that sentence or the one before); "решта
    дронів" is the rest of the drones (their own launched and destroyed figures)."""
    v = figures.values
    totals = ("total_launched", "total_destroyed")
    launched_field, destroyed_field = CLASS_FIELDS.get(findings.remainder_class or "", totals)
    launched, destroyed = v.get(launched_field), v.get(destroyed_field)
    if findings.remainder_lost is None or "suppressed" in v or launched is None or destroyed is None:
        return
    start, end, sentence = findings.remainder_lost
    if (
        launched.bound is None
        and destroyed.bound is None
        and launched.value > destroyed.value
        and sentence - 1 <= destroyed.sentence <= sentence
    ):
        rest = launched.value - destroyed.value
        v["suppressed"] = Figure(rest, None, start, end, sentence, "the rest lost")


def _all_lost_none_destroyed(figures: Figures, findings: ClauseFindings) -> None:
    """ "A Kh-22 cruise missile was launched … it did not reach its target": a class whose whole
    launch count the text tells as lost or jammed, naming that class, had none destroyed (so the
    destroyed total can be summed)."""
    v = figures.values
    for cls, (launched, destroyed) in CLASS_FIELDS.items():
        if launched not in v or destroyed in v or v[launched].bound is not None:
            continue
        lost = [(m, i) for m, role, i in findings.weapons if role == "suppressed" and m.weapon_class == cls]
        if not lost:
            continue  # none told as lost ("launched 0 drones" would sum to its 0)
        if any(m.value is None for m, _ in lost) or sum(m.value for m, _ in lost) != v[launched].value:
            continue
        last, sentence = max(lost, key=lambda pair: pair[0].end)
        v[destroyed] = Figure(0, None, last.start, last.end, sentence, "all lost, none destroyed")


def _hit_and_downed_add_up(figures: Figures, candidates: list[Candidate]) -> None:
    """ "Two missiles hit a depot … five additional missiles were shot down": when a
    class's launch count is only what hit, shoot-downs said to be further ones add to it (7)."""
    v = figures.values
    for launched, destroyed in CLASS_FIELDS.values():
        if launched not in v or destroyed not in v:
            continue
        start_launched, start_destroyed = v[launched].start, v[destroyed].start
        hit = any(c.from_hit and c.field == launched and c.start == start_launched for c in candidates)
        more = any(c.additional and c.field == destroyed and c.start == start_destroyed for c in candidates)
        if hit and more:
            v[launched] = _sum(v[launched], v[destroyed], "what hit and the further ones downed")


def _fewer_launched_than_destroyed(figures: Figures) -> None:
    """An exact launch count below the same class's destroyed count ("All 10 drones fired at
    Kyiv" beside the Air Force's 23 downed) is some part of the attack, not its launch count: no
    figure, and a note. (A lower bound may lie below: "more than 300 drones and missiles".)"""
    v = figures.values
    for launched, destroyed in (*CLASS_FIELDS.values(), ("total_launched", "total_destroyed")):
        if (
            launched in v
            and destroyed in v
            and v[launched].bound is None
            and v[launched].value < v[destroyed].value
        ):
            gone = v.pop(launched)
            figures.doubts.append(
                (launched, gone.start, gone.end, f"fewer than the {v[destroyed].value} destroyed")
            )


def _one_place_under_the_whole(figures: Figures, candidates: list[Candidate]) -> None:
    """A figure of one place ("two drones were downed over the region", said a governor) is not
    the attack's when a figure of the whole attack for the same class is larger (Russia launched
    60): the place's count is a part. (A report about one place only keeps its place's figures.)"""
    v = figures.values
    for fields in (*CLASS_FIELDS.values(), ("total_launched", "total_destroyed")):
        whole = [c.value for c in candidates if c.field in fields and c.scope is None]
        for name in fields:
            figure = v.get(name)
            if figure is not None and figure.scope_firm and any(w > figure.value for w in whole):
                gone = v.pop(name)
                why = f"a figure of {gone.scope} within a larger one of the whole attack"
                figures.doubts.append((name, gone.start, gone.end, why))
