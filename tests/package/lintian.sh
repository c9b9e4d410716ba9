#!/usr/bin/env bash
# lintian on the package: every tag is printed, errors fail (issue 17).
# Usage: lintian.sh PACKAGE.deb
set -euo pipefail
command -v lintian >/dev/null || { echo "lintian is missing (tests/setup/install-deps.sh test)" >&2; exit 1; }
start=$(date +%s)
# The package is built by CPack from a cmake tree, not from a
# Debian source package, so there is no source to check.
lintian --fail-on error --display-level '>=info' --tag-display-limit 0 "$1" && rc=0 || rc=$?
echo "lintian: rc $rc, $(($(date +%s) - start)) s"
exit $rc
