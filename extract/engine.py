"""extract_report: one report's text in, one :class:`Report` out.

The steps, each its own module: sentences (text), scope (background and foreign sentences set
aside), attack date (dates), weapon figures (weapons + clauses + figures), casualties, places
(the places module), relevance. Nothing here raises on any ``str``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extract.attacked_lists import attacked_list_places
from extract.casualty_paragraphs import find_casualties
from extract.clauses import analyse
from extract.dates import (
    AttackDate,
    conflicts_with,
    has_dates,
    resolve_attack_date,
)
from extract.day_headings import under_other_day_headings
from extract.debris_places import debris_only_places
from extract.definite_models import add_definite_model_downed
from extract.earlier_reports import continue_earlier_reports
from extract.figures import FIGURE_FIELDS, Figures, resolve
from extract.gazetteer import gazetteer
from extract.invisible import point_to_original, prepare
from extract.lang import detect_language
from extract.launch_areas import find_launch_areas
from extract.lone_weapon import add_definite_singulars, add_lone_launch
from extract.name_case import capitalised_place_names
from extract.named_models import add_named_models
from extract.night_runs import earlier_night_of_a_run
from extract.none_downed import add_counted_none_downed
from extract.numbers import MAX_PLAUSIBLE
from extract.partitive_lists import add_listed_wholes
from extract.past_nights import past_nights
from extract.place_names import find_places, report_memo
from extract.places import place_findings, sentence_places, struck_places
from extract.published import implausible_night, parse_published
from extract.relevance import (
    ground_fire_only,
    is_attack_report,
    names_night_attack,
    names_weapon_or_attacker,
    shelling_in_gun_range,
)
from extract.remainder import note_remainder_lost
from extract.report import (
    CASUALTY_FIELDS,
    STATEMENT_FIELDS,
    WEAPON_COUNT_FIELDS,
    Evidence,
    Report,
    WeaponCount,
)
from extract.scope import Scope, find_scope, paragraph_ids
from extract.text import Sentence, split_sentences
from extract.this_night import turns_to_this_night
from extract.verbless_parts import add_verbless_parts
from extract.wave_counts import add_wave_totals
from extract.words import sentence_words

# A list item's marker at the start of a line ("- ", "• "): a bulleted list of older events.
_BULLET = re.compile(r"[ \t]*([-–—•▪*])[ \t]+")

# Figures, dates and casualties are read from the first this-many characters. The longest news
# stories are a few tens of thousands; past this a "report" is a dump, and the cap keeps hostile
# megabytes linear and quick. The record says when it applied (``truncated``).
MAX_ANALYSED_CHARS = 100_000


def extract_report(text: str, published: date | str | None = None, today: date | None = None) -> Report:
    """The record of one report. ``published`` (a date or "YYYY-MM-DD") resolves relative dates.
    ``today``, the day the report is read, bounds its night from above as the publication does
    (extract.published.implausible_night); the extractor never reads the clock itself, so a caller
    that reads reports as they come passes today's date, and with None only the publication
    bounds the night."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    prepared = prepare(text)
    # the same length: the prepared offsets still hold (most texts come back as they were)
    capitalised = capitalised_place_names(prepared.text)
    if capitalised is not prepared.text:
        prepared = replace(prepared, text=capitalised)
    with report_memo():
        report = _extract(prepared.text, published, today)
    point_to_original(report, prepared, text)
    return report


def _extract(text: str, published: date | str | None, today: date | None) -> Report:
    language = detect_language(text)
    all_sentences = split_sentences(text)
    sentences = [s for s in all_sentences if s.start < MAX_ANALYSED_CHARS]
    words = sentence_words(sentences)
    scope = find_scope(text, sentences, language, words)
    paragraphs = paragraph_ids(text, sentences)
    earlier_night_of_a_run(text, sentences, paragraphs, scope, language, words)
    for i in past_nights(text, sentences, scope.in_scope(len(sentences)), language, words):
        scope.background[i] = "a paragraph's list of past nights"
    published_date = parse_published(published)
    attack = resolve_attack_date(
        text, sentences, scope.in_scope(len(sentences)), published_date, language, words
    )
    other_month: set[int] = set()
    dated_paragraph = -1
    dated_bullet: str | None = None  # the marker of a bulleted list whose item is dated to another day
    for i in scope.in_scope(len(sentences)):
        conflict = conflicts_with(text, sentences[i], attack, language, words[i], published_date)
        bullet = _BULLET.match(sentences[i].text)
        opens_paragraph = i == 0 or paragraphs[i - 1] != paragraphs[i]
        if opens_paragraph and (bullet is None or bullet.group(1) != dated_bullet):
            dated_bullet = None  # the list ended
        if conflict == "aside":
            # a remark's date ("On June 2, Zelensky urged …"): the paragraph's next sentences may
            # tell of the night reported ("Overnight, Russia launched …")
            scope.background[i] = "a remark dated to another day"
        elif conflict == "day":
            scope.background[i] = "dated to another day"
            dated_paragraph = paragraphs[i]
            dated_bullet = bullet.group(1) if bullet and opens_paragraph else None
        elif paragraphs[i] == dated_paragraph and turns_to_this_night(sentences[i].text, language):
            dated_paragraph = -1  # "In the latest attack, one man was killed": this night again
        elif paragraphs[i] == dated_paragraph and not has_dates(text, sentences[i], language, words[i]):
            scope.background[i] = "continues a paragraph dated to another day"
        elif (
            opens_paragraph
            and bullet is not None
            and bullet.group(1) == dated_bullet
            and not has_dates(text, sentences[i], language, words[i])
        ):
            # "- On the night of 22 October …" / "- Two people were killed …": the items of a
            # list that opened on another night are of that night
            scope.background[i] = "continues a list dated to another day"
            dated_paragraph = paragraphs[i]
        elif conflict == "month":
            other_month.add(i)  # a comparison with an older attack: its casualties are not this one's
    under_other_day_headings(text, sentences, scope, language, words)
    _between_other_days(text, sentences, scope, paragraphs, language, words)
    continue_earlier_reports(text, sentences, paragraphs, scope, attack, language, words)
    in_scope = scope.in_scope(len(sentences))

    report = Report(
        language=language, attack_date=attack.value, truncated=len(sentences) < len(all_sentences)
    )
    # The bound comes after the scoping above, which still reads the story's other days against
    # the night it names: only the record's date is withheld, its figures are kept.
    doubt = None if attack.value is None else implausible_night(
        attack.value, published_date, today
    )
    if doubt is None:
        _record_date(report, text, sentences, attack)
    else:
        report.attack_date = None
        report.uncertain.append(doubt)
    findings = analyse(text, sentences, in_scope, language, words)
    add_lone_launch(findings, text, sentences, language)
    add_definite_singulars(findings, text, sentences, in_scope, language)
    add_counted_none_downed(findings, text, sentences, in_scope, language)
    add_definite_model_downed(findings, text, sentences, in_scope, language)
    add_listed_wholes(findings, text, sentences, language)
    note_remainder_lost(findings, text, sentences, in_scope, language)
    add_verbless_parts(findings, text, sentences, in_scope, language)
    add_wave_totals(findings, text, sentences, in_scope, language, words)
    figures = resolve(findings)
    _record_figures(report, text, sentences, figures)
    _record_weapons(report, findings)
    add_named_models(report, text, sentences, in_scope, language, words)
    report.hits_by_class = {cls: hit[0] for cls, hit in findings.hits.items()}
    casualties = find_casualties(
        text, sentences, [i for i in in_scope if i not in other_month], language, words
    )
    told = casualties.values.get("killed") or casualties.values.get("injured") or report.hit_locations
    tied = _record_places(report, text, sentences, scope, language, words, bool(told))
    # where the weapons came from: foreign sentences too ("з напрямків: Курськ" names Russia)
    report.launch_areas = find_launch_areas(
        text, sentences, [i for i in range(len(sentences)) if i not in scope.background], language, words
    )
    _record_casualties(report, text, sentences, casualties, tied)
    _record_uncertain(report, text, [*findings.implausible, *casualties.implausible])
    for name, start, end, why in figures.doubts:
        report.uncertain.append(f'{name}: "{text[start:end]}" is {why}: no figure taken')
    has_figures = any(getattr(report, name) for name in (*WEAPON_COUNT_FIELDS, "hit_locations"))
    has_casualties = bool(report.killed or report.injured)
    report.is_attack_report = is_attack_report(
        has_figures,
        has_casualties,
        bool(report.oblasts or report.cities),
        names_weapon_or_attacker(words, in_scope, language)
        or (bool(report.oblasts or report.cities) and names_night_attack(sentences, in_scope, language)),
        ground_fire_only(sentences, words, in_scope, language)
        or shelling_in_gun_range(sentences, words, in_scope, (report.oblasts, report.cities), language),
    )
    return report


def _between_other_days(
    text: str,
    sentences: list[Sentence],
    scope,
    paragraphs: list[int],
    language: str,
    words: list[str],
) -> None:
    """A paragraph with no date of its own between two paragraphs dated to other days ("Overnight
    into March 22, …" / "In Zaporizhzhia, three died …" / "Overnight into March 23, …") belongs to
    that run of earlier nights."""
    other_day = {
        paragraphs[i] for i, why in scope.background.items() if why == "dated to another day"
    }
    if len(other_day) < 2:
        return
    dated = set(other_day)
    for i in scope.in_scope(len(sentences)):
        if has_dates(text, sentences[i], language, words[i]):
            dated.add(paragraphs[i])
    order = sorted(dated)
    for i in scope.in_scope(len(sentences)):
        paragraph = paragraphs[i]
        if paragraph in dated:
            continue
        before = [p for p in order if p < paragraph]
        after = [p for p in order if p > paragraph]
        if before and after and before[-1] in other_day and after[0] in other_day:
            scope.background[i] = "between paragraphs dated to other days"


def _sentence(sentences: list[Sentence], index: int | None) -> Sentence | None:
    return sentences[index] if index is not None and 0 <= index < len(sentences) else None


def _sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.start <= pos < s.end:
            return s
    return None


def _record_date(report: Report, text: str, sentences: list[Sentence], attack: AttackDate) -> None:
    if attack.value is None:
        return
    if attack.start is not None and attack.end is not None:
        report.evidence["attack_date"] = Evidence.of(
            text, attack.start, attack.end, _sentence_at(sentences, attack.start)
        )
    else:
        report.evidence["attack_date"] = Evidence.of(
            text, 0, 0, None, "publication date (no other time word)"
        )


def _record_figures(report: Report, text: str, sentences: list[Sentence], figures: Figures) -> None:
    for name in FIGURE_FIELDS:
        figure = figures.values.get(name)
        if figure is None:
            continue
        setattr(report, name, figure.value)
        if figure.bound:
            report.bounds[name] = figure.bound
        if figure.scope is not None and figure.scope_firm and name in STATEMENT_FIELDS:
            report.scopes[name] = _scope_entry(figure.scope)
        report.evidence[name] = Evidence.of(
            text, figure.start, figure.end, _sentence(sentences, figure.sentence), figure.derived
        )


def _scope_entry(place: str) -> dict[str, str | None]:
    """A figure's scope as salvo.consolidate reads it: {"scope": "regional"|"local", "place"}."""
    if place == "the region":
        return {"scope": "regional", "place": None}
    oblast = gazetteer().oblast(place)
    return {"scope": "regional" if oblast is not None and oblast.name == place else "local", "place": place}


def _record_weapons(report: Report, findings) -> None:
    by_model: dict[str, WeaponCount] = {}
    for mention, role, _ in findings.weapons:
        entry = by_model.setdefault(
            mention.model, WeaponCount(mention.model, mention.family, mention.weapon_class)
        )
        if mention.value is None:
            continue
        if role == "launched" and entry.launched is None:
            entry.launched = mention.value
        elif role == "destroyed" and entry.destroyed is None:
            entry.destroyed = mention.value
    report.weapons = list(by_model.values())


def _record_places(
    report: Report,
    text: str,
    sentences: list[Sentence],
    scope: Scope,
    language: str,
    words: list[str],
    impact_told: bool,
) -> dict[int, str]:
    """Records the struck places; answers the one place each impact sentence is about.
    ``impact_told``: the report gives casualties or hit locations (then, with no place struck, a
    list of places told as attacked stands for the attack's places)."""
    skip = scope.skipped()
    struck = struck_places(text, sentences, skip=skip, language=language, words=words,
                           this_night_words=scope.evening_ledes)
    if not struck and impact_told:
        struck = attacked_list_places(text, sentences, skip, language)
    findings = place_findings(struck)
    oblasts: list[str] = []
    oblast_evidence: list[Evidence] = []
    for place in findings.oblasts:
        if place.name not in oblasts:
            oblasts.append(place.name)
            oblast_evidence.append(
                Evidence.of(text, place.start, place.end, _sentence_at(sentences, place.start))
            )
    cities: list[str] = []
    city_evidence: list[Evidence] = []
    for place in findings.cities:
        if place.name in cities:
            continue
        cities.append(place.name)
        city_evidence.append(Evidence.of(text, place.start, place.end, _sentence_at(sentences, place.start)))
        if place.oblast and place.oblast not in oblasts:  # a struck city adds its oblast
            oblasts.append(place.oblast)
            oblast_evidence.append(
                Evidence.of(
                    text,
                    place.start,
                    place.end,
                    _sentence_at(sentences, place.start),
                    f"oblast of {place.name}",
                )
            )
    report.oblasts, report.cities = oblasts, cities
    debris = set(debris_only_places(text, struck, sentences, language))
    report.debris_places = [place for place in (*cities, *oblasts) if place in debris]
    if oblast_evidence:
        report.evidence["oblasts"] = oblast_evidence
    if city_evidence:
        report.evidence["cities"] = city_evidence
    return sentence_places(text, sentences, struck, language)


def _record_casualties(
    report: Report, text: str, sentences: list[Sentence], result, tied: dict[int, str]
) -> None:
    by_place = {place: dict(kinds) for place, kinds in result.by_place.items()}
    # "In Poltava, a missile hit a block. One woman was injured.": a figure naming no place is the
    # place its sentence's impact is tied to (the largest such, as for named ones), unless the
    # text gives that place a figure of that kind by name
    for kind, value, index in result.unplaced:
        place = tied.get(index)
        if place is None or kind in result.by_place.get(place, {}):
            continue
        if value > by_place.get(place, {}).get(kind, -1):
            by_place.setdefault(place, {})[kind] = value
    # A map attributes these: a place the report does not tie to this attack's impact (shelled,
    # only near, another side's claim) gets no entry.
    impact = {*report.cities, *report.oblasts}
    report.casualties_by_place = {place: kinds for place, kinds in by_place.items() if place in impact}
    for kind in CASUALTY_FIELDS:
        value = result.values.get(kind)
        if value is None:
            continue
        setattr(report, kind, value)
        start, end, index = result.evidence[kind]
        report.evidence[kind] = Evidence.of(text, start, end, _sentence(sentences, index))
        if kind in result.bounds:
            report.bounds[kind] = result.bounds[kind]
    # "No casualties" covers the whole reported impact only when the impact is in one oblast, or
    # when it follows the sentence that lists every struck oblast ("Дніпропетровська, Сумська та
    # Київська області постраждали. Попередньо, без жертв.").
    # A statement about one kind ("Загиблих немає, троє людей отримали поранення") holds beside a
    # figure of the other kind; "no casualties" beside a figure is about some other place.
    had_figures = report.killed is not None or report.injured is not None
    for kind, start, end, index in result.no_casualty_statements:
        if kind == "nobody_hurt":
            kind = "injured" if had_figures else "both"
        if kind == "both" and had_figures:
            continue
        if len(report.oblasts) > 1 and not _covers_all_oblasts(report, sentences, index):
            continue
        kinds = CASUALTY_FIELDS if kind == "both" else (kind,)
        for k in kinds:
            if getattr(report, k) is None:
                setattr(report, k, 0)
                report.evidence[k] = Evidence.of(text, start, end, _sentence(sentences, index))


def _record_uncertain(report: Report, text: str, implausible: list[tuple[str, int, int, int]]) -> None:
    """A note for each amount over MAX_PLAUSIBLE that stood where a figure would, in text order."""
    for what, start, end, _ in sorted(implausible, key=lambda item: item[1]):
        note = f'{what}: "{text[start:end]}" is more than {MAX_PLAUSIBLE:,}: no figure taken'
        if note not in report.uncertain:
            report.uncertain.append(note)


def _covers_all_oblasts(report: Report, sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence at ``index`` names no place and the last sentence before it that
    names any names every oblast of the report."""
    if find_places(sentences[index].text):
        return False
    for previous in reversed(sentences[:index]):
        named = find_places(previous.text)
        if named:
            oblasts = {m.oblast if m.kind == "city" else m.name for m in named}
            return set(report.oblasts) <= oblasts
    return False
