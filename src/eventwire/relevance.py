"""Learned relevance: does an article report political violence, conflict or violent crime as news, and is a coded
act one that happened rather than a figure of speech, a game, an accident, a threat or a mention?

Two logistic models over sentence embeddings (encoder.py, all-MiniLM-L6-v2):
- the **article gate** reads the title and the lead (the first ARTICLE_CHARS characters) and runs before the parse,
  so an article about sport or business costs an embedding (~20-40 ms) instead of spaCy's parse and everything after;
- the **act filter** reads the sentence each coded incident rests on and drops the ones that are not violent acts
  reported as news ("fired a shot at the goalie", "attacked each other's policies", "a cyber attack").
Both are fitted by `scripts/train_relevance.py` (`make train`) on shared data only and ship as one JSON file of
weights; their thresholds are settings ([relevance] in defaults.toml).
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import ModelError

#: title plus this many characters of the body make the gate's input: the lead says what an article is about, and
#: ~120 word pieces keep the embedding near 20-40 ms, a fraction of the parse it saves
ARTICLE_CHARS = 600
#: the act filter's input is the incident's main sentence, cut to this many characters (long sentences are lists
#: or run-ons whose tail says nothing about the act)
ACT_CHARS = 400
MODEL_FILE = "data/models/relevance.json"

_lock = threading.Lock()
_models: dict[str, "Models"] = {}


@dataclass(frozen=True)
class Logistic:
    """p(relevant) = sigmoid(w . x + b) over a unit-length embedding x."""

    weights: np.ndarray
    bias: float

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        if len(x) == 0:
            return np.zeros(0)
        return 1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias)))

    def to_dict(self) -> dict:
        return {"weights": [round(float(v), 6) for v in self.weights], "bias": round(float(self.bias), 6)}

    @classmethod
    def from_dict(cls, data: dict) -> "Logistic":
        return cls(np.asarray(data["weights"], dtype=np.float32), float(data["bias"]))


@dataclass(frozen=True)
class Models:
    article: Logistic
    act: Logistic


def fit(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None, l2: float = 1.0,
        iterations: int = 30) -> Logistic:
    """L2-regularised logistic regression by Newton's method (385 parameters: a few exact steps converge)."""
    n, d = x.shape
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    xb = np.hstack([x.astype(float), np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (sw * (p - y)) + reg * w
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return Logistic(w[:-1].astype(np.float32), float(w[-1]))


def write(path: str | Path, models: Models, **about) -> None:
    data = {"article": models.article.to_dict(), "act": models.act.to_dict(), "about": about}
    Path(path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def models(path: str = "") -> Models:
    """The models in `path` (a file written by scripts/train_relevance.py), or the shipped ones when empty; each
    file is loaded once (thread-safe)."""
    with _lock:
        if path not in _models:
            try:
                raw = Path(path).read_text(encoding="utf-8") if path else \
                    resources.files("eventwire").joinpath(MODEL_FILE).read_text(encoding="utf-8")
                data = json.loads(raw)
                _models[path] = Models(Logistic.from_dict(data["article"]), Logistic.from_dict(data["act"]))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise ModelError(f"relevance model {path or MODEL_FILE}: cannot be read ({exc})") from None
        return _models[path]


def article_text(title: str | None, text: str) -> str:
    """What the gate reads: the title and the lead."""
    lead = " ".join(text[:ARTICLE_CHARS].split())
    return f"{title.strip()}. {lead}" if title and title.strip() and title.strip() not in lead else lead


def act_text(sentence: str) -> str:
    return " ".join(sentence.split())[:ACT_CHARS]


#: article scores kept for the act filter, which asks again for the articles that reached it
_ARTICLE_MEMO = 4096
_memo: "OrderedDict[tuple[str, str], float]" = OrderedDict()


def article_scores(items: Sequence[tuple[str | None, str]], path: str = "") -> np.ndarray:
    """p(reports an incident) for each (title, text); the last few thousand are remembered."""
    from . import encoder

    texts = [article_text(t, x) for t, x in items]
    with _lock:
        missing = sorted({t for t in texts if (path, t) not in _memo})
    if missing:
        fresh = models(path).article.probabilities(encoder.encode(missing))
        with _lock:
            for t, p in zip(missing, fresh):
                _memo[(path, t)] = float(p)
            while len(_memo) > _ARTICLE_MEMO:
                _memo.popitem(last=False)
    with _lock:
        return np.array([_memo.get((path, t), 0.0) for t in texts])


def act_scores(sentences: Sequence[str], path: str = "") -> np.ndarray:
    """p(a violent act reported as news) for each incident's main sentence."""
    from . import encoder

    return models(path).act.probabilities(encoder.encode([act_text(s) for s in sentences]))
