#!/usr/bin/env bash
# Installs Debian's Firefox ESR, which the Firefox end-to-end tests drive, with what they run it in:
# Xvfb (Firefox runs with a window, so the Save As dialog is a real one), xdotool and xprop (to
# answer that dialog). Idempotent.
set -euo pipefail
missing=()
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || missing+=(firefox-esr)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
command -v xprop >/dev/null 2>&1 || missing+=(x11-utils)
if [ ${#missing[@]} -eq 0 ]; then
  echo "Firefox is already installed: $( (firefox-esr --version || firefox --version) 2>/dev/null | head -1)"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "install ${missing[*]} with your package manager (and set FIREFOX_PATH)." "${missing[@]}" fonts-dejavu-core
echo "Installed $( (firefox-esr --version || firefox --version) 2>/dev/null | head -1), with ${missing[*]}"
