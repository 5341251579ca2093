"""Train eventwire's MUC-4 relevance scorer (eventwire.relevance) on MUC-4 train.json.

Run from the repository root (about 3 minutes on one core, most of it coding the 1300 messages):

    python scripts/train_relevance.py

It codes every message of ../shared/data/muc4/train.json with the pipeline (relevance filter off), aligns the
predicted templates with the gold ones exactly as the GTT scorer does, and labels each predicted template 1 when
it is aligned with a gold template, else 0 (an incident MUC-4 does not code: commentary, plans, battles, history).
A logistic regression (numpy, L2) over eventwire.relevance.features is fitted; 5-fold cross-validation over
messages picks the L2 strength and prints, per threshold, the template F1 that filtering would give on train.
The weights go to src/eventwire/data/models/muc4_relevance.json (plain JSON). dev.json is never read unless
--dev is given, and then only to print scores per threshold, to choose the default in data/defaults.toml.
Same data + same arguments give the same weights (full-batch gradient descent, no randomness but the fold split,
which is seeded).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "muc4" / "train.json"
DEFAULT_DEV = REPO.parent / "shared" / "data" / "muc4" / "dev.json"
DEFAULT_OUT = REPO / "src" / "eventwire" / "data" / "models" / "muc4_relevance.json"

#: a feature seen in fewer training templates than this gets no weight: too rare to learn from
MIN_COUNT = 3
#: L2 strengths tried by cross-validation
L2_GRID = (3.0, 10.0, 30.0, 100.0)
STEPS = 600
LEARNING_RATE = 0.5
THRESHOLDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


def code(path: Path):
    """(gold, rows): rows are (docid, template index, features, label) for every predicted MUC-4 template."""
    from eventwire import relevance
    from eventwire.evaluate import muc4
    from eventwire.options import Options
    from eventwire.pipeline import code_articles

    options = Options.load(use_env=False, overrides={"muc4": {"min_relevance": 0.0}})
    gold = muc4.load(path)
    articles = [muc4.article_for(docid, doc, path) for docid, doc in gold.items()]
    rows, preds = [], {}
    for coded in code_articles(articles, options):
        typed = [i for i in coded.incidents if i.muc_incident_type]
        templates = [muc4.incident_template(i) for i in typed]
        preds[coded.article.id] = templates
        _, mapping = muc4.score_document(templates, gold[coded.article.id]["templates"])
        for k, incident in enumerate(typed):
            rows.append((coded.article.id, k, relevance.features(incident, coded.article, len(typed), k), int(k in mapping)))
    return gold, preds, rows


def matrix(rows, vocab):
    x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
    for r, (_, _, feats, _) in enumerate(rows):
        for f in set(feats):
            j = vocab.get(f)
            if j is not None:
                x[r, j] = 1.0
    return x, np.array([row[3] for row in rows], dtype=np.float64)


def fit(x, y, l2):
    """Full-batch gradient descent on the mean log loss + l2/n * |w|^2 (the bias column is not penalised)."""
    w = np.zeros(x.shape[1])
    n = len(y)
    penalty = np.full(x.shape[1], l2 / n)
    penalty[0] = 0.0  # column 0 is "bias"
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= LEARNING_RATE * (x.T @ (p - y) / n + 2 * penalty * w)
    return w


def log_loss(x, y, w):
    p = np.clip(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))), 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def filtered_f1(gold, preds, rows, probs, threshold):
    from eventwire.evaluate import muc4

    keep = {(d, k) for (d, k, _, _), p in zip(rows, probs) if p >= threshold}
    out = {d: {"pred_templates": [t for k, t in enumerate(ts) if (d, k) in keep]} for d, ts in preds.items()}
    return muc4.score(out, gold)["measures"]["template"]["f1"]


def vocabulary(rows):
    counts: dict[str, int] = {}
    for _, _, feats, _ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    names = ["bias"] + sorted(f for f, c in counts.items() if c >= MIN_COUNT and f != "bias")
    return {f: j for j, f in enumerate(names)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dev", type=Path, nargs="?", const=DEFAULT_DEV, help="also print dev scores per threshold")
    args = ap.parse_args()
    if not args.train.exists():
        print(f"{args.train}: not found (../shared/data/muc4 is needed to train)", file=sys.stderr)
        return 1
    t0 = time.time()
    gold, preds, rows = code(args.train)
    print(f"coded {len(gold)} messages: {len(rows)} predicted templates, {sum(r[3] for r in rows)} aligned "
          f"({time.time() - t0:.0f} s)")

    docs = sorted({r[0] for r in rows})
    random.Random(args.seed).shuffle(docs)
    fold_of = {d: i % args.folds for i, d in enumerate(docs)}
    best = None
    for l2 in L2_GRID:
        probs = np.zeros(len(rows))
        losses = []
        for fold in range(args.folds):
            train_rows = [r for r in rows if fold_of[r[0]] != fold]
            test_idx = [i for i, r in enumerate(rows) if fold_of[r[0]] == fold]
            vocab = vocabulary(train_rows)
            x, y = matrix(train_rows, vocab)
            w = fit(x, y, l2)
            xt, yt = matrix([rows[i] for i in test_idx], vocab)
            probs[test_idx] = 1.0 / (1.0 + np.exp(-np.clip(xt @ w, -30, 30)))
            losses.append(log_loss(xt, yt, w))
        f1s = {t: filtered_f1(gold, preds, rows, probs, t) for t in THRESHOLDS}
        print(f"l2 {l2:5.1f}  held-out log loss {np.mean(losses):.4f}  train template F1 by threshold: "
              + "  ".join(f"{t:.2f}:{f:.2f}" for t, f in f1s.items()))
        if best is None or np.mean(losses) < best[1]:
            best = (l2, float(np.mean(losses)), f1s)
    l2 = best[0]
    vocab = vocabulary(rows)
    x, y = matrix(rows, vocab)
    w = fit(x, y, l2)
    weights = {f: round(float(w[j]), 5) for f, j in vocab.items() if abs(w[j]) >= 1e-4}
    model = {
        "about": "MUC-4 relevance scorer of eventwire.relevance: logistic regression over its binary features; "
                 "trained by scripts/train_relevance.py on MUC-4 train.json.",
        "l2": l2, "templates": len(rows), "aligned": int(y.sum()),
        "cv_template_f1_by_threshold": {str(t): round(f, 2) for t, f in best[2].items()},
        "weights": weights,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"l2 {l2}: {len(weights)} weights written to {args.out} ({time.time() - t0:.0f} s)")

    if args.dev:
        from eventwire import relevance

        dgold, dpreds, drows = code(args.dev)
        dprobs = [relevance.probability(r[2], model) for r in drows]
        print("dev template F1 by threshold: "
              + "  ".join(f"{t:.2f}:{filtered_f1(dgold, dpreds, drows, dprobs, t):.2f}" for t in THRESHOLDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
