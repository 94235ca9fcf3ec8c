"""Clause patterns: what happened to each counted weapon (launched, destroyed, suppressed ...).

For one sentence, the weapon mentions are grouped ("502 drones and 24 missiles" is one group;
"including 11 missiles" is a subset of the group before it) and each group takes its role from
the verb right after it ("274 drones were shot down") or else the nearest verb before it in the
same clause ("Russia launched 31 drones"). The result is a list of :class:`Candidate` figures
(:mod:`extract.clause_findings`); choosing between them and the totals arithmetic live in
:mod:`extract.figures`; the patterns, compiled from the language data, in
:mod:`extract.clause_grammar`. Counts of locations (:mod:`extract.location_counts`) and a report's
corrections of its own figures (:mod:`extract.corrections`) add their candidates beside the weapons'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.anchors import finds_none, may_match
from extract.caseless import lowered
from extract.clause_findings import (
    COUNTED_CLASSES,
    DERIVED,
    EXACT,
    HIT_FALLBACK,
    IMPLIED,
    ROLE_CLASSES,
    ROLE_FIELDS,
    SINGULAR,
    Candidate,
    ClauseFindings,
)
from extract.clause_grammar import ClauseGrammar, grammar
from extract.corrections import apply_corrections
from extract.elliptical_counts import all_n_is_whole, none_of, same_fate, whole_named, without_all_but
from extract.figure_scope import also_target, inherit_scopes, over_region, place_scope
from extract.list_headings import list_heading_role
from extract.location_counts import location_counts
from extract.numbers import find_quantities
from extract.place_first_parts import add_place_first_parts
from extract.place_parts import add_place_parts
from extract.text import Sentence
from extract.total_parts import add_parts_of_total_before
from extract.verb_runs import joined_role, own_verb_before, verb_ending_at
from extract.weapons import Mention, find_mentions, names_weapon, plural_unnumbered, short_of_all
from extract.weapons import grammar as weapon_grammar
from extract.words import mentions as has_words
from extract.words import sentence_words


@dataclass
class _Group:
    mentions: list[Mention]
    subset_of: Mention | None = None
    roles: list[str] = field(default_factory=list)
    hit_outcome: bool = False
    from_preposition: bool = False

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end


def _verbs(text: str, s: Sentence, g: ClauseGrammar, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    # verbs inside a counted phrase ("20 launches") are nouns there; mentions are sorted by start
    spans = [(m.start, m.end) for m in mentions if m.value is not None or m.all_of_class]
    found = []
    k = 0
    low = lowered(text)
    if low is None:
        matches = g.verbs.finditer(text, s.start, s.end)
    else:
        matches = g.lower_verbs.finditer(low, s.start, s.end)
    for match in matches:
        while k < len(spans) and spans[k][1] <= match.start():
            k += 1
        if k < len(spans) and spans[k][0] <= match.start():
            continue
        found.append((match.start(), match.end(), match.lastgroup or ""))
    return found


def _all_vague(mentions: list[Mention]) -> bool:
    """Whether every mention is a vague amount of no model ("several thousand drones"): such
    mentions give no candidate, whatever role their group takes (extract.clauses._group_candidates
    passes over them), and no weapon entry."""
    return not any(m.value is not None or m.implausible or m.all_of_class or m.model or m.antecedent
                   for m in mentions)


def _sentence_verbs(
    text: str, s: Sentence, g: ClauseGrammar, mentions: list[Mention]
) -> list[tuple[int, int, str]]:
    """The role verbs of the sentence, less the participles that describe a count before them."""
    verbs = _verbs(text, s, g, mentions)
    if g.appositive_participle is not None:
        verbs = [v for v in verbs if not _appositive(text, v, mentions, g)]
    return verbs


def _groups(text: str, mentions: list[Mention], g: ClauseGrammar, s: Sentence) -> list[_Group]:
    groups: list[_Group] = []
    previous_end = s.start
    for m in mentions:
        between = text[previous_end : m.start]
        # (a bare count is no subset: "з них 84 збито" counts the weapons before it)
        if groups and g.opens_subset(between) and not m.antecedent:
            parent_group = groups[-1]
            parts = [x for x in parent_group.mentions if x.partitive == "part"]
            parent = parts[0] if parts else parent_group.mentions[-1]
            groups.append(_Group([m], subset_of=parent))
        elif (
            groups
            and not m.roles
            and not m.antecedent  # "73 drones, about 45 of them Shaheds": a part, not another item
            and not m.repeats_a_class(groups[-1].mentions[-1], between)  # (see Mention)
            and not groups[-1].mentions[-1].roles
            # "Of the 132 drones, 88 were downed": the whole the sentence opens with is no list item
            and not _whole_before(text, s, groups[-1].start, g)
            # "40 missiles, including 23 ballistic, and 550 drones": a comma and a joiner close the part
            and not (groups[-1].subset_of and between.strip()[:1] == "," and between.strip() != ","
                     and m.weapon_class != groups[-1].mentions[-1].weapon_class)
            and (
                g.join.match(between)
                or (m.partitive == "whole" and groups[-1].mentions[-1].partitive == "part")
            )
        ):
            groups[-1].mentions.append(m)
        else:
            groups.append(_Group([m]))
        previous_end = m.end
    return groups


_DASH = re.compile(r"\s*[—–]\s*")
# "another three were shot down": how far before a count its "another" may stand
ADDITIONAL_BEFORE = 12


def _dash_tails_apart(
    text: str, s: Sentence, groups: list[_Group], verbs: list[tuple[int, int, str]], g: ClauseGrammar
) -> list[_Group]:
    """A verb after a dash ("35 drones, 5 decoys — lost") or after a class told again in the list ("15
    дронів, 5 дронів втрачено", "… and 6 drones were jammed") is the last item's; the others keep theirs."""
    out: list[_Group] = []
    for group in groups:
        if len(group.mentions) > 1 and group.subset_of is None:
            dash = _DASH.match(text, group.end) or group.mentions[-1].weapon_class in {
                m.weapon_class for m in group.mentions[:-1]}
            right = _role_after(text, group.end, s.end, g)[0] if dash else None
            left = _role_before(text, group.start, verbs, g)
            if right is not None and left is not None and right != left:
                out.append(_Group(group.mentions[:-1]))
                out.append(_Group(group.mentions[-1:]))
                continue
        out.append(group)
    return out


def _whole_before(text: str, s: Sentence, pos: int, g: ClauseGrammar) -> bool:
    """Whether "Of the" (opening the sentence or a clause) comes right before ``pos``. (The
    sentence's own start counts as a start; the text before it does not.)"""
    window = max(s.start, pos - 20)
    chunk = text[window:pos] if window == s.start else " " + text[window:pos]
    return g.whole_before.search(chunk) is not None


def _role_after(text: str, pos: int, end: int, g: ClauseGrammar) -> tuple[str | None, bool, int]:
    """Role of a verb right after a group: (role, had_auxiliary, verb_end)."""
    aux = g.aux.match(text, pos, end)
    verb_at = aux.end() if aux else pos
    verb = g.verb_at(text, verb_at, end)
    if verb is None:
        return None, False, pos
    if g.preposition.fullmatch(text[verb.start() : verb.end()] + " "):
        # "shot down 10 drones, with no damage reported": a launch preposition counts what follows it
        return None, False, pos
    return verb.lastgroup, bool(aux and aux.group(0).strip(" ,)")), verb.end()


def _list_after_colon(text: str, start: int, end: int, g: ClauseGrammar) -> bool:
    """Whether text[start:end] opens a list with a colon, or leads to a list item after a
    semicolon, and only semicolons part its items ("attacked with 157 weapons: 150 drones …;
    7 missiles", "shot down 123 drones …; 5 missiles"): the verb before holds for each."""
    between = text[start:end]
    semicolon_list = ":" in between or between.rstrip().endswith(";")
    return semicolon_list and g.clause_break.search(between.replace(";", ",")) is None


def _role_before(text: str, start: int, verbs: list[tuple[int, int, str]], g: ClauseGrammar) -> str | None:
    before = [v for v in verbs if v[1] <= start]
    if not before:
        return None
    v_end = before[-1][1]
    if g.clause_break.search(text, v_end, start) and not _list_after_colon(text, v_end, start, g):
        return None
    return joined_role(text, before, g)  # "intercepted or jammed 214 drones": one figure, destroyed


def analyse_sentence(
    text: str,
    s: Sentence,
    index: int,
    findings: ClauseFindings,
    code: str = "en",
    words: str | None = None,
    list_role: str | None = None,
) -> None:
    """Add this sentence's candidate figures to ``findings``. ``list_role`` is the role a list
    heading gave the items that follow it ("Over Ukraine were recorded:" / "805 drones;")."""
    g = grammar(code)
    if words is None:
        words = sentence_words([s])[0]
    # ("Шість знищено." names no weapon: it counts those named before it)
    weapons = has_words(words, g.language.weapon_triggers) or g.may_open_with_bare_count(text, s.start, s.end)
    if not weapons and not has_words(words, g.language.location_triggers):
        return
    quantities = find_quantities(text, s.start, s.end, code)
    location_kinds = location_counts(text, s, index, quantities, findings, g)
    if not weapons:
        return
    if g.leading_of_them.match(text, s.start):
        # "Of these, 38 were attack drones and the rest were missiles": parts of the total before
        add_parts_of_total_before(text, s, index, quantities, findings, g)
    found = find_mentions(text, s.start, s.end, code, quantities, words)
    mentions = [m for m in found if m.weapon_class in ROLE_CLASSES]
    plural_here = plural_unnumbered(text, s.start, s.end, mentions, code)
    findings.plural_classes |= plural_here
    if plural_here:
        findings.plural_in_sentence[index] = plural_here
        if g.opens_further(text, s.start, s.end):  # "Також ворог атакував ракетами."
            findings.plural_further |= plural_here
    mentions += _bare_counts(text, s, quantities, found, g)
    mentions.sort(key=lambda m: m.start)
    if g.all_but_before is not None and mentions:
        mentions = without_all_but(text, s, index, mentions, findings, g)
    if g.place_part is not None:
        add_place_parts(text, s, quantities, mentions, g)
        add_place_first_parts(text, s, quantities, mentions, g)  # "Над A збито 20, над B – 15"
    if not mentions:
        # "Усі вони були збиті": every weapon of the class counted last was shot down
        all_them = g.all_them_in(text, s.start, s.end)
        if all_them is not None and any(
            v.lastgroup == "destroyed" for v in g.verbs_in(text, all_them.end(), s.end)
        ):
            findings.all_destroyed.setdefault(findings.last_class, (all_them.start(), all_them.end(), index))
        return
    # A sentence whose counts are all vague ("several thousand Shahed drones") gives no figure: its
    # groups need no role, and its verbs are read only where a group may split at a dash or "all of
    # them" may be downed (below)
    counted = mentions  # every mention, before the plural filter below: what the verbs are read against
    vague_only = _all_vague(mentions)
    verbs = None if vague_only else _sentence_verbs(text, s, g, counted)
    # where the sentence's counts of locations hit start ("hits at 9 locations"; one too many to
    # believe counts as well: it still tells of locations hit)
    hit_counts = (
        [c.start for c in findings.candidates if c.field == "hit_locations" and c.sentence == index]
        + [start for name, start, _, at in findings.implausible if name == "hit_locations" and at == index]
        if "hit" in location_kinds
        else []
    )
    first_candidate = len(findings.candidates)  # this sentence's candidates start here
    # "Kh-101 missiles and one Iskander-M": a count beside an uncounted plural is partial.
    kept = []
    for m in mentions:
        plural = g.plural_before(text, max(s.start, m.start - 40), m.start)  # (one search for both)
        other = _other_class_beside(text, m, plural, g)
        if other is not None:
            findings.vague_classes.add(other)
            kept.append(m)
        elif not _beside_uncounted_plural(m, mentions, plural):
            kept.append(m)
    mentions = kept
    if not mentions:
        return
    if not findings.model_named:
        findings.model_named = any(m.model or m.family for m in found) or names_weapon(
            text, s.start, s.end, code
        )
    groups = _groups(text, mentions, g, s)
    if verbs is None and (may_match(g.all_them, text, s.start, s.end)
                          or any(len(group.mentions) > 1 and group.subset_of is None for group in groups)):
        verbs = _sentence_verbs(text, s, g, counted)
    groups = groups if verbs is None else _dash_tails_apart(text, s, groups, verbs, g)
    seen_singular: set[str] = set()
    previous: _Group | None = None
    for group in groups:
        _spread_qualifier(group)
        if not vague_only:
            _assign_roles(text, s, group, verbs or [], g, hit_counts)
            if not group.roles and list_role is not None and not verbs:
                group.roles = [list_role]
        for m in group.mentions:
            findings.mentioned_classes.add(m.weapon_class)
            if m.weapon_class == "total":
                named = {c for c, word in g.class_words if word.search(m.text)}
                findings.mentioned_classes |= named
                if named and m.value is not None:
                    findings.total_classes.setdefault(index, set()).update(named)
            if m.value is None and not m.all_of_class:
                findings.vague_classes.add(m.weapon_class)
        if not group.roles and previous is not None and same_fate(text, s, previous.roles, group.start, g):
            group.roles = previous.roles[:1]  # "47 were intercepted, as were 480 drones"
        for m in group.mentions:
            if m.antecedent:
                m.weapon_class = (
                    _antecedent_class(previous) if previous
                    else whole_named(text, s, m.start, g) or findings.last_class
                )
        if group.subset_of is not None:
            _subset_candidates(group, index, findings, findings.candidates[first_candidate:])
        else:
            _group_candidates(group, index, findings, seen_singular)
        for m in group.mentions:
            if m.model:
                findings.weapons.append((m, _mention_role(m, group), index))
        previous = group
        if not any(m.antecedent for m in group.mentions) and group.subset_of is None:
            findings.last_class = _antecedent_class(group)
    downed = any(v[2] == "destroyed" for v in verbs or ()) and may_match(g.all_them, text, s.start, s.end)
    if downed and (match := g.all_them_in(text, s.start, s.end)):  # (a slow search: asked last)
        for group in groups:
            if group.end <= match.start():
                for m in group.mentions:
                    findings.all_destroyed.setdefault(m.weapon_class, (match.start(), match.end(), index))
    if len(findings.candidates) > first_candidate:
        scope, firm = place_scope(text, s, code)
        fields = {c.field for c in findings.candidates[first_candidate:]}
        if g.additional is not None:
            for candidate in findings.candidates[first_candidate:]:
                if candidate.field.endswith("_destroyed"):
                    window = text[max(s.start, candidate.start - ADDITIONAL_BEFORE) : candidate.end]
                    candidate.additional = g.additional.search(window) is not None
        for candidate in findings.candidates[first_candidate:]:
            candidate.further = g.further(text, s.start, candidate.start)
        scope = scope if scope is not None else also_target(s, findings.candidates[first_candidate:])
        if scope is not None and not firm and over_region(text, s, fields, code) == scope:
            firm = True  # "12 drones were shot down over the Odesa region"
        for candidate in findings.candidates[first_candidate:]:
            candidate.scope, candidate.scope_firm = scope, firm


def _beside_uncounted_plural(m: Mention, mentions: list[Mention], match: re.Match[str] | None) -> bool:
    """Whether the plural right before ``m`` (``match``, g.plural_before) is no other count's."""
    return match is not None and not any(o.start <= match.start() < o.end for o in mentions if o is not m)


def _other_class_beside(text: str, m: Mention, match: re.Match[str] | None, g: ClauseGrammar) -> str | None:
    """ "cruise and ballistic missiles and 120 drones": the class of an uncounted plural right
    before a count of another class (the count is whole; the plural's class has no number)."""
    if match is None or m.weapon_class not in ("drone", "missile"):
        return None
    plural_class = next((cls for cls, word in g.class_words if word.match(text, match.start())), None)
    return plural_class if plural_class not in (None, m.weapon_class) else None


def _bare_counts(text: str, s: Sentence, quantities, found: list[Mention], g: ClauseGrammar) -> list[Mention]:
    """'Of the 101 drones, 63 were shot down': a number with no noun, then a shoot-down verb,
    counts the weapons named before it (resolved like 'N of them')."""
    taken = {m.start for m in found}
    out = []
    for q in quantities:
        if q.value is None or q.start in taken or any(m.start <= q.start < m.end for m in found):
            continue
        tail = g.bare_tail.match(text, q.end, s.end)
        pos = tail.end() if tail else q.end
        role, had_aux, verb_end = _role_after(text, pos, s.end, g)
        if role is not None and not tail and own_verb_before(text, s, q.start, q.end, g):
            role = None  # "Збито 39, подавлено ще 15": the verb after the comma is the next count's
        # "Усі п'ять збито": all of the weapons counted before, each shot down
        all_of = weapon_grammar(g.language.code).all_n_before.search(text, max(s.start, q.start - 6), q.start)
        # "3 returned to Russia", "33 локаційно втрачено": these verbs say the weapons' fate themselves;
        # a shoot-down needs more (the tests are asked in turn, the cheap ones first: most counts here
        # are of people or places, with no role verb after them at all)
        if role in ("destroyed", "suppressed", "returned") and (
            role != "destroyed" or had_aux or all_of or _of_them(text, s, q.start, tail, g)
            or _joined_part(text, s, q.start, quantities, found, g)
        ):
            # "Almost all 40 were shot down": 40 came, fewer were downed
            short = role == "destroyed" and short_of_all(text, s.start, q.start, g.language.code)
            out.append(
                Mention(
                    q.value, q.bound, "total", q.start, verb_end, text[q.start : verb_end],
                    antecedent=True,
                    roles=["launched" if short else role],
                    all_n=bool(all_of) and role == "destroyed",
                )
            )
            continue
        # "… 12 drones, збито 10." / "… shot down 80.": a shoot-down verb right before a number
        # that ends its clause counts the weapons named before it.
        # ("Сили ППО знищили всі вісім.": the verb stands before "all")
        if not g.clause_end.match(text, q.end, s.end):
            continue
        verb = verb_ending_at(text, s, all_of.start() if all_of else q.start, g)
        if verb in ("destroyed", "suppressed"):
            out.append(Mention(q.value, q.bound, "total", q.start, q.end, q.text, antecedent=True,
                               roles=[verb], all_n=bool(all_of) and verb == "destroyed"))
    return out



def _of_them(text: str, s: Sentence, count_start: int, tail: re.Match[str] | None, g: ClauseGrammar) -> bool:
    """ "з них 84 збито" (of them 84 shot down): "of them" after or before the bare count, or the
    count opens its sentence."""
    return bool(tail or g.bare_head.search(text, max(s.start, count_start - 20), count_start)
                or g.opens_with_bare_count(text, s.start, count_start))


def _joined_part(
    text: str, s: Sentence, count_start: int, quantities, found: list[Mention], g: ClauseGrammar
) -> bool:
    """ "47 drones had been launched and 35 intercepted": a bare count joined to a counted weapon
    is its part; "Знешкоджено 42: 36 збито, 6 подавлено": so is the first part right after a bare
    header's colon."""
    return bool(
        any(m.end <= count_start for m in found)
        and g.joined_before.search(text, max(s.start, count_start - 12), count_start)
    ) or any(p.value and _COLON_GAP.fullmatch(text, p.end, count_start) for p in quantities)


_COLON_GAP = re.compile(r"\s*:\s*")


def _appositive(text: str, verb: tuple[int, int, str], mentions: list[Mention], g: ClauseGrammar) -> bool:
    """Whether a verb is a participle right after a count and its comma ("6 Калібрів, запущених
    по Одесі"): it tells of that count, not of the items after it."""
    assert g.appositive_participle is not None
    start, end, _ = verb
    if g.appositive_participle.search(text, start, end) is None:
        return False
    return any(m.end <= start and text[m.end : start].strip() == "," for m in mentions)


def _spread_qualifier(group: _Group) -> None:
    """'over 70 missiles and 100 drones': the qualifier covers the whole list."""
    bound = None
    for m in group.mentions:
        if m.bound is not None:
            bound = m.bound
        elif bound is not None and m.value is not None and not m.singular:
            m.bound = bound


def _antecedent_class(group: _Group | None) -> str:
    if group is None:
        return "total"
    classes = {m.weapon_class for m in group.mentions if not m.antecedent}
    # (bare counts stand for the class they were resolved to: "Шість знищено, ще 20 — збито")
    classes = classes or {m.weapon_class for m in group.mentions}
    return classes.pop() if len(classes) == 1 else "total"


def _assign_roles(
    text: str, s: Sentence, group: _Group, verbs, g: ClauseGrammar, hit_counts: list[int]
) -> None:
    """The group's roles by the verbs around it; ``hit_counts``: where the sentence's counts of
    locations hit start."""
    has_location_hits = bool(hit_counts)
    if len(group.mentions) == 1 and group.mentions[0].roles:
        # a bare count took its verb already ("112 were neutralised")
        group.roles = list(group.mentions[0].roles)
        if group.roles[0] in ("destroyed", "suppressed") and g.split_with_verbs(text, group.end, s.end):
            group.roles = []
        return
    if none_of(text, s, group.start, g):
        return  # "None of the three missiles was downed": the three counted before; none downed
    right, had_aux, verb_end = _role_after(text, group.end, s.end, g)
    left = _role_before(text, group.start, verbs, g)
    if g.negated_verb is not None and g.negated_verb.match(text, group.end, s.end):
        return  # "…; ракету не збито": no fate from a verb before it
    if right == "hit" and left is not None and has_location_hits and "," in text[group.end : verb_end]:
        right = None  # "Збито 90 дронів, влучання зафіксовано на 7 локаціях": the hits are the places'
    if g.preposition.search(text, max(s.start, group.start - 12), group.start):
        left = "launched"
        group.from_preposition = True
    # "found their targets", "struck 14 locations": an outcome count, not how many were launched
    if right == "hit" and g.outcome.search(text, group.end, min(s.end, verb_end + 40)) is not None:
        group.hit_outcome = True
    if right == "destroyed" and not had_aux and g.verb_object.match(text, verb_end):
        right = "hit"  # "a drone destroyed a house": the weapon acting, not being shot down
        group.hit_outcome = False
    if right is not None and not had_aux and _has_own_count(text, verb_end, s, g):
        right = "hit" if right == "hit" and has_location_hits else None  # "збито 10"; not "hit 11 sites"
    if right is None and left is None and _whole_before(text, s, group.start, g):
        left = "launched"  # "Of the 160 drones, 131 were neutralised"
    relative = g.relative_after(text, group.end)  # (", якими противник бив по Сумах": as "випущені")
    if right == "launched" and (not had_aux or relative) and left in ("destroyed", "suppressed"):
        group.roles = [left, "implied_launched"]
    elif right is not None:
        group.roles = g.roles_with_relative_fate(left, right, text, group.end)
    elif left is not None:
        group.roles = [left]
    # "struck eight locations with 63 drones": the weapons that hit; not a count in another clause
    # than the locations' ("attacked with 112 drones; …, and 16 locations were hit")
    with_hits = group.from_preposition and any(
        g.clause_break.search(text, min(group.end, at), max(group.start, at)) is None for at in hit_counts
    )
    if has_location_hits and (with_hits or "hit" in group.roles):
        group.roles = ["hit"]
        group.hit_outcome = True
    # "112 neutralised: 74 shot down and 38 jammed": parts with verbs of their own carry the figures
    # (not "15 збито: 10 на Київщині, 5 …"; not "81 decoys — lost": a verb right after is the group's)
    split = g.split_with_verbs(text, group.end, s.end) or (
        # "знешкодили 72 дрони, з них 51 збито, 21 – локаційно втрачені": shot down and lost
        g.split_of_them is not None
        and g.split_of_them.match(text, group.end)
        and any(v.lastgroup == "suppressed" for v in g.verbs_in(text, group.end, s.end))
    )
    if right is None and split and any(r in ("destroyed", "suppressed") for r in group.roles):
        group.roles = []


def _has_own_count(text: str, pos: int, s: Sentence, g: ClauseGrammar) -> bool:
    rest = text[pos : s.end]
    start = pos + len(rest) - len(rest.lstrip())
    return any(q.start == start for q in find_quantities(text, s.start, s.end, g.language.code))


def _mention_role(m: Mention, group: _Group) -> str:
    if m.partitive == "whole":
        return "launched"
    if m.partitive == "part":
        role = group.roles[0] if group.roles else "destroyed"
        return "destroyed" if role in ("launched", "implied_launched", "hit") else role
    return group.roles[0] if group.roles else ""


def _field_of(role: str, weapon_class: str) -> str:
    """The record field a count of this role and class would fill, or what it counted."""
    if role in ("suppressed", "returned"):
        return role
    if not role:
        return f"{weapon_class} count"
    stage = "destroyed" if role == "destroyed" else "launched"  # a hit or implied launch counts launched
    return ROLE_FIELDS.get((stage, weapon_class), f"{weapon_class} count")


def _group_candidates(group: _Group, index: int, findings: ClauseFindings, seen_singular: set[str]) -> None:
    sums: dict[tuple[str, str], list[Mention]] = {}
    # "all 18 missiles and nine drones were shot down": the "all" covers the list it opens
    all_of_list = group.mentions[0].all_n and all(
        m.value is not None and m.partitive is None and not m.singular for m in group.mentions
    )
    for m in group.mentions:
        if m.value is None:
            if m.implausible:
                what = _field_of(_mention_role(m, group), m.weapon_class)
                findings.implausible.append((what, m.start, m.end, index))
            if m.all_of_class and "destroyed" in group.roles:
                findings.all_destroyed.setdefault(m.weapon_class, (m.start, m.end, index))
            continue
        if m.singular:
            if m.weapon_class in seen_singular:
                continue
            seen_singular.add(m.weapon_class)
        role = _mention_role(m, group)
        roles = [role]
        if (all_of_list or all_n_is_whole(m, group.mentions)) and role == "destroyed":
            roles = ["launched", "destroyed"]  # "all 14 drones were shot down", "both missiles were downed"
        elif m.partitive is None and len(group.roles) > 1:
            roles = group.roles
        for r in roles:
            sums.setdefault((r, m.weapon_class), []).append(m)
    for (role, cls), members in sums.items():
        if cls not in COUNTED_CLASSES:
            continue
        value = sum(m.value or 0 for m in members)
        bound = next((m.bound for m in members if m.bound), None)
        start, end = members[0].start, members[-1].end
        singular = all(m.singular for m in members)
        base = SINGULAR if singular else EXACT
        if role == "hit" and not singular and bound is None:
            findings.note_hit(cls, value, start, end, index)  # the record's hits by class
        if role in ("launched", "destroyed"):
            findings.add(ROLE_FIELDS[(role, cls)], value, bound, base, start, end, index, singular)
        elif role == "implied_launched":
            findings.add(ROLE_FIELDS[("launched", cls)], value, bound, IMPLIED, start, end, index)
        elif role == "hit" and not group.hit_outcome:
            findings.add(
                ROLE_FIELDS[("launched", cls)],
                value,
                bound,
                HIT_FALLBACK + base,
                start,
                end,
                index,
                singular,
            )
            findings.candidates[-1].from_hit = True
        elif role == "suppressed":
            findings.add("suppressed", value, bound, base, start, end, index)
        elif role == "returned":
            findings.add("returned", value, bound, base, start, end, index)


def _subset_candidates(group: _Group, index: int, findings: ClauseFindings, sentence_candidates) -> None:
    """'550 drones and missiles, including 11 missiles': the parts of a total."""
    parent = group.subset_of
    if parent is None or parent.weapon_class != "total" or parent.value is None:
        return
    role = "destroyed" if parent.partitive == "part" else None
    if role is None:
        # the parent group's role was recorded on its candidates; re-derive from the fields
        matches = [c for c in sentence_candidates if c.start == parent.start]
        role = (
            "destroyed"
            if any(c.field.endswith("_destroyed") for c in matches)
            else ("launched" if any(c.field.endswith("_launched") for c in matches) else None)
        )
    if role is None:
        return
    per_class: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in group.mentions:
        if m.value is None or m.weapon_class not in ("drone", "missile"):
            continue
        per_class[m.weapon_class] = per_class.get(m.weapon_class, 0) + m.value
        first = spans.get(m.weapon_class, (m.start, m.end))
        spans[m.weapon_class] = (first[0], m.end)
    bound = parent.bound
    # "85 weapons, including 9 guided bombs": SCHEMA's totals are drones and missiles only
    bombs = sum(m.value or 0 for m in group.mentions if m.weapon_class == "guided_bomb")
    whole = parent.value
    if bombs and bombs < whole:
        whole -= bombs
        for c in sentence_candidates:
            if c.start == parent.start and c.field == f"total_{role}" and c.value == parent.value:
                c.value = whole
    for cls, value in per_class.items():
        findings.add(ROLE_FIELDS[(role, cls)], value, None, EXACT, *spans[cls], index)
    if len(per_class) == 1 and bound is None:
        ((cls, value),) = per_class.items()
        other = "drone" if cls == "missile" else "missile"
        if whole > value:
            findings.add(
                ROLE_FIELDS[(role, other)],
                whole - value,
                None,
                DERIVED,
                parent.start,
                group.end,
                index,
            )


def analyse(
    text: str,
    sentences: list[Sentence],
    in_scope: list[int],
    code: str = "en",
    words: list[str] | None = None,
) -> ClauseFindings:
    findings = ClauseFindings()
    if words is None:
        words = sentence_words(sentences)
    g = grammar(code)
    list_role: str | None = None
    list_items: dict[str, Candidate] = {}  # field -> the list's running sum
    low = lowered(text)
    low = text.lower() if low is None else low
    may_correct = any(trigger in low for trigger in g.correction_triggers)
    # most reports hold none of the barrage words' anchors anywhere: one look at the whole text
    if g.barrage is not None and may_match(g.barrage, text):
        # (and in a sentence that holds none, the pattern, which opens with a word boundary, is not searched)
        findings.barrage = any(
            may_match(g.barrage, text, sentences[i].start, sentences[i].end)
            and g.names_barrage(text, sentences[i].start, sentences[i].end)
            for i in in_scope
        )
    for i in in_scope:
        s = sentences[i]
        first = len(findings.candidates)
        analyse_sentence(text, s, i, findings, code, words[i], list_role)
        # a correction changes a figure counted before; most reports have no word of one at all
        if may_correct and findings.candidates and has_words(words[i], g.correction_triggers):
            apply_corrections(text, s, i, findings, first, g)
        if list_role is not None and finds_none(g.verbs, text, s.start, s.end):
            # Each item of a list ("9 cruise missiles;" / "4 ballistic missiles.") adds to its field.
            kept = []
            for candidate in findings.candidates[first:]:
                total = list_items.get(candidate.field)
                if total is None:
                    list_items[candidate.field] = candidate
                    kept.append(candidate)
                else:
                    total.value += candidate.value
                    total.end = candidate.end
            findings.candidates[first:] = kept
        else:
            list_role = None
            list_items = {}
        heading = list_heading_role(text, s, g)
        if heading is not None:
            list_role, list_items = heading, {}
    inherit_scopes(text, sentences, findings.candidates, code)
    return findings
