#!/bin/sh
# Makes a fresh machine ready for yuebao, and does nothing on one that is ready:
#  1. npm packages (npm ci) when node_modules is missing or older than the lock file;
#  2. a Chromium to print with, from Debian's apt, when none is found
#     (PUPPETEER_EXECUTABLE_PATH, then the usual paths; see src/print/find-browser.ts).
# Puppeteer's own browser download cannot work offline, so it is always skipped.
# It speaks Chinese like the rest of yuebao, English with YUEBAO_LANG=en.
set -e
cd "$(dirname "$0")/.."
export PUPPETEER_SKIP_DOWNLOAD=1

say() {
  case "${YUEBAO_LANG:-zh}" in
    en*) echo "$2" ;;
    *) echo "$1" ;;
  esac
}

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "yuebao：正在安装 npm 软件包（npm ci）……" "yuebao: installing npm packages (npm ci) …"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! node --import tsx src/print/find-browser.ts >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "yuebao：没有找到 Chromium 浏览器，正在用 apt-get 安装 Debian 的 chromium……" "yuebao: no Chromium found; installing Debian's chromium with apt-get …"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "yuebao：没有找到 Chromium 或 Chrome 浏览器。请安装一个（Debian：sudo apt-get install chromium），" "yuebao: no Chromium or Chrome found. Install one (Debian: sudo apt-get install chromium)" >&2
    say "        或用 PUPPETEER_EXECUTABLE_PATH 指明它的位置。" "        or set PUPPETEER_EXECUTABLE_PATH to its executable." >&2
    exit 1
  fi
fi
