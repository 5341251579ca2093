"""ACLED scorer: each row's notes coded as an article, its first incident compared with the row's codes."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import EvaluationError
from ..geo.places import haversine_km
from .common import (
    LOCATION_KM,
    deaths,
    limited,
    parse_day_month_year,
    row_article,
    run_rows,
    score_rows,
    read_csv,
    same_actor,
    same_admin1,
    to_float,
    to_int,
)

FIELDS = ("incident_found", "event_type", "sub_event_type", "fatalities", "admin1", "location_25km", "actor1", "inter1",
          "disorder_type")
#: the current layout's 2022 extract spells one disorder type wrong
_DISORDER_SPELLING = {"Demostrations": "Demonstrations"}
#: ACLED coders' remarks that state the row's own key in the note ("fatalities unknown, coded as 10", "a militia
#: coded as its parent force by default"): such a note hands the pipeline its answer, so these rows are also
#: scored apart (measures keyed_*) from the notes that do not (unkeyed_*); 25 of the first 300 world rows
STATES_OWN_KEY = re.compile(r"\bcoded\s+a[st]\b|\bby\s+default\b", re.IGNORECASE)
_REQUIRED = ("event_date", "event_type", "sub_event_type", "notes", "fatalities")


def load(path: str | Path) -> list[dict[str, Any]]:
    """ACLED rows with notes: id, text, date, event_type, sub_event_type, fatalities, admin1, lat/lon, actor1."""
    rows = []
    for number, row in enumerate(read_csv(path), 2):
        missing = [c for c in _REQUIRED if c not in row]
        if missing:
            raise EvaluationError(f"{path}: not an ACLED export (no column {', '.join(missing)})")
        if not row["notes"].strip():
            continue
        day = parse_day_month_year(row["event_date"])
        rows.append(
            {
                "id": f"acled-{row.get('data_id') or row.get('event_id_cnty') or number}",
                "line": number,
                "text": row["notes"],
                "date": day.isoformat() if day else row["event_date"],
                "event_type": row["event_type"],
                "sub_event_type": row["sub_event_type"],
                "fatalities": to_int(row["fatalities"]),
                "country": row.get("country") or None,
                "admin1": row.get("admin1") or None,
                "location": row.get("location") or None,
                "latitude": to_float(row.get("latitude")),
                "longitude": to_float(row.get("longitude")),
                "actor1": row.get("actor1") or None,
                "inter1": _inter(row.get("inter1")),
                "disorder_type": _DISORDER_SPELLING.get(row.get("disorder_type") or "", row.get("disorder_type") or None),
                "states_key": bool(STATES_OWN_KEY.search(row["notes"])),
            }
        )
    return rows



def _inter(value: str | None) -> int | None:
    """An inter code as ACLED writes it: 1-8 (or 1.0) in older layouts, a label ("State forces") from 2023."""
    from ..actors import INTER_LABELS

    labels = {label.lower(): code for code, label in INTER_LABELS.items()}
    return labels.get((value or "").strip().lower()) or to_int(value)


def compare(incident: Any, row: Mapping[str, Any]) -> dict[str, bool]:
    """Field -> right or wrong for one row; with no incident every field the row gives is wrong."""
    checks: dict[str, bool] = {"incident_found": incident is not None}
    have = incident is not None
    checks["event_type"] = have and incident.event_type == row["event_type"]
    checks["sub_event_type"] = have and incident.sub_event_type == row["sub_event_type"]
    if row["fatalities"] is not None:
        # ACLED counts every death, attackers included
        checks["fatalities"] = have and deaths(incident) == row["fatalities"]
    if row["admin1"]:
        checks["admin1"] = have and same_admin1(incident.admin1, row["admin1"], incident.country)
    if row["latitude"] is not None and row["longitude"] is not None:
        checks["location_25km"] = (
            have
            and incident.latitude is not None
            and incident.longitude is not None
            and haversine_km(incident.latitude, incident.longitude, row["latitude"], row["longitude"]) <= LOCATION_KM
        )
    if row["actor1"] or row.get("inter1") or row.get("disorder_type"):
        from ..actors import acled_actors, disorder_type

        sides = acled_actors(incident) if have else None
        if row["actor1"]:
            # ACLED's actor1 against the incident's actor1 in ACLED's naming (eventwire.actors), compared normalised
            checks["actor1"] = sides is not None and same_actor(sides.actor1, row["actor1"])
        if row.get("inter1"):
            checks["inter1"] = sides is not None and sides.inter1 == row["inter1"]
        if row.get("disorder_type"):
            checks["disorder_type"] = have and disorder_type(incident.event_type, incident.sub_event_type) == row["disorder_type"]
    return checks


def score(predictions: Mapping[str, Any], gold: Sequence[Mapping[str, Any]], path: str | Path = "") -> dict:
    """predictions: row id -> CodedArticle or incidents (rows without an entry predicted nothing).

    Every field over all rows, then again as keyed_<field> over the notes that state their own key
    (STATES_OWN_KEY) and unkeyed_<field> over the rest; "keyed_notes" counts the former. Then heldout_<field> over
    the rows whose note the learned types models were not fitted on (types_model.held_out: a tenth of any file),
    the out-of-training figure on the files they were fitted on (every ACLED file but the 2020 dev notes).
    """
    from ..types_model import held_out

    res = score_rows("acled", predictions, gold, path, FIELDS, compare)
    keyed = [row for row in gold if row.get("states_key")]
    parts = (("keyed_", keyed), ("unkeyed_", [row for row in gold if not row.get("states_key")]),
             ("heldout_", [row for row in gold if held_out(row["text"])]))
    for prefix, rows in parts:
        part = score_rows("acled", predictions, rows, path, FIELDS, compare)
        res["measures"].update({prefix + name: m for name, m in part["measures"].items()})
    res["keyed_notes"] = len(keyed)
    return res


article_for = row_article


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the notes of the first `limit` rows with the pipeline and score them."""
    return run_rows(limited(load(path), limit), path, options, score)
