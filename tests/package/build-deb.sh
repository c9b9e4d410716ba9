#!/usr/bin/env bash
# Makes the Debian package of this build with CPack (the fixture of the other package tests).
# Usage: build-deb.sh BUILD_DIR OUTDIR
set -euo pipefail
BUILD=$1; OUT=$2
start=$(date +%s%N)
rm -f "$OUT"/phoenix_*.deb
cpack -G DEB -B "$OUT" --config "$BUILD/CPackConfig.cmake" >"$OUT.log" 2>&1 || { cat "$OUT.log"; exit 1; }
debs=("$OUT"/phoenix_*.deb)
[ -f "${debs[0]}" ] || { cat "$OUT.log"; echo "build-deb: cpack made no phoenix_*.deb" >&2; exit 1; }
ms=$((($(date +%s%N) - start) / 1000000))
echo "build-deb: ${debs[0]} ($(du -k "${debs[0]}" | cut -f1) KiB) in $((ms / 1000)).$((ms % 1000 / 100)) s"
dpkg-deb -f "${debs[0]}" Package Version Depends Recommends Installed-Size
