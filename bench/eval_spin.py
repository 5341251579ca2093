"""Spin detection and repair measured on genuine texts versus spun copies (scripts/make_spun_copies.py).

    python bench/eval_spin.py                 # dev: MUC-4 dev + WikiEvents dev, and their spun copies
    python bench/eval_spin.py --split train   # MUC-4 train: the split the score was calibrated on
    python bench/eval_spin.py --case upper    # the same texts in ALL CAPS (wire copy)
    python bench/eval_spin.py --no-table      # spinner using thesaurus synonyms only (no table forms)

Prints detection precision/recall at the configured threshold, the largest share of words changed in any
genuine document, and on spun copies the share of substituted words restored and of untouched words damaged.
Needs ../shared/data and the mythes-en-us thesaurus.
"""
from __future__ import annotations

import argparse
import difflib
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from eventwire.options import Options  # noqa: E402
from eventwire.repair import repair  # noqa: E402
from make_spun_copies import genuine_docs, spun_copies  # noqa: E402

_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _restoration(genuine: str, spun: str, repaired: str) -> tuple[int, int, int, int]:
    """(words the spinner changed, of them restored, words it left, of them damaged by repair)."""
    g, s, p = _words(genuine), _words(spun), _words(repaired)
    changed_idx: set[int] = set()
    for op, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, g, s, autojunk=False).get_opcodes():
        if op != "equal":
            changed_idx.update(range(i1, i2))
    ok: set[int] = set()
    for op, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, g, p, autojunk=False).get_opcodes():
        if op == "equal":
            ok.update(range(i1, i2))
    kept = set(range(len(g))) - changed_idx
    return len(changed_idx), len(changed_idx & ok), len(kept), len(kept - ok)


def evaluate(
    split: str, seed: int, options: Options, use_table: bool, verbose: bool, case: str = "as-is"
) -> dict[str, float]:
    docs = genuine_docs(split)
    if case != "as-is":
        # wire copy arrives in ALL CAPS, MUC-4 dev.json is lower-cased: detection must not depend on case
        docs = [(doc_id, text.upper() if case == "upper" else text.lower()) for doc_id, text in docs]
    spun = spun_copies(docs, seed, use_table)
    tp = fp = fn = 0
    worst_share, worst_id = 0.0, ""
    g_scores, s_scores = [], []
    restored = changed = damaged = kept = 0
    for (doc_id, text), copy in zip(docs, spun):
        rg = repair(text, options)
        g_scores.append(rg.report.score)
        fp += rg.report.spun
        if rg.report.spun and verbose:
            print(f"  false positive {doc_id} score {rg.report.score}")
        n_words = max(1, len(_words(text)))
        share = sum(len(_words(s.spun)) for s in rg.report.substitutions) / n_words if rg.text != text else 0.0
        if share > worst_share:
            worst_share, worst_id = share, doc_id
        rs = repair(copy["text"], options)
        s_scores.append(rs.report.score)
        tp += rs.report.spun
        fn += not rs.report.spun
        if not rs.report.spun and verbose:
            print(f"  missed {doc_id} score {rs.report.score} ({copy['changed']}/{copy['content']} words spun)")
        c, r, k, d = _restoration(text, copy["text"], rs.text)
        changed, restored, kept, damaged = changed + c, restored + r, kept + k, damaged + d
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    q = lambda xs: statistics.quantiles(xs, n=20)  # noqa: E731
    return {
        "docs": len(docs),
        "precision": precision,
        "recall": recall,
        "genuine_max_changed_share": worst_share,
        "genuine_worst_doc": worst_id,
        "genuine_score_p95": q(g_scores)[-1],
        "genuine_score_max": max(g_scores),
        "spun_score_p5": q(s_scores)[0],
        "spun_words_restored": restored / max(1, changed),
        "spun_untouched_words_damaged": damaged / max(1, kept),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-table", action="store_true", help="spin with thesaurus synonyms only")
    ap.add_argument("--case", choices=["as-is", "upper", "lower"], default="as-is", help="re-case the texts first")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not (ROOT.parent / "shared" / "data").exists():
        raise SystemExit("../shared/data not found")
    options = Options.load(use_env=False)
    result = evaluate(args.split, args.seed, options, not args.no_table, args.verbose, args.case)
    print(f"split={args.split} seed={args.seed} case={args.case} table_forms={'no' if args.no_table else 'yes'} "
          f"threshold={options.repair.threshold}")
    for key, value in result.items():
        print(f"  {key}: {value:.4f}" if isinstance(value, float) else f"  {key}: {value}")


if __name__ == "__main__":
    main()
