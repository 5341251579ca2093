"""The web figures on pages the relevance models did not train on: each fold's pages coded with the fold model.

    python scripts/train_relevance.py --cache /tmp/relcache --folds /tmp/relfolds
    python bench/web_out_of_fold.py /tmp/relfolds [../shared/data/web]

scripts/train_relevance.py fits the shipped models on every web page; its --folds models were each fitted without
one fifth of them (5 folds by page): MiniLM's (foldK.json) and, where written, the cascade's cheap models
(cheap_foldK.json, used with their MiniLM fold). This codes every page with the model that never saw it and scores the whole
folder with `evaluate web`, so the figures say what a new page can expect.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.evaluate import report, web  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.pipeline import code_articles  # noqa: E402
from eventwire.records import Article  # noqa: E402


def fold_options(model: Path) -> Options:
    """The shipped settings with the fold's MiniLM models and, when there, its cheap models; without them MiniLM
    judges alone (the shipped cheap models saw every page)."""
    cheap = model.with_name(f"cheap_{model.name}")
    alone = {"cheap_article_below": 0.0, "cheap_article_above": 1.0, "cheap_act_below": 0.0, "cheap_act_above": 1.0}
    chosen = {"model": str(model)} | ({"cheap_model": str(cheap)} if cheap.exists() else alone)
    return Options.load(overrides={"relevance": chosen})


def main(argv: list[str]) -> int:
    folds = Path(argv[0])
    folder = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "data" / "web"
    golds = web.load(folder)
    coded: dict = {g["_path"]: None for g in golds}
    seen: set[str] = set()
    for model in sorted(folds.glob("fold*.json")):
        pages = set(json.loads(model.read_text())["about"]["held_out_pages"])
        seen |= pages
        options = fold_options(model)
        mine = [(g, a) for g, a in web.articles([g for g in golds if g["article"] in pages], options)
                if isinstance(a, Article)]
        for (g, _), c in zip(mine, code_articles([a for _, a in mine], options)):
            coded[g["_path"]] = c
    # pages no fold held out (read failures at training time: other languages) are coded with fold 0's model
    rest = [g for g in golds if g["article"] not in seen]
    if rest:
        options = fold_options(sorted(folds.glob("fold*.json"))[0])
        mine = [(g, a) for g, a in web.articles(rest, options) if isinstance(a, Article)]
        for (g, _), c in zip(mine, code_articles([a for _, a in mine], options)):
            coded[g["_path"]] = c
    res = web.score(coded, golds, folder)
    res["dataset"] = "web (out of fold)"
    report.print_result(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
