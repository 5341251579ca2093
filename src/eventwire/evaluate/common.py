"""What every scorer shares: normalisation, P/R/F1 and accuracy counters, one-to-one alignment, dates, places."""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import math
import re
import string
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz

from ..errors import EvaluationError
from ..geo.gazetteer import get_gazetteer
from ..geo.names import clean_admin_name, name_key, skeleton
from ..records import Article, all_deaths

#: alignment tries every one-to-one mapping while there are at most this many; beyond it, greedy on the pair
#: scores (the exhaustive search grows as (gold+1)^predicted and a few MUC-4 documents would take minutes)
MAX_EXHAUSTIVE_MAPPINGS = 20000

#: distance within which a predicted location counts as the gold one (the ACLED location check of issue 3)
LOCATION_KM = 25.0

_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_PUNCT = set(string.punctuation)


def normalize(text: str | None) -> str:
    """GTT's normalisation: lower-case, drop punctuation, the articles a/an/the and extra spaces."""
    if not text:
        return ""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


_PARENS = re.compile(r"\([^)]*\)")
#: spellings of the same actor that plain normalisation cannot join; kept small and obvious on purpose
ACTOR_ALIASES = {
    "isis": "islamic state",
    "isil": "islamic state",
    "is": "islamic state",
    "daesh": "islamic state",
    "islamic state of iraq and levant": "islamic state",
    "islamic state of iraq and syria": "islamic state",
    "taleban": "taliban",
    "al shabaab": "al shabaab",
    "alshabaab": "al shabaab",
    "al shabab": "al shabaab",
}
#: gold actor names that mean "nobody named"; a prediction without a perpetrator matches them
UNKNOWN_ACTORS = ("unknown", "unidentified", "")


_GROUP_ALIASES: dict[str, str] | None = None


def _group_aliases() -> dict[str, str]:
    """Alias -> canonical name from the package's groups.tsv (where present), plus ACTOR_ALIASES."""
    global _GROUP_ALIASES
    if _GROUP_ALIASES is None:
        table: dict[str, str] = {}
        try:
            from importlib import resources

            raw = resources.files("eventwire").joinpath("data/groups.tsv").read_text(encoding="utf-8")
        except (FileNotFoundError, OSError, ModuleNotFoundError):
            raw = ""
        for line in raw.splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 2 or cells[0] == "canonical":
                continue
            canonical = _plain_actor(cells[0])
            for alias in cells[1].split("|"):
                table.setdefault(_plain_actor(alias), canonical)
        table.update(ACTOR_ALIASES)
        _GROUP_ALIASES = table
    return _GROUP_ALIASES


def _plain_actor(name: str) -> str:
    return normalize(_PARENS.sub(" ", (name or "").replace("-", " ")))


def normalize_actor(name: str | None) -> str:
    """An actor name without its parenthesised qualifiers ("(2019-)", "(Afghanistan)"), normalised, aliases joined."""
    text = _plain_actor(name or "")
    return _group_aliases().get(text, text)


def same_actor(predicted: str | None, gold: str | None) -> bool:
    """Equal after normalize_actor, or one name a whole-word part of the other ("Taliban" in "Taliban militants")."""
    p, g = normalize_actor(predicted), normalize_actor(gold)
    if g.startswith(UNKNOWN_ACTORS[:2]) or not g:
        return not p or p.startswith(UNKNOWN_ACTORS[:2])
    if not p:
        return False
    if p == g:
        return True
    return f" {p} " in f" {g} " or f" {g} " in f" {p} "


#: Arabic article prefixes that transliterations keep or drop at will ("Aţ Ţārmīyah" = "Tarmiya")
_PLACE_ARTICLES = {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ul"}
#: transliterations of one place differ by a trailing letter or two (Tarmiya / Tarmiyah, Falluja / Fallujah);
#: allowing more, or fuzzy matching anywhere in the name, joins distinct towns (San Salvador / Santa Salvador)
PLACE_SUFFIX_SLACK = 2


def place_key(name: str | None) -> str:
    """A place name without diacritics, case, punctuation, articles and a leading Arabic article."""
    folded = unicodedata.normalize("NFKD", name or "")
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("-", " ").replace("'", " ")
    words = normalize(folded).split()
    if len(words) > 1 and words[0] in _PLACE_ARTICLES:
        words = words[1:]
    return " ".join(words)


def same_place(predicted: str | None, gold: str | None) -> bool:
    """One place under two spellings: equal keys, or one key the other plus at most PLACE_SUFFIX_SLACK letters."""
    p, g = place_key(predicted), place_key(gold)
    if not p or not g:
        return False
    short, long_ = sorted((p, g), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= PLACE_SUFFIX_SLACK and len(short) >= 4 or p == g


def normalize_place_name(name: str | None) -> str:
    """Comparable form of a place or area name: no diacritics, articles, affixes ("Governorate") or case."""
    if not name:
        return ""
    return name_key(clean_admin_name(name))


def same_admin1(a: str | None, b: str | None, country: str | None = None) -> bool:
    """True when two admin1 names denote the same area ("Salah al-Din" = "Salah ad Din Governorate"): equal keys,
    alike skeletons, one gazetteer area under both names (within `country` when given), or near-equal spellings."""
    ka, kb = normalize_place_name(a), normalize_place_name(b)
    if not ka or not kb:
        return False
    if ka == kb or skeleton(ka) == skeleton(kb) and fuzz.ratio(ka, kb) >= 75:
        return True
    gz = get_gazetteer()

    def areas(name: str, key: str) -> set[int]:
        # The name as written too: an alias may end in a word the affix rules strip ("National Capital Region").
        return {e.id for k in {key, name_key(name)} if k for e in gz.candidates(k)
                if e.feature == "admin1" and (country is None or e.country == country)}

    if areas(a or "", ka) & areas(b or "", kb):
        return True
    return fuzz.ratio(ka, kb) >= 90


# --- counters -------------------------------------------------------------------------------------------------


@dataclass
class PRF:
    """Precision/recall counts: p_num of p_den predicted right, r_num of r_den gold found."""

    p_num: int = 0
    p_den: int = 0
    r_num: int = 0
    r_den: int = 0

    def add(self, other: "PRF") -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def p(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def r(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "prf",
            "p_num": self.p_num,
            "p_den": self.p_den,
            "r_num": self.r_num,
            "r_den": self.r_den,
            "precision": round(100 * self.p, 2),
            "recall": round(100 * self.r, 2),
            "f1": round(100 * self.f1, 2),
        }


@dataclass
class Accuracy:
    """Share of scored items that were right."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "accuracy", "correct": self.correct, "total": self.total, "accuracy": round(100 * self.value, 2)
        }


def headline(measure: dict[str, Any]) -> float:
    """The one number of a measure: F1 for P/R/F1 and accuracy (0-100), the rate per document for kind "rate"."""
    if measure.get("kind") == "rate":
        return float(measure["rate"])
    return float(measure["f1"] if measure.get("kind") == "prf" else measure["accuracy"])


def result(dataset: str, path: str | Path, documents: int, measures: dict[str, dict[str, Any]], **extra: Any) -> dict:
    """The one result shape every scorer returns (and --json writes)."""
    return {"dataset": dataset, "file": str(path), "documents": documents, "measures": measures, **extra}


# --- alignment ------------------------------------------------------------------------------------------------


def align(
    n_pred: int,
    n_gold: int,
    objective: Callable[[dict[int, int]], float],
    candidates: Sequence[Sequence[int]] | None = None,
) -> dict[int, int]:
    """The one-to-one mapping pred -> gold (-1 = unmapped) maximising `objective`.

    candidates[i] lists the gold items pred i may map to (default all); leaving out pairs that cannot score keeps
    the search small. Every mapping is tried in GTT's order (gold ascending, unmapped last; the first best wins)
    while there are at most MAX_EXHAUSTIVE_MAPPINGS; beyond that each step maps the pair that raises the
    objective most.
    """
    if n_pred == 0:
        return {}
    options = [list(c) for c in candidates] if candidates is not None else [list(range(n_gold))] * n_pred
    if math.prod(len(c) + 1 for c in options) <= MAX_EXHAUSTIVE_MAPPINGS:
        best, best_value = None, None
        for combo in itertools.product(*[c + [-1] for c in options]):
            used = [g for g in combo if g != -1]
            if len(used) != len(set(used)):
                continue
            mapping = dict(enumerate(combo))
            value = objective(mapping)
            if best_value is None or value > best_value:
                best, best_value = mapping, value
        return best or {}
    mapping = {i: -1 for i in range(n_pred)}
    free = set(range(n_gold))
    while free:
        base = objective(mapping)
        best_gain, best_pair = 0.0, None
        for i in (i for i, g in mapping.items() if g == -1):
            for g in options[i]:
                if g not in free:
                    continue
                trial = dict(mapping)
                trial[i] = g
                gain = objective(trial) - base
                if gain > best_gain:
                    best_gain, best_pair = gain, (i, g)
        if best_pair is None:
            break
        mapping[best_pair[0]] = best_pair[1]
        free.discard(best_pair[1])
    return mapping


def align_pairs(scores: Sequence[Sequence[float]], minimum: float = 0.0) -> list[tuple[int, int]]:
    """One-to-one pairs (pred, gold) maximising the summed pair score; pairs scoring below `minimum` are dropped."""
    n_pred = len(scores)
    n_gold = len(scores[0]) if n_pred else 0

    def total(mapping: dict[int, int]) -> float:
        return sum(scores[i][g] for i, g in mapping.items() if g != -1 and scores[i][g] >= minimum)

    mapping = align(n_pred, n_gold, total)
    return [(i, g) for i, g in sorted(mapping.items()) if g != -1 and scores[i][g] >= minimum]


# --- dates ----------------------------------------------------------------------------------------------------

_MONTHS = {
    m: i for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)
}


def parse_day_month_year(text: str) -> dt.date | None:
    """'12 JAN 90' / '3-May-20' / '12 January 1990' -> date (two-digit years: 70-99 -> 19xx, else 20xx)."""
    m = re.search(r"(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\b", text or "")
    if not m:
        return None
    day, month, year = int(m.group(1)), _MONTHS.get(m.group(2).upper()), int(m.group(3))
    if month is None:
        return None
    if year < 100:
        year += 1900 if year >= 70 else 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso(value: str | None) -> dt.date | None:
    """An ISO date (or the date part of a datetime), None where absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def predicted_window(incident: Any) -> tuple[dt.date | None, dt.date | None]:
    """The predicted date as a window: the date itself, else date_earliest..date_latest."""
    day = iso(getattr(incident, "date", None))
    if day:
        return day, day
    return iso(getattr(incident, "date_earliest", None)), iso(getattr(incident, "date_latest", None))


def date_in_window(incident: Any, earliest: dt.date | None, latest: dt.date | None) -> bool:
    """The predicted date (or its whole window) lies inside [earliest, latest]; an open end does not limit."""
    lo, hi = predicted_window(incident)
    lo, hi = lo or hi, hi or lo  # one end given stands for both; neither: no date
    if lo is None or hi is None:
        return False
    return (earliest is None or lo >= earliest) and (latest is None or hi <= latest)


# --- countries ------------------------------------------------------------------------------------------------

#: historical or colloquial names in GTD/MUC-4 that pycountry does not know
_COUNTRY_ALIASES = {
    "west germany (frg)": "DE",
    "west germany": "DE",
    "east germany (gdr)": "DE",
    "soviet union": "RU",
    "ussr": "RU",
    "yugoslavia": "RS",
    "czechoslovakia": "CZ",
    "rhodesia": "ZW",
    "zaire": "CD",
    "united states": "US",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "south vietnam": "VN",
    "north vietnam": "VN",
    "bolivia": "BO",
    "venezuela": "VE",
    "iran": "IR",
    "syria": "SY",
    "russia": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "laos": "LA",
    "vietnam": "VN",
    "tanzania": "TZ",
    "democratic republic of congo": "CD",
    "republic of congo": "CG",
    "ivory coast": "CI",
    "palestine": "PS",
    "west bank and gaza strip": "PS",
    "turkey": "TR",
    "cape verde": "CV",
    "east timor": "TL",
    "macedonia": "MK",
    "moldova": "MD",
    "brunei": "BN",
    "taiwan": "TW",
}


def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for a country name or code, None where unknown."""
    if not name:
        return None
    text = name.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    alias = _COUNTRY_ALIASES.get(text.lower())
    if alias:
        return alias
    try:
        import pycountry

        return pycountry.countries.lookup(text).alpha_2
    except (LookupError, ImportError):
        pass
    try:
        import pycountry

        found = pycountry.countries.search_fuzzy(text)
        return found[0].alpha_2 if found else None
    except (LookupError, ImportError):
        return None


def same_country(predicted: str | None, gold: str | None) -> bool:
    p, g = country_code(predicted), country_code(gold)
    return bool(p) and p == g


# --- inputs ---------------------------------------------------------------------------------------------------


def require_file(path: str | Path) -> Path:
    """The path, or EvaluationError naming it when it is not a readable file."""
    p = Path(path)
    if not p.is_file():
        raise EvaluationError(f"{p}: evaluation file not found")
    return p


def read_csv(path: str | Path) -> Iterator[dict[str, str]]:
    """Rows of a CSV file as dicts with '' for missing cells."""
    p = require_file(path)
    with p.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {k: (v or "") for k, v in row.items() if k is not None}


def to_int(value: Any) -> int | None:
    """'3' / '3.0' / 3 -> 3; '' / None / unreadable -> None."""
    if value is None or value == "":
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def to_float(value: Any) -> float | None:
    """'36.12' -> 36.12; '' / None / unreadable -> None."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def limited(items: Iterable[Any], limit: int | None) -> list[Any]:
    return list(itertools.islice(items, limit)) if limit is not None else list(items)


def pick_incident(incidents: Sequence[Any]) -> Any | None:
    """The incident a one-event row (ACLED note, GTD summary) is compared with: the first one coded.

    The row's text leads with the event it codes; later incidents are background more often than not, so the
    first is right more often than the most severe (which picks up "the deadliest attack since ..." history).
    """
    if not incidents:
        return None
    return incidents[0]


def deaths(incident: Any) -> int:
    """All deaths of an incident, attackers included (ACLED fatalities and GTD nkill count both)."""
    return all_deaths(getattr(incident, "killed", None), getattr(incident, "perpetrators_killed", None)) or 0


# --- one event per row (ACLED notes, GTD summaries) ----------------------------------------------------------


def incidents_of(prediction: Any) -> Sequence[Any]:
    """The incidents of a prediction given as a CodedArticle, a list of incidents, or nothing."""
    if prediction is None:
        return ()
    return getattr(prediction, "incidents", prediction)


def score_rows(dataset: str, predictions: Mapping[str, Any], gold: Sequence[Mapping[str, Any]], path: str | Path,
               fields: Sequence[str], compare: Callable[[Any, Mapping[str, Any]], dict[str, bool]]) -> dict:
    """Accuracy per field of the first incident coded for each row (rows without an entry predicted nothing)."""
    totals = {f: Accuracy() for f in fields}
    for row in gold:
        incident = pick_incident(incidents_of(predictions.get(row["id"])))
        for name, ok in compare(incident, row).items():
            totals[name].add(ok)
    return result(dataset, path, len(gold), {f: totals[f].to_dict() for f in fields if totals[f].total})


def row_article(row: Mapping[str, Any], path: str | Path = "") -> Article:
    """A one-event row's text as an article dated by the row."""
    return Article(id=row["id"], text=row["text"], published=row["date"], origin=f"{path}:{row['line']}")


def run_rows(rows: Sequence[Mapping[str, Any]], path: str | Path, options: Any,
             score: Callable[[Mapping[str, Any], Sequence[Mapping[str, Any]], str | Path], dict]) -> dict:
    """Code each row's text with the pipeline and score the rows."""
    from ..pipeline import code_articles  # imported late: a bad file is reported before the models load

    coded = code_articles([row_article(r, path) for r in rows], options)
    return score({c.article.id: c for c in coded}, rows, path)
