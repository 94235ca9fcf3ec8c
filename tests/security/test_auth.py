"""Editor passwords are stored hashed and checked in constant time; the CLI makes the hash."""
from __future__ import annotations

import base64
import hashlib

import pytest

from salvo import auth
from salvo.__main__ import main


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
