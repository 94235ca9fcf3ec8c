"""Every way a report arrives: files, folders, URLs, Telegram exports, the official CSV, the
shipped dataset. Each reader turns its input into reports and stores them through salvo.store;
nothing here draws a page."""

from collections.abc import Callable

# What every ingest calls as it goes (done, total): the CLI's progress bar, the Ingest page's.
ProgressCallback = Callable[[int, int], None]


def failure_line(name: str, reason: str) -> str:
    """One failed item as the CLI and the Ingest page print it: its reason, which names the file
    already when the reader gave it ("bad.json: malformed JSON …"), else its name before it."""
    return reason if reason.startswith(name) else f"{name}: {reason}"
