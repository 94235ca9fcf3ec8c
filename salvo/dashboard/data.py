"""What every page shares: the attack frame (cached by data version), the store handle, the
empty-store message, and query-string-backed page options.

Pages call `attacks()` and `store()` and never touch SQL. `attack_source` is the one seam:
tests (and the synthetic browser app) replace it with a function returning a frame and a version.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

import pandas as pd
import streamlit as st

from salvo import table
from salvo.dashboard import chart_export, charts
from salvo.dashboard.auth import editor
from salvo.dashboard.filters import (
    Filters,
    apply_filters,
    link_problems,
    page_weapon_groups,
    sync_query_params,
)
from salvo.dashboard.sync_status import freshness_line
from salvo.sources import default_data
from salvo.store import Store

EMPTY_MESSAGE = ("No data yet — ingest reports (Ingest page) or import the official CSV "
                 "(`python -m salvo import-official CSV`).")


def empty_attack_frame() -> pd.DataFrame:
    """The attack frame of docs/data-model.md with no rows (salvo.table defines the shape)."""
    return table.empty_frame()


def store() -> Store:
    """The process-wide store (salvo.sources.default_data.get_store)."""
    return default_data.get_store()


def data_version_key(handle: Store) -> str:
    """The cache key of everything read from the store: its address and its data version (which
    every write moves). Built here only; `version_number` reads the counter back out."""
    return f"{handle.url}#{handle.data_version()}"


def version_number(version: str) -> str:
    """The store's data version in a `data_version_key`, without the database's address."""
    return version.rsplit("#", 1)[-1]


def _store_attacks() -> tuple[pd.DataFrame, str]:
    handle = store()
    version = data_version_key(handle)
    return _cached_table(version, handle), version


# cache_resource, not cache_data: every session shares the one frame instead of unpickling a copy
# per page run (a quarter of a second at 4,000 nights). Pages and chart builders never change a
# frame in place; they derive new ones.
@st.cache_resource(max_entries=4, show_spinner="Reading the attack table…")
def _cached_table(version: str, _handle: Store) -> pd.DataFrame:
    """The attack table of one data version (the version is the cache key: any write moves it)."""
    return table.load_attacks(_handle)


# The seam: a function returning (attack frame, data version). Tests replace it.
attack_source: Callable[[], tuple[pd.DataFrame, str]] = _store_attacks


def attacks() -> tuple[pd.DataFrame, str]:
    """The whole attack frame and its data version."""
    return attack_source()


def filtered_attacks(filters: Filters) -> pd.DataFrame:
    """The view's rows, shared by every session on the same data version and filters."""
    frame, version = attacks()
    return _filtered(version, filters, frame)


@st.cache_resource(max_entries=64, show_spinner=False)
def _filtered(version: str, filters: Filters, _frame: pd.DataFrame) -> pd.DataFrame:
    return apply_filters(_frame, filters)


LOG = logging.getLogger("salvo")
PAGE_FAILED = ("This page could not be drawn because of an error on the server; the error is in the "
               "server's log. An editor signed in sees its details here.")


def run_page(navigation: Any) -> None:
    """Run the page the URL names (``st.navigation``'s result). An error in it goes to the server's
    log with its traceback and is shown in full to editors only: a traceback names the server's
    paths and code, which viewers have no need of (``client.showErrorDetails`` hides uncaught ones).
    """
    try:
        navigation.run()
    except Exception as error:  # the frame around every page; st.stop and st.rerun are no Exception
        LOG.exception("a page failed")
        if editor() is not None:
            st.exception(error)
        else:
            st.error(PAGE_FAILED, icon=":material/error:")


T = TypeVar("T")


def view_result(builder: Callable[..., T], *args: Hashable) -> T:
    """``builder(filtered frame, *args)`` for the current view, computed once per data version,
    filters and arguments and shared by every session: a chart or summary is built when the data
    or the view changes, not on every rerun (the frame is already cached the same way).

    The result is shared: callers draw it or derive from it, never change it in place."""
    frame, version = attacks()
    filters = current_filters()
    name = f"{builder.__module__}.{builder.__qualname__}"
    return _view_result(version, filters, name, args, builder, _filtered(version, filters, frame))


@st.cache_resource(max_entries=256, show_spinner=False)
def _view_result(version: str, filters: Filters, name: str, args: tuple, _builder: Callable[..., Any],
                 _frame: pd.DataFrame) -> Any:
    return _builder(_frame, *args)


def current_filters() -> Filters:
    """The view the sidebar holds (app.py draws the sidebar before running the page)."""
    return st.session_state.get("salvo_filters", Filters())


def show_empty(frame: pd.DataFrame, filters: Filters | None = None) -> bool:
    """Tell the reader why there is nothing to draw; True when the page should stop there."""
    if not frame.empty:
        return False
    everything, _version = attacks()
    if everything.empty:
        st.info(EMPTY_MESSAGE, icon=":material/info:")
    else:
        st.info("No attack night matches the filters in the sidebar. Widen the date range or clear a filter.")
        if filters is not None:
            st.caption(filters.describe())
    return True


def query_choice(label: str, options: Sequence[str], param: str, default: str,
                 format_func: Callable[[str], str] = str, horizontal: bool = True) -> str:
    """A page option (radio) kept in the URL as `param`, so a copied link restores it too."""
    key = f"opt_{param}"
    refused = f"opt_{param}_refused"
    # first run, or the options changed under a kept choice (the sidebar's weapon filter narrows
    # a page's weapon groups): the URL's choice if it is still offered, else the default
    if st.session_state.get(key) not in options:
        wanted = st.query_params.get(param, default)
        st.session_state[key] = wanted if wanted in options else default
        if key not in st.session_state.get("opt_seeded", set()):  # a link's own value, not a narrowing
            st.session_state.setdefault("opt_seeded", set()).add(key)
            st.session_state[refused] = None if wanted in options else (
                f"{param}: {wanted[:40]!r} is not one of "
                + ", ".join(f"{option} ({format_func(option)})" if format_func(option) != option else option
                            for option in options)
                + f"; showing {format_func(default)}")
    choice = st.radio(label, list(options), key=key, format_func=format_func, horizontal=horizontal)
    if st.session_state.get(refused) and choice == default:  # said until the reader picks another
        link_problems([st.session_state[refused]], "page options")
    sync_query_params({param: choice}, (param,))
    return choice


def weapon_group_choice(filters: Filters, label: str, column: Any) -> tuple[list[str], str]:
    """A page's weapon group control, drawn in ``column``, offering only the groups the sidebar's
    weapon filter allows (`page_weapon_groups`), and below the columns the note that says so when
    the sidebar names weapons; returns the groups offered and the one chosen."""
    with column:
        groups = page_weapon_groups(filters)
        group = query_choice(label, groups, "group", groups[0], format_func=charts.GROUPS.get)
    if filters.weapons:
        st.caption("The weapons offered here follow the sidebar's weapon filter: only the classes and "
                   "families it names, never all weapons.")
    return groups, group


OFFICIAL_MISSING = (
    "No official series stored yet: download the “Massive Missile Attacks on Ukraine” dataset's zip "
    "archive (Kaggle, piterfm/massive-missile-attacks-on-ukraine) and drop it on the Ingest page's "
    "Official dataset tab, or run `python -m salvo import-official ARCHIVE.zip`."
)


def official_series_note() -> str | None:
    """The Overview's one line when the store holds no official series (None when it does)."""
    return None if store().count_reports(kind="official") else OFFICIAL_MISSING


def live_sources_line() -> str | None:
    """The Overview's line on live sources ("updated 12 min ago from 3 sources"), None before any
    sync (salvo.dashboard.sync_status)."""
    return freshness_line(store().sync_statuses())


# The modebar keeps its quick screen-size PNG; the publication images are the buttons under a chart.
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def dark_theme() -> bool:
    """Whether the page is drawn dark: the theme the reader's browser reports (their choice in
    the settings menu or their system's), else .streamlit/config.toml's `theme.base`."""
    kind = st.context.theme.type or st.get_option("theme.base")
    return kind == "dark"


def plot(figure: Any, key: str, clickable: bool = False) -> list[dict[str, Any]]:
    """Draw a Plotly figure in the page's theme, with PNG and SVG downloads ready for publication
    under it (salvo.dashboard.chart_export). With `clickable`, a click on a point selects it and
    the selected points are returned (salvo.dashboard.night.follow_selection leads to the night)."""
    # theme=None keeps the Okabe-Ito template instead of Streamlit's palette; `themed` follows
    # the page's light or dark theme instead.
    shown = charts.themed(figure, dark_theme())
    if clickable:
        event = st.plotly_chart(shown, width="stretch", theme=None, config=PLOTLY_CONFIG, key=key,
                                on_select="rerun", selection_mode="points")
        points = list(event.selection.points) if event and event.selection else []
    else:
        st.plotly_chart(shown, width="stretch", theme=None, config=PLOTLY_CONFIG, key=key)
        points = []
    image_downloads(figure, key)
    return points


def export_context() -> chart_export.ExportContext:
    """What an exported chart of the current view says about it: filters, version, sources."""
    _frame, version = attacks()
    return chart_export.ExportContext(
        filters=current_filters().describe(), data_version=version_number(version),
        sources=view_result(sources_in_view),
        exported=dt.datetime.now(dt.UTC).date())


def sources_in_view(frame: pd.DataFrame, limit: int = 4) -> str:
    """Who gave the figures in view, most nights first: "A, B, C, D and 2 more"."""
    counts = frame["sources"].explode().dropna().value_counts() if "sources" in frame else pd.Series()
    names = list(counts.index)
    more = len(names) - limit
    return ", ".join(names[:limit]) + (f" and {more} more" if more > 0 else "")


class ExportOutcomes:
    """What became of the image exports the download buttons asked for, by the token drawn with
    each button. Streamlit makes a download's bytes in a thread of its own and tells the browser
    only "Failed to generate file" when that fails; the button's rerun waits here for the outcome,
    so the page can say what failed and what to do. Holds the newest `limit` outcomes."""

    def __init__(self, limit: int = 512) -> None:
        self._lock = threading.Lock()
        self._events: OrderedDict[str, threading.Event] = OrderedDict()
        self._errors: dict[str, str | None] = {}
        self._limit = limit

    def _event(self, token: str) -> threading.Event:
        with self._lock:
            event = self._events.get(token)
            if event is None:
                event = self._events[token] = threading.Event()
                while len(self._events) > self._limit:
                    old, _ = self._events.popitem(last=False)
                    self._errors.pop(old, None)
            return event

    def finish(self, token: str, error: str | None) -> None:
        """Record an export's outcome: None when it made its image, else the sentence saying why not."""
        event = self._event(token)
        with self._lock:
            self._errors[token] = error
        event.set()

    def wait(self, token: str, timeout_s: float) -> tuple[bool, str | None]:
        """(finished, error) of the export drawn with `token`, waiting up to `timeout_s` for it."""
        finished = self._event(token).wait(timeout_s)
        with self._lock:
            return finished, self._errors.get(token)


EXPORT_OUTCOMES = ExportOutcomes()
# How long a button's rerun waits for its export: the browser's own timeout and its start-up.
EXPORT_WAIT_S = chart_export.RENDER_TIMEOUT_S + 15


def recorded_export(token: str, figure: Any, context: chart_export.ExportContext,
                    image_format: chart_export.ImageFormat) -> bytes:
    """`chart_export.export_chart`, its outcome recorded under `token` for the page to report. A
    failure still raises, so the browser saves no file; it goes to the server's log as well."""
    try:
        image = chart_export.export_chart(figure, context, image_format)
    except Exception as error:
        reason = str(error) if isinstance(error, chart_export.ChartExportError) else (
            f"The image could not be made ({chart_export.failure_text(error)}); the error is in the "
            "server's log.")
        LOG.warning("chart export (%s) failed: %s", image_format, error,
                    exc_info=not isinstance(error, chart_export.ChartExportError))
        EXPORT_OUTCOMES.finish(token, reason)
        raise
    EXPORT_OUTCOMES.finish(token, None)
    return image


def image_downloads(figure: Any, key: str) -> None:
    """PNG and SVG buttons for one chart, made when clicked (kaleido and Chromium take seconds);
    the reason in place of the buttons when this machine cannot draw them, and under them when a
    click's export failed (Chromium broken or removed since the page was drawn)."""
    unavailable = chart_export.export_unavailable()
    if unavailable:
        st.caption(unavailable)
        return
    _image_buttons(figure, key, export_context())


@st.fragment
def _image_buttons(figure: Any, key: str, context: chart_export.ExportContext) -> None:
    # A fragment: a click reruns these buttons alone, not the page, and that rerun waits for the
    # export the click asked for (by the token drawn with the clicked button) to report a failure.
    stem = f"salvo-{key}-v{context.data_version}"
    failed_key = f"{key}_export_failed"
    waiting: list[tuple[str, str]] = []  # (format, token) of the export this run's click asked for
    with st.container(horizontal=True, gap="small"):
        for image_format in chart_export.FORMATS:
            token_key = f"{key}_{image_format}_token"
            asked = st.session_state.get(token_key)
            token = st.session_state[token_key] = uuid.uuid4().hex
            clicked = st.download_button(
                f"{image_format.upper()}", icon=":material/download:", key=f"{key}_{image_format}",
                data=functools.partial(recorded_export, token, figure, context, image_format),
                file_name=f"{stem}.{image_format}", mime=chart_export.MIME_TYPES[image_format],
                on_click="rerun", help=f"Download this chart as {image_format.upper()}, with its title, "
                "the filters, the data version and its sources drawn in (light, for print)")
            if clicked and asked:
                waiting.append((image_format, asked))
    for image_format, asked in waiting:
        with st.spinner(f"Drawing the {image_format.upper()}…"):
            finished, error = EXPORT_OUTCOMES.wait(asked, EXPORT_WAIT_S)
        if finished:
            st.session_state[failed_key] = error and (
                f"The {image_format.upper()} of this chart could not be made. {error}")
    if st.session_state.get(failed_key):
        st.error(st.session_state[failed_key], icon=":material/error:")


def impact_deck(frame: pd.DataFrame) -> Any:
    """The Map page's deck, with cities placed by the project's gazetteer, over the basemap the
    operator configured (none by default: no third-party request)."""
    # The map modules (pydeck) are imported by the pages that draw maps, not on every page's path.
    from salvo.dashboard import maps

    return maps.impact_deck(frame, maps.gazetteer_lookup(), maps.configured_basemap())


def impact_figure(frame: pd.DataFrame) -> Any:
    """The Map page's map as a Plotly figure for its image downloads (salvo.dashboard.map_figure)."""
    from salvo.dashboard import map_figure, maps

    return map_figure.impact_figure(frame, maps.gazetteer_lookup())
