"""Calendar arithmetic the date reading needs: whether a day exists, a month's day placed in the
year of a publication, and whether one day is the day before another (kept apart from
extract.dates, which reads the dates a report's text names)."""

from __future__ import annotations

from datetime import date, timedelta


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether the day exists (no 30 February)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def in_year(published: date, month: int, day: int, year: int | None) -> date | None:
    """The day of that month in its own year, or else the last one up to a day after publication."""
    if year is not None:
        return date(year, month, day) if valid_day(year, month, day) else None
    for y in (published.year, published.year - 1):
        if valid_day(y, month, day) and date(y, month, day) <= published + timedelta(days=1):
            return date(y, month, day)
    return None


def is_day_before(m1: int, d1: int, m2: int, d2: int) -> bool:
    """Whether day d1 of month m1 is the day before day d2 of month m2, in some year."""
    for year in (2023, 2024):  # a leap and a common year
        if (
            valid_day(year, m1, d1)
            and valid_day(year, m2, d2)
            and date(year, m2, d2) - date(year, m1, d1) == timedelta(1)
        ):
            return True
    return False
