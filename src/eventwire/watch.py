"""Continuous feeds: `eventwire watch --db DB FEED_URL|DIR ... [--every 15m]`.

Each round polls every source that is due and codes what is new into the database:
- an RSS/Atom feed URL by conditional GET (If-None-Match / If-Modified-Since from the validators the last answer
  gave), with a timeout and a polite User-Agent; a 304 costs nothing, and entries already stored are skipped by the
  store (by content hash or URL), so each new item is stored once;
- a folder (articles, JSON Lines, feeds, WARCs) by the files whose size or modification time changed since they
  were last coded; a file modified in the last [watch] settle_seconds is left for the next round (still being
  written).
A failed poll (network error, HTTP error, unreadable answer) is one line, and the wait before that source's next
poll doubles with each failure in a row, up to [watch] max_backoff_seconds. The state (validators, backoff, files
coded) lives in the database (tables watch_sources and watch_files, store migration 5) and is written only after
the items of a poll are committed: a watcher killed at any point and started again re-polls and loses nothing,
and stores nothing twice. `stop` (set on SIGTERM by the CLI) ends the run between batches, cleanly.
"""
from __future__ import annotations

import io
import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from . import __version__
from .errors import UsageError
from .ingest import IngestReport, Notice, ingest_items
from .options import Options, default_options
from .records import Article, Failure
from .store import Store

#: bytes of a feed answer read at most: a feed is small; an endless or huge answer must not fill memory
MAX_FEED_BYTES = 20_000_000
#: units of --every
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


class WatchError(UsageError):
    """A bad watch source or interval."""


@dataclass(frozen=True)
class Answer:
    """What a feed server answered: status 200 with a body, or 304 (not modified)."""

    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


#: fetch(url, headers, timeout) -> Answer; raises OSError (URLError, timeouts, HTTP errors) on failure
Fetch = Callable[[str, dict[str, str], float], Answer]


@dataclass
class PollResult:
    source: str
    status: str  # "new" | "unchanged" | "not-modified" | "error" | "waiting"
    message: str = ""
    report: IngestReport | None = None


@dataclass
class WatchReport:
    rounds: int = 0
    polls: list[PollResult] = field(default_factory=list)
    stored: int = 0
    failed: int = 0


def parse_every(value: str | float) -> float:
    """Seconds in an interval such as 15m, 30s, 1h, 2d or a bare number of seconds."""
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        m = _EVERY.match(value)
        if not m:
            raise WatchError(f"--every {value!r}: expected a number with s, m, h or d (15m, 30s, 1h)")
        seconds = float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()]
    if not 0 <= seconds <= 30 * 86400:
        raise WatchError(f"--every {value!r}: must be between 0 and 30 days")
    return seconds


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def check_sources(sources: Sequence[str]) -> None:
    """Every source is an http(s) URL or an existing folder; WatchError naming the first that is not."""
    if not sources:
        raise WatchError("watch: name at least one feed URL or folder")
    for source in sources:
        if not is_url(source) and not os.path.isdir(source):
            raise WatchError(f"{source}: not an http(s) feed URL or an existing folder")


def http_fetch(url: str, headers: dict[str, str], timeout: float) -> Answer:
    """GET `url` with `headers`; a 304 is an Answer, other HTTP errors raise (urllib.error.HTTPError is OSError)."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_FEED_BYTES + 1)
            if len(body) > MAX_FEED_BYTES:
                raise OSError(f"answer larger than {MAX_FEED_BYTES} bytes")
            return Answer(response.status, body, response.headers.get("ETag"), response.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Answer(304, b"", exc.headers.get("ETag"), exc.headers.get("Last-Modified"))
        raise


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class Watcher:
    """Polls `sources` into `store`; one instance per run, its state kept in the database."""

    def __init__(self, sources: Sequence[str], store: Store, options: Options | None = None, *,
                 fetch: Fetch = http_fetch, notice: Notice | None = None,
                 say: Callable[[str], None] | None = None, stop: threading.Event | None = None):
        check_sources(sources)
        self.sources = list(dict.fromkeys(sources))
        self.store = store
        self.options = options or default_options()
        self.fetch = fetch
        self.notice = notice
        self.say = say or (lambda message: None)
        self.stop = stop or threading.Event()

    # -- state ---------------------------------------------------------------------------------------------------
    def state(self, source: str) -> dict[str, Any]:
        row = self.store._one("SELECT * FROM watch_sources WHERE source = ?", (source,))
        return dict(row) if row else {"source": source, "etag": None, "last_modified": None, "errors": 0,
                                      "next_poll": None}

    def _save(self, source: str, *, etag: str | None, last_modified: str | None, errors: int,
              next_poll: datetime | None, message: str) -> None:
        with self.store.transaction():
            self.store._execute(
                "INSERT INTO watch_sources (source, etag, last_modified, errors, next_poll, polled_at, message) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, errors = excluded.errors, next_poll = excluded.next_poll, "
                "polled_at = excluded.polled_at, message = excluded.message",
                (source, etag, last_modified, errors, _stamp(next_poll) if next_poll else None, _stamp(_now()),
                 message[:500]))

    def _failed(self, source: str, state: dict[str, Any], message: str) -> PollResult:
        errors = int(state.get("errors") or 0) + 1
        every = max(float(self.options.watch.every_seconds), 1.0)
        wait = min(every * 2 ** errors, float(self.options.watch.max_backoff_seconds))
        self._save(source, etag=state.get("etag"), last_modified=state.get("last_modified"), errors=errors,
                   next_poll=_now() + timedelta(seconds=wait), message=message)
        self.say(f"{source}: {message}; next try in {wait:.0f} s")
        return PollResult(source, "error", message)

    # -- polling -------------------------------------------------------------------------------------------------
    def poll(self, source: str) -> PollResult:
        """Poll one source now if it is due (its backoff has passed)."""
        state = self.state(source)
        due = state.get("next_poll")
        if due and datetime.fromisoformat(due) > _now():
            return PollResult(source, "waiting", f"backing off until {due}")
        if is_url(source):
            return self._poll_feed(source, state)
        return self._poll_folder(source, state)

    def _ingest(self, items: Iterator[Article | Failure]) -> IngestReport:
        return ingest_items(items, self.store, self.options, notice=self.notice, workers=1)

    def _poll_feed(self, url: str, state: dict[str, Any]) -> PollResult:
        from . import read

        headers = {"User-Agent": str(self.options.watch.user_agent).format(version=__version__),
                   "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        try:
            answer = self.fetch(url, headers, float(self.options.watch.timeout_seconds))
        except (OSError, ValueError) as exc:
            return self._failed(url, state, f"poll failed ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")
        if answer.status == 304:
            self._save(url, etag=answer.etag or state.get("etag"),
                       last_modified=answer.last_modified or state.get("last_modified"), errors=0, next_poll=None,
                       message="not modified")
            return PollResult(url, "not-modified")
        if answer.status != 200:
            return self._failed(url, state, f"poll failed (HTTP {answer.status})")
        items = list(read._read_stream(io.BytesIO(answer.body), url, self.options, None))
        whole = [x for x in items if isinstance(x, Failure) and x.origin == url]
        if whole and len(whole) == len(items):
            return self._failed(url, state, f"unreadable answer ({whole[0].reason})")
        report = self._ingest(iter(items))
        # validators are saved only now, after the items are committed: a crash before this re-polls them
        self._save(url, etag=answer.etag, last_modified=answer.last_modified, errors=0, next_poll=None,
                   message=f"{report.stored} new of {report.read}")
        return PollResult(url, "new" if report.stored else "unchanged", report=report)

    def _poll_folder(self, folder: str, state: dict[str, Any]) -> PollResult:
        from . import read

        if not os.path.isdir(folder):
            return self._failed(folder, state, "folder is gone")
        known = {r["path"]: r["stamp"] for r in self.store._all(
            "SELECT path, stamp FROM watch_files WHERE source = ?", (folder,))}
        settle = float(self.options.watch.settle_seconds)
        total = IngestReport()
        for path in read._expand(folder, self.options):
            if self.stop.is_set():
                break
            if isinstance(path, Failure):
                self.say(f"{path.origin}: {path.reason}")
                continue
            try:
                st = os.stat(path)
            except OSError:
                continue
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
            if known.get(path) == stamp or time.time() - st.st_mtime < settle:
                continue
            report = self._ingest(read.read_path(path, self.options))
            with self.store.transaction():
                self.store._execute(
                    "INSERT INTO watch_files (source, path, stamp) VALUES (?, ?, ?) "
                    "ON CONFLICT (source, path) DO UPDATE SET stamp = excluded.stamp", (folder, path, stamp))
            for name in ("read", "stored", "skipped", "reports", "new_incidents", "merged", "failed"):
                setattr(total, name, getattr(total, name) + getattr(report, name))
            total.failures.extend(report.failures)
        self._save(folder, etag=None, last_modified=None, errors=0, next_poll=None,
                   message=f"{total.stored} new of {total.read}")
        return PollResult(folder, "new" if total.stored else "unchanged", report=total)

    def run(self, every: float | None = None, rounds: int | None = None) -> WatchReport:
        """Poll every source, then wait `every` seconds (default [watch] every_seconds), until `rounds` rounds are
        done (None: until stop is set)."""
        every = float(self.options.watch.every_seconds) if every is None else every
        out = WatchReport()
        while not self.stop.is_set() and (rounds is None or out.rounds < rounds):
            started = time.monotonic()
            for source in self.sources:
                if self.stop.is_set():
                    break
                result = self.poll(source)
                out.polls.append(result)
                if result.report:
                    out.stored += result.report.stored
                    out.failed += result.report.failed
                    for failure in result.report.failures:
                        self.say(f"{failure.origin}: {failure.reason}")
            out.rounds += 1
            if rounds is not None and out.rounds >= rounds:
                break
            self.stop.wait(max(0.0, every - (time.monotonic() - started)))
        return out


def watch(sources: Sequence[str], store: Store, options: Options | None = None, *, every: float | None = None,
          rounds: int | None = None, fetch: Fetch = http_fetch, notice: Notice | None = None,
          say: Callable[[str], None] | None = None, stop: threading.Event | None = None) -> WatchReport:
    """Poll `sources` into `store` every `every` seconds for `rounds` rounds (None: until `stop` is set)."""
    watcher = Watcher(sources, store, options, fetch=fetch, notice=notice, say=say, stop=stop)
    return watcher.run(every, rounds)
