"""Editor passwords are stored hashed and checked in constant time; the CLI makes the hash."""
from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from salvo.__main__ import main
from salvo.dashboard import auth
from salvo.store import Store

ROOT = Path(__file__).resolve().parents[2]
EVER = datetime(1970, 1, 1, tzinfo=UTC)  # a window that forgets nothing


def test_a_hash_verifies_its_password_only():
    encoded = auth.hash_password("correct horse")
    assert encoded.startswith("scrypt$") and "correct horse" not in encoded
    assert auth.verify_password("correct horse", encoded)
    assert not auth.verify_password("correct horse ", encoded)
    assert auth.hash_password("correct horse") != encoded  # salted


def test_pbkdf2_hashes_are_accepted():
    salt = b"0123456789abcdef"
    digest = hashlib.pbkdf2_hmac("sha256", b"s3cret", salt, 1000)
    encoded = f"pbkdf2_sha256$1000${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert auth.verify_password("s3cret", encoded) and not auth.verify_password("secret", encoded)


@pytest.mark.parametrize("encoded", ["", "s3cret", "plain$s3cret", "scrypt$x$y", "scrypt$16384$8$1$!!$!!",
                                     "pbkdf2_sha256$-1$AA==$AA=="])
def test_a_malformed_or_plain_hash_matches_nothing(encoded):
    assert not auth.verify_password("s3cret", encoded)


def test_an_empty_password_is_refused():
    with pytest.raises(ValueError):
        auth.hash_password("")


def test_login_checks_shared_and_personal_passwords(monkeypatch):
    monkeypatch.setenv(auth.PASSWORD_HASH_ENV, auth.hash_password("shared"))
    monkeypatch.setattr(auth, "personal_password_hashes", lambda: {"Olena": auth.hash_password("hers")})
    assert auth.check_login("  Taras  Shevchenko ", "shared") == "Taras Shevchenko"
    assert auth.check_login("Olena", "hers") == "Olena"
    assert auth.check_login("Olena", "shared") is None  # a personal name needs its own password
    assert auth.check_login("", "shared") is None and auth.check_login("Taras", "") is None


def test_the_cli_prints_a_hash_that_verifies(monkeypatch, capsys):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "typed twice")
    assert main(["hash-password"]) == 0
    encoded = capsys.readouterr().out.strip()
    assert auth.verify_password("typed twice", encoded)


class FakeUser(dict):
    """Stands for st.user after an OIDC sign-in."""

    is_logged_in = True


@pytest.mark.parametrize(("email", "allowed", "expected"), [
    ("olena@example.org", ["Olena@example.org"], "olena@example.org"),
    ("mallory@example.org", ["olena@example.org"], None),
    ("anyone@example.org", None, "anyone@example.org"),  # no list: the provider decides
])
def test_an_oidc_user_edits_when_listed(monkeypatch, email, allowed, expected):
    import streamlit as st

    secrets = {"auth": {"client_id": "salvo"}, auth.EDITOR_EMAILS_SECRET: allowed}
    monkeypatch.setattr(auth, "_secret", secrets.get)
    monkeypatch.setattr(st, "user", FakeUser(email=email))
    monkeypatch.delenv(auth.PASSWORD_HASH_ENV, raising=False)
    assert not auth.local_mode()
    assert auth.editor() == expected


def test_configuring_a_password_ends_local_mode(monkeypatch):
    monkeypatch.setattr(auth, "_secret", lambda name: None)
    monkeypatch.delenv(auth.PASSWORD_HASH_ENV, raising=False)
    assert auth.local_mode()
    monkeypatch.setenv(auth.PASSWORD_HASH_ENV, auth.hash_password("x"))
    assert not auth.local_mode()


@pytest.mark.parametrize(("headers", "address", "local"), [
    ({}, None, True),  # Streamlit reports a loopback connection as no address
    ({}, "::ffff:127.0.0.1", True),
    ({"X-Forwarded-For": "203.0.113.9"}, None, False),  # a reverse proxy on this machine
    ({"Forwarded": "for=203.0.113.9"}, None, False),
    ({}, "192.168.1.20", False),
    ({}, "203.0.113.9", False),
])
def test_only_a_browser_on_this_machine_is_local(monkeypatch, headers, address, local):
    from types import SimpleNamespace

    import streamlit as st

    monkeypatch.setattr(st, "context", SimpleNamespace(headers=headers, ip_address=address))
    assert auth.request_is_local() is local


# --- issue 15, item 5: local mode trusts only a loopback browser that names a loopback host ---


@pytest.mark.parametrize(("headers", "address", "local"), [
    ({"Host": "localhost:8501", "Origin": "http://localhost:8501"}, None, True),
    ({"Host": "127.0.0.1:8501", "Origin": "http://127.0.0.1:8501"}, "127.0.0.1", True),
    ({"Host": "[::1]:8501", "Origin": "http://[::1]:8501"}, "::1", True),
    # A header-less TCP proxy on this machine: loopback address, but the browser named another host.
    ({"Host": "203.0.113.5:9000", "Origin": "http://203.0.113.5:9000"}, None, False),
    ({"Host": "localhost:8501", "X-Forwarded-Host": "salvo.example.org"}, None, False),
    ({"Host": "localhost:8501", "CF-Connecting-IP": "203.0.113.9"}, None, False),
    ({"Host": "localhost:8501", "Via": "1.1 proxy"}, None, False),
    ({"Host": "localhost:8501", "X-Forwarded-Proto": "https"}, None, False),
    # DNS rebinding: a name that resolves to 127.0.0.1 is still someone else's name.
    ({"Host": "rebind.attacker.example:8501", "Origin": "http://rebind.attacker.example:8501"}, None, False),
    ({"Host": "localhost.attacker.example:8501"}, None, False),
    # A page elsewhere talking to the local server.
    ({"Host": "localhost:8501", "Origin": "https://attacker.example"}, None, False),
])
def test_local_mode_needs_loopback_host_and_origin_and_no_proxy_sign(monkeypatch, headers, address, local):
    from types import SimpleNamespace

    import streamlit as st

    monkeypatch.setattr(st, "context", SimpleNamespace(headers=headers, ip_address=address))
    assert auth.request_is_local() is local
    check = auth.local_check()
    assert check.local is local and check.reason


def test_the_reason_names_what_gave_the_browser_away():
    assert "proxy" in auth.check_local({"CF-Connecting-IP": "203.0.113.9"}, None).reason
    assert "rebind.attacker.example" in auth.check_local({"Host": "rebind.attacker.example"}, None).reason
    assert "another machine" in auth.check_local({"Host": "localhost"}, "192.0.2.7").reason


# --- issue 15, item 6: wrong passwords limited on the server; names bound to their hashes ---


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def database_url(tmp_path):
    return f"sqlite:///{tmp_path / 'salvo.sqlite'}"


@pytest.fixture
def ledger(database_url):
    """The store the throttle counts in: a fresh SQLite file per test."""
    store = Store(database_url)
    yield store
    store.close()


@pytest.fixture
def counted_checks(monkeypatch):
    """check_login with every call counted (a refused try must not even reach the hash)."""
    calls = []
    monkeypatch.setattr(auth, "check_login", lambda name, password: calls.append(name) or None)
    return calls


def test_wrong_passwords_wait_longer_and_longer(counted_checks, ledger):
    clock = FakeClock()
    throttle = auth.LoginThrottle(clock=clock, ledger=ledger)
    for _ in range(throttle.free):
        who, message = auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)
        assert (who, message) == (None, "Wrong name or password.")
    who, message = auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)
    assert who is None and "try again in 2 s" in message
    assert len(counted_checks) == throttle.free  # refused before the password was checked
    waits = []
    for _ in range(4):
        clock.now += throttle.wait("Mallory", "198.51.100.4")
        auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)
        waits.append(throttle.wait("Mallory", "198.51.100.4"))
    assert waits == [4.0, 8.0, 16.0, 32.0]


def test_the_limit_holds_for_another_name_or_another_address(counted_checks, ledger):
    throttle = auth.LoginThrottle(clock=FakeClock(), ledger=ledger)
    for number in range(throttle.free):
        auth.attempt_login(f"Name {number}", "guess", "198.51.100.4", throttle)
    assert throttle.wait("A new name", "198.51.100.4") > 0  # same address
    for number in range(throttle.free):
        auth.attempt_login("Olena", "guess", f"198.51.100.{10 + number}", throttle)
    assert throttle.wait("olena ", "203.0.113.200") > 0  # same name, any address
    assert throttle.wait("Taras", "203.0.113.200") == 0


def test_a_right_password_clears_the_count(monkeypatch, ledger):
    monkeypatch.setenv(auth.PASSWORD_HASH_ENV, auth.hash_password("shared"))
    monkeypatch.setattr(auth, "personal_password_hashes", dict)
    throttle = auth.LoginThrottle(clock=FakeClock(), ledger=ledger)
    for _ in range(throttle.free - 1):
        auth.attempt_login("Taras", "guess", None, throttle)
    counts = ledger.login_failures(throttle.keys("Taras", None), since=EVER)
    assert [count for count, _ in counts.values()] == [throttle.free - 1] * 2  # the name's and the address's
    assert auth.attempt_login("Taras", "shared", None, throttle) == ("Taras", "")
    assert throttle.wait("Taras", None) == 0
    assert ledger.login_failures(throttle.keys("Taras", None), since=EVER) == {}


# A server process that made the wrong tries and ended: its counts must outlive it.
FAILING_PROCESS = """
import sys
from salvo.dashboard import auth
from salvo.store import Store

throttle = auth.LoginThrottle(clock=lambda: 1000.0, ledger=Store(sys.argv[1]))
for _ in range(throttle.free):
    print(auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)[1])
"""


def test_a_restarted_server_still_refuses_after_the_failures(counted_checks, database_url):
    env = {key: value for key, value in os.environ.items() if key != auth.PASSWORD_HASH_ENV}
    done = subprocess.run([sys.executable, "-c", FAILING_PROCESS, database_url], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["Wrong name or password."] * 3
    restarted = Store(database_url)  # a new process's store and throttle: nothing carried in memory
    throttle = auth.LoginThrottle(clock=FakeClock(), ledger=restarted)
    who, message = auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)
    assert who is None and "try again in 2 s" in message
    assert counted_checks == []  # refused before the password was checked
    restarted.close()


def test_two_replicas_count_the_same_failures(counted_checks, database_url):
    replicas = [Store(database_url), Store(database_url)]
    throttles = [auth.LoginThrottle(clock=FakeClock(), ledger=store) for store in replicas]
    for attempt in range(throttles[0].free):  # the tries spread over both replicas
        auth.attempt_login("Mallory", "guess", "198.51.100.4", throttles[attempt % 2])
    assert all(throttle.wait("Mallory", "198.51.100.4") == 2.0 for throttle in throttles)
    for store in replicas:
        store.close()


def test_a_count_expires_after_its_window(counted_checks, ledger):
    clock = FakeClock()
    throttle = auth.LoginThrottle(clock=clock, ledger=ledger)
    for _ in range(throttle.free + 2):
        clock.now += throttle.wait("Mallory", "198.51.100.4")
        auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)
    assert throttle.wait("Mallory", "198.51.100.4") == 8.0
    clock.now += throttle.forget_after - 1  # still inside the window: the count holds
    assert auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)[1] == "Wrong name or password."
    assert throttle.wait("Mallory", "198.51.100.4") == 16.0  # and goes on doubling
    clock.now += throttle.forget_after + 1  # an hour and a second with no failure: forgotten
    assert throttle.wait("Mallory", "198.51.100.4") == 0
    auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)  # counts from one again
    assert throttle.wait("Mallory", "198.51.100.4") == 0
    counts = ledger.login_failures(throttle.keys("Mallory", "198.51.100.4"), since=EVER)
    assert [count for count, _ in counts.values()] == [1, 1]


def test_a_wrong_password_leaves_the_data_version_alone(counted_checks, ledger):
    """Readers cache by data_version: a stream of wrong passwords must not empty every cache."""
    version = ledger.data_version()
    throttle = auth.LoginThrottle(clock=FakeClock(), ledger=ledger)
    for _ in range(throttle.free):
        auth.attempt_login("Mallory", "guess", "198.51.100.4", throttle)
    assert throttle.wait("Mallory", "198.51.100.4") > 0 and ledger.data_version() == version


def test_a_personal_name_is_bound_to_its_own_hash_however_spelt(monkeypatch):
    monkeypatch.setenv(auth.PASSWORD_HASH_ENV, auth.hash_password("shared"))
    hers = auth.hash_password("hers")
    monkeypatch.setattr(auth, "personal_password_hashes", lambda: {"Olena Kovalenko": hers})
    for spelling in ("olena kovalenko", "OLENA  KOVALENKO", "Olena\u00a0Kovalenko", "Ｏlena Kovalenko"):
        assert auth.check_login(spelling, "shared") is None  # not the shared password for her name
        assert auth.check_login(spelling, "hers") == "Olena Kovalenko"  # the table's spelling is recorded
