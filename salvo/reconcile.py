"""One attack night, reconciled: the official record beside every other source, field by field.

For the dashboard's Night page (issue 18 item 3). `reconcile_night` reads the night's reports
(their effective records, corrections applied) and its consolidated row from the store and
returns plain frames: who reported the night, each source's figure with the sentence it came
from, and a figure-by-source grid with the value the night took and consolidation's explanation
(the row's ``choices``). Nothing here decides anything: consolidation's candidates
(`salvo.consolidate.candidate_from`) say which figures a report gives, which count one place only
and which were set aside; the row says what was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from salvo.consolidate import FIGURE_FIELDS, LOWER_BOUND_KINDS, TIER_PARTIAL, Candidate, candidate_from
from salvo.store import Store

NO_TEXT = "(official dataset row: no text)"
NO_SENTENCE = "(the record keeps no sentence for it)"
# How a source's bound figure reads in the grid (a lower bound reads "230 or more").
BOUND_PREFIXES = {"approximate": "about ", "upper": "up to "}
SOURCE_COLUMNS = ["report_id", "source", "kind", "published", "title", "url", "counted"]
FIGURE_COLUMNS = ["figure", "source", "report_id", "value", "bound", "sentence", "marks", "note", "chosen"]


@dataclass(frozen=True)
class NightReconciliation:
    """What the Night page draws for one night (frames empty when no report falls on it)."""

    night: date
    row: dict[str, Any] | None  # the consolidated row (store.get_attack), None when none
    sources: pd.DataFrame  # SOURCE_COLUMNS: one row per report on the night, official first
    figures: pd.DataFrame  # FIGURE_COLUMNS: one row per (figure, source giving it)
    grid: pd.DataFrame  # figure, night's value, one column per source, why

    @property
    def choices(self) -> dict[str, str]:
        return dict((self.row or {}).get("choices") or {})


def source_kind(entry: dict[str, Any], candidate: Candidate | None) -> str:
    """A report's kind of source as the Night page names it."""
    if entry.get("kind") == "official":
        return "official dataset" if entry.get("source_type") == "official" else "official dataset (channel)"
    if candidate is not None and candidate.tier == TIER_PARTIAL:
        return "regional or local account"
    kinds = {"official": "official statement", "wire": "wire agency"}
    return kinds.get(entry.get("source_type") or "", "outlet")


def web_link(url: Any) -> str | None:
    """An http(s) address to show as a link; None for anything else (a path, javascript:, text)."""
    if not isinstance(url, str):
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def marked_sentence(evidence: Any) -> tuple[str, list[tuple[int, int]]]:
    """The sentence a figure was read from (several joined by " … "; lacking one, the matched
    words) and where in it the matched words stand, as (start, end) character offsets: the marks
    the Night page highlights. ("", []) when the evidence gives nothing."""
    if isinstance(evidence, list):
        joined, marks = "", []
        for item in evidence:
            sentence, item_marks = marked_sentence(item)
            if not sentence:
                continue
            joined += " … " if joined else ""
            marks += [(len(joined) + start, len(joined) + end) for start, end in item_marks]
            joined += sentence
        return joined, marks
    if not isinstance(evidence, dict):
        return "", []
    words = str(evidence.get("text") or "")
    sentence = str(evidence.get("sentence") or "")
    if not sentence:
        return words, [(0, len(words))] if words else []
    start, sentence_start = evidence.get("start"), evidence.get("sentence_start")
    if isinstance(start, int) and isinstance(sentence_start, int):
        offset = start - sentence_start
        if words and sentence[max(offset, 0):offset + len(words)] == words and offset >= 0:
            return sentence, [(offset, offset + len(words))]
    found = sentence.find(words) if words else -1  # evidence without offsets: the first match
    return sentence, [(found, found + len(words))] if found >= 0 else []


def column_name(entry: dict[str, Any], outlet: str) -> str:
    """A source's column in the grid: its name and report id (one outlet may report twice)."""
    return f"{outlet} (#{entry['id']})"


def _order(entry: dict[str, Any], candidate: Candidate | None) -> tuple:
    """Official dataset first, then consolidation's ranking: tier, newest first."""
    published = entry.get("published")
    return (
        0 if entry.get("kind") == "official" else 1,
        candidate.tier if candidate is not None else 9,
        -(published.toordinal() if isinstance(published, date) else 0),
        -entry["id"],
    )


def _chosen(candidate: Candidate, figure: str, row: dict[str, Any], why: str) -> bool:
    """Whether the night's value of a figure is this candidate's: consolidation names the chosen
    source first in its explanation ("chosen: OUTLET (type, exact)…") and the value must match."""
    return (
        why.startswith(f"chosen: {candidate.outlet} (")
        and not candidate.is_regional(figure)
        and row.get(figure) == candidate.figures.get(figure)
    )


def reconcile_night(store: Store, night: date) -> NightReconciliation:
    """The night's sources, figures and grid (see the module doc) from the store."""
    row = store.get_attack(night)
    entries = store.effective_records({night})
    pairs = sorted(((entry, candidate_from(entry)) for entry in entries), key=lambda p: _order(*p))
    choices = dict((row or {}).get("choices") or {})

    source_rows, figure_rows = [], []
    columns: list[str] = []
    grid_values: dict[str, dict[str, str]] = {}
    for entry, candidate in pairs:
        outlet = candidate.outlet if candidate is not None else entry.get("outlet") or f"report {entry['id']}"
        source_rows.append({
            "report_id": entry["id"], "source": outlet, "kind": source_kind(entry, candidate),
            "published": entry.get("published"), "title": entry.get("title") or "",
            "url": web_link(entry.get("source_url")),
            "counted": "yes" if candidate is not None else "no: not read as an attack report",
        })
        if candidate is None:
            continue
        column = column_name(entry, outlet)
        columns.append(column)
        evidence = candidate.record.get("evidence")
        evidence = evidence if isinstance(evidence, dict) else {}
        for figure in FIGURE_FIELDS:
            if figure not in candidate.figures and figure not in candidate.set_aside:
                continue
            bound = candidate.bounds.get(figure)
            value = candidate.figures.get(figure, candidate.set_aside.get(figure))
            note = ""
            if figure in candidate.set_aside:
                note = "set aside as implausible"
            elif candidate.is_regional(figure):
                place, why = candidate.regional[figure]
                note = f"{place} only ({why})"
            sentence, marks = marked_sentence(evidence.get(figure))
            if not sentence:
                sentence = NO_TEXT if entry.get("kind") == "official" else NO_SENTENCE
            chosen = row is not None and _chosen(candidate, figure, row, choices.get(figure, ""))
            figure_rows.append({
                "figure": figure, "source": column, "report_id": entry["id"], "value": value,
                "bound": bound or "exact", "sentence": sentence, "marks": marks, "note": note,
                "chosen": chosen,
            })
            shown = BOUND_PREFIXES.get(bound or "", "") + f"{value:,}"
            shown += " or more" if bound in LOWER_BOUND_KINDS else ""
            if note:
                shown += f" ({note.split(' (')[0]})"
            grid_values.setdefault(figure, {})[column] = shown + (" ✓" if chosen else "")

    grid_rows = []
    bounded = set((row or {}).get("lower_bound_fields") or ())  # the night's value may be higher
    for figure in FIGURE_FIELDS:
        value = (row or {}).get(figure)
        if figure not in grid_values and value is None and figure not in choices:
            continue
        night_value = "—" if value is None else f"{value:,}" + (" or more" if figure in bounded else "")
        grid_rows.append({
            "figure": figure, "night": night_value,
            **{column: grid_values.get(figure, {}).get(column, "") for column in columns},
            "why": choices.get(figure, ""),
        })
    return NightReconciliation(
        night=night,
        row=row,
        sources=pd.DataFrame(source_rows, columns=SOURCE_COLUMNS),
        figures=pd.DataFrame(figure_rows, columns=FIGURE_COLUMNS),
        grid=pd.DataFrame(grid_rows, columns=["figure", "night", *columns, "why"]),
    )
