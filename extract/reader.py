"""The one reader of report files: which files are reports, how big one may be, and how bytes
become text. `python -m extract` reads its inputs through it and so does salvo's ingest
(salvo.sources.ingest), so a file one accepts the other accepts too.

It lives here, beside the extractor's command line, because extract/ imports nothing from salvo/;
the extractor itself (extract_report) never reads a file. What a file's text becomes (HTML's main
text, a corpus JSON's fields, a Telegram export's posts) is for each caller.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
LABEL_SUFFIX = ".gold.json"  # hand labels beside corpus files: facts about a report, not a report
MAX_FILE_BYTES = 5_000_000  # an article or a post; HTML carries markup around the text
MAX_JSON_BYTES = 200 * 1024 * 1024  # a channel's Telegram Desktop export runs to tens of megabytes
BINARY_PROBE_BYTES = 8192  # a NUL byte among the first of these: binary data, not text


class ReadError(ValueError):
    """A file that is no readable report, with the reason in words (without the file's name)."""


def size_limit(suffix: str) -> int:
    """The largest file of this suffix that is read."""
    return MAX_JSON_BYTES if suffix.lower() in JSON_SUFFIXES else MAX_FILE_BYTES


def check_suffix(suffix: str) -> None:
    """ReadError unless files with this suffix are reports."""
    if suffix.lower() not in READABLE_SUFFIXES:
        raise ReadError(
            f"unsupported file type {suffix or '(none)'}; use {', '.join(sorted(READABLE_SUFFIXES))}"
        )


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A report file's bytes: its suffix checked, its size capped (``limit``, by default the
    suffix's `size_limit`) before anything is read."""
    if not path.exists():  # a mistyped folder has no suffix either: say what is wrong with it
        raise ReadError("no such file or folder")
    check_suffix(path.suffix)
    return read_regular_file(path, size_limit(path.suffix) if limit is None else limit)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or ReadError with the reason.

    A device, pipe or socket (a `report.txt` linked to /dev/zero, a FIFO) says its size is 0 and
    then never ends or never answers: it is refused before it is opened. The read itself stops
    one byte past the limit, so a file that grows while it is read cannot outrun the cap."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ReadError("not a regular file (a device, a pipe or a socket)")
        if status.st_size > limit:
            raise ReadError(f"too big ({status.st_size:,} bytes; the limit is {limit:,})")
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise ReadError(f"cannot read ({error.strerror or error})") from error
    if len(data) > limit:
        raise ReadError(f"too big (more than {limit:,} bytes)")
    return data


def decode(data: bytes, limit: int = MAX_FILE_BYTES) -> str:
    """Bytes as text, or ReadError: too big, binary (a NUL byte early on) or not UTF-8."""
    if len(data) > limit:
        raise ReadError(f"too big ({len(data):,} bytes; the limit is {limit:,})")
    if b"\x00" in data[:BINARY_PROBE_BYTES]:
        raise ReadError("binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReadError(f"not valid UTF-8 text (byte {error.start})") from None


def is_report_file(path: Path) -> bool:
    """A file a folder's reading picks up: a readable suffix, and no corpus gold label."""
    return path.suffix.lower() in READABLE_SUFFIXES and not path.name.endswith(LABEL_SUFFIX)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, in order; folders searched recursively for report files, sorted."""
    result: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            result.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_report_file(p)))
        else:
            result.append(path)
    return result


def passed_over(paths: Iterable[Path | str]) -> list[Path]:
    """The files `expand_paths` leaves out of these folders for their suffix (a `.csv`, a
    `.pdf`, an editor's backup), sorted, so a caller can name each one. Gold labels are not among
    them: they belong to the corpus files beside them. A file named on its own is never passed
    over (reading it says why it is refused)."""
    result: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            result.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() not in READABLE_SUFFIXES
            ))
    return result
