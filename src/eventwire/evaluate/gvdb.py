"""Scorer for the Gun Violence Database dev split (`../shared/data/gvdb/dev.tsv`, Pavlick et al. 2016): real US news
articles, each with crowd-sourced gold for the one shooting it reports.

The measures and the matching rule are GVA's (see eventwire.evaluate.gva: found by at least two of the anchors
admin1 / date / city, then date, admin1, city, killed, injured on found articles and over all articles, extra
incidents per article, refused articles). What differs is the gold:

* the TSV has no publication date: articles are given as read, `published=None`, and the pipeline dates those
  whose `Article url` states a day (/2016/03/14/, -20160314-: read.address_dated, as for every input); the others
  are coded undated (relative dates stay unresolved; an article the pipeline refuses for that is counted in
  refused_share and as not found). An article's `published` in the details is the date it was coded with;
* `date-and-time.date` is the event date ("2016-01-27", also "2015-8-4"); empty = not given;
* `date-and-time.state` is written many ways ("CA - California", "Calif", "Wis.", "SC"); "Unclear", "" and
  "Outside the USA" give no admin1. Undated incidents are not checked on the date anchor, so an article whose
  gold gives no state is found on the city alone when the incident is undated;
* `date-and-time.city.value`: the city as written ("INDIANAPOLIS", "New Orleans East");
* tolls are counted from `victim-section`: a victim whose `victim-was` holds "killed" is killed, else one that
  holds "injured" or "hospitalized" is injured. A shooter who died is listed there as a victim, so killed is
  compared, as for GVA, with all deaths (victims and attackers).

"Full text" is the title glued to the body ("...Valley TimesAna Ruiz, a 6-year-old..."): the title is
given its own paragraph so that it is not read as one sentence with the body's first.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any, Mapping

from ..errors import EvaluationError
from ..records import Article
from . import gva
from .common import require_file

#: the TSV's columns this scorer reads
COLUMNS = ("Article id", "Article title", "Full text", "Json")
#: values of date-and-time.state that give no state
NO_STATE = ("", "unclear", "outside the usa", "unknown")
#: victim-was values that count a victim as injured (when not also killed)
INJURED = ("injured", "hospitalized")
#: the 50 states and DC: name, postal code, AP abbreviations (GVDB's workers wrote all of these)
US_STATES = (
    ("Alabama", "AL", ("ala",)), ("Alaska", "AK", ()), ("Arizona", "AZ", ("ariz",)), ("Arkansas", "AR", ("ark",)),
    ("California", "CA", ("calif", "cal")), ("Colorado", "CO", ("colo",)), ("Connecticut", "CT", ("conn",)),
    ("Delaware", "DE", ("del",)), ("District of Columbia", "DC", ("d c", "washington dc")),
    ("Florida", "FL", ("fla",)), ("Georgia", "GA", ()), ("Hawaii", "HI", ()), ("Idaho", "ID", ()),
    ("Illinois", "IL", ("ill",)), ("Indiana", "IN", ("ind",)), ("Iowa", "IA", ()), ("Kansas", "KS", ("kan",)),
    ("Kentucky", "KY", ()), ("Louisiana", "LA", ("la",)), ("Maine", "ME", ()), ("Maryland", "MD", ("md",)),
    ("Massachusetts", "MA", ("mass",)), ("Michigan", "MI", ("mich",)), ("Minnesota", "MN", ("minn",)),
    ("Mississippi", "MS", ("miss",)), ("Missouri", "MO", ("mo",)), ("Montana", "MT", ("mont",)),
    ("Nebraska", "NE", ("neb",)), ("Nevada", "NV", ("nev",)), ("New Hampshire", "NH", ("n h",)),
    ("New Jersey", "NJ", ("n j",)), ("New Mexico", "NM", ("n m",)), ("New York", "NY", ("n y",)),
    ("North Carolina", "NC", ("n c",)), ("North Dakota", "ND", ("n d",)), ("Ohio", "OH", ()),
    ("Oklahoma", "OK", ("okla",)), ("Oregon", "OR", ("ore",)), ("Pennsylvania", "PA", ("pa", "penn")),
    ("Rhode Island", "RI", ("r i",)), ("South Carolina", "SC", ("s c",)), ("South Dakota", "SD", ("s d",)),
    ("Tennessee", "TN", ("tenn",)), ("Texas", "TX", ("tex",)), ("Utah", "UT", ()), ("Vermont", "VT", ("vt",)),
    ("Virginia", "VA", ("va",)), ("Washington", "WA", ("wash",)), ("West Virginia", "WV", ("w va",)),
    ("Wisconsin", "WI", ("wis",)), ("Wyoming", "WY", ("wyo",)),
)
_STATE_INDEX = {
    key: name
    for name, code, abbreviations in US_STATES
    for key in (name.lower(), code.lower(), *abbreviations)
}
_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def state_name(value: str | None) -> str | None:
    """A US state as GVDB's workers wrote it -> its name ("CA - California", "Calif", "Wis." -> ...); None for
    no state or one not recognised."""
    text = (value or "").strip()
    if text.lower() in NO_STATE:
        return None
    if " - " in text:
        text = text.split(" - ", 1)[1]
    key = " ".join(re.sub(r"[^a-z ]", " ", text.lower()).split())
    return _STATE_INDEX.get(key)


def parse_date(value: str | None) -> dt.date | None:
    """"2016-01-27" / "2015-8-4" -> date; None where empty or unreadable."""
    m = _DATE.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def victims(gold: Mapping[str, Any]) -> tuple[int, int]:
    """(killed, injured) counted from the victim section."""
    killed = injured = 0
    for victim in gold.get("victim-section") or ():
        was = {str(w).lower() for w in (victim.get("victim-was") or ())} if isinstance(victim, dict) else set()
        if "killed" in was:
            killed += 1
        elif was & set(INJURED):
            injured += 1
    return killed, injured


def load(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first `limit` rows of a GVDB TSV in gva.load's row form (published None)."""
    p = require_file(path)
    csv.field_size_limit(sys.maxsize)  # "Full text" and "Json" cells exceed csv's default 128 KiB limit
    rows: list[dict[str, Any]] = []
    with p.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise EvaluationError(f"{p}: not a GVDB TSV (missing columns: {', '.join(missing)})")
        for index, raw in enumerate(reader, 1):
            if limit is not None and len(rows) >= limit:
                break
            rows.append(_row(raw, p, index, reader.line_num))
    if not rows:
        raise EvaluationError(f"{p}: no articles")
    return rows


def _row(raw: Mapping[str, str], path: Path, index: int, line: int) -> dict[str, Any]:
    try:
        gold = json.loads(raw["Json"] or "")
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}: row {index}: Json is not JSON ({exc.msg})") from None
    when = gold.get("date-and-time") if isinstance(gold, dict) else None
    if not isinstance(when, dict):
        raise EvaluationError(f"{path}: row {index}: Json has no date-and-time object")
    city = when.get("city")
    city = city.get("value") if isinstance(city, dict) else city
    killed, injured = victims(gold)
    title = (raw.get("Article title") or "").strip()
    text = raw.get("Full text") or ""
    if title and text.startswith(title):
        text = f"{title}\n\n{text[len(title):].lstrip()}"
    ident = (raw.get("Article id") or "").strip() or f"row{index}"
    return {
        "key": f"{ident}@{index}", "id": ident, "line": line, "title": title or None, "published": None,
        "url": raw.get("Article url") or None, "text": text,
        "gold": gva.gold_record(parse_date(when.get("date")), state_name(when.get("state")), city, killed, injured),
    }


def article_for(row: Mapping[str, Any], path: str | Path = "") -> Article:
    """A GVDB row as the article eventwire codes, built as GVA's rows are (gva.article_for: its title as its text
    when it has no text): no publication date, which the TSV lacks (load gives None; the pipeline takes one from
    its url where that states a day)."""
    return gva.article_for(row, path)


def score(coded: Mapping[str, Any], rows: list[dict[str, Any]], path: str | Path = "",
          failures: Mapping[str, str] | None = None) -> dict:
    """GVA's measures (gva.score) under the name gvdb; each article's `published` the date it was coded with (the
    day its address states, or None)."""
    result = gva.score(coded, rows, path, failures, dataset="gvdb")
    for detail, row in zip(result["articles"], rows):
        article = coded.get(row["key"])
        if article is not None:
            detail["published"] = article.article.published
    return result


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the first `limit` articles of the TSV, undated, and score them."""
    rows = load(path, limit)
    coded, failures = gva.code_rows(((r["key"], article_for(r, path)) for r in rows), options)
    return score(coded, rows, path, failures)
