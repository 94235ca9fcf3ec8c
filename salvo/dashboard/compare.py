"""Two periods side by side (the Compare page, issue 18 item 4): totals with their coverage,
interception rates, the weapon-family mix and the oblasts hit. Pure functions, frame in, frame
out; the sums follow the coverage rules of salvo.dashboard.charts (a missing figure is never a
zero; a change is shown only when both periods give the figure for a comparable share of their
nights).

Query string: `a_from=2025-06-01&a_to=2025-06-30&b_from=2025-07-01&b_to=2025-07-31`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from salvo.dashboard import charts
from salvo.vocabulary import FAMILIES

PARAM_KEYS = ("a_from", "a_to", "b_from", "b_to")
DEFAULT_DAYS = 30  # with no periods in the URL: the last 30 days of the data against the 30 before
TOTAL_LABELS = {"nights": "Attack nights", "total_launched": "Weapons launched",
                "total_destroyed": "Weapons shot down", "drones_launched": "Drones launched",
                "missiles_launched": "Missiles launched", "hit_locations": "Locations hit",
                "killed": "Killed", "injured": "Injured"}
RATE_GROUPS = ("total", "drones", "missiles")


@dataclass(frozen=True)
class Period:
    """Nights from `start` to `end`, both included."""

    start: dt.date
    end: dt.date

    def label(self) -> str:
        return f"{self.start:%Y-%m-%d} → {self.end:%Y-%m-%d}"

    def rows(self, frame: pd.DataFrame) -> pd.DataFrame:
        dates = frame["attack_date"]
        return frame[(dates >= pd.Timestamp(self.start)) & (dates <= pd.Timestamp(self.end))]


def default_periods(frame: pd.DataFrame, today: dt.date) -> tuple[Period, Period]:
    """The last DEFAULT_DAYS days of the data (B) against the DEFAULT_DAYS before (A)."""
    end = frame["attack_date"].max().date() if not frame.empty else today
    b = Period(end - dt.timedelta(days=DEFAULT_DAYS - 1), end)
    a = Period(b.start - dt.timedelta(days=DEFAULT_DAYS), b.start - dt.timedelta(days=1))
    return a, b


def periods_from_params(params: Mapping[str, str], defaults: tuple[Period, Period],
                        problems: list[str] | None = None) -> tuple[Period, Period]:
    """The two periods a query string names; a missing or malformed date keeps the default's, and
    a reversed range is swapped (pages read leniently, as the shared filters do). What a malformed
    date was replaced with is added to `problems`, when given, for the page to say."""
    def day(key: str, fallback: dt.date) -> dt.date:
        value = str(params.get(key) or "")
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            if value and problems is not None:
                problems.append(f"{key}: {value[:40]!r} is not a date (YYYY-MM-DD); showing {fallback}")
            return fallback

    result = []
    for prefix, default in zip(("a", "b"), defaults, strict=True):
        start, end = day(f"{prefix}_from", default.start), day(f"{prefix}_to", default.end)
        result.append(Period(min(start, end), max(start, end)))
    return result[0], result[1]


def to_params(a: Period, b: Period) -> dict[str, str]:
    return {"a_from": a.start.isoformat(), "a_to": a.end.isoformat(),
            "b_from": b.start.isoformat(), "b_to": b.end.isoformat()}


def _sum(rows: pd.DataFrame, column: str) -> tuple[object, int]:
    """(sum over the nights that give the figure or NA, how many nights give it)."""
    given = rows[column].astype("Int64").dropna() if column in rows else pd.Series(dtype="Int64")
    return (int(given.sum()) if len(given) else pd.NA), len(given)


def compare_totals(frame: pd.DataFrame, a: Period, b: Period) -> pd.DataFrame:
    """One row per headline figure (and attack nights): each period's sum with its coverage
    ("figures for 9 of 12 attack nights") and the change B − A, NA unless their coverage is
    comparable (charts.comparable)."""
    rows_a, rows_b = a.rows(frame), b.rows(frame)
    table = []
    for column, label in TOTAL_LABELS.items():
        if column == "nights":
            (sum_a, covered_a), (sum_b, covered_b) = (len(rows_a), len(rows_a)), (len(rows_b), len(rows_b))
        else:
            (sum_a, covered_a), (sum_b, covered_b) = _sum(rows_a, column), _sum(rows_b, column)
        change = (sum_b - sum_a if charts.comparable(covered_a, len(rows_a), covered_b, len(rows_b))
                  else pd.NA)
        table.append({"figure": label,
                      "a": sum_a, "a_coverage": charts.coverage_text(covered_a, len(rows_a)),
                      "b": sum_b, "b_coverage": charts.coverage_text(covered_b, len(rows_b)),
                      "change": change})
    result = pd.DataFrame(table)
    for column in ("a", "b", "change"):
        result[column] = pd.array(result[column], dtype="Int64")
    return result


def compare_rates(frame: pd.DataFrame, a: Period, b: Period,
                  definition: charts.Definition = "shot_down") -> pd.DataFrame:
    """Interception rate per weapon class in each period (charts.rate_summary: pooled over the
    nights giving both figures, with its 95% interval over nights), a row per period and class:
    `period` ("a" or "b"), `weapons`, `rate`, and as text `rate_text` (with the interval),
    `counts` (shot down of launched) and `coverage` (the nights it rests on). Launched and shot
    down compare only over those nights: the totals add each figure over the nights that give
    it, and a night giving one figure alone would tip them."""
    rows = []
    for name, period in (("a", a), ("b", b)):
        chosen = period.rows(frame)
        summary = charts.rate_summary(chosen, definition, RATE_GROUPS).set_index("group")
        for group in RATE_GROUPS:
            row = summary.loc[group]
            given = bool(row["launched"])
            rows.append({
                "period": name, "weapons": charts.GROUPS[group], "rate": row["rate"],
                "rate_text": (f"{row['rate']:.1%} (95% {row['low']:.1%}–{row['high']:.1%})" if given
                              else "no night gives both figures"),
                "counts": (f"{row['intercepted']:,} shot down of {row['launched']:,} launched" if given
                           else "—"),
                "coverage": charts.rate_coverage_text(row["nights"], len(chosen)),
            })
    return pd.DataFrame(rows)


def family_mix(frame: pd.DataFrame, a: Period, b: Period) -> pd.DataFrame:
    """Launches per weapon family in each period: the sum over the nights that break it down, its
    share of the families' sum, and the nights giving it ("3 of 20 nights": shorter than the
    totals' coverage so that the table's seven columns fit the page)."""
    rows = []
    sums = {}
    for name, period in (("a", a), ("b", b)):
        chosen = period.rows(frame)
        sums[name] = {family: _sum(chosen, f"{family}_launched") for family in FAMILIES}
        sums[name + "_nights"] = len(chosen)
    for family in FAMILIES:
        row: dict[str, object] = {"family": charts.GROUPS[family]}
        for name in ("a", "b"):
            value, covered = sums[name][family]
            known = sum(v for v, _c in sums[name].values() if not pd.isna(v))
            row[name] = value
            row[f"{name}_share"] = (f"{value / known:.0%}" if known and not pd.isna(value) else "—")
            row[f"{name}_coverage"] = f"{covered} of {sums[name + '_nights']} nights"
        rows.append(row)
    result = pd.DataFrame(rows)
    for name in ("a", "b"):
        result[name] = pd.array(result[name], dtype="Int64")
    return result


def oblasts_hit(frame: pd.DataFrame, a: Period, b: Period) -> pd.DataFrame:
    """Attack nights with reported impact per oblast in each period, most hit first."""
    counts = {}
    for name, period in (("a", a), ("b", b)):
        names = period.rows(frame)["oblasts"].explode().dropna()
        counts[name] = names.value_counts()
    table = pd.DataFrame(counts).fillna(0).astype("int64")
    if table.empty:
        return pd.DataFrame(columns=["oblast", "a", "b"])
    table = table.rename_axis("oblast").reset_index()
    return table.sort_values(["b", "a", "oblast"], ascending=[False, False, True], ignore_index=True)
