"""Read a Telegram Desktop channel export (`result.json`) into channel messages.

Telegram Desktop's "Export chat history" (JSON) writes one object per channel with a
`messages` array; a full-account export nests the channels under `chats.list`. A message's
`text` is either a plain string or an array mixing strings and entity objects
(`{"type": "bold", "text": "..."}`); the reader joins them into plain text and never keeps
markup or link targets.

Timestamps: `date_unixtime` (UTC seconds) is exact; `date` is the exporting machine's local
time, so it is only used when the former is missing and is then read as Kyiv time, the
time the Air Force reports in.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")
# A channel's own export of several years is tens of megabytes; anything far larger is not
# a channel export.
MAX_EXPORT_BYTES = 200 * 1024 * 1024

# The Air Force's channel: its public username and the titles it has used. Exports do not
# carry the username, so the title identifies the channel.
OFFICIAL_CHANNELS = {
    "kpszsu": ("повітряні сили", "air force of the armed forces of ukraine"),
}


class TelegramExportError(ValueError):
    """The input is not a readable Telegram Desktop JSON export."""


@dataclass(frozen=True, slots=True)
class ChannelMessage:
    """One text post of a channel, ready to be ingested as a report."""

    channel: str
    message_id: int
    posted_at: datetime  # aware, Europe/Kyiv
    text: str
    url: str
    official: bool


@dataclass(frozen=True, slots=True)
class ChannelExport:
    """The text posts of one channel, and how many entries were not text posts."""

    channel: str
    messages: list[ChannelMessage]
    skipped: int


def read_export(source: str | bytes | Path, username: str | None = None) -> list[ChannelExport]:
    """Parse a `result.json` (path, bytes or JSON text) into one ChannelExport per channel.

    `username` names the channel's public handle for t.me links when the export is of a single
    channel; without it the Air Force's handle is recognised by title and other channels get
    private-style links (t.me/c/<id>/<message>).
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
    handle = username or _official_handle(title)
    messages: list[ChannelMessage] = []
    skipped = 0
    for raw in chat["messages"]:
        message = _read_message(raw, title, handle, chat.get("id"))
        if message is None:
            skipped += 1
        else:
            messages.append(message)
    return ChannelExport(channel=title, messages=messages, skipped=skipped)


def _official_handle(title: str) -> str | None:
    lowered = title.casefold()
    for handle, titles in OFFICIAL_CHANNELS.items():
        if any(known in lowered for known in titles):
            return handle
    return None


def _read_message(raw: object, title: str, handle: str | None, chat_id: object) -> ChannelMessage | None:
    if not isinstance(raw, dict) or raw.get("type") != "message":
        return None  # service entries: pinned posts, joins, title changes
    text = "".join(_text_parts(raw.get("text"))).strip()
    message_id = raw.get("id")
    posted_at = _timestamp(raw)
    if not text or not isinstance(message_id, int) or posted_at is None:
        return None
    if handle:
        url = f"https://t.me/{handle}/{message_id}"
    else:
        url = f"https://t.me/c/{_numeric_id(chat_id)}/{message_id}"
    # A forward repeats another channel's post: it is not this channel's own statement.
    official = handle in OFFICIAL_CHANNELS and "forwarded_from" not in raw
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
    if isinstance(unix, str | int) and str(unix).isdigit():
        return datetime.fromtimestamp(int(unix), tz=UTC).astimezone(KYIV)
    local = raw.get("date")
    if isinstance(local, str):
        try:
            return datetime.fromisoformat(local).replace(tzinfo=KYIV)
        except ValueError:
            return None
    return None


def _numeric_id(chat_id: object) -> str:
    # Exports give channel ids without Telegram's "-100" prefix; links use the bare number.
    digits = str(chat_id).removeprefix("-100").lstrip("-")
    return digits if digits.isdigit() else "0"
