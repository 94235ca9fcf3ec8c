"""The story an agency "reported earlier", told on past its own paragraph.

"As the agency reported earlier, on 14 March 2024 a missile struck a school in Sumy." opens a
retelling of an older attack, and the paragraphs after it ("Rescuers worked for two days. Nine
people died.") go on with that story though they name no day of their own. The opener is
background already (scope); this module sets aside the undated paragraphs that follow it when
the opener is dated to another day than the attack, up to the first paragraph that names a day
or this night's own words ("overnight", "today"). An opener dated to the attack's own day ("As
reported, early on 3 May Russian forces struck the city …") retells this attack: nothing after
it is touched.
"""

from __future__ import annotations

import re
from functools import cache

from extract.dates import AttackDate, conflicts_with, find_dates, has_dates
from extract.lang import get_language
from extract.scope import Scope
from extract.text import Sentence


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    phrases = get_language(code).phrases
    if "earlier_report_opener" not in phrases or "same_day" not in phrases:
        return None
    return (
        re.compile(rf"^\W*(?:{phrases['earlier_report_opener']})", re.IGNORECASE),
        re.compile(phrases["same_day"], re.IGNORECASE),
    )


def continue_earlier_reports(
    text: str,
    sentences: list[Sentence],
    paragraphs: list[int],
    scope: Scope,
    attack: AttackDate,
    code: str,
    words: list[str],
) -> None:
    """Mark the undated paragraphs after an "as … reported earlier, on <another day>" opener."""
    patterns = _patterns(code)
    if patterns is None or attack.month_day is None:
        return
    opener, this_night = patterns
    following = -1  # the paragraph being set aside, or -1
    for i, sentence in enumerate(sentences):
        opens_paragraph = i == 0 or paragraphs[i - 1] != paragraphs[i]
        if opens_paragraph and i in scope.background and opener.match(sentence.text):
            following = paragraphs[i] if _dated_elsewhere(text, sentence, attack, code, words[i]) else -1
            continue
        if following < 0 or paragraphs[i] == following:
            continue
        if opens_paragraph and (
            has_dates(text, sentence, code, words[i]) or this_night.search(sentence.text)
        ):
            following = -1  # a paragraph of its own day, or of this night
            continue
        if i in scope.background or i in scope.foreign:
            continue
        if this_night.search(sentence.text) or has_dates(text, sentence, code, words[i]):
            following = -1
            continue
        scope.background[i] = "continues a story reported earlier of another day"


def _dated_elsewhere(text: str, sentence: Sentence, attack: AttackDate, code: str, words: str) -> bool:
    """Another day than the attack's, or its day of another year ("a year ago, on 27 June 2024")."""
    if conflicts_with(text, sentence, attack, code, words) in ("day", "aside"):
        return True
    year = attack.value.year if attack.value is not None else None
    return year is not None and any(
        m.year is not None and m.year != year and not m.stamp
        for m in find_dates(text, sentence.start, sentence.end, code)
    )
