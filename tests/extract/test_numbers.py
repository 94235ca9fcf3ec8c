import pytest

from extract.numbers import MAX_DIGITS, find_quantities, parse_digits, parse_quantity


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("1,000", 1000, None),
        ("1 000", 1000, None),
        ("12\u00a0500", 12500, None),
        ("nine", 9, None),
        ("twenty-three", 23, None),
        ("Twenty-Five", 25, None),
        ("two hundred", 200, None),
        ("two hundred and five", 205, None),
        ("a dozen", 12, None),
        ("two dozen", 24, None),
        ("more than 500", 500, "lower"),
        ("over 40", 40, "lower"),
        ("at least 13", 13, "lower"),
        ("nearly 600", 600, "upper"),
        ("almost 300", 300, "upper"),
        ("up to 26", 26, "upper"),
        ("about 580", 580, "approximate"),
        ("approximately 15", 15, "approximate"),
        ("around 70", 70, "approximate"),
        ("some 40", 40, "approximate"),
    ],
)
def test_quantities(text: str, value: int, bound: str | None) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.bound) == (value, bound)
    assert text[q.start : q.end] == text  # the span covers the qualifier and the numeral


@pytest.mark.parametrize("text", ["dozens of", "several", "hundreds of", "several dozen", "a number of"])
def test_vague_amounts_have_no_value(text: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value is None


@pytest.mark.parametrize(
    "text", ["Kh-101", "S-300", "at 5:30", "the 24th storey", "a 10-year-old boy", "3.5"]
)
def test_numbers_inside_names_times_and_compounds_are_not_counts(text: str) -> None:
    assert [q.value for q in find_quantities(text) if q.value is not None] == []


def test_offsets_point_into_the_text() -> None:
    text = "Air defences downed 430 of 502 drones."
    spans = [text[q.start : q.end] for q in find_quantities(text)]
    assert spans == ["430", "502"]


def test_very_long_digit_runs_are_not_numbers() -> None:
    assert find_quantities("7" * (MAX_DIGITS + 1)) == []
    # A run of MAX_DIGITS is still read as digits, and is then far over MAX_PLAUSIBLE: found at its
    # place, with no value (issues 13/15; before, its value was the whole run).
    assert parse_digits("7" * MAX_DIGITS) == int("7" * MAX_DIGITS)
    (quantity,) = find_quantities("7" * MAX_DIGITS)
    assert (quantity.value, quantity.implausible, quantity.text) == (None, True, "7" * MAX_DIGITS)
