"""Every way a report arrives: files, folders, URLs, Telegram exports, the official CSV, the
shipped dataset. Each reader turns its input into reports and stores them through salvo.store;
nothing here draws a page."""

from collections.abc import Callable

# What every ingest calls as it goes (done, total): the CLI's progress bar, the Ingest page's.
ProgressCallback = Callable[[int, int], None]
