#!/usr/bin/env python3
"""Pairwise precision and recall of dedupe on the MUC-4 labelled set (Incident records built from the gold keys).

The records come from the answer keys, not from eventwire's extraction, so the numbers measure deduplication
alone. Usage: python bench/eval_dedupe.py [--set bench/out/dedupe_set.jsonl] [--errors N]
(builds the set on the fly from ../shared/data/muc4/raw_keys when no file is given)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load_set(path: Path | None) -> list[dict]:
    if path and path.exists():
        return [json.loads(line) for line in path.open(encoding="utf-8")]
    spec = importlib.util.spec_from_file_location("build_dedupe_set", REPO / "scripts" / "build_dedupe_set.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    if not mod.DEFAULT_KEYS.exists():
        raise SystemExit(f"eval_dedupe: {mod.DEFAULT_KEYS} not found (needs ../shared/data/muc4)")
    return mod.build()


def pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(g, 2)}


def evaluate(records: list[dict], options=None) -> dict:
    from eventwire.dedupe import cluster_incidents
    from eventwire.records import Incident

    incidents = [Incident.from_dict(r) for r in sorted(records, key=lambda r: r["id"])]
    start = time.perf_counter()
    predicted = cluster_incidents(incidents, options)
    seconds = time.perf_counter() - start
    gold_groups = defaultdict(list)
    for r in records:
        gold_groups[r["event"]].append(r["id"])
    gold, pred = pairs(list(gold_groups.values())), pairs(predicted)
    tp = len(gold & pred)
    return {
        "reports": len(records), "incidents": len(gold_groups),
        "multi_report_incidents": sum(1 for g in gold_groups.values() if len(g) > 1),
        "gold_pairs": len(gold), "predicted_pairs": len(pred), "true_pairs": tp,
        "precision": tp / len(pred) if pred else 1.0, "recall": tp / len(gold) if gold else 1.0,
        "predicted_incidents": len(predicted), "seconds": round(seconds, 2),
        "false_merges": sorted(pred - gold), "missed": sorted(gold - pred),
    }


def doc_pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    """Pairs of messages that report a common incident, from groups of report ids 'MSG#n' or 'MSG:n'."""
    out = set()
    for g in groups:
        docs = sorted({re.split(r"[#:]", x)[0] for x in g})
        out.update(combinations(docs, 2))
    return out


def evaluate_extracted(records: list[dict], options=None) -> dict:
    """Dedupe on eventwire's own extraction of the same messages, scored as message pairs (extracted incidents
    do not map one to one onto key templates). The publication date, which MUC-4 texts lack, is taken as the
    latest date of the message's key templates."""
    from eventwire.dedupe import cluster_incidents
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    muc = REPO.parent / "shared" / "data" / "muc4"
    wanted = {r["article_id"] for r in records}
    published: dict[str, str] = {}
    for r in records:
        published[r["article_id"]] = max(published.get(r["article_id"], ""), r["date_latest"])
    texts = {}
    for name in ("doc_train.jsonl", "doc_dev.jsonl"):
        with (muc / name).open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["docid"] in wanted:
                    texts[d["docid"]] = d["text"]
    articles = [Article(id=k, text=texts[k], published=published[k], origin=k) for k in sorted(texts)]
    start = time.perf_counter()
    incidents = []
    for coded in code_articles(articles, options):
        incidents.extend(i.replace(id=f"{coded.article.id}:{n}", article_id=coded.article.id)
                         for n, i in enumerate(coded.incidents))
    coding = time.perf_counter() - start
    predicted = cluster_incidents(incidents, options)
    gold_groups = defaultdict(list)
    for r in records:
        gold_groups[r["event"]].append(r["id"])
    gold, pred = doc_pairs(list(gold_groups.values())), doc_pairs(predicted)
    gold_key_pred = doc_pairs(cluster_incidents(
        [__import__("eventwire.records", fromlist=["Incident"]).Incident.from_dict(r)
         for r in sorted(records, key=lambda r: r["id"])], options))
    tp, tpk = len(gold & pred), len(gold & gold_key_pred)
    return {
        "messages": len(articles), "extracted_incidents": len(incidents), "coding_seconds": round(coding, 1),
        "gold_message_pairs": len(gold), "precision": tp / len(pred) if pred else 1.0,
        "recall": tp / len(gold) if gold else 1.0,
        "gold_keys_precision": tpk / len(gold_key_pred) if gold_key_pred else 1.0,
        "gold_keys_recall": tpk / len(gold) if gold else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=None, help="JSONL from scripts/build_dedupe_set.py")
    ap.add_argument("--errors", type=int, default=0, help="print this many false merges and missed pairs")
    ap.add_argument("--extracted", action="store_true",
                    help="also run eventwire's extraction on the messages and score message pairs")
    args = ap.parse_args(argv)
    records = load_set(args.set)
    result = evaluate(records)
    p, r = result["precision"], result["recall"]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"dedupe on gold-key incidents: {result['reports']} reports, {result['incidents']} incidents "
          f"({result['multi_report_incidents']} with 2+ reports), {result['gold_pairs']} same-incident pairs")
    print(f"pairwise precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}  "
          f"(predicted {result['predicted_pairs']} pairs, {result['true_pairs']} right; {result['seconds']} s)")
    for name in ("false_merges", "missed"):
        for pair in result[name][: args.errors]:
            print(f"  {name}: {pair[0]} ~ {pair[1]}")
    if args.extracted:
        x = evaluate_extracted(records)
        print(f"dedupe on eventwire's extraction: {x['messages']} messages -> {x['extracted_incidents']} incidents "
              f"(coded in {x['coding_seconds']} s); message pairs reporting a common incident: "
              f"{x['gold_message_pairs']}")
        print(f"message-pair precision {x['precision']:.3f}  recall {x['recall']:.3f}  "
              f"(same measure on gold-key incidents: precision {x['gold_keys_precision']:.3f}  "
              f"recall {x['gold_keys_recall']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
