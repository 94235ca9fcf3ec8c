"""One list of each reference vocabulary salvo uses, and the weapon models of the official dataset.

- Weapon families: the attack table's family columns (``shahed_launched`` …).
- Source types: who is behind a report, in order of trust (salvo.sources.outlets classifies).
- Oblasts: the SCHEMA.md spellings of Ukraine's oblasts, Kyiv City, Crimea and Sevastopol.
- Scopes: whose figures are the whole night's (national) and whose a part. The official channels
  themselves, each with its scope, are data/official_channels.csv (salvo.sources.outlets reads it).
- Weapon models: a model name (a report's or the official dataset's, Kaggle spellings and combined
  names such as "X-101/X-555 and Kalibr") -> the table's class (drone, missile, bomb) and family.
  A model the extractor reads is recognised by the extractor's own spellings
  (extract/lang/weapon_models.py): add a model there; this module adds only the dataset's
  names the extractor does not read.

Nothing here reads a file or the store: the store, consolidation, the sources and the dashboard
all import it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from extract.weapons import identify_model

# The table's weapon families, in column order (each has a _launched and a _destroyed column).
FAMILIES = ("shahed", "cruise", "ballistic", "aeroballistic", "guided")
# The class each family's weapons are counted in (the table's "drones_…" / "missiles_…" columns):
# Shahed-type drones (strike drones, decoys, jets) are drones, every other family a missile family.
FAMILY_CLASS = {family: "drones" if family == "shahed" else "missiles" for family in FAMILIES}

SourceType = Literal["official", "wire", "outlet"]
SOURCE_TYPES: tuple[SourceType, ...] = ("official", "wire", "outlet")

OBLASTS = (
    "Cherkasy Oblast", "Chernihiv Oblast", "Chernivtsi Oblast", "Dnipropetrovsk Oblast",
    "Donetsk Oblast", "Ivano-Frankivsk Oblast", "Kharkiv Oblast", "Kherson Oblast",
    "Khmelnytskyi Oblast", "Kirovohrad Oblast", "Kyiv Oblast", "Luhansk Oblast", "Lviv Oblast",
    "Mykolaiv Oblast", "Odesa Oblast", "Poltava Oblast", "Rivne Oblast", "Sumy Oblast",
    "Ternopil Oblast", "Vinnytsia Oblast", "Volyn Oblast", "Zakarpattia Oblast",
    "Zaporizhzhia Oblast", "Zhytomyr Oblast", "Kyiv City", "Crimea", "Sevastopol",
)

SCOPE_NATIONAL, SCOPE_REGIONAL, SCOPE_OTHER = "national", "regional", "other"
# Scopes whose figures are part of the night's, not an account of the whole night. "local" is
# for extractor records that say their counts are one city's or oblast's (record["scope"]).
PARTIAL_SCOPES = frozenset({SCOPE_REGIONAL, SCOPE_OTHER, "local"})

# Model vocabulary. A model the extractor reads in reports (extract/lang/weapon_models.py, with
# each language's spellings) is recognised by those same spellings, so a report's Kh-101 and the
# dataset's X-101 land in one family column. Below: only the dataset's names the extractor does
# not read (its other drones, generic rows). Keys are normalised names (see `normalise_model`);
# parts of combined names are looked up one by one. Class is what the totals count; family the
# breakdown column.
OTHER_MODELS: dict[str, tuple[str, str | None]] = {
    # generic drone rows
    "decoy": ("drone", "shahed"),
    "decoy drone": ("drone", "shahed"),
    "attack drone": ("drone", "shahed"),
    "unknown uav": ("drone", None),
    "reconnaissance uav": ("drone", None),
    "uav": ("drone", None),
    "drone": ("drone", None),
    # other drones: counted as drones, no family column
    "merlin-vr": ("drone", None),
    "mohajer-6": ("drone", None),
    "orion": ("drone", None),
    "forpost": ("drone", None),
    "eleron": ("drone", None),
    "kub": ("drone", None),
    "granat-4": ("drone", None),
    "feniks": ("drone", None),
    "kartograf": ("drone", None),
    "privet-82": ("drone", None),
    # missiles
    "banderol": ("missile", "cruise"),
    "cruise missile": ("missile", "cruise"),
    "ballistic missile": ("missile", "ballistic"),
    "intercontinental ballistic missile": ("missile", "ballistic"),
    "aeroballistic missile": ("missile", "aeroballistic"),
    "guided missile": ("missile", "guided"),
    "unknown missile": ("missile", None),
    "missile": ("missile", None),
    # guided (glide) bombs: never in the missile totals
    "gbu": ("bomb", None),
    "aerial bomb": ("bomb", None),
}
# The extractor's classes and families as the table's: reconnaissance drones count as drones;
# jet Shaheds and decoys are in the Shahed column.
_TABLE_CLASS = {"drone": "drone", "recon": "drone", "missile": "missile", "guided_bomb": "bomb"}
_TABLE_FAMILY = {"shahed": "shahed", "jet": "shahed", "decoy": "shahed", "cruise": "cruise",
                 "ballistic": "ballistic", "aeroballistic": "aeroballistic", "guided": "guided"}
# Dataset weapon-table categories for models the vocabulary lacks.
CATEGORY_CLASSES = {"uav": "drone", "guided bomb": "bomb"}

_CYRILLIC_NAMES = {
    "молнія": "molniya",
    "молния": "molniya",
    "фенікс": "feniks",
    "картограф": "kartograf",
    "привет-82": "privet-82",
    "шахед": "shahed",
    "герань-2": "geran-2",
}


def normalise_model(name: str) -> str:
    """Lower-case a model name and undo the Kaggle transliteration (X-101 -> kh-101, C-300 -> s-300)."""
    text = " ".join(str(name).strip().lower().split())
    for cyrillic, latin in _CYRILLIC_NAMES.items():
        text = re.sub(rf"(?<!\w){re.escape(cyrillic)}(?!\w)", latin, text)
    text = text.replace("х-", "kh-").replace("с-", "s-")  # Cyrillic Х, С
    text = re.sub(r"(?<![a-z])x-(?=\d)", "kh-", text)
    text = re.sub(r"(?<![a-z])c-(?=[34]00)", "s-", text)
    text = re.sub(r"(?<![a-z])kh(?=\d)", "kh-", text)
    return text


def split_models(name: str) -> list[str]:
    """The parts of a combined model name: "X-101/X-555 and Kalibr" -> ["kh-101/kh-555", "kalibr"]."""
    return [part for part in (p.strip() for p in re.split(r"\band\b|\+|,", normalise_model(name))) if part]


@lru_cache(maxsize=8192)  # consolidation asks about the same few hundred names for every report
def classify_model(name: str, category: str | None = None) -> tuple[str | None, str | None]:
    """(class, family) of a model name; family only when every part of a combined name agrees.

    ``category`` is the weapon table's category, used when the vocabulary lacks the model.
    Returns (None, None) for a name nothing recognises.
    """
    parts = split_models(name)
    found = [_part_class(part) for part in parts]
    if parts and all(found):
        classes = {c for c, _ in found}  # type: ignore[misc]
        families = {f for _, f in found}  # type: ignore[misc]
        if len(classes) == 1:
            return classes.pop(), (families.pop() if len(families) == 1 else None)
        return ("missile" if classes <= {"missile", "bomb"} and "missile" in classes else None), None
    if category:
        lowered = category.strip().lower()
        if lowered in CATEGORY_CLASSES:
            return CATEGORY_CLASSES[lowered], None
        if "missile" in lowered or "ballistic" in lowered:
            return "missile", ("ballistic" if lowered == "ballistic missile" else None)
    return None, None


@lru_cache(maxsize=4096)
def _part_class(part: str) -> tuple[str, str | None] | None:
    """(class, family) of one part of a model name (the dataset repeats names: kept)."""
    model = identify_model(part, "en") or identify_model(part, "uk")
    if model is not None:
        return _TABLE_CLASS[model.weapon_class], _TABLE_FAMILY.get(model.family or "")
    return OTHER_MODELS.get(part) or _fuzzy_class(part)


def _fuzzy_class(part: str) -> tuple[str, str | None] | None:
    """Generic names inside a longer name ("unknown uav (type not given)")."""
    for key in sorted(OTHER_MODELS, key=len, reverse=True):
        if len(key) >= 4 and re.search(rf"(?<![\w-]){re.escape(key)}(?![\w])", part):
            return OTHER_MODELS[key]
    return None


# Kinds of weapon, finer than the table's families where the Weapons page can tell them apart:
# the Shahed column holds strike drones, decoys (Gerbera, "imitators") and jet drones together.
WEAPON_KINDS: dict[str, str] = {
    "shahed": "Shahed-type drones (decoys too where not told apart)",
    "decoy": "Decoy drones",
    "jet": "Jet drones",
    "other_drone": "Other drones (reconnaissance, unnamed)",
    "cruise": "Cruise missiles",
    "ballistic": "Ballistic missiles",
    "aeroballistic": "Aeroballistic missiles (Kinzhal)",
    "guided": "Guided missiles",
    "other_missile": "Missiles of unnamed type",
    "bomb": "Guided bombs",
}
# The extractor's drone families that split the table's Shahed column.
_SHAHED_KINDS = {"shahed": "shahed", "jet": "jet", "decoy": "decoy"}


def model_kind(name: str, category: str | None = None) -> str | None:
    """The WEAPON_KINDS key of a model name ("Gerbera" -> "decoy", "Shahed-238" -> "jet",
    "X-101/X-555" -> "cruise", "Orlan-10" -> "other_drone"); a combined name whose parts differ
    falls back to its family or class. None for a name nothing recognises."""
    kinds = {_part_kind(part) for part in split_models(name)}
    if len(kinds) == 1 and None not in kinds:
        return kinds.pop()
    cls, family = classify_model(name, category)
    if family and family != "shahed":
        return family
    return {"drone": "other_drone", "missile": "other_missile", "bomb": "bomb"}.get(cls or "")


@lru_cache(maxsize=4096)
def _part_kind(part: str) -> str | None:
    model = identify_model(part, "en") or identify_model(part, "uk")
    if model is not None and model.family in _SHAHED_KINDS:
        return _SHAHED_KINDS[model.family]
    found = _part_class(part)
    if found is None:
        return None
    cls, family = found
    if family == "shahed":  # the dataset's generic rows: "decoy drone", "attack drone"
        return "decoy" if "decoy" in part else "shahed"
    return family or {"drone": "other_drone", "missile": "other_missile", "bomb": "bomb"}[cls]
