"""Scorer for the project's own gold files (the seed format): incidents aligned one-to-one, then field by field."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Mapping

from ..errors import EvaluationError
from ..records import Article, CodedArticle, Incident
from .common import (
    PRF,
    Accuracy,
    align_pairs,
    date_in_window,
    iso,
    normalize,
    require_file,
    result,
    same_actor,
    same_admin1,
    same_country,
    same_place,
)

FIELDS = (
    "date",
    "date_precision",
    "country",
    "admin1",
    "location",
    "event_type",
    "sub_event_type",
    "attack_types",
    "target_types",
    "weapon_types",
    "perpetrator",
    "killed",
    "wounded",
    "perpetrators_killed",
    "claimed",
    "claim_channel",
)
#: fields that tell incidents of one article apart best, so they weigh double when aligning
_ALIGN_WEIGHTS = {"date": 2.0, "location": 2.0, "killed": 2.0}
#: a predicted and a gold incident are paired only when they agree on at least this much (weights above) of what
#: the gold states: one shared field alone (the country, say) is true of every incident of the article
MIN_PAIR_SCORE = 3.0
_SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


def load(path: str | Path) -> dict[str, Any]:
    """A gold file as a dict, checked for the keys the scorer needs; "_path" records where it was read."""
    p = require_file(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{p}: not JSON ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("incidents"), list) or "article" not in gold:
        raise EvaluationError(f"{p}: not a gold file (needs 'article' and a list of 'incidents')")
    for n, incident in enumerate(gold["incidents"]):
        if not isinstance(incident, dict):
            raise EvaluationError(f"{p}: incident {n} is not an object")
        incident.setdefault("id", f"gold-{n + 1}")
    gold["_path"] = str(p)
    return gold


def article_path(gold: Mapping[str, Any]) -> Path:
    return Path(gold.get("_path", ".")).parent / gold["article"]


def read_article(gold: Mapping[str, Any], options: Any = None) -> Article:
    """The article a gold file describes, read with eventwire.read where it exists, else the seed format here."""
    path = require_file(article_path(gold))
    try:
        from ..read import read_path
    except ImportError:
        read_path = None  # type: ignore[assignment]  # the optional-import idiom: a tree without eventwire.read
    if read_path is not None:
        for item in read_path(path, options, default_date=gold.get("article_date")):
            if isinstance(item, Article):
                return item
            raise EvaluationError(f"{path}: {getattr(item, 'reason', item)}")
        raise EvaluationError(f"{path}: no article in the file")
    text = path.read_text(encoding="utf-8")
    match = _SEED_HEADER.match(text)
    published = match.group(1) if match else gold.get("article_date")
    body = text[match.end():] if match else text
    return Article(id=path.stem, text=body, published=published, origin=str(path))


# --- field checks ---------------------------------------------------------------------------------------------


def _eq(got: Any, expected: Any) -> bool:
    return got == expected


def _same_set(got: Any, expected: Any) -> bool:
    return set(got or ()) == set(expected or ())


def _same_location(got: Any, expected: Any) -> bool:
    if got is None or expected is None:
        return got is None and expected is None
    return same_place(got, expected)


def _same_channel(got: Any, expected: Any) -> bool:
    return normalize(got) == normalize(expected)


def _same_perpetrator(got: Any, expected: Any) -> bool:
    if not expected:
        return not got
    return same_actor(got, expected)


_CHECKS: dict[str, Callable[[Any, Any], bool]] = {
    "date_precision": _eq,
    "country": lambda g, e: (g is None and e is None) or same_country(g, e),
    "admin1": lambda g, e: (g is None and e is None) or same_admin1(g, e),
    "location": _same_location,
    "event_type": _eq,
    "sub_event_type": _eq,
    "attack_types": _same_set,
    "target_types": _same_set,
    "weapon_types": _same_set,
    "perpetrator": _same_perpetrator,
    "killed": _eq,
    "wounded": _eq,
    "perpetrators_killed": _eq,
    "claimed": _eq,
    "claim_channel": _same_channel,
}


def _accepted(gold: Mapping[str, Any], name: str) -> list[Any]:
    """The gold value of a field and every alternative the annotator allowed."""
    values = [gold.get(name)]
    if name == "location":
        values += list(gold.get("location_alternatives") or [])
    values += list((gold.get("alternatives") or {}).get(name) or [])
    return values


def check_field(incident: Incident, gold: Mapping[str, Any], name: str) -> dict[str, Any]:
    """{"expected", "accepted", "got", "ok"} for one field of a predicted incident against a gold incident."""
    if name == "date":
        window = gold.get("date_window") or [gold.get("date"), gold.get("date")]
        got: Any = incident.date
        if not got and (incident.date_earliest or incident.date_latest):
            got = f"{incident.date_earliest}..{incident.date_latest}"
        ok = date_in_window(incident, iso(window[0]), iso(window[1])) if any(window) else incident.date is None
        return {"expected": window, "accepted": [window], "got": got, "ok": ok}
    got = getattr(incident, name)
    if isinstance(got, tuple):
        got = list(got)
    accepted = _accepted(gold, name)
    ok = any(_CHECKS[name](got, value) for value in accepted)
    return {"expected": gold.get(name), "accepted": accepted, "got": got, "ok": ok}


def _pair_score(incident: Incident, gold: Mapping[str, Any]) -> float:
    """Agreement on what the gold states (null gold values do not count: every silent prediction has them)."""
    total = 0.0
    for name in FIELDS:
        stated = gold.get("date_window") if name == "date" else gold.get(name)
        if stated in (None, [], ""):
            continue
        if check_field(incident, gold, name)["ok"]:
            total += _ALIGN_WEIGHTS.get(name, 1.0)
    return total


def compare(coded: CodedArticle, gold: Mapping[str, Any]) -> dict[str, Any]:
    """Align predicted and gold incidents one-to-one and check every field of each pair.

    Returns {"pairs": [{"gold", "predicted", "fields": {name: {...,"ok"}}, "mismatches": [...]}],
    "missed": [gold ids], "spurious": [{"id", "summary"}], "all_match": bool}.
    """
    predicted = list(coded.incidents)
    golds = list(gold.get("incidents") or [])
    scores = [[_pair_score(p, g) for g in golds] for p in predicted]
    pairs = align_pairs(scores, MIN_PAIR_SCORE) if predicted and golds else []
    report_pairs = []
    for i, g in sorted(pairs, key=lambda pair: pair[1]):
        fields = {name: check_field(predicted[i], golds[g], name) for name in FIELDS}
        report_pairs.append(
            {
                "gold": golds[g]["id"],
                "predicted": predicted[i].id,
                "fields": fields,
                "mismatches": [n for n, f in fields.items() if not f["ok"]],
            }
        )
    paired_pred = {i for i, _ in pairs}
    paired_gold = {g for _, g in pairs}
    missed = [golds[g]["id"] for g in range(len(golds)) if g not in paired_gold]
    spurious = [
        {"id": p.id, "summary": (p.summary or "")[:160]} for i, p in enumerate(predicted) if i not in paired_pred
    ]
    all_match = not missed and not spurious and all(not p["mismatches"] for p in report_pairs)
    return {
        "article": coded.article.origin or coded.article.id,
        "pairs": report_pairs,
        "missed": missed,
        "spurious": spurious,
        "all_match": all_match,
    }


def score(coded: CodedArticle, gold: Mapping[str, Any], path: str | Path = "") -> dict:
    """Measures: incidents (P/R/F1 of the alignment) and per field the share of gold incidents right (a missed
    gold incident counts wrong on every field); "details" holds compare()'s report."""
    report = compare(coded, gold)
    n_gold = len(gold.get("incidents") or [])
    incidents = PRF(p_num=len(report["pairs"]), p_den=len(coded.incidents), r_num=len(report["pairs"]), r_den=n_gold)
    fields = {name: Accuracy() for name in FIELDS}
    for pair in report["pairs"]:
        for name in FIELDS:
            fields[name].add(pair["fields"][name]["ok"])
    for _ in report["missed"]:
        for name in FIELDS:
            fields[name].add(False)
    measures = {"incidents": incidents.to_dict()}
    measures.update({name: acc.to_dict() for name, acc in fields.items()})
    return result("gold", path, 1, measures, all_match=report["all_match"], details=report)


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the gold file's article with the pipeline and score it (limit is accepted for a uniform signature)."""
    gold = load(path)
    article = read_article(gold, options)
    from ..pipeline import code_articles  # imported late: a bad file is reported before the models load
    coded = next(iter(code_articles([article], options)))
    return score(coded, gold, path)


def print_report(report: Mapping[str, Any], console: Any = None) -> None:
    """Field by field for each aligned pair, then missed and spurious incidents."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console()
    for pair in report["pairs"]:
        table = Table(title=f"gold {pair['gold']} <- predicted {pair['predicted']}", title_justify="left")
        for column in ("field", "expected", "got", ""):
            table.add_column(column)
        for name, f in pair["fields"].items():
            accepted = f["accepted"] if len(f["accepted"]) > 1 and name != "date" else f["expected"]
            verdict = "ok" if f["ok"] else "[red]MISMATCH[/red]"
            table.add_row(name, escape(_show(accepted)), escape(_show(f["got"])), verdict)
        console.print(table)
    for gold_id in report["missed"]:
        console.print(f"[red]missed[/red] gold incident {escape(str(gold_id))}")
    for spurious in report["spurious"]:
        console.print(f"[red]spurious[/red] predicted incident {escape(spurious['id'])}: {escape(spurious['summary'])}")
    console.print("all fields match" if report["all_match"] else "[red]some fields do not match[/red]")


def _show(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return "-" if value is None else str(value)
