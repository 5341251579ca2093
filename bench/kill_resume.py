"""kill -9 during an ingest, then a re-run, gives the same tables as an uninterrupted ingest (issue 16).

    .venv/bin/python bench/kill_resume.py               # 10,000 real articles: the GVA file, then MUC-4 texts
    .venv/bin/python bench/kill_resume.py -n 60 --batch 5

Real articles from ../shared/data (GVA articles.jsonl with their dates, then MUC-4 dev and train texts) are
written to one JSONL file and ingested twice: once without a break, once killed with SIGKILL after its first
committed batches and run again to the end. Every table is then compared row by row (timestamps and the merge
log's serial ids aside). Prints the figures as JSON and exits 1 when the tables differ.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"

#: each table's columns compared; timestamps (ingested_at, created_at, updated_at, at) and serial ids are left out
TABLES = {
    "articles": "id, article_key, url, source, title, published, origin, dateline_place, text, spin_score, spun, "
                "n_incidents",
    "incidents": "id, date, date_precision, date_earliest, date_latest, country, admin1, location, latitude, "
                 "longitude, event_type, perpetrator, killed, wounded, n_sources, wide, cell, data",
    "reports": "id, incident_id, article_id, seq, data",
    "merges": "action, incident_id, report_id, other_incident_id, by_user, score, reasons",
    "links": "report_a, report_b, kind",
    "failures": "origin, reason, stage",
}


def write_articles(path: Path, n: int) -> int:
    """The first n real articles (GVA with text, then MUC-4 dev and train) as one JSONL file; returns how many."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        sources = [(DATA / "gva" / "articles.jsonl", "gva"), (DATA / "muc4" / "dev.json", "muc4"),
                   (DATA / "muc4" / "train.json", "muc4")]
        for source, kind in sources:
            with source.open(encoding="utf-8") as fh:
                for line in fh:
                    if written >= n:
                        return written
                    record = json.loads(line)
                    if kind == "gva":
                        if not (record.get("text") or "").strip():
                            continue
                        row = {k: record.get(k) for k in ("id", "title", "date", "url", "text")}
                    else:
                        row = {"id": record["docid"], "text": record["doctext"]}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
    return written


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def tables(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in TABLES.items()}
    finally:
        conn.close()


def _ingest(articles: Path, db: Path, config: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_CONFIG"}
    return subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", str(articles), "--db", str(db), "-q",
                             "--config", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def run(n: int, batch: int, work: Path, kill_after: int | None = None, timeout: int = 36000,
        extra_config: str = "") -> dict:
    """Ingest n articles uninterrupted and killed-then-resumed; compare the tables."""
    articles = work / "articles.jsonl"
    total = write_articles(articles, n)
    config = work / "ingest.toml"
    config.write_text(f"[store]\nbatch_size = {batch}\n{extra_config}", encoding="utf-8")
    started = time.monotonic()
    whole = _ingest(articles, work / "whole.db", config)
    whole_rc = whole.wait(timeout)
    whole_s = time.monotonic() - started
    kill_after = kill_after or batch
    started = time.monotonic()
    victim = _ingest(articles, work / "killed.db", config)
    stored_at_kill = 0
    while victim.poll() is None and time.monotonic() - started < timeout:
        stored_at_kill = _count(work / "killed.db")
        if stored_at_kill >= kill_after:
            break
        time.sleep(0.05)
    running_at_kill = victim.poll() is None
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    resumed = _ingest(articles, work / "killed.db", config)
    resumed_rc = resumed.wait(timeout)
    a, b = tables(work / "whole.db"), tables(work / "killed.db")
    differ = {t: (len(a[t]), len(b[t])) for t in TABLES if a[t] != b[t]}
    return {
        "articles": total, "batch_size": batch, "uninterrupted_rc": whole_rc, "uninterrupted_s": round(whole_s, 1),
        "killed_while_running": running_at_kill, "stored_when_killed": stored_at_kill, "resumed_rc": resumed_rc,
        "rows": {t: len(a[t]) for t in TABLES}, "tables_differ": differ,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=200, help="store.batch_size (default: the packaged 200)")
    parser.add_argument("--kill-after", type=int, help="kill once this many articles are stored (default: one batch)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-kill-") as tmp:
        figures = run(args.n, args.batch, Path(tmp), args.kill_after)
    print(json.dumps(figures, indent=1))
    ok = figures["killed_while_running"] and not figures["tables_differ"] and figures["resumed_rc"] in (0, 1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
