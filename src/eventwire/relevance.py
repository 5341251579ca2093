"""Learned relevance: does an article report political violence, conflict or violent crime as news, and is a coded
act one that happened rather than a figure of speech, a game, an accident, a threat or a mention?

Two logistic models over sentence embeddings (encoder.py, all-MiniLM-L6-v2):
- the **article gate** reads the title and the lead (the first ARTICLE_CHARS characters) and runs before the parse,
  so an article about sport or business costs an embedding (~20-40 ms) instead of spaCy's parse and everything after;
- the **act filter** reads the sentence each coded incident rests on and drops the ones that are not violent acts
  reported as news ("fired a shot at the goalie", "attacked each other's policies", "a cyber attack").
Both are fitted by `scripts/train_relevance.py` (`make train`) on shared data only and ship as one JSON file of
weights; their thresholds are settings ([relevance] in defaults.toml).

In front of each runs a **cheap model** (a cascade): logistic regression over hashed lower-case words and word pairs
of the same input (~1 ms an article, no encoder), calibrated on out-of-fold scores. It decides what it is sure of
(below `cheap_article_below`: the article is skipped; above `cheap_article_above`: it goes on, its cheap probability
standing for the gate's) and leaves only the unsure band to MiniLM; the act filter the same way
(`cheap_act_below` / `cheap_act_above`). Its weights are indexed by hash bucket, so the shipped file holds no text of
the training data. An article that names an act in a strong trigger word anywhere in its text is never a sure
negative (tells_strong_act): the lead the cheap gate reads may be about something else.

Before either act model, rules drop an act whose sentence tells a mention, not an act (mention_reason: a threat, a
match score, a figure of speech, fiction; word lists in data/wordlists.toml [relevance]): the models, fitted on few
general-news negatives, scored such sentences as acts on pages they had not seen.
"""
from __future__ import annotations

import json
import math
import re
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from .errors import ModelError

if TYPE_CHECKING:
    from .settings import RelevanceSettings

#: title plus this many characters of the body make the gate's input: the lead says what an article is about, and
#: ~120 word pieces keep the embedding near 20-40 ms, a fraction of the parse it saves
ARTICLE_CHARS = 600
#: the act filter's input is the incident's main sentence, cut to this many characters (long sentences are lists
#: or run-ons whose tail says nothing about the act)
ACT_CHARS = 400
MODEL_FILE = "data/models/relevance.json"
CHEAP_FILE = "data/models/relevance_cheap.json"
#: hash buckets of the cheap models' features: 2^20 keeps collisions among the ~10^5 words and pairs of the training
#: data rare, and a dense weight vector of that size is 4 MB
CHEAP_BUCKETS = 1 << 20
#: a sure negative of the cheap gate whose title holds a word of the trigger scan (prefilter.passes) and alone scores
#: at least this by the cheap model is lifted into MiniLM's band all the same: the title says what the page reports,
#: where its text is a sidebar ("Five Must-See Destinations In Paris" under "Two Charged In Triple Homicide") or an
#: aftermath told as a life story ("Girl back home ten weeks after accidental shooting" above a homecoming); MiniLM, which
#: reads title and lead together, then decides. The cheap model scores a short title high whatever it says ("Dickey
#: County Leader March 5 Page5" 0.99), hence the scan's word; 0.9 of the touched GVA titles lets through all but a
#: few of those with one (GVA outside 301-450 and the web pages: 10 sure negatives lifted of ~5,900)
TITLE_LIFT = 0.9

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
    return _load_once(_models, path, MODEL_FILE,
                      lambda data: Models(Logistic.from_dict(data["article"]), Logistic.from_dict(data["act"])))


def _load_once(cache: dict, path: str, shipped: str, build):
    """`build` of the JSON in `path` (or the packaged `shipped` file when empty), read once per path under the lock;
    a file that cannot be read or built is a ModelError naming it."""
    with _lock:
        if path not in cache:
            try:
                raw = Path(path).read_text(encoding="utf-8") if path else \
                    resources.files("eventwire").joinpath(shipped).read_text(encoding="utf-8")
                cache[path] = build(json.loads(raw))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise ModelError(f"relevance model {path or shipped}: cannot be read ({exc})") from None
        return cache[path]


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


def forget() -> None:
    """Forget the remembered article scores (benchmarks that code the same texts twice, each run paying its own)."""
    with _lock:
        _memo.clear()


def act_scores(sentences: Sequence[str], path: str = "") -> np.ndarray:
    """p(a violent act reported as news) for each incident's main sentence."""
    from . import encoder

    return models(path).act.probabilities(encoder.encode([act_text(s) for s in sentences]))


# --- the cheap models: hashed words and word pairs, logistic, calibrated ------------------------------------------

_TOKEN = re.compile(r"[a-z]+|[0-9]+")


def hashed_features(text: str) -> np.ndarray:
    """The distinct hash buckets of the text's lower-case words and adjacent word pairs (numbers as one token "0": a
    toll's digits say nothing a word does not)."""
    words = ["0" if w[0].isdigit() else w for w in _TOKEN.findall(text.lower())]
    names = [f"w {w}" for w in words] + [f"b {a} {b}" for a, b in zip(words, words[1:])]
    return np.unique(np.fromiter((zlib.crc32(n.encode()) for n in names), dtype=np.int64, count=len(names))
                     & (CHEAP_BUCKETS - 1))


@dataclass(frozen=True)
class Hashed:
    """p = sigmoid(scale * (w . x + b) + shift) over binary hashed features scaled to unit length; scale and shift
    are the Platt calibration fitted on out-of-fold scores."""

    weights: np.ndarray
    bias: float
    scale: float = 1.0
    shift: float = 0.0

    def logit(self, text: str) -> float:
        buckets = hashed_features(text)
        if len(buckets) == 0:
            return self.bias
        return float(self.weights[buckets].sum()) / math.sqrt(len(buckets)) + self.bias

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        z = np.array([self.logit(t) for t in texts], dtype=float)
        return 1.0 / (1.0 + np.exp(-(self.scale * z + self.shift)))

    def to_dict(self) -> dict:
        index = np.flatnonzero(np.abs(self.weights) >= 1e-3)
        return {"buckets": len(self.weights), "bias": round(self.bias, 6), "scale": round(self.scale, 6),
                "shift": round(self.shift, 6), "index": index.tolist(),
                "value": [round(float(v), 4) for v in self.weights[index]]}

    @classmethod
    def from_dict(cls, data: dict) -> "Hashed":
        weights = np.zeros(int(data["buckets"]), dtype=np.float32)
        weights[np.asarray(data["index"], dtype=np.int64)] = np.asarray(data["value"], dtype=np.float32)
        return cls(weights, float(data["bias"]), float(data["scale"]), float(data["shift"]))


@dataclass(frozen=True)
class Cheap:
    article: Hashed
    act: Hashed


def hashed_matrix(texts: Sequence[str]):  # -> scipy.sparse.csr_matrix (scipy is needed only by training)
    """The rows Hashed.logit reads, as a sparse matrix (for fitting)."""
    from scipy import sparse

    rows = [hashed_features(t) for t in texts]
    data = np.concatenate([np.full(len(r), 1.0 / math.sqrt(len(r)) if len(r) else 0.0) for r in rows] or [np.zeros(0)])
    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.concatenate(rows or [np.zeros(0, dtype=np.int64)])
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), CHEAP_BUCKETS))


def fit_hashed(texts: Sequence[str], y: np.ndarray, sample_weight: np.ndarray, l2: float) -> Hashed:
    """L2-regularised, weighted logistic regression over hashed features by L-BFGS (scipy, training only); not yet
    calibrated (scale 1, shift 0)."""
    from scipy.optimize import minimize

    x = hashed_matrix(texts)
    y = np.asarray(y, dtype=float)
    sw = np.asarray(sample_weight, dtype=float)
    used = np.unique(x.indices)
    xs = x[:, used]

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = flat[:-1], flat[-1]
        z = xs @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        value = -(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() + 0.5 * l2 * (w @ w)
        g = sw * (p - y)
        return float(value), np.concatenate([xs.T @ g + l2 * w, [g.sum()]])

    result = minimize(loss, np.zeros(len(used) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    weights = np.zeros(CHEAP_BUCKETS, dtype=np.float32)
    weights[used] = result.x[:-1]
    return Hashed(weights, float(result.x[-1]))


def calibrated(model: Hashed, logits: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None) -> Hashed:
    """The model with Platt scaling fitted on (out-of-fold) logits: p = sigmoid(scale * z + shift). With class
    weights that balance the classes, p is calibrated for even odds, not for the training data's share of
    positives."""
    fitted = fit(np.asarray(logits, dtype=float).reshape(-1, 1), np.asarray(y, dtype=float), sample_weight, l2=1e-6)
    return Hashed(model.weights, model.bias, float(fitted.weights[0]), fitted.bias)


def write_cheap(path: str | Path, models: Cheap, **about) -> None:
    data = {"article": models.article.to_dict(), "act": models.act.to_dict(), "about": about}
    Path(path).write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


_cheap: dict[str, Cheap] = {}


def cheap_models(path: str = "") -> Cheap:
    """The cheap models in `path` (written by scripts/train_relevance.py --cheap-out), or the shipped ones."""
    return _load_once(_cheap, path, CHEAP_FILE,
                      lambda data: Cheap(Hashed.from_dict(data["article"]), Hashed.from_dict(data["act"])))


def _cascade(cheap: np.ndarray, below: float, above: float, costly) -> np.ndarray:
    """The cheap scores where they are sure (< below or > above), the costly model's in the unsure band between."""
    out = cheap.astype(float)
    band = np.flatnonzero((cheap >= below) & (cheap <= above))
    if len(band):
        out[band] = costly(band)
    return out


#: a word as the strong-trigger guard reads it: letters and digits, hyphenated words whole ("anti-bomb" is no "bomb")
_GUARD_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@lru_cache(maxsize=1)
def _strong_triggers() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Every form of the detector's strong triggers (data/triggers.tsv strength "strong": words that name an act of
    violence or protest by themselves): the one-word ones as a set, the phrases by their first word."""
    from .lexicon import lexicon

    phrases = {phrase for phrase, trigger in lexicon().triggers.items()
               if getattr(trigger, "strong", False) and all(w.isascii() for w in phrase)}
    rests: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        if len(phrase) > 1:
            rests.setdefault(phrase[0], set()).add(tuple(phrase[1:]))
    return (frozenset(p[0] for p in phrases if len(p) == 1),
            {first: tuple(sorted(r)) for first, r in rests.items()})


def tells_strong_act(title: str | None, text: str, wounds: bool = True) -> bool:
    """Whether the title or anywhere in the text names an act in a strong trigger word ("opened fire", "shot dead",
    "bombing"): such an article is never a sure negative, however general its lead reads (web page 172, an interview
    on gun laws, tells a cinema shooting after its lead). A set lookup per word, ~1 ms on a long page. With
    `wounds=False` the words that tell only a wound (wordlists.toml relevance.wound_only_triggers: "gunshot") do
    not count."""
    singles, phrases = _strong_triggers()
    if not wounds:
        from . import wordlists

        singles = singles - frozenset(wordlists.words("relevance", "wound_only_triggers"))
    words = _GUARD_WORD.findall(f"{title or ''} {text}".lower())
    present = set(words)
    if not present.isdisjoint(singles):
        return True
    firsts = present.intersection(phrases)
    return any(tuple(words[n + 1:n + 1 + len(rest)]) == rest
               for n, w in enumerate(words) if w in firsts for rest in phrases[w])


def window_texts(title: str | None, text: str) -> list[str]:
    """The article as the cheap gate reads it whole: the title and lead (article_text), then each following
    ARTICLE_CHARS of the text (a last piece under half that is left out: too short to say what it is about)."""
    step = ARTICLE_CHARS
    return [article_text(title, text)] + [article_text(None, text[k:k + step]) for k in range(step, len(text), step)
                                          if len(text[k:k + step]) >= step // 2]


def cheap_gate_scores(items: Sequence[tuple[str | None, str]], settings: "RelevanceSettings") -> np.ndarray:
    """The cheap article model's p for each (title, text), with every score under cheap_article_below lifted to it
    (into MiniLM's band) when the article tells a strong act (tells_strong_act) in its title, or in a text one of
    whose windows (window_texts) the cheap model scores at least cheap_window_below: what is left under the cut is
    what the gate skips as a sure negative. The guard is there because the lead may be about something else than the
    act told later (web page 172); where every window of the text reads as general news to the cheap model, a strong
    word in the text is an aside (a court report, a film, a history: "shot" in a sports page). A title says what the
    article is about, whatever the page around it reads like ("Teen Shot To Death In Pacoima" above a page of
    menus): a score is lifted too where the cheap model scores the title alone at least TITLE_LIFT, telling the act in
    a weaker word ("Tampa resident was wounded at Pulse nightclub", "after gun accident")."""
    model = cheap_models(settings.cheap_model).article
    cheap = model.probabilities([article_text(t, x) for t, x in items])
    below, windows = settings.cheap_article_below, settings.cheap_window_below
    for n in np.flatnonzero(cheap < below).tolist():
        title, text = items[n]
        if tells_strong_act(title, text) and (windows <= 0 or tells_strong_act(title, "") or any(
                model.probabilities([window])[0] >= windows for window in window_texts(title, text))):
            cheap[n] = below  # windows are read until one reaches the floor: a sure negative reads them all
    from .prefilter import passes

    titled = [n for n in np.flatnonzero(cheap < below).tolist() if items[n][0] and passes(items[n][0], "")]
    if titled:
        alone = model.probabilities([article_text(items[n][0], "") for n in titled])
        for n, score in zip(titled, alone):
            if score >= TITLE_LIFT:
                cheap[n] = below  # the title reports an act: MiniLM reads the page
    return cheap


def gate_scores(items: Sequence[tuple[str | None, str]], settings: "RelevanceSettings") -> np.ndarray:
    """p(reports an incident) for each (title, text) as the cascade decides it: the cheap article model where it is
    sure (cheap_gate_scores: a sure negative tells no strong act), MiniLM (article_scores) in the band
    [cheap_article_below, cheap_article_above]."""
    cheap = cheap_gate_scores(items, settings)
    return _cascade(cheap, settings.cheap_article_below, settings.cheap_article_above,
                    lambda band: article_scores([items[i] for i in band], settings.model))


def act_filter_scores(sentences: Sequence[str], settings: "RelevanceSettings") -> np.ndarray:
    """p(a violent act reported as news) for each incident's main sentence as the cascade decides it: the cheap act
    model where it is sure, MiniLM (act_scores) in the band [cheap_act_below, cheap_act_above]."""
    cheap = cheap_models(settings.cheap_model).act.probabilities([act_text(s) for s in sentences])
    return _cascade(cheap, settings.cheap_act_below, settings.cheap_act_above,
                    lambda band: act_scores([sentences[i] for i in band], settings.model))


# --- rules: a sentence that tells a mention, not an act (data/wordlists.toml [relevance]) --------------------------

#: quotation marks and brackets that may close a sentence after its question mark
_CLOSERS = "\"'”’)]» \t\n"
#: the first word of a sentence, after any opening quotation mark
_FIRST_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _mention_frames() -> re.Pattern[str]:
    from . import wordlists

    return re.compile(r"(?<![\w-])(?:" + wordlists.alternation("relevance", "mention_patterns") + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sport() -> re.Pattern[str]:
    from . import wordlists

    return re.compile(r"(?<![\w-])(?:" + wordlists.alternation("relevance", "sport_patterns") + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sport_triggers() -> re.Pattern[str]:
    from . import wordlists

    return re.compile(r"(?<![\w-])(?:" + wordlists.alternation("relevance", "sport_trigger_patterns") + r")(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=2)
def _act_words(violent: bool = False) -> re.Pattern[str]:
    """Every form of every detector trigger (prefilter.trigger_words), each a whole word or phrase; with `violent`,
    without the triggers of protest (data/triggers.tsv ACLED type "Protests": "march", "rally"), which tell no
    violent act."""
    from .lexicon import lexicon
    from .prefilter import trigger_words

    peaceful = {" ".join(phrase) for phrase, trigger in lexicon().triggers.items()
                if getattr(trigger, "acled_event_type", None) == "Protests"} if violent else set()
    words = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in trigger_words() if w not in peaceful),
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)


def mention_reason(sentence: str, violent: bool = False) -> str | None:
    """Why an incident's main sentence tells no act that happened, or None when it may: "question" (a yes/no
    question: "Was anyone hurt in the crowd?"), "frame" (every trigger word of it lies inside a frame of
    wordlists.toml relevance.mention_patterns: a threat, a match score, a cyber or medical "attack", a figure of
    speech, a memorial ("the widow of slain Officer X", "the mother of shooting victim X"), a charge yet to come
    ("should be charged with murder"), a robbery by a claimed weapon, a work of fiction; or, in a sentence telling a
    game's play, relevance.sport_trigger_patterns: "fired a shot past the goalkeeper"). For an act coded as violence
    (`violent`), a protest's words do not count: "the sister of police shooting victim Dana Hale led the rally"
    tells a march, which no violent act can rest on. A sentence with no trigger word at all is left to the models
    (the detector found the act by other means: a toll, a body)."""
    from . import wordlists

    text = " ".join(sentence.split())
    first = _FIRST_WORD.search(text)
    if text.rstrip(_CLOSERS).endswith("?") and first and \
            first.group().lower() in wordlists.words("relevance", "yes_no_openers"):
        return "question"
    if not _act_words().search(text):
        return None
    masked = _mention_frames().sub(" ", text)
    if _sport().search(masked):
        masked = _sport_triggers().sub(" ", masked)
    return None if masked == text or _act_words(violent).search(masked) else "frame"


@lru_cache(maxsize=1)
def _act_states() -> re.Pattern[str]:
    from . import wordlists

    return re.compile(r"(?<![\w-])(?:" + wordlists.alternation("relevance", "headline_act_states") + r")(?![\w-])",
                      re.IGNORECASE)


def without_act_states(title: str) -> str:
    """The headline without the words that tell its victim's state (wordlists.toml relevance.headline_act_states: "in
    critical condition"): news of the act itself, hours after it, not a step after it as an arrest is."""
    return _act_states().sub(" ", title)
