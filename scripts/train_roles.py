"""Train eventwire's role-filler tagger (PERPIND / PERPORG / TARGET / VICTIM / WEAPON) on MUC-4 train.json.

Run from the repository root (CPU only, about 10-15 minutes on one thread):

    OMP_NUM_THREADS=1 python scripts/train_roles.py

It reads ../shared/data/muc4/train.json (never dev.json unless --dev is given, and then only to
print scores per epoch), labels every gold mention offset -- plus, with --all-occurrences (on by
default), other whole-word occurrences of the same mention strings in that document -- and trains
a spaCy `ner` component with its own small tok2vec on the lower-cased text, as a standalone
pipeline independent of the main one. The model is written to src/eventwire/data/models/roles/
(spaCy's msgpack/json files, no pickles, no vectors); eventwire.roles loads it from there.
Same data + same arguments + same seed give the same model.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

DEFAULT_TRAIN = REPO.parent / "shared" / "data" / "muc4" / "train.json"
DEFAULT_DEV = REPO.parent / "shared" / "data" / "muc4" / "dev.json"
DEFAULT_OUT = REPO / "src" / "eventwire" / "data" / "models" / "roles"

ROLE_LABELS = {"PerpInd": "PERPIND", "PerpOrg": "PERPORG", "Target": "TARGET", "Victim": "VICTIM", "Weapon": "WEAPON"}

CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]
batch_size = 32

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [%(rows)d,%(rows_small)d,%(rows_small)d,%(rows_small)d]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = %(width)d
depth = %(depth)d
window_size = %(window)d
maxout_pieces = 3

[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {"@scorers":"spacy.ner_scorer.v1"}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = %(hidden)d
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "*"
"""


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def load_docs(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_spans(doc: dict, all_occurrences: bool) -> list[tuple[int, int, str, int]]:
    """(start, end, label, priority) candidate spans; lower priority wins overlaps."""
    text = doc["doctext"]
    spans = []
    strings: dict[tuple[str, str], None] = {}
    for tpl in doc["templates"]:
        for role, lab in ROLE_LABELS.items():
            for ent in tpl[role]:
                for m, off in ent:
                    if text[off : off + len(m)] != m:
                        continue
                    spans.append((off, off + len(m), lab, 0))
                    strings[(m, lab)] = None
    if all_occurrences:
        for m, lab in strings:
            for mo in re.finditer(r"(?<!\w)" + re.escape(m) + r"(?!\w)", text):
                spans.append((mo.start(), mo.end(), lab, 1))
    return spans


def make_example(nlp, doc: dict, all_occurrences: bool, prefer: str, stats: dict):
    from eventwire.roles import normalize
    from spacy.training import Example

    text = normalize(doc["doctext"])
    pred = nlp.make_doc(text)
    ref = nlp.make_doc(text)
    cands = gold_spans(doc, all_occurrences)
    # gold offsets before extra occurrences; nested variants of a filler ("four explosive charges" /
    # "explosive charges") resolved longest- or shortest-first; then position/label for determinism
    sign = -1 if prefer == "longest" else 1
    cands.sort(key=lambda x: (x[3], sign * (x[1] - x[0]), x[0], x[2]))
    taken = [False] * len(ref)
    ents = []
    seen = set()
    for s, e, lab, prio in cands:
        span = ref.char_span(s, e, label=lab, alignment_mode="expand")
        if span is None:
            stats["unaligned"] += 1
            continue
        if (span.start, span.end) in seen:
            continue
        if any(taken[span.start : span.end]):
            stats["overlap"] += 1
            continue
        for i in range(span.start, span.end):
            taken[i] = True
        seen.add((span.start, span.end))
        ents.append(span)
        stats["gold" if prio == 0 else "extra"] += 1
    ref.set_ents(sorted(ents, key=lambda sp: sp.start), default="outside")
    return Example(pred, ref)


def build_nlp(args):
    import spacy
    from thinc.api import Config

    cfg = Config().from_str(
        CONFIG
        % {
            "rows": args.rows,
            "rows_small": args.rows // 2,
            "width": args.width,
            "depth": args.depth,
            "window": args.window,
            "hidden": args.hidden,
        }
    )
    return spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)


def evaluate(nlp, dev_docs) -> str:
    from eval_roles import format_table, score
    from eventwire.roles import normalize

    preds = [
        [(e.start_char, e.end_char, e.label_) for e in d.ents]
        for d in nlp.pipe((normalize(x["doctext"]) for x in dev_docs), batch_size=32)
    ]
    res = score(dev_docs, preds)
    return format_table(res), res["labels"]["ALL"]["F1"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="train the MUC-4 role-filler tagger")
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--dev", type=Path, default=None, help="print dev scores per epoch (model choice only)")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--width", type=int, default=96)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--window", type=int, default=1)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.15)
    ap.add_argument("--checkpoints", action="store_true", help="also save OUT-epochN after every epoch")
    ap.add_argument("--batch", type=int, default=2, help="documents per update")
    ap.add_argument("--lr", type=float, default=0.001)
    ap.add_argument("--neg-frac", type=float, default=0.2, help="fraction of template-less docs kept")
    ap.add_argument("--prefer", choices=("longest", "shortest"), default="shortest",
                    help="which of overlapping gold mention variants to keep")
    ap.add_argument("--no-all-occurrences", dest="all_occurrences", action="store_false")
    args = ap.parse_args(argv)

    import spacy
    from thinc.api import Adam

    random.seed(args.seed)
    spacy.util.fix_random_seed(args.seed)
    t_start = time.time()

    docs = load_docs(args.train)
    rng = random.Random(args.seed)
    docs = [d for d in docs if d["templates"] or rng.random() < args.neg_frac]
    nlp = build_nlp(args)
    stats = {"unaligned": 0, "overlap": 0, "gold": 0, "extra": 0}
    examples = [make_example(nlp, d, args.all_occurrences, args.prefer, stats) for d in docs]
    log(f"{len(examples)} training docs; spans {stats}")
    dev_docs = load_docs(args.dev) if args.dev else None

    optimizer = Adam(args.lr, L2=1e-6, grad_clip=1.0)
    nlp.initialize(lambda: examples, sgd=optimizer)
    order = list(range(len(examples)))
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        t0 = time.time()
        for i in range(0, len(order), args.batch):
            batch = [examples[j] for j in order[i : i + args.batch]]
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        msg = f"epoch {epoch}: loss {losses.get('ner', 0.0):.1f} ({time.time() - t0:.0f}s)"
        # evaluate and save with the running averages of the weights (as `spacy train` does)
        with nlp.use_params(optimizer.averages):
            if dev_docs is not None:
                table, f1 = evaluate(nlp, dev_docs)
                msg += f" dev F1 {100 * f1:.1f}\n{table}"
            log(msg)
            if args.checkpoints:
                nlp.to_disk(args.out.parent / f"{args.out.name}-epoch{epoch}")

    nlp.meta.update(
        {
            "name": "eventwire_roles",
            "version": "0.1.0",
            "description": "MUC-4 role-filler tagger for eventwire (PERPIND/PERPORG/TARGET/VICTIM/WEAPON); "
            "runs on lower-cased text",
            "license": "Apache-2.0",
            "eventwire_train": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()
                                if k not in ("train", "out", "dev", "checkpoints")},
        }
    )
    nlp.meta.pop("performance", None)
    if args.out.exists():
        shutil.rmtree(args.out)
    with nlp.use_params(optimizer.averages):
        nlp.to_disk(args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    log(f"wrote {args.out} ({size / 1e6:.1f} MB) in {(time.time() - t_start) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
