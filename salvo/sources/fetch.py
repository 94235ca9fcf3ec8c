"""Fetching a report's page without letting a URL reach inside the network.

A URL someone pastes into the dashboard is fetched by the server, so it could aim at the
server's own services (127.0.0.1, the cloud metadata address 169.254.169.254, the office LAN).
`fetch` therefore:

- takes only http and https;
- resolves the host itself and refuses it when ANY address it resolves to is loopback, private,
  link-local, multicast, reserved, unspecified or otherwise not global — then connects to the
  checked address (no second lookup an attacker's DNS could answer differently);
- follows redirects itself (at most `MAX_REDIRECTS`), checking every hop the same way;
- gives up after a total time limit and a size limit.

Allow-list: ``SALVO_FETCH_ALLOW`` (comma-separated host names, IP addresses or networks such as
``10.1.0.0/16``) lets an operator open chosen internal hosts; a request to a listed host or to an
address in a listed network is allowed even when not global. Tests that serve pages from
127.0.0.1 set ``SALVO_FETCH_ALLOW=127.0.0.1``.
"""
from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

ALLOW_ENV = "SALVO_FETCH_ALLOW"
MAX_REDIRECTS = 5
USER_AGENT = "Salvo/0.1 (report ingest)"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(ValueError):
    """A URL Salvo will not or cannot fetch, with the reason in words."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes


def allow_list() -> tuple[set[str], list[ipaddress.IPv4Network | ipaddress.IPv6Network]]:
    """Host names and networks of ``SALVO_FETCH_ALLOW``."""
    hosts: set[str] = set()
    networks = []
    for item in os.environ.get(ALLOW_ENV, "").split(","):
        item = item.strip().lower()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            hosts.add(item)
    return hosts, networks


def refused_reason(address: IPAddress) -> str | None:
    """Why an address is no public web server's, or None when it is global."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return refused_reason(address.ipv4_mapped)
    for flag, words in (
        ("is_loopback", "a loopback address"), ("is_link_local", "a link-local address (cloud metadata)"),
        ("is_private", "a private network address"), ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"), ("is_unspecified", "an unspecified address"),
    ):
        if getattr(address, flag):
            return words
    return None if address.is_global else "not a public address"


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address of ``host`` (an IP literal resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve {host} ({error})") from None
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))


def checked_address(host: str, port: int) -> IPAddress:
    """The address to connect to, after refusing hosts that resolve inside the network."""
    hosts, networks = allow_list()
    addresses = resolve(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve {host}")
    if host.lower() in hosts:
        return addresses[0]
    for address in addresses:
        reason = refused_reason(address)
        if reason and not any(address in network for network in networks):
            raise FetchError(f"{host} is {reason} ({address}); Salvo fetches only public web pages "
                             f"(an operator can allow hosts in {ALLOW_ENV})")
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the checked address while the request keeps the host's name."""

    def __init__(self, host: str, address: IPAddress, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = str(address)

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, address: IPAddress, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = str(address)

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def url_port(parts: SplitResult, scheme: str) -> int:
    """The URL's port, or the scheme's; FetchError for one that is no number or out of range
    (``urlsplit`` raises a bare ValueError for those)."""
    try:
        port = parts.port
    except ValueError:
        raise FetchError("invalid port in the URL (a port is a number from 1 to 65535)") from None
    if port == 0:
        raise FetchError("invalid port 0 in the URL (a port is a number from 1 to 65535)")
    return port or (443 if scheme == "https" else 80)


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url`` under the rules above; FetchError says why not."""
    deadline = time.monotonic() + timeout
    for _hop in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"unsupported URL scheme {scheme + ':' if scheme else '(none)'}; "
                             "only http and https URLs can be fetched")
        if not parts.hostname:
            raise FetchError("the URL names no host; only http and https URLs with a host can be fetched")
        port = url_port(parts, scheme)
        address = checked_address(parts.hostname, port)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("cannot fetch (timed out)")
        kind = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        connection = kind(parts.hostname, address, port, remaining)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"the server answered {response.status} without a Location")
                url = urljoin(url, location)
                continue
            if response.status >= 400:
                raise FetchError(f"the server answered {response.status} {response.reason}")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"too big ({int(declared):,} bytes; the limit is {max_bytes:,})")
            body = _read_until(response, max_bytes, deadline)
            return Fetched(url, (response.getheader("Content-Type") or "").lower(), body)
        except (OSError, http.client.HTTPException) as error:
            raise FetchError(f"cannot fetch ({error or type(error).__name__})") from None
        finally:
            connection.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read_until(response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError("cannot fetch (timed out while reading)")
        chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too big (more than {max_bytes:,} bytes)")
        chunks.append(chunk)
