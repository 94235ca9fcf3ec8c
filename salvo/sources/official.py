"""Importer of the official-statement dataset format.

The format (``missile_attacks_daily.csv`` + ``missiles_and_uavs.csv``, the "Massive Missile
Attacks on Ukraine" dataset): one row per weapon model per attack window, from a post of the
Air Force (``kpszsu/…``), of the General Staff, or of a regional air command (``PvKPivden/…``,
``pvkshid/…``). How rows become reports:

- A row's **night** is the date of its window's end (an 18:00 → 09:00 statement belongs to the
  morning date; a daytime window to its own date).
- A row's **scope** comes from its source: ``national`` (Air Force, General Staff, C-in-C,
  Defence Intelligence), ``regional`` (an air command or oblast administration — its figures
  are a subset of the national ones), or ``other`` (monitoring channels, unknown posts).
- Per night and scope the rows become ONE report: all national windows of the night add up
  (the overnight drones and the morning missiles are one statement's figures in the press:
  502 drones + 24 missiles), regional rows add up across commands. Consolidation uses a
  regional report only for a figure no other source gives, and then as a lower bound — so a
  news story's "502 drones" meets the national 502, never 502 plus the south's 6.
- Launch places (``launch_place``: "Primorsko-Akhtarsk and Chauda, Crimea and Kursk oblast") map
  to the canonical areas of data/launch_areas.csv (`launch_areas`); a place the table lacks
  ("south", "north-east") is kept as written under ``unmapped_launch_places``. A row's launches
  count for its area when the row names one area (``launched``), and as ``shared`` for each area
  of a row naming several: the dataset does not split a row between its directions.
- Models: Kaggle spellings and combined names map to a class and a family through
  `salvo.vocabulary.classify_model`. Guided bombs are kept per model but never counted as
  missiles.
"""

from __future__ import annotations

import ast
import io
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from extract.launch_areas import area_named
from extract.report import STATEMENT_FIELDS
from salvo import consolidate
from salvo.sources import ProgressCallback
from salvo.sources.outlets import find_official_channel
from salvo.store import NewReport, SavedReport, SaveTally, Store, bound_figures, night_out_of_range, utcnow
from salvo.vocabulary import (
    PARTIAL_SCOPES,
    SCOPE_NATIONAL,
    SCOPE_OTHER,
    SCOPE_REGIONAL,
    classify_model,
)

# 2: launch areas and the drone rows' breakdown (issue 18); a re-import adds them to stored nights
IMPORTER_VERSION = "official-csv/2"
COMBINED_NOTE = (
    "drones destroyed is one 'shot down/suppressed' figure; suppressed was not reported apart "
    "(the dataset's 0 is not a count)"
)
DATASET_NAME = "official statements dataset"
# A drone row's breakdown, kept on its model's entry (salvo.consolidate keeps them in `models`):
# how many of the launched were Shahed-type strike drones (the rest decoys and other types: the
# Air Force's "of them about N Shaheds"), and how many were jet drones launched and shot down.
DRONE_TYPE_COLUMNS = {"shahed_type": "is_shahed", "jet": "turbojet", "jet_destroyed": "turbojet_destroyed"}

# --- reading the CSV ----------------------------------------------------------------------------

OBLAST_NAMES = {
    "cherkasy": "Cherkasy Oblast",
    "chernihiv": "Chernihiv Oblast",
    "chernivtsi": "Chernivtsi Oblast",
    "dnipropetrovsk": "Dnipropetrovsk Oblast",
    "donetsk": "Donetsk Oblast",
    "ivano-frankivsk": "Ivano-Frankivsk Oblast",
    "kharkiv": "Kharkiv Oblast",
    "kherson": "Kherson Oblast",
    "khmelnytskyi": "Khmelnytskyi Oblast",
    "khmelnytsky": "Khmelnytskyi Oblast",
    "kirovohrad": "Kirovohrad Oblast",
    "kropyvnytskyi": "Kirovohrad Oblast",
    "kyiv": "Kyiv Oblast",
    "luhansk": "Luhansk Oblast",
    "lviv": "Lviv Oblast",
    "mykolaiv": "Mykolaiv Oblast",
    "odesa": "Odesa Oblast",
    "odessa": "Odesa Oblast",
    "poltava": "Poltava Oblast",
    "rivne": "Rivne Oblast",
    "sumy": "Sumy Oblast",
    "ternopil": "Ternopil Oblast",
    "vinnytsia": "Vinnytsia Oblast",
    "volyn": "Volyn Oblast",
    "lutsk": "Volyn Oblast",
    "zakarpattia": "Zakarpattia Oblast",
    "uzhhorod": "Zakarpattia Oblast",
    "zaporizhzhia": "Zaporizhzhia Oblast",
    "zhytomyr": "Zhytomyr Oblast",
    "kyiv city": "Kyiv City",
    "crimea": "Crimea",
    "sevastopol": "Sevastopol",
}


def canonical_oblast(name: str) -> str | None:
    """SCHEMA.md spelling of a dataset region ("Kyiv oblast", "Lutsk oblast") or None."""
    key = re.sub(r"\s+(oblast|region|obl\.?)$", "", name.strip().lower()).strip()
    return OBLAST_NAMES.get(key)


def parse_cell_literal(value: Any) -> Any:
    """A dict or list column ("{'south': 49, 'east': NaN}") as Python, NaN entries dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        parsed = ast.literal_eval(re.sub(r"\bNaN\b|\bnan\b", "None", text))
    except (ValueError, SyntaxError):
        return None
    if isinstance(parsed, dict):
        return {str(k): v for k, v in parsed.items() if v is not None}
    return parsed


def source_scope(source: Any) -> tuple[str, str, str]:
    """(scope, channel key, channel name) of a row's source post path or URL."""
    text = "" if source is None or (isinstance(source, float) and math.isnan(source)) else str(source).strip()
    path = re.sub(r"^https?://(www\.)?(t\.me|facebook\.com)/", "", text)
    channel = path.split("/")[0].lower()
    official = find_official_channel(channel)  # data/official_channels.csv gives the scope
    if official is not None:
        return official.scope, channel, official.outlet
    if channel.startswith("pvk") or channel.endswith("oda.gov.ua"):  # an air command or region not listed
        return SCOPE_REGIONAL, channel, channel
    return SCOPE_OTHER, channel or "unknown", channel or "unknown"


def window_night(time_start: Any, time_end: Any) -> date | None:
    """The attack night of a window: the date its end falls on (the start's if no end, or if the
    end is no calendar date: "2025-13-45" is a typing slip, not a reason to lose the file)."""
    for value in (time_end, time_start):
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
        if match:
            try:
                return date.fromisoformat(match.group(1))
            except ValueError:
                continue
    return None


def _number(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    # NaN is an empty cell; an infinite one ("1e400") is no count either, and cannot be summed to one.
    return number if math.isfinite(number) else None


class OfficialFormatError(ValueError):
    """The file is not in the official dataset's format."""


REQUIRED_COLUMNS = ("time_start", "time_end", "model", "launched", "destroyed", "source")


MAX_CSV_BYTES = 100_000_000


def _csv_input(source: Path | str | bytes, name: str | None = None) -> tuple[Any, str]:
    """A path, or bytes read elsewhere (checked for size and binary content), for pandas; and a
    name for messages (``name``, else the path, else "uploaded file")."""
    if isinstance(source, bytes):
        name = name or "uploaded file"
        if not source.strip():
            raise OfficialFormatError(f"{name}: the file is empty")
        if len(source) > MAX_CSV_BYTES:
            raise OfficialFormatError(f"{name}: the file is too big ({len(source):,} bytes)")
        if b"\x00" in source[:8192]:
            raise OfficialFormatError(f"{name}: the file is binary, not CSV")
        return io.BytesIO(source), name
    return source, name or str(source)


def read_daily_csv(source: Path | str | bytes, name: str | None = None) -> pd.DataFrame:
    """The daily file, checked for the columns the importer needs. Both schemas are accepted."""
    data, name = _csv_input(source, name)
    try:
        frame = pd.read_csv(data, dtype={"time_start": str, "time_end": str, "model": str, "source": str})
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError, ValueError) as error:
        raise OfficialFormatError(f"{name}: not a readable CSV ({error})") from error
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise OfficialFormatError(f"{name}: not the official dataset format; missing columns {missing}")
    return frame


def read_weapon_categories(source: Path | str | bytes | None, name: str | None = None) -> dict[str, str]:
    """Model -> category from the weapon table (missiles_and_uavs.csv), if given."""
    if source is None:
        return {}
    data, name = _csv_input(source, name)
    try:
        frame = pd.read_csv(data, dtype=str)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError, ValueError) as error:
        raise OfficialFormatError(f"{name}: not a readable CSV ({error})") from error
    if "model" not in frame.columns or "category" not in frame.columns:
        raise OfficialFormatError(f"{name}: not the weapon table format; needs model and category columns")
    return {
        str(m).strip(): str(c).strip()
        for m, c in zip(frame["model"], frame["category"], strict=True)
        if isinstance(m, str) and isinstance(c, str)
    }


@dataclass
class NightReport:
    """The rows of one night and scope, summed: becomes one official report."""

    night: date
    scope: str
    channels: dict[str, str] = field(default_factory=dict)  # key -> name
    rows: list[dict[str, Any]] = field(default_factory=list)

    def record(self, categories: dict[str, str]) -> dict[str, Any]:
        return official_record(self.night, self.scope, self.rows, categories)

    @property
    def outlet(self) -> str:
        names = sorted(set(self.channels.values()))
        return " + ".join(names)


def group_rows(frame: pd.DataFrame) -> list[NightReport]:
    """Rows grouped by (night, scope), in night order. Rows without a night or model are skipped
    (a night no source can tell of, "2099" or "0001", is refused when stored, saying why)."""
    groups: dict[tuple[date, str], NightReport] = {}
    for row in frame.to_dict("records"):
        night = window_night(row.get("time_start"), row.get("time_end"))
        model = row.get("model")
        if night is None or not isinstance(model, str) or not model.strip():
            continue
        scope, channel, channel_name = source_scope(row.get("source"))
        group = groups.setdefault((night, scope), NightReport(night, scope))
        group.channels[channel] = channel_name
        group.rows.append(row)
    return [groups[key] for key in sorted(groups)]


def _sum(values: list[float | None]) -> int | None:
    present = [v for v in values if v is not None]
    return round(sum(present)) if present else None


def official_record(
    night: date, scope: str, rows: list[dict[str, Any]], categories: dict[str, str]
) -> dict[str, Any]:
    """The record (SCHEMA.md fields + extras) of one night's rows of one scope.

    Totals count drones and missiles; guided bombs stay in ``weapons`` only. A destroyed figure
    summed over rows of which some gave none is marked a lower bound in ``bounds``.
    """
    per_model: dict[str, dict[str, Any]] = {}
    class_launched: dict[str, list[float | None]] = defaultdict(list)
    class_destroyed: dict[str, list[float | None]] = defaultdict(list)
    destroyed_incomplete: set[str] = set()
    suppressed, hits, debris, unclassified = [], [], [], []
    combined: list[str] = []  # destroyed figures that merge shot down and suppressed
    oblasts: list[str] = []
    windows: list[dict[str, Any]] = []
    for row in rows:
        model = str(row["model"]).strip()
        cls, family = classify_model(model, categories.get(model))
        launched, destroyed = _number(row.get("launched")), _number(row.get("destroyed"))
        entry = per_model.setdefault(
            model, {"model": model, "class": cls, "family": family, "launched": None, "destroyed": None}
        )
        if launched is not None:
            entry["launched"] = round((entry["launched"] or 0) + launched)
        if destroyed is not None:
            entry["destroyed"] = round((entry["destroyed"] or 0) + destroyed)
        for key, column in DRONE_TYPE_COLUMNS.items():  # "of them N Shaheds", "N jet drones"
            if (count := _number(row.get(column))) is not None:
                entry[key] = round(entry.get(key, 0) + count)
        if cls in ("drone", "missile"):
            class_launched[cls].append(launched)
            class_destroyed[cls].append(destroyed)
            if destroyed is None and launched:
                destroyed_incomplete.add(cls)
        elif cls is None:
            unclassified.append(model)
        not_reached = _number(row.get("not_reach_goal"))
        if cls == "drone" and not_reached == 0 and destroyed is not None:
            # Since mid-2025 the Air Force states one "shot down/suppressed" figure and the
            # dataset then records 0 here: not reported apart, which is not zero suppressed.
            not_reached = None
            for name in ("drones_destroyed", "total_destroyed", *([f"{family}_destroyed"] if family else [])):
                if name not in combined:
                    combined.append(name)
        suppressed.append(not_reached)
        hits.append(_number(row.get("num_hit_location")))
        debris.append(_number(row.get("num_fall_fragment_location")))
        for region in parse_cell_literal(row.get("affected region")) or []:
            oblast = canonical_oblast(str(region))
            if oblast and oblast not in oblasts:
                oblasts.append(oblast)
        window = {"start": row.get("time_start"), "end": row.get("time_end"), "source": row.get("source")}
        if window not in windows:
            windows.append(window)

    launch_areas, unmapped_places = launch_area_counts(rows, categories)
    drones_launched, drones_destroyed = _sum(class_launched["drone"]), _sum(class_destroyed["drone"])
    missiles_launched, missiles_destroyed = _sum(class_launched["missile"]), _sum(class_destroyed["missile"])
    bounds: dict[str, str] = {}
    for cls in destroyed_incomplete:
        bounds[f"{cls}s_destroyed"] = "lower"
    total_launched = _sum([drones_launched, missiles_launched])
    total_destroyed = _sum([drones_destroyed, missiles_destroyed])
    if destroyed_incomplete:
        bounds["total_destroyed"] = "lower"
    if scope in PARTIAL_SCOPES:  # a command's (or one strike's) figures are part of the night's
        for name in STATEMENT_FIELDS:
            bounds[name] = "lower"
    return {
        "is_attack_report": True,
        "attack_date": night.isoformat(),
        "drones_launched": drones_launched,
        "drones_destroyed": drones_destroyed,
        "missiles_launched": missiles_launched,
        "missiles_destroyed": missiles_destroyed,
        "total_launched": total_launched,
        "total_destroyed": total_destroyed,
        "suppressed": _sum(suppressed),
        "hit_locations": _sum(hits),
        "debris_locations": _sum(debris),
        "killed": None,
        "injured": None,
        "oblasts": oblasts,
        "cities": [],
        "weapons": sorted(per_model.values(), key=lambda w: w["model"]),
        "launch_areas": launch_areas,
        "unmapped_launch_places": unmapped_places,
        "bounds": bounds,
        "scope": scope,
        "windows": windows,
        "unclassified_models": sorted(set(unclassified)),
        # destroyed figures that count shot down and suppressed together (see the drone rows above)
        "combined_fields": combined,
        "notes": COMBINED_NOTE if combined else "",
    }


def launch_places(value: Any) -> tuple[list[str], list[str]]:
    """(canonical area names, places the table lacks) of one row's ``launch_place``, in order."""
    if not isinstance(value, str) or not value.strip():
        return [], []
    areas: list[str] = []
    unmapped: list[str] = []
    for place in re.split(r"\s+and\s+", value.strip()):
        place = place.strip(" ,")
        if not place:
            continue
        area = area_named(place)
        target, name = (areas, area.name) if area else (unmapped, place)
        if name not in target:
            target.append(name)
    return areas, unmapped


def launch_area_counts(
    rows: list[dict[str, Any]], categories: dict[str, str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """The night's launch areas with their launches of drones and missiles (the totals' weapons):
    ``launched`` sums the rows naming that area alone, ``shared`` the rows naming it among others
    (None where no such row gave a count); and the launch places the area table lacks."""
    counts: dict[str, dict[str, Any]] = {}
    unmapped: list[str] = []
    for row in rows:
        areas, others = launch_places(row.get("launch_place"))
        unmapped.extend(place for place in others if place not in unmapped)
        model = str(row.get("model") or "").strip()
        counted = classify_model(model, categories.get(model))[0] in ("drone", "missile")
        launched = _number(row.get("launched")) if counted else None
        kind = "launched" if len(areas) + len(others) == 1 else "shared"
        for name in areas:
            entry = counts.setdefault(name, {"name": name, "launched": None, "shared": None})
            if launched is not None:
                entry[kind] = round((entry[kind] or 0) + launched)
    return list(counts.values()), unmapped


@dataclass
class ImportResult(SaveTally):
    """An import's night reports counted as every ingest counts them (``revised``: a night whose
    figures changed since the last import) and what else it met."""

    nights: int = 0  # distinct nights in the file
    rows: int = 0
    skipped_rows: int = 0  # rows without a date or a model
    unclassified_models: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (night/scope, reason): not stored
    run_id: int | None = None

    def __str__(self) -> str:
        text = (
            f"{self.rows} rows, {self.nights} nights: {self.added} night reports added, "
            f"{self.revised} revised, {self.unchanged} unchanged; {self.skipped_rows} rows skipped"
            + (" (no date or no model)" if self.skipped_rows else "")
        )
        failed = "".join(f"\n  failed: {item}: {reason}" for item, reason in self.failed[:20])
        return text + (f"; {len(self.failed)} night reports failed" + failed if self.failed else "")


NIGHTS_PER_BATCH = 200


def _save_group(store: Store, group: NightReport, categories: dict[str, str], unclassified: set[str],
                run_id: int | None) -> SavedReport:
    """Store one night and scope of the dataset as an official report; returns the SavedReport."""
    record = bound_figures(group.record(categories))
    unclassified.update(record["unclassified_models"])
    source_type = "official" if group.scope in (SCOPE_NATIONAL, SCOPE_REGIONAL) else "outlet"
    return store.save_report(
        NewReport(
            text=None,
            kind="official",
            external_id=f"{group.night.isoformat()}/{group.scope}",
            source_url=None,
            outlet=group.outlet if group.scope != SCOPE_OTHER else f"{group.outlet} (channel)",
            source_type=source_type,
            published=group.night,
            language=None,
            title=f"{DATASET_NAME}: {group.scope} figures for {group.night.isoformat()}",
        ),
        record,
        IMPORTER_VERSION,
        run_id,
    )


def import_official(
    store: Store,
    daily_csv: Path | str | bytes,
    weapons_csv: Path | str | bytes | None = None,
    progress: ProgressCallback | None = None,
    *,
    author: str | None = None,
    origin: str | None = None,
) -> ImportResult:
    """Import the official dataset: one official report per night and scope (see module doc).

    Importing the same file again changes nothing; a newer file revises the nights it changed.
    ``origin`` names where bytes came from (an archive's path) in messages and the import run.
    """
    frame = read_daily_csv(daily_csv, origin)
    categories = read_weapon_categories(weapons_csv, f"{origin} (weapon table)" if origin else None)
    groups = group_rows(frame)
    result = ImportResult(rows=len(frame), nights=len({g.night for g in groups}))
    result.skipped_rows = len(frame) - sum(len(g.rows) for g in groups)
    result.run_id = store.start_run("official", _csv_input(daily_csv, origin)[1], author)
    unclassified: set[str] = set()
    today = utcnow().date()
    for first in range(0, len(groups), NIGHTS_PER_BATCH):
        # A batch of night reports and their nights' rows commit together (a crash leaves both
        # or neither); unchanged nights are consolidated again, so a rerun repairs their rows.
        with store.batch():
            nights: set[date] = set()
            for done, group in enumerate(groups[first : first + NIGHTS_PER_BATCH], start=first + 1):
                # a row typed "2099" or "1900" would stand as the archive's latest or first night
                problem = night_out_of_range(group.night, today)
                if problem:
                    result.failed.append((f"{group.night.isoformat()}/{group.scope}",
                                          f"not stored: the night {problem}"))
                    continue
                try:
                    saved = _save_group(store, group, categories, unclassified, result.run_id)
                except Exception as error:  # one night's report fails alone, listed with why
                    detail = " ".join(str(error).split())[:200]
                    result.failed.append((f"{group.night.isoformat()}/{group.scope}",
                                          f"not stored ({type(error).__name__}: {detail})"))
                    continue
                result.count(saved)
                nights.update(saved.attack_dates or (group.night,))
                if progress:
                    progress(done, len(groups))
            if nights:
                consolidate.refresh(store, nights)
    result.unclassified_models = sorted(unclassified)
    store.finish_run(
        result.run_id,
        added=result.stored,
        skipped=result.unchanged,
        failed=len(result.failed),
        details={
            "rows": result.rows,
            "skipped_rows": result.skipped_rows,
            "unclassified_models": result.unclassified_models,
        },
    )
    return result

