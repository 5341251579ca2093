"""Benchmark: articles per second per core for `code`, next to spaCy's own parse time of the same texts.

Usage: python bench/bench_code.py [--limit 500] [--json OUT] [--mixed]

Reads the MUC-4 texts (../shared/data/muc4/doc_train.jsonl and doc_dev.jsonl, real wire reports), codes them
with eventwire on one core, and parses the same texts with the bare spaCy pipeline. Targets (issue 2):
>= 10 articles/s/core, and eventwire's total time <= 1.5x spaCy's parse time.

--mixed (issue 20) codes a stream like real input instead: the real web pages (../shared/data/web, mostly not about
conflict), GVA local news articles and MUC-4 texts in equal shares, twice, with the learned relevance (article gate
and act filter) on and off, and reports both rates, the time the gate and the act filter took (ms per article) and
how many articles the gate kept from the parse.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target is per core

REPO = Path(__file__).resolve().parent.parent
MUC4 = REPO.parent / "shared" / "data" / "muc4"


def load_texts(limit: int) -> list[dict]:
    docs: list[dict] = []
    for name in ("doc_dev.jsonl", "doc_train.jsonl"):
        path = MUC4 / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                docs.append(json.loads(line))
                if len(docs) >= limit:
                    return docs
    return docs


def mixed(limit: int) -> dict:
    """Rates on a mixed stream with relevance on and off, and the cost of the relevance models."""
    from eventwire import pipeline
    from eventwire.evaluate import web
    from eventwire.options import Options
    from eventwire.read import _json_article
    from eventwire.records import Article

    share = max(1, limit // 3)
    off = Options.load(overrides={"relevance": {"enabled": False}})
    on = Options.load()
    pages = [a for _, a in web.articles(web.load(REPO.parent / "shared" / "data" / "web"), off)
             if isinstance(a, Article)][:share]
    with open(REPO.parent / "shared" / "data" / "gva" / "articles.jsonl", encoding="utf-8") as fh:
        gva = [json.loads(line) for _, line in zip(range(share), fh)]
    local = [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r["date"]) for r in gva if r["text"]]
    muc = [_json_article(d, f"muc4:{d['docid']}", off, "1990-01-01") for d in load_texts(share)]
    stream = [a for trio in zip(pages, local, muc) for a in trio]
    list(pipeline.code_articles(stream[:6], on))  # load every model before timing
    spent = {"gate": 0.0, "act": 0.0, "kept": 0}  # relevance-on run only
    gate, act = pipeline.gate, pipeline.act_filter

    def timed_gate(articles, options):
        t = time.perf_counter()
        out = gate(articles, options)
        if options.relevance.enabled:
            spent["gate"] += time.perf_counter() - t
            spent["kept"] += sum(out)
        return out

    def timed_act(incidents, articles, options):
        t = time.perf_counter()
        out = act(incidents, articles, options)
        spent["act"] += time.perf_counter() - t
        return out

    pipeline.gate, pipeline.act_filter = timed_gate, timed_act
    try:
        result = {"stream": f"{len(pages)} web pages + {len(local)} GVA articles + {len(muc)} MUC-4 texts"}
        for name, options in (("relevance_off", off), ("relevance_on", on)):
            started = time.perf_counter()
            incidents = sum(len(c.incidents) for c in pipeline.code_articles(stream, options))
            seconds = time.perf_counter() - started
            result[name] = {"seconds": round(seconds, 2), "articles_per_second_per_core": round(len(stream) / seconds, 1),
                            "incidents": incidents}
    finally:
        pipeline.gate, pipeline.act_filter = gate, act
    result["gate_ms_per_article"] = round(1000 * spent["gate"] / len(stream), 1)
    result["act_filter_ms_per_article"] = round(1000 * spent["act"] / len(stream), 1)
    result["articles_past_gate"] = f"{spent['kept']}/{len(stream)}"
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--mixed", action="store_true", help="a mixed real stream, relevance on and off")
    args = parser.parse_args()
    if args.mixed:
        result = mixed(args.limit)
        print(json.dumps(result, indent=2))
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    docs = load_texts(args.limit)
    if not docs:
        print(f"skipped: {MUC4} not found", file=sys.stderr)
        return 0

    import spacy

    from eventwire.options import default_options
    from eventwire.pipeline import code_articles
    from eventwire.read import _json_article  # the JSONL reader's own record conversion

    options = default_options()
    nlp = spacy.load(options.parse.model)  # spaCy's own full pipeline, as shipped, is the yardstick
    articles = [_json_article(d, f"muc4:{d['docid']}", options, "1990-01-01") for d in docs]
    words = sum(len(a.text.split()) for a in articles)
    warm = list(code_articles(articles[:5], options))  # load lexicons, gazetteer and tables before timing
    del warm

    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=options.parse.batch_size):
        pass
    spacy_seconds = time.perf_counter() - started

    started = time.perf_counter()
    incidents = sum(len(c.incidents) for c in code_articles(articles, options))
    eventwire_seconds = time.perf_counter() - started

    result = {
        "articles": len(articles),
        "words": words,
        "incidents": incidents,
        "spacy_parse_seconds": round(spacy_seconds, 2),
        "eventwire_seconds": round(eventwire_seconds, 2),
        "articles_per_second_per_core": round(len(articles) / eventwire_seconds, 1),
        "ratio_to_spacy_parse": round(eventwire_seconds / spacy_seconds, 2),
    }
    for key, value in result.items():
        print(f"{key:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
