#!/bin/sh
# The store's tests also run against a throw-away PostgreSQL server (tests/store/postgres.py),
# started from Debian's package. Install it when we can; without it those tests are skipped
# with a reason, never failed.
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the store tests..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
    && exit 0
fi
echo "PostgreSQL server not installed: the store's PostgreSQL tests will be skipped." >&2
echo "Install it as root with: apt-get install -y postgresql" >&2
exit 0
