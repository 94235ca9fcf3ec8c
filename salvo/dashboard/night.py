"""What the Night page (views/night.py) and the links to it share: the night in the URL, the
night's reconciliation (salvo.reconcile) cached per data version, a link's address, and the way a
chart's clicked point or a map's clicked shape leads there (`follow_selection`)."""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Sequence

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError

from salvo.dashboard.data import current_filters, data_version_key
from salvo.dashboard.filters import link_problems
from salvo.dashboard.formatting import escape_markdown
from salvo.dashboard.pages import VIEWS_DIR
from salvo.reconcile import NightReconciliation, reconcile_night
from salvo.store import Store

NIGHT_PARAM = "night"  # the query-string key: /night?night=2025-07-04
# By its absolute path: a relative one resolves against the main script's folder, which is not
# the project's root when app.py runs under another script (the browser tests' synthetic app).
NIGHT_PAGE = str(VIEWS_DIR / "night.py")
MAX_LISTED_NIGHTS = 40  # a link list longer than this shows the newest nights and says so
RECONCILE_LABEL = "Reconcile this night: every source, field by field"


def night_reconciliation(handle: Store, night: dt.date) -> NightReconciliation:
    """One night's sources, figures and grid (salvo.reconcile), read once per data version."""
    return _cached_reconciliation(data_version_key(handle), night, handle)


@st.cache_resource(max_entries=32, show_spinner="Reading the night's reports…")
def _cached_reconciliation(version: str, night: dt.date, _handle: Store) -> NightReconciliation:
    return reconcile_night(_handle, night)


def night_link(night: object) -> str:
    """The Night page's address for one night, relative to any page (for a table's link column)."""
    return f"night?{NIGHT_PARAM}={pd.Timestamp(night).date().isoformat()}"


def reconcile_link(night: dt.date) -> None:
    """Draw the link to the Night page for one night: a page link inside the app's navigation; a
    plain relative link when the page runs on its own (a script run without app.py, as the bench
    runs pages), where Streamlit knows no other page."""
    try:
        st.page_link(NIGHT_PAGE, label=RECONCILE_LABEL, icon=":material/bedtime:",
                     query_params={NIGHT_PARAM: night.isoformat()})
    except StreamlitPageNotFoundError:
        st.markdown(f"[{RECONCILE_LABEL}]({night_link(night)})")


def night_params(night: dt.date) -> dict[str, str]:
    """The Night page's query string for one night, with the sidebar's filters kept."""
    return {**current_filters().to_query_params(), NIGHT_PARAM: night.isoformat()}


def requested_night(fallback: dt.date) -> dt.date:
    """The night the Night page shows on this run: the URL's when it names a new one (a first
    visit, a shared link, a click on a chart), else the one the reader picked on the page."""
    asked = st.query_params.get(NIGHT_PARAM, "")
    try:
        wanted = dt.date.fromisoformat(asked)
    except ValueError:
        wanted = None
        if asked:  # a link naming no date: say so; the page shows the last pick or the last night
            link_problems([f"night: {asked[:40]!r} is not a date (YYYY-MM-DD); showing "
                           f"{st.session_state.get('night_pick') or fallback}"], "night")
    if wanted is not None and st.session_state.get("night_asked") != asked:
        st.session_state["night_asked"] = asked
        st.session_state["night_pick"] = wanted
    elif "night_pick" not in st.session_state:
        st.session_state["night_pick"] = wanted or fallback
    return st.session_state["night_pick"]


def nights_in(frame: pd.DataFrame, start: object, days: int) -> list[dt.date]:
    """The attack nights in `frame` from `start` over `days` calendar days, newest first."""
    first = pd.Timestamp(start).normalize()
    dates = frame["attack_date"]
    chosen = dates[(dates >= first) & (dates < first + pd.Timedelta(days=days))]
    return sorted({stamp.date() for stamp in chosen}, reverse=True)


def period_nights(frame: pd.DataFrame, xs: Iterable[object], freq: str = "D") -> list[dt.date]:
    """The attack nights in `frame` behind a chart's chosen x values: the nights themselves for
    a per-night chart, every night of the week (from Monday) or month for a weekly or monthly one.
    Any day of a week or month stands for it (the Directions chart draws its lines' points inside
    their period, side by side). Values that are not dates are ignored. Newest first."""
    nights: set[dt.date] = set()
    for x in xs:
        try:
            start = pd.Timestamp(str(x)[:10])
        except ValueError:
            continue
        if freq == "W":
            start -= pd.Timedelta(days=start.weekday())
        elif freq == "M":
            start = start.replace(day=1)
        days = {"D": 1, "W": 7, "M": start.days_in_month}.get(freq, 1)
        nights.update(nights_in(frame, start, days))
    return sorted(nights, reverse=True)


def place_nights(frame: pd.DataFrame, column: str, names: Iterable[str]) -> list[dt.date]:
    """The attack nights in `frame` whose list `column` ("oblasts", "cities") names any of
    `names`: the nights that hit a map's chosen shape. Newest first."""
    wanted = set(names)
    if not wanted or column not in frame:
        return []
    hit = frame["attack_date"][frame[column].map(lambda places: bool(wanted.intersection(places or ())))]
    return sorted({stamp.date() for stamp in hit}, reverse=True)


def window_nights(frame: pd.DataFrame, points: Iterable[dict], windows: Sequence[int]) -> list[dict]:
    """The attack nights behind points of a rolling chart: each point's day and the days of its
    trace's window before it (`windows[curve_number]` days; a trace past the list counts one day).
    Newest first."""
    nights: set[dt.date] = set()
    for point in points:
        curve = int(point.get("curve_number", -1))
        days = windows[curve] if 0 <= curve < len(windows) else 1
        try:
            end = pd.Timestamp(str(point.get("x"))[:10])
        except ValueError:
            continue
        nights.update(nights_in(frame, end - pd.Timedelta(days=days - 1), days))
    return sorted(nights, reverse=True)


def follow_selection(nights: Sequence[dt.date], key: str,
                     heading: str = "Nights behind the chosen point") -> None:
    """Lead from a chart's or map's selection to the Night page: one night opens it at once
    (once per new selection, so coming back to the chart does not bounce the reader away again);
    several are listed as links under the chart, under `heading`."""
    signature = ",".join(night.isoformat() for night in nights)
    handled = f"{key}_followed"
    if not nights:
        st.session_state.pop(handled, None)
        return
    if len(nights) == 1 and st.session_state.get(handled) != signature:
        st.session_state[handled] = signature
        # run on its own (without app.py's navigation) a page knows no other: the links serve
        with contextlib.suppress(StreamlitPageNotFoundError):
            st.switch_page(NIGHT_PAGE, query_params=night_params(nights[0]))
    st.session_state[handled] = signature
    night_links(nights, heading)


def follow_periods(frame: pd.DataFrame, points: Iterable[dict], freq: str, key: str) -> None:
    """`follow_selection` for a chart over nights, weeks or months (x a night or a period's start):
    a night's point opens it, a week's or month's lists its nights."""
    follow_selection(period_nights(frame, [point.get("x") for point in points], freq), key)


def night_links(nights: Sequence[dt.date], heading: str) -> None:
    """A list of links to the Night page, newest first, the filters kept in each."""
    shown = list(nights)[:MAX_LISTED_NIGHTS]
    more = len(nights) - len(shown)
    st.markdown(f"**{escape_markdown(heading)}** ({len(nights)} night{'s' if len(nights) != 1 else ''}"
                + (f"; the newest {len(shown)} listed" if more > 0 else "") + ")")
    with st.container(horizontal=True, gap="small"):
        for night in shown:
            try:
                st.page_link(NIGHT_PAGE, label=night.isoformat(), icon=":material/bedtime:",
                             query_params=night_params(night))
            except StreamlitPageNotFoundError:
                st.markdown(f"[{night.isoformat()}]({night_link(night)})")
