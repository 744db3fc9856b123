#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core; install it when it is missing.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $chromium_path; install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Chromium with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
