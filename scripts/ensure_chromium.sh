#!/bin/sh
# Browser tests drive Debian's Chromium through Playwright, and the charts' PNG/SVG downloads draw in
# it through kaleido; Playwright's and kaleido's own browser downloads cannot work on machines that
# reach only the package registries, so we never call them.
set -e
CHROMIUM="${SALVO_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium (browser tests, chart image downloads)..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM." >&2
echo "Install it as root with: apt-get install -y chromium  (or set SALVO_CHROMIUM to its path)" >&2
exit 1
