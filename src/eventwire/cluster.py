"""Coding on a Dask distributed cluster: `ingest/code --cluster local[:N] | tcp://HOST:PORT`.

The inputs are planned into tasks in the order a single process reads them: a JSON Lines file is cut into shards of
[cluster] task_articles lines (by byte range), a WARC into ranges of as many records (by record offset), and other
files are grouped, as many a task. Each worker process loads the pipeline once (spaCy, the gazetteer and the models
are cached per process) and codes its tasks; the results come back to one writer, this process, which stores them
task by task in plan order, so the database is the one a single-process ingest builds from the same inputs: the same
articles, the same deduplicated incidents and the same sources (dedupe is global because one writer sees every
report, in the order a single process would). A task whose worker is lost is run again elsewhere by the scheduler
([cluster] retries); the writer stores each task's results once and write_batch skips articles already stored, so
nothing is stored twice, and a re-run after a crash stores only what is missing.

dask and distributed are the optional extra `eventwire[cluster]`; without them `--cluster` is a clear error.
"""
from __future__ import annotations

import io
import itertools
import os
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import IO, Any, Self, cast

from .errors import UsageError
from .ingest import (
    IngestReport,
    Notice,
    Progress,
    code_guarded,
    kind_of,
)
from .options import Options, Section, default_options
from .records import Article, CodedArticle, Failure
from .store import Store, is_postgres_url

#: seconds to wait for a LocalCluster's workers to start (each loads Python and eventwire; the pipeline loads on
#: its first task)
LOCAL_START_TIMEOUT = 120
#: bytes read at once while finding line boundaries in a JSON Lines file being planned
SCAN_CHUNK = 1 << 20


class ClusterError(UsageError):
    """A cluster that cannot be used: a bad --cluster value, Dask not installed, a scheduler not reachable."""


@dataclass(frozen=True)
class Task:
    """One unit of work: `files` read whole, or the byte range [start, stop) of one JSON Lines or WARC file whose
    first line is line `first_line` (stop -1: to the end of the file)."""

    index: int
    kind: str  # "files" | "jsonl" | "warc"
    files: tuple[str, ...]
    start: int = 0
    stop: int = -1
    first_line: int = 1

    def describe(self) -> str:
        if self.kind == "files":
            return self.files[0] if len(self.files) == 1 else f"{self.files[0]} (+{len(self.files) - 1} files)"
        return f"{self.files[0]} [bytes {self.start}-{'end' if self.stop < 0 else self.stop}]"


@dataclass
class TaskResult:
    """What a worker sends back: every read or coding result of the task in input order, tagged with the stage
    ("read" for what could not be read, "code" for what was coded or failed in coding), and the articles it found
    already stored (not coded again)."""

    items: list[tuple[CodedArticle | Failure, str]]
    already_stored: int = 0


# -- planning ----------------------------------------------------------------------------------------------------
def plan(paths: Sequence[str], options: Options | None = None) -> Iterator[Task | Failure]:
    """Tasks for `paths` in the order read_inputs reads them (a path that names nothing is a Failure); standard
    input cannot be shared out and is refused."""
    from . import read

    options = options or default_options()
    per_task = max(1, int(options.cluster.task_articles))
    counter = itertools.count()
    group: list[str] = []
    seen: set[tuple[int, int]] = set()

    def flush() -> Iterator[Task]:
        if group:
            yield Task(next(counter), "files", tuple(group))
            group.clear()

    for path in paths:
        if path == "-":
            raise ClusterError("standard input ('-') cannot be coded on a cluster: save it to a file first")
        found = False
        for item in read._expand(path, options):
            found = True
            if isinstance(item, Failure):
                yield from flush()
                yield item
                continue
            key = read.file_identity(item)
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            ranges = _ranges(item, per_task, options)
            if ranges is None:
                group.append(item)
                if len(group) >= per_task:
                    yield from flush()
                continue
            yield from flush()
            kind, cuts = ranges
            for start, stop, first_line in cuts:
                yield Task(next(counter), kind, (item,), start, stop, first_line)
        if not found:
            yield from flush()
            yield Failure(origin=path, reason="no such file, directory or matching glob")
    yield from flush()


def _ranges(path: str, per_task: int, options: Options) -> tuple[str, list[tuple[int, int, int]]] | None:
    """(kind, [(start, stop, first line)]) for a JSON Lines or WARC file worth cutting; None for a file read whole
    (other formats, UTF-16, a WARC whose records cannot all be found: the whole-file reader reports the damage)."""
    from . import read

    try:
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            return None
        with open(path, "rb") as fh:
            head = fh.read(read.SNIFF_BYTES)
            if read._utf16(head):
                return None
            kind = read._sniff(path, head)
            fh.seek(0)
            if kind == "jsonl":
                return "jsonl", _jsonl_cuts(fh, per_task)
            if kind == "warc":
                cuts = _warc_cuts(fh, per_task)
                return ("warc", cuts) if cuts else None
    except OSError:
        return None  # the reader names the problem when it meets it
    return None


def _jsonl_cuts(fh: IO[bytes], per_task: int) -> list[tuple[int, int, int]]:
    """Byte ranges of `per_task` non-blank lines each; the last runs to the end of the file."""
    cuts: list[tuple[int, int, int]] = []
    start, line, first, records, offset = 0, 1, 1, 0, 0
    for raw in fh:
        offset += len(raw)
        line += 1
        if raw.strip():
            records += 1
        if records >= per_task:
            cuts.append((start, offset, first))
            start, first, records = offset, line, 0
    if records or not cuts:
        cuts.append((start, -1, first))
    else:
        cuts[-1] = (cuts[-1][0], -1, cuts[-1][2])
    return cuts


def _warc_cuts(fh: IO[bytes], per_task: int) -> list[tuple[int, int, int]] | None:
    """Byte ranges of `per_task` WARC records each, cut at record starts; None when the archive cannot be walked
    to its end without a warning (a damaged archive is read whole, so its damage is reported as it is today)."""
    from warcio.archiveiterator import ArchiveIterator

    from . import read

    damage: list[str] = []
    offsets: list[int] = []
    try:
        records = ArchiveIterator(fh)
        while True:
            try:
                read._quietly(lambda: next(records), damage)
            except StopIteration:
                break
            offsets.append(records.get_record_offset())
    except Exception:  # noqa: BLE001 - any trouble walking the archive: read it whole, as a single process does
        return None
    if damage or read._gzip_damage(fh):
        return None
    starts = offsets[::per_task] or [0]
    starts[0] = 0
    return [(start, stop, 1) for start, stop in zip(starts, [*starts[1:], -1])]


# -- the worker side ---------------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _options(values: dict[str, dict[str, Any]]) -> Options:
    key = repr(sorted((k, sorted(v.items(), key=repr)) for k, v in values.items()))
    if _WORKER.get("options_key") != key:
        _WORKER["options"] = Options(MappingProxyType({n: Section(n, kv) for n, kv in values.items()}))
        _WORKER["options_key"] = key
    return cast(Options, _WORKER["options"])


def read_task(task: Task, options: Options, default_date: str | None = None) -> Iterator[Article | Failure]:
    """The articles and read failures of one task, exactly as read_inputs gives them for that part of its input."""
    from . import read

    if task.kind == "files":
        for path in task.files:
            yield from read.read_path(path, options, default_date=default_date)
        return
    path = task.files[0]
    try:
        with open(path, "rb") as fh:
            fh.seek(task.start)
            data = fh.read() if task.stop < 0 else fh.read(task.stop - task.start)
    except OSError as exc:
        yield Failure(origin=path, reason=f"cannot read ({exc.strerror or exc})")
        return
    if task.kind == "jsonl":
        # blank lines in front keep the reader's line numbers (and so each article's origin) those of the file
        lines = itertools.chain(itertools.repeat(b"\n", task.first_line - 1), io.BytesIO(data))
        raw = read._guard(path, lambda: read._read_jsonl(cast(IO[bytes], lines), path, options, default_date))
    else:
        raw = read._guard(path, lambda: read._read_warc(io.BytesIO(data), path, options, default_date))
    for result in raw:
        yield read._finish(result, options) if isinstance(result, Article) else result


def run_task(task: Task, options: dict[str, dict[str, Any]], default_date: str | None = None,
             db: str | None = None) -> TaskResult:
    """Read and code one task in this worker. With `db` (a database this worker can reach) articles already stored
    there are not coded again; the writer checks again before storing, so this only saves work."""
    opts = _options(options)
    items = list(read_task(task, opts, default_date))
    articles = [x for x in items if isinstance(x, Article)]
    stored = _stored(articles, db, opts)
    fresh = [a for n, a in enumerate(articles) if n not in stored]
    coded = iter(code_guarded(fresh, opts))
    out: list[tuple[CodedArticle | Failure, str]] = []
    position = 0
    for item in items:
        if isinstance(item, Failure):
            out.append((item, "read"))
            continue
        if position not in stored:
            out.append((next(coded), "code"))
        position += 1
    return TaskResult(out, len(articles) - len(fresh))


def _stored(articles: list[Article], db: str | None, options: Options) -> set[int]:
    """The positions in `articles` of those already in the database, by content hash as stored or URL (none when it
    cannot be reached from here)."""
    if not db or not articles:
        return set()
    from .errors import EventwireError
    from .pipeline import stored_hash
    from .store import open_store

    try:
        if _WORKER.get("db") != db:
            _WORKER["store"] = open_store(db, options, create=False)
            _WORKER["db"] = db
        mine = [stored_hash(a, options) for a in articles]
        hashes, urls = _WORKER["store"].known_articles(mine, [a.url for a in articles if a.url])
    except (EventwireError, OSError):
        return set()
    return {n for n, (a, h) in enumerate(zip(articles, mine)) if h in hashes or (a.url and a.url in urls)}


# -- the driver --------------------------------------------------------------------------------------------------
def parse_spec(spec: str) -> tuple[str, int | None]:
    """("local", workers or None for one a core) or ("tcp", None) for a scheduler address; ClusterError otherwise."""
    spec = spec.strip()
    if spec == "local":
        return "local", None
    if spec.startswith("local:"):
        count = spec.split(":", 1)[1]
        if not count.isdigit() or not 1 <= int(count) <= 256:
            raise ClusterError(f"--cluster {spec!r}: local:N needs N between 1 and 256")
        return "local", int(count)
    if spec.startswith(("tcp://", "tls://")) and len(spec.split("://", 1)[1]) > 0:
        return "tcp", None
    raise ClusterError(f"--cluster {spec!r}: expected local, local:N or tcp://HOST:PORT (a Dask scheduler)")


class Cluster:
    """A Dask client on a LocalCluster started here (closed with it) or on a running scheduler."""

    def __init__(self, spec: str):
        kind, workers = parse_spec(spec)
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("--cluster needs Dask: pip install 'eventwire[cluster]'") from None
        self.local = kind == "local"
        self._cluster: Any = None
        try:
            if self.local:
                # one single-threaded worker process a core (spaCy and NumPy are not faster threaded here); the
                # scheduler and its dashboard on free ports of this machine only (the dashboard's default is the
                # fixed port 8787, and None does not turn it off)
                self._cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                             processes=True, dashboard_address=":0", scheduler_port=0,
                                             host="127.0.0.1", silence_logs=40)
                self.client = Client(self._cluster, timeout=LOCAL_START_TIMEOUT)
            else:
                self.client = Client(spec, timeout=30)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"--cluster {spec}: cannot reach the scheduler ({exc})") from None

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def worker_pids(self) -> dict[str, int]:
        """{worker address: process id} (used by tests that kill a worker)."""
        return cast(dict[str, int], self.client.run(os.getpid))

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def results(paths: Sequence[str], options: Options, cluster: Cluster, *, default_date: str | None = None,
            db: str | None = None) -> Iterator[tuple[Task | None, TaskResult]]:
    """Run every task of `paths` on `cluster`, yielding (task, its result) in plan order, with at most
    [cluster] in_flight_per_worker tasks a worker in flight. A path that names nothing comes as (None, its
    failure); a task that fails on every try (its workers lost [cluster] retries times) comes back as one failure
    naming its inputs, and the run goes on."""
    client = cluster.client
    values = options.to_dict()
    limit = cluster.workers() * max(1, int(options.cluster.in_flight_per_worker))
    retries = int(options.cluster.retries)
    pending: deque[tuple[Task | None, Any]] = deque()

    def finish(task: Task | None, future: Any) -> tuple[Task | None, TaskResult]:
        if task is None:
            return None, future
        try:
            return task, future.result()
        except Exception as exc:  # noqa: BLE001 - a task lost for good is that task's failure, not the run's
            message = " ".join(str(exc).split())[:200]
            failure = Failure(origin=task.describe(), kind="code",
                              reason=f"failed on the cluster after {retries} retries: {type(exc).__name__}: {message}")
            return task, TaskResult([(failure, "code")])
        finally:
            if hasattr(future, "release"):
                future.release()

    for item in plan(paths, options):
        if isinstance(item, Failure):
            pending.append((None, TaskResult([(item, "read")])))
        else:
            future = client.submit(run_task, item, values, default_date, db, key=f"eventwire-task-{item.index}-"
                                   f"{os.getpid()}-{time.monotonic_ns()}", retries=retries, pure=False)
            pending.append((item, future))
        while sum(1 for t, _ in pending if t is not None) >= limit:
            yield finish(*pending.popleft())
    while pending:
        yield finish(*pending.popleft())


def ingest(paths: Sequence[str], store: Store, options: Options | None = None, progress: Progress | None = None, *,
           cluster: str | Cluster = "local", notice: Notice | None = None, default_date: str | None = None,
           db: str | None = None) -> IngestReport:
    """ingest.ingest() with the coding on a Dask cluster and this process the one writer; see the module doc.
    `db` is the database as the workers can reach it (a PostgreSQL URL, or the SQLite path on a local cluster):
    they then skip articles already stored instead of coding them again."""
    options = options or default_options()
    report = IngestReport()
    started = time.perf_counter()
    own = not isinstance(cluster, Cluster)
    running = Cluster(cluster) if isinstance(cluster, str) else cluster
    try:
        reach = db if db and (is_postgres_url(db) or running.local) else None
        # results are written [store] batch_size at a time, in input order: the same write_batch calls with the
        # same articles as a single-process ingest of the same inputs makes, so dedupe decides alike
        size = max(1, int(options.store.batch_size))
        buffer: list[tuple[CodedArticle | Failure, str]] = []
        for _task, result in results(paths, options, running, default_date=default_date, db=reach):
            report.read += result.already_stored
            report.skipped += result.already_stored
            buffer.extend(result.items)
            while len(buffer) >= size:
                _commit(buffer[:size], store, report, progress, notice, started)
                del buffer[:size]
        if buffer:
            _commit(buffer, store, report, progress, notice, started)
    finally:
        if own:
            running.close()
    report.seconds = time.perf_counter() - started
    return report


def _commit(items: list[tuple[CodedArticle | Failure, str]], store: Store, report: IngestReport,
            progress: Progress | None, notice: Notice | None, started: float) -> None:
    ok: list[CodedArticle] = []
    failed: list[tuple[Failure, str]] = []
    for item, stage in items:
        if isinstance(item, CodedArticle):
            ok.append(item)
            if notice:
                for note in item.article.notes:
                    notice(item.article.origin or item.article.id, note)
        else:
            failed.append((item, kind_of(item, stage)))
            if stage == "code":
                report.read += 1
    report.read += len(ok)
    report.count_batch(store.write_batch(ok, failed), failed, started)
    if progress:
        progress(report, [f for f, _ in failed])


def code(paths: Sequence[str], options: Options | None = None, *, cluster: str | Cluster = "local",
         default_date: str | None = None) -> Iterator[tuple[CodedArticle | Failure, str]]:
    """`code` on a cluster: every result in input order, tagged "read" (could not be read) or "code"."""
    options = options or default_options()
    running = Cluster(cluster) if isinstance(cluster, str) else cluster
    try:
        for _task, result in results(paths, options, running, default_date=default_date):
            yield from result.items
    finally:
        if isinstance(cluster, str):
            running.close()

