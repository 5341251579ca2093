"""WikiEvents scorer: gold Conflict.Attack events found by predicted incidents, and victims and attackers named."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..errors import EvaluationError
from ..records import Article
from .common import PRF, limited, normalize, normalize_actor, require_file, result

#: an attack mention without any argument is mostly a passing reference ("the attack", "such bombings") that
#: no extractor codes as its own incident; only attacks with at least one argument are units of recall
MIN_ATTACK_ARGUMENTS = 1
ATTACK_PREFIX = "Conflict.Attack"
#: event types whose trigger sentence makes a predicted incident right: the attack itself or its casualties
INCIDENT_PREFIXES = ("Conflict.Attack", "Life.Die", "Life.Injure")
VICTIM_ROLES = {("Life.Die", "Victim"), ("Life.Injure", "Victim")}
ATTACKER_ROLES = {("Conflict.Attack", "Attacker"), ("Life.Die", "Killer"), ("Life.Injure", "Injurer")}
#: argument texts that are pronouns, numbers or quantifiers: no coder writes them as a victim or perpetrator name
_UNNAMEABLE = re.compile(
    r"^(they|them|who|whom|those|these|he|she|it|we|us|i|you|him|her|more|others|other|some|many|several|"
    r"scores|dozens|hundreds|all|both|one|two|three|four|five|six|seven|eight|nine|ten|\d+|which|that)$"
)


def load(path: str | Path) -> list[dict[str, Any]]:
    """WikiEvents documents: text (sentences one a line), sentence spans, attack mentions, victims, attackers."""
    p = require_file(path)
    docs = []
    with p.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                docs.append(_document(json.loads(line)))
            except (json.JSONDecodeError, KeyError, TypeError, IndexError) as exc:
                raise EvaluationError(f"{p}:{number}: not a WikiEvents record ({exc})") from None
    return docs


def _document(raw: Mapping[str, Any]) -> dict[str, Any]:
    # the corpus text glues sentences together ("...in SyriaThe desert..."); one sentence a line reads as news
    texts = [s[1] for s in raw["sentences"]]
    spans, offset = [], 0
    for text in texts:
        spans.append((offset, offset + len(text)))
        offset += len(text) + 1
    attacks: list[dict[str, Any]] = []
    victims: dict[str, str] = {}
    attackers: dict[str, str] = {}
    for event in raw["event_mentions"]:
        family = ".".join(event["event_type"].split(".")[:2])
        if event["event_type"].startswith(ATTACK_PREFIX) and len(event["arguments"]) >= MIN_ATTACK_ARGUMENTS:
            trigger = event["trigger"]
            attacks.append({"id": event["id"], "sentence": trigger["sent_idx"], "trigger": trigger["text"]})
        for argument in event["arguments"]:
            key = normalize(argument["text"])
            if not key or _UNNAMEABLE.match(key):
                continue
            if (family, argument["role"]) in VICTIM_ROLES:
                victims.setdefault(key, argument["text"])
            if (family, argument["role"]) in ATTACKER_ROLES:
                attackers.setdefault(key, argument["text"])
    incident_sentences = sorted(
        {e["trigger"]["sent_idx"] for e in raw["event_mentions"] if e["event_type"].startswith(INCIDENT_PREFIXES)}
    )
    return {
        "id": raw["doc_id"],
        "text": "\n".join(texts),
        "sentence_spans": spans,
        "attacks": attacks,
        "incident_sentences": incident_sentences,
        "victims": sorted(victims.values()),
        "attackers": sorted(attackers.values()),
    }


# --- matching -------------------------------------------------------------------------------------------------


def incident_sentences(incident: Any, text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the sentences an incident was coded from: those its evidence spans or its summary touch."""
    ranges: list[tuple[int, int]] = []
    for field_spans in (getattr(incident, "evidence", None) or {}).values():
        for span in field_spans:
            start = span["start"] if isinstance(span, Mapping) else span.start
            end = span["end"] if isinstance(span, Mapping) else span.end
            ranges.append((start, end))
    summary = getattr(incident, "summary", None) or ""
    for piece in re.split(r"(?<=[.!?])\s+|\n", summary):
        piece = piece.strip()
        if len(piece) < 10:
            continue
        at = text.find(piece)
        if at >= 0:
            ranges.append((at, at + len(piece)))
    return {i for i, (s, e) in enumerate(spans) for (a, b) in ranges if a < e and b > s}


def name_matches(predicted: str, gold: str) -> bool:
    """Same name after normalisation, or the gold argument (usually a head word: "general") is a word of the
    prediction ("russian major general"), or a prediction is a word of a multi-word gold name ("Gladkikh")."""
    p, g = normalize(predicted), normalize(gold)
    if not p or not g:
        return False
    return p == g or f" {g} " in f" {p} " or (len(g.split()) > 1 and f" {p} " in f" {g} ")


def _names(gold: Sequence[str], predicted: Iterable[str], actors: bool = False) -> PRF:
    """Document-level: predicted names that match a gold one, gold names some prediction matches.

    actors=True also joins group aliases ("IS" = "Islamic State") the way the ACLED/GTD actor checks do.
    """
    predicted = sorted({p.strip() for p in predicted if p and p.strip()}, key=str.lower)

    def match(p: str, g: str) -> bool:
        return name_matches(p, g) or (actors and normalize_actor(p) == normalize_actor(g))

    counts = PRF(p_den=len(predicted), r_den=len(gold))
    counts.p_num = sum(1 for p in predicted if any(match(p, g) for g in gold))
    counts.r_num = sum(1 for g in gold if any(match(p, g) for p in predicted))
    return counts


def _incidents(prediction: Any) -> Sequence[Any]:
    if prediction is None:
        return ()
    return getattr(prediction, "incidents", prediction)


def score_document(incidents: Sequence[Any], doc: Mapping[str, Any]) -> dict[str, PRF]:
    """attacks: precision over predicted incidents (coded from a sentence with a gold attack, death or injury),
    recall over gold attacks with arguments (their trigger sentence among some incident's sentences)."""
    covered = [incident_sentences(i, doc["text"], doc["sentence_spans"]) for i in incidents]
    union = set().union(*covered) if covered else set()
    gold_sentences = set(doc["incident_sentences"])
    attacks = PRF(p_den=len(incidents), r_den=len(doc["attacks"]))
    attacks.p_num = sum(1 for c in covered if c & gold_sentences)
    attacks.r_num = sum(1 for a in doc["attacks"] if a["sentence"] in union)
    victims = _names(
        doc["victims"],
        (v for i in incidents for v in (tuple(getattr(i, "human_targets", ()) or ()) + tuple(getattr(i, "victims", ()) or ()))),
    )
    attackers = _names(
        doc["attackers"],
        (
            a
            for i in incidents
            for a in (
                ((i.perpetrator,) if getattr(i, "perpetrator", None) else ())
                + tuple(getattr(i, "perpetrator_organizations", ()) or ())
                + tuple(getattr(i, "perpetrator_individuals", ()) or ())
            )
        ),
        actors=True,
    )
    coverage = PRF(p_num=len(union), p_den=len(doc["sentence_spans"]))
    return {"attacks": attacks, "victims": victims, "attackers": attackers, "coverage": coverage}


def score(predictions: Mapping[str, Any], gold: Sequence[Mapping[str, Any]], path: str | Path = "") -> dict:
    """predictions: doc id -> CodedArticle or incidents (documents without an entry predicted nothing)."""
    totals = {k: PRF() for k in ("attacks", "victims", "attackers", "coverage")}
    for doc in gold:
        for k, counts in score_document(_incidents(predictions.get(doc["id"])), doc).items():
            totals[k].add(counts)
    coverage = totals.pop("coverage")
    # attack recall is only as strict as incidents are narrow: an incident citing every sentence finds every attack
    return result(
        "wikievents", path, len(gold), {k: v.to_dict() for k, v in totals.items()},
        sentences_cited=f"{coverage.p_num}/{coverage.p_den}",
    )


def article_for(doc: Mapping[str, Any], path: str | Path = "") -> Article:
    # WikiEvents gives no publication date; the pipeline resolves relative dates without one or leaves them open
    return Article(id=doc["id"], text=doc["text"], origin=f"{path}:{doc['id']}")


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the first `limit` documents with the pipeline and score them."""
    docs = limited(load(path), limit)
    from ..pipeline import code_articles  # imported late: a bad file is reported before the models load
    coded = code_articles([article_for(d, path) for d in docs], options)
    return score({c.article.id: c for c in coded}, docs, path)
