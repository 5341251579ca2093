"""Scorer for folders of real web pages with gold files in the seed's format (`../shared/data/web`).

Real pages are mostly not about an incident, so this scorer measures what the benchmark sets cannot: incidents
invented on unrelated news, pages with no incident kept clean, gold incidents found, and the fields of the ones
found. The gold there codes violent events only: what eventwire codes as Protests / Peaceful protest or as
Strategic developments counts neither way (it is dropped before alignment).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from ..errors import EvaluationError
from ..records import Article, CodedArticle
from . import gold as goldfile
from .common import PRF, Accuracy, result

#: fields reported on matched incidents (the issue's gate names date, country and admin1)
FIELDS = ("date", "country", "admin1", "location", "event_type", "killed", "wounded", "perpetrator")
#: (event_type, sub_event_type or None for any) that the web gold leaves uncoded: they count neither way
NEUTRAL = (("Protests", "Peaceful protest"), ("Strategic developments", None))


def gold_files(folder: str | Path) -> list[Path]:
    """The gold files of a web folder: DIR/gold/*.gold.json (the shared layout) or DIR/*.gold.json."""
    root = Path(folder)
    if not root.is_dir():
        raise EvaluationError(f"{root}: not a folder of pages with gold files")
    found = sorted((root / "gold").glob("*.gold.json")) or sorted(root.glob("*.gold.json"))
    if not found:
        raise EvaluationError(f"{root}: no *.gold.json files (in the folder or its gold/ subfolder)")
    return found


def page_path(gold: Mapping[str, Any]) -> Path:
    """The page a gold file describes: beside it, or in ../pages/ (the shared layout)."""
    here = Path(gold["_path"]).parent
    for candidate in (here / gold["article"], here.parent / "pages" / gold["article"]):
        if candidate.is_file():
            return candidate
    raise EvaluationError(f"{gold['_path']}: its page {gold['article']!r} is missing")


def neutral(incident: Any) -> bool:
    """True for incidents the web gold neither codes nor penalises."""
    return any(incident.event_type == et and (sub is None or incident.sub_event_type == sub) for et, sub in NEUTRAL)


def load(folder: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    golds = [goldfile.load(p) for p in gold_files(folder)]
    return golds[:limit] if limit else golds


def articles(golds: Iterable[Mapping[str, Any]], options: Any = None) -> Iterator[tuple[Mapping[str, Any], Any]]:
    """(gold, Article or the read failure) for each gold file: a page eventwire refuses is scored as coding nothing."""
    from ..read import read_path

    for gold in golds:
        path = page_path(gold)
        item: Any = None
        for item in read_path(path, options):
            break
        yield gold, item


def score(coded: Mapping[str, CodedArticle | None], golds: list[dict[str, Any]], path: str | Path = "") -> dict:
    """Measures over all pages; coded maps each gold file's path to its coding (None when the page was refused)."""
    incidents = PRF()
    genuine = Accuracy()  # share of emitted incidents that are a gold incident; 100 minus it is the invented share
    clean = Accuracy()  # pages with no gold incident that produce none
    fields = {name: Accuracy() for name in FIELDS}
    pages = []
    for gold in golds:
        article = coded.get(gold["_path"])
        kept = tuple(i for i in (article.incidents if article else ()) if not neutral(i))
        report = goldfile.compare(_with(article, kept, gold), gold)
        n_gold = len(gold["incidents"])
        paired = len(report["pairs"])
        incidents.add(PRF(p_num=paired, p_den=len(kept), r_num=paired, r_den=n_gold))
        genuine.total += len(kept)
        genuine.correct += paired
        if not n_gold:
            clean.add(not kept)
        for pair in report["pairs"]:
            for name in FIELDS:
                fields[name].add(pair["fields"][name]["ok"])
        pages.append({
            "page": gold["article"], "gold": n_gold, "emitted": len(kept), "found": paired,
            "refused": None if article else "not read", "spurious": report["spurious"], "missed": report["missed"],
            "mismatches": {p["gold"]: p["mismatches"] for p in report["pairs"]},
        })
    measures = {
        "incidents": incidents.to_dict(),
        "emitted_genuine": genuine.to_dict(),
        "no_incident_pages_clean": clean.to_dict(),
    }
    measures.update({f"matched_{name}": acc.to_dict() for name, acc in fields.items()})
    return result("web", path, len(golds), measures, pages=pages)


def _with(article: CodedArticle | None, kept: tuple, gold: Mapping[str, Any]) -> CodedArticle:
    if article is None:
        return CodedArticle(article=Article(id=gold["article"], text=""), incidents=())
    return CodedArticle(article=article.article, incidents=kept, spin=article.spin)


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Read every page of the folder, code the ones read, and score them all."""
    golds = load(path, limit)
    pairs = list(articles(golds, options))
    readable = [(g, a) for g, a in pairs if isinstance(a, Article)]
    from ..pipeline import code_articles  # imported late: a bad folder is reported before the models load

    coded: dict[str, CodedArticle | None] = {g["_path"]: None for g, _ in pairs}
    for (g, _), c in zip(readable, code_articles([a for _, a in readable], options)):
        coded[g["_path"]] = c
    return score(coded, golds, path)
