"""Exports of stored incidents: ACLED, GTD and UCDP GED columns, GeoJSON, Parquet and JSONL."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from typing import IO, Any, Callable, Iterable, Mapping

from .errors import EventwireError, UsageError
from .records import all_deaths
from .store import IncidentFilter, Store

#: incidents fetched per round trip and rows per Parquet row group: bounds memory on big databases
EXPORT_BATCH = 1000

FORMATS = ("acled", "acled-2020", "gtd", "ucdp", "geojson", "parquet", "jsonl")

#: ACLED's current column list, in its order (its data since the 2022 model change: disorder_type,
#: civilian_targeting and tags added; data_id, event_id_no_cnty and iso3 gone)
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
]
#: ACLED's 2020 column list, in its order (as in every ACLED CSV download of the 2020 data model): --format acled-2020
ACLED_2020_COLUMNS = [
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
]
#: the GTD codebook columns eventwire can derive from a news report (the rest need a human coder)
GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region_txt", "provstate",
    "city", "latitude", "longitude", "specificity", "summary", "doubtterr", "multiple", "success", "suicide",
    "attacktype1_txt", "attacktype2_txt", "attacktype3_txt", "targtype1_txt", "targtype2_txt", "targtype3_txt",
    "target1", "gname", "gname2", "nperps", "claimed", "claimmode_txt", "weaptype1_txt", "weaptype2_txt",
    "weaptype3_txt", "weaptype4_txt", "weapdetail", "nkill", "nkillter", "nwound", "scite1", "scite2", "scite3",
    "dbsource",
]
#: UCDP GED columns (version 23.1 names) that a report can fill
UCDP_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_name", "dyad_name",
    "side_a", "side_b", "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude",
    "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
]

# ACLED regions by ISO2: ACLED's own grouping (not UN M49), needed for its `region` column
_ACLED_REGIONS = {
    "Middle East": "IQ SY IR LB YE TR IL PS SA JO KW BH QA AE OM",
    "Southern Asia": "IN PK BD LK NP BT MV",
    "Caucasus and Central Asia": "AF KZ KG TJ TM UZ AZ AM GE",
    "Northern Africa": "EG LY TN DZ MA SD EH",
    "Western Africa": "NG NE ML BF GH CI SN GN SL LR TG BJ MR GM GW CV",
    "Middle Africa": "CM CF TD CD CG GA GQ AO ST",
    "Eastern Africa": "SO ET KE UG TZ RW BI SS ER DJ MZ MW MG ZM ZW KM MU SC",
    "Southern Africa": "ZA NA BW LS SZ",
    "South-Eastern Asia": "PH TH MM ID MY KH VN LA SG TL BN",
    "East Asia": "CN JP KR KP MN TW HK",
    "Central America": "MX GT SV HN NI CR PA BZ",
    "South America": "CO VE PE EC BO BR CL AR PY UY GY SR",
    "Caribbean": "CU HT DO JM TT PR BS BB",
    "Europe": "UA RU BY MD PL DE FR GB IT ES PT GR RS BA HR ME MK AL RO BG HU CZ SK SI AT CH BE NL IE CY XK",
    "Oceania": "AU NZ PG FJ SB VU",
    "North America": "US CA",
}
ACLED_REGION = {code: region for region, codes in _ACLED_REGIONS.items() for code in codes.split()}
_GTD_REGION = {
    "Middle East": "Middle East & North Africa", "Northern Africa": "Middle East & North Africa",
    "Southern Asia": "South Asia", "Caucasus and Central Asia": "Central Asia",
    "Western Africa": "Sub-Saharan Africa", "Middle Africa": "Sub-Saharan Africa",
    "Eastern Africa": "Sub-Saharan Africa", "Southern Africa": "Sub-Saharan Africa",
    "South-Eastern Asia": "Southeast Asia", "East Asia": "East Asia", "Central America": "Central America & Caribbean",
    "Caribbean": "Central America & Caribbean", "South America": "South America", "Europe": "Western Europe",
    "Oceania": "Australasia & Oceania", "North America": "North America",
}
_ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
#: UCDP date_prec: 1 exact day, 2 a 2-6 day span, 3 a week, 4 a month, 5 longer
_UCDP_DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}
_STATE_TARGETS = {"police", "military", "government (general)", "government (diplomatic)"}


class ExportError(EventwireError):
    """An export cannot be written (unknown format, binary format to a terminal)."""


# -- country helpers -----------------------------------------------------------------------------------------
def country_name(code: str | None) -> str:
    """ISO2 -> the country's common name from pycountry ("IR" -> "Iran", not "Iran, Islamic Republic of")."""
    if not code:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def _iso(code: str | None) -> tuple[int | str, str]:
    if not code:
        return "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    return (int(c.numeric), c.alpha_3) if c else ("", "")


def _num(incident_id: str, digits: int) -> int:
    """A stable number for an incident id: ACLED and GTD ids are numeric."""
    return int(hashlib.sha1(incident_id.encode()).hexdigest(), 16) % (10 ** digits)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _is_unknown_actor(perp: str | None) -> bool:
    from .dedupe import GENERIC_PERPETRATORS, norm

    return not perp or norm(perp) in GENERIC_PERPETRATORS


# -- ACLED ---------------------------------------------------------------------------------------------------
def _acled_fields(inc: Mapping[str, Any]) -> dict[str, Any]:
    """The values both ACLED layouts share; actors in ACLED's naming (eventwire.actors)."""
    from .actors import acled_actors, civilian_targeting, country_label, disorder_type

    iso, iso3 = _iso(inc.get("country"))
    d = _date(inc.get("date") or inc.get("date_earliest"))
    num = _num(inc["id"], 7)
    sides = acled_actors(inc)
    event, sub = inc.get("event_type") or "", inc.get("sub_event_type") or ""
    sources = inc.get("source_names") or sorted({s.get("source") for s in inc.get("sources", []) if s.get("source")})
    updated = inc.get("updated_at")
    return {
        "num": num, "iso": iso, "iso3": iso3, "event_id_cnty": f"{iso3}{num}", "day": d, "year": d.year if d else "",
        "time_precision": _ACLED_TIME_PRECISION.get(inc.get("date_precision") or "day", "") if d else "",
        "disorder_type": disorder_type(event, sub), "event_type": event, "sub_event_type": sub,
        "actor1": sides.actor1, "assoc_actor_1": "", "inter1": _blank(sides.inter1), "actor2": sides.actor2,
        "assoc_actor_2": "", "inter2": _blank(sides.inter2), "interaction": _blank(sides.interaction),
        "civilian_targeting": civilian_targeting(sides, event, sub),
        "region": ACLED_REGION.get((inc.get("country") or "").upper(), ""), "country": country_label(inc.get("country")),
        "admin1": inc.get("admin1") or "", "admin2": inc.get("admin2") or "", "admin3": "",
        "location": inc.get("location") or "", "latitude": _coord(inc.get("latitude")),
        "longitude": _coord(inc.get("longitude")), "geo_precision": inc.get("geo_precision") or "",
        "source": "; ".join(sources), "source_scale": "",
        "fatalities": _deaths(inc, "") or 0,
        "timestamp": int(datetime.fromisoformat(updated).timestamp()) if updated else "", "tags": "",
    }


def acled_row(inc: Mapping[str, Any]) -> dict[str, Any]:
    """A row of ACLED's current layout; `notes` one sentence written from the fields (eventwire.notes)."""
    from .notes import acled_note

    f = _acled_fields(inc)
    d = f["day"]
    row = dict(f, event_date=d.isoformat() if d else "", notes=acled_note(inc, f["actor1"], f["actor2"]))
    return {c: row[c] for c in ACLED_COLUMNS}


def acled_2020_row(inc: Mapping[str, Any]) -> dict[str, Any]:
    """A row of ACLED's 2020 layout (data_id ... iso3); `notes` the sentences the incident was coded from."""
    f = _acled_fields(inc)
    d = f["day"]
    row = dict(f, data_id=f["num"], event_id_no_cnty=f["num"],
               # ACLED's CSV wrote dates as 3-May-20 (day without zero, abbreviated month, two-digit year)
               event_date=f"{d.day}-{d:%b}-{d:%y}" if d else "", notes=_notes(inc))
    return {c: row[c] for c in ACLED_2020_COLUMNS}


def _deaths(inc: Mapping[str, Any], figure: str) -> int | None:
    """records.all_deaths of the stored incident's figure named by `figure` ("" the most conservative, "_low",
    "_best", "_high"), as `eventwire evaluate acled / gtd` score them."""
    return all_deaths(inc.get(f"killed{figure}"), inc.get(f"perpetrators_killed{figure}"))


def _coord(v: Any) -> Any:
    return round(float(v), 4) if v is not None else ""


def _notes(inc: Mapping[str, Any]) -> str:
    note = " ".join((inc.get("summary") or "").split())
    per_source = [f"{s.get('source') or s.get('article_id')}: {s['killed']}" for s in inc.get("sources", [])
                  if s.get("killed") is not None]
    if len({s.split(': ')[-1] for s in per_source}) > 1:
        note += f" Fatalities coded as {_deaths(inc, '') or 0} (most conservative; " + "; ".join(per_source) + ")."
    return note.strip()


# -- GTD -----------------------------------------------------------------------------------------------------
def gtd_row(inc: Mapping[str, Any]) -> dict[str, Any]:
    d = _date(inc.get("date") or inc.get("date_earliest"))
    precision = inc.get("date_precision") or "day"
    attacks = list(inc.get("attack_types") or ())[:3]
    targets = list(inc.get("target_types") or ())[:3]
    weapons = list(inc.get("weapon_types") or ())[:4]
    sources = inc.get("sources", [])
    scites = [s.get("url") or " ".join(x for x in (s.get("source"), s.get("title"), s.get("published")) if x)
              for s in sources][:3]
    claimed = inc.get("claimed")
    perp = inc.get("perpetrator")
    region = ACLED_REGION.get((inc.get("country") or "").upper(), "")
    row = {
        # GTD eventid: YYYYMMDD and a 4-digit serial; the serial here is a stable hash of the incident id
        "eventid": f"{d:%Y%m%d}{_num(inc['id'], 4):04d}" if d else f"00000000{_num(inc['id'], 4):04d}",
        "iyear": d.year if d else "", "imonth": d.month if d and precision != "year" else 0,
        "iday": d.day if d and precision == "day" else 0,
        "approxdate": "" if precision == "day" or not inc.get("date_earliest")
        else f"{inc.get('date_earliest')} - {inc.get('date_latest')}",
        "extended": 0, "country_txt": country_name(inc.get("country")), "region_txt": _GTD_REGION.get(region, ""),
        "provstate": inc.get("admin1") or "", "city": inc.get("location") or "",
        "latitude": inc.get("latitude") if inc.get("latitude") is not None else "",
        "longitude": inc.get("longitude") if inc.get("longitude") is not None else "",
        "specificity": inc.get("gtd_specificity") or "", "summary": " ".join((inc.get("summary") or "").split()),
        "doubtterr": "", "multiple": "", "success": 1, "suicide": "",
        "target1": "; ".join(list(inc.get("human_targets") or ()) + list(inc.get("physical_targets") or ())),
        "gname": perp if not _is_unknown_actor(perp) else "Unknown", "gname2": "", "nperps": "",
        "claimed": 1 if claimed else (0 if claimed is False else -9),
        "claimmode_txt": inc.get("claim_channel") or "", "weapdetail": "; ".join(inc.get("weapons") or ()),
        "nkill": _blank(_deaths(inc, "_best")), "nkillter": _blank(inc.get("perpetrators_killed_best")),
        "nwound": _blank(inc.get("wounded_best")), "dbsource": "eventwire",
    }
    for i in range(3):
        row[f"attacktype{i + 1}_txt"] = attacks[i] if i < len(attacks) else ""
        row[f"targtype{i + 1}_txt"] = targets[i] if i < len(targets) else ""
        row[f"scite{i + 1}"] = scites[i] if i < len(scites) else ""
    for i in range(4):
        row[f"weaptype{i + 1}_txt"] = weapons[i] if i < len(weapons) else ""
    return {c: row[c] for c in GTD_COLUMNS}


def _blank(v: Any) -> Any:
    return "" if v is None else v


# -- UCDP GED ------------------------------------------------------------------------------------------------
def ucdp_row(inc: Mapping[str, Any]) -> dict[str, Any]:
    d = _date(inc.get("date") or inc.get("date_earliest"))
    country = country_name(inc.get("country"))
    targets = {t.lower() for t in inc.get("target_types") or ()}
    perp = inc.get("perpetrator") if not _is_unknown_actor(inc.get("perpetrator")) else "Unknown"
    side_a: str | None
    if targets & _STATE_TARGETS:
        violence, side_a, side_b = 1, f"Government of {country}", perp  # state-based: the state is side A
    else:
        violence, side_a, side_b = 3, perp, "Civilians"  # one-sided violence against civilians
    best, low, high = _deaths(inc, "_best"), _deaths(inc, "_low"), _deaths(inc, "_high")
    victims = inc.get("killed_best")
    deaths_a = victims if violence == 1 else 0
    deaths_civ = victims if violence == 3 else 0
    sources = inc.get("sources", [])
    lat, lon = inc.get("latitude"), inc.get("longitude")
    lo, hi = inc.get("date_earliest"), inc.get("date_latest")
    prec = _UCDP_DATE_PREC.get(inc.get("date_precision") or "day", 1) if (lo or d) else ""
    if prec == 1 and lo and hi and lo != hi:
        prec = 2
    row = {
        "id": _num(inc["id"], 9), "relid": inc["id"], "year": d.year if d else "", "active_year": "",
        "code_status": "Clear", "type_of_violence": violence, "conflict_name": "", "dyad_name": f"{side_a} - {side_b}",
        "side_a": side_a, "side_b": side_b, "number_of_sources": inc.get("n_sources") or len(sources),
        "source_article": "; ".join(
            " ".join(x for x in (s.get("source"), s.get("published"), f'"{s["title"]}"' if s.get("title") else None) if x)
            for s in sources),
        "source_office": "; ".join(dict.fromkeys(s.get("source") for s in sources if s.get("source"))),
        "source_date": "; ".join(dict.fromkeys(s.get("published") for s in sources if s.get("published"))),
        "source_headline": "; ".join(s.get("title") for s in sources if s.get("title")),
        "source_original": "", "where_prec": inc.get("where_prec") or "", "where_coordinates": inc.get("location") or "",
        "where_description": ", ".join(x for x in (inc.get("location"), inc.get("admin1")) if x),
        "adm_1": inc.get("admin1") or "", "adm_2": inc.get("admin2") or "", "latitude": _blank(lat),
        "longitude": _blank(lon), "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "priogrid_gid": "", "country": country, "country_id": "", "region": _ucdp_region(inc.get("country")),
        "event_clarity": 1, "date_prec": prec, "date_start": lo or "", "date_end": hi or "",
        "deaths_a": _blank(deaths_a), "deaths_b": _blank(inc.get("perpetrators_killed_best") or 0),
        "deaths_civilians": _blank(deaths_civ), "deaths_unknown": 0,
        "best": _blank(best), "high": _blank(high), "low": _blank(low), "gwnoa": "", "gwnob": "",
    }
    return {c: row[c] for c in UCDP_COLUMNS}


def _ucdp_region(code: str | None) -> str:
    region = ACLED_REGION.get((code or "").upper(), "")
    if region in ("Middle East", "Northern Africa"):
        return "Middle East"
    if "Africa" in region:
        return "Africa"
    if region in ("Central America", "South America", "Caribbean", "North America"):
        return "Americas"
    if region == "Europe":
        return "Europe"
    return "Asia" if region else ""


# -- writers -------------------------------------------------------------------------------------------------
ROWS: dict[str, tuple[list[str], Callable[[Mapping[str, Any]], dict[str, Any]]]] = {
    "acled": (ACLED_COLUMNS, acled_row), "acled-2020": (ACLED_2020_COLUMNS, acled_2020_row),
    "gtd": (GTD_COLUMNS, gtd_row), "ucdp": (UCDP_COLUMNS, ucdp_row),
}


#: the layouts of datasets that code no accident (ACLED, GTD and UCDP code political or criminal violence): an
#: incident marked an accident (records.Incident.accident, "a 4-year-old accidentally shot himself";
#: IncidentFilter.accident) is left out of them, counted in `tally["accidents"]` (export, export_to_path) for the CLI
#: to say so; every other format keeps it, with its mark
NO_ACCIDENT_FORMATS = frozenset({"acled", "acled-2020", "gtd", "ucdp"})


def layout_filter(store: Store, fmt: str, flt: IncidentFilter, tally: dict[str, int] | None = None) -> IncidentFilter:
    """The filter of the incidents `fmt` writes: `flt`, less the accidents where the layout codes none
    (NO_ACCIDENT_FORMATS), whose count goes to `tally["accidents"]` (where given)."""
    if fmt not in NO_ACCIDENT_FORMATS or flt.accident is False:
        return flt
    if tally is not None:
        tally["accidents"] = tally.get("accidents", 0) + store.count_incidents(replace(flt, accident=True))
    return replace(flt, accident=False)


def _flat(inc: Mapping[str, Any]) -> dict[str, Any]:
    """A flat record for GeoJSON properties and Parquet columns: scalars, lists of strings, JSON for the rest."""
    out: dict[str, Any] = {}
    for k, v in inc.items():
        if k == "evidence":
            continue
        if isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v):
            out[k] = list(v)
        elif isinstance(v, (dict, list, tuple)):
            out[k] = json.dumps(v, ensure_ascii=False)
        else:
            out[k] = v
    return out


def export(store: Store, fmt: str, out: IO[Any] | str | None = None, flt: IncidentFilter | None = None,
           tally: dict[str, int] | None = None) -> int:
    """Write the store's incidents in `fmt` to a path (atomically, see export_to_path), an open file, or stdout
    (None or "-"); returns the count written. `tally["accidents"]` (where given) counts the accidents the layout left
    out (layout_filter)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if isinstance(out, str) and out != "-":
        return export_to_path(store, fmt, out, flt, force=True, tally=tally)  # atomic; never over the database
    fh = None if isinstance(out, str) else out  # a string here is "-": stdout
    flt = flt or IncidentFilter(limit=None)
    if fmt == "parquet" and (fh is None or fh is sys.stdout):
        raise ExportError("parquet is binary: give an output file with -o")
    incidents = store.iter_incidents(layout_filter(store, fmt, flt, tally), batch=EXPORT_BATCH)
    if fmt == "parquet" and fh is not None:  # never None here: refused above
        return write_parquet(incidents, fh)
    return _write_text(incidents, fmt, fh or sys.stdout)


def export_to_path(store: Store, fmt: str, path: str, flt: IncidentFilter | None = None, *,
                   force: bool = False, tally: dict[str, int] | None = None) -> int:
    """Export to the file `path` atomically: written to a temporary file beside it, then renamed over it, so a
    failed or interrupted export leaves any earlier file whole and never a truncated one. Refuses (UsageError)
    the database's own files, and an existing file unless `force`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    check_output(store, path, force=force)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        if fmt == "parquet":
            os.close(fd)
            fd = -1
            n = write_parquet(store.iter_incidents(flt or IncidentFilter(limit=None), batch=EXPORT_BATCH), tmp)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fd = -1
                n = export(store, fmt, fh, flt, tally)
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return n


def check_output(store: Store, path: str, *, force: bool = False) -> None:
    """UsageError when writing `path` would overwrite the database (or its journal files), a folder, or (without
    `force`) an existing file."""
    db = getattr(store, "path", None)
    target = os.path.realpath(path)
    if db and db != ":memory:":
        own = {os.path.realpath(db + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
        same = target in own or (os.path.exists(path) and os.path.exists(db) and os.path.samefile(path, db))
        if same:
            raise UsageError(f"{path}: is the database itself; refusing to export over it")
    if os.path.isdir(path):
        raise UsageError(f"{path}: is a directory; give a file name")
    if os.path.exists(path) and not force:
        raise UsageError(f"{path}: already exists; pass --force to replace it")
    if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        raise UsageError(f"{path}: no such folder")


def _write_text(incidents: Iterable[Mapping[str, Any]], fmt: str, fh: IO[str]) -> int:
    n = 0
    if fmt in ROWS:
        columns, make = ROWS[fmt]
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for inc in incidents:
            writer.writerow(make(inc))
            n += 1
    elif fmt == "jsonl":
        for inc in incidents:
            fh.write(json.dumps(inc, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "geojson":
        # streamed by hand so a big database is never one object in memory
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for inc in incidents:
            lat, lon = inc.get("latitude"), inc.get("longitude")
            geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
            feature = {"type": "Feature", "id": inc["id"], "geometry": geometry, "properties": _flat(inc)}
            fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
        fh.write("\n]}\n")
    return n


PARQUET_FIELDS: list[tuple[str, str]] = [
    ("id", "string"), ("date", "string"), ("date_precision", "string"), ("date_earliest", "string"),
    ("date_latest", "string"), ("country", "string"), ("admin1", "string"), ("admin2", "string"),
    ("location", "string"), ("latitude", "float64"), ("longitude", "float64"), ("geo_precision", "int64"),
    ("gtd_specificity", "int64"), ("where_prec", "int64"), ("event_type", "string"), ("sub_event_type", "string"),
    ("attack_types", "list"), ("target_types", "list"), ("weapon_types", "list"), ("perpetrator", "string"),
    ("killed", "int64"), ("killed_low", "int64"), ("killed_best", "int64"), ("killed_high", "int64"),
    ("wounded", "int64"), ("wounded_low", "int64"), ("wounded_best", "int64"), ("wounded_high", "int64"),
    ("perpetrators_killed", "int64"), ("claimed", "bool"), ("claim_channel", "string"),
    ("perpetrator_organizations", "list"), ("human_targets", "list"), ("physical_targets", "list"),
    ("weapons", "list"), ("muc_incident_type", "string"), ("accident", "bool"), ("summary", "string"),
    ("n_sources", "int64"),
    ("source_names", "list"), ("report_ids", "list"), ("sources", "json"), ("count_ranges", "json"),
]


def write_parquet(incidents: Iterable[Mapping[str, Any]], out: str | IO[bytes]) -> int:
    """Parquet with a fixed schema (so an empty export still has its columns), one row group per batch."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "float64": pa.float64(), "int64": pa.int64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "json": pa.string()}
    schema = pa.schema([(name, types[kind]) for name, kind in PARQUET_FIELDS])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            cols = {}
            for name, kind in PARQUET_FIELDS:
                values = [r.get(name) for r in batch]
                if kind == "json":
                    values = [json.dumps(v, ensure_ascii=False) if v is not None else None for v in values]
                elif kind == "list":
                    values = [list(v) if v else [] for v in values]
                cols[name] = values
            writer.write_table(pa.table(cols, schema=schema))
            batch.clear()

        for inc in incidents:
            batch.append(dict(inc))
            n += 1
            if len(batch) >= EXPORT_BATCH:
                flush()
        if batch or n == 0:
            flush()
    return n


def to_text(store: Store, fmt: str, flt: IncidentFilter | None = None) -> str:
    """An export as a string (for tests and small databases)."""
    buf = io.StringIO()
    export(store, fmt, buf, flt)
    return buf.getvalue()


#: columns a Parquet export may be partitioned by: country and admin1 as stored, year and month from the date
PARTITION_COLUMNS = ("country", "admin1", "year", "month")


def partition_columns(spec: str | Iterable[str]) -> list[str]:
    """The partition columns of "country,year" (or a list), checked: ExportError naming an unknown or repeated one."""
    names = [n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    if not names:
        raise ExportError("--partition-by: name at least one column")
    for name in names:
        if name not in PARTITION_COLUMNS:
            raise ExportError(f"--partition-by: cannot partition by {name!r} (one of {', '.join(PARTITION_COLUMNS)})")
    if len(set(names)) != len(names):
        raise ExportError(f"--partition-by: a column named twice in {','.join(names)!r}")
    return names


def export_partitioned(store: Store, path: str, partition_by: str | Iterable[str],
                       flt: IncidentFilter | None = None, *, force: bool = False) -> int:
    """A partitioned Parquet dataset in the folder `path`, Hive-style (country=IQ/year=2024/part-0.parquet) as DuckDB,
    pandas (pyarrow) and Spark read it: every Parquet column, plus year and month (from the date; null partitions are
    __HIVE_DEFAULT_PARTITION__). Written whole into a temporary folder beside `path`, then renamed into place; an
    existing `path` is refused unless `force`, and the database's own files always. Returns the incidents written."""
    import shutil

    import pyarrow as pa
    import pyarrow.dataset as ds

    names = partition_columns(partition_by)
    if os.path.lexists(path) and not force:
        raise UsageError(f"{path}: already exists; pass --force to replace it")
    if not os.path.isdir(path):
        check_output(store, path, force=True)  # not the database itself, and its folder exists
    types = {"string": pa.string(), "float64": pa.float64(), "int64": pa.int64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "json": pa.string()}
    fields = [(name, types[kind]) for name, kind in PARQUET_FIELDS]
    schema = pa.schema([*fields, ("year", pa.int64()), ("month", pa.int64())])
    parent = os.path.dirname(os.path.abspath(path))
    tmp = tempfile.mkdtemp(dir=parent, prefix=f".{os.path.basename(os.path.abspath(path))}.", suffix=".tmp")
    count = 0

    partitioning = ds.partitioning(pa.schema([(n, schema.field(n).type) for n in names]), flavor="hive")

    def write(rows: list[dict[str, Any]], part: int) -> None:
        # one call a batch, in this thread (the store's connection belongs to it): memory stays one batch
        ds.write_dataset(_record_batch(rows, schema), tmp, format="parquet", partitioning=partitioning,
                         existing_data_behavior="overwrite_or_ignore", basename_template=f"part-{part}-{{i}}.parquet")

    try:
        rows: list[dict[str, Any]] = []
        for inc in store.iter_incidents(flt or IncidentFilter(limit=None), batch=EXPORT_BATCH):
            rows.append(dict(inc))
            count += 1
            if len(rows) >= EXPORT_BATCH:
                write(rows, count // EXPORT_BATCH)
                rows = []
        if rows or not count:
            write(rows, count // EXPORT_BATCH + 1)
        old = None
        if os.path.lexists(path):
            old = tempfile.mkdtemp(dir=parent, prefix=f".{os.path.basename(os.path.abspath(path))}.", suffix=".old")
            os.replace(path, os.path.join(old, "replaced"))
        os.replace(tmp, path)
        if old:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return count


def _record_batch(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    cols: dict[str, list[Any]] = {}
    for name, kind in PARQUET_FIELDS:
        values = [r.get(name) for r in rows]
        if kind == "json":
            values = [json.dumps(v, ensure_ascii=False) if v is not None else None for v in values]
        elif kind == "list":
            values = [list(v) if v else [] for v in values]
        cols[name] = values
    dates = [_date(r.get("date")) for r in rows]
    cols["year"] = [d.year if d else None for d in dates]
    cols["month"] = [d.month if d else None for d in dates]
    return pa.RecordBatch.from_pydict(cols, schema=schema)
