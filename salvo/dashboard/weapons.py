"""Weapons in depth (the Weapons page, issue 18 item 1): launched and shot down by family and by
model over time, each kind's share of the launches, per-kind interception rates. Pure functions,
frame in, frame or figure out, on the coverage rules of salvo.dashboard.charts (a missing figure is
never a zero; every sum says how many attack nights give it).

Two sources of detail, both from the attack table:
- the family columns (`shahed_launched` …): the table's weapon families, from the official series'
  models and the models reports name;
- the `models` column (the best source that names models): per model, and for the official
  series' drone rows their breakdown (of the launched, Shahed-type strike drones — the rest decoys
  and other types — and jet drones). Models map to `salvo.vocabulary.WEAPON_KINDS`, which split the
  Shahed column into strike drones, decoys and jet drones.

Hits: the official file counts the night's locations hit (on its drone row), never weapons; the
weapons that hit come from statements and news that count them (of the launched, so many
drones and missiles reached their targets), the table's `drones_hit`, `missiles_hit`,
`total_hit` and `{family}_hit` columns (salvo.consolidate). `hits_figure` draws them by class or
family, `hit_share_figure` the share of the launched that hit over the nights giving both
figures; a model kind gets no hits of its own, and `not_shot_down` (launched − shot down over the
nights giving both) is what a kind can be charged with.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from salvo.dashboard import charts
from salvo.dashboard.charts import FREQ_LABELS, OKABE_ITO, Freq, coverage_text
from salvo.vocabulary import FAMILIES, WEAPON_KINDS, model_kind

KINDS = tuple(WEAPON_KINDS)
# Kinds in the night's totals: guided bombs are in no total, so in no share of one.
COUNTED_KINDS = tuple(kind for kind in KINDS if kind != "bomb")
# The families' colours of the family chart (Okabe-Ito in FAMILIES order); the Shahed family's
# kinds in shades of its orange; kinds without a family in greys; guided bombs apart.
KIND_COLOURS = {"shahed": OKABE_ITO[0], "decoy": "#F5C97A", "jet": "#9C5F00", "other_drone": "#B0B0B0",
                "cruise": OKABE_ITO[1], "ballistic": OKABE_ITO[2], "aeroballistic": OKABE_ITO[3],
                "guided": OKABE_ITO[4], "other_missile": "#606060", "bomb": OKABE_ITO[6]}
MEASURES = {"launched": "launched", "destroyed": "shot down", "not_shot_down": "not shot down"}
MODEL_COLUMNS = ["attack_date", "model", "kind", "launched", "destroyed"]


# Tables derived from one view's frame, kept while that frame lives. The page's charts of kinds,
# their shares, the rates by kind and the models all start from the same per-night model rows, and
# the view they are drawn from is one shared object per data version and filters
# (salvo.dashboard.data), never changed in place: so the rows are built once a view, not six times
# (the Weapons page's first open at 5,000 reports was over its 1.5 s budget). The tables are
# shared: callers derive from them, never change them in place.
_DERIVED: dict[tuple[int, Hashable], tuple[weakref.ref, Any]] = {}


def _derived(frame: pd.DataFrame, key: Hashable, build: Callable[[], Any]) -> Any:
    """``build()``'s result for ``frame`` under ``key``, built on the first call with this very frame
    object; the entry goes when the frame does (a new frame never finds an old one's tables)."""
    slot = (id(frame), key)
    kept = _DERIVED.get(slot)
    if kept is not None and kept[0]() is frame:
        return kept[1]
    value = build()
    _DERIVED[slot] = (weakref.ref(frame, lambda _gone, slot=slot: _DERIVED.pop(slot, None)), value)
    return value


def _named_models(frame: pd.DataFrame) -> tuple[list, list[str], list[dict], dict[str, str | None]]:
    return _derived(frame, "named_models", lambda: _read_named_models(frame))


def _read_named_models(frame: pd.DataFrame) -> tuple[list, list[str], list[dict], dict[str, str | None]]:
    """Each (night, model name, counts) its best source names, and the kind of each distinct name:
    a few dozen names recur over thousands of nights, and `model_kind` normalises a name with some
    twenty regular expressions (seconds a page at 3,000 nights when asked per row)."""
    nights: list = []
    names: list[str] = []
    counts: list[dict] = []
    for night, models in zip(frame["attack_date"], frame["models"], strict=True):
        for model, figures in (models or {}).items():
            nights.append(night)
            names.append(model)
            counts.append(figures)
    return nights, names, counts, {name: model_kind(name) for name in set(names)}


def _int_array(values: list) -> pd.arrays.IntegerArray:
    return pd.array([None if pd.isna(v) else int(v) for v in values], dtype="Int64")


def model_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per night and model its best source names: attack_date, model, kind (a
    WEAPON_KINDS key, None for a name nothing recognises), launched, destroyed (Int64). Shared
    between the builders of one frame: never change it in place."""
    return _derived(frame, "model_counts", lambda: _model_counts(frame))


def _model_counts(frame: pd.DataFrame) -> pd.DataFrame:
    nights, names, counts, kinds = _named_models(frame)
    table = pd.DataFrame(list(zip(nights, names, [kinds[name] for name in names], strict=True)),
                         columns=MODEL_COLUMNS[:3])
    table["launched"] = _int_array([figures.get("launched") for figures in counts])
    table["destroyed"] = _int_array([figures.get("destroyed") for figures in counts])
    return table


def kind_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per night and kind: launched and destroyed (Int64, NA where the night's models give
    none). A drone model the official series breaks down gives its Shahed-type strike drones,
    its jet drones and the rest as decoys (and other types); only the jet drones' shot-down
    figure is known apart, so the strike drones and decoys of such a night have none. Shared
    between the builders of one frame: never change it in place."""
    return _derived(frame, "kind_counts", lambda: _kind_counts(frame))


def _kind_counts(frame: pd.DataFrame) -> pd.DataFrame:
    nights, names, counts, kinds = _named_models(frame)
    rows: list[tuple] = []
    for night, name, figures in zip(nights, names, counts, strict=True):
        kind = kinds[name]
        if kind is None:
            continue
        rows.extend((night, *part) for part in _split(kind, figures))
    table = pd.DataFrame(rows, columns=["attack_date", "kind", "launched", "destroyed"])
    if table.empty:
        return table.astype({"launched": "Int64", "destroyed": "Int64"})
    for column in ("launched", "destroyed"):
        table[column] = pd.array(table[column].tolist(), dtype="Float64")
    # The sum of the known values, NA when none is known (a missing figure is never a zero): in
    # pandas' own loop (a Python function per group took seconds at 4,000 nights).
    table = table.groupby(["attack_date", "kind"], as_index=False)[["launched", "destroyed"]].sum(min_count=1)
    for column in ("launched", "destroyed"):
        table[column] = table[column].round().astype("Int64")
    return table


def _split(kind: str, counts: dict) -> list[tuple[str, int | None, int | None]]:
    """(kind, launched, destroyed) parts of one model's counts."""
    launched, destroyed = counts.get("launched"), counts.get("destroyed")
    strike, jet = counts.get("shahed_type"), counts.get("jet")
    if kind != "shahed" or launched is None or (strike is None and jet is None):
        return [(kind, launched, destroyed)]
    jet = jet or 0
    strike = launched - jet if strike is None else strike
    if strike + jet > launched:  # the jet drones were counted among the Shaheds
        strike = max(strike - jet, 0)
    parts = [("shahed", strike, None), ("decoy", max(launched - strike - jet, 0), None)]
    if jet:
        parts.append(("jet", jet, counts.get("jet_destroyed")))
    return parts


def _periods(frame: pd.DataFrame, freq: Freq) -> pd.Series:
    return charts.period_starts(frame["attack_date"], freq)


THIN_COVERAGE = 0.5  # below this share of the view's attack nights, the page warns


def _counts_a_model(models: dict | None) -> bool:
    """Whether a night's models give some model a launched or destroyed count."""
    return any(figures.get("launched") is not None or figures.get("destroyed") is not None
               for figures in (models or {}).values() if isinstance(figures, dict))


def coverage_note(frame: pd.DataFrame) -> str | None:
    """A warning when fewer than THIN_COVERAGE of the view's attack nights give family figures or
    name models: the sums are then those nights' only, never the period's totals. None otherwise."""
    if frame.empty:
        return None
    families = int(frame[[f"{f}_launched" for f in FAMILIES]].notna().any(axis=1).sum())
    # (a model named with no count adds nothing to any sum: such nights do not cover the view)
    models = int(frame["models"].map(_counts_a_model).sum())
    if max(families, models) >= THIN_COVERAGE * len(frame):
        return None
    return (f"Thin coverage: family figures for {families:,} and counted models for {models:,} of the "
            f"{len(frame):,} attack nights in view, so the sums below are those nights' only, not the "
            "period's totals. The official series (Ingest page) breaks every night down by model.")


def family_table(frame: pd.DataFrame, freq: Freq, measure: str = "launched") -> pd.DataFrame:
    """Per period: each family's sum of `measure` (launched, destroyed, or not shot down: launched
    − destroyed over the nights giving both), `{family}_nights` (the nights giving it), `nights`."""
    if frame.empty:
        return pd.DataFrame()
    table = pd.DataFrame({"period": _periods(frame, freq)})
    for family in FAMILIES:
        table[family] = _measure(frame, f"{family}_launched", f"{family}_destroyed", measure).to_numpy()
    grouped = table.groupby("period")
    result = grouped[list(FAMILIES)].sum(min_count=1)
    for family in FAMILIES:
        result[f"{family}_nights"] = grouped[family].count()
    result["nights"] = grouped.size()
    return result


def _measure(frame: pd.DataFrame, launched: str, destroyed: str, measure: str) -> pd.Series:
    up = frame[launched].astype("Float64") if launched in frame else pd.Series(pd.NA, index=frame.index)
    down = frame[destroyed].astype("Float64") if destroyed in frame else pd.Series(pd.NA, index=frame.index)
    if measure == "launched":
        return up
    if measure == "destroyed":
        return down
    return (up - down).where(up.notna() & down.notna() & (down <= up))


def _add_stacked_bar(figure: go.Figure, table: pd.DataFrame, column: str, label: str, colour: str,
                     measure: str) -> None:
    """One group's bars of a stacked per-period chart; its hover gives the period's figure and how
    many attack nights of the period give it (the table's ``{column}_nights`` of ``nights``)."""
    coverage = [coverage_text(int(c), int(n)) for c, n in zip(table[f"{column}_nights"], table["nights"],
                                                                strict=True)]
    figure.add_trace(go.Bar(
        x=table.index, y=table[column].astype(float), name=label, marker_color=colour, customdata=coverage,
        hovertemplate=f"%{{x|%Y-%m-%d}}<br>{label}: %{{y:,.0f}} {measure}<br>%{{customdata}}<extra></extra>",
    ))


def family_figure(frame: pd.DataFrame, freq: Freq = "W", measure: str = "launched") -> go.Figure:
    """Each weapon family's launches (or shot down, or not shot down) per period, stacked; a
    family's hover says how many attack nights of the period give its figure."""
    unit = FREQ_LABELS[freq]
    table = family_table(frame, freq, measure)
    covered = int(frame[[f"{f}_launched" for f in FAMILIES]].notna().any(axis=1).sum()) if len(frame) else 0
    figure = charts.new_figure(f"{MEASURES[measure].capitalize()} by weapon family per {unit}",
                                f"family figures for {covered:,} of {len(frame):,} attack nights in view")
    for index, family in enumerate(FAMILIES):
        if table.empty or table[family].isna().all():
            continue
        _add_stacked_bar(figure, table, family, charts.GROUPS[family], OKABE_ITO[index], MEASURES[measure])
    figure.update_layout(barmode="stack")
    figure.update_yaxes(title_text=f"{MEASURES[measure]} per {unit}")
    charts.month_ticks(figure, freq, frame["attack_date"])
    return figure


def kind_table(frame: pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Per period and kind: launched, the nights giving it, and the kind's share of the launches
    of the kinds in the totals (guided bombs have no share) over the nights naming models. Shared
    between the builders of one frame (the kinds' chart and their shares'): never change it in place."""
    return _derived(frame, ("kind_table", freq), lambda: _kind_table(frame, freq))


def _kind_table(frame: pd.DataFrame, freq: Freq) -> pd.DataFrame:
    kinds = kind_counts(frame)
    if kinds.empty:
        return pd.DataFrame(columns=["period", "kind", "launched", "kind_nights", "nights", "share"])
    kinds = kinds.assign(period=_periods(kinds, freq))
    by_kind = kinds.groupby(["period", "kind"])["launched"]
    table = pd.concat([by_kind.sum(min_count=1), by_kind.count().rename("kind_nights")], axis=1).reset_index()
    named = kinds.groupby("period")["attack_date"].nunique().rename("nights")
    table = table.join(named, on="period")
    counted = table[table["kind"].isin(COUNTED_KINDS)].groupby("period")["launched"].sum()
    totals = table["period"].map(counted.astype(float)).to_numpy(dtype=float)
    launched = table["launched"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    shared = table["kind"].isin(COUNTED_KINDS).to_numpy() & ~np.isnan(launched) & (totals > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        table["share"] = np.where(shared, launched / totals, np.nan)
    return table


def kind_figure(frame: pd.DataFrame, freq: Freq = "W", share: bool = False) -> go.Figure:
    """Launches per kind per period, stacked: counts, or (`share`) each kind's share of the
    period's launches over the nights whose best source names models."""
    unit = FREQ_LABELS[freq]
    table = kind_table(frame, freq)
    nights = int(frame["models"].map(bool).sum()) if len(frame) else 0
    title = (f"Each kind's share of the launches per {unit}" if share
             else f"Launches by kind of weapon per {unit}")
    figure = charts.new_figure(title, f"models named for {nights:,} of {len(frame):,} attack nights in view"
                                + ("; guided bombs are in no total and no share" if share else ""))
    column = "share" if share else "launched"
    for kind in (COUNTED_KINDS if share else KINDS):
        rows = table[(table["kind"] == kind) & table[column].notna()]
        if rows.empty:
            continue
        coverage = [coverage_text(int(c), int(n))
                    for c, n in zip(rows["kind_nights"], rows["nights"], strict=True)]
        figure.add_trace(go.Bar(
            x=rows["period"], y=rows[column].astype(float), name=WEAPON_KINDS[kind],
            marker_color=KIND_COLOURS[kind],
            customdata=np.stack([rows["launched"].astype(float), coverage], axis=-1),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{WEAPON_KINDS[kind]}: "
                           + ("%{y:.0%} of the launches (%{customdata[0]:,.0f})" if share
                              else "%{y:,.0f} launched")
                           + "<br>%{customdata[1]} naming models<extra></extra>"),
        ))
    figure.update_layout(barmode="stack")
    if share:
        figure.update_yaxes(tickformat=".0%", range=[0, 1], title_text="share of launches")
    else:
        figure.update_yaxes(title_text=f"launched per {unit}")
    return charts.month_ticks(figure, freq, frame["attack_date"])


def kind_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """Per kind: the nights giving both figures (and no more shot down than launched), launched,
    shot down, the pooled rate and its 95% interval over nights (charts.pooled_rate, the
    Interception page's). Shared between the builders of one frame (the rates' chart and the
    page's table): never change it in place."""
    return _derived(frame, "kind_rates", lambda: _kind_rates(frame))


def _kind_rates(frame: pd.DataFrame) -> pd.DataFrame:
    kinds = kind_counts(frame)
    rows = []
    for kind in KINDS:
        of_kind = kinds[kinds["kind"] == kind] if not kinds.empty else kinds
        usable = of_kind[of_kind["launched"].notna() & of_kind["destroyed"].notna()
                         & (of_kind["launched"].fillna(0) > 0)]
        usable = usable[usable["destroyed"] <= usable["launched"]]
        rows.append({"kind": kind, "label": WEAPON_KINDS[kind],
                     **charts.pooled_rate(usable["destroyed"].to_numpy(), usable["launched"].to_numpy())})
    return pd.DataFrame(rows)


def family_rates(frame: pd.DataFrame, definition: charts.Definition = "shot_down") -> pd.DataFrame:
    """Per table family: the Interception page's rate summary (charts.rate_summary)."""
    return charts.rate_summary(frame, definition, groups=FAMILIES)


RATE_HOVER = ("intercepted", "launched", "nights", "low", "high")


def rates_figure(frame: pd.DataFrame, definition: charts.Definition = "shot_down") -> go.Figure:
    """Interception rate per family (the table's columns) and per kind (the models), each with
    its 95% interval over nights."""
    families = family_rates(frame, definition)
    kinds = kind_rates(frame)
    figure = charts.new_figure(f"Interception rate ({charts.DEFINITIONS[definition]}) by family and kind, "
                                "95% interval over nights", charts.definition_label(definition))
    for index, (name, table) in enumerate((("by family", families), ("by model kind", kinds))):
        table = table[table["launched"] > 0].iloc[::-1]
        if table.empty:
            continue
        colour = OKABE_ITO[4 if index == 0 else 5]
        figure.add_trace(go.Scatter(
            x=table["rate"], y=[f"{label} ({name})" for label in table["label"]], mode="markers", name=name,
            marker={"size": 11, "color": colour},
            error_x={"type": "data", "symmetric": False, "array": table["high"] - table["rate"],
                     "arrayminus": table["rate"] - table["low"], "color": colour, "thickness": 2},
            customdata=np.stack([table[column].astype(float) for column in RATE_HOVER], axis=-1),
            hovertemplate=("%{y}: %{x:.1%}<br>%{customdata[0]:,.0f} of %{customdata[1]:,.0f} over "
                           "%{customdata[2]:.0f} nights<br>95% interval "
                           "%{customdata[3]:.1%}–%{customdata[4]:.1%}<extra></extra>"),
        ))
    rows = sum(len(t[t["launched"] > 0]) for t in (families, kinds))
    figure.update_xaxes(range=[0, 1.02], tickformat=".0%", title_text="share shot down")
    figure.update_layout(height=220 + 34 * rows, margin={"t": 110})
    return figure


def model_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per model named: its kind, the nights naming it, launched and shot down (summed over the
    nights giving each), the first and last night; most launched first."""
    models = model_counts(frame)
    if models.empty:
        return pd.DataFrame(columns=["model", "kind", "nights", "launched", "launched_nights", "destroyed",
                                     "destroyed_nights", "first", "last"])
    grouped = models.groupby("model")
    table = pd.DataFrame({
        "kind": grouped["kind"].first().map(lambda k: WEAPON_KINDS.get(k, "not recognised") if k else
                                            "not recognised"),
        "nights": grouped.size(),
        "launched": grouped["launched"].sum(min_count=1), "launched_nights": grouped["launched"].count(),
        "destroyed": grouped["destroyed"].sum(min_count=1), "destroyed_nights": grouped["destroyed"].count(),
        "first": grouped["attack_date"].min().dt.strftime("%Y-%m-%d"),
        "last": grouped["attack_date"].max().dt.strftime("%Y-%m-%d"),
    })
    return table.sort_values(["launched", "nights"], ascending=False, na_position="last").reset_index()


def model_figure(frame: pd.DataFrame, freq: Freq = "M", top: int = 8) -> go.Figure:
    """Launches of the `top` most launched models per period, a line each."""
    unit = FREQ_LABELS[freq]
    models = model_counts(frame)
    figure = charts.new_figure(f"Launches of the {top} most launched models per {unit}",
                                "summed over the nights whose best source names the model with a count")
    if models.empty or models["launched"].isna().all():
        return figure
    models = models[models["launched"].notna()]  # a model named without a count draws no line
    leaders = models.groupby("model")["launched"].sum().sort_values(ascending=False).head(top).index
    models = models[models["model"].isin(leaders)]
    models = models.assign(period=_periods(models, freq))
    table = models.groupby(["period", "model"])["launched"].agg(["sum", "count"])
    # every period of the span, so a line breaks over the periods that do not name its model
    days = pd.Series(pd.date_range(models["attack_date"].min(), models["attack_date"].max(), freq="D"))
    periods = charts.period_starts(days, freq).unique()
    for index, model in enumerate(leaders):
        rows = table.xs(model, level="model").reindex(periods).rename_axis("period").reset_index()
        figure.add_trace(go.Scatter(
            x=rows["period"], y=rows["sum"].astype(float), name=charts.escape_label(model),
            mode="lines+markers", connectgaps=False,
            line={"color": OKABE_ITO[index % len(OKABE_ITO)], "width": 2},
            customdata=rows["count"].fillna(0),
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{charts.escape_label(model)}: %{{y:,.0f}} launched"
                           "<br>over %{customdata} night(s)<extra></extra>"),
        ))
    figure.update_yaxes(title_text=f"launched per {unit}")
    return charts.month_ticks(figure, freq, models["attack_date"])


# Hits by class or by family: the groups each view stacks, and the share chart's groups (a family
# is part of its class, so the two views are never stacked together).
HIT_VIEWS = {"class": "class", "family": "family"}
HIT_GROUPS = {"class": ("drones", "missiles"), "family": FAMILIES}
SHARE_GROUPS = {"class": ("drones", "missiles", "total"), "family": FAMILIES}
UNSPLIT = "unsplit"  # of a night's total hits, those its sources do not give a class
HIT_LABELS = {**charts.GROUPS, UNSPLIT: "Class not told"}
# No black: the share chart's lines would vanish on a dark page (charts.themed lightens black
# markers only).
HIT_COLOURS = {"drones": OKABE_ITO[0], "missiles": OKABE_ITO[4], "total": OKABE_ITO[6], UNSPLIT: "#B0B0B0",
               **{family: OKABE_ITO[index] for index, family in enumerate(FAMILIES)}}


def _hits(frame: pd.DataFrame, group: str) -> pd.Series:
    column = f"{group}_hit"
    return frame[column].astype("Float64") if column in frame else pd.Series(pd.NA, index=frame.index,
                                                                               dtype="Float64")


def hit_nights(frame: pd.DataFrame, view: str = "class") -> pd.Series:
    """Per night: does some source count its weapons that hit, by class (drones, missiles, or
    both together) or by family?"""
    groups = (*HIT_GROUPS["class"], "total") if view == "class" else HIT_GROUPS["family"]
    if frame.empty:
        return pd.Series(False, index=frame.index)
    return pd.concat([_hits(frame, group).notna() for group in groups], axis=1).any(axis=1)


def hit_counts(frame: pd.DataFrame, view: str = "class") -> pd.DataFrame:
    """Per night, the weapons that hit per group of the view (Float64, NA where no source counts
    them). By class, `unsplit` is the part of a night's total hits that its class figures leave
    untold: the total less the classes given (a total with no class figure is all unsplit)."""
    table = pd.DataFrame({group: _hits(frame, group) for group in HIT_GROUPS[view]}, index=frame.index)
    if view == "class":
        total = _hits(frame, "total")
        rest = total - table["drones"].fillna(0) - table["missiles"].fillna(0)
        table[UNSPLIT] = rest.where(total.notna() & (rest > 0))
    return table


def hits_table(frame: pd.DataFrame, freq: Freq = "M", view: str = "class") -> pd.DataFrame:
    """Per period: each group's weapons that hit (the sum over the nights giving it),
    `{group}_nights` (those nights), `nights` (the period's attack nights in view) and
    `hit_nights` (the nights giving any hit figure of the view)."""
    if frame.empty:
        return pd.DataFrame()
    counts = hit_counts(frame, view)
    groups = list(counts.columns)
    counts["period"] = _periods(frame, freq).to_numpy()
    counts["any"] = hit_nights(frame, view).to_numpy()
    grouped = counts.groupby("period")
    result = grouped[groups].sum(min_count=1)
    for group in groups:
        result[f"{group}_nights"] = grouped[group].count()
    result["nights"] = grouped.size()
    result["hit_nights"] = grouped["any"].sum().astype(int)
    return result


def hits_coverage(frame: pd.DataFrame) -> tuple[str, bool]:
    """The line that says what the hit charts rest on ("Hits by class for 12 of the 40 attack
    nights in view …") and whether that is thin (below THIN_COVERAGE of the nights)."""
    by_class, by_family = int(hit_nights(frame, "class").sum()), int(hit_nights(frame, "family").sum())
    nights = len(frame)
    text = (f"Hits by class for {by_class:,} of the {nights:,} attack nights in view (by family for "
            f"{by_family:,}): the sums and shares below are those nights' only. Hits count weapons a "
            "statement or report tells as having hit; the official series counts places hit, not weapons.")
    return text, by_class < THIN_COVERAGE * nights


NO_HITS = ("No source in view counts the weapons that hit, so no chart of them is drawn. Air Force "
           "statements and news reports count them (of the launched, so many drones or missiles reached "
           "their targets); the official series counts the places hit, not the weapons (the Timeline's "
           "locations hit).")


def hits_missing(frame: pd.DataFrame, view: str = "class") -> str | None:
    """What the page says in place of the hit charts when no night in view gives a hit figure of
    the view (an empty chart would read as "no weapon hit"); None when some night does. By family,
    the nights that count hits by class only are pointed to."""
    if hit_nights(frame, view).any():
        return None
    by_class = int(hit_nights(frame, "class").sum())
    if view == "family" and by_class:
        return (f"No source in view counts the weapons that hit by family, so no chart of them is drawn; "
                f"{by_class:,} attack night(s) in view count them by class: choose Hits by class.")
    return NO_HITS


def hit_share_missing(view: str = "class") -> str:
    """What the page says in place of the share chart when nights give hits but none gives both
    the launched and the hit figure of one group of the view."""
    return (f"No night in view gives both the launched and the weapons that hit of one {HIT_VIEWS[view]} "
            "(and no more hits than launches), so no share of the launched that hit is drawn.")


RATES_MISSING = ("No night in view gives both the launched and the shot-down figure of a weapon family or "
                 "kind, so no interception rate is drawn.")


def models_missing(frame: pd.DataFrame) -> str:
    """What the page says in place of the models' lines when no model named in view has a launch
    count, and whether the table under it still lists models named without one."""
    named = bool(len(frame)) and bool(frame["models"].map(bool).any())
    return ("No source in view names a weapon model with a launch count, so no line per model is drawn"
            + ("; the table lists the models named without one." if named else "."))


def hits_figure(frame: pd.DataFrame, freq: Freq = "M", view: str = "class") -> go.Figure:
    """The weapons that hit per period, stacked by class (with a night's hits not told by class
    apart) or by family; a group's hover says how many attack nights of the period give it."""
    unit = FREQ_LABELS[freq]
    table = hits_table(frame, freq, view)
    covered = int(hit_nights(frame, view).sum())
    figure = charts.new_figure(f"Weapons that hit by {HIT_VIEWS[view]} per {unit}",
                                f"hits by {view} for {covered:,} of {len(frame):,} attack nights in view")
    groups = [*HIT_GROUPS[view], *([UNSPLIT] if view == "class" else [])]
    for group in groups:
        if table.empty or group not in table or table[group].isna().all():
            continue
        _add_stacked_bar(figure, table, group, HIT_LABELS[group], HIT_COLOURS[group], "hit")
    figure.update_layout(barmode="stack")
    figure.update_yaxes(title_text=f"weapons that hit per {unit}")
    return charts.month_ticks(figure, freq, frame["attack_date"])


def _hit_and_launched(frame: pd.DataFrame, group: str) -> tuple[pd.Series, pd.Series, pd.Series]:
    """A group's hits, launched, and the nights giving both (with launches, no more hits than
    launches: a night flagged `{group}_hit>{group}_launched` rates nothing)."""
    hit = _hits(frame, group)
    launched = frame[f"{group}_launched"].astype("Float64")
    both = hit.notna() & launched.notna() & (launched > 0) & (hit <= launched)
    return hit, launched, both.fillna(False).astype(bool)


def hit_share_table(frame: pd.DataFrame, freq: Freq = "M", view: str = "class") -> pd.DataFrame:
    """Per period and group: the weapons that hit and the launched, each summed over the nights
    giving both (and no more hits than launches), those nights, the period's attack nights and
    the share hit (NaN where no night gives both)."""
    columns = ["period", "group", "hit", "launched", "both_nights", "nights", "share"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    periods = _periods(frame, freq)
    nights = periods.value_counts()
    parts = []
    for group in SHARE_GROUPS[view]:
        hit, launched, both = _hit_and_launched(frame, group)
        pairs = pd.DataFrame({"period": periods[both], "hit": hit[both], "launched": launched[both]})
        grouped = pairs.groupby("period")
        summed = grouped[["hit", "launched"]].sum()
        parts.append(pd.DataFrame({
            "period": summed.index, "group": group, "hit": summed["hit"].to_numpy(dtype=float),
            "launched": summed["launched"].to_numpy(dtype=float),
            "both_nights": grouped.size().to_numpy(dtype=int),
            "nights": nights.reindex(summed.index).to_numpy(dtype=int)}))
    table = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if table.empty:
        return pd.DataFrame(columns=columns)
    table["share"] = table["hit"] / table["launched"]
    return table[columns].sort_values(["group", "period"], ignore_index=True)


def hit_share_figure(frame: pd.DataFrame, freq: Freq = "M", view: str = "class") -> go.Figure:
    """The share of the launched that hit per period and group, a line each, over only the nights
    giving both the launched and the hit figure (the subtitle and every hover say how many)."""
    unit = FREQ_LABELS[freq]
    table = hit_share_table(frame, freq, view)
    both = [f"{HIT_LABELS[group].lower()} {int(_hit_and_launched(frame, group)[2].sum()):,}"
            for group in SHARE_GROUPS[view]]
    figure = charts.new_figure(
        f"Share of the launched that hit, by {HIT_VIEWS[view]} per {unit}",
        f"only nights giving both figures: {', '.join(both)} of {len(frame):,} attack nights in view")
    for group in SHARE_GROUPS[view]:
        rows = table[table["group"] == group]
        if rows.empty:
            continue
        details = np.stack([rows["hit"], rows["launched"], rows["both_nights"], rows["nights"]], axis=-1)
        figure.add_trace(go.Scatter(
            x=rows["period"], y=rows["share"], name=HIT_LABELS[group], mode="lines+markers",
            line={"color": HIT_COLOURS[group], "width": 2}, customdata=details,
            hovertemplate=(f"%{{x|%Y-%m-%d}}<br>{HIT_LABELS[group]}: %{{y:.1%}} of the launched hit "
                           "(%{customdata[0]:,.0f} of %{customdata[1]:,.0f})<br>over %{customdata[2]:.0f} of "
                           "%{customdata[3]:.0f} attack nights giving both<extra></extra>"),
        ))
    figure.update_yaxes(tickformat=".0%", rangemode="tozero", title_text="share of the launched that hit")
    return charts.month_ticks(figure, freq, frame["attack_date"])
