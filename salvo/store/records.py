"""The store's values: the record's fields an analyst may correct, identities of reports, the
typed results the store returns (NewReport, SavedReport, Correction, ReportDetail) and the checks
on an analyst's values. No SQL here: salvo.store.schema and salvo.store.database hold it."""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from extract.report import NUMERIC_FIELDS
from salvo.vocabulary import FAMILIES

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "var" / "salvo.sqlite"

# Figures of the record (SCHEMA.md) that an analyst may correct, and their kinds.
COUNT_FIELDS = NUMERIC_FIELDS  # the record's figures, as extract defines them
LIST_FIELDS = ("oblasts", "cities")
RECORD_FIELDS = ("is_attack_report", "attack_date", *COUNT_FIELDS, *LIST_FIELDS)
FAMILY_FIELDS = tuple(f"{family}_{kind}" for family in FAMILIES for kind in ("launched", "destroyed"))
# Weapons told as having hit, by class and by family (salvo.consolidate carries them to the night):
# a record's ``hits_by_class`` key (the extractor's classes, or a family) -> the night's column.
HIT_CLASS_FIELDS = {"drone": "drones_hit", "missile": "missiles_hit", "total": "total_hit"}
HIT_FAMILY_FIELDS = tuple(f"{family}_hit" for family in FAMILIES)
HIT_FIELDS = (*HIT_CLASS_FIELDS.values(), *HIT_FAMILY_FIELDS)
HIT_KEYS = {**HIT_CLASS_FIELDS, **{family: f"{family}_hit" for family in FAMILIES}}
ATTACK_CORRECTABLE = (*COUNT_FIELDS, *FAMILY_FIELDS, *HIT_FIELDS, *LIST_FIELDS)
# No night has seen more than a few thousand weapons; a figure above this is a misreading (the
# extractor's own bound, extract.numbers.MAX_PLAUSIBLE). Every way into the store keeps to it.
PLAUSIBLE_MAX = 100_000
WEAPON_COUNT_KEYS = ("launched", "count", "number", "destroyed")  # as consolidate reads a weapons item


def plausible_figure(value: Any) -> int | None:
    """A figure as a whole number from 0 to PLAUSIBLE_MAX, or None when it is anything else
    (too big, infinite, negative, fractional, not a number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int) and 0 <= value <= PLAUSIBLE_MAX:
        return value
    return None


def bound_figures(record: dict[str, Any]) -> dict[str, Any]:
    """The record with every figure it carries (the counts, the family and hit figures, each
    weapons item's counts) plausible: any other is null, with a note in the record's ``uncertain`` list
    as the extractor writes them. A record that needs no change is returned as it is."""
    notes: list[str] = []

    def checked(where: str, value: Any) -> Any:
        if value is None or plausible_figure(value) is not None:
            return value
        notes.append(f"{where}: {str(value)[:40]} is not a figure from 0 to {PLAUSIBLE_MAX:,}: "
                     "no figure taken")
        return None

    bounded = dict(record)
    for name in (*COUNT_FIELDS, *FAMILY_FIELDS, *HIT_FIELDS):
        if name in bounded:
            bounded[name] = checked(name, bounded[name])
    hits = bounded.get("hits_by_class")
    if isinstance(hits, dict):
        bounded["hits_by_class"] = {key: checked(f"hits_by_class.{key}", value)
                                    for key, value in hits.items()}
    weapons = bounded.get("weapons")
    if isinstance(weapons, list):
        bounded["weapons"] = [
            {key: checked(f"weapons[{index}].{key}", value) if key in WEAPON_COUNT_KEYS else value
             for key, value in item.items()} if isinstance(item, dict) else item
            for index, item in enumerate(weapons)
        ]
    if not notes:
        return record
    earlier = bounded.get("uncertain")
    bounded["uncertain"] = [*(earlier if isinstance(earlier, list) else []), *notes]
    return bounded


# No source Salvo reads tells of an earlier night: the extractor reads no year before 2020 and the
# official series begins in 2022. An earlier one is a typing slip ("1025" for "2025") that would
# stretch every chart's axis and the Overview's coverage over centuries.
EARLIEST_NIGHT = date(2020, 1, 1)


def night_out_of_range(night: date, today: date, earliest: date | None = EARLIEST_NIGHT) -> str | None:
    """Why ``night`` cannot be an attack night when read on ``today``, or None when it can be:
    after the day after ``today`` (the one day of slack covers Kyiv's clock running ahead of
    UTC's; a night still to come would stand as the archive's latest), or before ``earliest``
    (None: no bound on the past)."""
    if night > today + timedelta(days=1):
        return f"{night.isoformat()} is after the day it was read ({today.isoformat()})"
    if earliest is not None and night < earliest:
        return (f"{night.isoformat()} is before {earliest.isoformat()}, earlier than any night "
                "Salvo's sources tell of")
    return None


def bound_attack_date(record: dict[str, Any], today: date) -> dict[str, Any]:
    """The record with its attack night null, and a note in ``uncertain``, when that night is
    after ``today`` and the day after it (`night_out_of_range`): no report tells of a night still
    to come, so a "5 March 2099" is a misreading or a typing slip. The past is left to the
    extractor's date grammar. A record that needs no change is returned as it is."""
    night = parse_date(record.get("attack_date"))
    problem = night_out_of_range(night, today, earliest=None) if night is not None else None
    if problem is None:
        return record
    earlier = record.get("uncertain")
    return {
        **record,
        "attack_date": None,
        "uncertain": [*(earlier if isinstance(earlier, list) else []),
                      f"attack_date: {problem}: no night taken"],
    }


def database_url() -> str:
    """The store's URL: ``SALVO_DATABASE_URL`` or the SQLite file under var/."""
    return os.environ.get("SALVO_DATABASE_URL") or f"sqlite:///{DEFAULT_SQLITE_PATH}"


# Unicode's bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a
# report's text, title, outlet or address holding one is shown reversed ("\u202eecroF riA" reads
# "Air Force": a wire item posing as the Air Force) and drags the rest of its line, the page's
# own words included, along. No report needs them: ingest stores each as U+FFFD, one character
# for one, so the text keeps its length (evidence offsets hold) and a reader sees that something
# was there. Migration 8 did the same to the reports stored before.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], "\ufffd")


def without_bidi_controls(value: str | None) -> str | None:
    """``value`` with every bidirectional embedding, override or isolate as U+FFFD."""
    return value.translate(BIDI_CONTROLS) if isinstance(value, str) else value


def content_hash(text: str) -> str:
    """Identity of a report's text: whitespace-normalised, so re-saved copies are one report, and
    with bidirectional controls as U+FFFD, as ingest stores them (`without_bidi_controls`), so a
    copy that still holds them is the same report too."""
    normalised = " ".join(without_bidi_controls(text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def record_hash(record: dict[str, Any], source: str | None) -> str:
    """Identity of a report that comes as facts without text (curated or official rows)."""
    canonical = json.dumps(
        {"source": source, "record": record}, sort_keys=True, ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def utcnow() -> datetime:
    return datetime.now(UTC)


class StoreError(ValueError):
    """A request the store refuses (unknown report, invalid correction …); nothing was written."""


@dataclass(frozen=True)
class NewReport:
    """What is known of a report before it is stored."""

    text: str | None
    kind: str = "text"
    source_url: str | None = None
    source_path: str | None = None
    outlet: str | None = None
    source_type: str = "outlet"
    published: date | None = None
    language: str | None = None
    title: str | None = None
    external_id: str | None = None

    def identity(self, record: dict[str, Any]) -> str:
        """Text reports are their text; reports without text are their stable external id
        (a corpus id, a dataset night), so a revised record of theirs is a new extraction."""
        if self.text:
            return content_hash(self.text)
        if self.external_id:
            return hashlib.sha256(f"external:{self.kind}:{self.external_id}".encode()).hexdigest()
        return record_hash(record, self.source_url)


@dataclass(frozen=True)
class SavedReport:
    report_id: int
    created: bool  # a new report
    re_extracted: bool  # an existing report got a record from another extractor version
    attack_dates: tuple[date, ...]  # nights whose consolidation this save may change


@dataclass(kw_only=True)
class SaveTally:
    """What an ingest's saves did, counted the one way every ingest counts them (files and text,
    the shipped data, the live sync, the official import) for the CLI, the Ingest page and the
    import runs. Each ingest's summary is a SaveTally with its own details beside."""

    added: int = 0  # reports new to the store
    # stored reports given a new record: another extractor version, an edited post, a newer release
    revised: int = 0
    unchanged: int = 0  # reports found stored as they are

    def count(self, saved: SavedReport | None) -> None:
        """Count one report; None: found stored as it is before any save was tried."""
        if saved is not None and saved.created:
            self.added += 1
        elif saved is not None and saved.re_extracted:
            self.revised += 1
        else:
            self.unchanged += 1

    def add(self, other: SaveTally) -> None:
        """Take another tally's counts into this one (files uploaded together, a pass's sources)."""
        self.added += other.added
        self.revised += other.revised
        self.unchanged += other.unchanged

    @property
    def stored(self) -> int:
        """Reports written (added or revised): what an import run records as added."""
        return self.added + self.revised


@dataclass
class Correction:
    id: int
    target: str
    report_id: int | None
    attack_date: date | None
    field: str
    old_value: Any
    new_value: Any
    reason: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class Annotation:
    """An editor's dated note: what happened or changed on ``night``, who wrote it and when."""

    id: int
    night: date
    text: str
    author: str
    created_at: datetime


ANNOTATION_MAX_LENGTH = 500  # a note, not an article: it is a chart's hover and an export's cell


def annotation_values(night: Any, text: str, author: str) -> tuple[date, str, str]:
    """The checked values of a new annotation, or a StoreError saying what is wrong."""
    day = parse_date(night)
    if day is None:
        raise StoreError(f"an annotation needs a date (YYYY-MM-DD), not {str(night)[:40]!r}")
    problem = night_out_of_range(day, utcnow().date())  # the Timeline's axis would run to it
    if problem:
        raise StoreError(f"an annotation's day cannot be set: {problem}")
    text = " ".join((text or "").split())  # one line: it is a hover label and a cell
    author = (author or "").strip()
    if not text:
        raise StoreError("an annotation needs a text")
    if len(text) > ANNOTATION_MAX_LENGTH:
        raise StoreError(f"an annotation is at most {ANNOTATION_MAX_LENGTH} characters ({len(text)} given)")
    if not author:
        raise StoreError("an annotation needs an author")
    return day, text, author


@dataclass
class ReportDetail:
    """One report as a page shows it: metadata, text, the effective record and its history."""

    id: int
    kind: str
    outlet: str | None
    source_type: str
    source_url: str | None
    source_path: str | None
    published: date | None
    language: str | None
    title: str | None
    text: str | None
    ingested_at: datetime
    extractor_version: str
    record: dict[str, Any]  # effective: extraction + corrections
    extracted_record: dict[str, Any]  # as the extractor returned it
    corrections: list[Correction] = field(default_factory=list)
    ingested_by: str | None = None  # the author of the import run that first stored it

    @property
    def evidence(self) -> dict[str, Any]:
        """Per-field evidence the extractor gave (character spans, sentences), if any."""
        return self.extracted_record.get("evidence") or {}

    @property
    def attack_date(self) -> date | None:
        return parse_date(self.record.get("attack_date"))


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def validate_field_value(field_name: str, value: Any, allowed: Iterable[str]) -> Any:
    """Check an analyst's value for a field; returns it normalised or raises StoreError."""
    if field_name not in allowed:
        raise StoreError(f"cannot correct unknown field {field_name!r}")
    if value is None:
        return None
    if field_name in LIST_FIELDS:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(";")]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise StoreError(f"{field_name} takes a list of names")
        return [v.strip() for v in value if v.strip()]
    if field_name == "attack_date":
        parsed = parse_date(value)
        if parsed is None:
            raise StoreError(f"attack_date must be a date (YYYY-MM-DD), got {value!r}")
        problem = night_out_of_range(parsed, utcnow().date())
        if problem:
            raise StoreError(f"attack_date: {problem}")
        return parsed.isoformat()
    if field_name == "is_attack_report":
        if not isinstance(value, bool):
            raise StoreError("is_attack_report takes true or false")
        return value
    if isinstance(value, bool):
        raise StoreError(f"{field_name} takes a whole number")
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise StoreError(f"{field_name} takes a whole number, got {value!r}") from None
    if number != value and str(number) != str(value).strip():
        raise StoreError(f"{field_name} takes a whole number, got {value!r}")
    if number < 0:
        raise StoreError(f"{field_name} cannot be negative")
    if number > PLAUSIBLE_MAX:
        raise StoreError(f"{field_name} cannot be above {PLAUSIBLE_MAX:,} (no night has come near it)")
    return number


def require_reason(reason: str, author: str) -> tuple[str, str]:
    reason = (reason or "").strip()
    author = (author or "").strip()
    if not reason:
        raise StoreError("a correction needs a reason")
    if not author:
        raise StoreError("a correction needs an author")
    return reason, author


def correction_from_row(row: Any) -> Correction:
    return Correction(
        id=row["id"],
        target=row["target"],
        report_id=row["report_id"],
        attack_date=row["attack_date"],
        field=row["field"],
        old_value=row["old_value"],
        new_value=row["new_value"],
        reason=row["reason"],
        author=row["author"],
        created_at=row["created_at"],
    )


def apply_corrections(record: dict[str, Any], report_corrections: list[Correction]) -> dict[str, Any]:
    """The record with each corrected field set to its latest correction."""
    if not report_corrections:
        return record
    corrected = dict(record)
    for correction in report_corrections:  # oldest first: the latest wins
        corrected[correction.field] = correction.new_value
    return corrected
