#!/usr/bin/env bash
# Installs what the console's browser tests need and is missing: Debian's Chromium and a CJK font
# (the console speaks Chinese; without one, screenshots show empty boxes). Fails, never skips.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk' || missing+=(fonts-wqy-zenhei)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-browser: installing ${missing[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || { echo "install-browser: apt-get update failed" >&2; exit 1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2 || { echo "install-browser: could not install ${missing[*]}" >&2; exit 1; }
fi
[ -x /usr/bin/chromium ] || { echo "install-browser: /usr/bin/chromium is still missing" >&2; exit 1; }
