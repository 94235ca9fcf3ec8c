"""10,000 generated inputs through the extractor through the path ingest uses: none raises.

Most inputs are short strings over a report-like vocabulary (English and Ukrainian wording,
figures, places, punctuation) so the patterns really engage; a share comes from pathological
generators (any Unicode, control characters, long digit runs, deep brackets, repeated cues).
Speed on megabyte inputs is measured by scripts/adversarial_extract.py, not here.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salvo.sources.ingest import default_extractor

EXTRACTOR = default_extractor()
WORDS = [
    "Russia", "launched", "shot", "down", "drones", "Shahed", "missiles", "Kh-101", "Iskander-M", "Kalibr",
    "of", "and", "them", "more than", "over", "about", "at least", "including", "all", "none", "dozens of",
    "1,000", "1 000", "12", "0", "-5", "3.5", "½", "twenty-three", "a dozen", "killed", "injured",
    "overnight", "on the night of 3 to 4 September", "Friday", "yesterday", "2025-07-04", "04.07.2025",
    "Kyiv", "Kharkiv Oblast", "Lviv", "region", "debris", "fell", "in", "locations", "struck", "hit",
    "jammed", "lost from radar", "returned to Belarus", "the air force said", "Recall that", "Background:",
    "у ніч на 4 липня", "противник атакував", "ударними БпЛА", "ракетами", "збито/подавлено", "з них",
    "загинули", "поранені", "Київ", "Харківщина", "влучання", "уламки", "БпЛА", "типу Shahed",
    ".", ",", ";", ":", "—", "-", "(", ")", "“", "”", "«", "»", "\n", "\n\n", "%", "№", "/", "+",
]
REPORT_LIKE = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
PATHOLOGICAL = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.text(alphabet="0123456789 ,.-", max_size=300),
    st.integers(min_value=0, max_value=400).map(lambda n: "(" * n + "drones" + ")" * n),
    st.integers(min_value=0, max_value=300).map(lambda n: "launched " * n + "5 drones"),
    st.lists(st.sampled_from(["\x00", "\u200b", "\u202e", "\ufeff", "\r", "\t", "İ", "ß", "\ud800"]),
             max_size=50).map("".join),
)
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12))


@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.one_of(REPORT_LIKE, REPORT_LIKE, REPORT_LIKE, PATHOLOGICAL), PUBLISHED)
def test_ten_thousand_inputs_never_raise(text: str, published: str | None) -> None:
    record = EXTRACTOR.extract(text, published)
    assert isinstance(record, dict)
    json.dumps(record)  # storable as JSON: plain types only
