"""Ingest: read inputs, code new articles (in worker processes if asked), store them in batched transactions."""
from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .errors import ArticleTimeout
from .options import Options, Section, default_options
from .records import Article, CodedArticle, Failure
from .store import BatchResult, Store

#: batches in flight per worker: enough to keep every worker busy while the writer commits, few enough that
#: memory stays flat however many articles come (Pool.imap would read the whole input ahead)
IN_FLIGHT_PER_WORKER = 2
#: failures kept in the report for the caller; the database keeps all of them
MAX_REPORTED_FAILURES = 1000

Coder = Callable[[Iterable[Article], Options], Iterator[CodedArticle]]
Progress = Callable[["IngestReport", Sequence[Failure]], None]
#: called with (input, note) for each note a reader left on an article ("cut to its first 100,000 characters")
Notice = Callable[[str, str], None]
#: failure kinds that mean an input could not be read at all (not refused for its language, not a coding error)
READ_KINDS = ("read",)


@dataclass
class IngestReport:
    """What an ingest did; `failed` counts every failure, `failures` keeps the first MAX_REPORTED_FAILURES."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    reports: int = 0
    new_incidents: int = 0
    merged: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    #: failures by kind (read, language, code, timeout)
    failed_by_kind: Counter = field(default_factory=Counter)

    @property
    def articles_per_s(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0

    @property
    def exit_code(self) -> int:
        """0 all well; 1 some inputs failed; 2 nothing could be done (no input could be read at all)."""
        return exit_code(self.read, self.failed_by_kind)

    def count_batch(self, written: BatchResult, failed: Sequence[tuple[Failure, str]], started: float) -> None:
        """Count one stored batch (what store.write_batch returned) and its (failure, kind) pairs."""
        self.stored += written.articles
        self.skipped += written.skipped
        self.reports += written.reports
        self.new_incidents += written.new_incidents
        self.merged += written.merged
        self.failed += len(failed)
        self.failed_by_kind.update(kind for _, kind in failed)
        room = MAX_REPORTED_FAILURES - len(self.failures)
        if room > 0:
            self.failures.extend(f for f, _ in failed[:room])
        self.seconds = time.perf_counter() - started

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "stored": self.stored, "skipped": self.skipped, "reports": self.reports,
            "new_incidents": self.new_incidents, "merged": self.merged, "failed": self.failed,
            "seconds": round(self.seconds, 3), "articles_per_s": round(self.articles_per_s, 1),
            "failed_by_kind": dict(self.failed_by_kind), "failures": [f.to_dict() for f in self.failures],
        }


def exit_code(articles_read: int, failed_by_kind: Mapping[str, int]) -> int:
    """The documented exit code of a run: 0 when nothing failed; 2 when inputs failed and none could even be read
    as an article (so nothing was done); 1 otherwise (some inputs failed, or were refused for their language, or
    failed in coding, while the others were processed)."""
    failed = sum(failed_by_kind.values())
    if not failed:
        return 0
    if articles_read == 0 and all(kind in READ_KINDS for kind, n in failed_by_kind.items() if n):
        return 2
    return 1


def kind_of(failure: Failure, default: str) -> str:
    return failure.kind or default


def ingest(paths: Sequence[str], store: Store, options: Options | None = None, progress: Progress | None = None,
           *, workers: int | None = None, coder: Coder | None = None, notice: Notice | None = None,
           default_date: str | None = None) -> IngestReport:
    """Read `paths` (files, directories, globs, feeds, WARC, JSONL, "-"), code new articles, store them.

    Idempotent: articles already stored (same content hash or URL) are skipped, so a re-run after a crash
    resumes where the last committed batch ended.
    """
    from .read import read_inputs

    options = options or default_options()
    return ingest_items(read_inputs(paths, options, default_date=default_date), store, options, progress,
                        workers=workers, coder=coder, notice=notice)


def ingest_items(items: Iterable[Article | Failure], store: Store, options: Options | None = None,
                 progress: Progress | None = None, *, workers: int | None = None,
                 coder: Coder | None = None, notice: Notice | None = None) -> IngestReport:
    """ingest() over records already read; `coder` replaces the pipeline (benchmarks, tests of the store)."""
    options = options or default_options()
    workers = max(1, workers or options.store.workers)
    batch_size = max(1, options.store.batch_size)
    report = IngestReport()
    start = time.perf_counter()

    def batches() -> Iterator[tuple[list[Article], list[tuple[Failure, str]]]]:
        for chunk in _chunked(items, batch_size):
            read_failures = [(x, kind_of(x, "read")) for x in chunk if isinstance(x, Failure)]
            articles = [x for x in chunk if isinstance(x, Article)]
            if notice:
                for a in articles:
                    for note in a.notes:
                        notice(a.origin or a.id, note)
            report.read += len(articles)
            fresh = _unseen(articles, store, options)
            report.skipped += len(articles) - len(fresh)
            yield fresh, read_failures

    def commit(coded: list[CodedArticle | Failure], read_failures: list[tuple[Failure, str]]) -> None:
        ok = [c for c in coded if isinstance(c, CodedArticle)]
        failed = read_failures + [(c, kind_of(c, "code")) for c in coded if isinstance(c, Failure)]
        report.count_batch(store.write_batch(ok, failed), failed, start)
        if progress:
            progress(report, [f for f, _ in failed])

    if workers == 1:
        _init_worker(options.to_dict(), coder)
        for fresh, read_failures in batches():
            commit(_code_batch(fresh) if fresh else [], read_failures)
    else:
        # spawn, not fork: the parent holds a database connection and possibly threads that must not be copied
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(workers, initializer=_init_worker, initargs=(options.to_dict(), coder)) as pool:
            pending: deque = deque()
            for fresh, read_failures in batches():
                pending.append((pool.apply_async(_code_batch, (fresh,)), read_failures))
                while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    job, rf = pending.popleft()
                    commit(job.get(), rf)
            while pending:
                job, rf = pending.popleft()
                commit(job.get(), rf)
    report.seconds = time.perf_counter() - start
    return report


def _unseen(articles: list[Article], store: Store, options: Options) -> list[Article]:
    """Articles not stored yet and not repeated earlier in this batch (by content hash, as stored, or URL)."""
    if not articles:
        return []
    from .pipeline import stored_hash

    hashes = [stored_hash(a, options) for a in articles]
    seen_h, seen_u = store.known_articles(hashes, [a.url for a in articles if a.url])
    out = []
    for a, h in zip(articles, hashes):
        if h in seen_h or (a.url and a.url in seen_u):
            continue
        seen_h.add(h)
        if a.url:
            seen_u.add(a.url)
        out.append(a)
    return out


def _chunked(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- worker side -----------------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(options: dict[str, dict[str, Any]], coder: Coder | None) -> None:
    _WORKER["options"] = Options(MappingProxyType({n: Section(n, kv) for n, kv in options.items()}))
    _WORKER["coder"] = coder


def _default_coder(articles: Iterable[Article], options: Options) -> Iterator[CodedArticle]:
    from .pipeline import code_articles

    return code_articles(articles, options)


def _code_batch(articles: list[Article]) -> list[CodedArticle | Failure]:
    """Code a batch in this worker; see code_guarded."""
    return list(code_guarded(articles, _WORKER["options"], _WORKER.get("coder")))


def code_guarded(articles: Iterable[Article], options: Options | None = None,
                 coder: Coder | None = None) -> Iterator[CodedArticle | Failure]:
    """Code articles in order, one result each: a CodedArticle, or a Failure naming the article when coding it
    raised (kind "code") or took longer than [limits] article_seconds (kind "timeout"). Articles are coded in
    chunks of parse.batch_size; when a chunk fails or runs out of time, its articles are coded one by one, so only
    the article at fault fails and the others' results are kept."""
    options = options or default_options()
    coder = coder or _default_coder
    limit = float(options.limits.article_seconds)
    for chunk in _chunked(articles, max(1, options.parse.batch_size)):
        try:
            with time_limit(limit * len(chunk)):
                out = list(coder(chunk, options))
            if len(out) == len(chunk):
                yield from out
                continue
        except Exception:  # noqa: BLE001 - retried one by one below, where the article at fault is named
            pass
        for a in chunk:
            yield _code_one(a, options, coder, limit)


def _code_one(article: Article, options: Options, coder: Coder, limit: float) -> CodedArticle | Failure:
    origin = article.origin or article.id
    try:
        with time_limit(limit):
            coded = list(coder([article], options))
        if len(coded) != 1:
            raise RuntimeError(f"coder returned {len(coded)} results for one article")
        return coded[0]
    except ArticleTimeout:
        return Failure(origin=origin, kind="timeout",
                       reason=f"coding took longer than {limit:g} s (limits.article_seconds); given up")
    except RecursionError:
        return Failure(origin=origin, kind="code", reason="coding failed: nested too deeply (RecursionError)")
    except Exception as exc:  # noqa: BLE001 - any coding error is one article's failure, never the whole run's
        message = " ".join(str(exc).split())[:200]
        return Failure(origin=origin, kind="code", reason=f"coding failed: {type(exc).__name__}: {message}")


@contextmanager
def time_limit(seconds: float):
    """Raise ArticleTimeout in this block after `seconds` of wall time (SIGALRM; only in the main thread of a
    process on a system that has it, elsewhere no limit). Python code is interrupted between bytecodes, so a
    single long call into C (one regular expression) ends before the limit is seen."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(f"time limit of {seconds:g} s reached")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
