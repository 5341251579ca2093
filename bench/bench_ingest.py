#!/usr/bin/env python3
"""Ingest throughput and memory: generate N articles by varying real ones, ingest them with 1 and 2 workers.

  python bench/bench_ingest.py --n 100000 --workers 1 2 --coder template
  python bench/bench_ingest.py --n 2000 --workers 1 2 --coder pipeline
  python bench/bench_ingest.py --n 100000 --workers 2 --coder pipeline --body acled

--body muc4 varies MUC-4 messages (about 300 words); --body acled varies the notes of ACLED's South Asia 2015
file (real short reports, about 80 words), so the real pipeline can ingest 100,000 in a session.

--coder template codes each article with a cheap regex coder so the run measures reading, hashing, dedupe
and the database; --coder pipeline runs eventwire's real extraction (much slower: spaCy per article).
Inputs and databases go to bench/out/ (git-ignored). Prints one line per run and a JSON summary.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Iterator

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
SHARED = REPO.parent / "shared"
#: seed for the generator: every run of a given --n sees the same articles, so runs compare
SEED = 20221218
#: places the generator writes into articles and the template coder finds again: (name, country, admin1, lat, lon)
PLACES = [
    ("Kirkuk", "IQ", "Kirkuk", 35.468, 44.392), ("Tarmiya", "IQ", "Baghdad", 33.673, 44.392),
    ("Mosul", "IQ", "Nineveh", 36.340, 43.130), ("Tikrit", "IQ", "Salah al-Din", 34.607, 43.678),
    ("Deir ez-Zor", "SY", "Deir ez-Zor", 35.336, 40.141), ("Maiduguri", "NG", "Borno", 11.846, 13.160),
    ("Mogadishu", "SO", "Banaadir", 2.046, 45.318), ("Kabul", "AF", "Kabul", 34.528, 69.172),
    ("Quetta", "PK", "Balochistan", 30.184, 67.001), ("San Salvador", "SV", "San Salvador", 13.689, -89.187),
    ("Medellin", "CO", "Antioquia", 6.244, -75.581), ("Ayacucho", "PE", "Ayacucho", -13.159, -74.224),
]
TARGETS = [("police patrol", "Police"), ("army outpost", "Military"), ("market", "Private Citizens & Property"),
           ("checkpoint", "Police"), ("convoy", "Military")]


def acled_notes(limit: int = 4000) -> list[str]:
    """Real short reports: the notes of ACLED's South Asia 2015 rows (an older file that no scorer uses)."""
    path = SHARED / "data" / "acled" / "acled_south_asia_2015.csv"
    if not path.exists():
        raise SystemExit(f"--body acled needs {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        notes = [r["NOTES"].strip() for r in csv.DictReader(fh) if len(r.get("NOTES") or "") > 40]
    return notes[:limit]


def base_texts(limit: int = 400, body: str = "muc4") -> list[str]:
    """Real article bodies to vary: the seed, our Kirkuk fixtures, and MUC-4 messages where ../shared has them."""
    if body == "acled":
        return acled_notes()
    texts = []
    for p in [SHARED / "seed" / "000_4c74c92a67e39f7d.txt", *sorted((REPO / "tests" / "fixtures").glob("kirkuk_*.txt"))]:
        if p.exists():
            texts.append(re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", p.read_text(encoding="utf-8")))
    docs = SHARED / "data" / "muc4" / "doc_train.jsonl"
    if docs.exists():
        with docs.open(encoding="utf-8") as fh:
            for line in fh:
                texts.append(json.loads(line)["text"].capitalize())
                if len(texts) >= limit:
                    break
    return texts


#: villages per base place, on a grid this many degrees apart (~65 km: further than dedupe.max_km)
VILLAGES = 25
VILLAGE_STEP = 0.6
#: reports per event are 1 + a geometric count with this mean: most attacks get one report, a few get many
EXTRA_REPORTS_MEAN = 1.0


def village(place: tuple, k: int) -> tuple:
    name, country, admin1, lat, lon = place
    return (f"{name} village {k}" if k else name, country, admin1,
            round(lat + VILLAGE_STEP * (k % 5), 3), round(lon + VILLAGE_STEP * (k // 5), 3))


ALL_PLACES = [village(p, k) for p in PLACES for k in range(VILLAGES)]


def generate(n: int, path: Path, body: str = "muc4") -> Path:
    """N distinct JSONL articles reporting events: each event (place, day, target, toll) gets one or more
    reports, later ones with a revised toll; each report is a real body with a new lead sentence."""
    rng = random.Random(SEED)
    texts = base_texts(body=body)
    start = date(2022, 1, 1)
    written = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < n:
            place = rng.choice(ALL_PLACES)
            target, _ = rng.choice(TARGETS)
            day = start + timedelta(days=rng.randrange(365))
            killed = rng.randrange(1, 30)
            reports = 1
            while rng.random() < EXTRA_REPORTS_MEAN / (1 + EXTRA_REPORTS_MEAN):
                reports += 1
            for r in range(min(reports, n - written)):
                toll = killed + (rng.randrange(0, 3) if r else 0)  # follow-ups revise the toll upwards
                lead = (f"Attackers struck a {target} in {place[0]} on {day:%d %B %Y}, killing {toll} people, "
                        f"officials said (report {written}).")
                published = day + timedelta(days=rng.randrange(3))
                fh.write(json.dumps({"id": f"gen-{written}", "text": f"{lead}\n\n{rng.choice(texts)}",
                                     "date": published.isoformat(),
                                     "source": rng.choice(["AFP", "Reuters", "AP", "Xinhua", "local"])}) + "\n")
                written += 1
    return path


PLACE_BY_NAME = {p[0]: p for p in ALL_PLACES}


def template_coder(articles: Iterable, options) -> Iterator:
    """A cheap stand-in for the pipeline: finds the generated lead's place, date, toll and target by regex."""
    from eventwire.records import CodedArticle, Incident

    for a in articles:
        m = re.search(r"struck an? ([a-z ]+?) in (.+?) on (\d{2} \w+ \d{4}), killing (\d+)", a.text)
        incidents = ()
        if m:
            place = PLACE_BY_NAME.get(m.group(2))
            ttype = next((t for name, t in TARGETS if name == m.group(1)), None)
            when = time.strptime(m.group(3), "%d %B %Y")
            if place:
                incidents = (Incident(
                    id="gen", article_id=a.id, date=time.strftime("%Y-%m-%d", when), date_precision="day",
                    country=place[1], admin1=place[2], location=place[0], latitude=place[3], longitude=place[4],
                    geo_precision=1, event_type="Explosions/Remote violence", target_types=(ttype,) if ttype else (),
                    killed=int(m.group(4)), summary=m.group(0)),)
        yield CodedArticle(article=a, incidents=incidents)


def peak_rss_mb() -> float:
    """Largest resident set of this process or any finished child (workers), in MB (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def run(inputs: Path, db: Path, workers: int, coder: str, batch_size: int | None) -> dict:
    from eventwire.ingest import ingest
    from eventwire.options import Options
    from eventwire.store import open_store

    overrides = {"store": {"workers": workers, "batch_size": batch_size}}
    options = Options.load(overrides=overrides, use_env=False)
    store = open_store(str(db), options)
    last = [time.perf_counter()]

    def progress(report, failures) -> None:
        if time.perf_counter() - last[0] > 10:
            last[0] = time.perf_counter()
            print(f"  ... {report.read} read, {report.articles_per_s:.0f}/s, rss {peak_rss_mb():.0f} MB",
                  file=sys.stderr, flush=True)

    report = ingest([str(inputs)], store, options, progress, workers=workers,
                    coder=template_coder if coder == "template" else None)
    counts = store.counts()
    store.close()
    return {"workers": workers, "coder": coder, **report.to_dict(), "counts": counts, "peak_rss_mb": round(peak_rss_mb())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100000, help="articles to generate")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--coder", choices=["template", "pipeline"], default="template")
    ap.add_argument("--body", choices=["muc4", "acled"], default="muc4",
                    help="real bodies to vary: MUC-4 messages (long) or ACLED South Asia notes (short)")
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--db", type=Path, default=None, help="database to ingest into (kept between runs: resumes)")
    ap.add_argument("--inputs", type=Path, default=None, help="JSONL to ingest (generated when absent)")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    tag = "" if args.body == "muc4" else f"_{args.body}"
    inputs = args.inputs or OUT / f"articles_{args.n}{tag}.jsonl"
    if not inputs.exists():
        t = time.perf_counter()
        generate(args.n, inputs, args.body)
        print(f"generated {args.n} articles -> {inputs} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    results = []
    for w in args.workers:
        db = args.db or OUT / f"bench_{args.n}{tag}_{args.coder}_w{w}.db"
        if args.db is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        r = run(inputs, db, w, args.coder, args.batch_size)
        r.pop("failures", None)
        results.append(r)
        print(f"workers={w} coder={args.coder}: {r['read']} articles in {r['seconds']:.1f} s = "
              f"{r['articles_per_s']:.1f} articles/s; {r['counts']['incidents']} incidents, {r['merged']} merged "
              f"reports, {r['failed']} failures; peak RSS {r['peak_rss_mb']} MB", flush=True)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
