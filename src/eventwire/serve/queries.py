"""The desk's read queries: plain functions over a Store returning data, which the HTTP routes only wrap.

Every value from a request reaches SQL as a bound parameter; the only SQL built from request input is chosen
from the fixed tables below (SORTS, GROUPS), never copied from it."""
from __future__ import annotations

import base64
import binascii
import json
from datetime import date, timedelta
from collections.abc import Iterator
from typing import Any

from .. import review
from ..errors import UsageError
from ..datelines import strict_date
from ..store import NARROW_DAYS, IncidentFilter, Store

#: list sort keys: name -> (column, descending). Keyset pagination on (column, id); NULLs come last either way
SORTS: dict[str, tuple[str, bool]] = {
    "-date": ("date_latest", True), "date": ("date_latest", False),
    "-killed": ("killed_best", True), "killed": ("killed_best", False),
    "-updated": ("updated_at", True), "updated": ("updated_at", False),
}
#: columns of an incident in a list: enough for a map point, a list row and a chart, none of the JSON
LIST_COLUMNS = ("id", "date", "date_precision", "date_earliest", "date_latest", "country", "admin1", "location", "latitude", "longitude",
                "geo_precision", "event_type", "sub_event_type", "perpetrator", "killed_best", "wounded_best",
                "n_sources", "review", "updated_at")
#: aggregate groupings; the week and month keys are the Monday and the first of the month of date_earliest
GROUPS = ("week", "month", "event_type", "country", "admin1", "actor")
#: categorical aggregates return at most this many groups (largest first); a chart shows no more
MAX_GROUPS = 200


def _encode_cursor(value: Any, ident: str) -> str:
    raw = json.dumps([value, ident], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[Any, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, ident = json.loads(raw)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise UsageError(f"cursor: {cursor[:40]!r} is not a cursor this server gave") from None
    if not isinstance(ident, str) or not (value is None or isinstance(value, (str, int, float))) \
            or isinstance(value, bool):
        raise UsageError(f"cursor: {cursor[:40]!r} is not a cursor this server gave")
    return value, ident


def list_incidents(store: Store, flt: IncidentFilter, *, sort: str = "-date", cursor: str | None = None,
                   limit: int = 50) -> dict[str, Any]:
    """One page of incidents (LIST_COLUMNS) and the cursor of the next page (None on the last)."""
    if sort not in SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
    column, desc = SORTS[sort]
    where, params = store._where(IncidentFilter(**{**flt.__dict__, "limit": None}))
    cols = ", ".join(LIST_COLUMNS)
    op = "<" if desc else ">"
    order = f"{column} {'DESC' if desc else 'ASC'}, id {'DESC' if desc else 'ASC'}"
    joiner = " AND " if where else " WHERE "
    after_value, after_id = _decode_cursor(cursor) if cursor else (None, None)
    rows: list[dict[str, Any]] = []
    if after_id is None or after_value is not None:
        # rows with a value, after the cursor's (value, id) in the sort order
        sql, p = f"SELECT {cols} FROM incidents{where}{joiner}{column} IS NOT NULL", list(params)
        if after_id is not None:
            sql += f" AND ({column} {op} ? OR ({column} = ? AND id {op} ?))"
            p += [after_value, after_value, after_id]
        rows = _valued_rows(store, flt, sql, p, column, desc, order, limit)
    if len(rows) <= limit:
        # then the rows without one (undated, uncounted), by id
        sql, p = f"SELECT {cols} FROM incidents{where}{joiner}{column} IS NULL", list(params)
        if after_id is not None and after_value is None:
            sql += f" AND id {op} ?"
            p.append(after_id)
        rows += store._all(f"{sql} ORDER BY id {'DESC' if desc else 'ASC'} LIMIT {int(limit) + 1 - len(rows)}", p)
    page = rows[:limit]
    next_cursor = None
    if len(rows) > limit and page:
        last = page[-1]
        next_cursor = _encode_cursor(last.get(column), last["id"])
    items = [{**{k: r.get(k) for k in LIST_COLUMNS if k not in ("killed_best", "wounded_best")},
              "killed": r.get("killed_best"), "wounded": r.get("wounded_best")} for r in page]
    return {"items": items, "next_cursor": next_cursor}


def _valued_rows(store: Store, flt: IncidentFilter, sql: str, params: list[Any], column: str, desc: bool,
                 order: str, limit: int) -> list[dict[str, Any]]:
    """The page's rows that have a sort value. Listed by date with an end date, narrow incidents (a window of at
    most NARROW_DAYS) end at most NARROW_DAYS after it: bounding date_latest there lets the index seek straight to
    the period instead of reading every newer incident; the few wide ones are fetched apart and merged in."""
    page = f" ORDER BY {order} LIMIT {int(limit) + 1}"
    if column != "date_latest" or not flt.date_to:
        return store._all(sql + page, params)
    end = (date.fromisoformat(strict_date(flt.date_to, "to")) + timedelta(days=NARROW_DAYS)).isoformat()
    rows: list[dict[str, Any]] = []
    for wide in (0, 1):  # one index range each (migration 9's indexes lead with the width)
        rows += store._all(f"{sql} AND wide = ? AND date_latest <= ?{page}", [*params, wide, end])
    rows += store._all(f"{sql} AND wide = 2{page}", params)
    rows.sort(key=lambda r: (r["date_latest"], r["id"]), reverse=desc)
    return rows[:limit + 1]


def incident_detail(store: Store, incident_id: str) -> dict[str, Any]:
    """One incident with every field, its review status, corrections and audit history, its dedupe log, and
    its sources: each report's own coded values, evidence spans and the article text they point into."""
    inc = store.incident(incident_id)
    ident = inc["id"]
    row = store._one("SELECT review FROM incidents WHERE id = ?", (ident,))
    inc["review"] = row["review"] if row else "unreviewed"
    inc["corrections"] = review.corrections(store, ident)
    inc["history"] = review.history(store, ident)
    reports = store._all(
        "SELECT r.id, r.data, a.id AS article_id, a.title, a.url, a.source, a.published, a.origin, a.text "
        "FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ? ORDER BY r.seq", (ident,))
    inc["reports"] = []
    for r in reports:
        coded = json.loads(r["data"])
        inc["reports"].append({
            "report_id": r["id"], "article_id": r["article_id"], "title": r["title"], "url": r["url"],
            "source": r["source"], "published": r["published"], "origin": r["origin"], "text": r["text"],
            "evidence": coded.pop("evidence", {}) or {},
            "coded": {k: v for k, v in coded.items() if not k.startswith("_")},
        })
    outlets = sorted({r["source"] for r in inc["reports"] if r["source"]})
    dates = sorted(r["published"] for r in inc["reports"] if r["published"])
    inc["source_summary"] = {"reports": len(inc["reports"]), "articles": len({r["article_id"] for r in inc["reports"]}),
                             "outlets": outlets, "first_published": dates[0] if dates else None,
                             "last_published": dates[-1] if dates else None}
    return inc


def list_articles(store: Store, *, text: str | None = None, cursor: str | None = None,
                  limit: int = 50) -> dict[str, Any]:
    """Articles by id, with their incidents' count; `text` searches their words like `--search`."""
    clauses, params = [], []
    if text:
        clauses.append(f"a.id IN ({store._text_match_sql()})")
        params.append(store._text_query(text))
    if cursor:
        _, after = _decode_cursor(cursor)
        clauses.append("a.id > ?")
        params.append(after)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store._all(f"SELECT a.id, a.title, a.url, a.source, a.published, a.origin, a.n_incidents, a.ingested_at "
                      f"FROM articles a{where} ORDER BY a.id LIMIT {int(limit) + 1}", params)
    page = rows[:limit]
    return {"items": page, "next_cursor": _encode_cursor(None, page[-1]["id"]) if len(rows) > limit else None}


def article(store: Store, article_id: str) -> dict[str, Any]:
    from ..errors import NotFoundError

    row = store._one("SELECT id, article_key, title, url, source, published, origin, dateline_place, text, "
                     "spin_score, spun, n_incidents, ingested_at FROM articles WHERE id = ?", (article_id,))
    if row is None:
        raise NotFoundError(f"no article {article_id}")
    row["incident_ids"] = [r["incident_id"] for r in store._all(
        "SELECT DISTINCT incident_id FROM reports WHERE article_id = ? ORDER BY incident_id", (article_id,))]
    return row


def _group_sql(store: Store, by: str) -> str:
    if by == "week":
        if store.backend == "postgres":
            return "to_char(date_trunc('week', date_earliest::date), 'YYYY-MM-DD')"
        return "date(date_earliest, '-6 days', 'weekday 1')"
    if by == "month":
        return "substr(date_earliest, 1, 7)"
    return {"event_type": "event_type", "country": "country", "admin1": "admin1", "actor": "perpetrator"}[by]


def aggregate(store: Store, flt: IncidentFilter, by: str) -> dict[str, Any]:
    """Incident counts and fatalities (sum of best estimates) per week, month, event type, country, admin1 or
    actor, for charts. Time groups come in date order; the others largest first, at most MAX_GROUPS."""
    if by not in GROUPS:
        raise UsageError(f"by: {by!r} is not one of {', '.join(GROUPS)}")
    where, params = store._where(IncidentFilter(**{**flt.__dict__, "limit": None}))
    key = _group_sql(store, by)
    sql = (f"SELECT {key} AS k, count(*) AS n, sum(coalesce(killed_best, 0)) AS f FROM incidents{where} "
           f"GROUP BY {key}")
    if by in ("week", "month"):
        sql += " ORDER BY k"
    else:
        sql += f" ORDER BY n DESC, k LIMIT {MAX_GROUPS}"
    groups = [{"key": r["k"], "incidents": int(r["n"]), "fatalities": int(r["f"] or 0)}
              for r in store._all(sql, params)]
    return {"by": by, "groups": groups,
            "incidents": sum(g["incidents"] for g in groups), "fatalities": sum(g["fatalities"] for g in groups)}


def training_jsonl(store: Store) -> Iterator[str]:
    for example in review.training_examples(store):
        yield json.dumps(example, ensure_ascii=False) + "\n"
