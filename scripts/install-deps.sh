#!/usr/bin/env bash
# Installs the Debian 12 packages Cartera needs to build, run and test.
# The one place the package list lives: both README commands and .ci/run call it.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libphonenumber-dev
  libgl-dev libxkbcommon-dev libqt6opengl6-dev
  qt6-qpa-plugins
  sqlite3 poppler-utils xvfb xauth imagemagick time
  postgresql-15 util-linux openssl
  appstream dpkg-dev librsvg2-bin desktop-file-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "Installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
