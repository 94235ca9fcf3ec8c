"""Salvo nights: the nights that launched far more than the weeks before them (the CSIS
definition), and what a view can judge of them. Plain functions over the attack frame of
docs/data-model.md; the Timeline marks and lists them, the Methodology page states the rule."""
from __future__ import annotations

import pandas as pd

SALVO_WINDOW_DAYS = 30
SALVO_THRESHOLD_SD = 1.5
SALVO_MIN_NIGHTS = 7


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


CANNOT_JUDGE = "Cannot judge salvos here"


def salvo_verdict(frame: pd.DataFrame, column: str = "total_launched",
                  window_days: int = SALVO_WINDOW_DAYS, min_nights: int = SALVO_MIN_NIGHTS) -> str:
    """What `salvo_nights` can judge in this view, in a sentence: how many nights with a launch
    figure have the history it needs, and when none has, why it cannot judge (not "0 salvos")."""
    if frame.empty or column not in frame:
        return "No night in view to judge."
    series = frame.set_index("attack_date")[column].astype("Float64").sort_index().dropna().astype(float)
    history = series.rolling(f"{window_days}D", closed="left", min_periods=1).count().fillna(0)
    judged = int((history >= min_nights).sum())
    if judged == 0:
        return (f"{CANNOT_JUDGE}: a night is compared with the {window_days} days before it, "
                f"which must hold at least {min_nights} nights with a launch figure, and no night in view "
                f"has that ({len(series):,} nights give a launch figure). Import the official series "
                "(Ingest page) for a night-by-night record.")
    flagged = int(salvo_nights(frame, column, window_days, min_nights=min_nights).sum())
    return (f"{flagged:,} salvo night(s) among the {judged:,} nights with enough history to judge "
            f"(of {len(series):,} with a launch figure).")
