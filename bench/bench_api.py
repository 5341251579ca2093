"""Load test of the desk's API on a generated database of N incidents (1,000,000 by default).

    .venv/bin/python bench/bench_api.py                                   # SQLite, bench/out/api-1000000.db
    .venv/bin/python bench/bench_api.py --pg postgresql://postgres@127.0.0.1:5432/bench

The database is generated once (bulk inserts: executemany in one transaction on SQLite, COPY on PostgreSQL) and
reused. `eventwire serve` is started on a free port and load generator processes on the same machine send, for
--seconds each, three kinds of request: a list with filters (country and a date range), a list with more filters
(country, event type, minimum killed, sorted by killed), and one incident's detail (sources, evidence, texts,
history). Printed per kind: requests/s, p50/p95/p99 latency in ms, errors; JSON with --json."""
from __future__ import annotations

import argparse
import csv
import http.client
import json
import multiprocessing as mp
import os
import random
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
#: the issue's bar for list and detail requests with filters
TARGET_RPS = 300.0
TARGET_P99_MS = 100.0
COUNTRIES = ["AF", "IQ", "SY", "NG", "SO", "ML", "BF", "CD", "SD", "SS", "YE", "UA", "MM", "PK", "IN", "MX", "CO",
             "ET", "CM", "NE", "LY", "MZ", "PH", "TD", "CF", "KE", "EG", "LB", "PS", "HT"]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"]
ACTORS = [None, "Islamic State", "Taliban", "Al-Shabaab", "Boko Haram", "JNIM", "M23", "Houthis", "Gunmen",
          "Military forces", "Police forces", "Unidentified armed group", "Fulani militia", "Wagner Group"]
#: articles generated: incidents share them (several incidents per article), as wire copy does
ARTICLES_PER_INCIDENT = 0.2
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650
ROWS_PER_BATCH = 20000
#: seconds of each kind of request before measuring: the server's connections open, the database pages cached
WARM_SECONDS = 5.0


def _rows(n: int, seed: int = 17) -> Iterator[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]]:
    """(incident row, report row, article row or None) for n incidents, deterministic."""
    rng = random.Random(seed)
    n_articles = max(1, int(n * ARTICLES_PER_INCIDENT))
    for i in range(n):
        country = COUNTRIES[i % len(COUNTRIES)]
        day = (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
        lat, lon = round(rng.uniform(-35, 50), 5), round(rng.uniform(-90, 120), 5)
        killed = int(rng.paretovariate(1.3)) - 1 if rng.random() < 0.7 else None
        event_type = TYPES[rng.randrange(len(TYPES))]
        actor = ACTORS[rng.randrange(len(ACTORS))]
        art_no = i % n_articles
        art = f"a{art_no:09d}"
        report_id = f"{art}:{i // n_articles}"
        ident = f"ew-{i:012x}"
        text = (f"{actor or 'Unknown attackers'} killed {killed if killed is not None else 'several'} people in "
                f"an attack in {country} on {day}, officials said. Incident {i}.")
        start = text.index("killed")
        evidence = {"killed": [{"start": start, "end": start + 6, "text": "killed"}]}
        record = {"id": report_id, "article_id": art, "date": day, "date_precision": "day", "date_earliest": day,
                  "date_latest": day, "country": country, "admin1": f"Province {i % 40}", "location": f"Town {i % 997}",
                  "latitude": lat, "longitude": lon, "geo_precision": 1, "event_type": event_type,
                  "perpetrator": actor, "killed": killed, "evidence": evidence}
        merged = {**record, "id": ident, "evidence": {}, "killed_low": killed, "killed_best": killed,
                  "killed_high": killed, "report_ids": [report_id], "article_ids": [art], "n_sources": 1}
        incident = {"id": ident, "date": day, "date_precision": "day", "date_earliest": day, "date_latest": day,
                    "country": country, "admin1": record["admin1"], "location": record["location"], "latitude": lat,
                    "longitude": lon, "geo_precision": 1, "event_type": event_type, "perpetrator": actor,
                    "killed": killed, "killed_low": killed, "killed_best": killed, "killed_high": killed,
                    "n_sources": 1, "wide": 0, "cell": f"{int(lat // 1)}:{int(lon // 1)}",
                    "data": json.dumps(merged), "created_at": "2026-01-01T00:00:00+00:00",
                    "updated_at": "2026-01-01T00:00:00+00:00"}
        report = {"id": report_id, "incident_id": ident, "article_id": art, "seq": i + 1, "date_earliest": day,
                  "date_latest": day, "country": country, "killed": killed, "data": json.dumps(record)}
        article = None
        if i < n_articles:
            article = {"id": art, "article_key": art, "url": f"https://news.example.org/{art}", "source": "Bench Wire",
                       "title": f"Attack in {country}", "published": day, "origin": f"{art}.txt", "text": text,
                       "n_incidents": 1, "ingested_at": "2026-01-01T00:00:00+00:00"}
        yield incident, report, article


def generate_sqlite(path: Path, n: int) -> None:
    import sqlite3

    from eventwire.store import open_store

    tmp = path.with_suffix(".partial")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    open_store(str(tmp)).close()  # the schema, by eventwire's own migrations
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    inc_cols = reps_cols = art_cols = None
    batch: dict[str, list[tuple[Any, ...]]] = {"incidents": [], "reports": [], "articles": []}
    started = time.monotonic()

    def flush() -> None:
        for table, cols in (("incidents", inc_cols), ("reports", reps_cols), ("articles", art_cols)):
            if batch[table] and cols:
                marks = ",".join("?" * len(cols))
                conn.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})", batch[table])
                batch[table].clear()

    for k, (inc, rep, art) in enumerate(_rows(n)):
        inc_cols, reps_cols = inc_cols or list(inc), reps_cols or list(rep)
        batch["incidents"].append(tuple(inc.values()))
        batch["reports"].append(tuple(rep.values()))
        if art:
            art_cols = art_cols or list(art)
            batch["articles"].append(tuple(art.values()))
        if len(batch["incidents"]) >= ROWS_PER_BATCH:
            flush()
            if k % 200000 < ROWS_PER_BATCH:
                print(f"  {k + 1:,} incidents, {time.monotonic() - started:.0f} s", file=sys.stderr)
    flush()
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    tmp.rename(path)
    print(f"generated {n:,} incidents in {time.monotonic() - started:.0f} s: {path}", file=sys.stderr)


def generate_postgres(url: str, n: int) -> None:
    import psycopg

    from eventwire.store import open_store

    with psycopg.connect(url, autocommit=True) as conn:
        if _scalar(conn, "SELECT to_regclass('incidents') IS NOT NULL"):
            count = int(_scalar(conn, "SELECT count(*) FROM incidents"))
            if count >= n:
                return
            raise SystemExit(f"{url}: holds {count} incidents, fewer than {n}; use an empty database")
    open_store(url).close()
    started = time.monotonic()
    # one pass of the generator: incidents straight into COPY, reports and articles into CSV files beside it,
    # copied after (their foreign keys need the incidents and articles first)
    spill = {t: OUT / f"pg-{t}.csv" for t in ("reports", "articles")}
    cols: dict[str, list[str]] = {}
    with psycopg.connect(url) as conn, conn.cursor() as cur, \
            open(spill["reports"], "w", newline="", encoding="utf-8") as rep_fh, \
            open(spill["articles"], "w", newline="", encoding="utf-8") as art_fh:
        writers = {"reports": csv.writer(rep_fh), "articles": csv.writer(art_fh)}
        first = next(_rows(1))
        cols = {"incidents": list(first[0]), "reports": list(first[1]), "articles": list(first[2] or {})}
        with cur.copy(f"COPY incidents ({','.join(cols['incidents'])}) FROM STDIN") as copy:
            for inc, rep, art in _rows(n):
                copy.write_row(tuple(inc.values()))
                writers["reports"].writerow(rep.values())
                if art:
                    writers["articles"].writerow(art.values())
        rep_fh.close()
        art_fh.close()
        print(f"  incidents copied, {time.monotonic() - started:.0f} s", file=sys.stderr)
        for table in ("articles", "reports"):
            with cur.copy(f"COPY {table} ({','.join(cols[table])}) FROM STDIN (FORMAT csv)") as copy, \
                    open(spill[table], "rb") as fh:
                while block := fh.read(1 << 20):
                    copy.write(block)
            spill[table].unlink()
            print(f"  {table} copied, {time.monotonic() - started:.0f} s", file=sys.stderr)
        conn.commit()
        conn.execute("ANALYZE")
    print(f"generated {n:,} incidents in {time.monotonic() - started:.0f} s: {url}", file=sys.stderr)


def _scalar(conn: Any, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _requests(kind: str, n: int, rng: random.Random) -> str:
    country = COUNTRIES[rng.randrange(len(COUNTRIES))]
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 365))
    if kind == "list":
        end = start + timedelta(days=rng.choice((30, 90, 365)))
        return f"/api/incidents?country={country}&from={start}&to={end}&limit=50"
    if kind == "list-more":
        event = TYPES[rng.randrange(len(TYPES))].replace(" ", "%20").replace("/", "%2F")
        return f"/api/incidents?country={country}&event_type={event}&min_killed=1&sort=-killed&limit=50"
    return f"/api/incidents/ew-{rng.randrange(n):012x}"


def _client(port: int, kind: str, n: int, seconds: float, seed: int, out: Any) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        path = _requests(kind, n, rng)
        t0 = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        latencies.append(time.perf_counter() - t0)
    out.put((latencies, errors))


def load(port: int, kind: str, n: int, clients: int, seconds: float) -> dict[str, Any]:
    queue: Any = mp.Queue()
    procs = [mp.Process(target=_client, args=(port, kind, n, seconds, 1000 + i, queue)) for i in range(clients)]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    lat = sorted(x for r in results for x in r[0])
    errors = sum(r[1] for r in results)

    def pct(q: float) -> float:
        return round(lat[min(len(lat) - 1, int(q * len(lat)))] * 1000, 1) if lat else float("nan")

    return {"kind": kind, "requests": len(lat), "rps": round(len(lat) / seconds, 1), "p50_ms": pct(0.50),
            "p95_ms": pct(0.95), "p99_ms": pct(0.99), "errors": errors}


def serve(db: str, port: int, threads: int) -> subprocess.Popen[bytes]:
    config = OUT / "bench_api.toml"
    config.write_text(f"[serve]\nthreads = {threads}\n")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port), "--read-only",
                             "--config", str(config)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/incidents?limit=1", timeout=5):
                return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                said = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"eventwire serve did not start: {said[-2000:]}")
            time.sleep(0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--db", help="SQLite file (default bench/out/api-N.db, generated when missing)")
    parser.add_argument("--pg", help="a postgresql:// URL of an empty (or already generated) database instead")
    parser.add_argument("--clients", type=int, default=8, help="load generator processes")
    parser.add_argument("--threads", type=int, default=16, help="the server's worker threads ([serve] threads)")
    parser.add_argument("--seconds", type=float, default=20.0, help="per kind of request")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.pg:
        generate_postgres(args.pg, args.incidents)
        db = args.pg
    else:
        path = Path(args.db) if args.db else OUT / f"api-{args.incidents}.db"
        if not path.exists():
            generate_sqlite(path, args.incidents)
        db = str(path)
    port = _free_port()
    proc = serve(db, port, args.threads)
    try:
        for kind in ("list", "list-more", "detail"):  # warm the connections and the page cache
            load(port, kind, args.incidents, args.clients, WARM_SECONDS)
        results = [load(port, kind, args.incidents, args.clients, args.seconds)
                   for kind in ("list", "list-more", "detail")]
    finally:
        proc.terminate()
        proc.wait(10)
    meets = all(r["rps"] >= TARGET_RPS and r["p99_ms"] <= TARGET_P99_MS and not r["errors"] for r in results)
    summary = {"db": "postgresql" if args.pg else "sqlite", "incidents": args.incidents, "clients": args.clients,
               "threads": args.threads, "cpus": os.cpu_count(), "results": results, "meets_target": meets}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"{summary['db']}, {args.incidents:,} incidents, {args.clients} clients, {args.threads} server threads, "
              f"{os.cpu_count()} CPUs")
        for r in results:
            print(f"  {r['kind']:<10} {r['rps']:>8.1f} req/s  p50 {r['p50_ms']:>6.1f} ms  p95 {r['p95_ms']:>6.1f} ms  "
                  f"p99 {r['p99_ms']:>6.1f} ms  errors {r['errors']}")
        print(f"target (>= {TARGET_RPS:.0f} req/s, p99 <= {TARGET_P99_MS:.0f} ms, no errors): "
              f"{'met' if meets else 'NOT met'}")


if __name__ == "__main__":
    main()
