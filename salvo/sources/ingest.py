"""Getting reports into the store: pasted text, files, folders, URLs, the shipped dataset.

Every report is checked first (empty, binary, not UTF-8, too big -> `IngestError` with a clear
message) and stored in one transaction with its record, so a failure stores nothing of it.
The same text twice is one report: a text already stored under the current extractor version
is not even extracted again. After a batch, the nights it touched are consolidated again.

The extractor is injectable: any ``Extractor`` (a callable ``(text, published) -> record`` and a
version string). The default wraps ``extract.extract_report`` and is imported only when used.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from extract import reader
from extract.lang import detect_language
from salvo import consolidate
from salvo.sources import ProgressCallback, telegram
from salvo.sources.fetch import FetchError, fetch
from salvo.sources.outlets import SourceInfo, classify_source
from salvo.store import (
    NewReport,
    SavedReport,
    SaveTally,
    Store,
    bound_attack_date,
    bound_figures,
    content_hash,
    parse_date,
    utcnow,
    without_bidi_controls,
)

MAX_TEXT_CHARS = 1_000_000  # a report is an article or a post; a megabyte of text is not one
# trafilatura spends about 70 µs per element: 5 MB of "<p>x</p>" took 71 s of CPU and 860 MB.
# A news page has a few thousand tags; 100,000 bounds a page at about 14 s.
MAX_HTML_TAGS = 100_000
MAX_FILE_BYTES = reader.MAX_FILE_BYTES  # the shared reader's caps (extract.reader)
MAX_JSON_BYTES = reader.MAX_JSON_BYTES
MAX_URL_BYTES = 5_000_000
URL_TIMEOUT_SECONDS = 15.0

BATCH_ITEMS = 200  # items (files, URLs, pasted texts) stored per transaction


class IngestError(ValueError):
    """Input Salvo refuses, with the reason in words; nothing of it was stored."""


@dataclass(frozen=True)
class Extractor:
    extract: Callable[[str, str | None], dict[str, Any]]  # (text, published ISO date or None) -> record
    version: str


def default_extractor() -> Extractor:
    """``extract.extract_report``, versioned by ``extract.__version__`` and a hash of its sources.

    The hash makes any change to the extractor's code or wording tables a new version, so
    re-ingesting re-extracts (corrections stay) even when nobody bumped ``__version__``.
    """
    import extract  # here, not at the top: the store's CLI commands that never extract stay light

    def run(text: str, published: str | None) -> dict[str, Any]:
        # the extractor reads no clock: the day of reading, which bounds a report's night, comes from here
        return extract.extract_report(text, published=published, today=utcnow().date()).to_dict()

    return Extractor(run, f"extract/{extract.__version__}+{_source_digest(extract)}")


def _source_digest(module: Any) -> str:
    folder = Path(module.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py")):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class IngestResult:
    report_id: int
    created: bool
    attack_date: date | None
    is_attack_report: bool
    name: str = ""


@dataclass
class IngestSummary(SaveTally):
    """An ingest's counts (SaveTally: ``revised`` are reports re-extracted by another extractor
    version, ``unchanged`` those already stored under this one) and what else it met."""

    not_attack: int = 0  # channel posts that are no attack report: read, counted, not stored
    failed: list[tuple[str, str]] = field(default_factory=list)  # (item, reason)
    # files a folder held of a type Salvo does not read: not failures, but named, never silent
    passed_over: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    results: list[IngestResult] = field(default_factory=list)
    run_id: int | None = None

    @property
    def attack_dates(self) -> list[date]:
        return sorted({r.attack_date for r in self.results if r.attack_date})

    def describe(self) -> str:
        """The summary's line on a command line (python -m salvo ingest, salvo.distributed)."""
        passed_over = f", passed over {len(self.passed_over)}" if self.passed_over else ""
        return (f"added {self.added}, re-extracted {self.revised}, already stored {self.unchanged}, "
                f"failed {len(self.failed)}{passed_over}; nights touched: {len(self.attack_dates)}")


@dataclass(frozen=True)
class RawReport:
    """A report's text and what its container says about it, before extraction."""

    text: str
    name: str
    url: str | None = None
    path: str | None = None
    published: date | None = None
    language: str | None = None
    title: str | None = None
    outlet: str | None = None
    external_id: str | None = None
    source_type: str | None = None  # when the container knows it (a Telegram export's own channel)
    posted_at: datetime | None = None  # a post's moment (Telegram): the extractor dates by it in Kyiv time
    # A channel post that is no attack report (an alert, a forward about the weather) is not kept.
    keep_only_attack_reports: bool = False
    # Why this entry of a container (one item of a corpus JSON list) is no report: it fails
    # alone, listed with this reason, and the container's other entries are stored.
    refused: str | None = None


# --- checking and decoding ---------------------------------------------------------------------


def decode_bytes(data: bytes, name: str, limit: int = MAX_FILE_BYTES) -> str:
    """Bytes as text, or IngestError: empty, or what the shared reader refuses (too big, binary,
    not UTF-8)."""
    if not data or not data.strip():
        raise IngestError(f"{name}: empty")
    try:
        return reader.decode(data, limit)
    except reader.ReadError as error:
        raise IngestError(f"{name}: {error}") from None


def _size_limit(suffix: str) -> int:
    return MAX_JSON_BYTES if suffix in reader.JSON_SUFFIXES else MAX_FILE_BYTES


def check_text(text: str, name: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise IngestError(f"{name}: no text")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(f"{name}: too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
    if "\x00" in text:
        raise IngestError(f"{name}: binary data, not text")
    try:  # JSON's \ud800 escapes decode to lone surrogates, which no store or hash can encode
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise IngestError(f"{name}: not valid Unicode (lone surrogate at character {error.start})") from None
    return without_bidi_controls(text.strip())


def html_to_report(html: str, name: str, url: str | None = None) -> RawReport:
    """Main text, title and publication date of an HTML page (trafilatura)."""
    import trafilatura

    if (tags := html.count("<")) > MAX_HTML_TAGS:
        raise IngestError(f"{name}: {tags:,} tags, more than an article has (the limit is {MAX_HTML_TAGS:,})")
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise IngestError(f"{name}: no article text found in the page")
    title = getattr(document, "title", None)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return RawReport(
        text=text,
        name=name,
        url=url,
        published=parse_date(getattr(document, "date", None)),
        title=title,
        outlet=getattr(document, "sitename", None) or None,
    )


def corpus_json_to_reports(data: Any, name: str, path: str | None) -> list[RawReport]:
    """A corpus file ({"id", "url", "lang", "date_hint", "text"}) or a list of them.

    A single report that is not one raises IngestError; an entry of a list that is not one
    comes back ``refused`` (with the reason), so it fails alone and the list's others are kept."""
    if not isinstance(data, list):
        return [_corpus_report(data, name, path)]
    result = []
    for index, item in enumerate(data):
        label = f"{name}[{index}]"
        try:
            result.append(_corpus_report(item, label, path))
        except IngestError as error:
            result.append(RawReport(text="", name=label, path=path, refused=str(error)))
    return result


def _corpus_report(item: Any, label: str, path: str | None) -> RawReport:
    """One corpus report of a JSON file, or IngestError naming ``label`` and what is wrong."""
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise IngestError(f'{label}: a JSON report needs a "text" field')
    for key in ("url", "lang", "title", "outlet", "date_hint", "published"):
        check_label(item.get(key), f'{label}: "{key}"')
    if item.get("id") is not None:
        check_label(str(item["id"]), f'{label}: "id"')
    url = item.get("url") if isinstance(item.get("url"), str) and "://" in item.get("url", "") else None
    return RawReport(
        text=item["text"], name=label, url=url, path=path,
        published=parse_date(item.get("date_hint") or item.get("published")),
        language=item.get("lang"), title=item.get("title"), outlet=item.get("outlet"),
        external_id=str(item["id"]) if item.get("id") is not None else None,
    )


def check_label(value: Any, what: str) -> None:
    """A file's metadata field must be text a database can hold (or absent), else IngestError."""
    if value is None:
        return
    if not isinstance(value, str):
        raise IngestError(f"{what} must be text, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise IngestError(f"{what} is not valid Unicode (a lone surrogate at character {error.start})") \
            from None


def telegram_to_reports(export: str, name: str, channel: str | None = None) -> list[RawReport]:
    """The text posts of a Telegram Desktop export (salvo.sources.telegram) as reports.

    ``channel``: the channel's username as the editor ingesting the export names it. A post of a
    channel data/official_channels.csv lists (by that username or by the export's id) is an
    official statement; a forward or another channel's post is an outlet's, whatever its title
    claims. Each post is dated by its
    timestamp (the extractor reads it in Kyiv time) and linked by its t.me URL; a post that the
    extractor finds no attack report is not stored but counted (``IngestSummary.not_attack``).
    """
    try:
        channels = telegram.read_export(export, username=channel)
    except telegram.TelegramExportError as error:
        raise IngestError(f"{name}: {error}") from None
    reports = []
    for channel in channels:
        check_label(channel.channel, f"{name}: the channel's name")
        # The channel's title is the file's own word: a name that claims to be official makes it
        # an outlet until an editor names the channel (salvo.sources.telegram, data/official_channels.csv).
        claimed = classify_source(None, channel.channel).source_type
        other = "outlet" if claimed == "official" else claimed
        official = channel.official_channel
        official_name = official.outlet if official else None
        for message in channel.messages:
            reports.append(
                RawReport(
                    text=message.text,
                    name=message.url or f"{name}: {channel.channel or 'channel'} post {message.message_id}",
                    url=message.url,
                    published=message.posted_at.date(),
                    outlet=official_name if message.official else channel.channel,
                    source_type="official" if message.official else other,
                    posted_at=message.posted_at,
                    keep_only_attack_reports=True,
                )
            )
    return reports


def read_file(path: Path, channel: str | None = None) -> list[RawReport]:
    """The report(s) a file holds, by its suffix (``channel``: see `telegram_to_reports`)."""
    name = str(path)
    try:
        data = reader.read_bytes(path, _size_limit(path.suffix.lower()))
    except reader.ReadError as error:
        raise IngestError(f"{name}: {error}") from error
    return bytes_to_reports(data, path.name, path=name, channel=channel)


def bytes_to_reports(
    data: bytes, filename: str, path: str | None = None, channel: str | None = None
) -> list[RawReport]:
    """An uploaded or read file's bytes as report(s), by the file name's suffix.

    A .json file is a corpus report (or a list of them) or a Telegram Desktop channel export
    (``result.json``: every text post becomes a report).
    """
    suffix = Path(filename).suffix.lower()
    name = path or filename
    if suffix:
        try:
            reader.check_suffix(suffix)
        except reader.ReadError as error:
            raise IngestError(f"{name}: {error}") from None
    text = decode_bytes(data, name, limit=_size_limit(suffix))
    if suffix in reader.HTML_SUFFIXES:
        return [html_to_report(text, name)]
    if suffix in reader.JSON_SUFFIXES:
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as error:
            raise IngestError(f"{name}: malformed JSON ({error.msg} at line {error.lineno})") from None
        except RecursionError:
            raise IngestError(f"{name}: JSON nested too deeply") from None
        if isinstance(parsed, dict) and ("messages" in parsed or "chats" in parsed):
            return telegram_to_reports(text, name, channel)
        return corpus_json_to_reports(parsed, name, path)
    return [RawReport(text=text, name=name, path=path)]


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files to ingest: files as given, folders searched recursively for report files."""
    return reader.expand_paths(paths)


def passed_over(paths: Iterable[Path | str]) -> list[tuple[str, str]]:
    """(file, why) for each file those folders hold that `expand_paths` leaves out for its suffix."""
    readable = ", ".join(sorted(reader.READABLE_SUFFIXES))
    return [
        (str(path), f"{path.suffix or 'no suffix'} is not a report file type (Salvo reads {readable})")
        for path in reader.passed_over(paths)
    ]


# Any scheme: a file:// or ftp:// item is a URL Salvo refuses by its scheme, not a file name.
_URL_PATTERN = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def is_url(item: str) -> bool:
    return bool(_URL_PATTERN.match(item.strip()))


def fetch_url(url: str, *, timeout: float = URL_TIMEOUT_SECONDS, max_bytes: int = MAX_URL_BYTES) -> RawReport:
    """Fetch a public page (salvo.sources.fetch: no internal addresses, time and size limits) and take
    its main text and date."""
    try:
        page = fetch(url.strip(), timeout=timeout, max_bytes=max_bytes)
    except FetchError as error:
        raise IngestError(f"{url}: {error}") from None
    text = _decode_page(page.body, page.content_type, url, max_bytes)
    if "html" in page.content_type or text.lstrip()[:1] == "<":
        report = html_to_report(text, url, url=page.url)
        return RawReport(**{**report.__dict__, "url": page.url})
    if page.content_type and not page.content_type.startswith("text/"):
        raise IngestError(f"{url}: not a web page or text ({page.content_type})")
    return RawReport(text=text, name=url, url=page.url)


# A page's declared charset: its Content-Type header's, else a <meta> near the top of its HTML.
_HEADER_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([\w.:-]+)", re.I)


def _decode_page(body: bytes, content_type: str, url: str, max_bytes: int) -> str:
    """A fetched page's text: UTF-8 when it is (whatever it declares, as many sites declare it
    wrongly), else the charset the page declares (Ukrainian outlets still serve windows-1251),
    else the reader's refusal."""
    header = _HEADER_CHARSET.search(content_type)
    meta = None if header else _META_CHARSET.search(body[:4096])
    declared = (header.group(1) if header else meta.group(1).decode("ascii") if meta else "").lower()
    try:
        codec = codecs.lookup(declared).name if declared else "utf-8"
    except LookupError:
        codec = "utf-8"  # a charset Python does not know: UTF-8 or the reader's refusal
    if codec == "utf-8" or not body.strip() or b"\x00" in body[: reader.BINARY_PROBE_BYTES]:
        return decode_bytes(body, url, limit=max_bytes)
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        raise IngestError(f"{url}: neither UTF-8 nor the {declared} the page declares "
                          f"(byte {error.start})") from None


# --- storing ------------------------------------------------------------------------------------


def unexpected_failure(name: str, error: Exception) -> str:
    """The one line a failure nobody foresaw gets in the summary (never a traceback)."""
    detail = " ".join(str(error).split())[:200] or "no detail"
    return _printable(f"{name}: not stored ({type(error).__name__}: {detail})")


def _printable(text: str) -> str:
    """Text any terminal or database takes: a lone surrogate (a broken file name) as an escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class _Checked:
    """One report's checked text and its content hash, before the batch's lookup and extraction."""

    raw: RawReport
    text: str
    identity: str


@dataclass(frozen=True)
class _Prepared:
    """One report read and extracted, ready to save (or already stored: ``existing``)."""

    raw: RawReport
    text: str
    record: dict[str, Any] | None = None
    existing: IngestResult | None = None
    revises: int | None = None  # the report of the same channel post, stored before its edit


def _prepare(
    store: Store, raw: RawReport, text: str, existing: tuple[int, str] | None, extractor: Extractor,
    revises: int | None = None,
) -> _Prepared | None:
    """Extract one checked report (``text``: its checked text; ``existing``: the stored report
    with that text, as `Store.find_reports` gives it; ``revises``: the report of the same channel
    post stored with other text), outside any write transaction (extraction is the slow part, and
    holding SQLite's write lock through it would make other writers wait past their timeout).

    None: a channel post that is no attack report (not stored).
    """
    if existing and existing[1] == extractor.version:
        detail = store.get_report(existing[0])
        result = IngestResult(
            existing[0], False, detail.attack_date, bool(detail.record.get("is_attack_report")), raw.name
        )
        return _Prepared(raw, text, existing=result)
    moment = raw.posted_at or raw.published
    published = moment.isoformat() if moment else None
    try:
        record = extractor.extract(text, published)
    except Exception as error:  # the extractor is another team's code: report, never crash a batch
        raise IngestError(f"{raw.name}: the extractor failed ({type(error).__name__}: {error})") from error
    if not isinstance(record, dict):
        raise IngestError(f"{raw.name}: the extractor returned {type(record).__name__}, not a record")
    if raw.keep_only_attack_reports and not record.get("is_attack_report") and revises is None:
        return None
    return _Prepared(raw, text, record, revises=revises)


def _save(
    store: Store, prepared: _Prepared, extractor: Extractor, run_id: int | None
) -> tuple[IngestResult, SavedReport | None]:
    """Save one prepared report; returns its result and what was saved (None: already there)."""
    if prepared.existing is not None:
        return prepared.existing, None
    raw, text = prepared.raw, prepared.text
    shown = ("title", "outlet", "url")  # what pages and exports show beside the text
    raw = replace(raw, **{name: without_bidi_controls(getattr(raw, name)) for name in shown})
    # whatever extractor made it: figures within bounds, and no night after the day it is read
    record = bound_attack_date(bound_figures(prepared.record or {}), utcnow().date())
    source = classify_source(raw.url, raw.outlet, text)
    if raw.source_type:
        source = SourceInfo(raw.outlet or source.outlet, raw.source_type)
    if prepared.revises is not None:  # an edited channel post: its report takes the new text
        saved = store.revise_report(prepared.revises, text, record, extractor.version, run_id)
    else:
        saved = store.save_report(NewReport(
            text=text, kind="text", source_url=raw.url, source_path=raw.path, outlet=source.outlet,
            source_type=source.source_type, published=raw.published,
            language=raw.language or record.get("language") or detect_language(text),
            title=raw.title, external_id=raw.external_id,
        ), record, extractor.version, run_id)
    result = IngestResult(saved.report_id, saved.created, parse_date(record.get("attack_date")),
                          bool(record.get("is_attack_report")), raw.name)
    return result, saved if (saved.created or saved.re_extracted) else None


def _run(
    store: Store,
    kind: str,
    source: str,
    items: list[Any],
    load: Callable[[Any], list[RawReport]],
    extractor: Extractor | None,
    progress: ProgressCallback | None,
    author: str | None = None,
    skipped_files: list[tuple[str, str]] | None = None,
) -> IngestSummary:
    extractor = extractor or default_extractor()
    summary = IngestSummary(
        run_id=store.start_run(kind, source, author), passed_over=list(skipped_files or [])
    )
    candidates = consolidate.CandidateCache()  # later batches read earlier batches' nights again
    for first in range(0, len(items), BATCH_ITEMS):
        # Read and extract a batch of items with no lock held, then store it in one transaction
        # (each report still its own savepoint): a commit per report would cap ingest at the
        # disk's fsync rate, and a lock held through extraction would block other writers.
        # Any failure of one item or report is listed and the others go on (an export's date
        # that no clock can hold, an outlet that is a list, a title no database can encode).
        # An item's reports are extracted before the next item is loaded (a loader may reuse its
        # memory: salvo.distributed holds one partition at a time); the texts of an item already
        # stored are looked up in one query (a Telegram export is one item of many posts).
        prepared: list[_Prepared] = []
        for done, item in enumerate(items[first : first + BATCH_ITEMS], start=first + 1):
            try:
                raws = load(item)
            except IngestError as error:
                summary.failed.append((str(item), str(error)))
                raws = []
            except Exception as error:  # a reader's bug or an input nobody foresaw: this item only
                summary.failed.append((str(item), unexpected_failure(str(item), error)))
                raws = []
            checked: list[_Checked | tuple[str, str]] = []  # a report's checked text, or why not
            for raw in raws:
                if raw.refused is not None:
                    checked.append((raw.name, raw.refused))
                    continue
                try:
                    text = check_text(raw.text, raw.name)
                    checked.append(_Checked(raw, text, content_hash(text)))
                except IngestError as error:
                    checked.append((raw.name, str(error)))
                except Exception as error:
                    checked.append((raw.name, unexpected_failure(raw.name, error)))
            known = store.find_reports(report.identity for report in checked if isinstance(report, _Checked))
            # A channel post stored from an earlier export and edited since revises its report
            # (as the sync does): one post, one report, whatever export it came in.
            posts = store.find_reports_by_url(
                report.raw.url for report in checked if isinstance(report, _Checked)
                and report.raw.posted_at and report.raw.url and report.identity not in known)
            for report in checked:
                if not isinstance(report, _Checked):
                    summary.failed.append(report)
                    continue
                raw = report.raw
                try:
                    ready = _prepare(store, raw, report.text, known.get(report.identity), extractor,
                                     posts.get(raw.url or "") if report.identity not in known else None)
                except IngestError as error:
                    summary.failed.append((raw.name, str(error)))
                    continue
                except Exception as error:
                    summary.failed.append((raw.name, unexpected_failure(raw.name, error)))
                    continue
                if ready is None:
                    summary.not_attack += 1
                else:
                    prepared.append(ready)
            if progress:
                progress(done, len(items))
        # The batch's reports and their nights' rows commit together: a crash (kill -9) leaves
        # either both or neither. The nights of reports found already stored are consolidated
        # too, so a rerun after a crash of an older version repairs their rows.
        with store.batch():
            nights: set[date] = set()
            for ready in prepared:
                try:
                    result, saved = _save(store, ready, extractor, summary.run_id)
                except Exception as error:  # its savepoint is undone; the batch goes on
                    summary.failed.append((ready.raw.name, unexpected_failure(ready.raw.name, error)))
                    continue
                summary.results.append(result)
                summary.count(saved)
                if saved is None:
                    nights.update([result.attack_date] if result.attack_date else [])
                    continue
                nights.update(saved.attack_dates)
            if nights:
                consolidate.refresh(store, nights, candidates)
    store.finish_run(
        summary.run_id,
        added=summary.stored,
        skipped=summary.unchanged,
        failed=len(summary.failed),
        details={"failed": summary.failed[:100], "not_attack": summary.not_attack,
                 "passed_over": summary.passed_over[:100]},
    )
    return summary


def ingest_text(
    store: Store,
    text: str,
    *,
    published: date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    name: str = "pasted text",
    extractor: Extractor | None = None,
    author: str | None = None,
) -> IngestResult:
    """Store one pasted report; raises IngestError for unusable input. ``author``: who stores it."""
    raw = RawReport(text if isinstance(text, str) else "", name, url=url, published=published, outlet=outlet)
    summary = _run(store, "ingest", name, [raw], lambda r: [r], extractor, None, author)
    if summary.failed:
        raise IngestError(summary.failed[0][1])
    return summary.results[0]


def ingest_upload(
    store: Store,
    filename: str,
    data: bytes,
    *,
    extractor: Extractor | None = None,
    author: str | None = None,
    channel: str | None = None,
) -> IngestSummary:
    """Store the report(s) of an uploaded file (.txt, .md, .html, corpus .json, Telegram export;
    ``channel``: the export's channel as the editor names it, see `telegram_to_reports`)."""
    # The item is the file's name: a failure is listed by it, never by a repr of its bytes.
    return _run(
        store, "ingest", filename, [filename], lambda name: bytes_to_reports(data, name, channel=channel),
        extractor, None, author,
    )


def ingest_paths(
    store: Store,
    paths: Iterable[Path | str],
    *,
    extractor: Extractor | None = None,
    progress: ProgressCallback | None = None,
    author: str | None = None,
    channel: str | None = None,
) -> IngestSummary:
    """Store every report in these files and folders (recursive); bad files are listed, not fatal.
    ``channel``: the Telegram exports' channel as the editor names it (see `telegram_to_reports`)."""
    paths = list(paths)
    files = expand_paths(paths)
    return _run(
        store, "ingest", ", ".join(str(p) for p in paths)[:500], files,
        lambda path: read_file(path, channel), extractor, progress, author, passed_over(paths),
    )


def ingest_url(
    store: Store,
    url: str,
    *,
    extractor: Extractor | None = None,
    timeout: float = URL_TIMEOUT_SECONDS,
    max_bytes: int = MAX_URL_BYTES,
    author: str | None = None,
) -> IngestResult:
    """Fetch a page and store its report; raises IngestError when it cannot."""
    summary = _run(store, "ingest", url, [url],
                   lambda u: [fetch_url(u, timeout=timeout, max_bytes=max_bytes)], extractor, None, author)
    if summary.failed:
        raise IngestError(summary.failed[0][1])
    return summary.results[0]


def ingest_sources(
    store: Store,
    items: Iterable[str],
    *,
    extractor: Extractor | None = None,
    progress: ProgressCallback | None = None,
    author: str | None = None,
    channel: str | None = None,
) -> IngestSummary:
    """The CLI's mix of URLs, files and folders, in one run (``channel``: see `telegram_to_reports`)."""
    expanded: list[str | Path] = []
    for item in items:
        # an empty item (an unset shell variable: `ingest "$DIR"`) names no file: as a path it
        # would be the current folder, whatever it holds
        expanded.extend([item] if is_url(item) or not item.strip() else expand_paths([item]))

    def load(item: str | Path) -> list[RawReport]:
        if isinstance(item, str) and not item.strip():
            raise IngestError(f"{item!r}: an empty name; give a file, a folder or a URL")
        return [fetch_url(item)] if isinstance(item, str) and is_url(item) else read_file(Path(item), channel)

    source = ", ".join(map(str, items))[:500]
    skipped = passed_over(item for item in items if item.strip() and not is_url(item))
    return _run(store, "ingest", source, expanded, load, extractor, progress, author, skipped)


def ingest_reports(
    store: Store,
    reports: Iterable[Any],
    load: Callable[[Any], list[RawReport]],
    *,
    source: str,
    extractor: Extractor | None = None,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Store reports another reader produced: ``load(item)`` turns each item into RawReports
    (salvo.distributed reads a cluster's extraction output this way, one partition per item)."""
    return _run(store, "ingest", source[:500], list(reports), load, extractor, progress)
