"""Large towns and oblasts misspelt by one letter in Latin script ("Kerson", "Mykolaev", "Cherkady
region", "Zaporizhzia"): the name the scan could not look up is read as the one it misspells.

Only names that cannot be mistaken: a single Latin word of at least MIN_LETTERS letters, one edit
(a letter left out, added or changed) from one name alone among the towns of at least
MIN_POPULATION people and the oblasts' own names, and not by a letter added or left out at the
end, which makes words of their own ("Crimean" from "Crimea", the river "Donets" from "Donetsk").
Any word the gazetteer knows is never looked at here (extract.name_scan asks only for the others).
"""

from __future__ import annotations

from functools import lru_cache

from extract.gazetteer import Gazetteer, fold, is_cyrillic_key

MIN_LETTERS = 6
MIN_POPULATION = 100_000


@lru_cache(maxsize=4)
def _deletions(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Every target name, and each form of it with one letter left out, by that form."""
    towns = [city.name for city in gaz.cities if city.population >= MIN_POPULATION and not city.part_of]
    oblasts = [oblast.name.removesuffix(" Oblast") for oblast in gaz.oblasts]
    names = {
        key
        for key in map(fold, [*towns, *oblasts])
        if key.isalpha() and key.isascii() and len(key) >= MIN_LETTERS
    }
    out: dict[str, set[str]] = {}
    for name in names:
        for form in {name, *_one_letter_less(name)}:
            out.setdefault(form, set()).add(name)
    return {form: frozenset(targets) for form, targets in out.items()}


def _one_letter_less(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit_inside(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter changed, or one letter added or left out short of the end."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    for i in range(len(long)):
        if long[:i] + long[i + 1 :] == short:
            return i < len(long) - 1  # not a letter at the end ("crimean", "donets")
    return False


def misspelt_name(key: str, gaz: Gazetteer) -> str | None:
    """The target name (a gazetteer key) that ``key``, a folded word the gazetteer does not know,
    misspells by one letter; None when it misspells none, or more than one."""
    if len(key) < MIN_LETTERS or not key.isascii() or not key.isalpha() or is_cyrillic_key(key):
        return None
    table = _deletions(gaz)
    found = {
        target
        for form in (key, *_one_letter_less(key))
        for target in table.get(form, ())
        if _one_edit_inside(key, target)
    }
    if len(found) != 1:
        return None
    target = next(iter(found))
    return target if gaz.knows(target) else None
