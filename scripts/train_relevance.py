"""Fit the relevance models (article gate and act filter, eventwire/relevance.py) on shared data only.

    python scripts/train_relevance.py [--out src/eventwire/data/models/relevance.json] [--cache DIR]

Article gate, one example per document (title + lead):
  positive: GVA and GVDB local news articles, WikiEvents articles, MUC-4 train documents with a template, web pages
            with a gold incident, and ACLED notes, GTD and RAND summaries, Wikipedia incident details (one-event notes);
  negative: web pages whose gold codes no incident (sport, business, politics, accidents, disasters, cyber ...).
Act filter, one example per incident eventwire's rules code (its main sentence):
  positive: incidents of GVA articles that agree with the article's gold incident (state and date or toll), incidents
            paired with a gold incident on the web pages, and the first sentence of the one-event notes above;
            and incidents the MUC-4 typer keeps in MUC-4 train documents with a template;
  negative: incidents coded on web pages that the gold does not code (sport, figures of speech, accidents, cyber
            attacks, threats, history ...) and in MUC-4 train documents without a template.
The web pages are few and are also the measuring set, so every figure on them is reported out of fold (5 folds by
page) before the shipped model is fitted on everything. Embeddings are cached (--cache) so that re-fits are quick.

The cheap models of the cascade (relevance.Hashed: hashed words and word pairs, data/models/relevance_cheap.json) are
fitted on the same examples. Their Platt calibration is fitted on out-of-fold scores (5 folds: web pages by page,
every other example on its own), and the precision and recall of each of their decisions (sure negative, sure
positive, left to MiniLM) are reported on those out-of-fold scores, i.e. on data the scoring model was not trained
on. --cheap-only refits only them (no encoder, relevance.json untouched).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Iterable

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from eventwire import encoder, relevance  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.records import Article  # noqa: E402

SEED = 13
#: lines of the GVA file (1-based) held out for the lead's measure: never trained on, so that its figures stay honest
GVA_HELD_OUT = range(301, 451)
#: examples per source: enough of each kind of positive that none dominates the few hundred web negatives
PER_SOURCE = {"gva": 1500, "gvdb": 400, "acled": 1500, "gtd": 800, "rand": 800, "wikipedia": 500, "muc4": 700}
#: negatives weigh this much more than positives: they are few (about 200 pages, a few hundred acts) and a missed
#: negative costs an invented incident
NEGATIVE_WEIGHT = 4.0
L2 = 1.0
FOLDS = 5
#: the cheap models' L2 penalty: hashed features are many (~10^5 used) and each example has ~100-200, so a penalty
#: near 1 keeps single rare words from deciding alone (0.3 and 3 gave worse out-of-fold log-loss on the article gate)
CHEAP_L2 = 1.0
#: the (below, above) pairs whose out-of-fold decisions are reported for each cheap model
CHEAP_BANDS = ((0.001, 0.99), (0.002, 0.98), (0.005, 0.95), (0.02, 0.95), (0.05, 0.9), (0.2, 0.8))

csv.field_size_limit(1 << 30)


def _sample(rows: list, n: int, rng: random.Random) -> list:
    rows = list(rows)
    rng.shuffle(rows)
    return rows[:n]


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    for end in (". ", "! ", "? "):
        cut = text.find(end, 40)
        if cut != -1:
            return text[: cut + 1]
    return text


def notes(rng: random.Random) -> list[tuple[str, str]]:
    """(source, text) of the one-event notes: ACLED, GTD, RAND, Wikipedia."""
    out: list[tuple[str, str]] = []
    acled = []
    for path in sorted((DATA / "acled").glob("*.csv")):
        with open(path, encoding="utf-8", errors="replace") as fh:
            acled += [r["notes"] for r in csv.DictReader(fh) if r.get("notes")]
    out += [("acled", t) for t in _sample(acled, PER_SOURCE["acled"], rng)]
    gtd = []
    for path in sorted((DATA / "gtd").glob("*.csv")):
        with open(path, encoding="utf-8", errors="replace") as fh:
            gtd += [r["summary"] for r in csv.DictReader(fh) if (r.get("summary") or "").strip()]
    out += [("gtd", t) for t in _sample(gtd, PER_SOURCE["gtd"], rng)]
    with open(DATA / "rand" / "rdwti_1968-2009.csv", encoding="utf-8", errors="replace") as fh:
        rand = [r["Description"] for r in csv.DictReader(fh) if (r.get("Description") or "").strip()]
    out += [("rand", t.split(".  ", 1)[-1]) for t in _sample(rand, PER_SOURCE["rand"], rng)]
    with open(DATA / "wikipedia" / "terror_incidents_1970-2018.csv", encoding="utf-8", errors="replace") as fh:
        wiki = [r["details"] for r in csv.DictReader(fh) if len(r.get("details") or "") > 40]
    out += [("wikipedia", t) for t in _sample(wiki, PER_SOURCE["wikipedia"], rng)]
    return out


def gva_rows(rng: random.Random) -> list[dict]:
    with open(DATA / "gva" / "articles.jsonl", encoding="utf-8") as fh:
        rows = outside_held_out(fh)
    return _sample(rows, PER_SOURCE["gva"], rng)


def outside_held_out(lines: Iterable[str]) -> list[dict]:
    """The GVA file's rows but those of GVA_HELD_OUT (1-based line numbers), which the models may never see."""
    return [json.loads(line) for n, line in enumerate(lines, 1) if n not in GVA_HELD_OUT]


def gvdb_rows() -> list[dict]:
    with open(DATA / "gvdb" / "dev.tsv", encoding="utf-8") as fh:
        return [{"title": r["Article title"], "text": r["Full text"]} for r in csv.DictReader(fh, delimiter="\t")]


def muc4_docs() -> list[tuple[str, str, bool]]:
    """(docid, text, has a template) of MUC-4 train."""
    out = []
    with open(DATA / "muc4" / "train.json", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            out.append((doc["docid"], doc["doctext"], bool(doc["templates"])))
    return out


def web_pages(options: Options) -> list[tuple[dict, Article]]:
    from eventwire.evaluate import web

    return [(g, a) for g, a in web.articles(web.load(DATA / "web"), options) if isinstance(a, Article)]


def wikievents_docs() -> list[str]:
    with open(DATA / "wikievents" / "dev.jsonl", encoding="utf-8") as fh:
        return [" ".join(json.loads(line)["tokens"]) for line in fh]


# --- act examples: what eventwire's rules code, labelled -----------------------------------------------------------


def _code(articles: list[Article], options: Options) -> list:
    from eventwire.pipeline import code_articles

    out = []
    for n, coded in enumerate(code_articles(articles, options), 1):
        out.append(coded)
        if n % 200 == 0:
            print(f"  coded {n}/{len(articles)}", file=sys.stderr)
    return out


def _gold_day(value: str) -> dt.date | None:
    for fmt in ("%B %d, %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            pass
    return None


def _agrees_with_gva(incident, gold: dict) -> bool:
    from eventwire.evaluate.common import iso, predicted_window, same_admin1

    if not same_admin1(incident.admin1, gold.get("state"), "US"):
        return False
    day = _gold_day(gold.get("date") or "")
    lo, hi = predicted_window(incident)
    dated = day is not None and lo is not None and hi is not None and lo - dt.timedelta(days=1) <= day <= hi + dt.timedelta(days=1)
    toll = incident.killed == gold.get("killed") and incident.wounded == gold.get("injured")
    del iso
    return dated or toll


def act_examples(options: Options, rng: random.Random, gva: list[dict], web: list[tuple[dict, Article]],
                 muc: list[tuple[str, str, bool]], note_texts: list[tuple[str, str]]) -> list[tuple[str, int, str]]:
    """(sentence, label, group): group names the web page for out-of-fold figures ("" elsewhere)."""
    from eventwire.evaluate import gold as goldfile
    from eventwire.evaluate.web import neutral

    out: list[tuple[str, int, str]] = []
    print("coding web pages", file=sys.stderr)
    for (gold, _), coded in zip(web, _code([a for _, a in web], options)):
        kept = tuple(i for i in coded.incidents if not neutral(i))
        report = goldfile.compare(type(coded)(article=coded.article, incidents=kept), gold)
        paired = {p["predicted"] for p in report["pairs"]}
        for incident in kept:
            out.append((incident.summary or "", int(incident.id in paired), gold["article"]))
    print("coding GVA articles", file=sys.stderr)
    articles = [Article(id=r["id"], text=r["text"], published=r["date"], title=r.get("title")) for r in gva[:800]]
    for row, coded in zip(gva, _code(articles, options)):
        for incident in coded.incidents:
            if _agrees_with_gva(incident, row["gold"]):
                out.append((incident.summary or "", 1, ""))
    out += muc4_acts(options, muc)
    out += [(_first_sentence(t), 1, "") for _, t in note_texts]
    return [(s, y, g) for s, y, g in out if s.strip()]


def muc4_acts(options: Options, muc: list[tuple[str, str, bool]]) -> list[tuple[str, int, str]]:
    """MUC-4 train: incidents coded in documents with no template are negatives (rhetoric, threats, history, plans,
    and army operations MUC-4 leaves out), those the MUC-4 typer keeps in documents with a template positives. Both
    kinds are needed: negatives alone taught the filter that 1989 Latin American wire copy is not news (MUC-4 dev
    template F1 44.3 -> 20.1 on the gate's 60 documents)."""
    print("coding MUC-4 train documents", file=sys.stderr)
    out = []
    articles = [Article(id=d, text=t, published=None) for d, t, _ in muc]
    for (_, _, keyed), coded in zip(muc, _code(articles, options)):
        for incident in coded.incidents:
            if not keyed:
                out.append((incident.summary or "", 0, ""))
            elif incident.muc_incident_type:
                out.append((incident.summary or "", 1, ""))
    return out


def article_examples(rng: random.Random, gva: list[dict], web: list[tuple[dict, Article]],
                     muc: list[tuple[str, str, bool]], note_texts: list[tuple[str, str]]) -> list[tuple[str, int, str]]:
    out: list[tuple[str, int, str]] = []
    out += [(relevance.article_text(r.get("title"), r["text"]), 1, "") for r in gva]
    out += [(relevance.article_text(r["title"], r["text"]), 1, "") for r in gvdb_rows()[: PER_SOURCE["gvdb"]]]
    out += [(relevance.article_text(None, t), 1, "") for t in wikievents_docs()]
    keyed = [t for _, t, k in muc if k]
    out += [(relevance.article_text(None, t), 1, "") for t in _sample(keyed, PER_SOURCE["muc4"], rng)]
    out += [(relevance.article_text(None, t), 1, "") for _, t in note_texts]
    for gold, article in web:
        out.append((relevance.article_text(article.title, article.text), int(bool(gold["incidents"])), gold["article"]))
    return out


# --- fitting and out-of-fold figures --------------------------------------------------------------------------------


def _embed(texts: list[str], cache: Path | None, name: str) -> np.ndarray:
    """Embeddings of texts, reusing those cached (by text) from earlier runs."""
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    known: dict[str, np.ndarray] = {}
    path = cache / f"{name}-embeddings.npz" if cache else None
    if path and path.exists():
        stored = np.load(path)
        known = dict(zip(stored["keys"].tolist(), stored["x"]))
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in known}.items())
    if missing:
        fresh = encoder.encode([t for _, t in missing])
        known.update({k: v for (k, _), v in zip(missing, fresh)})
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(path, keys=np.array(list(known)), x=np.stack(list(known.values())))
    return np.stack([known[k] for k in keys])


def _weights(y: np.ndarray) -> np.ndarray:
    return np.where(y == 1, 1.0, NEGATIVE_WEIGHT)


def fold_of(pages: list[str]) -> dict[str, int]:
    """The fold of each web page (5 folds by page, the same for both models)."""
    order = sorted(set(pages))
    random.Random(SEED).shuffle(order)
    return {p: i % FOLDS for i, p in enumerate(order)}


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: list[str], folds: dict[str, int]) -> tuple[np.ndarray, list]:
    """Scores of the web examples from models fitted without their page; NaN elsewhere. Also the fold models."""
    scores = np.full(len(y), np.nan)
    models = []
    for k in range(FOLDS):
        held = np.array([bool(g) and folds.get(g) == k for g in groups])
        model = relevance.fit(x[~held], y[~held], _weights(y[~held]), L2)
        scores[held] = model.probabilities(x[held])
        models.append(model)
    return scores, models


def report(name: str, scores: np.ndarray, y: np.ndarray, thresholds=(0.3, 0.5, 0.7, 0.8, 0.9)) -> dict:
    mask = ~np.isnan(scores)
    s, t = scores[mask], y[mask]
    rows = {}
    for th in thresholds:
        keep = s >= th
        tp = int((keep & (t == 1)).sum())
        fp = int((keep & (t == 0)).sum())
        fn = int((~keep & (t == 1)).sum())
        tn = int((~keep & (t == 0)).sum())
        rows[th] = {"tp": tp, "fp": fp, "fn": fn, "tn": tn,
                    "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                    "recall": round(tp / (tp + fn), 3) if tp + fn else None,
                    "negatives_dropped": round(tn / (tn + fp), 3) if tn + fp else None}
        print(f"{name} threshold {th}: {rows[th]}", file=sys.stderr)
    return rows


#: windows of a web page's body, after its lead, added as negatives of the cheap article gate for each page whose gold
#: codes no incident: 138 leads are too few to show it what general news reads like
NEGATIVE_WINDOWS = 6


def negative_windows(web: list[tuple[dict, Article]]) -> list[tuple[str, int, str]]:
    """More article-gate negatives for the cheap model: successive ARTICLE_CHARS windows of the body of each web page
    whose gold codes no incident (grouped with the page, so out-of-fold figures never see the page)."""
    out = []
    step = relevance.ARTICLE_CHARS
    for gold, article in web:
        if gold["incidents"]:
            continue
        for k in range(1, NEGATIVE_WINDOWS + 1):
            window = article.text[k * step:(k + 1) * step]
            if len(window) >= step // 2:
                out.append((relevance.article_text(None, window), 0, gold["article"]))
    return out


def _balanced(y: np.ndarray) -> np.ndarray:
    """Class weights that make negatives weigh as much as positives in all: with the shared data's 2-10% of
    negatives, an unweighted fit learns the prior, and text unlike any example (a recipe) came out a sure positive."""
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(len(y) - y.sum()))
    return np.where(y == 1, 1.0, pos / neg)


def cheap_folds(groups: list[str], folds: dict[str, int]) -> np.ndarray:
    """The fold of each example: a web page's own fold (fold_of), every other example by its place in the list."""
    return np.array([folds[g] if g else i % FOLDS for i, g in enumerate(groups)])


def fit_cheap(texts: list[str], y: np.ndarray, groups: list[str], folds: dict[str, int]
              ) -> tuple[relevance.Hashed, np.ndarray, list[relevance.Hashed]]:
    """The cheap model fitted on every example and calibrated on its out-of-fold logits; the calibrated
    out-of-fold probabilities (each from a model that did not see the example); and the fold models, calibrated the
    same way (for bench/web_out_of_fold.py)."""
    fold = cheap_folds(groups, folds)
    logits = np.zeros(len(y))
    by_fold = []
    for k in range(FOLDS):
        held = fold == k
        model = relevance.fit_hashed([t for t, h in zip(texts, held) if not h], y[~held], _balanced(y[~held]),
                                     CHEAP_L2)
        logits[held] = [model.logit(t) for t, h in zip(texts, held) if h]
        by_fold.append(model)
    full = relevance.calibrated(relevance.fit_hashed(texts, y, _balanced(y), CHEAP_L2), logits, y, _balanced(y))
    by_fold = [relevance.Hashed(m.weights, m.bias, full.scale, full.shift) for m in by_fold]
    return full, 1.0 / (1.0 + np.exp(-(full.scale * logits + full.shift))), by_fold


def cheap_report(name: str, p: np.ndarray, y: np.ndarray, web: np.ndarray) -> dict:
    """Precision and recall of the cheap model's decisions for each band, on out-of-fold probabilities: a sure
    negative (p < below) is right when the example is negative, a sure positive (p > above) when it is positive."""
    out: dict[str, dict] = {}
    for below, above in CHEAP_BANDS:
        row: dict[str, dict] = {}
        for part, mask in (("all", np.ones(len(y), dtype=bool)), ("web", web)):
            s, t = p[mask], y[mask]
            neg, pos = s < below, s > above
            row[part] = {
                "examples": int(len(t)), "positives": int(t.sum()),
                "sure_negative": int(neg.sum()), "positives_among_sure_negative": int((neg & (t == 1)).sum()),
                "sure_negative_precision": round(float((t[neg] == 0).mean()), 3) if neg.any() else None,
                "sure_negative_recall": round(float((neg & (t == 0)).sum() / max(1, (t == 0).sum())), 3),
                "sure_positive": int(pos.sum()),
                "sure_positive_precision": round(float((t[pos] == 1).mean()), 3) if pos.any() else None,
                "sure_positive_recall": round(float((pos & (t == 1)).sum() / max(1, (t == 1).sum())), 3),
                "left_to_minilm": round(float((~neg & ~pos).mean()), 3)}
        out[f"{below}-{above}"] = row
        print(f"{name} cheap band {below}-{above}: {row}", file=sys.stderr)
    return out


def cheap_ms(texts: list[str], model: relevance.Hashed) -> float:
    """Milliseconds a text for the cheap model's score (features and all), over the first 1,000 texts."""
    import time

    sample = texts[:1000]
    started = time.perf_counter()
    model.probabilities(sample)
    return round(1000 * (time.perf_counter() - started) / max(1, len(sample)), 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "eventwire" / relevance.MODEL_FILE)
    parser.add_argument("--cache", type=Path, default=None, help="folder for cached embeddings and act examples")
    parser.add_argument("--folds", type=Path, default=None,
                        help="also write the 5 fold models (each fitted without one fold of web pages) and the pages "
                             "of each fold here, for bench/web_out_of_fold.py")
    parser.add_argument("--cheap-out", type=Path, default=ROOT / "src" / "eventwire" / relevance.CHEAP_FILE)
    parser.add_argument("--cheap-only", action="store_true", help="fit only the cheap models (no encoder)")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    options = Options.load(overrides={"relevance": {"enabled": False}, "read": {"require_date": False}})
    note_texts = notes(rng)
    gva = gva_rows(rng)
    muc = muc4_docs()
    web = web_pages(options)
    arts = article_examples(rng, gva, web, muc, note_texts)
    acts_path = args.cache / "acts.json" if args.cache else None
    if acts_path and acts_path.exists():
        acts = [tuple(a) for a in json.loads(acts_path.read_text())]
    else:
        acts = act_examples(options, rng, gva, web, muc, note_texts)
        if acts_path:
            acts_path.parent.mkdir(parents=True, exist_ok=True)
            acts_path.write_text(json.dumps(acts))
    folds = fold_of([g["article"] for g, _ in web])
    cheap, cheap_figures, cheap_by_fold = {}, {}, {}
    for name, examples in (("article", arts + negative_windows(web)), ("act", acts)):
        texts = [e[0] if name == "article" else relevance.act_text(e[0]) for e in examples]
        y = np.array([e[1] for e in examples], dtype=float)
        groups = [e[2] for e in examples]
        cheap[name], oof, cheap_by_fold[name] = fit_cheap(texts, y, groups, folds)
        # figures on the examples both models judge (not on the extra windows)
        n = len(arts) if name == "article" else len(acts)
        cheap_figures[name] = cheap_report(name, oof[:n], y[:n], np.array([bool(g) for g in groups[:n]]))
        cheap_figures[name]["ms_per_text"] = cheap_ms(texts, cheap[name])
        print(f"{name} cheap: {cheap_figures[name]['ms_per_text']} ms a text", file=sys.stderr)
    relevance.write_cheap(args.cheap_out, relevance.Cheap(cheap["article"], cheap["act"]),
                          trained_by="scripts/train_relevance.py", seed=SEED, l2=CHEAP_L2,
                          negative_weight=NEGATIVE_WEIGHT, examples={"article": len(arts), "act": len(acts)},
                          out_of_fold=cheap_figures)
    print(f"wrote {args.cheap_out}", file=sys.stderr)
    if args.folds:
        args.folds.mkdir(parents=True, exist_ok=True)
        for k in range(FOLDS):
            relevance.write_cheap(args.folds / f"cheap_fold{k}.json",
                                  relevance.Cheap(cheap_by_fold["article"][k], cheap_by_fold["act"][k]),
                                  held_out_pages=sorted(p for p, f in folds.items() if f == k))
    if args.cheap_only:
        return 0
    fitted = {}
    figures = {}
    by_fold: dict[str, list] = {}
    for name, examples in (("article", arts), ("act", acts)):
        texts = [e[0] for e in examples]
        y = np.array([e[1] for e in examples], dtype=float)
        groups = [e[2] for e in examples]
        print(f"{name}: {len(y)} examples, {int(y.sum())} positive; embedding", file=sys.stderr)
        x = _embed(texts, args.cache, name)
        scores, by_fold[name] = out_of_fold(x, y, groups, folds)
        figures[name] = report(f"{name} (web, out of fold)", scores, y)
        fitted[name] = relevance.fit(x, y, _weights(y), L2)
    relevance.write(args.out, relevance.Models(fitted["article"], fitted["act"]),
                    trained_by="scripts/train_relevance.py", seed=SEED, l2=L2, negative_weight=NEGATIVE_WEIGHT,
                    examples={"article": len(arts), "act": len(acts)},
                    web_out_of_fold={k: {str(t): v for t, v in r.items()} for k, r in figures.items()})
    print(f"wrote {args.out}", file=sys.stderr)
    if args.folds:
        args.folds.mkdir(parents=True, exist_ok=True)
        for k in range(FOLDS):
            relevance.write(args.folds / f"fold{k}.json", relevance.Models(by_fold["article"][k], by_fold["act"][k]),
                            held_out_pages=sorted(p for p, f in folds.items() if f == k))
        print(f"wrote {FOLDS} fold models to {args.folds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
