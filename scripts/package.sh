#!/usr/bin/env bash
# Builds Cartera in Release mode and makes the Debian package (cartera_<version>_<arch>.deb)
# in build-package/ (or $CARTERA_PACKAGE_DIR). Install it with:
#   sudo apt-get install ./build-package/cartera_*.deb && cartera --version
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR="${CARTERA_PACKAGE_DIR:-build-package}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCARTERA_BUILD_TESTS=OFF -DCARTERA_BUILD_BENCH=OFF
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
(cd "$BUILD_DIR" && cpack -G DEB)
deb=$(ls -1t "$BUILD_DIR"/cartera_*.deb | head -1)
echo
echo "Package: $deb"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends
appstreamcli validate --no-net packaging/co.cartera.Cartera.metainfo.xml
