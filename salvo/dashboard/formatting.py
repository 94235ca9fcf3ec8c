"""How the pages write values and report text: counts, dates, the "data as of" stamp, the
headings of the attack table's columns, and text from reports made inert for Markdown."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from extract.report import CASUALTY_FIELDS


def escape_markdown(text: str) -> str:
    """Text shown literally by st.markdown and every element that renders Markdown (headers,
    captions, alerts): each ASCII punctuation mark is backslash-escaped, which CommonMark allows
    for all of them. That defuses links, emphasis, raw HTML (``\\<``), entities (``\\&``),
    Streamlit's ``:red[…]`` and ``:material/…:`` directives and ``$…$`` maths alike. Bare
    addresses (``https://…``, ``www.…``, ``name@host``), which GFM links even escaped, get an
    invisible word joiner that keeps them text."""
    escaped = re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", str(text))
    return _BARE_LINK.sub(lambda match: match.group(0)[:-2] + WORD_JOINER + match.group(0)[-2:], escaped)


WORD_JOINER = "\u2060"  # invisible, and no part of an address: splits one so it is not linked
# the escaped forms of "://", "www." and "@", where GFM's autolinks of bare addresses begin
_BARE_LINK = re.compile(r"\\:(?=\\/\\/)|(?i:www)\\\.|\\@")


# Colour marks of report text, by what a figure counts (Streamlit Markdown's colour names).
MARK_COLOURS = {"launched": "orange", "shot down": "green", "casualties": "red", "places": "violet",
                "other": "blue"}


def mark_colour(field: str) -> str:
    """The colour marking the words a field was read from: what the figure counts."""
    if field.endswith("_launched"):
        return MARK_COLOURS["launched"]
    if field.endswith("_destroyed") or field == "suppressed":
        return MARK_COLOURS["shot down"]
    if field in CASUALTY_FIELDS:
        return MARK_COLOURS["casualties"]
    if field in ("hit_locations", "debris_locations", "oblasts", "cities", "places"):
        return MARK_COLOURS["places"]
    return MARK_COLOURS["other"]


def mark_legend() -> str:
    """One line saying what each mark colour stands for (Markdown)."""
    return " ".join(f":{colour}-background[{kind}]" for kind, colour in MARK_COLOURS.items())


def highlighted_markdown(text: str, marks: Sequence[tuple[int, int, Sequence[str]]]) -> str:
    """Report text as Markdown with the words each figure was read from on a coloured background
    (`mark_colour` of its first field), followed by the fields' names in that colour.

    Every character of ``text`` goes through `escape_markdown`, inside the marks too, so nothing
    the report holds becomes markup, a link, a directive or HTML; only the marks are Markdown.
    Line breaks stay (hard breaks) and a line's indent is dropped (it would make a code block).
    ``marks``: (start, end, fields), in order and not overlapping."""
    pieces, cursor = [], 0
    for start, end, fields in marks:
        pieces.append(_plain_markdown(text[cursor:start]))
        colour = mark_colour(fields[0])
        words = escape_markdown(" ".join(text[start:end].split()))  # one line: a mark cannot span two
        names = escape_markdown(", ".join(FIELD_LABELS.get(f, f.replace("_", " ")).lower() for f in fields))
        pieces.append(f":{colour}-background[{words}]:{colour}[ ‹{names}›]")
        cursor = end
    pieces.append(_plain_markdown(text[cursor:]))
    return "".join(pieces).lstrip()


def sentence_list(heading: str, figures: Sequence[Mapping[str, Any]]) -> str:
    """One figure's sources as Markdown: the (our) heading in bold, then a bullet per source with
    its value, bound, note and the sentence it was read from, the value's words marked
    (`highlighted_markdown`); ``figures``: salvo.reconcile's figure rows of that figure. Names and
    sentences come from reports: all of them are escaped."""
    lines = [f"**{escape_markdown(heading)}**", ""]
    for row in figures:
        value = fmt_count(row["value"]) + ("" if row["bound"] == "exact" else f" ({row['bound']})")
        note = f" — {row['note']}" if row["note"] else ""
        chosen = " ✓" if row["chosen"] else ""
        marks = [(start, end, [row["figure"]]) for start, end in row["marks"]]
        sentence = highlighted_markdown(row["sentence"], marks).replace("  \n", " ")
        lines.append(f"- {escape_markdown(row['source'])}: **{escape_markdown(value + note)}{chosen}** · "
                     f"{sentence}")
    return "\n".join(lines)


def _plain_markdown(piece: str) -> str:
    """A stretch of report text as literal Markdown, its line breaks kept as hard breaks."""
    return re.sub(r"[ \t]*\r?\n[ \t]*", "  \n", escape_markdown(piece))


def fmt_count(value: object) -> str:
    """A figure as text; a figure no source gave is shown as such, never as zero."""
    if value is None or pd.isna(value):
        return "—"
    return f"{int(value):,}"


FIGURE_SPACE = "\u2007"  # as wide as a digit: pads counts so a text column sorts them as numbers


def dashes(table: pd.DataFrame, columns: Sequence[str] | None = None, sortable: bool = False) -> pd.DataFrame:
    """A table for st.dataframe with its counts as text and "—" wherever a value is missing:
    st.dataframe draws a missing value as a grey "None" and nothing (a styler's na_rep, a column
    config) changes that, so no page may hand it one. ``columns`` are the counts to write (every
    integer or float column when None); any other missing cell becomes "—" too.

    ``sortable``: each count is padded on the left with figure spaces to its column's widest, so
    that the browser's sort of the text column (it compares text by locale) orders the counts as
    numbers, a missing one first; for the long tables an analyst sorts (Data page, Reports)."""
    shown = table.copy()
    numeric = [c for c in shown.columns if pd.api.types.is_integer_dtype(shown[c])
               or pd.api.types.is_float_dtype(shown[c])] if columns is None else list(columns)
    for column in shown.columns:
        if column in numeric:
            cells = [fmt_count(v) for v in shown[column]]
            if sortable and cells:
                width = max(map(len, cells))
                cells = [cell.rjust(width, FIGURE_SPACE) for cell in cells]
            shown[column] = pd.Series(cells, index=shown.index, dtype=object)
        elif shown[column].isna().any() and not pd.api.types.is_datetime64_any_dtype(shown[column]):
            shown[column] = shown[column].astype(object).where(shown[column].notna(), "—")
    return shown


def is_missing(value: object) -> bool:
    """A value no source gave (None, NA, NaN)."""
    return value is None or bool(pd.isna(value))


# Human names of the attack table's figures, for the pages' tables and explanations.
FATE_WORDS = {"launched": "launched", "destroyed": "shot down", "hit": "that hit"}
FIELD_LABELS = {
    "drones_launched": "Drones launched", "drones_destroyed": "Drones shot down",
    "missiles_launched": "Missiles launched", "missiles_destroyed": "Missiles shot down",
    "total_launched": "Weapons launched", "total_destroyed": "Weapons shot down",
    "suppressed": "Suppressed / lost", "hit_locations": "Locations hit",
    "debris_locations": "Debris locations", "killed": "Killed", "injured": "Injured",
    "drones_hit": "Drones that hit", "missiles_hit": "Missiles that hit", "total_hit": "Weapons that hit",
    **{f"{family}_{fate}": f"{label} {FATE_WORDS[fate]}"
       for family, label in (("shahed", "Shahed / decoy drones"), ("cruise", "Cruise missiles"),
                             ("ballistic", "Ballistic missiles"), ("aeroballistic", "Aeroballistic missiles"),
                             ("guided", "Guided missiles"))
       for fate in FATE_WORDS},
}


# The attack table's other columns as the Data page heads them (downloads keep the data names).
COLUMN_LABELS = {
    "attack_date": "Night", "oblasts": "Oblasts", "cities": "Cities", "debris_places": "Debris only at",
    "n_reports": "Reports", "sources": "Sources", "source_type": "Best source type",
    "has_conflict": "Sources disagree",
    "conflict_fields": "Disputed figures", "lower_bound_fields": "Lower bounds",
    "quality_flags": "Checks failed", "corrected_fields": "Corrected", "combined_fields":
    "Shot down/suppressed combined", "regional_figures": "Regional figures",
    "casualties_by_place": "Casualties by place", "choices": "Why",
    "models": "Models", "launch_areas": "Launch areas", "report_ids": "Report ids",
}


def column_labels(columns: Sequence[str]) -> dict[str, str]:
    """Human headings for the attack table's columns (st.dataframe column_config)."""
    return {name: FIELD_LABELS.get(name) or COLUMN_LABELS.get(name, name) for name in columns}


def period_help(row: pd.Series, days: int) -> str:
    """The tooltip of one period metric: both periods' sums and coverage, and why no change shows."""
    def side(total: object, covered: int, nights: int) -> str:
        return f"{fmt_count(total)} ({covered} of {nights} attack nights give it)"

    text = (f"Last {days} days: {side(row['current'], row['current_covered'], row['current_nights'])}; "
            f"the {days} before: {side(row['previous'], row['previous_covered'], row['previous_nights'])}.")
    if is_missing(row["change"]):
        text += " No change shown: the periods' coverage is not comparable."
    return text


def choices_table(night: pd.Series) -> pd.DataFrame:
    """One night's figures with why each holds its value (consolidation's `choices`) and the
    figures kept per region or place, never the night's national ones."""
    by_place = night.get("casualties_by_place") or {}
    rows = []
    for name, why in (night.get("choices") or {}).items():
        kind, _, place = name.partition(":")  # "killed:Odesa": a place's own casualties
        if place:
            rows.append({"Figure": f"{FIELD_LABELS.get(kind, kind)} — {place}",
                         "Value": fmt_count((by_place.get(place) or {}).get(kind)), "Why": why})
        else:
            rows.append({"Figure": FIELD_LABELS.get(name, name), "Value": fmt_count(night.get(name)),
                         "Why": why})
    for place, figures in (night.get("regional_figures") or {}).items():
        for name, value in figures.items():
            rows.append({"Figure": f"{FIELD_LABELS.get(name, name)} — {place} only",
                         "Value": fmt_count(value), "Why": "a regional or local figure: not the night's"})
    return pd.DataFrame(rows, columns=["Figure", "Value", "Why"])


def fmt_date(value: object) -> str:
    if value is None or pd.isna(value):
        return "—"
    return pd.Timestamp(value).strftime("%a %d %b %Y")


def data_as_of(frame: pd.DataFrame) -> str:
    """The "data as of" stamp: the last attack night held, and when this page read the data."""
    last = fmt_date(frame["attack_date"].max()) if not frame.empty else "no nights yet"
    read_at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Data as of the night of {last} · read {read_at}"
