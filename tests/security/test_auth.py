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
