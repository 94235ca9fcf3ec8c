"""Read an outlet's RSS or Atom feed into its items' links (feedparser).

Only the link, title and date of each item are kept: the article itself is fetched from its link
through the safe fetcher and read like any URL (salvo.sources.ingest.fetch_url), so a feed's summary is
never taken for the report. The feed's bytes are parsed as given: feedparser never fetches.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import feedparser


class FeedError(ValueError):
    """The bytes are not an RSS or Atom feed."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str
    title: str | None
    published: datetime | None  # aware (UTC), when the feed dates the item


def parse_feed(body: bytes, url: str) -> list[FeedItem]:
    """The items of a feed with an http(s) link, in the feed's order (newest first, usually)."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    items = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if urlsplit(link).scheme not in ("http", "https"):
            continue
        moment = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(moment), UTC) if moment else None
        items.append(FeedItem(link, (entry.get("title") or "").strip() or None, published))
    return items
