#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core; install it when it is missing. Idempotent:
# with Chromium in place it exits at once, and a rerun after an interrupted install picks up where apt left off.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $chromium_path; install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
# A fresh CI machine may still be running its boot-time apt jobs (apt-daily, unattended upgrades, cloud-init):
# wait up to 10 minutes for their locks instead of failing the run. DPkg::Lock::Timeout makes apt-get wait for the
# dpkg lock; `update` also takes the package lists' lock, which that option does not cover (apt 2.6), so it is
# retried while that lock alone stands in its way.
apt_get=(env LC_ALL=C DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
echo "Installing Chromium with apt-get…"
deadline=$((SECONDS + 600))
until output=$("${apt_get[@]}" update -qq 2>&1); do
  if [[ $output != *"Could not get lock"* ]] || ((SECONDS >= deadline)); then
    echo "$output" >&2
    exit 1
  fi
  echo "Waiting for another apt process to release its lock…"
  sleep 5
done
if [ -n "$output" ]; then echo "$output"; fi
"${apt_get[@]}" install -y -qq chromium >/dev/null
