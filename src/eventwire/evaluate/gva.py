"""Scorer for real US local news articles each paired with the incident it reports in the Gun Violence Archive
(`../shared/data/gva/articles.jsonl`, SemEval-2018 task 5).

Each article has exactly one gold incident (the article may mention others: those are background to the gold and
every extra incident eventwire codes counts against it). Measured per article:

* **found**: some predicted incident is the gold one. Three anchors are checked on each predicted incident:
  *admin1* (the US state, common.same_admin1), *date* (the gold day inside the predicted window, the window no
  wider than DATE_ANCHOR_DAYS) and *city* (same_city below). An incident is the gold one when at least
  MIN_ANCHORS of the anchors that can be checked agree (all of them when fewer can be): an anchor the gold does
  not give is not checked, nor is the date of an incident that has none (undated articles code such incidents). Two of three, rather than
  "admin1 and one more", keeps the admin1 measure on found incidents informative: a right city on the right day
  with the wrong state (a Springfield placed in the wrong state) is found, with admin1 wrong. Of several
  candidates the best one is kept: most anchors, then most tolls agreeing, then the first coded.
* on found articles, per field: *date* (the predicted `date` is the gold day), *date_window* (the gold day inside
  date_earliest..date_latest, any width), *admin1*, *city*, *killed* (all deaths, attackers included: GVA counts a shooter who died),
  *injured* (eventwire's `wounded`). A toll the text does not give is predicted None and read as 0, which is
  GVA's value for "nobody".
* the same fields over all articles (`all_*`): an article whose incident was not found counts wrong;
* *incidents_per_article* and *extra_per_article* (emitted minus the one matched, averaged over articles): rates,
  not percentages;
* *refused_share*: articles not coded at all (empty text, or the pipeline failed on them); they count as not found.

The per-article details (gold, matched incident, extra incidents with their summaries) are in the result's
"articles" list, written by --json and left out of the printed table.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ..errors import EvaluationError
from ..read import title_as_text
from ..records import Article, CodedArticle
from .common import Accuracy, deaths, iso, place_key, predicted_window, require_file, result, same_admin1, same_place

#: a predicted window wider than this (a month, a year) holds every incident the article mentions from that time,
#: so it cannot tell the gold one from the others; it still counts for the date_window measure
DATE_ANCHOR_DAYS = 7
#: anchors (admin1, date, city) that must agree for a predicted incident to be the gold one: one alone is true of
#: most incidents a local article mentions (same state, same news day)
MIN_ANCHORS = 2
#: articles coded per pipeline call; when a call fails its articles are coded one by one to find the one that
#: fails (a failure is counted, not fatal: one bad article must not stop a 6,000-article run)
CHUNK = 64
#: measured on found articles and over all articles
FIELDS = ("date", "date_window", "admin1", "city", "killed", "injured")
#: per extra incident, the fields kept in the result for reading (summary and evidence say why it was coded)
EXTRA_FIELDS = ("id", "date", "date_earliest", "date_latest", "date_precision", "country", "admin1", "admin2",
                "location", "event_type", "sub_event_type", "killed", "wounded", "perpetrators_killed")
#: longest summary kept per incident in the result, so the JSON of the whole file stays readable
SUMMARY_CHARS = 400
#: GVA's "Cook (county)" names a county; "Chicago (Englewood)" a city and a part of it
_PARENS = re.compile(r"^(.*?)\s*\(([^)]*)\)\s*$")
#: suffixes of US county names (GVA writes "Cook (county)", the gazetteer "Cook" or "Cook County")
_COUNTY_SUFFIXES = (" county", " parish", " borough", " census area", " municipality")
#: the suffixes that make a city_or_county written without GVA's "(county)" mark a county ("Stokes County"); a
#: borough or municipality so written is as often a town
_COUNTY_NAMES = (" county", " parish")
#: abbreviations that spell the same place two ways ("St. Louis" / "Saint Louis")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
#: parts of a city that annotators write as the city ("West Philadelphia", "New Orleans East")
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown",
            "central", "upper", "lower"}


# --- gold ---------------------------------------------------------------------------------------------------


def gold_record(date: dt.date | None, admin1: str | None, city: str | None, killed: int | None,
                injured: int | None) -> dict[str, Any]:
    """The gold incident in the form every function here reads (GVDB builds the same)."""
    cities, counties = split_city(city)
    return {"date": date.isoformat() if date else None, "admin1": (admin1 or "").strip() or None,
            "city": (city or "").strip() or None, "cities": cities, "counties": counties,
            "killed": killed, "injured": injured}


def split_city(value: str | None) -> tuple[list[str], list[str]]:
    """GVA's city_or_county as (city names, county names): "Cook (county)" -> ([], ["Cook"]);
    "Chicago (Englewood)" -> (["Chicago", "Englewood"], []); "Chicago" -> (["Chicago"], []). GVA also writes a county
    by its whole name without the mark (18 rows: "Stokes County" -> (["Stokes County"], ["Stokes County"])): a
    placing at that county is right, and one at a place of that whole name still is."""
    text = (value or "").strip()
    if not text:
        return [], []
    m = _PARENS.match(text)
    if not m:
        if text.lower().endswith(_COUNTY_NAMES):
            return [text], [text]
        return [text], []
    head, inner = m.group(1).strip(), m.group(2).strip()
    if inner.lower() == "county":
        return [], [head]
    return [n for n in (head, inner) if n], []


def parse_gva_date(text: str | None) -> dt.date | None:
    """"January 27, 2014" -> date; None where absent or unreadable."""
    try:
        return dt.datetime.strptime((text or "").strip(), "%B %d, %Y").date()
    except ValueError:
        return None


def load(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first `limit` rows of a GVA JSONL file: {"key", "id", "line", "title", "published", "url", "text",
    "gold"}; "key" (id@line) is unique where ids repeat (several articles of one file share an id)."""
    p = require_file(path)
    rows: list[dict[str, Any]] = []
    with p.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if limit is not None and len(rows) >= limit:
                break
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{p}:{line_no}: not JSON ({exc.msg})") from None
            rows.append(_row(raw, p, line_no))
    if not rows:
        raise EvaluationError(f"{p}: no articles")
    return rows


def _row(raw: Any, path: Path, line_no: int) -> dict[str, Any]:
    gold = raw.get("gold") if isinstance(raw, dict) else None
    if not isinstance(gold, dict) or "text" not in raw or "id" not in raw:
        raise EvaluationError(f"{path}:{line_no}: not a GVA article (needs id, text and a gold object)")
    day = parse_gva_date(gold.get("date"))
    if gold.get("date") and day is None:
        raise EvaluationError(f"{path}:{line_no}: gold date {gold.get('date')!r} is not like 'January 27, 2014'")
    published = raw.get("date") or None
    if published is not None:
        try:
            dt.date.fromisoformat(str(published))
        except ValueError:
            raise EvaluationError(f"{path}:{line_no}: date {published!r} is not YYYY-MM-DD") from None
    return {
        "key": f"{raw['id']}@{line_no}", "id": str(raw["id"]), "line": line_no, "title": raw.get("title") or None,
        "published": published, "url": raw.get("url") or None, "text": raw.get("text") or "",
        "gold": gold_record(day, gold.get("state"), gold.get("city_or_county"), _count(gold.get("killed")),
                            _count(gold.get("injured"))),
    }


def _count(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --- matching -----------------------------------------------------------------------------------------------


def city_key(name: str | None) -> str:
    """A city name for comparison: common.place_key, abbreviations spelt out, compass words around it dropped."""
    words = [_ABBREVIATIONS.get(w, w) for w in place_key(name).split()]
    while len(words) > 1 and words[0] in _COMPASS:
        words = words[1:]
    while len(words) > 1 and words[-1] in _COMPASS:
        words = words[:-1]
    return " ".join(words)


def county_key(name: str | None) -> str:
    key = city_key(name)
    for suffix in _COUNTY_SUFFIXES:
        key = key.removesuffix(suffix)
    return key


def same_city(incident: Any, gold: Mapping[str, Any]) -> bool:
    """The predicted location is one of the gold's city names (common.same_place on city_key), or the gold names a
    county and the predicted admin2 (or location) is that county."""
    location = getattr(incident, "location", None)
    for city in gold["cities"]:
        if location and same_place(city_key(location), city_key(city)):
            return True
    for county in gold["counties"]:
        key = county_key(county)
        if key and any(county_key(v) == key for v in (getattr(incident, "admin2", None), location) if v):
            return True
    return False


def window(incident: Any) -> tuple[dt.date | None, dt.date | None]:
    """The predicted window date_earliest..date_latest, else the date itself (common.predicted_window prefers the
    date, which for a week or month is one day of the window)."""
    lo, hi = iso(getattr(incident, "date_earliest", None)), iso(getattr(incident, "date_latest", None))
    return (lo, hi) if lo or hi else predicted_window(incident)


def in_window(incident: Any, day: dt.date | None, max_days: int | None = None) -> bool:
    """The gold day lies in the predicted window (no wider than max_days when given)."""
    lo, hi = window(incident)
    lo, hi = lo or hi, hi or lo  # one end given stands for both; neither: no date
    if day is None or lo is None or hi is None:
        return False
    if max_days is not None and (hi - lo).days + 1 > max_days:
        return False
    return lo <= day <= hi


def anchors(incident: Any, gold: Mapping[str, Any]) -> dict[str, bool]:
    """Agreement of a predicted incident with the gold on each anchor that can be checked: the gold gives it, and
    for the date the incident has one (an undated incident, as coded from an undated article, neither agrees nor
    disagrees on the date; the date measures still count it wrong)."""
    out: dict[str, bool] = {}
    if gold["admin1"]:
        out["admin1"] = same_admin1(getattr(incident, "admin1", None), gold["admin1"], "US")
    if gold["date"] and any(window(incident)):
        out["date"] = in_window(incident, dt.date.fromisoformat(gold["date"]), DATE_ANCHOR_DAYS)
    if gold["cities"] or gold["counties"]:
        out["city"] = same_city(incident, gold)
    return out


def is_gold_incident(agree: Mapping[str, bool]) -> bool:
    """At least MIN_ANCHORS of the checked anchors agree (all of them when fewer were checked)."""
    needed = min(MIN_ANCHORS, len(agree))
    return needed > 0 and sum(agree.values()) >= needed


def field_checks(incident: Any, gold: Mapping[str, Any]) -> dict[str, bool]:
    """Per field, whether a predicted incident has the gold value (fields the gold does not give left out)."""
    out: dict[str, bool] = {}
    if gold["date"]:
        day = dt.date.fromisoformat(gold["date"])
        out["date"] = iso(getattr(incident, "date", None)) == day
        out["date_window"] = in_window(incident, day)
    if gold["admin1"]:
        out["admin1"] = same_admin1(getattr(incident, "admin1", None), gold["admin1"], "US")
    if gold["cities"] or gold["counties"]:
        out["city"] = same_city(incident, gold)
    if gold["killed"] is not None:
        out["killed"] = deaths(incident) == gold["killed"]
    if gold["injured"] is not None:
        out["injured"] = (getattr(incident, "wounded", None) or 0) == gold["injured"]
    return out


def best_match(incidents: Sequence[Any], gold: Mapping[str, Any]) -> int | None:
    """Index of the predicted incident that is the gold one (most anchors, then tolls, then first), or None."""
    best, best_key = None, None
    for i, incident in enumerate(incidents):
        agree = anchors(incident, gold)
        if not is_gold_incident(agree):
            continue
        checks = field_checks(incident, gold)
        key = (sum(agree.values()), checks.get("killed", False) + checks.get("injured", False))
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


# --- scoring ------------------------------------------------------------------------------------------------


def rate(count: int, total: int) -> dict[str, Any]:
    """A per-article rate (not a percentage): count events over total articles."""
    return {"kind": "rate", "count": count, "total": total, "rate": round(count / total, 3) if total else 0.0}


def _incident_view(incident: Any) -> dict[str, Any]:
    view = {name: getattr(incident, name, None) for name in EXTRA_FIELDS}
    view["summary"] = (getattr(incident, "summary", None) or "")[:SUMMARY_CHARS]
    view["evidence"] = {k: [s.text for s in spans] for k, spans in (getattr(incident, "evidence", None) or {}).items()
                        if k in ("event_type", "date", "location", "killed", "wounded")}
    return view


def score(coded: Mapping[str, CodedArticle | None], rows: Sequence[Mapping[str, Any]], path: str | Path = "",
          failures: Mapping[str, str] | None = None, dataset: str = "gva") -> dict:
    """Measures over all rows; coded maps each row's key to its coding (None or absent: the article was not
    coded, for the reason in failures where given)."""
    failures = failures or {}
    found = Accuracy()
    refused = Accuracy()  # share of articles not coded (lower is better)
    matched = {name: Accuracy() for name in FIELDS}
    overall = {name: Accuracy() for name in FIELDS}
    emitted_total = extra_total = 0
    details = []
    for row in rows:
        article = coded.get(row["key"])
        gold = row["gold"]
        incidents = tuple(article.incidents) if article is not None else ()
        index = best_match(incidents, gold)
        checks = field_checks(incidents[index], gold) if index is not None else {}
        found.add(index is not None)
        refused.add(article is None)
        for name in FIELDS:
            if _gives(gold, name):
                overall[name].add(checks.get(name, False))
                if index is not None:
                    matched[name].add(checks.get(name, False))
        extras = [inc for i, inc in enumerate(incidents) if i != index]
        emitted_total += len(incidents)
        extra_total += len(extras)
        details.append({
            "id": row["id"], "line": row.get("line"), "title": row.get("title"), "published": row.get("published"),
            "gold": {k: gold[k] for k in ("date", "admin1", "city", "killed", "injured")},
            "refused": None if article is not None else failures.get(row["key"], "not coded"),
            "emitted": len(incidents), "found": index is not None,
            "anchors": {i.id: anchors(i, gold) for i in incidents},
            "matched": _incident_view(incidents[index]) if index is not None else None,
            "mismatches": [n for n, ok in checks.items() if not ok],
            "extra": [_incident_view(i) for i in extras],
        })
    n = len(rows)
    measures: dict[str, dict[str, Any]] = {
        "found": found.to_dict(),
        "incidents_per_article": rate(emitted_total, n),
        "extra_per_article": rate(extra_total, n),
        "refused_share": refused.to_dict(),
    }
    measures.update({f"matched_{name}": acc.to_dict() for name, acc in matched.items()})
    measures.update({f"all_{name}": acc.to_dict() for name, acc in overall.items()})
    return result(dataset, path, n, measures, articles=details)


def _gives(gold: Mapping[str, Any], name: str) -> bool:
    if name in ("date", "date_window"):
        return bool(gold["date"])
    if name == "city":
        return bool(gold["cities"] or gold["counties"])
    return gold.get(name) is not None


# --- coding -------------------------------------------------------------------------------------------------


def code_rows(articles: Iterable[tuple[str, Article]], options: Any = None) -> tuple[dict[str, CodedArticle],
                                                                                    dict[str, str]]:
    """Code (key, article) pairs in chunks: ({key: coding}, {key: why it was not coded}).

    An empty text is refused as the reader would refuse an empty input; a chunk the pipeline fails on is coded
    article by article, and an article that still fails is counted with its error. When every article of a chunk
    fails, the first error is raised: that is a broken pipeline, and scoring it as refusals would hide it.
    """
    from ..pipeline import code_articles  # imported late: a bad file is reported before the models load

    coded: dict[str, CodedArticle] = {}
    failures: dict[str, str] = {}
    pending = []
    for key, article in articles:
        if article.text.strip():
            pending.append((key, article))
        else:
            failures[key] = "empty text"
    for chunk in _chunks(pending, CHUNK):
        try:
            _collect(chunk, list(code_articles([a for _, a in chunk], options)), coded, failures)
        except Exception:  # noqa: BLE001 - isolate the article that fails, below
            errors: list[Exception] = []
            for key, article in chunk:
                try:
                    _collect([(key, article)], list(code_articles([article], options)), coded, failures)
                except Exception as exc:  # noqa: BLE001 - counted and reported, not fatal to the run
                    errors.append(exc)
                    failures[key] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]
            if len(chunk) > 1 and len(errors) == len(chunk):
                raise errors[0]  # every article fails: the pipeline is broken (a model file missing), not the data
    return coded, failures


def _collect(chunk: Sequence[tuple[str, Article]], out: Sequence[CodedArticle], coded: dict[str, CodedArticle],
             failures: dict[str, str]) -> None:
    """The pipeline yields one coding per article, in order; an article it leaves out is counted as not coded."""
    remaining = list(out)
    for key, article in chunk:
        if remaining and (remaining[0].article is article or remaining[0].article.id == article.id):
            coded[key] = remaining.pop(0)
        else:
            failures[key] = "not coded by the pipeline"


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def article_for(row: Mapping[str, Any], path: str | Path = "") -> Article:
    """A GVA row as the article eventwire codes: its text (its title when the row has no text, as the reader does:
    read.title_as_text), title, URL and publication date."""
    text, note = title_as_text(row["text"], row.get("title"))
    return Article(id=row["id"], text=text, title=row.get("title"), url=row.get("url"),
                   published=row.get("published"), origin=f"{path}:{row['line']}", notes=(note,) if note else ())


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the first `limit` articles of the file and score them."""
    rows = load(path, limit)
    coded, failures = code_rows(((r["key"], article_for(r, path)) for r in rows), options)
    return score(coded, rows, path, failures)
