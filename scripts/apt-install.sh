#!/usr/bin/env bash
# Installs Debian packages with apt-get, as root or through sudo: `apt-install.sh "<what to do
# without apt-get>" package…`. Shared by the browser install scripts.
set -euo pipefail
without_apt="$1"
shift
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo to install $*." >&2; exit 1; }
  SUDO="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "apt-get not found: $without_apt" >&2; exit 1; }
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
