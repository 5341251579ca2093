# The two commands of the README. Both install everything they need into .venv first.
PY := .venv/bin/python

.PHONY: install demo test accuracy bench train clean

install:
	bash scripts/install.sh

# Code the sample articles into SQLite, show the incidents, and print the command that serves them on the desk.
demo: install
	rm -f eventwire.db eventwire.db-wal eventwire.db-shm
	.venv/bin/eventwire ingest samples --db eventwire.db
	COLUMNS=200 .venv/bin/eventwire incidents --db eventwire.db --format table
	@echo 'Explore, map, review and correct them in the browser:  .venv/bin/eventwire serve --db eventwire.db  (then open http://127.0.0.1:8642/)'

# The whole test suite, accuracy gate included (needs ../shared/data; skips cleanly without it), after the static
# checks (docs/architecture.md, "Static checks").
test: install
	$(PY) -m ruff check src tests bench scripts
	$(PY) -m mypy
	bash scripts/ensure_postgres.sh
	$(PY) -m pytest -q -p no:cacheprovider

accuracy: install
	$(PY) scripts/accuracy_report.py

# The performance suite (issue 18): coding rates and RSS (conflict-only, a ~10%-conflict stream) next to spaCy's parse,
# Dask with 1 and 2 workers, ingest into SQLite and PostgreSQL, side by side in one run (docs/scale.md).
bench: install
	OMP_NUM_THREADS=1 $(PY) bench/bench_code.py --suite --limit 300

# Re-fit the shipped models on MUC-4 train (never run by CI): the role tagger (~11 min), the role ranker (~2 min),
# then the MUC-4 typer (~3 min), whose labels pair the templates the two role models fill with the key's; the
# relevance models; the learned ACLED and GTD types from ACLED notes and GTD summaries (~3 min of CPU); dedupe's list
# of boilerplate keys from the tune half of the GVA articles.
train: install
	OMP_NUM_THREADS=1 $(PY) scripts/train_roles.py
	$(PY) scripts/train_role_ranker.py
	$(PY) scripts/train_muc_typer.py
	$(PY) scripts/train_relevance.py
	$(PY) scripts/train_types.py
	$(PY) scripts/build_dedupe_boilerplate.py

clean:
	rm -rf .venv build *.egg-info eventwire.db eventwire.db-*
