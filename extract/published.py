"""The day a report was published, as its caller gives it: a date, a datetime or an ISO string.

Kept apart from extract.dates, which reads the dates a report's text names: this is the caller's
metadata, read the same way by the engine and the command line."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _kyiv() -> tzinfo:
    try:
        return ZoneInfo("Europe/Kyiv")
    except (ZoneInfoNotFoundError, ValueError):  # no time-zone database: Kyiv's winter offset
        return timezone(timedelta(hours=2))


KYIV = _kyiv()
_STAMP = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\s*$")


def parse_published(published: date | str | None) -> date | None:
    """Accept a date, a datetime or an ISO string, or None; anything else is None.

    A moment with a time zone (a Telegram post's timestamp, "2025-08-22T22:30:00+00:00") is the
    date in Kyiv at that moment, the day the Air Force reports by; a naive one is taken as Kyiv's
    own clock."""
    if published is None:
        return None
    if isinstance(published, datetime):
        if published.tzinfo is not None and published.utcoffset() is not None:
            return published.astimezone(KYIV).date()
        return published.date()  # a datetime is a date too, but does not compare with one
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        if _STAMP.match(published):
            try:
                return parse_published(datetime.fromisoformat(published.strip().replace("Z", "+00:00")))
            except ValueError:
                pass
        match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", published)
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:  # 2025-02-30: no such day
                return None
    return None



def implausible_night(night: date, published: date | None, today: date | None) -> str | None:
    """Why ``night`` cannot be the night a report tells of, as a note for the record's
    ``uncertain``, or None when it can be.

    No report tells of a night after the day it was published, nor (published or not) after the
    day it is read: a "5 March 2099" is a misreading or a typing slip. A day of slack covers
    Kyiv's clock running ahead of UTC's; the store's door applies the same bound
    (salvo.store.bound_attack_date) to records from every source. The past needs no bound here:
    the date grammar reads no year before 2020, and a date more than a few days before the
    publication is not taken as the report's night (extract.dates.MAX_DAYS_BEFORE). With ``today``
    None (the caller gave no day of reading) only the publication bounds the night."""
    if published is not None and night > published + timedelta(days=1):
        return (f"attack_date: {night.isoformat()} is after the report's publication "
                f"({published.isoformat()}): no night taken")
    if today is not None and night > today + timedelta(days=1):
        return (f"attack_date: {night.isoformat()} is after the day it was read ({today.isoformat()}): "
                "no night taken")
    return None
