#!/usr/bin/env bash
# Installs Debian's Chromium, which the end-to-end tests and `npm start` drive. Idempotent.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "Chromium is already installed: $(chromium --version 2>/dev/null || echo chromium)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo to install Chromium." >&2; exit 1; }
  SUDO="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "apt-get not found: install Chromium with your package manager and set CHROMIUM_PATH." >&2; exit 1; }
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "Installed $(chromium --version)"
