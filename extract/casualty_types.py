"""The shapes the casualty passes share: one figure of killed or injured people as the text
gives it (CasualtyMention) and a language's casualty patterns (CasualtyGrammar, built by
extract.casualties.grammar). Apart from extract.casualties so that the modules beside it
(casualty_parts, casualty_paragraphs) can name them without importing it back."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.lang import LanguageData

# A district's key: its oblast's, this, and the district's own name ("…щина", "…ський район"): a part
# of the oblast, beside its towns (casualty_paragraphs and casualty_parts.district_key give it)
DISTRICT_OF = " | "
# How many characters (no digit, no sentence end) may stand between a toll's noun and its verb: the
# attack, its place and day ("The death toll from a Russian missile and drone attack on the western
# city of Ternopil on Wednesday rose to 26")
MAX_TOLL_GAP = 100


@dataclass(slots=True)
class CasualtyMention:
    kind: str
    value: int | None  # None: a vague amount ("dozens of others")
    bound: str | None
    place: str | None
    additive: bool
    start: int
    end: int
    sentence: int
    # one person named alone ("a man was wounded in Hlevakha"): counts for its place only when no
    # other figure covers that place, else it is a detail of another figure
    lone: bool = False
    implausible: bool = False  # the amount was over numbers.MAX_PLAUSIBLE: no number (value None)
    # a toll ("кількість загиблих зросла до 5"): it counts the "one more" told before it
    toll: bool = False
    # told as "more" ("Ще четверо поранені", "Two more were hurt") with no figure of its kind before
    # it in its sentence:
    # casualty_parts.more_after_the_sentence_before decides whether it adds to an earlier sentence's
    more: bool = False


@dataclass(frozen=True)
class CasualtyGrammar:
    language: LanguageData
    subject: re.Pattern[str]
    active: re.Pattern[str]
    active_follow: re.Pattern[str]
    toll: re.Pattern[str]
    ordinal: re.Pattern[str]
    singular: re.Pattern[str]
    non_aerial: re.Pattern[str]
    place: re.Pattern[str]
    capital: re.Pattern[str]
    no_casualties: re.Pattern[str]
    additive_start: re.Pattern[str]
    year_before: re.Pattern[str]
    subdivision: re.Pattern[str]
    negation_before: re.Pattern[str]
    active_singular: re.Pattern[str]
    body: re.Pattern[str]
    bodies_before: re.Pattern[str]
    # "a man and a woman were wounded", "killing a woman and her two children": several people named
    coordinated_subject: re.Pattern[str] | None = None
    coordinated_after: re.Pattern[str] | None = None
    list_separator: re.Pattern[str] | None = None
    singular_noun: re.Pattern[str] | None = None
    # "six people in Ternopil and two in the Ivano-Frankivsk region": the second count's noun and verb
    # are the first's
    elliptical_before: re.Pattern[str] | None = None
    elliptical_after: re.Pattern[str] | None = None
    named_after: re.Pattern[str] | None = None  # "in the Shostka district": a named place follows
    another_after: re.Pattern[str] | None = None  # "… and another in the Kyiv region"
    region_after: re.Pattern[str] | None = None  # "in the Kyiv region": the oblast, not the city
    # "10 people were hurt, of whom 5 died": the dead are counted among the hurt; what lies
    # between the two figures (the language's "of whom" right before the second)
    of_whom_between: re.Pattern[str] | None = None
    # "wounding 12 people, four of whom later died": "of whom" after the second count (English)
    count_of_whom: re.Pattern[str] | None = None
    # "Three were hospitalised and two others were hurt": people besides those counted before
    count_others: re.Pattern[str] | None = None
    # "One person was killed and another injured": "another" standing for a person of its own
    another_kind: re.Pattern[str] | None = None
    # "two women aged 63 and 71 were wounded": a person's age, never a count of people
    age_before: re.Pattern[str] | None = None
    # "Загиблих – 2, поранених – 11": the casualty noun opening its clause before the count
    tally: re.Pattern[str] | None = None
