"""The filters every page shares: date range, weapon class/family, oblast, source type.

They live in the sidebar and in the URL's query string, so a copied link reproduces the view.
`Filters` and `apply_filters` are pure (tested without Streamlit); `sidebar_filters` draws the
widgets, seeds them from the query string on a session's first run and writes them back.

Query string: `from=2025-07-01&to=2025-07-31&weapon=drones,cruise&oblast=Kyiv City&source=official`.
Pages read it leniently (a bad value is dropped); the API (salvo.dashboard.api) reads it with the
same parser, strictly: a bad value is a `FilterError` naming every problem.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from salvo.dashboard.formatting import escape_markdown
from salvo.vocabulary import FAMILIES, OBLASTS, SOURCE_TYPES

WEAPON_CLASSES = ("drones", "missiles")
WEAPON_FAMILIES = FAMILIES
WEAPONS = WEAPON_CLASSES + WEAPON_FAMILIES
WEAPON_LABELS = {
    "drones": "Drones (all)", "missiles": "Missiles (all)", "shahed": "Shahed / decoy drones",
    "cruise": "Cruise missiles", "ballistic": "Ballistic missiles",
    "aeroballistic": "Aeroballistic (Kinzhal)", "guided": "Guided missiles",
}
PARAM_KEYS = ("from", "to", "weapon", "oblast", "source")
# What the weapon filter does, said beside it and on pages whose figures are all weapons'.
WEAPON_FILTER_NOTE = ("The weapon filter keeps the nights on which a chosen weapon was launched; a night's "
                      "figures stay those of all its weapons.")
FILTER_KEYS = ("flt_from", "flt_to", "flt_weapon", "flt_oblast", "flt_source")  # the sidebar widgets' keys
# The families of each class (salvo.vocabulary.FAMILIES: the Shahed family is the drones').
CLASS_FAMILIES = {"drones": ("shahed",), "missiles": ("cruise", "ballistic", "aeroballistic", "guided")}


@dataclass(frozen=True)
class Filters:
    """One view of the attack table. Empty tuples mean "no restriction"."""

    start: dt.date | None = None
    end: dt.date | None = None
    weapons: tuple[str, ...] = field(default_factory=tuple)
    oblasts: tuple[str, ...] = field(default_factory=tuple)
    source_types: tuple[str, ...] = field(default_factory=tuple)

    def to_query_params(self) -> dict[str, str]:
        params = {
            "from": self.start.isoformat() if self.start else "",
            "to": self.end.isoformat() if self.end else "",
            "weapon": ",".join(self.weapons),
            "oblast": ",".join(self.oblasts),
            "source": ",".join(self.source_types),
        }
        return {key: value for key, value in params.items() if value}

    @classmethod
    def from_query_params(cls, params: Mapping[str, str], *, strict: bool = False) -> Filters:
        """Read a query string. Leniently (the pages): unknown or malformed values are dropped and
        a reversed range is swapped, never raised. Strictly (the API): any of those raises a
        `FilterError` listing every problem, so a typo never silently widens the answer."""
        filters, problems = cls.read_query_params(params)
        if strict and problems:
            raise FilterError(problems)
        return filters

    @classmethod
    def read_query_params(cls, params: Mapping[str, str]) -> tuple[Filters, list[str]]:
        """The lenient reading of a query string and what it left out or changed, in words (the
        page says so to the reader of a shared link; the API refuses)."""
        problems: list[str] = []
        start = _parse_date("from", params.get("from"), problems)
        end = _parse_date("to", params.get("to"), problems)
        if start and end and start > end:
            problems.append(f"from ({start}) is after to ({end})")
            start, end = end, start
        filters = cls(
            start=start,
            end=end,
            weapons=_pick("weapon", params.get("weapon"), WEAPONS, problems),
            oblasts=_pick("oblast", params.get("oblast"), OBLASTS, problems),
            source_types=_pick("source", params.get("source"), SOURCE_TYPES, problems),
        )
        return filters, problems

    def describe(self) -> str:
        """One line saying what the view holds, for captions and download file notes."""
        parts = [
            f"{self.start or 'first night'} → {self.end or 'last night'}",
            "weapons: " + (", ".join(WEAPON_LABELS[w] for w in self.weapons) or "all"),
            "oblasts: " + (", ".join(self.oblasts) or "all"),
            "sources: " + (", ".join(self.source_types) or "all"),
        ]
        return " · ".join(parts)


class FilterError(ValueError):
    """Filter values the strict reading refused; ``problems`` says what is wrong with each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


SHOWN_VALUE_LENGTH = 40  # a refused value is quoted in the message up to this many characters


def _shown(value: str) -> str:
    return repr(value if len(value) <= SHOWN_VALUE_LENGTH else value[:SHOWN_VALUE_LENGTH] + "…")


def _parse_date(name: str, value: str | None, problems: list[str]) -> dt.date | None:
    if not value:
        return None
    text = str(value)
    try:
        parsed = dt.date.fromisoformat(text[:10])
    except ValueError:
        problems.append(f"{name}: {_shown(text)} is not a date (YYYY-MM-DD)")
        return None
    if len(text) > 10:
        problems.append(f"{name}: {_shown(text)} has more than a date (YYYY-MM-DD)")
    return parsed


def _pick(name: str, value: str | None, allowed: tuple[str, ...], problems: list[str]) -> tuple[str, ...]:
    if not value:
        return ()
    wanted = [part.strip() for part in str(value).split(",")]
    unknown = [part for part in wanted if part and part not in allowed]
    if unknown:
        problems.append(f"{name}: unknown {', '.join(map(_shown, unknown))}; "
                        f"one or more of {', '.join(allowed)}, comma-separated")
    return tuple(option for option in allowed if option in wanted)


def page_weapon_groups(filters: Filters) -> list[str]:
    """The weapon groups a page's own weapon control may offer under the sidebar's weapon filter,
    so that the two never contradict: every group ("total" first) when the sidebar names none;
    else only the groups the sidebar names, each class followed by its families, and never "All
    weapons" (its totals would count the weapons the sidebar left out)."""
    if not filters.weapons:
        return ["total", *WEAPON_CLASSES, *WEAPON_FAMILIES]
    groups: list[str] = []
    for weapon in filters.weapons:
        for group in (weapon, *CLASS_FAMILIES.get(weapon, ())):
            if group not in groups:
                groups.append(group)
    return groups


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of the attack frame the view keeps (same columns, same order)."""
    keep = pd.Series(True, index=frame.index)
    if filters.start:
        keep &= frame["attack_date"] >= pd.Timestamp(filters.start)
    if filters.end:
        keep &= frame["attack_date"] <= pd.Timestamp(filters.end)
    if filters.weapons:
        # A night stays when any chosen class or family was launched that night.
        launched = pd.Series(False, index=frame.index)
        for weapon in filters.weapons:
            column = f"{weapon}_launched"
            if column in frame:
                launched |= frame[column].fillna(0).astype("int64") > 0
        keep &= launched
    if filters.oblasts:
        wanted = set(filters.oblasts)
        keep &= frame["oblasts"].map(lambda names: bool(wanted.intersection(names or ())))
    if filters.source_types:
        keep &= frame["source_type"].astype(str).isin(filters.source_types)
    return frame.loc[keep.astype(bool)]


def resend_widget_values(keys: Sequence[str]) -> None:
    """Make this run hand the browser the values of the widgets under ``keys``, not only the run
    that seeded them. Streamlit sends a widget's value only in a run that set it from the script; a
    later run sends the widget without it, and the browser keeps what it holds. When a rerun (a
    click during the first run) replaces the widgets before the browser has drawn them (their code
    still loading on a busy machine), it holds nothing: it drew the weapon and source filters empty
    while the view and the URL kept them, and the next change would have cleared them."""
    import streamlit as st

    for key in keys:
        st.session_state[key] = st.session_state[key]  # assigned: set by the script this run


def sidebar_filters() -> Filters:
    """Draw the shared filters in the sidebar; keep them and the URL in step; return the view."""
    import streamlit as st

    state = st.session_state
    if "flt_seeded" not in state or any(key not in state for key in FILTER_KEYS):
        # First run of a session: the URL is the truth (a copied link reproduces the view). So it is
        # after st.switch_page (a click on a chart leads to the Night page), which drops every
        # widget's state; the URL it opens carries the filters (salvo.dashboard.night.night_params).
        seed, problems = Filters.read_query_params({key: st.query_params.get(key, "") for key in PARAM_KEYS})
        # what the link asked for that the view could not take, said until the reader changes a filter
        state["flt_link_problems"] = (seed, problems)
        state["flt_from"], state["flt_to"] = seed.start, seed.end
        state["flt_weapon"] = list(seed.weapons)
        state["flt_oblast"] = list(seed.oblasts)
        state["flt_source"] = list(seed.source_types)
        state["flt_seeded"] = True
    else:
        resend_widget_values(FILTER_KEYS)

    with st.sidebar:
        st.header("Filters")
        st.date_input("From night", key="flt_from", format="YYYY-MM-DD")
        st.date_input("To night", key="flt_to", format="YYYY-MM-DD")
        st.multiselect("Weapon class or family", WEAPONS, key="flt_weapon", help=WEAPON_FILTER_NOTE,
                       format_func=WEAPON_LABELS.__getitem__, placeholder="All weapons")
        st.multiselect("Oblast with impact", OBLASTS, key="flt_oblast", placeholder="All oblasts")
        st.multiselect("Source type", SOURCE_TYPES, key="flt_source", placeholder="All sources")

    filters = Filters(
        start=state["flt_from"], end=state["flt_to"],
        weapons=tuple(state["flt_weapon"]), oblasts=tuple(state["flt_oblast"]),
        source_types=tuple(state["flt_source"]),
    )
    seeded, problems = state.get("flt_link_problems", (None, []))
    if problems and filters == seeded:
        link_problems(problems, "filters", st.sidebar)
    sync_query_params(filters.to_query_params(), PARAM_KEYS)
    return filters


def sync_query_params(wanted: Mapping[str, str], owned_keys: tuple[str, ...]) -> None:
    """Make the URL hold `wanted` for the keys this caller owns, leaving other keys alone."""
    import streamlit as st

    for key in owned_keys:
        value = wanted.get(key)
        if value and st.query_params.get(key) != value:
            st.query_params[key] = value
        elif not value and key in st.query_params:
            del st.query_params[key]


def link_problems(problems: list[str], what: str, where: object = None) -> None:
    """Tell the reader of a shared link which of its values the page could not use and what it
    shows instead (values quoted as text: a link's words are never Markdown)."""
    import streamlit as st

    (where or st).warning(f"This link's {what} could not all be used, so the view falls back: "
                          + escape_markdown("; ".join(problems)) + ".", icon=":material/link_off:")
