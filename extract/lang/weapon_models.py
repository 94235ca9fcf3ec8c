"""The weapon models Salvo reads, whatever the language: canonical name, family and class.

What a model is does not depend on the language a report is written in; how it is spelled does.
Each language's data gives its spellings (regexes) for these names, in the order they are tried
(``weapon_models``), and the official dataset's importer (salvo.official) recognises the dataset's
model names with the same spellings, so one name has one family everywhere.
"""

from __future__ import annotations

from extract.lang import WeaponModel

# canonical name -> (family, class); class is "drone" | "missile" | "guided_bomb" | "recon"
MODEL_FACTS: dict[str, tuple[str | None, str]] = {
    # drones
    "Shahed-238": ("jet", "drone"),
    "Shahed": ("shahed", "drone"),
    "Gerbera": ("decoy", "drone"),
    "Molniya": (None, "drone"),
    "Lancet": (None, "drone"),
    "FPV": (None, "drone"),
    "Orlan-10": ("reconnaissance", "recon"),
    "Zala": ("reconnaissance", "recon"),
    "Supercam": ("reconnaissance", "recon"),
    # missiles
    "Kh-101": ("cruise", "missile"),
    "Kh-555": ("cruise", "missile"),
    "Kh-55": ("cruise", "missile"),
    "Kh-22": ("cruise", "missile"),
    "Kh-32": ("cruise", "missile"),
    "Kh-35": ("cruise", "missile"),
    "Kh-47M2 Kinzhal": ("aeroballistic", "missile"),
    "Kh-59": ("guided", "missile"),
    "Kh-69": ("guided", "missile"),
    "Kh-31P": ("guided", "missile"),
    "Kalibr": ("cruise", "missile"),
    "Iskander-K": ("cruise", "missile"),
    "Iskander-M": ("ballistic", "missile"),
    "KN-23": ("ballistic", "missile"),
    "Oniks": ("cruise", "missile"),
    "Zircon": ("cruise", "missile"),
    "Oreshnik": ("ballistic", "missile"),  # intermediate-range
    # S-300/S-400 air-defence missiles fired at ground targets fly a ballistic path
    "S-300": ("ballistic", "missile"),
    "S-400": ("ballistic", "missile"),
    # guided bombs
    "KAB": ("guided_bomb", "guided_bomb"),
}


def weapon_models(spellings: dict[str, str]) -> tuple[WeaponModel, ...]:
    """A language's models: each canonical name with that language's spelling regex, in the
    order given (the first model whose spelling matches wins). A name MODEL_FACTS lacks is an
    error: a model is added here once, then spelled in each language."""
    unknown = sorted(set(spellings) - set(MODEL_FACTS))
    if unknown:
        raise KeyError(f"spellings for models extract.lang.weapon_models does not know: {unknown}")
    return tuple(WeaponModel(name, pattern, *MODEL_FACTS[name]) for name, pattern in spellings.items())
