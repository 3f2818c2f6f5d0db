#!/bin/sh
# Makes a fresh machine ready for yuebao, and does nothing on one that is ready:
#  1. npm packages (npm ci) when node_modules is missing or older than the lock file;
#  2. a Chromium to print with, from Debian's apt, when none is found
#     (PUPPETEER_EXECUTABLE_PATH, then the usual paths; see src/print/find-browser.ts).
# Puppeteer's own browser download cannot work offline, so it is always skipped.
set -e
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "yuebao: installing npm packages (npm ci) …"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! node --import tsx src/print/find-browser.ts >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "yuebao: no Chromium found; installing Debian's chromium with apt-get …"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "yuebao: no Chromium or Chrome found. Install one (Debian: sudo apt-get install chromium)" >&2
    echo "        or set PUPPETEER_EXECUTABLE_PATH to its executable." >&2
    exit 1
  fi
fi
