"""Read a Telegram Desktop channel export (`result.json`) into channel messages.

Telegram Desktop's "Export chat history" (JSON) writes one object per channel with a
`messages` array; a full-account export nests the channels under `chats.list`. A message's
`text` is either a plain string or an array mixing strings and entity objects
(`{"type": "bold", "text": "..."}`); the reader joins them into plain text and never keeps
markup or link targets.

Timestamps: `date_unixtime` (UTC seconds) is exact; `date` is the exporting machine's local
time, so it is only used when the former is missing and is then read as Kyiv time, the
time the Air Force reports in.

Which channel an export is: exports carry the channel's numeric id and title, not its username.
A channel is official only when data/official_channels.csv lists its id, or when the editor who
ingests the export names it (``username``) and the table lists that username; a title is what
the file says of itself ("Повітряні сили" in a parody's name proves nothing), so it never makes
a channel official. Links are never made up: t.me/<username>/<post> when the username is known,
else t.me/c/<id>/<post> from the export's own id, else none.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from salvo.sources.outlets import OfficialChannel, find_official_channel

KYIV = ZoneInfo("Europe/Kyiv")
# A channel's own export of several years is tens of megabytes; anything far larger is not
# a channel export.
MAX_EXPORT_BYTES = 200 * 1024 * 1024


class TelegramExportError(ValueError):
    """The input is not a readable Telegram Desktop JSON export."""


@dataclass(frozen=True, slots=True)
class ChannelMessage:
    """One text post of a channel, ready to be ingested as a report."""

    channel: str
    message_id: int
    posted_at: datetime  # aware, Europe/Kyiv
    text: str
    url: str | None  # None: the export gives neither the channel's username nor its id
    official: bool


@dataclass(frozen=True, slots=True)
class ChannelExport:
    """The text posts of one channel, and how many entries were not text posts."""

    channel: str
    messages: list[ChannelMessage]
    skipped: int
    official_channel: OfficialChannel | None = None  # the table's row, when the channel is official


def read_export(source: str | bytes | Path, username: str | None = None) -> list[ChannelExport]:
    """Parse a `result.json` (path, bytes or JSON text) into one ChannelExport per channel.

    `username`: the channel's public handle, as the editor ingesting a single channel's export
    states it: it makes the links t.me/<username>/<post>, and makes the channel official when
    data/official_channels.csv lists it. Without it a channel is official only when the table lists
    its id, and is linked t.me/c/<id>/<post>.
    """
    document = _load_json(source)
    if not isinstance(document, dict):
        raise TelegramExportError("not a Telegram export: the top level is not a JSON object")
    if isinstance(document.get("messages"), list):
        return [_read_channel(document, username)]
    chats = document.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        return [_read_channel(chat, None) for chat in chats["list"]
                if isinstance(chat, dict) and isinstance(chat.get("messages"), list)]
    raise TelegramExportError("not a Telegram export: no 'messages' array and no 'chats.list'")


def _load_json(source: str | bytes | Path) -> object:
    if isinstance(source, Path):
        if source.stat().st_size > MAX_EXPORT_BYTES:
            raise TelegramExportError(f"{source.name} is larger than {MAX_EXPORT_BYTES // 2**20} MB")
        source = source.read_bytes()
    if len(source) > MAX_EXPORT_BYTES:
        raise TelegramExportError(f"the export is larger than {MAX_EXPORT_BYTES // 2**20} MB")
    if isinstance(source, bytes):
        try:
            source = source.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TelegramExportError(f"the export is not UTF-8 text (byte {exc.start})") from exc
    try:
        return json.loads(source)
    except RecursionError as exc:
        raise TelegramExportError("the export is nested too deeply to be a Telegram export") from exc
    except json.JSONDecodeError as exc:
        raise TelegramExportError(f"the export is not valid JSON: {exc.msg} at line {exc.lineno}") from exc


def _read_channel(chat: dict, username: str | None) -> ChannelExport:
    title = str(chat.get("name") or "")
    official = find_official_channel(username, chat.get("id"))
    handle = official.username if official else (username or "").strip().lstrip("@") or None
    messages: list[ChannelMessage] = []
    skipped = 0
    for raw in chat["messages"]:
        message = _read_message(raw, title, handle, chat.get("id"), official is not None)
        if message is None:
            skipped += 1
        else:
            messages.append(message)
    return ChannelExport(channel=title, messages=messages, skipped=skipped, official_channel=official)


def _read_message(raw: object, title: str, handle: str | None, chat_id: object,
                  official_channel: bool) -> ChannelMessage | None:
    if not isinstance(raw, dict) or raw.get("type") != "message":
        return None  # service entries: pinned posts, joins, title changes
    text = "".join(_text_parts(raw.get("text"))).strip()
    message_id = raw.get("id")
    posted_at = _timestamp(raw)
    # a post's id is a positive number; True (an int to isinstance) would be linked as t.me/…/True
    if not isinstance(message_id, int) or isinstance(message_id, bool) or message_id <= 0:
        return None
    if not text or posted_at is None:
        return None
    numeric_id = _numeric_id(chat_id)
    if handle:
        url = f"https://t.me/{handle}/{message_id}"
    elif numeric_id:
        url = f"https://t.me/c/{numeric_id}/{message_id}"
    else:
        url = None
    # A forward repeats another channel's post: it is not this channel's own statement.
    official = official_channel and "forwarded_from" not in raw
    return ChannelMessage(title, message_id, posted_at, text, url, official)


def _text_parts(text: object) -> Iterator[str]:
    if isinstance(text, str):
        yield text
    elif isinstance(text, list):
        for part in text:
            if isinstance(part, str):
                yield part
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                yield part["text"]


def _timestamp(raw: dict) -> datetime | None:
    unix = raw.get("date_unixtime")
    # isdigit() alone takes "²"; a moment past the year 9999 is no post's.
    digits = str(unix) if isinstance(unix, str | int) and not isinstance(unix, bool) else ""
    if digits.isascii() and digits.isdigit():
        try:
            return datetime.fromtimestamp(int(unix), tz=UTC).astimezone(KYIV)
        except (OverflowError, OSError, ValueError):
            return None
    local = raw.get("date")
    if isinstance(local, str):
        try:
            return datetime.fromisoformat(local).replace(tzinfo=KYIV)
        except ValueError:
            return None
    return None


def _numeric_id(chat_id: object) -> str | None:
    # Exports give channel ids without Telegram's "-100" prefix; links use the bare number.
    if isinstance(chat_id, bool) or not isinstance(chat_id, int | str):
        return None
    digits = str(chat_id).removeprefix("-100").lstrip("-")
    return digits if digits.isascii() and digits.isdigit() and int(digits) > 0 else None
