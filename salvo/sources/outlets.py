"""Who is behind a report: the outlet's name and its source type.

Three source types, in order of trust when figures disagree (see consolidate.py):
- ``official``: the Air Force's own statements (Telegram kpszsu, Facebook, mil.gov.ua, the
  official-statement dataset) and other state channels;
- ``wire``: news agencies (Reuters, AP, AFP, Bloomberg, Ukrinform …), also when another site
  republishes their story (a ``/wires/reuters/`` path or a ``(Reuters)`` dateline);
- ``outlet``: every other site.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from salvo.vocabulary import SCOPE_NATIONAL, SCOPE_REGIONAL, SourceType

# host suffix -> (outlet name, source type). Matched on the host's last labels, so
# "www.reuters.com" and "uk.reuters.com" both hit "reuters.com".
KNOWN_HOSTS: dict[str, tuple[str, SourceType]] = {
    "mil.gov.ua": ("Ministry of Defence of Ukraine", "official"),
    "kpszsu.mil.gov.ua": ("Ukrainian Air Force", "official"),
    "president.gov.ua": ("Office of the President of Ukraine", "official"),
    "war.ukraine.ua": ("Ukraine.ua (government)", "official"),
    "reuters.com": ("Reuters", "wire"),
    "apnews.com": ("AP", "wire"),
    "afp.com": ("AFP", "wire"),
    "bloomberg.com": ("Bloomberg", "wire"),
    "ukrinform.net": ("Ukrinform", "wire"),
    "ukrinform.ua": ("Ukrinform", "wire"),
    "interfax.com.ua": ("Interfax-Ukraine", "wire"),
    "unn.ua": ("UNN", "wire"),
    "kyivindependent.com": ("Kyiv Independent", "outlet"),
    "pravda.com.ua": ("Ukrainska Pravda", "outlet"),
    "kyivpost.com": ("Kyiv Post", "outlet"),
    "babel.ua": ("Babel", "outlet"),
    "censor.net": ("Censor.net", "outlet"),
    "rbc.ua": ("RBC-Ukraine", "outlet"),
    "unian.ua": ("UNIAN", "outlet"),
    "unian.net": ("UNIAN", "outlet"),
    "tsn.ua": ("TSN", "outlet"),
    "suspilne.media": ("Suspilne", "outlet"),
    "radiosvoboda.org": ("Radio Svoboda", "outlet"),
    "bbc.com": ("BBC", "outlet"),
    "bbc.co.uk": ("BBC", "outlet"),
    "cnn.com": ("CNN", "outlet"),
    "nytimes.com": ("New York Times", "outlet"),
    "theguardian.com": ("The Guardian", "outlet"),
    "independent.co.uk": ("The Independent", "outlet"),
    "the-independent.com": ("The Independent", "outlet"),
    "menafn.com": ("MENAFN", "outlet"),
    "devdiscourse.com": ("Devdiscourse", "outlet"),
    "tass.com": ("TASS", "outlet"),
}

CHANNEL_HOSTS = {"t.me", "telegram.me", "facebook.com", "www.facebook.com", "m.facebook.com"}

# The one list of official channels (Telegram, and the Facebook pages of the same bodies), by
# username and (when known) numeric id: a channel is official because it is in this table, never
# because its title or a file says so. Its scope says whose figures it gives (the whole night's or
# a region's: salvo.sources.official), its outlet the name its posts are stored under.
OFFICIAL_CHANNELS_CSV = Path(__file__).resolve().parents[2] / "data" / "official_channels.csv"
CHANNEL_SCOPES = (SCOPE_NATIONAL, SCOPE_REGIONAL)


@dataclass(frozen=True)
class OfficialChannel:
    """One row of data/official_channels.csv."""

    username: str  # the public handle, lower case, without "@" (t.me/<username>)
    channel_id: int | None  # Telegram's id as Desktop exports give it (no "-100"), when known
    title: str  # what the channel calls itself, when recorded (informative: it identifies nothing)
    kind: str  # air_force, regional_air_command, …
    scope: str  # national or regional (salvo.vocabulary's scopes)
    outlet: str  # the name its posts are stored under ("Ukrainian Air Force")


@functools.cache
def official_channels() -> tuple[OfficialChannel, ...]:
    """Every row of data/official_channels.csv (columns username, channel_id, title, kind, scope,
    outlet). A row whose scope is not national or regional, or that names no outlet, is refused
    with its line: a typo must not make a channel official under a wrong name or scope."""
    channels = []
    with OFFICIAL_CHANNELS_CSV.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            username = (row.get("username") or "").strip().lstrip("@").lower()
            if not username:
                continue
            scope, outlet = (row.get("scope") or "").strip(), (row.get("outlet") or "").strip()
            if scope not in CHANNEL_SCOPES or not outlet:
                raise ValueError(f"{OFFICIAL_CHANNELS_CSV.name} line {line}: a channel needs a scope "
                                 f"({' or '.join(CHANNEL_SCOPES)}) and an outlet name")
            channel_id = (row.get("channel_id") or "").strip()
            channels.append(OfficialChannel(
                username=username, channel_id=int(channel_id) if channel_id else None,
                title=(row.get("title") or "").strip(), kind=(row.get("kind") or "").strip(),
                scope=scope, outlet=outlet,
            ))
    return tuple(channels)


def find_official_channel(username: str | None = None, channel_id: object = None) -> OfficialChannel | None:
    """The official channel with this username or numeric id (an export's "id", with or without
    Telegram's "-100" prefix), or None."""
    handle = (username or "").strip().lstrip("@").lower()
    digits = str(channel_id).removeprefix("-100").lstrip("-") if channel_id is not None else ""
    number = int(digits) if digits.isdigit() else None
    for channel in official_channels():
        if (handle and channel.username == handle) or (number is not None and channel.channel_id == number):
            return channel
    return None


# Agency datelines a republished story keeps ("KYIV (Reuters) -", "(AP) —", or the agency's
# name alone on the closing line) and wire paths.
# Photo credits ("© Associated Press") are deliberately not markers: they say nothing of the text.
WIRE_MARKERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\(Reuters\)\s*[—–-]|^\s*\(Reuters\)\s*$|/wires/reuters/", re.M), "Reuters"),
    (re.compile(r"\(AP\)\s*[—–-]|^\s*\(AP\)\s*$|/ap-top-news/|/wires/ap/", re.M), "AP"),
    (re.compile(r"\(AFP\)\s*[—–-]|^\s*\(AFP\)\s*$|/wires/afp/", re.M), "AFP"),
    (re.compile(r"\(Bloomberg\)\s*[—–-]"), "Bloomberg"),
]


@dataclass(frozen=True)
class SourceInfo:
    outlet: str
    source_type: SourceType


def _host(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    return host.removeprefix("www.")


def _known_host(host: str) -> tuple[str, SourceType] | None:
    labels = host.split(".")
    for start in range(len(labels) - 1):
        suffix = ".".join(labels[start:])
        if suffix in KNOWN_HOSTS:
            return KNOWN_HOSTS[suffix]
    return None


def _outlet_from_host(host: str) -> str:
    """A readable name for an unknown site: its registered domain ("news.az", "wbfo.org")."""
    return host or "unknown"


def classify_source(url: str | None = None, outlet: str | None = None, text: str | None = None) -> SourceInfo:
    """Outlet name and source type of a report from its URL, a stated outlet name and its text.

    A stated outlet that names an agency or an official channel wins over the URL's host;
    a wire dateline in the text or URL makes a republished agency story ``wire``.
    """
    if outlet:
        by_name = _classify_name(outlet)
        if by_name is not None:
            return by_name
    if url:
        parsed_host = _host(url)
        path = urlparse(url).path.lower()
        if parsed_host in CHANNEL_HOSTS or parsed_host.endswith(".facebook.com"):
            official = find_official_channel(path.strip("/").split("/")[0]) if path.strip("/") else None
            if official is not None:
                return SourceInfo(official.outlet, "official")
        known = _known_host(parsed_host)
        if known and known[1] in ("official", "wire"):
            return SourceInfo(*known)
        wire = _wire_marker(url) or (_wire_marker(text) if text else None)
        name = outlet or (known[0] if known else _outlet_from_host(parsed_host))
        if wire:
            return SourceInfo(wire, "wire")
        if parsed_host.endswith(".gov.ua"):
            return SourceInfo(name, "official")
        return SourceInfo(name, "outlet")
    wire = _wire_marker(text) if text else None
    if wire:
        return SourceInfo(wire, "wire")
    return SourceInfo(outlet or "unknown", "outlet")


def _classify_name(outlet: str) -> SourceInfo | None:
    key = outlet.strip().lower()
    official = find_official_channel(key)
    if official is not None:
        return SourceInfo(official.outlet, "official")
    for name, source_type in KNOWN_HOSTS.values():
        if key == name.lower():
            return SourceInfo(name, source_type)
    if key in {"ukrainian air force", "air force of ukraine", "повітряні сили зсу"}:
        return SourceInfo("Ukrainian Air Force", "official")
    if key in {"associated press", "ap"}:
        return SourceInfo("AP", "wire")
    return None


def _wire_marker(text: str) -> str | None:
    for pattern, agency in WIRE_MARKERS:
        if pattern.search(text):
            return agency
    return None
