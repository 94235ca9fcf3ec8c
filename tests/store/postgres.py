"""A throw-away PostgreSQL server for the store's tests, from Debian's package.

`start_server` initdb's a cluster in a temporary folder (as the ``postgres`` system user when
running as root, since PostgreSQL refuses to run as root; as the current user otherwise),
starts it on a free loopback port with trust authentication and durability switched off (a test
cluster), and yields a server URL; `fresh_database` makes an empty database per test.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from tests.browser.harness import free_port

USER = "salvo"


class PostgresUnavailable(RuntimeError):
    """Why no server could be started (the tests skip with this reason)."""


def server_binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise PostgresUnavailable("PostgreSQL server not installed (apt-get install postgresql; "
                                  "`make test` installs it when run as root)")
    return Path(found[-1]).parent


def _as_server_user(command: list[str], owner: str | None) -> None:
    if owner:
        command = ["su", owner, "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise PostgresUnavailable(f"{command[0]} failed: {result.stderr.strip() or result.stdout.strip()}")


def _quote(word: str) -> str:
    import shlex

    return shlex.quote(word)


@contextmanager
def start_server() -> Iterator[str]:
    """Run a PostgreSQL server; yield ``postgresql+psycopg://salvo@127.0.0.1:PORT``; stop it after."""
    binaries = server_binaries()
    owner = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and no postgres user to run the server") from None
        owner = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="salvo-pg-"))
    data = folder / "data"
    if owner:
        shutil.chown(folder, user=owner)
    port = free_port()
    try:
        _as_server_user([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", USER, "-E", "UTF8",
                         "--no-sync"], owner)
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                         str(folder / "server.log"), "-w", "-t", "60", "start"], owner)
        try:
            yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}"
        finally:
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """An empty database on the server for one test; dropped after."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = sa.create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        yield f"{server}/{name}"
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
