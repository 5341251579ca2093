"""The `notes` of the ACLED export: one English sentence in ACLED's manner, written from an incident's fields (date,
actors, act, place, toll), not copied from the article.

    >>> from eventwire.notes import acled_note
    >>> acled_note({"date": "2022-12-17", "sub_event_type": "Attack", "location": "Shalal al-Matar",
    ...             "admin1": "Kirkuk", "killed": 9}, "Islamic State (Iraq)", "Police Forces of Iraq (2022-)")
    'On 17 December 2022, Islamic State attacked police forces of Iraq in Shalal al-Matar (Kirkuk), killing 9.'
"""
from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

#: ACLED's own phrasing of a side whose name says only what it is ("Civilians (Iraq)" -> "civilians")
_PLAIN_SIDES = {
    "civilians": "civilians", "protesters": "protesters", "rioters": "rioters",
    "unidentified armed group": "an unidentified armed group", "unidentified gang": "an unidentified gang",
}
#: the note's wording for a date ACLED codes to the week or month (its time_precision 2 and 3)
_PRECISION_WORDS = {"week": "Around", "month": "In", "year": "In"}


@lru_cache(maxsize=1)
def _templates() -> dict[str, tuple[str, str]]:
    text = resources.files("eventwire").joinpath("data/acled_notes.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r["sub_event_type"]: (r["both"], r["alone"]) for r in csv.DictReader(lines, delimiter="\t")}


def side_phrase(name: str) -> str:
    """An ACLED actor name as the note tells it: "Military Forces of Ukraine (2019-)" -> "military forces of Ukraine",
    "Civilians (Iraq)" -> "civilians", "Islamic State (Iraq)" -> "Islamic State"."""
    base = re.sub(r"\s*\([^()]*\)", "", name or "").strip()
    if base.lower() in _PLAIN_SIDES:
        return _PLAIN_SIDES[base.lower()]
    return re.sub(r"^(Military|Police) Forces", lambda m: f"{m.group(1).lower()} forces", base)


def _when(incident: Mapping[str, Any]) -> str:
    value = incident.get("date") or incident.get("date_earliest")
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        day = None
    if day is None:
        return ""
    precision = incident.get("date_precision") or "day"
    if precision in ("month", "year"):
        return f"In {day:%B %Y}" if precision == "month" else f"In {day.year}"
    return f"{_PRECISION_WORDS.get(precision, 'On')} {day.day} {day:%B %Y}"


def _where(incident: Mapping[str, Any]) -> str:
    location, admin1 = incident.get("location"), incident.get("admin1")
    if location and admin1 and location != admin1:
        return f" in {location} ({admin1})"
    return f" in {location or admin1}" if (location or admin1) else ""


def _toll(incident: Mapping[str, Any]) -> str:
    killed, wounded = incident.get("killed"), incident.get("wounded")
    parts = []
    if killed:
        parts.append(f"killing {killed}")
    if wounded:
        parts.append(f"injuring {wounded}")
    if not parts:
        return ", no fatalities reported" if killed == 0 else ""
    return ", " + " and ".join(parts)


def acled_note(incident: Mapping[str, Any], actor1: str, actor2: str = "") -> str:
    """One sentence: when, who did what to whom, where, and the toll."""
    both, alone = _templates().get(incident.get("sub_event_type") or "", ("{a1} attacked {a2}", "{a1} carried out an attack"))
    a1 = side_phrase(actor1) or "an unidentified armed group"
    act = both.format(a1=a1, a2=side_phrase(actor2)) if actor2 else alone.format(a1=a1)
    when = _when(incident)
    sentence = f"{when}, {act}" if when else act[:1].upper() + act[1:]
    return f"{sentence}{_where(incident)}{_toll(incident)}."
