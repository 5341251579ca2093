"""Span-level P/R/F1 per label of the role-filler tagger (eventwire.roles) on MUC-4 dev.json.

    python bench/eval_roles.py [--data ../shared/data/muc4/dev.json] [--model DIR] [--case lower|upper|asis]

Matching is by string, per document, after lower-casing and collapsing whitespace:
  * precision: distinct tagged strings of a label that equal some gold mention string of that role;
  * recall: gold entities (one per role filler in the templates, deduplicated per document) of which
    at least one mention string was tagged with the label -- the way the GTT metric matches fillers;
  * "mention R": distinct gold mention strings tagged with the label.
Also prints doc-level false alarms: how often a document with no gold template gets any span.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "muc4" / "dev.json"

ROLE_LABELS = {"PerpInd": "PERPIND", "PerpOrg": "PERPORG", "Target": "TARGET", "Victim": "VICTIM", "Weapon": "WEAPON"}
LABELS = tuple(ROLE_LABELS.values())


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def load_docs(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_of(doc: dict) -> dict[str, list[frozenset[str]]]:
    """label -> distinct gold entities, each the set of its normalized mention strings."""
    out: dict[str, list[frozenset[str]]] = {lab: [] for lab in LABELS}
    for tpl in doc.get("templates", []):
        for role, lab in ROLE_LABELS.items():
            for ent in tpl.get(role, []):
                ms = frozenset(norm(m) for m, _ in ent)
                if ms and ms not in out[lab]:
                    out[lab].append(ms)
    return out


def score(docs: list[dict], predictions: list[list[tuple[int, int, str]]]) -> dict:
    """predictions[i]: (start, end, label) spans over docs[i]['doctext']."""
    c = {lab: Counter() for lab in LABELS}
    neg_docs = neg_alarm = pos_docs = pos_hit = 0
    n_spans = {"neg": [], "pos": []}
    for doc, spans in zip(docs, predictions):
        text = doc["doctext"]
        pred = {lab: set() for lab in LABELS}
        for s, e, lab in spans:
            if lab in pred:
                pred[lab].add(norm(text[s:e]))
        gold = gold_of(doc)
        for lab in LABELS:
            gstrings = set().union(*gold[lab]) if gold[lab] else set()
            c[lab]["pred"] += len(pred[lab])
            c[lab]["pred_ok"] += len(pred[lab] & gstrings)
            c[lab]["gold_ent"] += len(gold[lab])
            c[lab]["gold_ent_hit"] += sum(1 for ms in gold[lab] if ms & pred[lab])
            c[lab]["gold_str"] += len(gstrings)
            c[lab]["gold_str_hit"] += len(gstrings & pred[lab])
        n_spans["pos" if doc.get("templates") else "neg"].append(len(spans))
        if doc.get("templates"):
            pos_docs += 1
            pos_hit += bool(spans)
        else:
            neg_docs += 1
            neg_alarm += bool(spans)
    rows = {}
    tot = Counter()
    for lab in LABELS + ("ALL",):
        k = c[lab] if lab != "ALL" else tot
        if lab != "ALL":
            tot.update(c[lab])
        p = k["pred_ok"] / k["pred"] if k["pred"] else 0.0
        r = k["gold_ent_hit"] / k["gold_ent"] if k["gold_ent"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        mr = k["gold_str_hit"] / k["gold_str"] if k["gold_str"] else 0.0
        rows[lab] = {"P": p, "R": r, "F1": f, "mention_R": mr, "pred": k["pred"], "gold": k["gold_ent"]}
    return {
        "labels": rows,
        "neg_docs": neg_docs,
        "neg_alarm": neg_alarm,
        "pos_docs": pos_docs,
        "pos_hit": pos_hit,
        "n_spans": n_spans,
    }


def format_table(res: dict) -> str:
    lines = [f"{'label':8} {'P':>6} {'R':>6} {'F1':>6} {'mentR':>6} {'#pred':>6} {'#gold':>6}"]
    for lab, r in res["labels"].items():
        lines.append(
            f"{lab:8} {100*r['P']:6.1f} {100*r['R']:6.1f} {100*r['F1']:6.1f} {100*r['mention_R']:6.1f}"
            f" {r['pred']:6d} {r['gold']:6d}"
        )
    nd, na = res["neg_docs"], res["neg_alarm"]
    pd, ph = res["pos_docs"], res["pos_hit"]
    lines.append(
        f"docs without templates with any span: {na}/{nd} ({100*na/max(nd,1):.1f}%); "
        f"docs with templates with any span: {ph}/{pd} ({100*ph/max(pd,1):.1f}%)"
    )
    for k in (2, 3, 5):
        neg = sum(n >= k for n in res["n_spans"]["neg"])
        pos = sum(n >= k for n in res["n_spans"]["pos"])
        lines.append(f"  with >= {k} spans: without templates {neg}/{nd} ({100*neg/max(nd,1):.1f}%), "
                     f"with templates {pos}/{pd} ({100*pos/max(pd,1):.1f}%)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=None, help="model dir (default: the packaged one)")
    ap.add_argument("--case", choices=("asis", "upper", "lower"), default="asis",
                    help="feed the text as is (lower-case in MUC-4), upper-cased or lower-cased")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON too")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(REPO / "src"))
    from eventwire import roles

    if args.model is not None:
        import spacy

        roles._nlp = spacy.load(args.model)
        roles._loaded = True
    if not roles.available():
        print(f"no role model at {roles.model_path()}; run scripts/train_roles.py", file=sys.stderr)
        return 1
    docs = load_docs(args.data)
    conv = {"asis": lambda s: s, "upper": str.upper, "lower": str.lower}[args.case]
    texts = [conv(d["doctext"]) for d in docs]
    t0 = time.perf_counter()
    preds = list(roles.tag_roles_many(texts))
    dt = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    res = score(docs, preds)
    print(f"{args.data.name}: {len(docs)} docs, {dt:.1f}s ({1000*dt/len(docs):.1f} ms/doc, {1000*400*dt/words:.1f} ms/400 words)")
    print(format_table(res))
    if args.json:
        print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
