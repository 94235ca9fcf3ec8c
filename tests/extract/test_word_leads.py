"""extract.word_leads: the letters a pattern's matches open with, read through leading groups."""

from __future__ import annotations

import pytest

from extract.word_leads import lead_pattern, word_leads


@pytest.mark.parametrize(
    ("alternatives", "leads"),
    [
        (("shot down",), {"shot"}),
        (("(?:managed|were able) to (?:stop|down)",), {"managed", "were"}),
        (("(?:were )?lost in location",), {"were", "lost"}),
        (("['‘\"“]?lost[.,]?",), {"lost"}),
        (("уражен\\w* (?:та|і) знищен\\w*", "збит\\w*"), {"уражен", "збит"}),
        (("Intercepted",), {"intercepted"}),
        (("shot-down", "пам'ять"), {"shot-down", "пам'ять"}),
    ],
)
def test_leads(alternatives: tuple[str, ...], leads: set[str]) -> None:
    assert word_leads(alternatives) == leads


@pytest.mark.parametrize(
    "alternatives",
    [("\\d+ drones",), ("[Зз]бито",), ("\\w+ shot",), ("(?:x|\\d)-22",), ("(?i:Shot) down",)],
)
def test_no_leads_when_a_match_may_open_otherwise(alternatives: tuple[str, ...]) -> None:
    assert word_leads(alternatives) is None
    assert lead_pattern(alternatives) is None


@pytest.mark.parametrize(
    ("text", "position", "found"),
    [
        ("two more were lost over the sea", 9, True),
        ("two more 'lost' over the sea", 9, True),
        ("the crew managed to down four", 9, True),
        ("two more went home", 9, False),
        ("two more were lost", 4, False),
    ],
)
def test_the_lead_pattern_at_a_position(text: str, position: int, found: bool) -> None:
    pattern = lead_pattern(("(?:were )?lost", "managed to down", "shot-down"))
    assert pattern is not None
    assert (pattern.match(text, position) is not None) is found
