"""Editors and viewers: anyone may view; only an editor may ingest, import or correct.

Who is an editor, in order:

1. **OIDC** (``st.login``) when Streamlit secrets hold an ``[auth]`` section: a signed-in user is
   an editor when their e-mail is in the secret ``editor_emails`` (a list); with no such list,
   every account the identity provider signs in is an editor (so use a provider or client
   restricted to your organisation).
2. **Password**: a hashed password (never the password itself) in the environment variable
   ``SALVO_EDITOR_PASSWORD_HASH`` or the secret ``editor_password_hash``; an editor signs in with
   their name (recorded with every write) and that password. Per-person passwords: the secret
   table ``[editors]`` maps a name to its own hash. Make a hash with
   ``python -m salvo hash-password``.
3. **Local mode**, when neither is configured: a browser on the same machine is the single local
   editor, clearly labelled; a browser on another machine views only. "On the same machine"
   means all of: a loopback connection, no sign of a proxy in any header (forwarding headers,
   CDN headers, Via), and a Host and Origin that are loopback names (localhost, 127.x.x.x, ::1) —
   a header-less TCP proxy or a DNS name that resolves here (rebinding) shows in the Host. A
   deployment that configures nothing is therefore read-only to the world, while ``make run`` on
   a laptop works as before. The sidebar says why this browser is or is not the local editor.

Wrong passwords are limited on the server, by client address and by name together, across
sessions, reloads, restarts and replicas (`LoginThrottle`, counting in the store): after a few,
each further try must wait twice as long.
A name in the per-person table ``[editors]`` signs in only with its own hash, whatever its case
or spacing, and writes record the table's spelling of it.

Pages call `editor()` (who, or None) and `require_editor()`; writes pass the name on as author.
"""
from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import ipaddress
import math
import os
import secrets
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from salvo.dashboard.formatting import escape_markdown
from salvo.sources.default_data import get_store
from salvo.store.login_ledger import LoginLedger

PASSWORD_HASH_ENV = "SALVO_EDITOR_PASSWORD_HASH"
PASSWORD_HASH_SECRET = "editor_password_hash"
EDITORS_SECRET = "editors"  # [editors] name = "scrypt$…" in secrets.toml
EDITOR_EMAILS_SECRET = "editor_emails"
SESSION_KEY = "salvo_editor"  # no widget has this key, so a browser cannot set it
FAILED_KEY = "salvo_failed_logins"
MAX_FAILED_LOGINS = 5  # per session; then the form is closed for this session
# Headers a proxy, load balancer or CDN adds: any of them means the browser is not on this machine.
PROXY_HEADERS = (
    "x-forwarded-for", "forwarded", "x-real-ip", "x-forwarded-host", "x-forwarded-proto",
    "x-forwarded-port", "x-forwarded-server", "x-forwarded-prefix", "x-original-forwarded-for",
    "x-client-ip", "x-cluster-client-ip", "cf-connecting-ip", "cf-ray", "cdn-loop", "true-client-ip",
    "fastly-client-ip", "x-envoy-external-address", "via",
)
PROXY_HEADER_PREFIXES = ("x-forwarded-", "cf-")
LOOPBACK_NAMES = ("localhost",)

# scrypt's interactive parameters (n=2**14, r=8, p=1): ~50 ms and 16 MB per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64): what to put in SALVO_EDITOR_PASSWORD_HASH."""
    if not password:
        raise ValueError("an empty password protects nothing")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    """Whether ``password`` matches a ``scrypt$…`` or ``pbkdf2_sha256$iterations$salt$hash`` hash.

    A malformed hash matches nothing (and never raises): a typo in the configuration locks
    editors out instead of letting everyone in.
    """
    try:
        scheme, *fields = encoded.strip().split("$")
        if scheme == "scrypt":
            n, r, p, salt, expected = fields
            digest = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                    p=int(p), dklen=len(base64.b64decode(expected)), maxmem=2**26)
        elif scheme == "pbkdf2_sha256":
            iterations, salt, expected = fields
            digest = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations),
                                         dklen=len(base64.b64decode(expected)))
        else:
            return False
        return hmac.compare_digest(digest, base64.b64decode(expected))
    except (ValueError, TypeError, MemoryError):
        return False


# --- configuration ----------------------------------------------------------------------------


def _secret(name: str) -> Any:
    """A Streamlit secret, or None when there is no secrets file or no such key."""
    import streamlit as st

    try:
        return st.secrets.get(name)
    except Exception:  # no secrets.toml at all: Streamlit raises its own not-found error
        return None


def shared_password_hash() -> str | None:
    return os.environ.get(PASSWORD_HASH_ENV) or _secret(PASSWORD_HASH_SECRET) or None


def personal_password_hashes() -> dict[str, str]:
    table = _secret(EDITORS_SECRET)
    return {str(name): str(value) for name, value in dict(table).items()} if table else {}


def oidc_configured() -> bool:
    return bool(_secret("auth"))


def password_configured() -> bool:
    return bool(shared_password_hash() or personal_password_hashes())


def local_mode() -> bool:
    """No editor configured: the local browser is the editor."""
    return not (oidc_configured() or password_configured())


@dataclass(frozen=True)
class LocalCheck:
    """Whether this browser counts as on the dashboard's machine, and why, in words."""

    local: bool
    reason: str


def _is_loopback_address(text: str) -> bool:
    try:
        parsed = ipaddress.ip_address(text.strip("[]").split("%")[0])
    except ValueError:
        return False
    mapped = getattr(parsed, "ipv4_mapped", None)
    return parsed.is_loopback or bool(mapped and mapped.is_loopback)


def is_loopback_name(host: str) -> bool:
    """``localhost`` or a loopback IP literal (port allowed); any other name, even one that
    resolves to 127.0.0.1, may be an attacker's (DNS rebinding)."""
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:8501
        host = host[1:host.find("]")] if "]" in host else host
    elif host.count(":") == 1:
        host = host.split(":")[0]
    return host.rstrip(".") in LOOPBACK_NAMES or _is_loopback_address(host)


def check_local(headers: Mapping[str, str], address: object) -> LocalCheck:
    """Whether a connection with these headers from this address is the local browser, and why."""
    lowered = {str(key).lower(): str(value) for key, value in headers.items()}
    proxy = sorted(k for k in lowered if k in PROXY_HEADERS or k.startswith(PROXY_HEADER_PREFIXES))
    if proxy:
        return LocalCheck(False, f"the connection came through a proxy (it carries {proxy[0]})")
    # Streamlit reports a loopback connection as no address.
    if address is not None and not _is_loopback_address(str(address)):
        return LocalCheck(False, "the browser connects from another machine")
    host = lowered.get("host")
    if host is not None and not is_loopback_name(host):
        return LocalCheck(False, f"the page was opened as {host[:80]!r}, not as localhost or 127.0.0.1 "
                                 "(through a proxy or a name that points here)")
    origin = lowered.get("origin")
    if origin is not None and not is_loopback_name(urlsplit(origin).netloc or origin):
        return LocalCheck(False, f"the page is embedded or opened from {origin[:80]!r}, not from localhost")
    return LocalCheck(True, "this browser connects from this machine, as localhost, through no proxy")


def local_check() -> LocalCheck:
    """`check_local` for this session's connection."""
    import streamlit as st

    return check_local(st.context.headers or {}, st.context.ip_address)


def client_address() -> str | None:
    """The browser's address as the server sees it (None: a loopback connection)."""
    import streamlit as st

    address = st.context.ip_address
    return None if address is None else str(address)


def request_is_local() -> bool:
    """The browser runs on this machine (see `check_local`)."""
    return local_check().local


def local_editor_name() -> str:
    return f"local user {getpass.getuser()}"


# --- who is editing ---------------------------------------------------------------------------


def editor() -> str | None:
    """The editor of this session (their name, as writes record it), or None for a viewer."""
    import streamlit as st

    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        email = str(st.user.get("email") or "")
        allowed = _secret(EDITOR_EMAILS_SECRET)
        if allowed is None or email.lower() in {str(a).lower() for a in allowed}:
            return email or str(st.user.get("name") or "signed-in editor")
    if password_configured():
        return st.session_state.get(SESSION_KEY)
    if local_mode() and request_is_local():
        return local_editor_name()
    return None


def _name_key(name: str) -> str:
    """A name as compared: Unicode-normalised, case-folded, single-spaced ("OLENA " is Olena)."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def check_login(name: str, password: str) -> str | None:
    """The editor's recorded name when the password is right, else None.

    A name of the per-person table is bound to its hash: it signs in only with its own password,
    however it is spelt, and is recorded as the table spells it. Other names use the shared one.
    """
    name = " ".join(name.split())[:100]
    if not name or not password:
        return None
    personal = {_name_key(known): (known, encoded) for known, encoded in personal_password_hashes().items()}
    if _name_key(name) in personal:
        known, encoded = personal[_name_key(name)]
        return known if verify_password(password, encoded) else None
    shared = shared_password_hash()
    return name if shared and verify_password(password, shared) else None


@dataclass
class LoginThrottle:
    """Wrong passwords counted per client address and per name in the store (`LoginLedger`), so
    the count holds across sessions, reloads, restarts and every replica of the server. After
    `free` failures a key waits `base_delay` seconds before its next try, doubling with each
    further failure up to `max_delay`; a success clears the name's and the address's count, and a
    count expires `forget_after` seconds after its last failure.
    """

    free: int = 3
    base_delay: float = 2.0
    max_delay: float = 900.0
    forget_after: float = 3600.0
    clock: Callable[[], float] = time.time  # wall time, as every replica reads it the same
    ledger: LoginLedger | None = None  # None: the process-wide store (salvo.sources.default_data)

    @staticmethod
    def keys(name: str, address: object) -> tuple[str, str]:
        return f"name:{_name_key(name)}", f"address:{address if address is not None else 'loopback'}"

    def _ledger(self) -> LoginLedger:
        return self.ledger if self.ledger is not None else get_store()

    def _moment(self, seconds: float) -> datetime:
        return datetime.fromtimestamp(seconds, UTC)

    def wait(self, name: str, address: object) -> float:
        """Seconds before this name from this address may try again (0: now)."""
        now = self.clock()
        since = self._moment(now - self.forget_after)
        counts = self._ledger().login_failures(self.keys(name, address), since)
        return max((self._wait(count, last.timestamp(), now) for count, last in counts.values()), default=0.0)

    def _wait(self, count: int, last: float, now: float) -> float:
        if count < self.free:
            return 0.0
        # The exponent is capped: a count in the thousands must not overflow the float.
        delay = min(self.base_delay * 2 ** min(count - self.free, 64), self.max_delay)
        return max(0.0, last + delay - now)

    def failed(self, name: str, address: object) -> None:
        now = self.clock()
        self._ledger().record_login_failure(
            self.keys(name, address), self._moment(now), self._moment(now - self.forget_after)
        )

    def succeeded(self, name: str, address: object) -> None:
        self._ledger().clear_login_failures(self.keys(name, address))


LOGIN_THROTTLE = LoginThrottle()


def attempt_login(name: str, password: str, address: object,
                  throttle: LoginThrottle | None = None) -> tuple[str | None, str]:
    """(the editor's recorded name or None, a message for the form). A name or address that
    must wait is refused before the password is even checked."""
    throttle = throttle or LOGIN_THROTTLE
    wait = throttle.wait(name, address)
    if wait > 0:
        return None, ("Too many wrong passwords for this name or from this address: try again in "
                      f"{math.ceil(wait)} s.")
    who = check_login(name, password)
    if who is None:
        throttle.failed(name, address)
        return None, "Wrong name or password."
    throttle.succeeded(name, address)
    return who, ""


def login_form(purpose: str) -> None:
    """Sign-in controls for whatever is configured, or why editing is off."""
    import streamlit as st

    st.info(f"Viewing is open to everyone; to {purpose} you need to sign in as an editor.",
            icon=":material/lock:")
    if oidc_configured():
        if getattr(st.user, "is_logged_in", False):
            st.warning("Your account is signed in but is not one of this dashboard's editors.")
            st.button("Sign out", on_click=st.logout, key=f"logout_{purpose}")
        else:
            st.button("Sign in", on_click=st.login, key=f"oidc_login_{purpose}", type="primary")
    if password_configured():
        if st.session_state.get(FAILED_KEY, 0) >= MAX_FAILED_LOGINS:
            st.error("Too many wrong passwords in this session; reload the page to try again later.")
            return
        with st.form(f"login_{purpose}"):
            name = st.text_input("Your name (recorded with every change)", key=f"login_name_{purpose}")
            password = st.text_input("Editor password", type="password", key=f"login_password_{purpose}")
            if st.form_submit_button("Sign in"):
                who, message = attempt_login(name, password, client_address())
                if who is None:
                    st.session_state[FAILED_KEY] = st.session_state.get(FAILED_KEY, 0) + 1
                    st.error(message)
                else:
                    st.session_state[SESSION_KEY] = who
                    st.rerun()
    if local_mode():
        st.caption(f"No editor is configured and {local_check().reason}, so this dashboard is read-only "
                   f"here. Set {PASSWORD_HASH_ENV} (see README) to allow editors.")


def require_editor(purpose: str) -> str:
    """The editor's name; otherwise shows the sign-in and stops the page."""
    import streamlit as st

    who = editor()
    if who is None:
        login_form(purpose)
        st.stop()
    return who


def sidebar_status() -> None:
    """Who is editing (or that this is a read-only view), with sign-out, in the sidebar."""
    import streamlit as st

    who = editor()
    with st.sidebar:
        if who is None and local_mode():
            st.caption(f"Viewing (read-only): {_plain(local_check().reason)}. No editor login is configured, "
                       "so only a browser on this machine, opened as localhost, may change data.")
        elif who is None:
            st.caption("Viewing (read-only). Editors sign in on the Ingest page.")
        elif local_mode():
            st.caption(f"Local single-user mode: you edit as **{_plain(who)}** because "
                       f"{_plain(local_check().reason)}. No editor login is configured, so only browsers "
                       "on this machine may change data.")
        else:
            st.caption(f"Signed in as editor **{_plain(who)}**.")
            if st.session_state.get(SESSION_KEY):
                st.button("Sign out", key="editor_logout", on_click=st.session_state.pop, args=(SESSION_KEY,))
            elif oidc_configured():
                st.button("Sign out", key="editor_logout", on_click=st.logout)


def _plain(name: str) -> str:
    return escape_markdown(name)
