"""`python -m salvo sync`: bring new reports from live sources, the same way every time.

Sources (``Source``): a public Telegram channel read through its web preview
(``telegram:kpszsu``, salvo.sources.telegram_web) and RSS or Atom feeds (``feed:https://…``,
salvo.sources.feeds) whose items' pages are fetched through the safe fetcher and read like any URL.

One pass over a source (`sync_source`):

1. Take the source's lock in the store (replicas never sync one source at once; a lock left by a
   crashed worker expires). Another holder: the source is skipped, its status untouched.
2. Read: the preview's newest page, then older ones (``?before=<id>``) until a page reaches back
   past ``since``, or (after the source's first success) a page holds posts already read, or the
   page cap; for a feed, its items and each new item's page. Nothing is written while reading: a
   source that times out, answers garbage or changed its markup fails alone, with its status,
   and stores nothing.
3. Store in one transaction: each post once, by its permalink (``https://t.me/<channel>/<id>``);
   a post read before with the same text is skipped without extracting; an edited post revises
   its report (its night is consolidated again); a post that is no attack report is counted and
   remembered, never stored. A post is dated by its text and its publication moment in Kyiv time
   (the extractor reads ``posted_at``). Channels are official by identity
   (data/official_channels.csv), never by title; a forward is never the channel's own statement.
4. Record the status (last success, last error, reports added), release the lock.

Polite by default: the fetcher's User-Agent names Salvo, ``delay`` seconds pass between any two
requests (``SALVO_SYNC_DELAY``), and a pass reads at most ``max_pages`` preview pages and
``max_items`` feed items per source.
"""

from __future__ import annotations

import logging
import os
import random
import re
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from extract.lang import detect_language
from salvo import consolidate
from salvo.sources import ProgressCallback
from salvo.sources.feeds import FeedError, FeedItem, parse_feed
from salvo.sources.fetch import FetchError, fetch
from salvo.sources.ingest import (
    Extractor,
    IngestError,
    RawReport,
    check_text,
    default_extractor,
    fetch_url,
)
from salvo.sources.outlets import classify_source, find_official_channel
from salvo.sources.telegram_web import (
    KYIV,
    PreviewMarkupError,
    PreviewPost,
    check_username,
    parse_preview,
    preview_url,
)
from salvo.store import PROJECT_ROOT, NewReport, SavedReport, SaveTally, Store, StoreError, content_hash

_LOGGER = logging.getLogger(__name__)
SourceKind = Literal["telegram", "feed"]
SOURCES_ENV = "SALVO_SYNC_SOURCES"  # a sources file to use instead of the two below
EDITED_SOURCES_PATH = PROJECT_ROOT / "var" / "sync_sources.txt"  # written by the Ingest page
DEFAULT_SOURCES_PATH = PROJECT_ROOT / "data" / "sync_sources.txt"  # shipped
DELAY_ENV = "SALVO_SYNC_DELAY"
EVERY_ENV = "SALVO_SYNC_EVERY"  # the dashboard's own worker (salvo.dashboard.serve) syncs at this interval
DEFAULT_DELAY_SECONDS = 2.0
# A pass of the default 10 pages and 40 items at this delay still ends within its 30-minute lock.
MAX_DELAY_SECONDS = 30.0
DEFAULT_MAX_PAGES = 10
DEFAULT_MAX_ITEMS = 40
REQUEST_TIMEOUT_SECONDS = 20.0
MAX_PAGE_BYTES = 5_000_000
LOCK_SECONDS = 30 * 60  # longer than any pass; a crashed worker's lock frees itself after it
MAX_BACKOFF_SECONDS = 6 * 3600
SYNC_VERSION_KIND = "sync"


class SyncConfigError(ValueError):
    """A source or setting Salvo cannot use, with the reason in words."""


@dataclass(frozen=True, order=True)
class Source:
    kind: SourceKind
    target: str  # a channel username, or a feed's URL

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.target}"


def parse_source(text: str) -> Source:
    """``telegram:<channel>`` or ``feed:<http(s) URL>`` as a Source; SyncConfigError otherwise."""
    kind, _, target = text.strip().partition(":")
    kind, target = kind.strip().lower(), target.strip()
    if kind == "telegram":
        try:
            return Source("telegram", check_username(target))
        except ValueError as error:
            raise SyncConfigError(f"{text.strip()!r}: {error}") from None
    if kind == "feed":
        if not re.match(r"^https?://[^\s/]+", target):
            raise SyncConfigError(f"{text.strip()!r}: a feed is given by its http(s) address")
        return Source("feed", target)
    raise SyncConfigError(f"{text.strip()!r}: a source is telegram:<channel> or feed:<url>")


def parse_sources_text(text: str) -> list[Source]:
    """A sources file's text: one source a line; blank lines and ``#`` comments ignored."""
    sources: list[Source] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            source = parse_source(line)
        except SyncConfigError as error:
            raise SyncConfigError(f"line {number}: {error}") from None
        if source not in sources:
            sources.append(source)
    return sources


def sources_path() -> Path:
    """The sources file in force: $SALVO_SYNC_SOURCES, else the Ingest page's, else the shipped one."""
    if os.environ.get(SOURCES_ENV):
        return Path(os.environ[SOURCES_ENV])
    return EDITED_SOURCES_PATH if EDITED_SOURCES_PATH.exists() else DEFAULT_SOURCES_PATH


def configured_sources() -> list[Source]:
    path = sources_path()
    try:
        return parse_sources_text(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SyncConfigError(f"cannot read the sources file {path} ({error.strerror or error})") from None
    except SyncConfigError as error:
        raise SyncConfigError(f"{path}: {error}") from None


def save_sources_text(text: str) -> Path:
    """Check and write an editor's sources (the Ingest page) where `sources_path` will find them."""
    parse_sources_text(text)  # refuses a bad line before anything is written
    path = Path(os.environ[SOURCES_ENV]) if os.environ.get(SOURCES_ENV) else EDITED_SOURCES_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class SyncSettings:
    since: date | None = None  # the first pass pages back no further than this day (Kyiv time)
    max_pages: int = DEFAULT_MAX_PAGES
    max_items: int = DEFAULT_MAX_ITEMS
    delay: float = DEFAULT_DELAY_SECONDS
    timeout: float = REQUEST_TIMEOUT_SECONDS
    telegram_base: str | None = None  # None: $SALVO_TELEGRAM_BASE or https://t.me

    @classmethod
    def from_env(cls, **overrides: Any) -> SyncSettings:
        delay = os.environ.get(DELAY_ENV)
        try:
            values: dict[str, Any] = {"delay": float(delay)} if delay else {}
        except ValueError:
            raise SyncConfigError(f"{DELAY_ENV}={delay!r} is not a number of seconds") from None
        values.update({name: value for name, value in overrides.items() if value is not None})
        return cls(**values)

    def __post_init__(self) -> None:
        # NaN or a negative delay would drop the pause between requests without a word, and a
        # huge one ends every pass in OverflowError (time.sleep); no pages reads nothing at all.
        if not 0 <= self.delay <= MAX_DELAY_SECONDS:  # False for NaN too
            raise SyncConfigError(f"a delay of {self.delay:g} seconds between requests: give 0 to "
                                  f"{MAX_DELAY_SECONDS:g} (--delay or ${DELAY_ENV})")
        if self.max_pages < 1:
            raise SyncConfigError(f"{self.max_pages} preview pages per source: give at least 1 (--max-pages)")


class Pacer:
    """Keeps ``delay`` seconds between the starts of any two requests of a pass."""

    def __init__(self, delay: float, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.delay, self.clock, self.sleep = max(delay, 0.0), clock, sleep
        self.last: float | None = None
        self.requests = 0

    def wait(self) -> None:
        if self.last is not None:
            remaining = self.delay - (self.clock() - self.last)
            if remaining > 0:
                self.sleep(remaining)
        self.last = self.clock()
        self.requests += 1


@dataclass
class SourceResult(SaveTally):
    """What one pass did with one source: its reports counted as every ingest counts them
    (``unchanged``: items already read, or found stored as they are) and what else it met."""

    source: str
    not_attack: int = 0
    pages: int = 0
    failed_items: list[tuple[str, str]] = field(default_factory=list)  # (item, reason)
    error: str | None = None  # the source failed as a whole: nothing of it was stored
    locked: bool = False  # another replica was syncing it: skipped
    # who held that lock and until when (a run killed mid-pass holds it until it expires)
    lock_owner: str | None = None
    locked_until: datetime | None = None
    attack_dates: set[date] = field(default_factory=set)


@dataclass(frozen=True)
class _Item:
    """One post or article read, before it is stored."""

    key: str  # the permalink (a post) or the feed item's link
    raw: RawReport


def _fetch_body(url: str, settings: SyncSettings, pacer: Pacer) -> bytes:
    """One paced request through the safe fetcher; a page, a feed or text, never anything else."""
    pacer.wait()
    page = fetch(url, timeout=settings.timeout, max_bytes=MAX_PAGE_BYTES)
    readable = ("html", "xml", "text", "rss", "atom")
    if page.content_type and not any(kind in page.content_type for kind in readable):
        raise FetchError(f"{url} answered {page.content_type}, not a page or a feed")
    return page.body


def official_outlet(channel: str) -> str | None:
    """The outlet name of an official channel (by its username in data/official_channels.csv)."""
    official = find_official_channel(channel)
    return official.outlet if official is not None else None


def post_report(post: PreviewPost) -> RawReport:
    """A preview post as a report: official when the channel is by identity and the post is its own."""
    outlet = official_outlet(post.channel)
    own = outlet is not None and not post.forwarded
    return RawReport(
        text=post.text,
        name=post.permalink,
        url=post.permalink,
        published=post.posted_at.date(),
        outlet=outlet if own else f"t.me/{post.channel}",
        source_type="official" if own else "outlet",
        posted_at=post.posted_at,
        external_id=post.permalink,
        keep_only_attack_reports=True,
    )


def read_telegram(
    store: Store, channel: str, settings: SyncSettings, pacer: Pacer, first_pass: bool, result: SourceResult
) -> list[_Item]:
    """The channel's posts this pass reads (see the module doc for how far back it pages)."""
    posts: dict[int, PreviewPost] = {}
    before: int | None = None
    while result.pages < settings.max_pages:
        url = preview_url(channel, before, settings.telegram_base)
        page = parse_preview(_fetch_body(url, settings, pacer).decode("utf-8", errors="replace"), channel)
        result.pages += 1
        own = [post for post in page.posts if post.channel.lower() == channel.lower()]
        posts.update((post.message_id, post) for post in own)
        oldest = min((post.message_id for post in own), default=None)
        if oldest is None or page.before is None or page.before > oldest:
            break  # the channel's start, or a page that would not lead further back
        if settings.since and min(post.posted_at.date() for post in own) < settings.since:
            break
        if not first_pass and store.sync_items_of(post.permalink for post in own):
            break  # met posts an earlier pass read
        before = page.before
    wanted = [post for _, post in sorted(posts.items())
              if not settings.since or post.posted_at.date() >= settings.since]
    return [_Item(post.permalink, post_report(post)) for post in wanted]


def read_feed(
    store: Store, url: str, settings: SyncSettings, pacer: Pacer, result: SourceResult
) -> list[_Item]:
    """The feed's items not read before, each item's page fetched and read like any URL."""
    # The bytes as served: the feed's XML declaration names their encoding.
    items: list[FeedItem] = parse_feed(_fetch_body(url, settings, pacer), url)
    result.pages += 1
    if settings.since:
        items = [item for item in items
                 if item.published is None or item.published.astimezone(KYIV).date() >= settings.since]
    items = items[: settings.max_items]
    seen = store.sync_items_of(item.link for item in items)
    read: list[_Item] = []
    for item in items:
        if item.link in seen or store.find_report_by_url(item.link):
            result.unchanged += 1  # an article is read once: feeds do not announce edits
            continue
        pacer.wait()
        try:
            raw = fetch_url(item.link, timeout=settings.timeout, max_bytes=MAX_PAGE_BYTES)
        except IngestError as error:
            result.failed_items.append((item.link, str(error)))
            continue
        published = raw.published or (item.published.astimezone(KYIV).date() if item.published else None)
        raw = RawReport(**{**raw.__dict__, "published": published, "title": raw.title or item.title,
                           "keep_only_attack_reports": True})
        read.append(_Item(item.link, raw))
    return read


@dataclass
class _Plan:
    item: _Item
    text: str
    text_hash: str
    record: dict[str, Any] | None  # None: remember the item, store nothing
    report_id: int | None  # the report it revises (an edited post) or already is


def plan_items(store: Store, items: list[_Item], extractor: Extractor, result: SourceResult) -> list[_Plan]:
    """Check and extract what is new or edited, outside any transaction (extraction is slow)."""
    seen = store.sync_items_of(item.key for item in items)
    plans: list[_Plan] = []
    for item in items:
        before = seen.get(item.key)
        if not item.raw.text.strip():  # a photo or poll without text: no report, remembered as read
            empty = content_hash("")
            if before is not None and before["content_hash"] == empty:
                result.unchanged += 1
            else:
                result.not_attack += 1
                plans.append(_Plan(item, "", empty, None, before["report_id"] if before else None))
            continue
        try:
            text = check_text(item.raw.text, item.key)
        except IngestError as error:
            result.failed_items.append((item.key, str(error)))
            continue
        text_hash = content_hash(text)
        if before is not None and before["content_hash"] == text_hash:
            result.unchanged += 1
            continue
        report_id = before["report_id"] if before is not None else None
        if before is None:
            stored = store.find_report_by_url(item.raw.url or item.key)  # e.g. from a channel export
            if stored is not None and stored[1] == text_hash:
                result.unchanged += 1
                plans.append(_Plan(item, text, text_hash, None, stored[0]))
                continue
            report_id = stored[0] if stored is not None else None
        moment = item.raw.posted_at or item.raw.published
        try:
            record = extractor.extract(text, moment.isoformat() if moment else None)
        except Exception as error:  # the extractor is another team's code: one item fails, not the pass
            result.failed_items.append((item.key, f"the extractor failed ({type(error).__name__}: {error})"))
            continue
        if not record.get("is_attack_report") and report_id is None:
            result.not_attack += 1
            plans.append(_Plan(item, text, text_hash, None, None))
            continue
        plans.append(_Plan(item, text, text_hash, record, report_id))
    return plans


def store_plans(
    store: Store, source: Source, plans: list[_Plan], extractor: Extractor, run_id: Callable[[], int],
    result: SourceResult,
) -> None:
    """Store a pass's reports and remember its items, in one transaction."""
    with store.batch():
        for plan in plans:
            if plan.record is None:
                store.record_sync_item(plan.item.key, source.key, plan.text_hash, plan.report_id)
                continue
            raw = plan.item.raw
            source_type = raw.source_type or classify_source(raw.url, raw.outlet, plan.text).source_type
            saved: SavedReport
            if plan.report_id is not None:
                try:
                    saved = store.revise_report(
                        plan.report_id, plan.text, plan.record, extractor.version, run_id()
                    )
                except StoreError as error:
                    result.failed_items.append((plan.item.key, str(error)))
                    continue
            else:
                saved = store.save_report(
                    NewReport(
                        text=plan.text, kind="text", source_url=raw.url, outlet=raw.outlet,
                        source_type=source_type,
                        published=raw.published,
                        language=raw.language or plan.record.get("language") or detect_language(plan.text),
                        title=raw.title, external_id=raw.external_id,
                    ),
                    plan.record, extractor.version, run_id(),
                )
            result.count(saved)
            store.record_sync_item(plan.item.key, source.key, plan.text_hash, saved.report_id)
            result.attack_dates.update(saved.attack_dates)


def sync_source(
    store: Store, source: Source, settings: SyncSettings, extractor: Extractor, pacer: Pacer,
    run_id: Callable[[], int], owner: str,
) -> SourceResult:
    """One pass over one source (see the module doc); never raises for the source's own faults."""
    result = SourceResult(source.key)
    if not store.acquire_sync_lock(source.key, owner, LOCK_SECONDS):
        result.locked = True
        for status in store.sync_statuses():
            if status["source"] == source.key:
                result.lock_owner, result.locked_until = status["lock_owner"], status["lock_expires_at"]
        return result
    try:
        first_pass = not any(status["source"] == source.key and status["last_success_at"]
                             for status in store.sync_statuses())
        if source.kind == "telegram":
            items = read_telegram(store, source.target, settings, pacer, first_pass, result)
        else:
            items = read_feed(store, source.target, settings, pacer, result)
        plans = plan_items(store, items, extractor, result)
        store_plans(store, source, plans, extractor, run_id, result)
    except (FetchError, PreviewMarkupError, FeedError, IngestError, UnicodeError) as error:
        result.error = str(error)
    except Exception as error:  # whatever else a source throws, the other sources still sync
        result.error = f"{type(error).__name__}: {error}"
    if result.error is not None:  # nothing of a failed source was stored: its counts are void
        result.added = result.revised = result.unchanged = result.not_attack = 0
        result.attack_dates.clear()
    try:
        items_note = None
        if result.failed_items and result.error is None:
            first = result.failed_items[0]
            items_note = f"{len(result.failed_items)} item(s) could not be read, e.g. {first[0]}: {first[1]}"
        store.record_sync_status(
            source.key, succeeded=result.error is None, error=result.error or items_note,
            added=result.added, revised=result.revised, not_attack=result.not_attack,
        )
    finally:
        store.release_sync_lock(source.key, owner)
    return result


def default_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def sync_once(
    store: Store,
    sources: Iterable[Source],
    settings: SyncSettings | None = None,
    *,
    extractor: Extractor | None = None,
    owner: str | None = None,
    author: str = "salvo sync",
    progress: ProgressCallback | None = None,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> list[SourceResult]:
    """One pass over every source, one after the other; the nights touched are consolidated."""
    import time

    sources = list(sources)
    settings = settings or SyncSettings.from_env()
    extractor = extractor or default_extractor()
    pacer = Pacer(settings.delay, clock or time.monotonic, sleep or time.sleep)
    run: list[int] = []

    def run_id() -> int:  # an import run only for a pass that stores something
        if not run:
            run.append(store.start_run(SYNC_VERSION_KIND, ", ".join(s.key for s in sources)[:500], author))
        return run[0]

    results = []
    for done, source in enumerate(sources, start=1):
        owner = owner or default_owner()
        results.append(sync_source(store, source, settings, extractor, pacer, run_id, owner))
        if progress:
            progress(done, len(sources))
    touched = set().union(*(result.attack_dates for result in results)) if results else set()
    if touched:
        consolidate.refresh(store, touched)
    if run:
        total = SaveTally()
        for result in results:
            total.add(result)
        store.finish_run(
            run[0],
            added=total.stored,
            skipped=total.unchanged,
            failed=sum(len(r.failed_items) + (r.error is not None) for r in results),
            details={"sources": {
                r.source: {"added": r.added, "revised": r.revised, "not_attack": r.not_attack,
                           "error": r.error}
                for r in results
            }},
        )
    return results


# --- the worker (--every) -------------------------------------------------------------------------

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """``15m``, ``1h``, ``90s`` or plain seconds as seconds; SyncConfigError otherwise."""
    match = _INTERVAL.match(text or "")
    if not match or float(match.group(1)) <= 0:
        raise SyncConfigError(f"{text!r} is not an interval (e.g. 15m, 1h, 900s)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]


def next_wait(interval: float, failures: int, rng: random.Random) -> float:
    """Seconds until a source's next pass: the interval, doubled per consecutive failure (at most
    to MAX_BACKOFF_SECONDS, never below the interval), with ±10% jitter so replicas drift apart."""
    base = min(interval * 2 ** min(failures, 16), max(interval, MAX_BACKOFF_SECONDS))
    return base * rng.uniform(0.9, 1.1)


def run_worker(
    store: Store,
    sources: Callable[[], list[Source]],
    interval: float,
    settings: SyncSettings,
    *,
    stop: threading.Event,
    report: Callable[[list[SourceResult]], None] = lambda results: None,
    warn: Callable[[str], None] = lambda message: None,
    extractor: Extractor | None = None,
    rng: random.Random | None = None,
) -> None:
    """Sync every source that is due, wait for the next one, until ``stop`` is set. ``sources`` is
    read before every pass, so an edit of the sources file takes effect without a restart."""
    import time

    rng = rng or random.Random()
    due: dict[str, float] = {}
    failures: dict[str, int] = {}
    current: list[Source] = []
    while not stop.is_set():
        now = time.monotonic()
        try:
            current = sources()
        except SyncConfigError as error:  # a sources file broken while running: keep the last good list
            warn(f"{error}; syncing the previous sources")
        ready = [source for source in current if due.get(source.key, 0.0) <= now]
        results = sync_once(store, ready, settings, extractor=extractor) if ready else []
        for result in results:
            failures[result.source] = 0 if result.error is None else failures.get(result.source, 0) + 1
            due[result.source] = time.monotonic() + next_wait(interval, failures[result.source], rng)
        if results:
            report(results)
        upcoming = [due.get(source.key, 0.0) for source in current] or [time.monotonic() + interval]
        stop.wait(max(min(upcoming) - time.monotonic(), 1.0))


def start_worker_from_env(store_factory: Callable[[], Store]) -> threading.Event | None:
    """The dashboard's own worker: when ``SALVO_SYNC_EVERY`` is set (``15m``), a daemon thread
    syncs the sources file's sources at that interval until the returned event is set. None when
    the variable is unset. Replicas may each run one: the store's lock keeps them apart."""
    every = os.environ.get(EVERY_ENV, "").strip()
    if not every:
        return None
    interval = parse_interval(every)
    settings = SyncSettings.from_env()  # a bad $SALVO_SYNC_DELAY is refused here, not in the thread
    stop = threading.Event()

    def log(results: list[SourceResult]) -> None:
        for result in results:
            if result.error:
                _LOGGER.warning("sync %s failed: %s", result.source, result.error)
            elif not result.locked:
                _LOGGER.info("sync %s: %d added, %d revised", result.source, result.added, result.revised)

    def work() -> None:
        try:
            run_worker(store_factory(), configured_sources, interval, settings, stop=stop,
                       report=log, warn=_LOGGER.warning)
        except Exception:  # the dashboard keeps serving; the log says why syncing stopped
            _LOGGER.exception("the sync worker stopped")

    threading.Thread(target=work, name="salvo-sync", daemon=True).start()
    return stop
