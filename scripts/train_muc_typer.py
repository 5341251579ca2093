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

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "muc4" / "train.json"
DEFAULT_OUT = REPO / "src" / "eventwire" / "data" / "models" / "muc_typer.json"


def examples(path: Path, limit: int | None = None) -> list[tuple[dict[str, float], int]]:
    """(features, label index) for every rule-typed incident found in the file's documents."""
    from eventwire import detect, extract, gtt, muc_typer, pipeline
    from eventwire.evaluate import muc4
    from eventwire.options import Options

    # the labels pair the rules' types with the key: the model being trained must not decide them
    options = Options.load(overrides={"extract": {"muc_model": False}}, use_env=False)
    out = []
    started = time.time()
    for n, (key, work) in enumerate(muc4.detected(path, options, limit), 1):
        article, doc = work.article, work.doc
        rules = pipeline.placed(extract.code_drafts(work, options), work, options)
        typed = [k for k, incident in enumerate(rules) if incident.muc_incident_type]
        if typed:
            final = extract.with_models(rules, work, options)
            templates = [gtt.incident_template(final[k]) for k in typed]
            paired = muc4.match_templates(templates, key["templates"])
            published = detect.article_date(article)
            document = muc_typer.document_features(doc)
            for j, k in enumerate(typed):
                label = "none"
                if j in paired:
                    # "bombing / attack" in the key: either type is right; the first is the one the key leads with
                    label = key["templates"][paired[j]]["incident_type"].split("/")[0].strip()
                features = muc_typer.features(rules, work.drafts, k, doc, published, document)
                out.append((features, muc_typer.LABELS.index(label)))
        if n % 100 == 0:
            print(f"{n} documents, {len(out)} incidents, {time.time() - started:.0f} s", file=sys.stderr)
    return out


def main(argv=None) -> int:
    from eventwire import linear, muc_typer

    return linear.train_main(argv, description=__doc__.split("\n\n")[0], labels=muc_typer.LABELS, examples=examples,
                             default_train=DEFAULT_TRAIN, default_out=DEFAULT_OUT, default_l2=10.0,
                             l2_note="5 and 20 did no better in cross-validation on train", unit="incidents")


if __name__ == "__main__":
    sys.exit(main())
