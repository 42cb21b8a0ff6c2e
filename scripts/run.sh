#!/usr/bin/env bash
# Quick start, command 1: build and start Cartera on its default database
# (a SQLite file under the user's data folder, created and migrated on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec "${CARTERA_BUILD_DIR:-build}/app/cartera" "$@"
