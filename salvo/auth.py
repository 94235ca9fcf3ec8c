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
3. **Local mode**, when neither is configured: a browser on the same machine (a loopback
   connection with no proxy header) is the single local editor, clearly labelled; a browser on
   another machine views only. A deployment that configures nothing is therefore read-only to
   the world, while ``make run`` on a laptop works as before.

Pages call `editor()` (who, or None) and `require_editor()`; writes pass the name on as author.
"""
from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import ipaddress
import os
import secrets
from typing import Any

PASSWORD_HASH_ENV = "SALVO_EDITOR_PASSWORD_HASH"
PASSWORD_HASH_SECRET = "editor_password_hash"
EDITORS_SECRET = "editors"  # [editors] name = "scrypt$…" in secrets.toml
EDITOR_EMAILS_SECRET = "editor_emails"
SESSION_KEY = "salvo_editor"  # no widget has this key, so a browser cannot set it
FAILED_KEY = "salvo_failed_logins"
MAX_FAILED_LOGINS = 5  # per session; then the form is closed for this session
PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")

# scrypt's interactive parameters (n=2**14, r=8, p=1): ~50 ms and 16 MB per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PBKDF2_ITERATIONS = 600_000  # OWASP's figure for PBKDF2-HMAC-SHA256


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


def request_is_local() -> bool:
    """The browser runs on this machine: a loopback connection that came through no proxy.

    (Streamlit reports loopback connections as no address; a reverse proxy on the same machine
    would look local too, but it adds a forwarding header.)
    """
    import streamlit as st

    headers = {key.lower() for key in (st.context.headers or {})}
    if headers & set(PROXY_HEADERS):
        return False
    address = st.context.ip_address
    if address is None:
        return True
    try:
        parsed = ipaddress.ip_address(str(address))
    except ValueError:
        return False
    return parsed.is_loopback or bool(getattr(parsed, "ipv4_mapped", None) and parsed.ipv4_mapped.is_loopback)


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


def check_login(name: str, password: str) -> str | None:
    """The editor's recorded name when the password is right, else None."""
    name = " ".join(name.split())[:100]
    if not name or not password:
        return None
    personal = personal_password_hashes()
    if name in personal:
        return name if verify_password(password, personal[name]) else None
    shared = shared_password_hash()
    return name if shared and verify_password(password, shared) else None


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
                who = check_login(name, password)
                if who is None:
                    st.session_state[FAILED_KEY] = st.session_state.get(FAILED_KEY, 0) + 1
                    st.error("Wrong name or password.")
                else:
                    st.session_state[SESSION_KEY] = who
                    st.rerun()
    if local_mode():
        st.caption("No editor is configured and this browser is not on the dashboard's machine, so this "
                   f"dashboard is read-only here. Set {PASSWORD_HASH_ENV} (see README) to allow editors.")


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
        if who is None:
            st.caption("Viewing (read-only). Editors sign in on the Ingest page.")
        elif local_mode():
            st.caption(f"Local single-user mode: you edit as **{_plain(who)}**. No editor login is "
                       "configured, so only browsers on this machine may change data.")
        else:
            st.caption(f"Signed in as editor **{_plain(who)}**.")
            if st.session_state.get(SESSION_KEY):
                st.button("Sign out", key="editor_logout", on_click=st.session_state.pop, args=(SESSION_KEY,))
            elif oidc_configured():
                st.button("Sign out", key="editor_logout", on_click=st.logout)


def _plain(name: str) -> str:
    from salvo.ui import escape_markdown

    return escape_markdown(name)
