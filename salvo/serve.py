"""Serve the dashboard: `python -m salvo.serve [streamlit options]` (what `make run` runs).

The same as `streamlit run app.py [options]`, plus a read-ahead. Streamlit imports what a page
needs and reads the attack table inside the first script run, and that run only starts once a
browser has loaded the front end and opened its websocket: about a second in which the server sits
idle. This launcher starts Streamlit in its own process and meanwhile, in a background thread,
imports the modules the pages import and reads the attack table into `salvo.table`'s process
cache, which the pages' cached reader (`ui._cached_table`) then only copies. The first visitor
after a start waits for neither.

The cyclic garbage collector is paused while the modules load, then everything loaded so far is
frozen (`gc.freeze`): the imports build some 150,000 long-lived objects that the collector would
otherwise walk over and over, during the imports (a fifth of their time) and in later runs.
"""
from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"

_LOGGER = logging.getLogger(__name__)


def import_page_modules() -> None:
    """Import what the pages import, then freeze what is loaded and resume the collector."""
    try:
        from salvo import auth, charts, filters, maps, store, table, ui  # noqa: F401 -- loading them is the point
    finally:
        gc.freeze()
        gc.enable()


def read_ahead() -> None:
    """Import the page modules and read the attack table of the configured store (creating the
    store and loading the shipped data first, as the first page would). Never raises: on failure
    the first page meets the same error and shows it."""
    try:
        import_page_modules()
        from salvo import table
        from salvo.store import get_store

        table.load_attacks(get_store())
    except Exception:
        _LOGGER.warning("reading ahead failed; the first page will read the store itself", exc_info=True)


def start_read_ahead() -> threading.Thread:
    """Run `read_ahead` in a daemon thread (the server does not wait for it)."""
    thread = threading.Thread(target=read_ahead, name="salvo-read-ahead", daemon=True)
    thread.start()
    return thread


def main(argv: Sequence[str] | None = None) -> None:
    """`streamlit run app.py ARGV` in this process, reading ahead while the server starts."""
    gc.disable()  # resumed by the read-ahead once the modules are loaded
    # Streamlit first: reading ahead meanwhile would only slow the server's own imports, and no
    # browser can start loading the front end before the server answers.
    from streamlit.web import cli

    start_read_ahead()
    cli.main(["run", str(APP), *(sys.argv[1:] if argv is None else argv)], prog_name="streamlit")


if __name__ == "__main__":
    main()
