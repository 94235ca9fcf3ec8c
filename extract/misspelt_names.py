"""Large towns and oblasts misspelt in Latin script ("Kerson", "Mykolaev", "Cherkady region",
"Zaporizhzia", "Kramatroks"): the name the scan could not look up is read as the one it misspells.

Only names that cannot be mistaken: a single Latin word of at least MIN_LETTERS letters, one edit
(a letter left out, added or changed, or two letters next to each other swapped) from one name
alone among the towns of at least MIN_POPULATION people and the oblasts' own names, and not by a
letter added or left out at the end, which makes words of their own ("Crimean" from "Crimea", the
river "Donets" from "Donetsk"). A name of at least TWO_EDITS_LETTERS letters may be two edits off
("Zaporozhzhya", "Khmelnitskyi") when no other name is within two, and the word ends as the name
does (its last letter, or its last two swapped): an ending added makes an adjective of its own
("Kramatorskyi", the district). Any word the gazetteer knows is never looked at here
(extract.name_scan asks only for the others).
"""

from __future__ import annotations

from functools import lru_cache

from extract.gazetteer import Gazetteer, fold, is_cyrillic_key

MIN_LETTERS = 6
MIN_POPULATION = 100_000
TWO_EDITS_LETTERS = 10


@lru_cache(maxsize=4)
def _deletions(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Every target name, and each form of it with one letter left out (two, for the long
    names), by that form."""
    towns = [city.name for city in gaz.cities if city.population >= MIN_POPULATION and not city.part_of]
    oblasts = [oblast.name.removesuffix(" Oblast") for oblast in gaz.oblasts]
    names = {
        key
        for key in map(fold, [*towns, *oblasts])
        if key.isalpha() and key.isascii() and len(key) >= MIN_LETTERS
    }
    out: dict[str, set[str]] = {}
    for name in names:
        for form in _forms(name, 2 if len(name) >= TWO_EDITS_LETTERS else 1):
            out.setdefault(form, set()).add(name)
    return {form: frozenset(targets) for form, targets in out.items()}


def _one_letter_less(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _forms(word: str, letters_less: int) -> set[str]:
    """The word and its forms with up to ``letters_less`` letters left out."""
    forms = {word}
    for _ in range(letters_less):
        forms |= {shorter for form in forms for shorter in _one_letter_less(form)}
    return forms


def _one_edit_inside(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter changed, two neighbours swapped, or one letter added
    or left out short of the end."""
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] \
            and a[differ[1]] == b[differ[0]]
        return len(differ) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return False
    for i in range(len(long)):
        if long[:i] + long[i + 1 :] == short:
            return i < len(long) - 1  # not a letter at the end ("crimean", "donets")
    return False


def _edits(a: str, b: str) -> int:
    """The fewest letters changed, added, left out or swapped with a neighbour from ``a`` to ``b``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


def _ends_alike(key: str, target: str) -> bool:
    """The word ends as the name does: the same last letter, or its last two swapped."""
    return key[-1] == target[-1] or (key[-2:] == target[-1:-3:-1] and len(key) == len(target))


def misspelt_name(key: str, gaz: Gazetteer) -> str | None:
    """The target name (a gazetteer key) that ``key``, a folded word the gazetteer does not know,
    misspells; None when it misspells none, or more than one."""
    if len(key) < MIN_LETTERS or not key.isascii() or not key.isalpha() or is_cyrillic_key(key):
        return None
    table = _deletions(gaz)
    near = {
        target for form in _forms(key, 1) for target in table.get(form, ()) if _one_edit_inside(key, target)
    }
    if not near and len(key) >= TWO_EDITS_LETTERS - 2:
        within_two = {
            target
            for form in _forms(key, 2)
            for target in table.get(form, ())
            if len(target) >= TWO_EDITS_LETTERS and _edits(key, target) <= 2
        }
        near = {target for target in within_two if _ends_alike(key, target)}
        if len(near) != len(within_two):
            return None  # another name is as close, by another ending
    if len(near) != 1:
        return None
    target = next(iter(near))
    return target if gaz.knows(target) else None
