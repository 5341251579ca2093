"""MUC-4 relevance: a learned score of whether a detected incident is a specific, factual terrorist act as MUC-4 codes one."""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from importlib import resources

from .records import Article, Incident

#: package-relative location of the weights written by scripts/train_relevance.py
MODEL_FILE = ("data", "models", "muc4_relevance.json")

_WORD = re.compile(r"[a-z][a-z'-]+")
#: leading characters of the article read as its lead: MUC-4 irrelevant messages (speeches, commentary, peace talks)
#: show it in the first sentence, relevant ones ("a bomb exploded...") too
LEAD_CHARS = 300
#: "weeks back" buckets stop here: MUC-4 codes only incidents within two months of the report, older ones are history
MAX_WEEKS = 10


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _words(text: str, prefix: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return [f"{prefix}:{w}" for w in words] + [f"{prefix}:{a}_{b}" for a, b in zip(words, words[1:])]


def features(incident: Incident, article: Article, count: int, index: int) -> list[str]:
    """Binary features of one incident among `count` coded from `article` (`index`: its place among them).

    Only the rule-coded fields and the text: the role tagger's strings are left out because the tagger was
    trained on the same MUC-4 messages, and its near-perfect output there would teach the scorer to trust it.
    """
    out = [
        "bias",
        f"type={incident.muc_incident_type}",
        f"sub={incident.sub_event_type}",
        f"event={incident.event_type}",
        f"prec={incident.date_precision}",
        f"cc={incident.country or 'none'}",
        f"geo={incident.geo_precision}",
        f"n={min(count, 4)}",
        f"k={min(index, 3)}",
    ]
    if incident.killed:
        out.append("killed")
    if incident.wounded:
        out.append("wounded")
    if incident.claimed:
        out.append("claimed")
    if incident.perpetrator:
        out.append("perpetrator")
    published, happened = _date(article.published), _date(incident.date_latest or incident.date)
    if published and happened:
        out.append(f"weeks={min(max((published - happened).days // 7, -1), MAX_WEEKS)}")
    else:
        out.append("weeks=none")
    out += [f"dl={w}" for w in _WORD.findall((article.dateline_place or "").lower())]
    out += _words(incident.summary or "", "s")
    out += _words(article.text[:LEAD_CHARS], "lead")
    return out


@lru_cache(maxsize=1)
def _model() -> dict | None:
    path = resources.files("eventwire").joinpath(*MODEL_FILE)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def available() -> bool:
    """True when the trained weights are present in the package."""
    return _model() is not None


def probability(feats: Sequence[str], model: dict | None = None) -> float:
    """The logistic model's probability that an incident with these features is a MUC-4 incident."""
    model = model or _model()
    if model is None:
        return 1.0
    weights = model["weights"]
    z = sum(weights.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def score_incidents(incidents: Sequence[Incident], article: Article) -> list[float]:
    """Relevance of each incident that has a MUC-4 type (1.0 for the others, and when no model is shipped)."""
    count = sum(1 for i in incidents if i.muc_incident_type)
    out, index = [], 0
    for incident in incidents:
        if not incident.muc_incident_type:
            out.append(1.0)
            continue
        out.append(probability(features(incident, article, count, index)))
        index += 1
    return out
