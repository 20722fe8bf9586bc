#!/usr/bin/env bash
# Installs both browsers the end-to-end tests drive (Debian's Chromium and Firefox ESR). Idempotent.
set -euo pipefail
cd "$(dirname "$0")"
bash install-chromium.sh
bash install-firefox.sh
