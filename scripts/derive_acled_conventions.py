"""Derive ACLED's naming conventions from the ACLED files in ../shared/data/acled into eventwire's data files.

Writes (under src/eventwire/data/):
  acled_countries.tsv    ISO2, ACLED's country name, the name as it stands in "Military Forces of X" (with "the" where
                         ACLED writes it), ACLED's region
  acled_state_forces.tsv ISO2, kind (military | police), first year, last year (blank: still in force), ACLED's name
  acled_actors.tsv       every other actor ACLED names at least MIN_ROWS times: name, inter code (the most common),
                         the ISO2 of the country it is most often coded in, rows
  acled_disorder.tsv     event type, sub-event type -> ACLED's disorder type (the most common in the current layout)

Layouts read: the 2020/2019 layout (data_id ... iso3), the current one (event_id_cnty ... timestamp, with inter codes as
numbers or, from 2023, as labels such as "State forces") and the 2015 upper-case one (GWNO ... FATALITIES, ALLY_ACTOR_*;
its pre-2019 event types are not read: only names and inter codes are taken from it; docs/accuracy.md). Usage:

    .venv/bin/python scripts/derive_acled_conventions.py [../shared/data/acled] [--exclude FILE.csv] [--out DIR]

--exclude leaves a file out (to measure on it with tables that never saw it, docs/accuracy.md), --out writes the
tables elsewhere than the package's data folder.
"""
from __future__ import annotations

import argparse
import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

#: an actor named fewer times than this is left out: one-off names are mostly local and would only bloat the table
MIN_ROWS = 2
#: ACLED's 2023 inter labels -> the numeric codes of the earlier layouts (ACLED codebook, actor types 1-8)
INTER_LABELS = {
    "state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4, "rioters": 5,
    "protesters": 6, "civilians": 7, "external/other forces": 8,
}
#: the current layout's extract spells one disorder type wrong
DISORDER_SPELLING = {"Demostrations": "Demonstrations"}
STATE_FORCES = re.compile(r"^(Military|Police) Forces of (.+?) \((\d{4})-(\d{4})?\)$")
GENERIC = re.compile(r"^(?:Protesters|Rioters|Civilians|Unidentified Armed Group|Unidentified Gang) \([^()]+\)$")

DATA = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data"


def rows(folder: Path, exclude: frozenset[str] = frozenset()):
    """Each row of every CSV under folder, with lower-case keys, inter codes as ints and the year as an int."""
    for path in sorted(folder.glob("*.csv")):
        if path.name in exclude:
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for raw in csv.DictReader(fh):
                row = {k.lower(): (v or "").strip() for k, v in raw.items() if k}
                row["assoc_actor_1"] = row.get("assoc_actor_1") or row.get("ally_actor_1", "")
                for key in ("inter1", "inter2"):
                    row[key] = inter_code(row.get(key, ""))
                year = re.match(r"\d{4}", row.get("year", ""))
                row["year"] = int(year.group()) if year else None
                row["file"] = path.name
                yield row


def inter_code(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if value.lower() in INTER_LABELS:
        return INTER_LABELS[value.lower()]
    try:
        return int(float(value))
    except ValueError:
        return None


def iso2(row: dict) -> str:
    """ISO2 from ACLED's numeric iso column, else from its country name."""
    numeric = row.get("iso", "")
    if numeric and numeric.replace(".0", "").isdigit():
        found = pycountry.countries.get(numeric=f"{int(float(numeric)):03d}")
        if found:
            return found.alpha_2
    name = row.get("country", "")
    try:
        return pycountry.countries.lookup(name).alpha_2 if name else ""
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(name)[0].alpha_2
        except LookupError:
            return ""


def main(folder: Path, exclude: frozenset[str] = frozenset(), out: Path = DATA) -> None:
    names: dict[str, Counter] = defaultdict(Counter)  # ISO2 -> ACLED country names
    regions: dict[str, Counter] = defaultdict(Counter)
    forces_of: dict[str, Counter] = defaultdict(Counter)  # ISO2 -> "the United States"
    actors: dict[str, Counter] = defaultdict(Counter)  # name -> inter codes
    actor_country: dict[str, Counter] = defaultdict(Counter)
    forces: dict[tuple[str, str, int, int | None], Counter] = defaultdict(Counter)  # keyed by the name's country
    disorder: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows(folder, exclude):
        code = iso2(row)
        if code:
            names[code][row["country"]] += 1
            if row.get("region"):
                regions[code][row["region"]] += 1
        if row.get("disorder_type"):
            kind = DISORDER_SPELLING.get(row["disorder_type"], row["disorder_type"])
            disorder[(row["event_type"], row.get("sub_event_type", ""))][kind] += 1
        for actor, inter in ((row.get("actor1", ""), row["inter1"]), (row.get("actor2", ""), row["inter2"])):
            if not actor or inter is None:
                continue
            state = STATE_FORCES.match(actor)
            if state:
                kind, country, first, last = state.groups()
                forces[(country, kind.lower(), int(first), int(last) if last else None)][actor] += 1
                continue
            if GENERIC.match(actor):
                continue
            actors[actor][inter] += 1
            if code:
                actor_country[actor][code] += 1
    by_owner: dict[tuple[str, str, int, int | None], Counter] = defaultdict(Counter)
    for (country, kind, first, last), seen in forces.items():
        owner = _owner(country, names)
        if owner:
            by_owner[(owner, kind, first, last)].update(seen)
            forces_of[owner][country] += sum(seen.values())
    _write(out / "acled_countries.tsv", "iso2\tcountry\tforces_of\tregion", sorted(
        (code, c.most_common(1)[0][0], (forces_of[code].most_common(1) or [(c.most_common(1)[0][0], 0)])[0][0],
         (regions[code].most_common(1) or [("", 0)])[0][0]) for code, c in names.items()))
    _write(out / "acled_state_forces.tsv", "iso2\tkind\tfirst\tlast\tname", sorted(
        (code, kind, str(first), str(last or ""), c.most_common(1)[0][0])
        for (code, kind, first, last), c in by_owner.items()))
    _write(out / "acled_actors.tsv", "name\tinter\tiso2\trows", sorted(
        (name, str(c.most_common(1)[0][0]), (actor_country[name].most_common(1) or [("", 0)])[0][0],
         str(sum(c.values()))) for name, c in actors.items() if sum(c.values()) >= MIN_ROWS))
    _write(out / "acled_disorder.tsv", "event_type\tsub_event_type\tdisorder_type\trows", sorted(
        (event, sub, c.most_common(1)[0][0], str(sum(c.values()))) for (event, sub), c in disorder.items()))


def _owner(country: str, names: dict[str, Counter]) -> str:
    """The ISO2 of the country a "Forces of X" name belongs to ("the United States" -> US)."""
    plain = re.sub(r"^the\s+", "", country)
    for code, seen in names.items():
        if plain in seen:
            return code
    try:
        return pycountry.countries.lookup(plain).alpha_2
    except LookupError:
        return ""


def _write(path: Path, header: str, lines) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# derived by scripts/derive_acled_conventions.py from ACLED's data (ACLED terms: see NOTICE)\n{header}\n")
        written = list(lines)
        fh.writelines("\t".join(cells) + "\n" for cells in written)
    print(f"{path}: {len(written)} rows")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "acled")
    parser.add_argument("--exclude", action="append", default=[], help="a file name to leave out (repeatable)")
    parser.add_argument("--out", type=Path, default=DATA, help="folder for the tables (default: the package's data)")
    args = parser.parse_args()
    main(args.folder, frozenset(args.exclude), args.out)
