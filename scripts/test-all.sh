#!/usr/bin/env bash
# Every test, from a clean clone on a fresh Debian/Ubuntu machine: installs what is
# missing (Debian's chromium for the browser tests, xmllint for the manifest), the npm
# packages from the lock file, then runs `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (apt-get)…"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm test
