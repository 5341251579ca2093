"""The web figures on pages the relevance models did not train on: each fold's pages coded with the fold model.

    python scripts/train_relevance.py --cache /tmp/relcache --folds /tmp/relfolds
    python bench/web_out_of_fold.py /tmp/relfolds [../shared/data/web] [--json F]

scripts/train_relevance.py fits the shipped models on every web page; its --folds models were each fitted without
one fifth of them (5 folds by page): MiniLM's (foldK.json) and, where written, the cascade's cheap models
(cheap_foldK.json, used with their MiniLM fold). This codes every page with the model that never saw it and scores the whole
folder with `evaluate web`, so the figures say what a new page can expect. --json writes the result with, for each
page that emits an incident, what the fold's models said: the article's cheap and MiniLM gate scores, and each kept
incident's sentence, type, cheap and MiniLM act scores and whether it matched a gold incident (to read what the
invented ones are).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire import relevance  # noqa: E402
from eventwire.evaluate import report, web  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.pipeline import code_articles  # noqa: E402
from eventwire.records import Article, CodedArticle  # noqa: E402


def fold_options(model: Path) -> Options:
    """The shipped settings with the fold's MiniLM models and, when there, its cheap models; without them MiniLM
    judges alone (the shipped cheap models saw every page)."""
    cheap = model.with_name(f"cheap_{model.name}")
    alone = {"cheap_article_below": 0.0, "cheap_article_above": 1.0, "cheap_act_below": 0.0, "cheap_act_above": 1.0}
    chosen = {"model": str(model)} | ({"cheap_model": str(cheap)} if cheap.exists() else alone)
    return Options.load(overrides={"relevance": chosen})


def explain(coded: CodedArticle, options: Options) -> dict[str, Any]:
    """What the fold's models said of a coded page: gate scores, and each kept (non-neutral) incident's act scores."""
    settings = options.relevance
    article = coded.article
    kept = [i for i in coded.incidents if not web.neutral(i)]
    sentences = [i.summary or "" for i in kept]
    cheap = relevance.cheap_models(settings.cheap_model)
    return {
        "gate_cheap": round(float(cheap.article.probabilities([relevance.article_text(article.title, article.text)])[0]), 4),
        "gate_minilm": round(float(relevance.article_scores([(article.title, article.text)], settings.model)[0]), 4),
        "incidents": [
            {"id": i.id, "sentence": s, "event_type": i.event_type, "sub_event_type": i.sub_event_type,
             "date": i.date, "location": i.location, "country": i.country,
             "act_cheap": round(float(c), 4), "act_minilm": round(float(m), 4)}
            for i, s, c, m in zip(kept, sentences, cheap.act.probabilities([relevance.act_text(s) for s in sentences]),
                                  relevance.act_scores(sentences, settings.model) if sentences else [])],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folds", type=Path)
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT.parent / "shared" / "data" / "web")
    parser.add_argument("--json", type=Path, default=None, help="write the result and the per-page scores here")
    args = parser.parse_args(argv)
    golds = web.load(args.folder)
    coded: dict = {g["_path"]: None for g in golds}
    explained: dict[str, dict] = {}
    seen: set[str] = set()
    models = sorted(args.folds.glob("fold*.json"))
    groups = []
    for model in models:
        pages = set(json.loads(model.read_text())["about"]["held_out_pages"])
        seen |= pages
        groups.append((model, [g for g in golds if g["article"] in pages]))
    # pages no fold held out (read failures at training time: other languages) are coded with fold 0's model
    groups.append((models[0], [g for g in golds if g["article"] not in seen]))
    for model, chosen in groups:
        options = fold_options(model)
        mine = [(g, a) for g, a in web.articles(chosen, options) if isinstance(a, Article)]
        for (g, _), c in zip(mine, code_articles([a for _, a in mine], options)):
            coded[g["_path"]] = c
            if any(not web.neutral(i) for i in c.incidents):
                explained[g["article"]] = explain(c, options) | {"fold": model.name}
    res = web.score(coded, golds, args.folder)
    res["dataset"] = "web (out of fold)"
    report.print_result(res)
    if args.json:
        for page in res.get("pages", []):
            if page["page"] in explained:
                page["scores"] = explained[page["page"]]
        args.json.write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
