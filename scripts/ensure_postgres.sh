#!/usr/bin/env bash
# The test suite starts its own PostgreSQL 15 from the server binaries; make sure they and an unprivileged
# account to run them exist (initdb refuses root). Installs Debian's postgresql-15 only where it is missing.
set -euo pipefail
PG_BIN=${EVENTWIRE_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  else
    echo "ensure_postgres: $PG_BIN/initdb not found; PostgreSQL tests will be skipped" >&2
    exit 0
  fi
fi
if [ "$(id -u)" = 0 ] && ! id "${EVENTWIRE_PG_USER:-postgres}" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "${EVENTWIRE_PG_USER:-postgres}"
fi
