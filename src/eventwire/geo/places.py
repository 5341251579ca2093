"""Place records: the gazetteer's Entry rows, their ranking, and the Place (with ACLED / GTD / UCDP precision codes)
an incident gets from one."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from ..records import POPULATED_PLACE, Place
from .files import _data_lines

# kind of location -> (ACLED geo_precision, GTD specificity, UCDP where_prec); the one place this is decided.
#   exact: the named town itself.           near: vicinity of / neighbourhood in / "X area" of a known town.
#   offset: point computed from "N km <dir> of X" (district-grade when far).  road: midpoint of "between A and B".
#   admin2 / admin1 / country: the area's point (its biggest town, standing in for the seat ACLED uses), the
#   text names nothing smaller.
#   village-admin2 / village-admin1: a named village not in the gazetteer, placed at the smallest area the text
#   ties it to (GTD 2 = "in a town whose coordinates are unknown: centroid of the smallest region").
#   GTD 1 for "near" and short offsets: the point is a known town at the event's vicinity, which GTD coders
#   treat as the town; UCDP 2 says the same with its 25 km radius.
PRECISION = {
    "exact": (1, 1, 1),
    "near": (2, 1, 2),
    "offset": (2, 1, 2),
    "offset-far": (2, 3, 3),
    "road": (2, 3, 5),
    "village-admin2": (2, 2, 3),
    "admin2": (2, 3, 3),
    "village-admin1": (3, 2, 4),
    "admin1": (3, 4, 4),
    "country": (3, 5, 6),
}


#: how specific each kind is, for choosing among a sentence's places (the most specific wins)
SPECIFICITY = {
    "exact": 9, "near": 8, "offset": 8, "offset-far": 6, "road": 7, "village-admin2": 5, "admin2": 4,
    "village-admin1": 3, "admin1": 2, "country": 1,
}


FEATURE_OF_KIND = {"offset": "offset", "offset-far": "offset", "road": "offset", "village-admin2": "admin2",
                   "admin2": "admin2", "village-admin1": "admin1", "admin1": "admin1", "country": "country"}


def precision_codes(kind: str) -> tuple[int, int, int]:
    """(ACLED geo_precision, GTD specificity, UCDP where_prec) for a kind of location."""
    return PRECISION[kind]


@functools.lru_cache(maxsize=1)
def _reported_us_states() -> dict[str, str]:
    """US states the gazetteer files under another name than news and the datasets write (us_states.tsv's fourth
    column): GeoNames' "Washington, D.C." is ACLED's and GTD's "District of Columbia"."""
    return {filed: row[0] for row in _data_lines("us_states.tsv") for filed in row[3:]}


@functools.lru_cache(maxsize=1)
def _areas_now() -> dict[tuple[str, str], tuple[str, dict[str, str]]]:
    """(country, area as the gazetteer names it) -> (the area that now holds it, {its second-level area: the area
    now holding that one, where another}) for the first-level areas redrawn since the packaged lists were made
    (admin1_now.tsv: Morocco's 2015 regions)."""
    table: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
    for cc, old, now, parts in _data_lines("admin1_now.tsv"):
        moved = dict(part.split("=", 1) for part in parts.split("|") if part != "-")
        table[(cc, old)] = (now, moved)
    return table


@functools.lru_cache(maxsize=1)
def _admin1_fixes() -> dict[int, str]:
    """GeoNames id -> the first-level area that holds the place, for the places the packaged lists file under
    another one (admin1_fixes.tsv: towns of the State of Mexico filed under Morelos)."""
    return {int(gid): now for _cc, gid, _name, _filed, now in _data_lines("admin1_fixes.tsv")}


def fixed_admin1(geonameid: int | None, admin1: str | None) -> str | None:
    """The first-level area of the gazetteer place `geonameid`: the filed one unless admin1_fixes.tsv sets it right."""
    if geonameid is None:
        return admin1
    return _admin1_fixes().get(geonameid, admin1)


def reported_admin1(country: str | None, admin1: str | None, admin2: str | None = None) -> str | None:
    """The admin1 name an incident is coded with: the gazetteer's, the datasets' name of a US state, or the area
    that now holds a redrawn one (_areas_now; by the place's second-level area `admin2` where that went apart)."""
    if country == "US" and admin1:
        return _reported_us_states().get(admin1, admin1)
    redrawn = _areas_now().get((country or "", admin1 or ""))
    if redrawn is not None:
        now, moved = redrawn
        return moved.get(admin2 or "", now)
    return admin1


def to_place(entry: Entry, kind: str | None = None, *, name: str | None = None,
             point: tuple[float, float] | None = None) -> Place:
    """A records.Place from a gazetteer entry, with the precision codes of `kind` (default: the entry's level)."""
    if kind is None:
        kind = {"country": "country", "admin1": "admin1", "admin2": "admin2"}.get(entry.feature, "exact")
    acled, gtd, ucdp = precision_codes(kind)
    lat, lon = point if point is not None else (entry.lat, entry.lon)
    feature = FEATURE_OF_KIND.get(kind, "user" if entry.feature == "user" else POPULATED_PLACE)
    return Place(
        name=name or entry.name, country=entry.country,
        admin1=reported_admin1(entry.country, entry.admin1, entry.admin2) if entry.feature != "country" else None,
        admin2=entry.admin2 if entry.feature in (POPULATED_PLACE, "admin2", "user") else None,
        latitude=round(lat, 5), longitude=round(lon, 5), feature=feature,
        geo_precision=acled, gtd_specificity=gtd, where_prec=ucdp,
        geonameid=entry.geonameid if kind in ("exact", "near") or entry.feature == "country" else None,
    )


FEATURE_RANK = {"country": 0, "admin1": 1, "admin2": 2, POPULATED_PLACE: 3, "user": 3}


def _entry_order(e: Entry) -> tuple[int, int, int]:
    """Candidates' order: area level, then population, then id (a total order, so results are deterministic)."""
    return (e.rank, -e.population, e.id)


def _place_rank(e: Entry) -> tuple[bool, float, int]:
    """Lookups' order of the places a name has in the asked country (and of those elsewhere): areas and towns
    before districts, then by population, then id (a total order)."""
    return (e.feature == "admin2", -math.log10(e.population + 10), e.id)


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


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (haversine on a 6,371 km sphere): the package's one distance,
    read by the geocoder, dedupe and the scorers."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """haversine_km between two (lat, lon) points."""
    return haversine_km(a[0], a[1], b[0], b[1])
