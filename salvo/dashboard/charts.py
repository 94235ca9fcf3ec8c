"""Plotly figure builders and the figures behind them: plain functions, frame in, figure out.

Every builder takes the attack frame of docs/data-model.md (already filtered) and returns a
`plotly.graph_objects.Figure` in one colour-blind-safe theme (Okabe-Ito). Sums and rates count
only the nights that give a figure, and say how many did (a missing figure is never a zero).
Rates are derived here, never stored: intercepted / launched over the plausible nights where a
source gave both figures, with a 95% interval that respects night-to-night variation (Wilson on
the effective sample after the nights' dispersion) so rare weapons and erratic nights get wide
bands, not false precision.
Text from reports or sources is escaped before it reaches a hover label (Plotly renders a few
HTML-like tags in labels).
"""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from salvo.dashboard.salvos import SALVO_THRESHOLD_SD, SALVO_WINDOW_DAYS, salvo_nights
from salvo.table import names_field
from salvo.vocabulary import FAMILIES

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
TEMPLATE_NAME = "salvo"
pio.templates[TEMPLATE_NAME] = go.layout.Template(
    layout=go.Layout(
        colorway=list(OKABE_ITO),
        font={"family": "sans-serif", "size": 13},
        paper_bgcolor="white",
        plot_bgcolor="white",
        xaxis={"gridcolor": "#e5e5e5", "linecolor": "#999", "automargin": True},
        yaxis={"gridcolor": "#e5e5e5", "linecolor": "#999", "rangemode": "tozero", "automargin": True},
        hovermode="closest",
        # Legend under the plot: the title and its subtitle (the definition in force) own the top.
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        margin={"l": 60, "r": 20, "t": 90, "b": 40},
    )
)

# The template above is light and print-ready: exported images always use it. On a dark page the
# screen gets this one instead (`themed`): transparent so Streamlit's dark background shows
# through, light text and faint grid lines, and the palette's black swapped for white.
PRINT_TEMPLATE = TEMPLATE_NAME
DARK_TEMPLATE_NAME = "salvo_dark"
DARK_TEXT = "#e6e6e6"
pio.templates[DARK_TEMPLATE_NAME] = go.layout.Template(pio.templates[TEMPLATE_NAME]).update(layout={
    "colorway": [DARK_TEXT if colour == "#000000" else colour for colour in OKABE_ITO],
    "font": {"color": DARK_TEXT}, "paper_bgcolor": "rgba(0,0,0,0)", "plot_bgcolor": "rgba(0,0,0,0)",
    "xaxis": {"gridcolor": "#3d4150", "linecolor": "#8b8f9a", "zerolinecolor": "#5a5e6a"},
    "yaxis": {"gridcolor": "#3d4150", "linecolor": "#8b8f9a", "zerolinecolor": "#5a5e6a"},
    "legend": {"bgcolor": "rgba(0,0,0,0)"},
    "hoverlabel": {"bgcolor": "#262730", "font": {"color": DARK_TEXT}},
})


def themed(figure: go.Figure, dark: bool) -> go.Figure:
    """`figure` as a page in a light or dark theme draws it: unchanged on a light page; on a dark
    one a copy in the dark template, with the palette's black marks (salvo stars) drawn light.
    The figure passed in (a cached one) is left as it is."""
    if not dark:
        return figure
    shown = go.Figure(figure)
    shown.update_layout(template=DARK_TEMPLATE_NAME)
    shown.for_each_trace(lambda trace: trace.update(marker_color=DARK_TEXT), selector=_black_marks)
    return shown


def _black_marks(trace: object) -> bool:
    return getattr(getattr(trace, "marker", None), "color", None) == "#000000"


Freq = Literal["D", "W", "M"]
FREQ_LABELS: dict[str, str] = {"D": "night", "W": "week", "M": "month"}
# Periods as pandas spells them: "W-SUN" weeks run Monday to Sunday.
_PERIODS = {"D": "D", "W": "W-SUN", "M": "M"}
_PERIOD_STARTS = {"D": "D", "W": "W-MON", "M": "MS"}  # date_range spellings of the same starts

Definition = Literal["shot_down", "shot_down_or_suppressed"]
DEFINITIONS: dict[str, str] = {
    "shot_down": "shot down",
    "shot_down_or_suppressed": "shot down or suppressed",
}
DEFINITION_NOTE = (
    "The Air Force at times reported one merged figure (\"shot down or suppressed\"); such nights "
    "count that figure as shot down under either definition. \"Shot down or suppressed\" takes only "
    "the nights giving suppressed apart or that merged figure."
)

GROUPS: dict[str, str] = {
    "total": "All weapons", "drones": "Drones", "missiles": "Missiles",
    "shahed": "Shahed / decoy drones", "cruise": "Cruise missiles", "ballistic": "Ballistic missiles",
    "aeroballistic": "Aeroballistic (Kinzhal)", "guided": "Guided missiles",
}
# Suppression (electronic warfare, lost from radar) is reported for drones, not for missiles.
_SUPPRESSIBLE = {"total", "drones", "shahed"}

MEASURES: dict[str, str] = {
    "launched": "Launched", "destroyed": "Shot down", "suppressed": "Suppressed / lost",
    "hit_locations": "Locations hit",
}
_MEASURE_COLOURS = {"launched": OKABE_ITO[0], "destroyed": OKABE_ITO[4], "suppressed": OKABE_ITO[2],
                    "hit_locations": OKABE_ITO[5]}
Z_95 = 1.959963984540054


def _new_figure(title: str, subtitle: str = "") -> go.Figure:
    figure = go.Figure()
    figure.update_layout(template=TEMPLATE_NAME,
                         title={"text": title, "x": 0, "subtitle": {"text": subtitle, "font": {"size": 12}}})
    return figure


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def _sources_label(lists: pd.Series, limit: int = 4) -> str:
    # A dict keeps the first-seen order with constant-time lookups: a list's `in` made a period
    # of many nights and reports quadratic (seconds per chart at 250 reports a night).
    seen = list(dict.fromkeys(name for names in lists for name in names or ()))
    shown = ", ".join(_escape(name) for name in seen[:limit])
    more = len(seen) - limit
    return (shown + (f" and {more} more" if more > 0 else "")) or "none"


def _counts(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(pd.NA, index=frame.index, dtype="Int64")
    return frame[column].astype("Int64")


def group_columns(group: str) -> tuple[str, str]:
    """(launched column, destroyed column) of a weapon group."""
    if group == "total":
        return "total_launched", "total_destroyed"
    return f"{group}_launched", f"{group}_destroyed"


# --- aggregation -------------------------------------------------------------------------------

def aggregate(frame: pd.DataFrame, freq: Freq, columns: list[str]) -> pd.DataFrame:
    """Sum `columns` per night, week (from Monday) or month over the nights that give each figure,
    keeping NA where no night had it (a missing figure is never a zero).

    Adds `nights` (attack nights in the period), `{column}_nights` (those giving the figure: the
    sum's coverage) and `sources` (an escaped label of who reported them).
    """
    coverage = [f"{column}_nights" for column in columns]
    if frame.empty:
        return pd.DataFrame(columns=[*columns, "nights", *coverage, "sources"])
    keyed = frame.set_index("attack_date").sort_index()
    period_start = keyed.index.to_period(_PERIODS[freq]).start_time
    grouper = keyed.groupby(period_start.rename("period"))
    sums = pd.DataFrame({
        column: grouper[column].sum(min_count=1) if column in keyed else pd.NA for column in columns
    })
    sums["nights"] = grouper.size()
    for column in columns:
        sums[f"{column}_nights"] = grouper[column].count() if column in keyed else 0
    sums["sources"] = grouper["sources"].agg(_sources_label)
    return sums[sums["nights"] > 0]


MEASURE_WORDS = {"launched": "launched", "destroyed": "shot down", "suppressed": "suppressed",
                 "hit_locations": "locations hit"}


def span_text(frame: pd.DataFrame) -> str:
    """The nights a chart covers, for its title: "1 Jun 2025 – 28 Sep 2025" ("" for no night)."""
    if frame.empty:
        return ""
    first, last = (f"{day:%-d %b %Y}" for day in (frame["attack_date"].min(), frame["attack_date"].max()))
    return first if first == last else f"{first} – {last}"


def chart_title(what: str, frame: pd.DataFrame) -> str:
    """A chart's title: what is plotted (weapons, measure, period) and the nights it covers."""
    span = span_text(frame)
    return f"{what}, {span}" if span else what


def coverage_text(covered: int, nights: int) -> str:
    """ "figures for 9 of 12 attack nights": how many nights a sum or rate rests on."""
    return f"figures for {covered} of {nights} attack night{'s' if nights != 1 else ''}"


# Two periods' sums compare only when the shares of their attack nights that give the figure
# differ by at most this much (9 of 12 against 10 of 12 compare; 7 of 7 against 1 of 5 do not).
COVERAGE_TOLERANCE = 0.25


def comparable(covered: int, nights: int, other_covered: int, other_nights: int) -> bool:
    """Whether two sums rest on comparable coverage (see COVERAGE_TOLERANCE): both need figures."""
    if not (covered and other_covered and nights and other_nights):
        return False
    return abs(covered / nights - other_covered / other_nights) <= COVERAGE_TOLERANCE


# --- timelines ---------------------------------------------------------------------------------

def default_period(frame: pd.DataFrame) -> Freq:
    """The period a timeline of ``frame`` opens on. A point per night reads well (and paints fast)
    for about a year; a longer view starts weekly or monthly: 5,000 nightly markers per line take
    a browser seconds to draw. The reader may still pick per night."""
    span = (frame["attack_date"].max() - frame["attack_date"].min()).days if not frame.empty else 0
    return "D" if span <= 400 else "W" if span <= 1500 else "M"


def timeline_figure(frame: pd.DataFrame, freq: Freq = "D", group: str = "total") -> go.Figure:
    """Launched, shot down, suppressed and locations hit per night/week/month; salvos starred."""
    launched, destroyed = group_columns(group)
    measures = {"launched": launched, "destroyed": destroyed}
    if group == "total":
        measures |= {"suppressed": "suppressed", "hit_locations": "hit_locations"}
    unit = FREQ_LABELS[freq]
    salvo_note = (f"★ salvo night: launched ≥ {SALVO_THRESHOLD_SD} SD above the previous "
                  f"{SALVO_WINDOW_DAYS}-day mean (CSIS definition)") if freq == "D" else ""
    words = [MEASURE_WORDS[name] for name in measures]
    plotted = f"{', '.join(words[:-1])} and {words[-1]}"
    figure = _new_figure(chart_title(f"{GROUPS[group]}: {plotted} per {unit}", frame), salvo_note)
    if frame.empty:
        return figure
    table = aggregate(frame, freq, list(measures.values()))
    # Periods with no attack row stay empty, so lines break over them instead of drawing a
    # slope across weeks nobody reported on; so do periods whose nights give no such figure.
    table = table.reindex(pd.date_range(table.index.min(), table.index.max(), freq=_PERIOD_STARTS[freq]))
    table["nights"] = table["nights"].fillna(0).astype(int)
    for measure, column in measures.items():
        values = table[column].astype("Float64")
        covered = table[f"{column}_nights"].fillna(0).astype(int)
        coverage = [coverage_text(c, n) if n else "no report"
                    for c, n in zip(covered, table["nights"], strict=True)]
        # a week or month summed over only some of its attack nights is drawn hollow
        partial = (covered < table["nights"]) & values.notna().to_numpy()
        figure.add_trace(go.Scatter(
            x=table.index, y=values.astype(float), name=MEASURES[measure], mode="lines+markers",
            marker={"size": 4 if freq == "D" else 6,
                    "symbol": np.where(partial, "circle-open", "circle").tolist()},
            line={"color": _MEASURE_COLOURS[measure], "width": 2}, connectgaps=False,
            customdata=np.stack([table["sources"].fillna("none"), coverage], axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{MEASURES[measure]}: %{{y:,.0f}}"
                           "<br>%{customdata[1]}<br>sources: %{customdata[0]}<extra></extra>"),
        ))
    missing = table.index[(table["nights"] > 0) & table[launched].isna()]
    if len(missing):  # attack nights (or periods) reported without a launch figure: no data
        figure.add_trace(go.Scatter(
            x=missing, y=[0] * len(missing), name=f"No launch figure (reported {unit})", mode="markers",
            marker={"symbol": "x-thin-open", "size": 9, "color": "#888888", "line": {"width": 2}},
            hovertemplate="%{x|%Y-%m-%d}: reported, but no source gave a launch figure<extra></extra>",
        ))
    unreported = table.index[table["nights"] == 0]
    if len(unreported):  # no report at all: a quiet night, or one no source in view covered
        figure.add_trace(go.Scatter(
            x=unreported, y=[0] * len(unreported), name=f"No report that {unit} (quiet or not covered)",
            mode="markers", marker={"symbol": "line-ns-open", "size": 7, "color": "#bbbbbb"},
            hovertemplate="%{x|%Y-%m-%d}: no report in view (a quiet night or not covered)<extra></extra>",
        ))
    if freq == "D":
        flagged = frame.loc[salvo_nights(frame, launched)]
        if not flagged.empty:
            flagged = flagged.sort_values("attack_date")
            figure.add_trace(go.Scatter(
                x=flagged["attack_date"], y=flagged[launched].astype(float), name="Salvo night",
                mode="markers", marker={"symbol": "star", "size": 14, "color": OKABE_ITO[7]},
                customdata=flagged["sources"].map(lambda s: _sources_label(pd.Series([s]))),
                hovertemplate=("Salvo night %{x|%Y-%m-%d}: %{y:,.0f} launched<br>"
                               "sources: %{customdata}<extra></extra>"),
            ))
    figure.update_yaxes(title_text=f"count per {unit}")
    return figure


ANNOTATION_COLOUR = "#6f6f6f"


def with_annotations(figure: go.Figure, notes: Sequence[tuple[dt.date, str, str]]) -> go.Figure:
    """A copy of a timeline ``figure`` with each annotated day marked: a dotted vertical line and,
    at its top, a marker whose hover is the day's notes and who added them (``notes``: (day,
    text, author), as `Store.annotations` gives them). The text is escaped: a hover label shows it
    as text, never as HTML. The figure itself (a cached one) is left as it is."""
    marked = go.Figure(figure)
    if not notes:
        return marked
    by_day: dict[dt.date, list[str]] = {}
    for day, text, author in notes:
        by_day.setdefault(day, []).append(f"{_escape(text)} ({_escape(author)})")
    days = sorted(by_day)
    for day in days:
        marked.add_vline(x=day.isoformat(), line={"color": ANNOTATION_COLOUR, "width": 1, "dash": "dot"})
    marked.add_trace(go.Scatter(
        x=[pd.Timestamp(day) for day in days], y=[1] * len(days), yaxis="y2", name="Annotation",
        mode="markers", marker={"symbol": "triangle-down", "size": 10, "color": ANNOTATION_COLOUR},
        customdata=["<br>".join(by_day[day]) for day in days],
        hovertemplate="%{x|%Y-%m-%d}<br>%{customdata}<extra>note</extra>",
    ))
    marked.update_layout(yaxis2={"overlaying": "y", "range": [0, 1.02], "visible": False, "fixedrange": True})
    return marked


def month_ticks(figure: go.Figure, freq: Freq, dates: pd.Series, **axis: object) -> go.Figure:
    """Name a monthly chart's ticks by month ("Aug 2023"): every month up to a year of them, every
    quarter up to three years, every year beyond. Left to itself Plotly ticks a few months' bars at
    day dates ("Aug 31", "Sep 30") that read as nights. Other periods are left as they are."""
    if freq != "M" or dates.empty:
        return figure
    first, last = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = 1 if months <= 12 else 3 if months <= 36 else 12
    figure.update_xaxes(dtick=f"M{step}", tickformat="%b %Y" if step < 12 else "%Y", **axis)
    return figure


def _stacked_launches(frame: pd.DataFrame, freq: Freq, groups: tuple[str, ...], title: str) -> go.Figure:
    """Launches of `groups` per period, stacked; the subtitle says how many attack nights in view
    give any of the figures and each bar's hover how many of its period's nights give it."""
    columns = [group_columns(group)[0] for group in groups]
    covered = int(frame[[c for c in columns if c in frame]].notna().any(axis=1).sum()) if len(frame) else 0
    figure = _new_figure(title, f"{coverage_text(covered, len(frame))} in view" if len(frame) else "")
    if frame.empty:
        return figure
    table = aggregate(frame, freq, columns)
    for index, (group, column) in enumerate(zip(groups, columns, strict=True)):
        if table[column].isna().all():
            continue  # no source in view gave this figure: no empty legend entry
        coverage = [coverage_text(int(c), int(n))
                    for c, n in zip(table[f"{column}_nights"], table["nights"], strict=True)]
        figure.add_trace(go.Bar(
            x=table.index, y=table[column].astype("Float64").astype(float), name=GROUPS[group],
            marker_color=OKABE_ITO[index % len(OKABE_ITO)],
            customdata=np.stack([table["sources"], coverage], axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{GROUPS[group]}: %{{y:,.0f}} launched"
                           "<br>%{customdata[1]}<br>sources: %{customdata[0]}<extra></extra>"),
        ))
    figure.update_layout(barmode="stack")
    figure.update_yaxes(title_text=f"launched per {FREQ_LABELS[freq]}")
    return month_ticks(figure, freq, frame["attack_date"])


NO_CLASS_MIX = ("No source in view gives the launches of drones and missiles apart, so no chart of them "
                "is drawn.")


def class_mix_figure(frame: pd.DataFrame, freq: Freq = "W") -> go.Figure:
    """Drones against missiles launched, stacked."""
    return _stacked_launches(frame, freq, ("drones", "missiles"),
                             chart_title(f"Drones vs missiles launched per {FREQ_LABELS[freq]}", frame))


def family_figure(frame: pd.DataFrame, freq: Freq = "W") -> go.Figure:
    """Launches per weapon family, stacked (only where a source broke the figure down)."""
    return _stacked_launches(frame, freq, FAMILIES, chart_title(
        f"Launches by weapon family per {FREQ_LABELS[freq]} (where sources give it)", frame))


# --- interception rates ------------------------------------------------------------------------

def wilson_interval(successes: np.ndarray | float, trials: np.ndarray | float,
                    z: float = Z_95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for a proportion; NaN where there are no trials."""
    x = np.asarray(successes, dtype=float)
    n = np.asarray(trials, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n > 0, x / n, np.nan)
        denominator = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    low = np.where(n > 0, np.clip(centre - half, 0, 1), np.nan)
    high = np.where(n > 0, np.clip(centre + half, 0, 1), np.nan)
    return low, high


# Quality flags that make a night's figures impossible: such a night is a conflict to resolve
# (shown on the Overview and the Reports page), and no rate counts it until an analyst does.
IMPLAUSIBLE_FLAGS = frozenset({
    "drones_destroyed>drones_launched", "missiles_destroyed>missiles_launched",
    "total_destroyed>total_launched", "hit_locations>total_launched",
    "drones_hit>drones_launched", "missiles_hit>missiles_launched", "total_hit>total_launched",
})


def implausible_nights(frame: pd.DataFrame) -> pd.Series:
    """True for nights whose figures cannot all be true (IMPLAUSIBLE_FLAGS). Indexed like frame."""
    if "quality_flags" not in frame:
        return pd.Series(False, index=frame.index, dtype=bool)
    return frame["quality_flags"].map(lambda flags: bool(IMPLAUSIBLE_FLAGS.intersection(flags or ())))


def launched_lower_bounds(nights: pd.DataFrame, group: str) -> int:
    """How many of ``nights`` give the group's launched figure only as a lower bound ("more than 300")."""
    return int(names_field(nights, "lower_bound_fields", group_columns(group)[0]).sum())


def _rated(frame: pd.DataFrame, group: str, definition: Definition,
           implausible: pd.Series | None = None) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(launched, intercepted, usable) per night: usable where both are known, something was
    launched and the night is plausible (no more intercepted than launched, no impossible flag;
    ``implausible``: `implausible_nights` of the frame, when the caller has it already)."""
    launched_col, destroyed_col = group_columns(group)
    launched = _counts(frame, launched_col)
    intercepted = _counts(frame, destroyed_col)
    if definition == "shot_down_or_suppressed" and group in _SUPPRESSIBLE:
        # a night not giving suppressed gives no such figure (a missing figure is no zero), unless
        # its one figure merges shot down and suppressed already (combined_fields)
        merged = names_field(frame, "combined_fields", destroyed_col)
        intercepted = (intercepted + _counts(frame, "suppressed")).where(~merged, intercepted)
    known = launched.notna() & intercepted.notna() & (launched.fillna(0) > 0)
    if implausible is None:
        implausible = implausible_nights(frame)
    plausible = ~implausible & (intercepted.fillna(0) <= launched.fillna(0))
    return launched, intercepted, (known & plausible).astype(bool)


def interception_counts(frame: pd.DataFrame, group: str, definition: Definition,
                        implausible: pd.Series | None = None) -> pd.DataFrame:
    """Per night: `launched` and `intercepted` for a group, only nights where both are known and
    plausible: a night claiming more shot down than launched (or more locations or weapons hit)
    is a conflict to resolve, left out of every rate until it is, never clipped to 100%.
    `combined` says the destroyed figure counts shot down and suppressed together. ``implausible``:
    `implausible_nights` of the frame, when the caller has it already (one test per night, not per group)."""
    launched, intercepted, usable = _rated(frame, group, definition, implausible)
    destroyed_col = group_columns(group)[1]
    counts = pd.DataFrame({
        "attack_date": frame.loc[usable, "attack_date"],
        "launched": launched[usable].astype("int64"),
        "intercepted": intercepted[usable].astype("int64"),
        "combined": names_field(frame, "combined_fields", destroyed_col)[usable],
    })
    return counts.sort_values("attack_date").reset_index(drop=True)


def excluded_nights(frame: pd.DataFrame, group: str, definition: Definition,
                    implausible: pd.Series | None = None) -> pd.DataFrame:
    """Nights that give both figures of a group but are left out of its rate as implausible
    (``implausible`` as `interception_counts` takes it)."""
    launched, intercepted, usable = _rated(frame, group, definition, implausible)
    known = launched.notna() & intercepted.notna() & (launched.fillna(0) > 0)
    return frame.loc[known & ~usable]


def combined_nights(frame: pd.DataFrame, group: str) -> pd.DataFrame:
    """Nights whose destroyed figure for the group is one "shot down/suppressed" figure (the
    row's combined_fields), newest first: night, launched, shot down or suppressed, sources."""
    launched_col, destroyed_col = group_columns(group)
    if frame.empty or "combined_fields" not in frame:
        return pd.DataFrame(columns=["Night", "Launched", "Shot down or suppressed", "Sources"])
    rows = frame[names_field(frame, "combined_fields", destroyed_col)]
    rows = rows.sort_values("attack_date", ascending=False)
    return pd.DataFrame({
        "Night": rows["attack_date"].dt.strftime("%Y-%m-%d"), "Launched": _counts(rows, launched_col),
        "Shot down or suppressed": _counts(rows, destroyed_col), "Sources": rows["sources"].map(", ".join),
    }).reset_index(drop=True)


def dispersion(intercepted: np.ndarray, launched: np.ndarray) -> float:
    """How much more the nights' rates vary than independent weapons would (quasi-binomial
    Pearson dispersion, at least 1): weapons of one night share its weather, targets and tactics.
    1 when fewer than two nights give no variation to measure."""
    x, n = np.asarray(intercepted, dtype=float), np.asarray(launched, dtype=float)
    if len(n) < 2 or n.sum() <= 0:
        return 1.0
    p = x.sum() / n.sum()
    if p <= 0 or p >= 1:
        return 1.0
    chi2 = float((((x - n * p) ** 2) / (n * p * (1 - p))).sum())
    return max(1.0, chi2 / (len(n) - 1))


def night_interval(intercepted: np.ndarray, launched: np.ndarray, z: float = Z_95) -> tuple[float, float]:
    """95% interval of the pooled rate that respects night-to-night variation: the Wilson
    interval of the effective sample (launched ÷ dispersion: a beta-binomial design effect
    estimated from the nights themselves). NaN when nothing was launched."""
    phi = dispersion(intercepted, launched)
    x, n = float(np.sum(intercepted)), float(np.sum(launched))
    low, high = wilson_interval(x / phi, n / phi, z)
    return float(low), float(high)


def pooled_rate(intercepted: np.ndarray, launched: np.ndarray) -> dict[str, float | int]:
    """The interception rate of some nights, each giving both figures (one value per night of each,
    as `interception_counts`): nights, launched, intercepted, the pooled rate (NaN when nothing was
    launched) and its 95% interval over nights (`night_interval`). Every rate in the dashboard is
    taken here, so none divides figures of different nights."""
    intercepted, launched = np.asarray(intercepted, dtype="int64"), np.asarray(launched, dtype="int64")
    if intercepted.shape != launched.shape:
        raise ValueError("a rate needs both figures of the same nights")
    low, high = night_interval(intercepted, launched)
    total, hit = int(launched.sum()), int(intercepted.sum())
    return {"nights": len(launched), "launched": total, "intercepted": hit,
            "rate": hit / total if total else np.nan, "low": low, "high": high}


def rate_coverage_text(nights: int, attack_nights: int) -> str:
    """ "rate over 9 nights giving both (of 12 attack nights)": the nights a rate rests on, which
    are fewer than those a launched or a shot-down total adds."""
    return (f"rate over {nights} night{'s' if nights != 1 else ''} giving both "
            f"(of {attack_nights} attack night{'s' if attack_nights != 1 else ''})")


def rate_summary(frame: pd.DataFrame, definition: Definition = "shot_down",
                 groups: tuple[str, ...] = tuple(GROUPS)) -> pd.DataFrame:
    """One row per weapon group: nights, launched, intercepted, rate, 95% low/high over nights
    (`night_interval`), `excluded` (implausible nights left out) and `combined` (nights counted
    whose destroyed figure is one "shot down/suppressed" figure)."""
    rows = []
    implausible = implausible_nights(frame)
    for group in groups:
        counts = interception_counts(frame, group, definition, implausible)
        rows.append({
            "group": group, "label": GROUPS[group],
            **pooled_rate(counts["intercepted"].to_numpy(), counts["launched"].to_numpy()),
            "excluded": len(excluded_nights(frame, group, definition, implausible)),
            "combined": int(counts["combined"].sum()),
        })
    return pd.DataFrame(rows)


def rolling_rates(frame: pd.DataFrame, group: str, definition: Definition = "shot_down",
                  windows: tuple[int, ...] = (7, 30)) -> pd.DataFrame:
    """Per calendar day: rate, low and high over each trailing window of `days` days.

    Days whose window holds no night with both figures are NaN, so the lines break over the
    stretches nobody reported on instead of bridging them.
    """
    counts = interception_counts(frame, group, definition).drop(columns="combined")
    counts = counts.groupby("attack_date").sum()
    if counts.empty:
        return pd.DataFrame()
    counts["nights"] = 1
    counts["square"] = counts["intercepted"] ** 2 / counts["launched"]  # for the dispersion
    days = pd.date_range(counts.index.min(), counts.index.max(), freq="D")
    counts = counts.reindex(days, fill_value=0)
    result = pd.DataFrame(index=days)
    for width in windows:
        rolled = counts.rolling(f"{width}D").sum()
        launched = rolled["launched"].where(rolled["launched"] > 0)
        rate = rolled["intercepted"] / launched
        # the quasi-binomial dispersion of the window's nights (see `dispersion`), at least 1
        spread = (rolled["square"] - 2 * rate * rolled["intercepted"] + rate**2 * rolled["launched"]) / (
            rate * (1 - rate) * (rolled["nights"] - 1))
        phi = spread.where((rolled["nights"] >= 2) & (rate > 0) & (rate < 1)).fillna(1.0).clip(lower=1.0)
        low, high = wilson_interval(rolled["intercepted"] / phi, launched / phi)
        result[f"rate_{width}"] = rate
        result[f"low_{width}"] = low
        result[f"high_{width}"] = high
        result[f"launched_{width}"] = launched
        result[f"nights_{width}"] = rolled["nights"]
    return result


def definition_label(definition: Definition) -> str:
    """The definition in force, as the rate charts print it under their title."""
    rule = DEFINITIONS[definition]
    extra = " (suppressed counted for drones only)" if definition == "shot_down_or_suppressed" else ""
    return (f"Definition in force: rate = {rule} ÷ launched{extra}; 95% intervals over nights.<br>"
            "The Air Force at times merged \"shot down or suppressed\" into one figure; "
            "such nights count it as shot down.")


def rate_summary_figure(frame: pd.DataFrame, definition: Definition = "shot_down",
                        groups: tuple[str, ...] = tuple(GROUPS)) -> go.Figure:
    """Interception rate of each weapon group in ``groups`` (every class and family by default)
    with Wilson 95% intervals over nights as error bars."""
    summary = rate_summary(frame, definition, groups)
    summary = summary[summary["launched"] > 0].iloc[::-1]
    figure = _new_figure(chart_title(f"Interception rate ({DEFINITIONS[definition]}) by class and family, "
                                     "95% interval over nights", frame), definition_label(definition))
    if summary.empty:
        return figure
    figure.add_trace(go.Scatter(
        x=summary["rate"], y=summary["label"], mode="markers", name="rate",
        marker={"size": 11, "color": OKABE_ITO[4]},
        error_x={"type": "data", "symmetric": False, "array": summary["high"] - summary["rate"],
                 "arrayminus": summary["rate"] - summary["low"], "color": OKABE_ITO[4], "thickness": 2},
        customdata=np.stack([summary["intercepted"], summary["launched"], summary["nights"],
                             summary["low"], summary["high"]], axis=-1),
        hovertemplate=("%{y}: %{x:.1%}<br>%{customdata[0]:,} of %{customdata[1]:,} over %{customdata[2]} "
                       f"nights giving both (of {len(frame):,} attack nights)<br>95% interval "
                       "%{customdata[3]:.1%}–%{customdata[4]:.1%}<extra></extra>"),
    ))
    figure.update_xaxes(range=[0, 1.02], tickformat=".0%", title_text="share intercepted")
    figure.update_layout(showlegend=False, height=200 + 40 * len(summary), margin={"t": 110})
    return figure


NO_RATE = ("No night in view gives both the launched and the shot-down figure of the weapons offered, so no "
           "interception rate is drawn.")


def no_rolling_rate(group: str) -> str:
    """What the Interception page says in place of the rolling rate of ``group`` when no night in
    view gives both its figures."""
    return (f"No night in view gives both the launched and the shot-down figure of {GROUPS[group].lower()}, "
            "so no rolling rate is drawn.")


def rolling_rate_figure(frame: pd.DataFrame, group: str = "total",
                        definition: Definition = "shot_down",
                        windows: tuple[int, ...] = (7, 30)) -> go.Figure:
    """7- and 30-day rolling interception rates with shaded 95% bands over nights."""
    days = " and ".join(map(str, windows))
    figure = _new_figure(chart_title(f"{GROUPS[group]}: {days}-day rolling interception rate "
                                     f"({DEFINITIONS[definition]})", frame), definition_label(definition))
    rates = rolling_rates(frame, group, definition, windows)
    if rates.empty:
        return figure
    colours = {windows[0]: OKABE_ITO[0], windows[-1]: OKABE_ITO[4]}
    for days in windows:
        colour = colours.get(days, OKABE_ITO[2])
        band_x, band_y = _band_outline(rates.index, rates[f"low_{days}"], rates[f"high_{days}"])
        figure.add_trace(go.Scatter(
            x=band_x, y=band_y, mode="lines", line={"width": 0}, fill="toself",
            fillcolor=_rgba(colour, 0.18), name=f"{days}-day 95% interval", legendgroup=str(days),
            hoverinfo="skip",
        ))
        figure.add_trace(go.Scatter(
            x=rates.index, y=rates[f"rate_{days}"], mode="lines", name=f"{days}-day rate",
            line={"color": colour, "width": 2}, legendgroup=str(days),
            customdata=np.stack([rates[f"low_{days}"], rates[f"high_{days}"], rates[f"launched_{days}"],
                                 rates[f"nights_{days}"]], axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{days}-day rate %{{y:.1%}}"
                           "<br>95% interval %{customdata[0]:.1%}–%{customdata[1]:.1%}"
                           "<br>launched in window: %{customdata[2]:,.0f} over %{customdata[3]:.0f} nights"
                           "<extra></extra>"),
        ))
    figure.update_yaxes(range=[0, 1.02], tickformat=".0%", title_text="share intercepted")
    figure.update_layout(margin={"t": 110})
    return figure


def rolling_windows(figure: go.Figure) -> list[int]:
    """The window in days of each trace of a `rolling_rate_figure` (its legend group), by
    curve number: what a clicked point of it summarises."""
    return [int(trace.legendgroup or 1) for trace in figure.data]


def rated_nights(frame: pd.DataFrame, labels: Sequence[str],
                 definition: Definition = "shot_down") -> list[dt.date]:
    """The nights counted in the rates of the weapon groups whose labels (`GROUPS` values, as
    `rate_summary_figure` names its rows) are given, newest first."""
    by_label = {label: group for group, label in GROUPS.items()}
    nights: set[dt.date] = set()
    for label in labels:
        if label in by_label:
            counted = interception_counts(frame, by_label[label], definition)["attack_date"]
            nights.update(stamp.date() for stamp in counted)
    return sorted(nights, reverse=True)


def _band_outline(index: pd.Index, low: pd.Series, high: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """One closed outline per run of days with an interval, separated by a gap (None / NaN), so
    a filled band breaks where the rate does instead of bridging it. Arrays of ISO days and floats:
    Streamlit copies and encodes the figure on every run, and lists of thousands of Timestamp and
    float objects cost several times more there."""
    days = pd.DatetimeIndex(index).strftime("%Y-%m-%d").to_numpy(dtype=object)
    highs, lows = high.to_numpy(dtype=float), low.to_numpy(dtype=float)
    known = (low.notna() & high.notna()).to_numpy()
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    start = None
    for position in range(len(known) + 1):
        if position < len(known) and known[position]:
            start = position if start is None else start
            continue
        if start is not None:
            run = slice(start, position)
            xs.append(np.concatenate([days[run], days[run][::-1], [days[start], None]]))
            ys.append(np.concatenate([highs[run], lows[run][::-1], [highs[start], np.nan]]))
            start = None
    if not xs:
        return np.array([], dtype=object), np.array([], dtype=float)
    return np.concatenate(xs), np.concatenate(ys)


def _rgba(hex_colour: str, alpha: float) -> str:
    red, green, blue = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


# --- for the other figure modules (salvo.dashboard.weapons, .directions) -------------------------

def new_figure(title: str, subtitle: str = "") -> go.Figure:
    """An empty figure in the house theme with its title and subtitle: where every builder starts."""
    return _new_figure(title, subtitle)


def escape_label(text: object) -> str:
    """Text from a report or source, safe in a hover label (Plotly renders a few HTML-like tags)."""
    return _escape(text)


def period_starts(dates: pd.Series, freq: Freq) -> pd.Series:
    """The first day of each date's night, week (from Monday) or month, as `aggregate` groups them."""
    return pd.Series(pd.DatetimeIndex(dates).to_period(_PERIODS[freq]).start_time, index=dates.index)
