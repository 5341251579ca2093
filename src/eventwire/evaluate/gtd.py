"""GTD scorer: each summary coded as an article, its first incident compared with the row's GTD codes."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import EvaluationError
from ..geo.places import haversine_km
from .common import (
    LOCATION_KM,
    deaths,
    limited,
    row_article,
    run_rows,
    score_rows,
    read_csv,
    same_actor,
    same_country,
    same_place,
    to_float,
    to_int,
)

#: GTD columns scored against the first element of an Incident list field (the primary code, as GTD's *1 columns)
TYPE_FIELDS = {"attacktype1": "attack_types", "targtype1": "target_types", "weaptype1": "weapon_types"}
FIELDS = (
    ("incident_found",)
    + tuple(TYPE_FIELDS)
    + tuple(f"{f}_any" for f in TYPE_FIELDS)
    + ("nkill", "nwound", "gname", "country", "city", "location_25km", "claimed")
)
_REQUIRED = ("summary", "iyear", "imonth", "iday", "attacktype1_txt", "targtype1_txt", "weaptype1_txt")
#: GTD's code for "unknown" in yes/no columns such as claimed
GTD_UNKNOWN = -9


def load(path: str | Path) -> list[dict[str, Any]]:
    """GTD rows that have a summary, with the scored columns parsed."""
    rows = []
    for number, row in enumerate(read_csv(path), 2):
        missing = [c for c in _REQUIRED if c not in row]
        if missing:
            raise EvaluationError(f"{path}: not a GTD export (no column {', '.join(missing)})")
        if not row["summary"].strip():
            continue
        claimed = to_int(row.get("claimed"))
        rows.append(
            {
                "id": f"gtd-{row.get('eventid') or number}",
                "line": number,
                "text": row["summary"].strip(),
                "date": _date(row),
                "attacktype1": row["attacktype1_txt"] or None,
                "targtype1": row["targtype1_txt"] or None,
                "weaptype1": row["weaptype1_txt"] or None,
                "nkill": to_int(row.get("nkill")),
                "nwound": to_int(row.get("nwound")),
                "gname": row.get("gname") or None,
                "country": row.get("country_txt") or None,
                "city": row.get("city") if row.get("city") not in ("", "Unknown") else None,
                "latitude": to_float(row.get("latitude")),
                "longitude": to_float(row.get("longitude")),
                "claimed": None if claimed in (None, GTD_UNKNOWN) else bool(claimed),
            }
        )
    return rows


def _date(row: Mapping[str, str]) -> str | None:
    """iyear/imonth/iday; GTD writes 0 for an unknown month or day, read here as the first."""
    year, month, day = to_int(row.get("iyear")), to_int(row.get("imonth")) or 1, to_int(row.get("iday")) or 1
    if not year:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None



def compare(incident: Any, row: Mapping[str, Any]) -> dict[str, bool]:
    """Field -> right or wrong for one row; with no incident every field the row gives is wrong."""
    have = incident is not None
    checks: dict[str, bool] = {"incident_found": have}
    for name, field_name in TYPE_FIELDS.items():
        if row[name]:
            values = tuple(getattr(incident, field_name, ()) or ()) if have else ()
            checks[name] = bool(values) and values[0] == row[name]
            checks[f"{name}_any"] = row[name] in values
    if row["nkill"] is not None:
        # GTD nkill counts every death, perpetrators included (nkillter is the perpetrators' share)
        checks["nkill"] = have and deaths(incident) == row["nkill"]
    if row["nwound"] is not None:
        checks["nwound"] = have and (incident.wounded or 0) == row["nwound"]
    if row["gname"]:
        checks["gname"] = have and same_actor(incident.perpetrator, row["gname"])
    if row["country"]:
        checks["country"] = have and same_country(incident.country, row["country"])
    if row["city"]:
        checks["city"] = have and same_place(incident.location, row["city"])
    if row["latitude"] is not None and row["longitude"] is not None:
        # a borough for "New York City" is a fair answer the name check misses; the distance check takes it
        checks["location_25km"] = (
            have
            and incident.latitude is not None
            and incident.longitude is not None
            and haversine_km(incident.latitude, incident.longitude, row["latitude"], row["longitude"]) <= LOCATION_KM
        )
    if row["claimed"] is not None:
        checks["claimed"] = have and (incident.claimed is True) == row["claimed"]
    return checks


def score(predictions: Mapping[str, Any], gold: Sequence[Mapping[str, Any]], path: str | Path = "") -> dict:
    """predictions: row id -> CodedArticle or incidents (rows without an entry predicted nothing).

    Every field over all rows, then again as heldout_<field> over the rows whose summary the learned GTD models
    (attack, target, weapon type and group name) were not fitted on: the held-out fold of scripts/train_types.py
    (types_model.held_out, a tenth of any file), the out-of-training figure on the 1970-2017 subset they were fitted
    on; "heldout_rows" counts them. (The training also leaves out every eventid of the 1970-72 sample; those rows
    outside the fold are not counted here: the fold is the one definition the script and the scorers share.)
    """
    from ..types_model import held_out

    res = score_rows("gtd", predictions, gold, path, FIELDS, compare)
    rows = [row for row in gold if held_out(row["text"])]
    part = score_rows("gtd", predictions, rows, path, FIELDS, compare)
    res["measures"].update({"heldout_" + name: m for name, m in part["measures"].items()})
    res["heldout_rows"] = len(rows)
    return res


article_for = row_article


def run(path: str | Path, options: Any = None, limit: int | None = None) -> dict:
    """Code the first `limit` summaries with the pipeline and score them."""
    return run_rows(limited(load(path), limit), path, options, score)
