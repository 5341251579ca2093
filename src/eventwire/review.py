"""Review and correction of stored incidents: statuses, fields corrected by hand, the audit trail, desk tokens,
and the corrections as training examples.

Corrections live in their own table (migration 3 in store.py) and are laid over the machine's reconciled values
each time the store saves an incident (`overlay`), so no later ingest, merge or re-deduplication undoes them.
Every change records who made it, when, the old and new value and an optional reason in the `audit` table."""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .errors import NotFoundError, UsageError

if TYPE_CHECKING:  # store.py imports this module; the type only
    from .store import Store

#: review statuses; a stored incident starts unreviewed, a correction makes it corrected
STATUSES = ("unreviewed", "accepted", "corrected", "rejected")
#: fields an analyst may correct, with the JSON type each takes (None is allowed: "unknown")
EDITABLE: dict[str, type] = {
    "date": str, "country": str, "admin1": str, "admin2": str, "location": str,
    "latitude": float, "longitude": float, "event_type": str, "sub_event_type": str, "perpetrator": str,
    "killed": int, "wounded": int,
}
#: a count corrected by hand is certain: its low, best and high estimates all take the value
COUNT_FIELDS = ("killed", "wounded")
#: longest text a corrected field or a reason may hold; a field is a name or a place, not an essay
MAX_TEXT = 500
#: bytes of randomness in a desk token (256 bits, URL-safe base64)
TOKEN_BYTES = 32
#: coordinate bounds in degrees
LATITUDE = (-90.0, 90.0)
LONGITUDE = (-180.0, 180.0)
#: largest count accepted by hand (no single incident comes near it; it keeps integers inside 64 bits)
MAX_COUNT = 10_000_000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_value(field: str, value: Any) -> Any:
    """The value to store for a corrected field; UsageError naming the field and the problem otherwise."""
    from .datelines import strict_date

    if field not in EDITABLE:
        raise UsageError(f"{field}: not a field that can be corrected (one of {', '.join(EDITABLE)})")
    if value is None:
        return None
    kind = EDITABLE[field]
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            raise UsageError(f"{field}: {value!r} is not a count (a whole number from 0 to {MAX_COUNT})")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UsageError(f"{field}: {value!r} is not a number")
        low, high = LATITUDE if field == "latitude" else LONGITUDE
        if not low <= float(value) <= high:
            raise UsageError(f"{field}: {value!r} is outside {low:g} to {high:g}")
        return float(value)
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{field}: {value!r} is not a non-empty text")
    if len(value) > MAX_TEXT:
        raise UsageError(f"{field}: longer than {MAX_TEXT} characters")
    value = value.strip()
    if field == "date":
        return strict_date(value, "date")
    if field == "country":
        from .countries import country_code

        code = country_code(value)
        if len(code) != 2 or not code.isalpha():
            raise UsageError(f"country: {value!r} is not a country name or ISO code")
        return code
    return value


def overlay(store: Store, incident_id: str, merged: dict[str, Any]) -> dict[str, Any]:
    """`merged` (an incident as reconciled from its reports) with the fields corrected by hand laid over it."""
    rows = store._all("SELECT field, value FROM corrections WHERE incident_id = ? ORDER BY field", (incident_id,))
    if not rows:
        return merged
    out = dict(merged)
    for row in rows:
        _apply(out, row["field"], json.loads(row["value"]))
    out["corrected_fields"] = [r["field"] for r in rows]
    return out


def _shown(incident: Mapping[str, Any], field: str) -> Any:
    """A field's value as an analyst sees it: a count's best estimate, anything else as is."""
    return incident.get(field + "_best") if field in COUNT_FIELDS else incident.get(field)


def _apply(out: dict[str, Any], field: str, value: Any) -> None:
    out[field] = value
    if field in COUNT_FIELDS:
        for suffix in ("_low", "_best", "_high"):
            out[field + suffix] = value
    elif field == "date":
        out["date_earliest"] = out["date_latest"] = value
        out["date_precision"] = "day" if value else None


def _audit(store: Store, user: str, action: str, incident_id: str, field: str | None = None, old: Any = None,
           new: Any = None, reason: str | None = None) -> None:
    store._execute(
        "INSERT INTO audit (at, by_user, action, incident_id, field, old_value, new_value, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (_now(), user, action, incident_id, field, json.dumps(old, ensure_ascii=False),
         json.dumps(new, ensure_ascii=False), reason),
    )


def _check_reason(reason: str | None) -> str | None:
    if reason is not None and len(reason) > MAX_TEXT:
        raise UsageError(f"reason: longer than {MAX_TEXT} characters")
    return reason or None


def _status_of(store: Store, incident_id: str) -> str:
    row = store._one("SELECT review FROM incidents WHERE id = ?", (incident_id,))
    if row is None:
        raise NotFoundError(f"no incident {incident_id}")
    return str(row["review"])


def correct(store: Store, incident_id: str, changes: Mapping[str, Any], user: str,
            reason: str | None = None) -> list[dict[str, Any]]:
    """Set fields of an incident by hand; returns the audit entries made (none when nothing changed).

    The incident becomes `corrected`; its machine values stay in its reports, and the correction is laid over
    them on every later save."""
    from . import dedupe

    if not changes:
        raise UsageError("changes: name at least one field to correct")
    values = {f: check_value(f, v) for f, v in changes.items()}
    reason = _check_reason(reason)
    made: list[dict[str, Any]] = []
    with store.transaction():
        store._lock_for_write()
        _status_of(store, incident_id)
        members = store._members(incident_id)
        machine = dedupe.reconcile(incident_id, members)
        current = overlay(store, incident_id, machine)
        now = _now()
        for field, value in values.items():
            old = _shown(current, field)
            if old == value:
                continue
            store._execute(
                "INSERT INTO corrections (incident_id, field, value, machine, by_user, at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (incident_id, field) DO UPDATE SET value = excluded.value, by_user = excluded.by_user, "
                "at = excluded.at",
                (incident_id, field, json.dumps(value, ensure_ascii=False),
                 json.dumps(_shown(machine, field), ensure_ascii=False), user, now),
            )
            _audit(store, user, "correct", incident_id, field, old, value, reason)
            made.append({"field": field, "old": old, "new": value})
        if made:
            store._save_incident(incident_id, members)
            store._execute("UPDATE incidents SET review = 'corrected' WHERE id = ?", (incident_id,))
    return made


def set_status(store: Store, incident_id: str, status: str, user: str, reason: str | None = None) -> str:
    """Accept, reject or reopen (unreviewed) an incident; returns the status it had."""
    if status not in STATUSES or status == "corrected":
        raise UsageError(f"status: {status!r} is not one of accepted, rejected, unreviewed (a correction sets "
                         f"corrected)")
    reason = _check_reason(reason)
    action = {"accepted": "accept", "rejected": "reject", "unreviewed": "reopen"}[status]
    with store.transaction():
        store._lock_for_write()
        old = _status_of(store, incident_id)
        store._execute("UPDATE incidents SET review = ?, updated_at = ? WHERE id = ?", (status, _now(), incident_id))
        _audit(store, user, action, incident_id, "review", old, status, reason)
    return old


def merge(store: Store, incident_ids: Sequence[str], user: str, reason: str | None = None) -> str:
    """Merge incidents into the first named (Store.merge), with an audit entry per incident absorbed."""
    reason = _check_reason(reason)
    with store.transaction():
        store._lock_for_write()
        kept = store.merge(incident_ids)
        for other in incident_ids[1:]:
            if other != kept:
                _audit(store, user, "merge", kept, None, other, kept, reason)
                _audit(store, user, "merge", other, None, other, kept, reason)
    return kept


def absorb(store: Store, keep: str, other: str) -> None:
    """An incident's corrections follow its reports when it is merged into another (by hand or by dedupe): each
    field the survivor has not corrected itself takes the absorbed incident's correction. The store calls this
    inside the merge's transaction, before it re-saves the survivor."""
    store._execute("UPDATE corrections SET incident_id = ? WHERE incident_id = ? AND field NOT IN "
                   "(SELECT field FROM corrections WHERE incident_id = ?)", (keep, other, keep))
    store._execute("DELETE FROM corrections WHERE incident_id = ?", (other,))


def split(store: Store, incident_id: str, report_ids: Sequence[str] | None, user: str,
          reason: str | None = None) -> list[str]:
    """Split reports out of an incident (Store.split), with an audit entry per incident made."""
    reason = _check_reason(reason)
    with store.transaction():
        store._lock_for_write()
        made = store.split(incident_id, report_ids)
        for new_id in made:
            _audit(store, user, "split", incident_id, None, incident_id, new_id, reason)
            _audit(store, user, "split", new_id, None, incident_id, new_id, reason)
    return made


def history(store: Store, incident_id: str) -> list[dict[str, Any]]:
    """The audit entries of an incident, oldest first."""
    rows = store._all("SELECT id, at, by_user, action, incident_id, field, old_value, new_value, reason FROM audit "
                      "WHERE incident_id = ? ORDER BY id", (incident_id,))
    for r in rows:
        r["old_value"] = json.loads(r["old_value"]) if r["old_value"] is not None else None
        r["new_value"] = json.loads(r["new_value"]) if r["new_value"] is not None else None
    return rows


def corrections(store: Store, incident_id: str) -> list[dict[str, Any]]:
    rows = store._all("SELECT field, value, machine, by_user, at FROM corrections WHERE incident_id = ? "
                      "ORDER BY field", (incident_id,))
    return [{"field": r["field"], "value": json.loads(r["value"]),
             "machine": json.loads(r["machine"]) if r["machine"] is not None else None,
             "by_user": r["by_user"], "at": r["at"]} for r in rows]


def training_examples(store: Store) -> Iterator[dict[str, Any]]:
    """Each correction as one example per source article: the article's text, the field, the value the machine
    coded from that article, the human value and the evidence spans the machine gave for the field."""
    rows = store._all("SELECT incident_id, field, value, by_user, at FROM corrections ORDER BY incident_id, field")
    for row in rows:
        human = json.loads(row["value"])
        reports = store._all(
            "SELECT r.id, r.data, a.id AS article_id, a.text, a.title, a.url, a.published FROM reports r "
            "JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ? ORDER BY r.seq", (row["incident_id"],))
        for rep in reports:
            coded = json.loads(rep["data"])
            yield {
                "incident_id": row["incident_id"], "report_id": rep["id"], "article_id": rep["article_id"],
                "title": rep["title"], "url": rep["url"], "published": rep["published"], "text": rep["text"],
                "field": row["field"], "machine": coded.get(row["field"]), "human": human,
                "evidence": (coded.get("evidence") or {}).get(row["field"], []),
                "by_user": row["by_user"], "at": row["at"],
            }


# -- desk tokens ----------------------------------------------------------------------------------------------
def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def has_token(store: Store) -> bool:
    return store._one("SELECT 1 AS x FROM desk_tokens LIMIT 1") is not None


def create_token(store: Store) -> str:
    """A new desk token; only its SHA-256 is stored, so the caller must show it now."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with store.transaction():
        store._execute("INSERT INTO desk_tokens (sha256, created_at) VALUES (?, ?)", (_digest(token), _now()))
    return token


def token_digests(store: Store) -> list[str]:
    return [str(r["sha256"]) for r in store._all("SELECT sha256 FROM desk_tokens ORDER BY created_at")]


def token_matches(presented: str, *, env_token: str | None, digests: Sequence[str]) -> bool:
    """Whether a presented token is the configured one; every comparison takes constant time."""
    ok = False
    if env_token:
        ok |= hmac.compare_digest(presented.encode("utf-8"), env_token.encode("utf-8"))
    digest = _digest(presented)
    for d in digests:
        ok |= hmac.compare_digest(digest, d)
    return ok
