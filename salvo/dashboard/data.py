"""What every page shares: the attack frame (cached by data version), the store handle, the
empty-store message, and query-string-backed page options.

Pages call `attacks()` and `store()` and never touch SQL. `attack_source` is the one seam:
tests (and the synthetic browser app) replace it with a function returning a frame and a version.
"""
from __future__ import annotations

import datetime as dt
import logging
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
    resend_widget_values,
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
    return shared_view(version, filters, frame)


def shared_view(version: str, filters: Filters, frame: pd.DataFrame) -> pd.DataFrame:
    """`filtered_attacks` for an explicit view of ``frame`` (the whole attack table of ``version``)."""
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
    return shared_view_result(version, current_filters(), frame, builder, *args)


def shared_view_result(version: str, filters: Filters, frame: pd.DataFrame, builder: Callable[..., T],
                       *args: Hashable) -> T:
    """`view_result` for an explicit view of ``frame`` (the whole attack table of ``version``):
    the same shared cache entry, so the server can build a view before any session asks for it
    (salvo.dashboard.serve's read-ahead)."""
    name = f"{builder.__module__}.{builder.__qualname__}"
    return _view_result(version, filters, name, args, builder, shared_view(version, filters, frame))


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
    else:  # a rerun that replaced the radio before a busy browser drew it would show the default
        resend_widget_values([key])
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
    handle = store()
    return None if _official_reports(data_version_key(handle), handle) else OFFICIAL_MISSING


# Counted once per data version, not on every Overview run: an import of the official series is a
# write, and every write moves the version. The count reads the index on the kind (migration 9);
# before it, the first Overview after each change scanned the whole reports table (63 s cold at a
# million reports).
@st.cache_resource(max_entries=4, show_spinner=False)
def _official_reports(version: str, _handle: Store) -> int:
    return _handle.count_reports(kind="official")


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


def plot_or_note(figure: Any, key: str, note: str, clickable: bool = False) -> list[dict[str, Any]]:
    """`plot` when the figure draws something; otherwise `note` in an info box where the chart would
    be, and no chart: an empty axis under a chart's title reads as "zero", never as "no source in
    view gives this". Returns the selected points (none without a chart)."""
    if not figure.data:
        st.info(note, icon=":material/info:")
        return []
    return plot(figure, key, clickable)


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


def image_downloads(figure: Any, key: str) -> None:
    """PNG and SVG for one chart, in two steps: a button draws the image (kaleido and Chromium
    take seconds, too long to draw every chart's on every run), then a download button saves the
    bytes drawn. A download button is only ever handed bytes already made: one handed a function
    that fails shows Streamlit's own "Failed to generate file for download", and the reader should
    see only ours, which says what failed and how to fix it. The reason stands in place of the
    buttons when this machine cannot draw images at all."""
    unavailable = chart_export.export_unavailable()
    if unavailable:
        st.caption(unavailable)
        return
    # a page run draws the chart anew (other filters, other data): images and failures of the
    # chart an earlier run drew are not this one's
    for stale in (*(_image_key(key, image_format) for image_format in chart_export.FORMATS),
                  _failure_key(key)):
        st.session_state.pop(stale, None)
    _image_buttons(figure, key, export_context())


def _image_key(key: str, image_format: str) -> str:
    return f"{key}_{image_format}_image"


def _failure_key(key: str) -> str:
    return f"{key}_export_failed"


def _asked_key(key: str) -> str:
    return f"{key}_export_asked"


@st.fragment
def _image_buttons(figure: Any, key: str, context: chart_export.ExportContext) -> None:
    # A fragment: a click draws the image in a rerun of these buttons alone, not of the page. The
    # click only notes the format asked for (a callback, run before the rerun), so the rerun draws
    # it first, under a spinner where the buttons were, and then its row with the drawn image's
    # download button in place of the draw button.
    asked = st.session_state.pop(_asked_key(key), None)
    if asked:
        with st.spinner(f"Drawing the {asked.upper()}…"):
            try:
                st.session_state[_image_key(key, asked)] = chart_export.export_chart(figure, context, asked)
                st.session_state.pop(_failure_key(key), None)
            except Exception as error:
                reason = str(error) if isinstance(error, chart_export.ChartExportError) else (
                    f"The image could not be made ({chart_export.failure_text(error)}); the error is in "
                    "the server's log.")
                LOG.warning("chart export (%s) failed: %s", asked, error,
                            exc_info=not isinstance(error, chart_export.ChartExportError))
                st.session_state[_failure_key(key)] = (
                    f"The {asked.upper()} of this chart could not be made. {reason}")
    stem = f"salvo-{key}-v{context.data_version}"
    with st.container(horizontal=True, gap="small"):
        for image_format in chart_export.FORMATS:
            label = image_format.upper()
            image = st.session_state.get(_image_key(key, image_format))
            if image is not None:
                st.download_button(
                    f"Save {label}", icon=":material/download:", key=f"{key}_{image_format}", data=image,
                    file_name=f"{stem}.{image_format}", mime=chart_export.MIME_TYPES[image_format],
                    on_click="ignore", type="primary", help=f"The {label} is drawn: save it")
            else:
                st.button(label, icon=":material/image:", key=f"{key}_{image_format}_draw",
                          on_click=st.session_state.__setitem__, args=(_asked_key(key), image_format),
                          help=f"Draw this chart as {label}, with its title, the filters, the data version "
                          "and its sources drawn in (light, for print), then save it")
    if st.session_state.get(_failure_key(key)):
        st.error(st.session_state[_failure_key(key)], icon=":material/error:")


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
