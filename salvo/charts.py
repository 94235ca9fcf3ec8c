"""Plotly figure builders and the figures behind them: plain functions, frame in, figure out.

Every builder takes the attack frame of docs/data-model.md (already filtered) and returns a
`plotly.graph_objects.Figure` in one colour-blind-safe theme (Okabe-Ito). Rates are derived here,
never stored: intercepted / launched over the nights where a source gave both figures, with a
Wilson 95% interval so rare weapons (a handful of Kinzhals) get wide bands, not false precision.
Text from reports or sources is escaped before it reaches a hover label (Plotly renders a few
HTML-like tags in labels).
"""
from __future__ import annotations

import html
from typing import Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

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
    "count that figure as shot down under either definition."
)

GROUPS: dict[str, str] = {
    "total": "All weapons", "drones": "Drones", "missiles": "Missiles",
    "shahed": "Shahed / decoy drones", "cruise": "Cruise missiles", "ballistic": "Ballistic missiles",
    "aeroballistic": "Aeroballistic (Kinzhal)", "guided": "Guided missiles",
}
FAMILIES = ("shahed", "cruise", "ballistic", "aeroballistic", "guided")
# Suppression (electronic warfare, lost from radar) is reported for drones, not for missiles.
_SUPPRESSIBLE = {"total", "drones", "shahed"}

MEASURES: dict[str, str] = {
    "launched": "Launched", "destroyed": "Shot down", "suppressed": "Suppressed / lost",
    "hit_locations": "Locations hit",
}
_MEASURE_COLOURS = {"launched": OKABE_ITO[0], "destroyed": OKABE_ITO[4], "suppressed": OKABE_ITO[2],
                    "hit_locations": OKABE_ITO[5]}
SALVO_WINDOW_DAYS = 30
SALVO_THRESHOLD_SD = 1.5
SALVO_MIN_NIGHTS = 7
Z_95 = 1.959963984540054


def _new_figure(title: str, subtitle: str = "") -> go.Figure:
    figure = go.Figure()
    figure.update_layout(template=TEMPLATE_NAME,
                         title={"text": title, "x": 0, "subtitle": {"text": subtitle, "font": {"size": 12}}})
    return figure


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def _sources_label(lists: pd.Series, limit: int = 4) -> str:
    seen: list[str] = []
    for names in lists:
        for name in names or ():
            if name not in seen:
                seen.append(name)
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
    """Sum `columns` per night, week (from Monday) or month, keeping NA where no night had a figure.

    Adds `nights` (rows in the period) and `sources` (an escaped label of who reported them).
    """
    if frame.empty:
        return pd.DataFrame(columns=[*columns, "nights", "sources"])
    keyed = frame.set_index("attack_date").sort_index()
    period_start = keyed.index.to_period(_PERIODS[freq]).start_time
    grouper = keyed.groupby(period_start.rename("period"))
    sums = pd.DataFrame({
        column: grouper[column].sum(min_count=1) if column in keyed else pd.NA for column in columns
    })
    sums["nights"] = grouper.size()
    sums["sources"] = grouper["sources"].agg(_sources_label)
    return sums[sums["nights"] > 0]


def salvo_nights(frame: pd.DataFrame, column: str = "total_launched",
                 window_days: int = SALVO_WINDOW_DAYS, threshold_sd: float = SALVO_THRESHOLD_SD,
                 min_nights: int = SALVO_MIN_NIGHTS) -> pd.Series:
    """True for nights launching >= threshold_sd standard deviations above the rolling mean.

    The CSIS definition of a salvo: compared with the previous `window_days` days (the night
    itself excluded, so one huge night does not hide itself), needing `min_nights` nights with a
    figure before it judges anything. Indexed like `frame`.
    """
    if frame.empty:
        return pd.Series(False, index=frame.index, dtype=bool)
    series = frame.set_index("attack_date")[column].astype("Float64").sort_index().dropna()
    series = series.astype(float)
    window = f"{window_days}D"
    mean = series.rolling(window, closed="left", min_periods=min_nights).mean()
    spread = series.rolling(window, closed="left", min_periods=min_nights).std()
    flagged = (series >= mean + threshold_sd * spread) & mean.notna() & spread.notna()
    by_date = flagged.groupby(level=0).any()
    return frame["attack_date"].map(by_date).fillna(False).astype(bool)


# --- timelines ---------------------------------------------------------------------------------

def timeline_figure(frame: pd.DataFrame, freq: Freq = "D", group: str = "total") -> go.Figure:
    """Launched, shot down, suppressed and locations hit per night/week/month; salvos starred."""
    launched, destroyed = group_columns(group)
    measures = {"launched": launched, "destroyed": destroyed}
    if group == "total":
        measures |= {"suppressed": "suppressed", "hit_locations": "hit_locations"}
    unit = FREQ_LABELS[freq]
    salvo_note = (f"★ salvo night: launched ≥ {SALVO_THRESHOLD_SD} SD above the previous "
                  f"{SALVO_WINDOW_DAYS}-day mean (CSIS definition)") if freq == "D" else ""
    figure = _new_figure(f"{GROUPS[group]}: launched, shot down and hits per {unit}", salvo_note)
    if frame.empty:
        return figure
    table = aggregate(frame, freq, list(measures.values()))
    # Periods with no attack row stay empty, so lines break over them instead of drawing a
    # slope across weeks nobody reported on.
    table = table.reindex(pd.date_range(table.index.min(), table.index.max(), freq=_PERIOD_STARTS[freq]))
    for measure, column in measures.items():
        values = table[column].astype("Float64")
        figure.add_trace(go.Scatter(
            x=table.index, y=values.astype(float), name=MEASURES[measure], mode="lines+markers",
            marker={"size": 4 if freq == "D" else 6},
            line={"color": _MEASURE_COLOURS[measure], "width": 2},
            customdata=np.stack([table["sources"], table["nights"]], axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{MEASURES[measure]}: %{{y:,.0f}}"
                           "<br>nights: %{customdata[1]}<br>sources: %{customdata[0]}<extra></extra>"),
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


def _stacked_launches(frame: pd.DataFrame, freq: Freq, groups: tuple[str, ...], title: str) -> go.Figure:
    figure = _new_figure(title)
    if frame.empty:
        return figure
    columns = [group_columns(group)[0] for group in groups]
    table = aggregate(frame, freq, columns)
    for index, (group, column) in enumerate(zip(groups, columns, strict=True)):
        if table[column].isna().all():
            continue  # no source in view gave this figure: no empty legend entry
        figure.add_trace(go.Bar(
            x=table.index, y=table[column].astype("Float64").astype(float), name=GROUPS[group],
            marker_color=OKABE_ITO[index % len(OKABE_ITO)],
            customdata=table["sources"],
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{GROUPS[group]}: %{{y:,.0f}} launched"
                           "<br>sources: %{customdata}<extra></extra>"),
        ))
    figure.update_layout(barmode="stack")
    figure.update_yaxes(title_text=f"launched per {FREQ_LABELS[freq]}")
    return figure


def class_mix_figure(frame: pd.DataFrame, freq: Freq = "W") -> go.Figure:
    """Drones against missiles launched, stacked."""
    return _stacked_launches(frame, freq, ("drones", "missiles"),
                             f"Drones vs missiles launched per {FREQ_LABELS[freq]}")


def family_figure(frame: pd.DataFrame, freq: Freq = "W") -> go.Figure:
    """Launches per weapon family, stacked (only where a source broke the figure down)."""
    return _stacked_launches(frame, freq, FAMILIES,
                             f"Launches by weapon family per {FREQ_LABELS[freq]} (where sources give it)")


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


def interception_counts(frame: pd.DataFrame, group: str, definition: Definition) -> pd.DataFrame:
    """Per night: `launched` and `intercepted` for a group, only nights where both are known.

    Intercepted is clipped to launched: a source claiming more shot down than launched is a
    quality flag on the row, not a rate above 100%.
    """
    launched_col, destroyed_col = group_columns(group)
    launched = _counts(frame, launched_col)
    intercepted = _counts(frame, destroyed_col)
    if definition == "shot_down_or_suppressed" and group in _SUPPRESSIBLE:
        intercepted = intercepted + _counts(frame, "suppressed").fillna(0)
    known = launched.notna() & intercepted.notna() & (launched.fillna(0) > 0)
    counts = pd.DataFrame({
        "attack_date": frame.loc[known, "attack_date"],
        "launched": launched[known].astype("int64"),
        "intercepted": np.minimum(intercepted[known].astype("int64"), launched[known].astype("int64")),
    })
    return counts.sort_values("attack_date").reset_index(drop=True)


def rate_summary(frame: pd.DataFrame, definition: Definition = "shot_down",
                 groups: tuple[str, ...] = tuple(GROUPS)) -> pd.DataFrame:
    """One row per weapon group: nights, launched, intercepted, rate, Wilson 95% low/high."""
    rows = []
    for group in groups:
        counts = interception_counts(frame, group, definition)
        launched, intercepted = int(counts["launched"].sum()), int(counts["intercepted"].sum())
        low, high = wilson_interval(intercepted, launched)
        rows.append({
            "group": group, "label": GROUPS[group], "nights": len(counts), "launched": launched,
            "intercepted": intercepted, "rate": intercepted / launched if launched else np.nan,
            "low": float(low), "high": float(high),
        })
    return pd.DataFrame(rows)


def rolling_rates(frame: pd.DataFrame, group: str, definition: Definition = "shot_down",
                  windows: tuple[int, ...] = (7, 30)) -> pd.DataFrame:
    """Per calendar day: rate, low and high over each trailing window of `days` days.

    Days whose window holds no night with both figures are NaN, so the lines break over the
    stretches nobody reported on instead of bridging them.
    """
    counts = interception_counts(frame, group, definition).groupby("attack_date").sum()
    if counts.empty:
        return pd.DataFrame()
    days = pd.date_range(counts.index.min(), counts.index.max(), freq="D")
    counts = counts.reindex(days, fill_value=0)
    result = pd.DataFrame(index=days)
    for width in windows:
        rolled = counts.rolling(f"{width}D").sum()
        launched = rolled["launched"].where(rolled["launched"] > 0)
        low, high = wilson_interval(rolled["intercepted"], launched)
        result[f"rate_{width}"] = rolled["intercepted"] / launched
        result[f"low_{width}"] = low
        result[f"high_{width}"] = high
        result[f"launched_{width}"] = launched
    return result


def definition_label(definition: Definition) -> str:
    """The definition in force, as the rate charts print it under their title."""
    rule = DEFINITIONS[definition]
    extra = " (suppressed counted for drones only)" if definition == "shot_down_or_suppressed" else ""
    return (f"Definition in force: rate = {rule} ÷ launched{extra}.<br>"
            "The Air Force at times merged \"shot down or suppressed\" into one figure; "
            "such nights count it as shot down.")


def rate_summary_figure(frame: pd.DataFrame, definition: Definition = "shot_down") -> go.Figure:
    """Interception rate by class and family with Wilson 95% intervals as error bars."""
    summary = rate_summary(frame, definition)
    summary = summary[summary["launched"] > 0].iloc[::-1]
    figure = _new_figure(f"Interception rate ({DEFINITIONS[definition]}) by class and family, "
                         "Wilson 95% interval", definition_label(definition))
    if summary.empty:
        return figure
    figure.add_trace(go.Scatter(
        x=summary["rate"], y=summary["label"], mode="markers", name="rate",
        marker={"size": 11, "color": OKABE_ITO[4]},
        error_x={"type": "data", "symmetric": False, "array": summary["high"] - summary["rate"],
                 "arrayminus": summary["rate"] - summary["low"], "color": OKABE_ITO[4], "thickness": 2},
        customdata=np.stack([summary["intercepted"], summary["launched"], summary["nights"],
                             summary["low"], summary["high"]], axis=-1),
        hovertemplate=("%{y}: %{x:.1%}<br>%{customdata[0]:,} of %{customdata[1]:,} over "
                       "%{customdata[2]} nights<br>95% interval %{customdata[3]:.1%}–%{customdata[4]:.1%}"
                       "<extra></extra>"),
    ))
    figure.update_xaxes(range=[0, 1.02], tickformat=".0%", title_text="share intercepted")
    figure.update_layout(showlegend=False, height=200 + 40 * len(summary), margin={"t": 110})
    return figure


def rolling_rate_figure(frame: pd.DataFrame, group: str = "total",
                        definition: Definition = "shot_down",
                        windows: tuple[int, ...] = (7, 30)) -> go.Figure:
    """7- and 30-day rolling interception rates with shaded Wilson 95% bands."""
    figure = _new_figure(f"{GROUPS[group]}: rolling interception rate ({DEFINITIONS[definition]})",
                         definition_label(definition))
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
            customdata=np.stack([rates[f"low_{days}"], rates[f"high_{days}"], rates[f"launched_{days}"]],
                                axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{days}-day rate %{{y:.1%}}"
                           "<br>95% interval %{customdata[0]:.1%}–%{customdata[1]:.1%}"
                           "<br>launched in window: %{customdata[2]:,.0f}<extra></extra>"),
        ))
    figure.update_yaxes(range=[0, 1.02], tickformat=".0%", title_text="share intercepted")
    figure.update_layout(margin={"t": 110})
    return figure


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


# --- headline figures (Overview) ---------------------------------------------------------------

HEADLINE_COLUMNS = ("total_launched", "total_destroyed", "drones_launched", "missiles_launched",
                    "hit_locations", "killed", "injured")


def period_totals(frame: pd.DataFrame, days: int, end: pd.Timestamp | None = None) -> pd.DataFrame:
    """Totals of the last `days` days up to `end` against the `days` before them.

    Columns: current, previous, change (current - previous); one row per headline figure.
    `end` defaults to the last night in the frame, so "last 7 days" means the data's last week.
    """
    if frame.empty:
        return pd.DataFrame(columns=["current", "previous", "change"])
    end = pd.Timestamp(end) if end is not None else frame["attack_date"].max()
    current_start = end - pd.Timedelta(days=days - 1)
    previous_start = current_start - pd.Timedelta(days=days)
    dates = frame["attack_date"]
    current = frame[(dates >= current_start) & (dates <= end)]
    previous = frame[(dates >= previous_start) & (dates < current_start)]
    table = pd.DataFrame({
        "current": [current[c].sum() if c in current else 0 for c in HEADLINE_COLUMNS],
        "previous": [previous[c].sum() if c in previous else 0 for c in HEADLINE_COLUMNS],
    }, index=list(HEADLINE_COLUMNS)).astype("int64")
    table.loc["nights"] = [len(current), len(previous)]
    table["change"] = table["current"] - table["previous"]
    return table


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
    return {key: row[key] for key in ("rate", "low", "high", "launched", "nights")}
