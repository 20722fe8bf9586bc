#!/usr/bin/env bash
# Installs Debian's Chromium, which the end-to-end tests and `npm start` drive. Idempotent.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "Chromium is already installed: $(chromium --version 2>/dev/null || echo chromium)"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "install Chromium with your package manager and set CHROMIUM_PATH." chromium fonts-dejavu-core
echo "Installed $(chromium --version)"
