"""Read a public Telegram channel through its web preview (``https://t.me/s/<channel>``).

No login, no API key: the preview is the page anyone's browser gets. Its markup, as read here:

- each post is an element with ``data-post="<channel>/<id>"`` (class ``tgme_widget_message``);
- its text is the element of class ``tgme_widget_message_text`` (outside a quoted reply), line
  breaks as ``<br>``; its moment is the ``datetime`` of its ``<time>`` (UTC with an offset);
- a forward carries ``tgme_widget_message_forwarded_from``;
- older posts: ``<link rel="prev" href="/s/<channel>?before=<id>">``.

The reader keeps text only (entities become their text; no link target or markup is kept) and
refuses a page whose posts lack these parts with `PreviewMarkupError`, so a change of markup is a
clear error instead of posts read wrong. ``SALVO_TELEGRAM_BASE`` replaces ``https://t.me``
(tests, mirrors).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

BASE_ENV = "SALVO_TELEGRAM_BASE"
DEFAULT_BASE = "https://t.me"
KYIV = ZoneInfo("Europe/Kyiv")
# Telegram's rule for public usernames: 5-32 letters, digits and underscores, a letter first.
USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                           "source", "track", "wbr"})


class PreviewMarkupError(ValueError):
    """The page is not a channel preview as Salvo reads it (no posts, or posts without their parts)."""


@dataclass(frozen=True, slots=True)
class PreviewPost:
    """One post of a channel's preview."""

    channel: str
    message_id: int
    text: str  # empty for a post without text (a photo alone, a poll)
    posted_at: datetime  # aware, Europe/Kyiv
    forwarded: bool

    @property
    def permalink(self) -> str:
        """The post's address on Telegram (always t.me, whatever base the preview came from)."""
        return f"{DEFAULT_BASE}/{self.channel}/{self.message_id}"


@dataclass(frozen=True, slots=True)
class PreviewPage:
    posts: list[PreviewPost]
    before: int | None  # the id to ask for the next older page with, from <link rel="prev">


def telegram_base() -> str:
    return (os.environ.get(BASE_ENV) or DEFAULT_BASE).rstrip("/")


def check_username(channel: str) -> str:
    """A channel's public username, or ValueError saying why it is none."""
    channel = channel.strip().removeprefix("@")
    if not USERNAME.match(channel):
        raise ValueError(f"{channel!r} is not a Telegram channel username (5-32 letters, digits or _)")
    return channel


def preview_url(channel: str, before: int | None = None, base: str | None = None) -> str:
    url = f"{(base or telegram_base()).rstrip('/')}/s/{check_username(channel)}"
    return f"{url}?before={before}" if before is not None else url


@dataclass
class _Post:
    data_post: str
    text: list[str] = field(default_factory=list)
    text_seen: bool = False
    time: str | None = None
    forwarded: bool = False


class _PreviewParser(HTMLParser):
    """Walks the page once, keeping a stack of open elements and the roles that matter."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []  # (tag, role): role "" for elements that do not matter
        self.current: _Post | None = None
        self.posts: list[_Post] = []
        self.prev_href: str | None = None

    def _inside(self, role: str) -> bool:
        return any(open_role == role for _, open_role in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        classes = set(attributes.get("class", "").split())
        if tag == "link" and attributes.get("rel") == "prev":
            self.prev_href = attributes.get("href")
        if tag == "br" and self._inside("text"):
            self.current.text.append("\n")  # type: ignore[union-attr]
        if tag in VOID_ELEMENTS:
            return
        role = ""
        if tag in ("script", "style", "template"):
            role = "code"  # never text, wherever it sits
        elif "data-post" in attributes and self.current is None:
            role = "post"
            self.current = _Post(attributes["data-post"])
        elif self.current is not None:
            if "tgme_widget_message_reply" in classes:
                role = "reply"
            elif "tgme_widget_message_forwarded_from" in classes:
                self.current.forwarded = True
            elif ("tgme_widget_message_text" in classes and not self._inside("reply")
                  and not self.current.text_seen):
                role = "text"
                self.current.text_seen = True
            elif tag == "time" and attributes.get("datetime") and not self._inside("reply"):
                self.current.time = self.current.time or attributes["datetime"]
        self.stack.append((tag, role))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_ELEMENTS:
            return
        for depth in range(len(self.stack) - 1, -1, -1):  # close up to the matching open element
            if self.stack[depth][0] == tag:
                closed = self.stack[depth:]
                del self.stack[depth:]
                if any(role == "post" for _, role in closed) and self.current is not None:
                    self.posts.append(self.current)
                    self.current = None
                return

    def handle_data(self, data: str) -> None:
        if self.current is not None and self._inside("text") and not self._inside("code"):
            self.current.text.append(data)


def _clean(parts: list[str]) -> str:
    lines = ("".join(parts)).replace("\xa0", " ").split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def parse_preview(html: str, channel: str) -> PreviewPage:
    """The posts of one preview page of ``channel``, oldest first, and the next older page's id."""
    parser = _PreviewParser()
    parser.feed(html)
    parser.close()
    if parser.current is not None:  # a page cut off inside a post
        parser.posts.append(parser.current)
    if not parser.posts:
        raise PreviewMarkupError(
            f"no posts (data-post) in the preview of {channel}: the channel does not exist or has no "
            "public preview, or the preview's markup changed"
        )
    posts, faults = [], []
    for raw in parser.posts:
        try:
            posts.append(_read_post(raw, channel))
        except PreviewMarkupError as error:
            faults.append(str(error))
    # One odd block (a service message) is left out; a page of which no post reads is a changed markup.
    if not posts:
        raise PreviewMarkupError(faults[0])
    return PreviewPage(sorted(posts, key=lambda post: post.message_id), _before(parser.prev_href))


def _read_post(raw: _Post, channel: str) -> PreviewPost:
    name, _, number = raw.data_post.rpartition("/")
    if not name or not number.isdigit():
        raise PreviewMarkupError(f"a post of {channel} has data-post={raw.data_post!r}, not <channel>/<id>")
    if raw.time is None:
        raise PreviewMarkupError(f"post {raw.data_post} has no time[datetime]: the preview's markup changed")
    try:
        moment = datetime.fromisoformat(raw.time)
    except ValueError:
        raise PreviewMarkupError(f"post {raw.data_post} has an unreadable time {raw.time!r}") from None
    if moment.tzinfo is None:
        raise PreviewMarkupError(f"post {raw.data_post} has a time without a zone ({raw.time!r})")
    return PreviewPost(name, int(number), _clean(raw.text), moment.astimezone(KYIV), raw.forwarded)


def _before(href: str | None) -> int | None:
    if not href:
        return None
    values = parse_qs(urlsplit(href).query).get("before") or []
    return int(values[0]) if values and values[0].isdigit() else None
