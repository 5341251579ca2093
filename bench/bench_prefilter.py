"""Benchmark: what the trigger scan (prefilter.py) loses and what it skips, on the shared evaluation data.

Usage: python bench/bench_prefilter.py [--json OUT] [--code-rejected] [--cascade [--below P]]

Articles with a gold incident (the "conflict side"): MUC-4 texts with a template (train and dev), the web pages
whose gold holds an incident, every GVA article, every GVDB article, the WikiEvents documents. Articles with none
(the "rest"): the web pages whose gold is empty and the MUC-4 texts with no template. For each set it reports how
many articles the scan turns away and its cost in microseconds an article. With --code-rejected every article with
a gold incident that the scan turns away is coded with the scan off, and the incidents eventwire would have coded
from it are counted: those, and only those, are what the scan loses.

With --cascade it measures the learned gate's cheap model (relevance.py, with its guard: an article telling a strong
act is never a sure negative) the same way, on the articles the scan keeps: its cost (ms an article), how many it
decides alone (sure negative, sure positive) and how many it leaves to MiniLM, for each set; and what it loses:
every article with a gold incident that it turns away (sure negative) is scored by MiniLM, and those MiniLM would
have kept are coded with the cascade off (MiniLM deciding every article, as before it) and their incidents counted.
Those incidents are what the cheap gate loses.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"


def muc4(with_templates: bool) -> list[tuple[str, str | None, str]]:
    """(id, title, text) of the MUC-4 texts (upper-case originals) that have, or have not, a template."""
    has: dict[str, bool] = {}
    for name in ("train.json", "dev.json"):
        with open(DATA / "muc4" / name, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                has[d["docid"]] = bool(d["templates"])
    out = []
    for name in ("doc_train.jsonl", "doc_dev.jsonl"):
        with open(DATA / "muc4" / name, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if has.get(d["docid"]) is with_templates:
                    out.append((f"muc4:{d['docid']}", None, d["text"]))
    return out


def web(with_incidents: bool) -> list[tuple[str, str | None, str]]:
    from eventwire.evaluate import web as web_eval
    from eventwire.options import Options
    from eventwire.records import Article

    options = Options.load(overrides={"relevance": {"enabled": False}})
    out = []
    for gold, article in web_eval.articles(web_eval.load(DATA / "web"), options):
        if isinstance(article, Article) and bool(gold["incidents"]) is with_incidents:
            out.append((f"web:{gold['article']}", article.title, article.text))
    return out


def gva() -> list[tuple[str, str | None, str]]:
    with open(DATA / "gva" / "articles.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [(f"gva:{r['id']}", r.get("title"), r["text"]) for r in rows if r.get("text")]


def gvdb() -> list[tuple[str, str | None, str]]:
    from eventwire.evaluate import gvdb as gvdb_eval

    return [(f"gvdb:{r['id']}", r.get("title"), r["text"]) for r in gvdb_eval.load(DATA / "gvdb" / "dev.tsv")]


def wikievents() -> list[tuple[str, str | None, str]]:
    with open(DATA / "wikievents" / "dev.jsonl", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    return [(f"wikievents:{d['doc_id']}", None, " ".join(d["tokens"])) for d in docs]


def sets() -> dict[str, tuple[bool, list[tuple[str, str | None, str]]]]:
    """{name: (has a gold incident, articles)}."""
    return {
        "muc4_with_template": (True, muc4(True)),
        "web_with_incident": (True, web(True)),
        "gva": (True, gva()),
        "gvdb": (True, gvdb()),
        "wikievents": (True, wikievents()),
        "web_without_incident": (False, web(False)),
        "muc4_without_template": (False, muc4(False)),
    }


def coded_incidents(rejected: list[tuple[str, str | None, str]]) -> dict[str, int]:
    """Incidents eventwire codes, with the scan off and everything else as shipped, in each rejected article."""
    from eventwire.options import Options
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    options = Options.load(overrides={"prefilter": {"enabled": False}})
    articles = [Article(id=i, text=text, title=title, published=None) for i, title, text in rejected]
    return {c.article.id: len(c.incidents) for c in code_articles(articles, options)}


def cascade(items_by_set: dict[str, tuple[bool, list[tuple[str, str | None, str]]]], below: float | None = None
            ) -> dict[str, Any]:
    """The cheap article gate on what the scan keeps, per set, and the incidents its sure negatives lose (at the
    shipped cheap_article_below, or `below`)."""
    from eventwire import prefilter, relevance
    from eventwire.options import Options
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    options = Options.load(overrides={"relevance": {"cheap_article_below": below}} if below is not None else None)
    settings = options.relevance
    out: dict[str, Any] = {"below": settings.cheap_article_below, "above": settings.cheap_article_above, "sets": {}}
    lost_candidates: list[tuple[str, str | None, str]] = []
    for name, (positive, items) in items_by_set.items():
        scanned = [item for item, k in zip(items, prefilter.scan([(t, x) for _, t, x in items], options.prefilter.chars))
                   if k]
        started = time.perf_counter()
        p = relevance.cheap_gate_scores([(t, x) for _, t, x in scanned], settings)
        seconds = time.perf_counter() - started
        negative = [item for item, q in zip(scanned, p) if q < settings.cheap_article_below]
        out["sets"][name] = {
            "gold_incident": positive, "past_scan": len(scanned), "sure_negative": len(negative),
            "sure_positive": int((p > settings.cheap_article_above).sum()),
            "left_to_minilm": int(((p >= settings.cheap_article_below) & (p <= settings.cheap_article_above)).sum()),
            "ms_per_article": round(1000 * seconds / max(1, len(scanned)), 3)}
        if positive:
            lost_candidates.extend(negative)
    kept = [item for item, q in zip(lost_candidates, relevance.article_scores([(t, x) for _, t, x in lost_candidates],
                                                                              settings.model))
            if q >= settings.article_threshold] if lost_candidates else []
    out["gold_articles_turned_away"] = len(lost_candidates)
    out["of_those_minilm_would_keep"] = len(kept)
    before = Options.load(overrides={"relevance": {"cheap_article_below": 0.0, "cheap_article_above": 1.0}})
    counts = {c.article.id: len(c.incidents) for c in code_articles(
        [Article(id=i, text=x, title=t, published=None) for i, t, x in kept], before)}
    out["incidents_lost"] = sum(counts.values())
    out["articles_losing_incidents"] = sorted(i for i, n in counts.items() if n)
    return out


def run(code_rejected: bool, with_cascade: bool = False, below: float | None = None) -> dict[str, Any]:
    from eventwire import prefilter
    from eventwire.options import default_options

    chars = default_options().prefilter.chars
    prefilter.pattern()
    result: dict[str, Any] = {"chars": chars, "sets": {}}
    rejected_positive: list[tuple[str, str | None, str]] = []
    every = sets()
    for name, (positive, items) in every.items():
        started = time.perf_counter()
        kept = prefilter.scan([(t, x) for _, t, x in items], chars)
        seconds = time.perf_counter() - started
        turned_away = [item for item, k in zip(items, kept) if not k]
        if positive:
            rejected_positive.extend(turned_away)
        result["sets"][name] = {
            "gold_incident": positive, "articles": len(items), "turned_away": len(turned_away),
            "turned_away_share": round(len(turned_away) / max(1, len(items)), 4),
            "us_per_article": round(1e6 * seconds / max(1, len(items)), 1),
            "turned_away_ids": [i for i, _, _ in turned_away][:20],
        }
    positives = sum(s["articles"] for s in result["sets"].values() if s["gold_incident"])
    result["articles_with_gold_incident"] = positives
    result["of_those_turned_away"] = len(rejected_positive)
    if code_rejected and rejected_positive:
        counts = coded_incidents(rejected_positive)
        result["incidents_coded_in_turned_away_articles"] = sum(counts.values())
        result["turned_away_articles_with_a_coded_incident"] = sorted(i for i, n in counts.items() if n)
    if with_cascade:
        result["cheap_gate"] = cascade(every, below)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--code-rejected", action="store_true", help="code the turned-away gold articles")
    parser.add_argument("--cascade", action="store_true", help="also measure the cheap article gate")
    parser.add_argument("--below", type=float, default=None,
                        help="with --cascade: measure this cheap_article_below instead of the shipped one")
    args = parser.parse_args()
    if not (DATA / "muc4").exists():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return 0
    result = run(args.code_rejected, args.cascade, args.below)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
