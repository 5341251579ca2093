"""The compiled gazetteer opened for lookup: candidates by name key (exact, loose, fuzzy), user places, the
process-wide instance. `python -m eventwire.geo.gazetteer build [PATH] | lookup NAME [COUNTRY]`."""
from __future__ import annotations

import csv
import json
import os
import sqlite3
import struct
import sys
import threading
import weakref
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

from rapidfuzz import fuzz, process

from ..errors import GazetteerError
from ..records import POPULATED_PLACE, Place
from .build import _cache_dir, build, data_fingerprint, default_path
from .names import _min_ratio, name_key, skeleton
from .places import Entry, _entry_order, _new_entry, _place_rank, fixed_admin1, to_place

#: fuzzy fallback within one country: below this a near miss is more often another place than a typo
FUZZY_MIN_RATIO = 88.0
#: near misses remembered per (key, country, limit): a search compares the key with every name of the country (8-60
#: ms in the United States' 86k), and an article's incidents and the lookups behind them ask again for the same
#: unknown names (60 MUC-4 texts + 97 GVA articles of lines 1001-1100: 23 searches, 9 different)
FUZZY_MEMO_SIZE = 1024


#: cached lookups per process; a long article set reuses a few thousand names, and the cap bounds memory
LOOKUP_CACHE_SIZE = 50_000


#: lookup() returns at most this many places: "San Jose" names hundreds, nobody needs the 200th
MAX_LOOKUP_RESULTS = 20


#: page cache (pages) while the packed index is read: its 30-odd MB of blobs are read once, and should neither
#: evict the pages the lookup connection keeps hot nor stay in memory a second time as cache
PACKED_READ_CACHE_PAGES = 16


#: the lookup connection's page cache (KiB, as PRAGMA cache_size takes it when negative)
SQLITE_CACHE_KIB = 32000


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
                # a user place may name no country: Entry.country is None then (typed str: a gap in the model)
                entry = Entry(-(n + 1), name, (row.get("country") or "").strip().upper() or None,  # type: ignore[arg-type]
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
        cols: dict[str, Any] = {}  # each blob as its kind says: (struct, bytes), JSON, bytes or a typed memoryview
        for name, (kind, data) in blobs.items():
            if kind.startswith("struct:"):
                cols[name] = (struct.Struct(kind[len("struct:"):]), data)
            elif kind == "json":
                cols[name] = json.loads(data)
            else:
                # the format is the file's ("i", "q"...): typeshed's overloads of cast() take only literal formats
                cols[name] = data if kind == "bytes" else memoryview(data).cast(kind)  # type: ignore[call-overload]
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
        gid = None if geonameid < 0 else geonameid
        return _new_entry(i, self.name[start:end].decode(), self.country[cc], fixed_admin1(gid, self.admin1[admin1]),
                          self.admin2[admin2], lat, lon, population, self.feature[feature], gid)


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
                raise GazetteerError(f"gazetteer not built: {self.path} (run python -m eventwire.geo.gazetteer build)")
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
        self._country_key_list: dict[str, list[str]] = {}
        self._fuzzy_memo: dict[tuple[str, str, int], tuple[tuple[Entry, float], ...]] = {}
        self._user: dict[str, list[Entry]] = defaultdict(list)
        self._user_skel: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        if user_places:
            for entry, names in _read_user_places(user_places):
                for n in names:
                    k = name_key(n)
                    if k:
                        self._user[k].append(entry)
                        self._user_skel[skeleton(k)].append((k, entry))
        self._results: dict[tuple[str, str | None], tuple[Place, ...]] = {}
        self._places: dict[int, Place] = {}
        self._country_name_keys: dict[str, str] | None = None
        self._towns: dict[tuple[str, int], tuple[Entry, ...]] = {}
        self._packed: _Packed | None = None
        self.countries: dict[str, Entry] = {}
        self.admin1: dict[tuple[str, str | None], Entry] = {}
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
                e = self._entries[r[0]] = Entry(r[0], r[1], r[2], fixed_admin1(r[9], r[3]), r[4], r[5], r[6], r[7], r[8], r[9])
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
            known = self._by_ids(ids)
            users = self._user.get(key)
            found = tuple(users) + tuple(known) if users else tuple(known)
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
        asked = (key, country, limit)
        hit = self._fuzzy_memo.get(asked)
        if hit is not None:
            return list(hit)
        names = self._country_keys.get(country)
        if names is None:
            names = defaultdict(list)
            with self._lock:
                # the country's places as a list the scan of names checks (SQLite: a subquery on places_country),
                # not a join that looks each of the 756k names' places up: the same rows in the same order, 0.6 ->
                # 0.1 s a country (the first near-miss search of each country in a process)
                rows = self._con.execute(
                    "SELECT n.key, n.place FROM names n WHERE n.place IN (SELECT id FROM places WHERE country = ?)",
                    (country,)).fetchall()
            for k, pid in rows:
                names[k].append(pid)
            self._country_keys[country] = names = dict(names)
            self._country_key_list[country] = list(names)
        out = []
        for k, score, _ in process.extract(key, self._country_key_list[country], scorer=fuzz.ratio, limit=limit,
                                           score_cutoff=FUZZY_MIN_RATIO):
            for e in self._by_ids(names[k]):
                out.append((e, score))
        if len(self._fuzzy_memo) >= FUZZY_MEMO_SIZE:
            self._fuzzy_memo.clear()
        self._fuzzy_memo[asked] = tuple(out)
        return out

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places named `name` (any spelling the keys unify), best first: country match, area level, population."""
        hit = self._results.get((name, country))
        if hit is not None:
            return list(hit)
        return self.lookup_many([name], country)[name]

    def lookup_many(self, names: Iterable[str], country: str | None = None) -> dict[str, list[Place]]:
        """lookup() of several names (an article's toponyms)."""
        out: dict[str, list[Place]] = {}
        results, cache, place_of, users = self._results, self._cache, self._places, self._user
        packed = self._packed or self.warm()
        known = self._entries
        cc = country.upper() if country else None

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
            entries: Sequence[Entry] | None = cache.get((key, True))
            ids: Sequence[int] | None
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
            places: list[Place] = []
            for n, pid in enumerate(ids or ()):  # never None here: the index's ids, or the entries' set above
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

    def big_towns(self, country: str, min_population: int) -> tuple[Entry, ...]:
        """The towns of a country of `min_population` people or more (read once, then held): the cities that a
        part of one (GeoNames' sections of a city) may lie in."""
        key = (country, min_population)
        hit = self._towns.get(key)
        if hit is None:
            hit = self._towns[key] = tuple(self._rows(
                "SELECT * FROM places WHERE country=? AND feature=? AND population>=? ORDER BY id",
                (country, POPULATED_PLACE, min_population)))
        return hit

    def admin1_entries(self, key: str) -> list[Entry]:
        return [e for e in self.candidates(key) if e.feature == "admin1"]

    def close(self) -> None:
        self._con.close()


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
    """python -m eventwire.geo.gazetteer build [PATH] | lookup NAME [COUNTRY]"""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("build", "lookup"):
        print("usage: python -m eventwire.geo.gazetteer build [PATH] | lookup NAME [COUNTRY]", file=sys.stderr)
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
