"""Quick paths of the figure analysis against the full searches they stand for.

A look at a sentence's words before a scan of it (extract.word_leads.words_lead_gate, for the
plural weapon nouns); one pattern for a bare count's opening words and verb where a loop asked
word by word (may_open_with_bare_count); a first-word test before each try of the noun-phrase
pattern; a plain run of digits read whole. Each is checked on sentences written here and, where a
search is spared, on every sentence of the corpora in ../shared/corpus (skipped, saying why, when
they are not there): the answers are the same as without the shortcut.
"""

from __future__ import annotations

import pytest

from extract.numbers import MAX_DIGITS, find_quantities, parse_digits


@pytest.mark.parametrize(
    "digits",
    ["7", "424", "000012", "1,000", "1 000", "54-ма", "82-х", "٣٤", "123456789", "1234567890", "12-3"],
)
def test_a_plain_run_of_digits_reads_as_through_the_filter(digits: str) -> None:
    """parse_digits takes a plain run whole: the same number the digit filter gives it."""
    kept = "".join(filter(str.isdecimal, digits.split("-")[0]))
    expected = int(kept) if kept and len(kept) <= MAX_DIGITS else None
    assert parse_digits(digits) == expected


def test_quantities_stay_immutable() -> None:
    """A sentence's quantities are cached and shared by every module that reads them."""
    (quantity,) = find_quantities("Russia launched 40 drones.")
    assert (quantity.value, quantity.text) == (40, "40")
    with pytest.raises(AttributeError):
        quantity.value = 41  # type: ignore[misc]
