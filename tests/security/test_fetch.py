"""URL ingest reaches only public web servers: checked after DNS resolution and on every redirect."""
from __future__ import annotations

import ipaddress
from http.server import BaseHTTPRequestHandler

import pytest

from salvo.sources import fetch
from salvo.sources.ingest import IngestError, ingest_url
from salvo.store import Store
from tests.local_http import serve_locally
from tests.store.conftest import FakeExtractor, record

STORY = (b"<html><body><article><p>Overnight the enemy launched 40 drones at the region.</p>"
         b"</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        port = self.server.server_address[1]
        redirects = {
            "/to-story": f"http://127.0.0.1:{port}/story",
            "/to-metadata": "http://169.254.169.254/latest/meta-data/",
            "/to-other-loopback": f"http://127.0.0.2:{port}/story",
            "/to-file": "file:///etc/passwd",
            "/loop": "/loop",
        }
        if self.path in redirects:
            self.send_response(302)
            self.send_header("Location", redirects[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(STORY)))
        self.end_headers()
        self.wfile.write(STORY)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def loopback_server():
    with serve_locally(Handler) as url:
        yield url


@pytest.fixture
def store(tmp_path):
    handle = Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    yield handle
    handle.close()


@pytest.fixture
def extractor():
    return FakeExtractor({"drones": record(attack_date="2025-07-04", drones_launched=40)}).as_extractor()


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
    "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://192.168.1.1/",
    "http://172.16.0.1/", "http://0.0.0.0/", "http://224.0.0.1/", "http://240.0.0.1/",
    "http://100.64.0.1/", "http://[fe80::1]/", "http://[fc00::1]/", "http://2130706433/",
])
def test_internal_addresses_are_refused(store, extractor, monkeypatch, url):
    monkeypatch.delenv(fetch.ALLOW_ENV, raising=False)
    with pytest.raises(IngestError, match="Salvo fetches only public web pages"):
        ingest_url(store, url, extractor=extractor, timeout=2)
    assert store.count_reports() == 0


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/",
                                 "http:///no-host"])
def test_only_http_and_https(store, extractor, url):
    with pytest.raises(IngestError, match="only http"):
        ingest_url(store, url, extractor=extractor)


def test_a_public_looking_name_resolving_inside_is_refused(monkeypatch):
    monkeypatch.delenv(fetch.ALLOW_ENV, raising=False)
    monkeypatch.setattr(fetch, "resolve", lambda host, port: [ipaddress.ip_address("93.184.216.34"),
                                                               ipaddress.ip_address("10.1.2.3")])
    with pytest.raises(fetch.FetchError, match="private network"):
        fetch.checked_address("news.example.org", 443)  # one internal answer among public ones is enough


def test_the_allow_list_opens_named_hosts_and_networks(monkeypatch):
    monkeypatch.setattr(fetch, "resolve", lambda host, port: [ipaddress.ip_address("10.1.2.3")])
    monkeypatch.setenv(fetch.ALLOW_ENV, "intranet.example, 192.168.0.0/16")
    assert str(fetch.checked_address("Intranet.example", 80)) == "10.1.2.3"
    with pytest.raises(fetch.FetchError):
        fetch.checked_address("other.example", 80)
    monkeypatch.setenv(fetch.ALLOW_ENV, "10.0.0.0/8")
    assert str(fetch.checked_address("other.example", 80)) == "10.1.2.3"


def test_loopback_is_refused_unless_allowed(store, extractor, loopback_server, monkeypatch):
    monkeypatch.delenv(fetch.ALLOW_ENV, raising=False)
    with pytest.raises(IngestError, match="loopback"):
        ingest_url(store, f"{loopback_server}/story", extractor=extractor)
    monkeypatch.setenv(fetch.ALLOW_ENV, "127.0.0.1")
    assert ingest_url(store, f"{loopback_server}/to-story", extractor=extractor).created


@pytest.mark.parametrize(("path", "message"), [
    ("/to-metadata", "link-local"), ("/to-other-loopback", "loopback"), ("/to-file", "only http"),
    ("/loop", "more than 5 redirects"),
])
def test_every_redirect_is_checked(store, extractor, loopback_server, monkeypatch, path, message):
    monkeypatch.setenv(fetch.ALLOW_ENV, "127.0.0.1")
    with pytest.raises(IngestError, match=message):
        ingest_url(store, f"{loopback_server}{path}", extractor=extractor, timeout=3)
    assert store.count_reports() == 0


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/",
                                 "FILE:///etc/hosts"])
def test_another_scheme_is_refused_by_its_scheme(store, extractor, url):
    with pytest.raises(IngestError, match="unsupported URL scheme"):
        ingest_url(store, url, extractor=extractor)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/report.txt"])
def test_the_cli_names_the_scheme_not_a_file_type(store, url):
    from salvo.sources.ingest import ingest_sources

    summary = ingest_sources(store, [url], extractor=FakeExtractor({}).as_extractor())
    assert len(summary.failed) == 1
    reason = summary.failed[0][1]
    assert "unsupported URL scheme" in reason and "file type" not in reason
    assert store.count_reports() == 0


@pytest.mark.parametrize("url", ["http://example.org:99999/", "https://example.org:70000/x",
                                 "http://example.org:port/", "http://example.org:0/"])
def test_a_port_out_of_range_is_an_invalid_port_not_a_raw_error(store, extractor, url):
    with pytest.raises(IngestError, match="invalid port"):
        ingest_url(store, url, extractor=extractor)
    with pytest.raises(fetch.FetchError, match="invalid port"):
        fetch.fetch(url, timeout=1, max_bytes=100)
