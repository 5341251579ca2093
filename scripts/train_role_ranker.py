"""Train eventwire's role ranker (eventwire.role_ranker) on MUC-4 train.json.

Run from the repository root (CPU, about 5 minutes):

    python scripts/train_role_ranker.py

For every MUC-4-typed incident the pipeline finds in a train document, each candidate phrase of the incident's
sentences (role_ranker.candidate_spans) is labelled with the role of the gold mention its text equals (GTT's
normalisation: lower case, no punctuation or articles), or NONE. A multinomial logistic regression with an L2
penalty is fitted by L-BFGS (eventwire.linear.fit) on the features that occur at least
--min-count times, and written as JSON (feature -> one weight per label) to
src/eventwire/data/models/role_ranker.json. Never reads dev.json. Same data and arguments give the same weights.
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
DEFAULT_OUT = REPO / "src" / "eventwire" / "data" / "models" / "role_ranker.json"


def examples(path: Path, limit: int | None = None):
    """(features, label index) for every candidate of every MUC-4-typed incident found in the file's documents."""
    from eventwire import detect, extract, parse, pipeline, role_ranker
    from eventwire.evaluate import muc4
    from eventwire.evaluate.common import normalize
    from eventwire.options import default_options

    options = default_options()
    gold = muc4.load(path)
    items = list(gold.items())[:limit]
    articles = [muc4.article_for(docid, doc, path) for docid, doc in items]
    prepared = (pipeline.prepare(article, options) for article in articles)
    out = []
    started = time.time()
    for n, ((article, repaired), doc) in enumerate(parse.parse_many(prepared, options), 1):
        drafts = detect.find_incidents(doc, article, options)
        if not drafts:
            continue
        mention_role = {}
        for template in gold[article.id]["templates"]:
            for role in muc4.ROLES:
                for entity in template[role]:
                    for mention in entity:
                        mention_role.setdefault(mention, role.upper())
        incidents = extract.code_incidents(drafts, doc, article, repaired, options, role_spans=[])
        text_lower = doc.text.lower()
        trigger_cache: dict = {}
        for draft, incident in zip(drafts, incidents):
            if not incident.muc_incident_type:
                continue
            sentences = [(s.start, s.end) for s in draft.all_sentences]
            main = [(s.start, s.end) for s in draft.sentences]
            for span in role_ranker.candidate_spans(doc, sentences):
                key = normalize(span.text)
                if key:
                    label = mention_role.get(key, "NONE")
                    features = role_ranker.features(span, main, text_lower, trigger_cache)
                    out.append((features, role_ranker.LABELS.index(label)))
        if n % 100 == 0:
            print(f"{n} documents, {len(out)} candidates, {time.time() - started:.0f} s", file=sys.stderr)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="GTT train file (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="weights file (default: %(default)s)")
    ap.add_argument("--min-count", type=int, default=3, help="keep features seen this often (default: 3)")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default: 1; 3 and 10 did worse on dev)")
    ap.add_argument("--limit", type=int, help="first N documents only (for a quick check)")
    args = ap.parse_args(argv)
    if not args.train.is_file():
        print(f"error: {args.train}: no such file (MUC-4 train lives in ../shared/data/muc4)", file=sys.stderr)
        return 2
    rows = examples(args.train, args.limit)
    print(f"{len(rows)} candidates, {Counter(label for _, label in rows)}", file=sys.stderr)
    from eventwire import linear
    from eventwire.role_ranker import LABELS

    weights = linear.fit(rows, len(LABELS), args.min_count, args.l2)
    linear.write(args.out, LABELS, weights, trained_on=args.train.name, min_count=args.min_count, l2=args.l2)
    print(f"wrote {args.out} ({len(weights)} features)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
