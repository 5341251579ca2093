"""Train eventwire's MUC-4 typer (eventwire.muc_typer) on MUC-4 train.json.

Run from the repository root after the role models (CPU, about 5 minutes):

    python scripts/train_muc_typer.py

Every incident the typing rules give a MUC-4 type in a train document is one example. Its label is the type of
the gold template it reports, found by pairing the pipeline's templates (roles from the shipped tagger and ranker,
types from the rules) with the document's gold templates by the fillers they share (muc4.match_templates), or
"none" where it pairs with no gold template: the document has none, or fewer than the incidents found. A
multinomial logistic regression with an L2 penalty (eventwire.linear.fit) is fitted on the features
(muc_typer.features of the rules' coding) seen at least --min-count times and written to
src/eventwire/data/models/muc_typer.json. Never reads dev.json. Same data and arguments give the same weights.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "muc4" / "train.json"
DEFAULT_OUT = REPO / "src" / "eventwire" / "data" / "models" / "muc_typer.json"


def examples(path: Path, limit: int | None = None) -> list[tuple[dict[str, float], int]]:
    """(features, label index) for every rule-typed incident found in the file's documents."""
    from eventwire import detect, extract, muc_typer, parse, pipeline
    from eventwire.evaluate import muc4
    from eventwire.options import Options

    # the labels pair the rules' types with the key: the model being trained must not decide them
    options = Options.load(overrides={"extract": {"muc_model": False}}, use_env=False)
    gold = muc4.load(path)
    items = list(gold.items())[:limit]
    articles = [muc4.article_for(docid, doc, path) for docid, doc in items]
    prepared = (pipeline.prepare(article, options) for article in articles)
    out = []
    started = time.time()
    for n, ((article, repaired), doc) in enumerate(parse.parse_many(prepared, options), 1):
        drafts = detect.find_incidents(doc, article, options)
        rules = extract.code_drafts(drafts, doc, article, repaired, options)
        typed = [k for k, incident in enumerate(rules) if incident.muc_incident_type]
        if typed:
            final = extract.code_incidents(drafts, doc, article, repaired, options)
            templates = [muc4.incident_template(final[k]) for k in typed]
            paired = muc4.match_templates(templates, gold[article.id]["templates"])
            published = detect.article_date(article)
            document = muc_typer.document_features(doc)
            for j, k in enumerate(typed):
                label = "none"
                if j in paired:
                    # "bombing / attack" in the key: either type is right; the first is the one the key leads with
                    label = gold[article.id]["templates"][paired[j]]["incident_type"].split("/")[0].strip()
                features = muc_typer.features(rules, drafts, k, doc, published, document)
                out.append((features, muc_typer.LABELS.index(label)))
        if n % 100 == 0:
            print(f"{n} documents, {len(out)} incidents, {time.time() - started:.0f} s", file=sys.stderr)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="GTT train file (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="weights file (default: %(default)s)")
    ap.add_argument("--min-count", type=int, default=3, help="keep features seen this often (default: 3)")
    ap.add_argument("--l2", type=float, default=10.0,
                    help="L2 penalty (default: 10; 5 and 20 did no better in cross-validation on train)")
    ap.add_argument("--limit", type=int, help="first N documents only (for a quick check)")
    args = ap.parse_args(argv)
    if not args.train.is_file():
        print(f"error: {args.train}: no such file (MUC-4 train lives in ../shared/data/muc4)", file=sys.stderr)
        return 2
    from eventwire import linear, muc_typer

    rows = examples(args.train, args.limit)
    print(f"{len(rows)} incidents, {Counter(muc_typer.LABELS[label] for _, label in rows)}", file=sys.stderr)
    weights = linear.fit(rows, len(muc_typer.LABELS), args.min_count, args.l2)
    linear.write(args.out, muc_typer.LABELS, weights, trained_on=args.train.name, min_count=args.min_count, l2=args.l2)
    print(f"wrote {args.out} ({len(weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
