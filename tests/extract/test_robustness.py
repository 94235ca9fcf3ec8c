"""extract_report never raises on any str, and hostile megabytes finish (linear patterns)."""

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract_report

REPORT_WORDS = st.sampled_from(
    [
        "Russia",
        "launched",
        "shot",
        "down",
        "drones",
        "missiles",
        "of",
        "and",
        "more",
        "than",
        "over",
        "all",
        "including",
        "1,000",
        "1 000",
        "twenty-three",
        "a dozen",
        "dozens of",
        "Kh-101",
        "S-300",
        "killed",
        "injured",
        "overnight",
        "into",
        "Friday",
        "on the night of 3 September",
        "Kyiv",
        "region",
        "debris",
        "locations",
        "struck",
        "jammed",
        "lost from radar",
        "returned to Belarus",
        "Recall that",
        ".",
        ",",
        ":",
        "\n",
        "\n\n",
        "“",
        "”",
        "(",
        ")",
        "-",
        "—",
        "0",
        "99999999999999999999",
        "no one was hurt",
    ]
)


def check(text: str, published=None) -> dict:
    record = extract_report(text, published=published).to_dict()
    json.dumps(record)  # plain JSON types only
    for name, value in record.items():
        if name.endswith(("_launched", "_destroyed")) or name in ("killed", "injured", "suppressed"):
            assert value is None or (isinstance(value, int) and value >= 0)
    for ev in record["evidence"].values():
        for e in ev if isinstance(ev, list) else [ev]:
            assert text[e["start"] : e["end"]] == e["text"]
    return record


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(REPORT_WORDS, max_size=80).map(" ".join),
    st.one_of(st.none(), st.dates(), st.datetimes(), st.text(max_size=12), st.integers()),
)
def test_report_like_strings(text: str, published) -> None:
    check(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x02",
        "\ud800",  # a lone surrogate is still a str
        "İ" * 1000,  # lower-casing changes its length
        "1" * 5000,
        "more than " * 5000,
        "launched 0 drones",  # a zero launch count with nothing told as lost (the fuzz test's find)
    ],
)
def test_odd_strings(text: str) -> None:
    check(text)


MEGABYTE = 1_000_000
PATHOLOGICAL = {
    "ones": "1 " * (MEGABYTE // 2),
    "ands": "and " * (MEGABYTE // 4),
    "digits": "7" * MEGABYTE,
    "one_line": ("Russia launched 500 drones and shot down " * (MEGABYTE // 40))[:MEGABYTE],
    "vague": ("dozens of drones and more than " * (MEGABYTE // 30))[:MEGABYTE],
    "words": ("twenty-three hundred and " * (MEGABYTE // 24))[:MEGABYTE],
    "quotes": ("“" * MEGABYTE),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_megabyte_completes(name: str) -> None:
    started = time.perf_counter()
    record = check(PATHOLOGICAL[name])
    # A generous guard against catastrophic backtracking, not a speed test: `make bench` measures.
    assert time.perf_counter() - started < 30
    assert record["truncated"] is True or len(PATHOLOGICAL[name]) < 100_000
