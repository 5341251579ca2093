"""Train eventwire's role ranker (eventwire.role_ranker) on MUC-4 train.json.

Run from the repository root (CPU, about 5 minutes):

    python scripts/train_role_ranker.py

For every incident the typing rules give a MUC-4 type in a train document, each candidate phrase of the incident's
sentences (role_ranker.candidate_spans) is labelled with the role of the gold mention its text equals (GTT's
normalisation: lower case, no punctuation or articles), or NONE. A multinomial logistic regression with an L2
penalty is fitted by L-BFGS (eventwire.linear.fit) on the features that occur at least --min-count times, and
written as JSON (feature -> one weight per label) to
src/eventwire/data/models/role_ranker.json. Never reads dev.json. Same data and arguments give the same weights.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "muc4" / "train.json"
DEFAULT_OUT = REPO / "src" / "eventwire" / "data" / "models" / "role_ranker.json"


def examples(path: Path, limit: int | None = None):
    """(features, label index) for every candidate of every MUC-4-typed incident found in the file's documents."""
    from eventwire import extract, pipeline, role_ranker
    from eventwire.evaluate import muc4
    from eventwire.evaluate.common import normalize
    from eventwire.options import default_options

    options = default_options()
    out = []
    started = time.time()
    for n, (key, work) in enumerate(muc4.detected(path, options, limit), 1):
        doc, drafts = work.doc, work.drafts
        if not drafts:
            continue
        mention_role = {}
        for template in key["templates"]:
            for role in muc4.ROLES:
                for entity in template[role]:
                    for mention in entity:
                        mention_role.setdefault(mention, role.upper())
        # the rules' MUC-4 types choose the incidents, as when the ranker was first fitted (before the MUC-4 typer)
        incidents = pipeline.placed(extract.code_drafts(work, options), work, options)
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
    from eventwire import linear, role_ranker

    return linear.train_main(argv, description=__doc__.split("\n\n")[0], labels=role_ranker.LABELS, examples=examples,
                             default_train=DEFAULT_TRAIN, default_out=DEFAULT_OUT, default_l2=1.0,
                             l2_note="3 and 10 did worse on dev", unit="candidates")


if __name__ == "__main__":
    sys.exit(main())
