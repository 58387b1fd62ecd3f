#!/usr/bin/env bash
# `make test` runs the store tests on PostgreSQL too: make sure the machine has its server
# binaries, installing the distribution's package when they are missing (root only).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL server binaries are missing: install the 'postgresql' package" \
         "(or set BRIEFBOT_TEST_PG=skip to leave its tests out)" >&2
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
elif command -v dnf >/dev/null 2>&1; then
    dnf install -y -q postgresql-server postgresql-contrib
elif command -v apk >/dev/null 2>&1; then
    apk add --quiet postgresql postgresql-contrib
fi
