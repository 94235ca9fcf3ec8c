"""The Overview's headline figures: totals of recent periods with their coverage, the largest
attacks, the latest interception rate, how fresh the data is and the nights whose figures cannot
all be true. Pure pandas, no drawing (salvo.dashboard.charts draws)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from salvo.dashboard.charts import (
    IMPLAUSIBLE_FLAGS,
    Definition,
    _counts,
    comparable,
    coverage_text,
    implausible_nights,
    rate_summary,
)

HEADLINE_COLUMNS = ("total_launched", "total_destroyed", "drones_launched", "missiles_launched",
                    "hit_locations", "killed", "injured")


def period_totals(frame: pd.DataFrame, days: int, end: pd.Timestamp | None = None) -> pd.DataFrame:
    """Totals of the last `days` days up to `end` against the `days` before them, each over the
    nights that give the figure.

    One row per headline figure (and `nights`: attack nights): current, previous (sums, NA when
    no night gave the figure), current_covered / previous_covered (nights giving it),
    current_nights / previous_nights (attack nights), change (current - previous, NA unless both
    periods' coverage is `comparable`) and coverage (the current sum's "figures for 9 of 12 attack
    nights"). `end` defaults to the last night in the frame, so "last 7 days" means the data's
    last week.
    """
    columns = ["current", "previous", "change", "current_covered", "previous_covered",
               "current_nights", "previous_nights", "coverage"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    end = pd.Timestamp(end) if end is not None else frame["attack_date"].max()
    current_start = end - pd.Timedelta(days=days - 1)
    previous_start = current_start - pd.Timedelta(days=days)
    dates = frame["attack_date"]
    current = frame[(dates >= current_start) & (dates <= end)]
    previous = frame[(dates >= previous_start) & (dates < current_start)]
    rows = {}
    for name in HEADLINE_COLUMNS:
        now = _counts(current, name).dropna()
        before = _counts(previous, name).dropna()
        rows[name] = {
            "current": int(now.sum()) if len(now) else pd.NA,
            "previous": int(before.sum()) if len(before) else pd.NA,
            "current_covered": len(now), "previous_covered": len(before),
        }
    rows["nights"] = {"current": len(current), "previous": len(previous),
                      "current_covered": len(current), "previous_covered": len(previous)}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table["current_nights"], table["previous_nights"] = len(current), len(previous)
    table["change"] = pd.array([
        row.current - row.previous
        if comparable(row.current_covered, row.current_nights, row.previous_covered, row.previous_nights)
        else pd.NA
        for row in table.itertuples()
    ], dtype="Int64")
    for column in ("current", "previous"):
        table[column] = pd.array(table[column], dtype="Int64")
    table["coverage"] = [coverage_text(covered, nights) for covered, nights
                         in zip(table["current_covered"], table["current_nights"], strict=True)]
    return table[columns]


def largest_attacks(frame: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The `n` nights with the most weapons launched, largest first."""
    if frame.empty:
        return frame
    ranked = frame.assign(_launched=frame["total_launched"].astype("Float64").fillna(-1))
    ranked = ranked.sort_values(["_launched", "attack_date"], ascending=[False, False])
    return ranked[ranked["_launched"] >= 0].drop(columns="_launched").head(n)


def latest_rate(frame: pd.DataFrame, days: int = 30, definition: Definition = "shot_down") -> dict:
    """Interception rate (all weapons) over the last `days` days of the frame, with its interval."""
    if frame.empty:
        return {"rate": np.nan, "low": np.nan, "high": np.nan, "launched": 0, "nights": 0}
    end = frame["attack_date"].max()
    recent = frame[frame["attack_date"] > end - pd.Timedelta(days=days)]
    row = rate_summary(recent, definition, groups=("total",)).iloc[0]
    result = {key: row[key] for key in ("rate", "low", "high", "launched", "nights", "excluded", "combined")}
    result["attack_nights"] = len(recent)
    return result


# --- freshness and coverage (Overview) ---------------------------------------------------------

STALE_AFTER_DAYS = 3


def freshness(frame: pd.DataFrame, today: dt.date) -> tuple[str, bool]:
    """(the sentence saying how old the newest night is, whether that is past STALE_AFTER_DAYS)."""
    if frame.empty:
        return "No attack night stored yet.", True
    newest = frame["attack_date"].max().date()
    age = (today - newest).days
    when = "today" if age == 0 else "yesterday" if age == 1 else f"{age:,} days ago"
    sentence = f"Newest night in view: {newest:%a %d %b %Y} ({when})."
    stale = age > STALE_AFTER_DAYS
    if stale:
        sentence += (f" That is more than {STALE_AFTER_DAYS} days old: add newer reports or the "
                     "official series before reading recent figures as current.")
    return sentence, stale


def view_coverage(frame: pd.DataFrame, start: dt.date | None = None, end: dt.date | None = None) -> dict:
    """How complete the view is: calendar nights from `start` (default the first night in view)
    to `end` (default the last), how many have a report, and how many give a launch figure.
    Keys: calendar_nights, reported, with_launches, text."""
    if frame.empty:
        return {"calendar_nights": 0, "reported": 0, "with_launches": 0, "text": "No night in view."}
    first = pd.Timestamp(start) if start else frame["attack_date"].min()
    last = pd.Timestamp(end) if end else frame["attack_date"].max()
    inside = frame[(frame["attack_date"] >= first) & (frame["attack_date"] <= last)]
    calendar = max((last - first).days + 1, 0)
    reported = int(inside["attack_date"].nunique())
    with_launches = int(inside.loc[inside["total_launched"].notna(), "attack_date"].nunique())
    share = f" ({reported / calendar:.0%})" if calendar else ""
    text = (f"{reported:,} of the {calendar:,} calendar nights in view{share} have a report; "
            f"{with_launches:,} give a launch figure. Sums and rates cover those nights only.")
    return {"calendar_nights": calendar, "reported": reported, "with_launches": with_launches, "text": text}


def plausibility_conflicts(frame: pd.DataFrame) -> pd.DataFrame:
    """Nights whose figures cannot all be true (IMPLAUSIBLE_FLAGS), newest first, with the flags:
    conflicts to resolve, left out of every rate until an analyst does."""
    flagged = frame.loc[implausible_nights(frame)].sort_values("attack_date", ascending=False)
    problems = flagged["quality_flags"].map(
        lambda flags: "; ".join(_FLAG_WORDS.get(flag, flag) for flag in flags if flag in IMPLAUSIBLE_FLAGS))
    return flagged.assign(problem=problems)


_FLAG_WORDS = {
    "drones_destroyed>drones_launched": "more drones shot down than launched",
    "missiles_destroyed>missiles_launched": "more missiles shot down than launched",
    "total_destroyed>total_launched": "more weapons shot down than launched",
    "hit_locations>total_launched": "more locations hit than weapons launched",
    "drones_hit>drones_launched": "more drones hit than launched",
    "missiles_hit>missiles_launched": "more missiles hit than launched",
    "total_hit>total_launched": "more weapons hit than launched",
}
