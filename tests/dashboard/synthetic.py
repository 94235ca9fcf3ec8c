"""A synthetic attack frame shaped exactly like docs/data-model.md, for tests of the dashboard.

Figures are random but reproducible (seeded) and internally consistent: destroyed <= launched,
families add up to their class, totals are the sums. Some figures are missing (pd.NA) the way
real rows miss them, one night carries a conflict (its field names: the candidates themselves
live in the store, not in the frame), and a few nights are far above the rest so the salvo
marker has something to find.

The shape is written out here, not taken from salvo.table, so that a change there that the
documentation does not follow shows up as a difference.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

FAMILIES = ("shahed", "cruise", "ballistic", "aeroballistic", "guided")
COUNT_COLUMNS = (
    "drones_launched", "drones_destroyed", "missiles_launched", "missiles_destroyed",
    "total_launched", "total_destroyed", "suppressed", "hit_locations", "debris_locations",
    "killed", "injured",
    *(f"{family}_{fate}" for family in FAMILIES for fate in ("launched", "destroyed")),
    "drones_hit", "missiles_hit", "total_hit", *(f"{family}_hit" for family in FAMILIES),
)
LIST_COLUMNS = ("oblasts", "cities", "debris_places", "sources", "conflict_fields", "lower_bound_fields",
                "quality_flags", "corrected_fields", "combined_fields", "report_ids")
DICT_COLUMNS = ("regional_figures", "casualties_by_place", "choices", "models", "launch_areas")
COLUMNS = ("attack_date", *COUNT_COLUMNS, "oblasts", "cities", "debris_places", "n_reports", "sources",
           "source_type", "has_conflict", "conflict_fields", "lower_bound_fields", "quality_flags",
           "corrected_fields", "combined_fields", "regional_figures", "casualties_by_place", "choices",
           "models", "launch_areas", "report_ids")
# Cities with their oblast, as the gazetteer spells them.
CITIES = {
    "Kyiv": "Kyiv City", "Kharkiv": "Kharkiv Oblast", "Odesa": "Odesa Oblast",
    "Dnipro": "Dnipropetrovsk Oblast", "Lviv": "Lviv Oblast", "Zaporizhzhia": "Zaporizhzhia Oblast",
    "Sumy": "Sumy Oblast", "Kostiantynivka": "Donetsk Oblast",
}
OUTLETS = {"official": ["Ukrainian Air Force"], "wire": ["Reuters", "AP"], "outlet": ["Kyiv Independent"]}
SALVO_DAYS = (40, 75, 100)


def night_models(shahed: int, shahed_down: int, cruise: int, cruise_down: int) -> dict:
    """A fifth of the Shahed-family drones are Gerbera decoys; the cruise missiles are Kh-101s."""
    decoys, decoys_down = shahed // 5, shahed_down // 5
    models = {"Shahed-136": {"launched": shahed - decoys, "destroyed": shahed_down - decoys_down},
              "Gerbera": {"launched": decoys, "destroyed": decoys_down}}
    if cruise:
        models["Kh-101"] = {"launched": cruise, "destroyed": cruise_down}
    return models


def night_directions(i: int, shahed: int, cruise: int) -> dict:
    """Even nights launch every drone from Kursk; odd nights from Kursk and Primorsko-Akhtarsk
    together (a shared count, not split); cruise missiles from the Caspian Sea; every seventh
    night's source names no direction."""
    if i % 7 == 3:
        return {}
    if i % 2 == 0:
        areas = {"Kursk": {"launched": shahed, "shared": None}}
    else:
        areas = {name: {"launched": None, "shared": shahed} for name in ("Kursk", "Primorsko-Akhtarsk")}
    if cruise:
        areas["Caspian Sea"] = {"launched": cruise, "shared": None}
    return areas


def empty_attack_frame() -> pd.DataFrame:
    """The documented columns and dtypes with no rows (what an empty store gives)."""
    return attack_frame(nights=0)


def attack_frame(nights: int = 120, start: str = "2025-06-01", seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=nights, freq="D")
    rows = []
    for i, day in enumerate(dates):
        shahed = int(rng.integers(20, 140)) * (5 if i in SALVO_DAYS else 1)
        cruise = int(rng.integers(0, 6)) * (4 if i in SALVO_DAYS else 1)
        ballistic = int(rng.integers(0, 3))
        aeroballistic = int(rng.random() < 0.1)  # Kinzhal: rare, so its interval must be wide
        guided = 0
        missiles = cruise + ballistic + aeroballistic + guided
        shahed_down = int(shahed * rng.uniform(0.75, 0.95))
        cruise_down = round(cruise * rng.uniform(0.6, 1.0))
        ballistic_down = round(ballistic * rng.uniform(0.0, 0.7))
        aero_down = int(aeroballistic and rng.random() < 0.5)
        missiles_down = cruise_down + ballistic_down + aero_down
        suppressed = int((shahed - shahed_down) * rng.uniform(0.3, 0.8))
        places = rng.choice(list(CITIES), size=int(rng.integers(0, 4)), replace=False).tolist()
        source_type = ("official", "wire", "outlet")[i % 3]
        row = {
            "attack_date": day,
            "drones_launched": shahed, "drones_destroyed": shahed_down,
            "missiles_launched": missiles, "missiles_destroyed": missiles_down,
            "total_launched": shahed + missiles, "total_destroyed": shahed_down + missiles_down,
            "suppressed": suppressed,
            "hit_locations": int(rng.integers(0, 15)), "debris_locations": int(rng.integers(0, 8)),
            "killed": int(rng.integers(0, 4)), "injured": int(rng.integers(0, 20)),
            "shahed_launched": shahed, "shahed_destroyed": shahed_down,
            "cruise_launched": cruise, "cruise_destroyed": cruise_down,
            "ballistic_launched": ballistic, "ballistic_destroyed": ballistic_down,
            "aeroballistic_launched": aeroballistic, "aeroballistic_destroyed": aero_down,
            "guided_launched": guided, "guided_destroyed": guided,
            "oblasts": sorted({CITIES[c] for c in places}),
            "cities": sorted(places),
            # every fifth night, the first city named had only debris fall on it
            "debris_places": sorted(places)[:1] if i % 5 == 2 else [],
            "n_reports": int(rng.integers(1, 5)),
            "sources": list(OUTLETS[source_type]),
            "source_type": source_type,
            "has_conflict": False, "conflict_fields": [],
            "lower_bound_fields": [], "quality_flags": [], "corrected_fields": [],
            "combined_fields": [], "regional_figures": {}, "casualties_by_place": {},
            "choices": {"drones_launched": f"chosen: {OUTLETS[source_type][0]} ({source_type}, exact)"},
            "models": night_models(shahed, shahed_down, cruise, cruise_down),
            "launch_areas": night_directions(i, shahed, cruise),
            "report_ids": [2 * i + 1, 2 * i + 2],
        }
        if source_type == "official":  # the statements count the weapons that hit; the others do not
            drone_hits = shahed - shahed_down - suppressed
            row.update(drones_hit=drone_hits, missiles_hit=missiles - missiles_down,
                       total_hit=drone_hits + missiles - missiles_down)
        if i % 11 == 5:  # a night where no source gave the hits or the suppressed figure
            row["hit_locations"] = pd.NA
            row["suppressed"] = pd.NA
        if i == 30:
            row["has_conflict"] = True
            row["conflict_fields"] = ["drones_launched"]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["attack_date"] = pd.to_datetime(frame["attack_date"]).astype("datetime64[ns]")
    for column in COUNT_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    frame["n_reports"] = frame["n_reports"].astype("int64")
    frame["source_type"] = pd.Categorical(frame["source_type"], categories=["official", "wire", "outlet"])
    frame["has_conflict"] = frame["has_conflict"].astype(bool)
    for column in (*LIST_COLUMNS, *DICT_COLUMNS):
        frame[column] = frame[column].astype(object)
    return frame
