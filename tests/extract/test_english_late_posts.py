"""'<weekday> night' in a report published on that weekday (issue 13's late-evening posts).

English translated from Ukrainian says "Monday night" for the night INTO Monday ("в ніч на
понеділок") in Monday morning's report, and a date-only publication cannot tell such a report from
a late-evening post about the night that ends on Tuesday: the publication's own day is kept (a
timestamp, read in Kyiv time by extract.published, is what can tell them apart)."""

from extract import extract_report


def attack_date(text: str, published: str) -> str | None:
    return extract_report(text, published=published).to_dict()["attack_date"]


def test_the_publication_days_own_night_keeps_the_publication_day() -> None:
    # 2025-10-20 is a Monday: a morning report in translated wording
    text = (
        "On Monday night, Russia attacked the Sumy region with 14 drones, the regional "
        "administration said."
    )
    assert attack_date(text, "2025-10-20") == "2025-10-20"


def test_an_earlier_weekdays_night_ends_the_next_morning() -> None:
    text = "Russia attacked Kharkiv with drones on Saturday night, injuring five people."
    assert attack_date(text, "2025-10-20") == "2025-10-19"  # read on Monday: Saturday night ended on Sunday
