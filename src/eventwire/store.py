"""The incident database: one schema on SQLite or PostgreSQL, versioned migrations, batched writes, queries."""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import Any, Iterable, Iterator, Mapping, Sequence, cast
from urllib.parse import quote

from . import dedupe, review
from .countries import country_code
from .datelines import strict_date
from .errors import NotFoundError, StoreError, UsageError
from .options import Options, default_options
from .records import Article, CodedArticle, Failure, Incident

#: SQLite waits this long for a lock held by another writer before failing; ingest batches take well under it
SQLITE_BUSY_TIMEOUT_MS = 60000
#: seconds between tries to switch a new file to WAL while another process holds it (SQLiteStore._journal_wal): a
#: fraction of one write of a batch, so that two ingests starting together lose no noticeable time
SQLITE_WAL_RETRY_S = 0.05
#: one key for pg_advisory_xact_lock: dedupe reads candidates then writes, so concurrent writers must queue
PG_WRITE_LOCK = 0x657677  # "evw"
#: incidents whose date window is at most this many days wide are "narrow" (day or week precision) and
#: found by their start date; wider ones are flagged and searched apart (see Store._candidates)
NARROW_DAYS = 8
#: grid cell size in degrees for locating dedupe candidates; one cell (111 km) is wider than the box of max_km
#: each way that is searched, so a box touches at most 2 x 2 cells away from the poles
CELL_DEGREES = 1.0
#: km per degree of latitude, for the bounding box of dedupe candidates
KM_PER_DEGREE = 111.0
#: most rows `incidents()` returns unless asked otherwise; the CLI prints tables, not dumps
DEFAULT_LIMIT = 1000

# Each migration: (version, name, {backend: SQL}). Append only: a released migration never changes, because
# databases record which versions they have applied and will not run an edited one again.
MIGRATIONS: list[tuple[int, str, dict[str, str]]] = [
    (1, "core tables", {
        "common": """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,              -- content hash: the same text from two inputs is one article
    article_key TEXT,                 -- the reader's id
    url TEXT UNIQUE,
    source TEXT, title TEXT, published TEXT, origin TEXT, dateline_place TEXT,
    text TEXT NOT NULL,
    spin_score REAL, spun INTEGER,
    n_incidents INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,              -- stable: derived from the first report, kept through merges
    date TEXT, date_precision TEXT, date_earliest TEXT, date_latest TEXT,
    country TEXT, admin1 TEXT, admin2 TEXT, location TEXT, latitude REAL, longitude REAL,
    geo_precision INTEGER, event_type TEXT, sub_event_type TEXT, perpetrator TEXT,
    killed INTEGER, killed_low INTEGER, killed_best INTEGER, killed_high INTEGER,
    wounded INTEGER, wounded_low INTEGER, wounded_best INTEGER, wounded_high INTEGER,
    n_sources INTEGER NOT NULL DEFAULT 0,
    wide INTEGER NOT NULL DEFAULT 0,  -- date window: 0 a day or two, 1 up to NARROW_DAYS, 2 wider (month, year)
    cell TEXT NOT NULL DEFAULT '*',   -- CELL_DEGREES grid cell of a precise location; '*' when coarse or none
    data TEXT NOT NULL,               -- the reconciled Incident as JSON, plus the per-source values
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX incidents_cell ON incidents (country, cell, wide, date_earliest);
CREATE INDEX incidents_dates ON incidents (country, wide, date_earliest);
CREATE INDEX incidents_latest ON incidents (date_latest);
CREATE TABLE reports (
    id TEXT PRIMARY KEY,              -- article id ':' index: one incident as one article tells it
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    seq INTEGER NOT NULL,             -- write order, so re-deduplication replays ingest order
    date_earliest TEXT, date_latest TEXT, country TEXT, killed INTEGER, wounded INTEGER,
    data TEXT NOT NULL                -- the Incident exactly as coded from that article
);
CREATE INDEX reports_incident ON reports (incident_id);
CREATE INDEX reports_article ON reports (article_id);
CREATE INDEX reports_seq ON reports (seq);
CREATE TABLE merges (
    id {serial},
    at TEXT NOT NULL,
    action TEXT NOT NULL,             -- new | merge | split | manual-merge
    incident_id TEXT NOT NULL,
    report_id TEXT,
    other_incident_id TEXT,
    by_user INTEGER NOT NULL DEFAULT 0,
    score REAL,
    reasons TEXT NOT NULL             -- JSON list of the evidence for (or the note on) the decision
);
CREATE INDEX merges_incident ON merges (incident_id);
CREATE TABLE links (                  -- decisions made by hand; later ingests and re-runs respect them
    report_a TEXT NOT NULL, report_b TEXT NOT NULL,
    kind TEXT NOT NULL,               -- same | different
    at TEXT NOT NULL,
    PRIMARY KEY (report_a, report_b)
);
CREATE TABLE failures (
    origin TEXT PRIMARY KEY,          -- one row per input: a re-run replaces, never duplicates
    reason TEXT NOT NULL,
    stage TEXT NOT NULL,              -- read | code
    at TEXT NOT NULL
);
""",
    }),
    (2, "article text search", {
        "sqlite": """
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',
                                             tokenize='porter unicode61');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
""",
        "postgres": """
ALTER TABLE articles ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING gin (tsv);
""",
    }),
    (3, "review and corrections (eventwire.review)", {
        "common": """
ALTER TABLE incidents ADD COLUMN review TEXT NOT NULL DEFAULT 'unreviewed';  -- unreviewed | accepted | corrected | rejected
CREATE INDEX incidents_review ON incidents (review, date_latest);
CREATE INDEX incidents_country_latest ON incidents (country, date_latest);
CREATE TABLE corrections (            -- a field's value set by hand; every save of the incident lays it over
    incident_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,              -- JSON
    machine TEXT,                     -- JSON: the coded value when the correction was made
    by_user TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (incident_id, field)
);
CREATE TABLE audit (                  -- who changed what, when, from what to what, and why
    id {serial},
    at TEXT NOT NULL,
    by_user TEXT NOT NULL,
    action TEXT NOT NULL,             -- correct | accept | reject | reopen | merge | split
    incident_id TEXT NOT NULL,
    field TEXT,
    old_value TEXT, new_value TEXT,   -- JSON
    reason TEXT
);
CREATE INDEX audit_incident ON audit (incident_id);
CREATE TABLE desk_tokens (            -- SHA-256 of the tokens `eventwire serve` made; never the token itself
    sha256 TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
""",
    }),
    (5, "watch state (eventwire.watch)", {
        "common": """
CREATE TABLE watch_sources (          -- one row per feed URL or folder `eventwire watch` polls
    source TEXT PRIMARY KEY,
    etag TEXT, last_modified TEXT,    -- the feed's validators, sent back on the next poll (conditional GET)
    errors INTEGER NOT NULL DEFAULT 0,  -- failed polls in a row: the wait before the next one doubles with each
    next_poll TEXT,                   -- not polled before this time (UTC ISO 8601): backoff survives a restart
    polled_at TEXT, message TEXT      -- the last poll and what became of it
);
CREATE TABLE watch_files (            -- files of a watched folder already coded, with the size and time seen
    source TEXT NOT NULL,
    path TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (source, path)
);
""",
    }),
    (6, "desk list indexes (eventwire.serve.queries)", {
        "common": """
-- a country's incidents newest first, or by toll, with the other filters read from the index before the row
CREATE INDEX incidents_country_dates ON incidents (country, date_latest, date_earliest, review);
CREATE INDEX incidents_country_killed ON incidents (country, killed_best, event_type, review);
CREATE INDEX incidents_killed ON incidents (killed_best);
""",
    }),
    (7, "dedupe text keys and pending follow-ups", {
        # IF NOT EXISTS: databases made while this was numbered 4 (it collided with the desk's indexes) have the
        # first two tables already
        "common": """
CREATE TABLE IF NOT EXISTS report_keys (  -- a report's distinctive words (dedupe.text_keys)
    key TEXT NOT NULL,
    report_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS report_keys_key ON report_keys (key);
CREATE TABLE IF NOT EXISTS pending_followups (  -- articles coding no incident, until their incident comes
    report_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    date_earliest TEXT NOT NULL, date_latest TEXT NOT NULL,
    data TEXT NOT NULL                -- the follow-up report (dedupe.followup_member) as JSON
);
CREATE INDEX IF NOT EXISTS pending_followups_dates ON pending_followups (date_earliest);
CREATE TABLE IF NOT EXISTS pending_keys (  -- the words of pending follow-ups, apart from report_keys so that
    key TEXT NOT NULL,                -- the lookup made for every stored report reads only the few of them
    report_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_keys_key ON pending_keys (key);
""",
    }),
    (8, "drop the desk's first country index (eventwire.serve.queries)", {
        "common": """
-- incidents_country_dates (migration 6) covers it; while both exist SQLite picks this one and reads every row
-- newer than a list's start date to test its end date (2 s on 1,000,000 incidents, 3 ms with the covering one)
DROP INDEX IF EXISTS incidents_country_latest;
""",
    }),
    (9, "desk list indexes by date window width (eventwire.serve.queries)", {
        "common": """
-- a list by date with an end date reads each width of date window (store.wide) apart: a narrow incident's window
-- ends at most NARROW_DAYS after its start, so the index seeks straight to the period asked for
CREATE INDEX incidents_country_wide_dates ON incidents (country, wide, date_latest, date_earliest, review);
CREATE INDEX incidents_wide_dates ON incidents (wide, date_latest, date_earliest, review);
""",
    }),
    (10, "desk list index by event type and toll (eventwire.serve.queries)", {
        "common": """
-- a country's incidents of one event type (matched without case) by toll: without it PostgreSQL reads every row of
-- the country with a toll to test the type (230 ms on 1,000,000 incidents)
CREATE INDEX incidents_country_type_killed ON incidents (country, lower(event_type), killed_best);
""",
    }),
    (11, "dedupe by components of the same-incident graph (dedupe.linked, Store._regroup)", {
        backend: """
-- a report's component of the same-incident graph (re-clustered as a whole when a new report links to it), and its
-- own date width and grid cell, so that its candidates are found report by report (dedupe.near)
ALTER TABLE reports ADD COLUMN component TEXT;
ALTER TABLE reports ADD COLUMN cell TEXT NOT NULL DEFAULT '*';  -- '*' (always a candidate) for older reports
ALTER TABLE reports ADD COLUMN wide INTEGER NOT NULL DEFAULT 2;
ALTER TABLE pending_followups ADD COLUMN component TEXT;
UPDATE reports SET component = incident_id;
UPDATE pending_followups SET component = report_id;
UPDATE reports SET wide = CASE WHEN date_earliest IS NULL OR date_latest IS NULL THEN 2
    WHEN {days} <= 1 THEN 0 WHEN {days} <= 8 THEN 1 ELSE 2 END;
CREATE INDEX reports_component ON reports (component);
CREATE INDEX reports_cell ON reports (country, cell, wide, date_earliest);
CREATE INDEX reports_dates ON reports (country, wide, date_earliest);
CREATE INDEX reports_wide ON reports (wide, date_earliest);
CREATE INDEX pending_followups_component ON pending_followups (component);
CREATE INDEX links_report_b ON links (report_b);
""".replace("{days}", days) for backend, days in (
            ("sqlite", "julianday(date_latest) - julianday(date_earliest)"),
            ("postgres", "(date_latest::date - date_earliest::date)"))
    }),
    (12, "dedupe candidates of a coarse report by province (dedupe.near, Store._near_reports)", {
        "common": """
-- a report's province (dedupe.province_key) and the grid cell of its coordinates however coarse (point_cell), so that
-- a report placed coarsely is compared only with reports of its own province, of none, near its point, or whose
-- town the one's words name (dedupe.near); NULL for older reports (always a candidate, as before)
ALTER TABLE reports ADD COLUMN admin1 TEXT;
ALTER TABLE reports ADD COLUMN point_cell TEXT;
ALTER TABLE reports ADD COLUMN place TEXT;        -- its town as its words would name it (dedupe.place_key)
""",
    }),
]

INCIDENT_COLUMNS = (
    "date", "date_precision", "date_earliest", "date_latest", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "perpetrator",
    "killed", "killed_low", "killed_best", "killed_high", "wounded", "wounded_low", "wounded_best", "wounded_high",
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def open_store(db: str | None = None, options: Options | None = None, *, create: bool = True) -> "Store":
    """Open the database named by a file path or a postgresql:// URL, migrating it as needed.

    With create=True (ingest) a missing database is created; with create=False (every command that only reads or
    edits what is stored) a missing or empty one is a StoreError, so a mistyped --db never leaves an empty database
    behind. A file that is not SQLite, or an SQLite database that is not eventwire's, is refused untouched."""
    options = options or default_options()
    db = db or options.store.db
    if is_postgres_url(db):
        return PostgresStore(db, options, create=create)
    return SQLiteStore(db, options, create=create)


@dataclass
class BatchResult:
    """What one write_batch did."""

    articles: int = 0
    skipped: int = 0
    reports: int = 0
    new_incidents: int = 0
    merged: int = 0
    failures: int = 0
    incident_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IncidentFilter:
    """Filters for Store.incidents; None means no filter."""

    country: str | None = None
    admin1: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    event_type: str | None = None
    perpetrator: str | None = None
    min_killed: int | None = None
    text: str | None = None
    limit: int | None = DEFAULT_LIMIT
    # (west, south, east, north) in degrees; the desk's map view
    bbox: tuple[float, float, float, float] | None = None
    # a review status (eventwire.review.STATUSES); None: any but rejected, unless with_rejected
    review: str | None = None
    with_rejected: bool = False
    # accidental shootings (records.Incident.accident): True only those, False none of them; None: any
    accident: bool | None = None


def _copy_order(article: Article) -> tuple[bool, str, str, str, str]:
    """A total order on the copies of one text: dated before undated, the earliest date, then the article's id,
    address and outlet (Store.write_batch keeps the first)."""
    return (article.published is None, article.published or "", article.id or "", article.url or "",
            article.source or "")


class Store:
    """Backend-neutral logic; subclasses supply the connection, placeholders, locking and text search."""

    backend = "?"
    #: the backend's auto-increment primary key column, for the migrations' {serial}
    _serial: str
    #: dedupe's parsed reports of candidate incidents within one ingest transaction; None outside one
    _cache: dict[str, dedupe.Member] | None = None

    def __init__(self, options: Options):
        self.options = options

    # -- backend hooks -------------------------------------------------------------------------------------
    def _name(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def transaction(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _text_match_sql(self) -> str:
        raise NotImplementedError

    def _json_true_sql(self, column: str, key: str) -> str:
        """SQL true where the JSON object in `column` holds `key`: true (IncidentFilter.accident)."""
        raise NotImplementedError

    def _text_query(self, text: str) -> str:
        return text

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._execute(sql, params)
        return list(self._guarded(cursor.fetchall))

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        cursor = self._execute(sql, params)
        return self._guarded(cursor.fetchone)

    def _guarded(self, fetch):
        """Run a cursor fetch, turning a driver error (a corrupt page met while reading rows) into StoreError."""
        return fetch()

    def _has_table(self, name: str) -> bool:
        raise NotImplementedError

    # -- schema --------------------------------------------------------------------------------------------
    def _migrate(self, create: bool = True) -> None:
        if not create and not self._has_table("schema_migrations"):
            raise StoreError(f"{self._name()}: holds no eventwire database (ingest creates one)")
        with self.transaction():
            self._execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TEXT NOT NULL)"
            )
        done = {r["version"] for r in self._all("SELECT version FROM schema_migrations")}
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            script = sql.get(self.backend) or sql.get("common", "")
            script = script.replace("{serial}", self._serial)
            with self.transaction():
                # re-check inside the write lock: two processes may open a fresh database at once
                if self._one("SELECT 1 AS x FROM schema_migrations WHERE version = ?", (version,)):
                    continue
                for statement in _split_sql(script):
                    self._execute(statement)
                self._execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                              (version, name, _now()))
        latest = max(v for v, _, _ in MIGRATIONS)
        newest = max((r["version"] for r in self._all("SELECT version FROM schema_migrations")), default=0)
        if newest > latest:
            raise StoreError(f"database schema version {newest} is newer than this eventwire ({latest})")

    def schema_version(self) -> int:
        row = cast(dict[str, Any], self._one("SELECT max(version) AS v FROM schema_migrations"))  # an aggregate: one row
        return int(row["v"] or 0)

    # -- ingest --------------------------------------------------------------------------------------------
    def known_articles(self, hashes: Sequence[str], urls: Sequence[str]) -> tuple[set[str], set[str]]:
        """Which of these content hashes and URLs are already stored."""
        seen_h: set[str] = set()
        seen_u: set[str] = set()
        for chunk in _chunks(list(hashes), 500):
            marks = ",".join("?" * len(chunk))
            seen_h.update(r["id"] for r in self._all(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        for chunk in _chunks([u for u in urls if u], 500):
            marks = ",".join("?" * len(chunk))
            seen_u.update(r["url"] for r in self._all(f"SELECT url FROM articles WHERE url IN ({marks})", chunk))
        return seen_h, seen_u

    def write_batch(self, coded: Sequence[CodedArticle], failures: Sequence[tuple[Failure, str]] = ()) -> BatchResult:
        """Store articles with their incidents, deduplicated, and failures, all in one transaction.

        An article whose hash or URL is already stored is skipped, so replaying a batch after a crash changes
        nothing; and since the articles and their incidents commit together, a crash loses whole batches only.
        Of the copies of one text (one content hash) in a batch the one stored is the first by _copy_order (the
        earliest publication date, then the article's id), not the first to arrive, so that the batch's order does
        not change which date, source and incidents the text is stored with. A copy of a text stored by an earlier
        batch is still skipped, whatever its date.
        """
        result = BatchResult()
        with self.transaction():
            self._lock_for_write()
            # parsed reports, reused within this transaction only: another writer may change what is stored
            # between our transactions, never during one (we hold the write lock)
            self._cache = {}
            for failure, stage in failures:
                self._upsert_failure(failure, stage)
                result.failures += 1
            hashes = [c.article.content_hash for c in coded]
            seen_h, seen_u = self.known_articles(hashes, [c.article.url for c in coded if c.article.url])
            kept: dict[str, int] = {}
            for n, (item, h) in enumerate(zip(coded, hashes)):
                if h not in kept or _copy_order(item.article) < _copy_order(coded[kept[h]].article):
                    kept[h] = n
            for n, (item, h) in enumerate(zip(coded, hashes)):
                art = item.article
                if kept[h] != n or h in seen_h or (art.url and art.url in seen_u):
                    result.skipped += 1
                    continue
                seen_h.add(h)
                if art.url:
                    seen_u.add(art.url)
                self._insert_article(item, h)
                # a later success clears the failure an earlier run recorded for the same input
                if art.origin:
                    self._execute("DELETE FROM failures WHERE origin = ?", (art.origin,))
                result.articles += 1
                background = dedupe.background_reports(item.incidents)
                for idx, inc in enumerate(item.incidents):
                    report = inc.replace(article_id=h, id=f"{h}:{idx}")
                    keys = dedupe.report_keys(art, inc, len(item.incidents), item.incidents)
                    incident_id, merged = self._add_report(report, art.published, art.source, keys,
                                                           dedupe.report_headline(art, len(item.incidents)),
                                                           background[idx])
                    result.reports += 1
                    result.merged += int(merged)
                    result.new_incidents += int(not merged)
                    result.incident_ids.append(incident_id)
                if not item.incidents and self.options.dedupe.enabled:
                    self._add_followup(h, art)
        return result

    def add_failures(self, failures: Sequence[tuple[Failure, str]]) -> None:
        with self.transaction():
            for failure, stage in failures:
                self._upsert_failure(failure, stage)

    def _upsert_failure(self, failure: Failure, stage: str) -> None:
        self._execute(
            "INSERT INTO failures (origin, reason, stage, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, stage = excluded.stage, at = excluded.at",
            (failure.origin, failure.reason, stage, _now()),
        )

    def _insert_article(self, item: CodedArticle, h: str) -> None:
        a = item.article
        spin = item.spin
        self._execute(
            "INSERT INTO articles (id, article_key, url, source, title, published, origin, dateline_place, text, "
            "spin_score, spun, n_incidents, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (h, a.id, a.url, a.source, a.title, a.published, a.origin, a.dateline_place, a.text,
             spin.score if spin else None, int(spin.spun) if spin else None, len(item.incidents), _now()),
        )

    def _next_seq(self) -> int:
        row = cast(dict[str, Any], self._one("SELECT coalesce(max(seq), 0) AS s FROM reports"))  # an aggregate: one row
        return int(row["s"]) + 1

    def _add_report(self, report: Incident, published: str | None, source: str | None,
                    keys: Sequence[str] = (), headline: Sequence[str] = (), background: bool = False
                    ) -> tuple[str, bool]:
        """Store one coded incident: in the incident its component of the same-incident graph gives it (see
        _regroup), or a new one. Returns the incident id and whether it joined other reports."""
        member = dedupe.Member(report, published=published, source=source, keys=tuple(keys), headline=tuple(headline),
                               background=background)
        if not self.options.dedupe.enabled:
            incident_id = dedupe.incident_id_for(report.id)
            now = _now()
            self._save_incident(incident_id, [member], created=now)
            self._insert_report(member, incident_id, self._next_seq(), report.id)
            self._log(now, "new", incident_id, report.id, None, False, None, ["dedupe is off"])
            return incident_id, False
        placed, n = self._regroup(member)
        assert placed is not None  # a coded report always ends in an incident; only follow-ups may wait
        return placed, n > 1

    def _add_followup(self, h: str, art: Any) -> str | None:
        """Store an article that coded no incident as a follow-up of the incident it shares words with, or keep it
        pending until that incident is stored (so the order articles come in does not matter)."""
        member = dedupe.followup_member(h, art.published, art.title, art.text, art.source, self.options)
        if member is None:
            return None
        return self._regroup(member)[0]

    def _regroup(self, member: dedupe.Member) -> tuple[str | None, int]:
        """Add a report to the same-incident graph and re-cluster the component it joins.

        The component is the new report with every stored component holding a report it is linked to
        (dedupe.linked); its reports are joined into incidents in canonical order (dedupe.recluster), so the
        incidents depend on which reports are stored, never on the order they came in. Incidents keep their ids
        where they keep reports; one that loses all its reports is absorbed by the incident that took most of them.
        Returns the new report's incident id (None for a follow-up left pending) and its number of reports."""
        rid = member.incident.id
        neighbours = self._neighbours(member)
        olds = sorted(set(neighbours.values()))
        component = min([rid, *olds])
        for chunk in _chunks(olds, 500):
            marks = ",".join("?" * len(chunk))
            self._execute(f"UPDATE reports SET component = ? WHERE component IN ({marks})", (component, *chunk))
            self._execute(f"UPDATE pending_followups SET component = ? WHERE component IN ({marks})",
                          (component, *chunk))
        stored = self._component(component) if olds else []
        incident_of = {m.incident.id: i for m, i in stored if i is not None}
        members = [m for m, _ in stored] + [member]
        apart, together = self._user_links(incident_of)
        made, pending, how = dedupe.recluster(members, self.options, apart, together)
        ids = self._incident_ids(made, incident_of)
        for m in pending:
            if m.incident.id in incident_of:  # a follow-up whose incident no longer holds it waits again
                self._execute("DELETE FROM report_keys WHERE report_id = ?", (m.incident.id,))
                self._execute("DELETE FROM reports WHERE id = ?", (m.incident.id,))
            if m.incident.id in incident_of or m.incident.id == rid:
                self._insert_pending(m, component)
        self._write_regroup(member, component, made, ids, incident_of, how)
        for new_id, reports in zip(ids, made):
            if any(m.incident.id == rid for m in reports):
                return new_id, len(reports)
        return None, 0

    def _write_regroup(self, member: dedupe.Member, component: str, made: Sequence[Sequence[dedupe.Member]],
                       ids: Sequence[str], incident_of: Mapping[str, str], how: Mapping[str, dedupe.Decision]) -> None:
        """Store a re-clustered component: new incidents, reports moved or added, emptied incidents absorbed, and
        every incident whose reports changed reconciled again."""
        rid = member.incident.id
        now = _now()
        had: dict[str, set[str]] = {}
        for r, i in incident_of.items():
            had.setdefault(i, set()).add(r)
        for new_id in ids:
            if new_id not in had:
                self._execute("INSERT INTO incidents (id, n_sources, data, created_at, updated_at) "
                              "VALUES (?, 0, '{}', ?, ?)", (new_id, now, now))
        seq = self._next_seq()
        for new_id, reports in zip(ids, made):
            for m in reports:
                r = m.incident.id
                if r in incident_of:
                    if incident_of[r] != new_id:
                        self._execute("UPDATE reports SET incident_id = ? WHERE id = ?", (new_id, r))
                        if incident_of[r] in ids:  # moved between incidents that both stay (not an absorption)
                            self._log(now, "regroup", new_id, r, incident_of[r], False, None,
                                      [f"re-clustered with report {rid}: moved from {incident_of[r]}"])
                    continue
                if r != rid:  # a pending follow-up the new report brought its incident for
                    self._execute("DELETE FROM pending_followups WHERE report_id = ?", (r,))
                    self._execute("DELETE FROM pending_keys WHERE report_id = ?", (r,))
                self._insert_report(m, new_id, seq, component)
                seq += 1
                self._log_join(now, new_id, m, reports, how.get(r))
        for old in sorted(set(had) - set(ids)):
            # an incident left with no report of its own: the one that took most of its reports absorbs it
            taker = max(ids, key=lambda i: (len(had[old] & {m.incident.id for m in made[ids.index(i)]}), i))
            review.absorb(self, taker, old)
            self._execute("DELETE FROM incidents WHERE id = ?", (old,))
            self._log(now, "merge", taker, rid, old, False, None,
                      [f"report {rid} links {taker} and {old}: re-clustered as one"])
        seq_of = self._seqs([m.incident.id for reports in made for m in reports])
        for new_id, reports in zip(ids, made):
            if had.get(new_id) != {m.incident.id for m in reports}:
                self._save_incident(new_id, sorted(reports, key=lambda m: seq_of.get(m.incident.id, 0)))

    def _log_join(self, now: str, incident_id: str, m: dedupe.Member, reports: Sequence[dedupe.Member],
                  decision: dedupe.Decision | None) -> None:
        """The merge log's line for a report just stored: new, merge, or follow-up, with the evidence."""
        if len(reports) == 1:
            self._log(now, "new", incident_id, m.incident.id, None, False, None, ["no stored report matched"])
            return
        if decision is None:  # it came first in canonical order: the others joined it
            c = dedupe.compare_cluster(m, dedupe.Cluster(incident_id, [o for o in reports if o is not m]),
                                       self.options, with_summary=False)
            decision = dedupe.Decision(dedupe.Cluster(incident_id), c.score, c.reasons)
        self._log(now, "follow-up" if m.followup else "merge", incident_id, m.incident.id, None, False,
                  decision.score, decision.reasons)

    def _incident_ids(self, made: Sequence[Sequence[dedupe.Member]], incident_of: Mapping[str, str]) -> list[str]:
        """An id for each re-clustered incident: the stored incident's that gave it most of its reports (ties: the
        smaller id), else one made from its first report (dedupe.incident_id_for)."""
        taken: set[str] = set()
        out: list[str] = []
        olds = set(incident_of.values())
        for reports in made:
            counts = Counter(incident_of[m.incident.id] for m in reports if m.incident.id in incident_of)
            free = sorted((-n, i) for i, n in counts.items() if i not in taken)
            if free:
                new_id = free[0][1]
            else:
                new_id = dedupe.incident_id_for(reports[0].incident.id)
                if new_id in taken or (new_id not in olds
                                       and self._one("SELECT 1 AS x FROM incidents WHERE id = ?", (new_id,))):
                    new_id = dedupe.incident_id_for(f"{reports[0].incident.id}/regroup/{len(out)}")
            taken.add(new_id)
            out.append(new_id)
        return out

    def _neighbours(self, member: dedupe.Member) -> dict[str, str]:
        """The stored reports and pending follow-ups the new report is linked to (dedupe.linked), with their
        components. Candidates are looked up by dates and grid cells (not for a follow-up, which has no place) and
        by shared words; linked() keeps only pairs one of these lookups finds from either side."""
        inc = member.incident
        lo, hi = dedupe.window(inc)
        if lo is None or hi is None:
            return {}
        rows: list[dict[str, Any]] = []
        if not member.followup:
            rows += self._near_reports(inc, lo, hi, [k for k in member.keys if not k.startswith("#")])
        pad = dedupe.candidate_days(self.options, inc, member.keys)
        try:
            lo_s, hi_s = dedupe.shift(lo, -pad).isoformat(), dedupe.shift(hi, pad).isoformat()
        except OverflowError:
            return {}
        for chunk in _chunks(dedupe.lookup_keys(member.keys), 500):
            marks = ",".join("?" * len(chunk))
            rows += self._all(
                f"SELECT DISTINCT r.id, r.component, r.data FROM report_keys k JOIN reports r ON r.id = k.report_id "
                f"WHERE k.key IN ({marks}) AND r.date_earliest <= ? AND r.date_latest >= ?", [*chunk, hi_s, lo_s])
            if not member.followup:
                rows += self._all(
                    f"SELECT DISTINCT p.report_id AS id, p.component, p.data FROM pending_keys k JOIN "
                    f"pending_followups p ON p.report_id = k.report_id WHERE k.key IN ({marks}) AND "
                    f"p.date_earliest <= ? AND p.date_latest >= ?", [*chunk, hi_s, lo_s])
        out: dict[str, str] = {}
        for row in rows:
            if row["id"] in out or row["id"] == inc.id:
                continue
            if dedupe.linked(member, self._parsed(row["id"], row["data"]), self.options):
                out[row["id"]] = row["component"] or row["id"]
        return out

    def _near_reports(self, report: Incident, lo: date, hi: date, keys: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Stored reports near a report in time (dedupe.candidate_days) and, when it is placed precisely, in the
        grid cells of its box (dedupe.search_box), with those placed coarsely or not at all (cell '*'); when it is
        placed coarsely in a province, those of its province, of none, or near its point (dedupe.near)."""
        pad = dedupe.candidate_days(self.options, report)
        try:
            hi_s = dedupe.shift(hi, pad).isoformat()
            # narrow windows by their start, the few wide ones (month or year precision) by a flag: an open-ended
            # overlap test ("date_latest >= lo") would read the rest of the table. One query per width, joined by
            # UNION ALL: each reads its range of the (country, [cell,] wide, date_earliest) index, where the three
            # tests joined by OR read every index entry of the country (linear in the store)
            widths: list[tuple[str, list[Any]]] = [
                ("wide = 0 AND date_earliest BETWEEN ? AND ?", [dedupe.shift(lo, -pad - 1).isoformat(), hi_s]),
                ("wide = 1 AND date_earliest BETWEEN ? AND ?",
                 [dedupe.shift(lo, -pad - NARROW_DAYS).isoformat(), hi_s]),
                ("wide = 2 AND date_earliest <= ? AND date_latest >= ?", [hi_s, dedupe.shift(lo, -pad).isoformat()])]
        except OverflowError:
            return []  # a date at the end of the calendar (year 1 or 9999) is merged with nothing

        def dated(where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
            sql = " UNION ALL ".join(f"SELECT id, component, data FROM reports WHERE {where}{' AND ' if where else ''}"
                                     f"{width}" for width, _ in widths)
            return self._all(sql, [x for _, bounds in widths for x in (*params, *bounds)])

        box = dedupe.search_box(report, self.options.dedupe.max_km)
        point = dedupe.point_box(report, self.options.dedupe.max_km)
        if box is not None:
            cells = [*_box_cells(box), "*"]
            rows = dated(f"country = ? AND cell IN ({','.join('?' * len(cells))})", [report.country, *cells])
        elif report.country and dedupe.province_key(report):
            # placed coarsely in a province: reports of another province are candidates only near its point
            # or placed in a town its words name, or naming its town in theirs
            cells = _box_cells(point) if point is not None else []
            near = f" OR point_cell IN ({','.join('?' * len(cells))})" if cells else ""
            if keys:
                near += f" OR place IN ({','.join('?' * len(keys))})"
            town = dedupe.place_key(report)
            if town:
                near += " OR id IN (SELECT report_id FROM report_keys WHERE key = ?)"
            rows = dated(f"country = ? AND (admin1 IS NULL OR admin1 = ?{near})",
                         [report.country, dedupe.province_key(report), *cells, *keys, *([town] if town else [])])
        elif report.country:
            rows = dated("country = ?", [report.country])
        else:
            return dated("", [])
        return rows + dated("country IS NULL", [])

    def _parsed(self, report_id: str, data: str) -> dedupe.Member:
        """A stored report as dedupe reads it, parsed once per write transaction (stored reports never change)."""
        cache = self._cache
        if cache is None:
            return _member(data)
        found = cache.get(report_id)
        if found is None:
            found = cache[report_id] = _member(data)
        return found

    def _component(self, component: str) -> list[tuple[dedupe.Member, str | None]]:
        """The reports of a component with their incidents, and its pending follow-ups (incident None)."""
        rows = self._all("SELECT id, incident_id, data FROM reports WHERE component = ?", (component,))
        out: list[tuple[dedupe.Member, str | None]] = [(self._parsed(r["id"], r["data"]), r["incident_id"]) for r in rows]
        for r in self._all("SELECT report_id, data FROM pending_followups WHERE component = ?", (component,)):
            out.append((self._parsed(r["report_id"], r["data"]), None))
        return out

    def _seqs(self, report_ids: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(list(report_ids), 500):
            marks = ",".join("?" * len(chunk))
            out.update((r["id"], int(r["seq"])) for r in self._all(f"SELECT id, seq FROM reports WHERE id IN ({marks})",
                                                                   chunk))
        return out

    def _user_links(self, incident_of: Mapping[str, str]) -> tuple[set[tuple[str, str]], list[list[str]]]:
        """What users decided about these stored reports: pairs split apart, and, for each incident, its reports
        that a user split or merged, which stay together as the user left them."""
        apart: set[tuple[str, str]] = set()
        touched: set[str] = set()
        ids = list(incident_of)
        for chunk in _chunks(ids, 400):
            marks = ",".join("?" * len(chunk))
            for row in self._all(f"SELECT report_a, report_b, kind FROM links WHERE report_a IN ({marks}) "
                                 f"OR report_b IN ({marks})", [*chunk, *chunk]):
                touched.update((row["report_a"], row["report_b"]))
                if row["kind"] == "different":
                    apart.add((row["report_a"], row["report_b"]))
        groups: dict[str, list[str]] = {}
        for rid in sorted(touched & set(ids)):
            groups.setdefault(incident_of[rid], []).append(rid)
        return apart, list(groups.values())

    def _insert_pending(self, member: dedupe.Member, component: str) -> None:
        inc = member.incident
        data = {**inc.to_dict(), "_published": member.published, "_source": member.source,
                "_keys": list(member.keys), "_followup": True}
        self._execute("INSERT INTO pending_followups (report_id, article_id, date_earliest, date_latest, data, "
                      "component) VALUES (?, ?, ?, ?, ?, ?)", (inc.id, inc.article_id, inc.date_earliest,
                                                               inc.date_latest, json.dumps(data, ensure_ascii=False),
                                                               component))
        self._insert_keys(inc.id, member.keys, "pending_keys")

    def _insert_report(self, member: dedupe.Member, incident_id: str, seq: int, component: str) -> None:
        report = member.incident
        lo, hi = dedupe.window(report)
        data = report.to_dict()
        data["_published"] = member.published
        data["_source"] = member.source
        if member.followup:
            data["_followup"] = True
        if member.keys:
            data["_keys"] = list(member.keys)
            # (a lead's names are no lookup key: they only tell where a name was told, dedupe.lead_names)
            self._insert_keys(report.id, [k for k in member.keys if not k.startswith(dedupe.LEAD_KEY)])
        if member.headline:
            data["_headline"] = list(member.headline)
        if member.background:
            data["_background"] = True
        span = (hi - lo).days if lo and hi else NARROW_DAYS + 1
        wide = 0 if span <= 1 else 1 if span <= NARROW_DAYS else 2
        cell = _cell(report.latitude, report.longitude) \
            if dedupe.precise(report) and report.latitude is not None and report.longitude is not None else "*"
        self._execute(
            "INSERT INTO reports (id, incident_id, article_id, seq, date_earliest, date_latest, country, killed, "
            "wounded, data, component, cell, wide, admin1, point_cell, place) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (report.id, incident_id, report.article_id, seq, lo and lo.isoformat(), hi and hi.isoformat(),
             report.country, report.killed, report.wounded, json.dumps(data, ensure_ascii=False), component, cell,
             wide, dedupe.province_key(report),
             _cell(report.latitude, report.longitude) if report.latitude is not None and report.longitude is not None
             else None, dedupe.place_key(report)),
        )

    def _insert_keys(self, report_id: str, keys: Sequence[str], table: str = "report_keys") -> None:
        for chunk in _chunks(list(keys), 400):
            self._execute(f"INSERT INTO {table} (key, report_id) VALUES " + ",".join(["(?, ?)"] * len(chunk)),
                          [x for k in chunk for x in (k, report_id)])

    def _save_incident(self, incident_id: str, members: Sequence[dedupe.Member], created: str | None = None) -> None:
        merged = dedupe.reconcile(incident_id, members)
        # fields corrected by hand win over every re-reconciliation (later ingests, merges, re-dedupe)
        merged = review.overlay(self, incident_id, merged)
        values = [merged.get(c) for c in INCIDENT_COLUMNS]
        lo, hi = merged.get("date_earliest"), merged.get("date_latest")
        span = (date.fromisoformat(hi) - date.fromisoformat(lo)).days if lo and hi else 0
        wide = 0 if span <= 1 else 1 if span <= NARROW_DAYS else 2
        lat, lon = merged.get("latitude"), merged.get("longitude")
        cell = _cell(lat, lon) if lat is not None and lon is not None and (merged.get("geo_precision") or 1) == 1 \
            else "*"
        data = json.dumps(merged, ensure_ascii=False)
        now = _now()
        if created is not None:
            cols = ", ".join(INCIDENT_COLUMNS)
            marks = ", ".join("?" * len(INCIDENT_COLUMNS))
            self._execute(
                f"INSERT INTO incidents (id, {cols}, n_sources, wide, cell, data, created_at, updated_at) "
                f"VALUES (?, {marks}, ?, ?, ?, ?, ?, ?)",
                (incident_id, *values, len(members), wide, cell, data, created, now),
            )
        else:
            sets = ", ".join(f"{c} = ?" for c in INCIDENT_COLUMNS)
            self._execute(f"UPDATE incidents SET {sets}, n_sources = ?, wide = ?, cell = ?, data = ?, updated_at = ? "
                          "WHERE id = ?", (*values, len(members), wide, cell, data, now, incident_id))

    def _log(self, at: str, action: str, incident_id: str, report_id: str | None, other: str | None, by_user: bool,
             score: float | None, reasons: Sequence[str]) -> None:
        self._execute(
            "INSERT INTO merges (at, action, incident_id, report_id, other_incident_id, by_user, score, reasons) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, action, incident_id, report_id, other, int(by_user), score, json.dumps(list(reasons))),
        )

    # -- manual corrections ---------------------------------------------------------------------------------
    def split(self, incident_id: str, report_ids: Sequence[str] | None = None) -> list[str]:
        """Move reports out of an incident into a new one (all of them, one each, when none are named).

        Records that the moved reports are a different event from those left, so no later ingest or re-run
        puts them back together. Returns the ids of the incidents made.
        """
        self._cache = None
        with self.transaction():
            self._lock_for_write()
            members = self._members(incident_id)
            ids = [m.incident.id for m in members]
            if report_ids is None:
                groups = [[i] for i in ids[1:]]
            else:
                missing = [r for r in report_ids if r not in ids]
                if missing:
                    raise NotFoundError(f"incident {incident_id} has no report {', '.join(missing)}")
                if len(report_ids) == len(ids):
                    raise StoreError("a split must leave at least one report in the incident")
                groups = [list(report_ids)]
            if not groups:
                raise StoreError(f"incident {incident_id} has only one report; nothing to split")
            moved_all = {r for g in groups for r in g}
            made = []
            now = _now()
            for group in groups:
                new_id = dedupe.incident_id_for(group[0])
                if self._one("SELECT 1 AS x FROM incidents WHERE id = ?", (new_id,)):
                    new_id = dedupe.incident_id_for(f"{group[0]}/split-from/{incident_id}")
                marks = ",".join("?" * len(group))
                by_id = {m.incident.id: m for m in members}
                self._execute("INSERT INTO incidents (id, n_sources, data, created_at, updated_at) "
                              "VALUES (?, 0, '{}', ?, ?)", (new_id, now, now))
                self._execute(f"UPDATE reports SET incident_id = ? WHERE id IN ({marks})", (new_id, *group))
                self._save_incident(new_id, [by_id[r] for r in group])
                for r in group:
                    for other in ids:
                        if other not in group:
                            self._link(r, other, "different", now)
                self._log(now, "split", new_id, None, incident_id, True, None,
                          [f"split by hand from {incident_id}: {', '.join(group)}"])
                made.append(new_id)
            self._save_incident(incident_id, [m for m in members if m.incident.id not in moved_all])
            return made

    def merge(self, incident_ids: Sequence[str]) -> str:
        """Merge incidents into the first named; records that their reports are one event."""
        if len(incident_ids) < 2:
            raise StoreError("merge needs at least two incident ids")
        keep, *rest = incident_ids
        self._cache = None
        with self.transaction():
            self._lock_for_write()
            kept = self._members(keep)
            now = _now()
            for other in rest:
                if other == keep:
                    continue
                members = self._members(other)
                # one incident, one component of the same-incident graph: later re-clustering takes them together
                self._execute("UPDATE pending_followups SET component = (SELECT min(component) FROM reports WHERE "
                              "incident_id = ?) WHERE component IN (SELECT component FROM reports WHERE incident_id "
                              "= ?)", (keep, other))
                self._execute("UPDATE reports SET component = (SELECT min(component) FROM reports WHERE incident_id = "
                              "?) WHERE component IN (SELECT component FROM reports WHERE incident_id = ?)",
                              (keep, other))
                self._execute("UPDATE reports SET incident_id = ? WHERE incident_id = ?", (keep, other))
                self._execute("DELETE FROM incidents WHERE id = ?", (other,))
                review.absorb(self, keep, other)
                for a in kept:
                    for b in members:
                        self._link(a.incident.id, b.incident.id, "same", now)
                kept.extend(members)
                self._log(now, "manual-merge", keep, None, other, True, None, [f"merged by hand: {other} into {keep}"])
            self._save_incident(keep, kept)
        return keep

    def _link(self, a: str, b: str, kind: str, at: str) -> None:
        a, b = sorted((a, b))
        self._execute(
            "INSERT INTO links (report_a, report_b, kind, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (report_a, report_b) DO UPDATE SET kind = excluded.kind, at = excluded.at",
            (a, b, kind, at),
        )

    def links(self) -> list[dict[str, Any]]:
        return self._all("SELECT report_a, report_b, kind FROM links ORDER BY report_a, report_b")

    def _members(self, incident_id: str) -> list[dedupe.Member]:
        if not self._one("SELECT id FROM incidents WHERE id = ?", (incident_id,)):
            raise NotFoundError(f"no incident {incident_id}")
        return [_member(r["data"]) for r in
                self._all("SELECT data FROM reports WHERE incident_id = ? ORDER BY seq", (incident_id,))]

    # -- queries -------------------------------------------------------------------------------------------
    def incidents(self, flt: IncidentFilter | None = None) -> list[dict[str, Any]]:
        """Reconciled incidents matching the filter, newest first, each with its sources' own values."""
        return list(self.iter_incidents(flt))

    def iter_incidents(self, flt: IncidentFilter | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        flt = flt or IncidentFilter(limit=None)
        where, params = self._where(flt)
        sql = f"SELECT id, data, created_at, updated_at FROM incidents{where} ORDER BY date_latest DESC, id"
        if flt.limit:
            if int(flt.limit) < 0:
                raise UsageError(f"--limit: {flt.limit} is negative (0 lists all)")
            sql += f" LIMIT {int(flt.limit)}"
        rows = self._all(sql, params)  # ids and JSON only; exports of big databases stream per batch below
        for chunk in _chunks(rows, batch):
            yield from self._with_sources(chunk)

    def _where(self, flt: IncidentFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if flt.country:
            clauses.append("country = ?")
            params.append(country_code(flt.country))
        if flt.admin1:
            clauses.append("lower(admin1) = lower(?)")
            params.append(flt.admin1)
        if flt.date_from:
            clauses.append("date_latest >= ?")
            params.append(strict_date(flt.date_from, "--from"))
        if flt.date_to:
            clauses.append("date_earliest <= ?")
            params.append(strict_date(flt.date_to, "--to"))
        if flt.event_type:
            clauses.append("lower(event_type) = lower(?)")
            params.append(flt.event_type)
        if flt.perpetrator:
            # the user's text is matched as written: % and _ are not wildcards
            clauses.append("lower(perpetrator) LIKE lower(?) ESCAPE '!'")
            escaped = flt.perpetrator.replace("!", "!!").replace("%", "!%").replace("_", "!_")
            params.append(f"%{escaped}%")
        if flt.min_killed is not None:
            clauses.append("killed_best >= ?")
            params.append(flt.min_killed)
        if flt.text:
            clauses.append(f"id IN (SELECT r.incident_id FROM reports r WHERE r.article_id IN ({self._text_match_sql()}))")
            params.append(self._text_query(flt.text))
        if flt.bbox is not None:
            west, south, east, north = flt.bbox
            clauses.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
            params += [south, north, west, east]
        if flt.accident is not None:
            # an incident is an accident where one of its reports tells it one (the others only say nothing of it):
            # the reports' JSON is the Incident as coded from each article
            told = f"id IN (SELECT r.incident_id FROM reports r WHERE {self._json_true_sql('r.data', 'accident')})"
            clauses.append(told if flt.accident else f"NOT ({told})")
        if flt.review:
            clauses.append("review = ?")
            params.append(flt.review)
        elif not flt.with_rejected:
            clauses.append("review <> 'rejected'")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _with_sources(self, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        ids = [r["id"] for r in rows]
        sources: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        if ids:
            marks = ",".join("?" * len(ids))
            for r in self._all(
                f"SELECT r.id, r.incident_id, r.data, a.url, a.source, a.published, a.origin, a.title "
                f"FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id IN ({marks}) ORDER BY r.seq",
                ids,
            ):
                d = _loads(r["data"])
                sources[r["incident_id"]].append({
                    "report_id": r["id"], "article_id": d.get("article_id"), "source": r["source"], "url": r["url"],
                    "published": r["published"], "origin": r["origin"], "title": r["title"],
                    "killed": d.get("killed"), "wounded": d.get("wounded"), "count_ranges": d.get("count_ranges"),
                    "claimed": d.get("claimed"), "claim_channel": d.get("claim_channel"),
                    "perpetrator": d.get("perpetrator"), "date": d.get("date"), "location": d.get("location"),
                })
        out = []
        for row in rows:
            d = _loads(row["data"])
            d["sources"] = sources.get(row["id"], [])
            for k in ("created_at", "updated_at"):
                if k in row:
                    d[k] = row[k]
            out.append(d)
        return out

    def incident(self, incident_id: str) -> dict[str, Any]:
        rows = self._all("SELECT id, data, created_at, updated_at FROM incidents WHERE id = ?", (incident_id,))
        if not rows:
            # an id absorbed by a merge stays valid: follow it to the incident that took its reports
            row = self._one("SELECT incident_id FROM merges WHERE other_incident_id = ? AND action IN "
                            "('merge', 'manual-merge') ORDER BY id DESC LIMIT 1", (incident_id,))
            if row and row["incident_id"] != incident_id:
                return self.incident(row["incident_id"])
            raise NotFoundError(f"no incident {incident_id}")
        out = self._with_sources(rows)[0]
        out["merges"] = self.merge_log(incident_id)
        return out

    def merge_log(self, incident_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT at, action, incident_id, report_id, other_incident_id, by_user, score, reasons FROM merges"
        params: tuple[Any, ...] = ()
        if incident_id:
            sql += " WHERE incident_id = ? OR other_incident_id = ?"
            params = (incident_id, incident_id)
        rows = self._all(sql + " ORDER BY id", params)
        for r in rows:
            r["reasons"] = _loads(r["reasons"])
            r["by_user"] = bool(r["by_user"])
        return rows

    def failures(self) -> list[dict[str, Any]]:
        return self._all("SELECT origin, reason, stage, at FROM failures ORDER BY at, origin")

    def count_incidents(self, flt: IncidentFilter) -> int:
        """How many incidents `flt` selects, its limit aside (export.layout_filter's count of accidents left out)."""
        where, params = self._where(replace(flt, limit=None))
        row = self._one(f"SELECT COUNT(*) AS n FROM incidents{where}", params)
        return int(row["n"]) if row else 0

    def counts(self) -> dict[str, int]:
        tables = ("articles", "incidents", "reports", "merges", "links", "failures")
        # count(*) always returns one row
        return {t: int(cast(dict[str, Any], self._one(f"SELECT count(*) AS n FROM {t}"))["n"]) for t in tables}

    def _lock_for_write(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------------------
class SQLiteStore(Store):
    """One file, WAL journal so readers do not block the writer, FTS5 over article text."""

    backend = "sqlite"
    _serial = "INTEGER PRIMARY KEY AUTOINCREMENT"

    def __init__(self, path: str, options: Options, *, create: bool = True):
        import sqlite3

        super().__init__(options)
        self.path = path
        self._depth = 0
        self._check_file(path, create)
        try:
            # autocommit mode at the driver level: transactions are opened explicitly with BEGIN IMMEDIATE
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open database ({exc})") from None
        try:
            self.conn.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
            self._journal_wal()
            # NORMAL is durable against process crashes (kill -9) under WAL; only power loss can drop the last commit
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate(create)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            self.conn.close()
            raise StoreError(f"{path}: cannot open database ({exc})") from None
        except StoreError:
            self.conn.close()
            raise

    def _journal_wal(self) -> None:
        """Switch the file to WAL, waiting while another process opens it. SQLite answers "database is locked" at once,
        without its busy handler, when two connections change a new file's journal mode together: retried here every
        SQLITE_WAL_RETRY_S until SQLITE_BUSY_TIMEOUT_MS, as the busy handler waits for every other lock."""
        import sqlite3
        import time

        deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(SQLITE_WAL_RETRY_S)

    @staticmethod
    def _check_file(path: str, create: bool) -> None:
        """Refuse, before anything is written to it, a path that is not an eventwire SQLite database (or, unless
        `create`, one that does not exist yet)."""
        import os
        import sqlite3

        if path == ":memory:" or path.startswith("file:"):
            return
        if os.path.isdir(path):
            raise StoreError(f"{path}: is a directory, not a database file")
        if not os.path.exists(path):
            if not create:
                raise StoreError(f"{path}: no such database (ingest creates one; check --db)")
            return
        try:
            with open(path, "rb") as fh:
                header = fh.read(16)
        except OSError as exc:
            raise StoreError(f"{path}: cannot read database ({exc.strerror or exc})") from None
        if not header:
            if not create:
                raise StoreError(f"{path}: empty file, not an eventwire database")
            return
        if header != b"SQLite format 3\x00":
            raise StoreError(f"{path}: not an SQLite database; refusing to touch it")
        try:
            probe = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True)
            try:
                tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            finally:
                probe.close()
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: corrupt or unreadable database ({exc})") from None
        except UnicodeDecodeError:
            raise StoreError(f"{path}: corrupt database (its schema is not readable text)") from None
        if tables and "schema_migrations" not in tables:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(f"{path}: an SQLite database that is not eventwire's (tables: {shown}); "
                             f"refusing to change it")

    def _name(self) -> str:
        return self.path

    def _has_table(self, name: str) -> bool:
        return self._one("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        import sqlite3

        try:
            return self.conn.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from None

    def _guarded(self, fetch):
        import sqlite3

        try:
            return fetch()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from None
        except UnicodeDecodeError:
            raise StoreError(f"{self.path}: corrupt database (text that is not UTF-8)") from None

    @contextmanager
    def transaction(self):
        if getattr(self, "_depth", 0):
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            try:
                self.conn.execute("ROLLBACK")
            except Exception:  # noqa: BLE001 - the original error is the one to report
                pass
            raise
        else:
            self._execute("COMMIT")
        finally:
            self._depth = 0

    def _text_match_sql(self) -> str:
        return "SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.rowid WHERE articles_fts MATCH ?"

    def _json_true_sql(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}') = 1"  # SQLite's JSON true reads back as 1

    def _text_query(self, text: str) -> str:
        # quote every word: user text like "al-Matar" or "AND" must not be read as FTS5 query syntax
        words = re.findall(r"\w+", text)
        return " ".join(f'"{w}"' for w in words) or '""'

    def close(self) -> None:
        self.conn.close()


class PostgresStore(Store):
    """PostgreSQL 15 via psycopg 3 for teams; writers serialise on an advisory lock per transaction."""

    backend = "postgres"
    _serial = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"

    def __init__(self, url: str, options: Options, *, create: bool = True):
        import psycopg
        from psycopg.rows import dict_row

        super().__init__(options)
        self.url = url
        try:
            self.conn = psycopg.connect(url, row_factory=dict_row, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{_redact(url)}: cannot connect ({str(exc).strip().splitlines()[0]})") from None
        self._depth = 0
        try:
            self._migrate(create)
        except StoreError:
            self.conn.close()
            raise

    def _name(self) -> str:
        return _redact(self.url)

    def _has_table(self, name: str) -> bool:
        return cast(dict[str, Any], self._one("SELECT to_regclass(?) IS NOT NULL AS x", (name,)))["x"]  # always one row

    def _guarded(self, fetch):
        import psycopg

        try:
            return fetch()
        except psycopg.Error as exc:
            raise StoreError(f"{_redact(self.url)}: {str(exc).strip().splitlines()[0]}") from None

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        import psycopg

        try:
            return self.conn.execute(sql.replace("?", "%s"), tuple(params))
        except psycopg.Error as exc:
            raise StoreError(f"{_redact(self.url)}: {str(exc).strip().splitlines()[0]}") from None

    @contextmanager
    def transaction(self):
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.conn.transaction():
                yield
        finally:
            self._depth = 0

    def _lock_for_write(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (PG_WRITE_LOCK,))

    def _migrate(self, create: bool = True) -> None:
        if not create and not self._has_table("schema_migrations"):
            raise StoreError(f"{self._name()}: holds no eventwire database (ingest creates one)")
        with self.transaction():
            self._lock_for_write()
            super()._migrate(create)

    def _text_match_sql(self) -> str:
        return "SELECT a.id FROM articles a WHERE a.tsv @@ plainto_tsquery('english', ?)"

    def _json_true_sql(self, column: str, key: str) -> str:
        return f"({column})::jsonb ->> '{key}' = 'true'"

    def close(self) -> None:
        self.conn.close()


# ---------------------------------------------------------------------------------------------------------
def _member(data: str) -> dedupe.Member:
    d = _loads(data)
    return dedupe.Member(Incident.from_dict(d), published=d.get("_published"), source=d.get("_source"),
                         keys=tuple(d.get("_keys") or ()), followup=bool(d.get("_followup")),
                         headline=tuple(d.get("_headline") or ()), background=bool(d.get("_background")))


def _loads(data: Any) -> Any:
    """A stored JSON column; StoreError when the database is corrupt and it no longer parses."""
    try:
        return json.loads(data)
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError(f"corrupt database: a stored record does not parse ({type(exc).__name__})") from None


def _cell(lat: float, lon: float) -> str:
    return f"{math.floor(lat / CELL_DEGREES)}:{math.floor(lon / CELL_DEGREES)}"


def _box_cells(box: tuple[float, float, float, float]) -> list[str]:
    """The grid cells (_cell) a (south, north, west, east) box touches."""
    return [f"{r}:{c}" for r in range(math.floor(box[0] / CELL_DEGREES), math.floor(box[1] / CELL_DEGREES) + 1)
            for c in range(math.floor(box[2] / CELL_DEGREES), math.floor(box[3] / CELL_DEGREES) + 1)]


def _chunks(items: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script; trigger bodies (BEGIN ... END;) stay whole."""
    out, buf, in_body = [], [], False
    for line in script.splitlines():
        stripped = line.split("--", 1)[0].strip()
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_body = True
        if in_body:
            if upper == "END;":
                out.append("\n".join(buf))
                buf, in_body = [], False
            continue
        if stripped.endswith(";"):
            out.append("\n".join(buf))
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return [s.strip().rstrip(";") if not s.strip().upper().endswith("END;") else s.strip() for s in out if s.strip()]


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
