#!/usr/bin/env python3
"""Build the labelled dedupe set from MUC-4 answer keys: one Incident per template, grouped into real-world events.

MUC-4 has many messages about one event (the Jesuit killings, the Galan assassination, ...), each with its own
template. Two templates are labelled the same real-world incident when they come from different messages, their
countries agree, their date windows overlap, their locations are compatible (one is the other or contains it)
and they name the same specific target (a person's name or a named building, not "PEASANTS" or "HOUSE").
The labels use the keys alone; the dedupe under test sees only the Incident records built from them.

Reads ../shared/data/muc4/raw_keys (never copied into the repo); writes bench/out/dedupe_set.jsonl (git-ignored).
Usage: python scripts/build_dedupe_set.py [--keys DIR] [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_KEYS = REPO.parent / "shared" / "data" / "muc4" / "raw_keys"
DEFAULT_OUT = REPO / "bench" / "out" / "dedupe_set.jsonl"
#: events are kept only when their template dates are at most this wide, so a label rests on a datable event
MAX_WINDOW_DAYS = 31
#: night attacks are dated to either day by different messages (the Jesuits: 15 or 16 Nov 89)
LABEL_DAY_SLACK = 1
MONTHS = {m: i + 1 for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())}
#: target words that do not identify an event by themselves (labels need a more specific shared name)
GENERIC = set("""
PEOPLE CIVILIANS CIVILIAN PEASANTS PEASANT HOUSE HOUSES VEHICLE VEHICLES SOLDIERS SOLDIER TROOPS POLICEMEN POLICE
MEMBERS MEMBER BUILDING BUILDINGS BUS BUSES CHILDREN WOMEN STUDENTS PERSONS PERSON RESIDENTS WORKERS GUARDS HOME
FACILITIES OFFICES OFFICE INSTALLATIONS PATROL CAR TOWER TOWERS PYLONS PYLON BRIDGE BANK PRIEST PRIESTS JOURNALIST
JOURNALISTS MAYOR JUDGE CANDIDATE LEADER LEADERS TRUCK TRUCKS STORE OTHER OTHERS UNIDENTIFIED SEVERAL THE AND
HEADQUARTERS HIS HER THEIR ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN OFFICIAL OFFICIALS AGENTS AGENT
MAN MEN WIFE SON SONS DAUGHTER BODYGUARD BODYGUARDS DRIVER FAMILY ARMY MILITARY GOVERNMENT NATIONAL
INJURED DEAD WOUNDED VICTIMS VICTIM STATION
""".split())

def parse_keys(keys_dir: Path) -> list[dict]:
    """Every filled template of the raw key files, as {slot: [values]} with the message id."""
    templates = []
    for path in sorted(keys_dir.iterdir()):
        current: dict | None = None
        last_slot = None
        for line in path.read_text(encoding="latin-1").splitlines():
            if line.startswith(";;;"):
                continue
            m = re.match(r"^\s*(\d+)\.\s+([A-Z][A-Z :]+?)\s{2,}(.*)$", line)
            if m:
                slot, value = m.group(2).strip(), m.group(3).strip()
                if slot == "MESSAGE: ID":
                    current = {"file": path.name}
                    templates.append(current)
                if slot in ("MESSAGE: ID", "MESSAGE: TEMPLATE"):
                    value = value.split()[0] if value else value
                current.setdefault(slot, []).append(value)
                last_slot = slot
            elif line.strip() and current is not None and last_slot:
                current[last_slot].append(line.strip())
    return [t for t in templates if t.get("MESSAGE: TEMPLATE", ["*"])[0] not in ("*", "")]


def _day(text: str) -> date | None:
    m = re.match(r"(\d{1,2}) ([A-Z]{3}) (\d{2})", text.strip())
    if not m or m.group(2) not in MONTHS:
        return None
    y = int(m.group(3))
    try:
        return date(1900 + y if y > 30 else 2000 + y, MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def date_window(value: str) -> tuple[date, date] | None:
    value = value.strip().split(" / ")[0]
    if value in ("*", "-", ""):
        return None
    if value.startswith("-"):
        return None  # "on or before": no lower bound, so no event a label could rest on
    parts = [p for p in value.split(" - ")]
    days = [_day(p) for p in parts]
    days = [d for d in days if d]
    if not days:
        return None
    return min(days), max(days)


def strings(values: list[str]) -> list[str]:
    out = []
    for v in values:
        if ":" in v and '"' in v.split(":", 1)[1]:
            v = v.split(":", 1)[1]  # "PRESIDENT": "CEREZO" -> keep the right side's strings too
        out.extend(s.replace('\\"', "").strip() for s in re.findall(r'"((?:[^"\\]|\\.)*)"', v))
    return [s for s in dict.fromkeys(out) if s]


def location(value: str) -> tuple[str | None, list[tuple[str, str]]]:
    """'HONDURAS: OLANCHO (DEPARTMENT): CATACAMAS (TOWN)' -> ('HONDURAS', [(name, kind), ...])."""
    value = value.split(" / ")[0]
    if value in ("*", "-", ""):
        return None, []
    country, *rest = [p.strip() for p in value.split(":")]
    parts = []
    for p in rest:
        p = p.split(" - ")[0].strip()
        m = re.match(r"^(.*?)\s*\(([A-Z ]+)\)$", p)
        parts.append((m.group(1), m.group(2)) if m else (p, ""))
    return country, parts


def killed(t: dict) -> int | None:
    numbers = {}
    for v in t.get("HUM TGT: NUMBER", []):
        m = re.match(r"^(\d+)(?:-\d+)?:\s*\"(.*)\"", v)
        if m:
            numbers[m.group(2)] = int(m.group(1))
    total, any_death = 0, False
    for v in t.get("HUM TGT: EFFECT OF INCIDENT", []):
        if v.startswith("DEATH"):
            for s in strings([v]):
                any_death = True
                total += numbers.get(s, 1)
    return total if any_death else None


def country_code(name: str | None) -> str | None:
    if not name:
        return None
    import pycountry

    try:
        return pycountry.countries.lookup(name.title()).alpha_2
    except LookupError:
        return None


def to_record(t: dict) -> dict | None:
    """An Incident dict (eventwire's key names) for one template, or None if it has no usable date."""
    win = date_window(t["INCIDENT: DATE"][0])
    if win is None:
        return None
    country, parts = location(t.get("INCIDENT: LOCATION", ["*"])[0])
    admin1 = next((n for n, k in parts if k in ("DEPARTMENT", "PROVINCE", "STATE", "REGION")), None)
    place = parts[-1][0] if parts else None
    orgs = strings(t.get("PERP: ORGANIZATION ID", []))
    indiv = strings(t.get("PERP: INDIVIDUAL ID", []))
    names = strings(t.get("HUM TGT: NAME", []))
    descr = strings(t.get("HUM TGT: DESCRIPTION", []))
    phys = strings(t.get("PHYS TGT: ID", []))
    lo, hi = win
    return {
        "id": f"{t['MESSAGE: ID'][0]}#{t['MESSAGE: TEMPLATE'][0]}",
        "article_id": t["MESSAGE: ID"][0],
        "date": lo.isoformat() if lo == hi else None,
        "date_precision": "day" if lo == hi else None,
        "date_earliest": lo.isoformat(), "date_latest": hi.isoformat(),
        "country": country_code(country), "admin1": admin1, "location": place,
        "muc_incident_type": t.get("INCIDENT: TYPE", [None])[0],
        "perpetrator": orgs[0] if orgs else None, "perpetrator_organizations": orgs,
        "perpetrator_individuals": indiv, "human_targets": names + [d for d in descr if d not in names],
        "physical_targets": phys, "weapons": strings(t.get("INCIDENT: INSTRUMENT ID", [])),
        "killed": killed(t),
        "_label_names": [n for n in names + descr + phys if _specific(n)],
        "_location_path": [n for n, _ in parts],
    }


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[A-Z]+", name.upper()) if len(w) > 2 and w not in GENERIC)


def _specific(name: str) -> bool:
    return bool(_words(name))


def _name_match(a: str, b: str) -> bool:
    """Same person or building: the specific words of one name all within the other's
    ('ELLACURIA' in 'DR IGNACIO ELLACURIA', 'HECTOR OQUELI' in 'HECTOR OQUELI COLINDRES')."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def same_event(a: dict, b: dict) -> bool:
    return a["article_id"] != b["article_id"] and _same_event_across(a, b)


def _same_event_across(a: dict, b: dict) -> bool:
    if a["country"] != b["country"]:
        return False
    slack = timedelta(days=LABEL_DAY_SLACK)
    if (date.fromisoformat(a["date_earliest"]) > date.fromisoformat(b["date_latest"]) + slack
            or date.fromisoformat(b["date_earliest"]) > date.fromisoformat(a["date_latest"]) + slack):
        return False
    pa, pb = a["_location_path"], b["_location_path"]
    if pa and pb and not (pa[: len(pb)] == pb or pb[: len(pa)] == pa):
        return False
    return any(_name_match(x, y) for x in a["_label_names"] for y in b["_label_names"])


def label(records: list[dict]) -> list[dict]:
    """Union-find over same_event pairs, never joining two templates of one message (MUC-4 gives one template
    per incident a message reports); each record gets `event`, the label of its real-world incident."""
    parent = list(range(len(records)))
    messages = {i: {r["article_id"]} for i, r in enumerate(records)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_country = defaultdict(list)
    for i, r in enumerate(records):
        by_country[r["country"]].append(i)
    for idx in by_country.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                ri, rj = find(i), find(j)
                if ri != rj and not messages[ri] & messages[rj] and same_event(records[i], records[j]):
                    parent[ri] = rj
                    messages[rj] |= messages.pop(ri)
    for i, r in enumerate(records):
        r["event"] = f"E{find(i)}"
    return records


def build(keys_dir: Path = DEFAULT_KEYS) -> list[dict]:
    """The labelled set: every template of a multi-message event, plus the single-message templates dated
    within those events' windows in the same country (the hard negatives a deduplicator must keep apart)."""
    records = [r for r in (to_record(t) for t in parse_keys(keys_dir)) if r and r["country"]]
    records = [r for r in records
               if (date.fromisoformat(r["date_latest"]) - date.fromisoformat(r["date_earliest"])).days <= MAX_WINDOW_DAYS]
    # a message whose own templates match each other by the label rule has split one event into several
    # templates (or reports two events the rule cannot tell apart): such templates cannot be labelled, drop them
    by_message = defaultdict(list)
    for r in records:
        by_message[r["article_id"]].append(r)
    ambiguous = {r["id"] for group in by_message.values() for r in group for o in group
                 if o is not r and _same_event_across(r, o)}
    records = [r for r in records if r["id"] not in ambiguous]
    label(records)
    sizes = defaultdict(int)
    for r in records:
        sizes[r["event"]] += 1
    multi = [r for r in records if sizes[r["event"]] > 1]
    spans = [(r["country"], r["date_earliest"], r["date_latest"]) for r in multi]
    negatives = [r for r in records if sizes[r["event"]] == 1
                 and any(c == r["country"] and lo <= r["date_latest"] and r["date_earliest"] <= hi for c, lo, hi in spans)]
    chosen = sorted(multi + negatives, key=lambda r: r["id"])
    return chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keys", type=Path, default=DEFAULT_KEYS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.keys.exists():
        print(f"build_dedupe_set: {args.keys} not found (needs ../shared/data/muc4)", file=sys.stderr)
        return 2
    records = build(args.keys)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
    events = {r["event"] for r in records}
    multi = sum(1 for e in events if sum(r["event"] == e for r in records) > 1)
    print(f"{len(records)} reports of {len(events)} incidents ({multi} reported by 2+ messages) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
