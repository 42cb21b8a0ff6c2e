#!/usr/bin/env bash
# Quick start, command 2: build and run the whole test suite with CTest. The repository tests
# also run against a throwaway PostgreSQL cluster that this script starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
BUILD_DIR="${CARTERA_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen

PG_DIR="$(mktemp -d /tmp/cartera-pg.XXXXXX)"
chmod 755 "$PG_DIR"
trap 'bash scripts/pg-cluster.sh stop "$PG_DIR"; rm -rf "$PG_DIR"' EXIT
# The first free port from 55432 on, so that two runs (or a developer's server) do not clash.
PG_PORT="${CARTERA_TEST_PG_PORT:-55432}"
while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
CARTERA_TEST_POSTGRES="$(bash scripts/pg-cluster.sh start "$PG_DIR" "$PG_PORT")"
export CARTERA_TEST_POSTGRES

ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
