"""Benchmark: articles per second per core for `code`, next to spaCy's own parse time of the same texts.

Usage: python bench/bench_code.py [--limit 500] [--json OUT] [--mixed] [--suite [--coding-only]] [--stages]

Reads the MUC-4 texts (../shared/data/muc4/doc_train.jsonl and doc_dev.jsonl, real wire reports), codes them
with eventwire on one core, and parses the same texts with the bare spaCy pipeline. Targets (issue 2):
>= 10 articles/s/core, and eventwire's total time <= 1.5x spaCy's parse time.

--mixed (issue 20) codes a stream like real input instead: the real web pages (../shared/data/web, mostly not about
conflict), GVA local news articles and MUC-4 texts in equal shares, twice, with the learned relevance (article gate
and act filter) on and off, and reports both rates, the time the gate and the act filter took (ms per article) and
how many articles the gate kept from the parse.

--suite (issue 18, `make bench`) measures everything the scale targets name, side by side in one run, each next to
spaCy's own parse of the same texts with the same components (parse.exclude left out, as eventwire loads it):
(a) conflict-only: MUC-4 texts; (b) a mixed stream with about 10% conflict (see mixed_stream); (c) Dask with 1 and 2
local workers on the same MUC-4 texts (rate, speed-up, peak RSS of each worker); (d) ingest into SQLite and into
PostgreSQL of the articles already coded in (a) (the store's own rate: dedupe and writes, no coding). (a) and (b) are
each coded three times, with the shipped relevance cascade, as `before_minilm_only` with MiniLM judging every article
and act (the gate before the cheap models), and as `before_word_guard_only` with session 11's cascade (every strong
trigger word lifts a sure negative to MiniLM), with the time the gate and the act filter took in each; the mixed
stream's CPU is also told by what becomes of each article (by_class). Peak RSS of this process is reported, and that
of a fresh process that only codes (worker_rss: what a worker holds). Targets: (a) >= 12 articles/s/core at <= 1.2x
the parse; (b) >= 50 articles/s/core; (c) 2 workers >= 1.7x one, <= 1.5 GB RSS a worker.

--stages (issue 18, session 10) reports the CPU time of each stage of the pipeline (exclusive: a stage called inside
another is counted once), on --limit MUC-4 texts and as many GVA articles, with the relevance models off.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target is per core

REPO = Path(__file__).resolve().parent.parent
MUC4 = REPO.parent / "shared" / "data" / "muc4"


def load_texts(limit: int) -> list[dict]:
    docs: list[dict] = []
    for name in ("doc_dev.jsonl", "doc_train.jsonl"):
        path = MUC4 / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                docs.append(json.loads(line))
                if len(docs) >= limit:
                    return docs
    return docs


@contextmanager
def relevance_timed(clock: Callable[[], float]) -> Iterator[dict]:
    """Within the block, pipeline.gate (the trigger scan and the article gate) and pipeline.act_filter are timed with
    `clock` on runs with relevance enabled: the dict yielded collects their seconds ("gate", "act") and the articles
    the gate kept ("kept")."""
    from eventwire import pipeline

    spent = {"gate": 0.0, "act": 0.0, "kept": 0}
    gate, act = pipeline.gate, pipeline.act_filter

    def timed_gate(chunk, opts):
        t = clock()
        out = gate(chunk, opts)
        if opts.relevance.enabled:
            spent["gate"] += clock() - t
            spent["kept"] += sum(out)
        return out

    def timed_act(incidents, chunk, opts):
        t = clock()
        out = act(incidents, chunk, opts)
        spent["act"] += clock() - t
        return out

    pipeline.gate, pipeline.act_filter = timed_gate, timed_act
    try:
        yield spent
    finally:
        pipeline.gate, pipeline.act_filter = gate, act


def mixed(limit: int) -> dict:
    """Rates on a mixed stream with relevance on and off, and the cost of the relevance models."""
    from eventwire import pipeline
    from eventwire.evaluate import web
    from eventwire.options import Options
    from eventwire.read import _json_article
    from eventwire.records import Article

    share = max(1, limit // 3)
    off = Options.load(overrides={"relevance": {"enabled": False}})
    on = Options.load()
    pages = [a for _, a in web.articles(web.load(REPO.parent / "shared" / "data" / "web"), off)
             if isinstance(a, Article)][:share]
    with open(REPO.parent / "shared" / "data" / "gva" / "articles.jsonl", encoding="utf-8") as fh:
        gva = [json.loads(line) for _, line in zip(range(share), fh)]
    local = [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r["date"]) for r in gva if r["text"]]
    muc = [_json_article(d, f"muc4:{d['docid']}", off, "1990-01-01") for d in load_texts(share)]
    stream = [a for trio in zip(pages, local, muc) for a in trio]
    list(pipeline.code_articles(stream[:6], on))  # load every model before timing
    with relevance_timed(time.perf_counter) as spent:  # the relevance-on run only
        result: dict[str, object] = {"stream": f"{len(pages)} web pages + {len(local)} GVA articles + {len(muc)} MUC-4 texts"}
        for name, options in (("relevance_off", off), ("relevance_on", on)):
            started = time.perf_counter()
            incidents = sum(len(c.incidents) for c in pipeline.code_articles(stream, options))
            seconds = time.perf_counter() - started
            result[name] = {"seconds": round(seconds, 2), "articles_per_second_per_core": round(len(stream) / seconds, 1),
                            "incidents": incidents}
    result["gate_ms_per_article"] = round(1000 * spent["gate"] / len(stream), 1)
    result["act_filter_ms_per_article"] = round(1000 * spent["act"] / len(stream), 1)
    result["articles_past_gate"] = f"{spent['kept']}/{len(stream)}"
    return result


#: the mixed stream's share of articles that report conflict (issue 18: "about 10%")
MIXED_CONFLICT_SHARE = 0.10
#: MUC-4 texts coded by each Dask run of the suite: enough for several tasks a worker, few enough to keep make bench
#: within minutes on a laptop
DASK_TEXTS = 120


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports ru_maxrss in KB)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def spacy_seconds(texts: list[str], options) -> float:
    """spaCy's own parse of `texts` with the components eventwire loads (parse.exclude left out), timed alone: spaCy's
    own components, so its attribute ruler where eventwire applies the same rules faster (parse.AttributeRules)."""
    nlp = _spacy_pipeline(options.parse.model, tuple(options.parse.exclude))
    list(nlp.pipe(texts[:4]))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=options.parse.batch_size):
        pass
    return time.perf_counter() - started


@functools.lru_cache(maxsize=2)
def _spacy_pipeline(model: str, exclude: tuple[str, ...]):
    import spacy

    return spacy.load(model, exclude=list(exclude))


def spacy_cpu_seconds(texts: list[str], options) -> float:
    """spacy_seconds in this process's CPU time."""
    started = time.process_time()
    spacy_seconds(texts, options)
    return time.process_time() - started


def mixed_stream(limit: int) -> tuple[list, str]:
    """About 10% conflict: the conflict side is MUC-4 texts with a template, the web pages whose gold holds an
    incident and GVA articles (in turn); the rest is the web pages whose gold is empty and the MUC-4 texts with no
    template (in turn, up to `limit` articles in all). Conflict articles are spread evenly through the stream."""
    import bench_prefilter as sets

    from eventwire.records import Article

    rest_web, rest_muc = sets.web(False), sets.muc4(False)
    rest = [x for pair in zip(rest_web, rest_muc[: len(rest_web)]) for x in pair] + rest_muc[len(rest_web):]
    rest = rest[: max(1, int(limit * (1 - MIXED_CONFLICT_SHARE)))]
    n_conflict = max(1, round(len(rest) * MIXED_CONFLICT_SHARE / (1 - MIXED_CONFLICT_SHARE)))
    pools = [sets.muc4(True), sets.web(True), sets.gva()]
    conflict = [pool[i] for i in range(n_conflict) for pool in pools if i < len(pool)][:n_conflict]
    conflict_ids = {x[0] for x in conflict}
    step = max(1, len(rest) // max(1, len(conflict)))
    stream: list[tuple[str, str | None, str]] = []
    for i, item in enumerate(rest):
        stream.append(item)
        if i % step == step - 1 and conflict:
            stream.append(conflict.pop(0))
    stream.extend(conflict)
    articles = [Article(id=i, text=text, title=title, published="1990-01-01" if i.startswith("muc4:") else None)
                for i, title, text in stream]
    n_c = sum(1 for i, _, _ in stream if i in conflict_ids)
    about = (f"{len(articles)} articles, {n_c} with a gold incident ({100 * n_c / len(articles):.0f}%): conflict = "
             f"MUC-4 with a template, web pages with an incident, GVA; rest = {len(rest)} web pages without an incident "
             f"and MUC-4 texts without a template")
    return articles, about


def coding_rate(articles: list, options) -> dict:
    """Articles per second coding `articles` (wall clock, and per CPU second of this process: on a machine other
    jobs load, the CPU time is the code's own cost), with the CPU time the scan and article gate and the act filter
    took."""
    from eventwire import pipeline, relevance

    relevance.forget()  # every run pays for its own MiniLM scores
    with relevance_timed(time.process_time) as spent:
        started, cpu = time.perf_counter(), time.process_time()
        incidents = sum(len(c.incidents) for c in pipeline.code_articles(articles, options))
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    return {"articles": len(articles), "incidents": incidents, "seconds": round(seconds, 2),
            "articles_per_second_per_core": round(len(articles) / seconds, 1),
            "cpu_seconds": round(cpu_seconds, 2),
            "articles_per_cpu_second": round(len(articles) / cpu_seconds, 1),
            "past_scan_and_gate": spent["kept"],
            "gate_and_scan_cpu_ms_per_article": round(1000 * spent["gate"] / len(articles), 1),
            "act_filter_cpu_ms_per_article": round(1000 * spent["act"] / len(articles), 1)}


#: the relevance settings of the gate before the cascade (MiniLM judges every article and act), run next to the
#: shipped cascade in the same suite run so that before and after are measured side by side
MINILM_ONLY = {"cheap_article_below": 0.0, "cheap_article_above": 1.0, "cheap_act_below": 0.0, "cheap_act_above": 1.0}
#: the cascade as session 11 left it (issue 18, session 12): every strong trigger word lifts a sure negative to MiniLM,
#: however the windows of the text read (relevance.cheap_gate_scores); run next to the shipped settings
WORD_GUARD_ONLY = {"cheap_window_below": 0.0}


def side_by_side(articles: list, options, before, guarded) -> dict:
    """coding_rate with the shipped settings, as `before_minilm_only` with MiniLM judging everything and as
    `before_word_guard_only` with session 11's cascade (`guarded`); and spaCy's parse of the same texts."""
    result = coding_rate(articles, options)
    result["before_minilm_only"] = coding_rate(articles, before)
    result["before_word_guard_only"] = coding_rate(articles, guarded)
    started = time.perf_counter()
    result["spacy_parse_cpu_seconds"] = round(spacy_cpu_seconds([a.text for a in articles], options), 2)
    result["spacy_parse_seconds"] = round(time.perf_counter() - started, 2)
    for figures in (result, result["before_minilm_only"], result["before_word_guard_only"]):
        figures["ratio_to_spacy_parse"] = round(figures["seconds"] / result["spacy_parse_seconds"], 2)
        figures["cpu_ratio_to_spacy_parse"] = round(figures["cpu_seconds"] / result["spacy_parse_cpu_seconds"], 2)
    return result


def by_class(articles: list, options) -> dict:
    """Where the CPU goes, by what becomes of each article: turned away by the trigger scan, skipped by the cheap
    gate (a sure negative), turned away by MiniLM, or coded. Each article is coded alone (no batching across
    articles, so a little dearer than coding_rate) and classed by the gate's own functions afterwards."""
    from eventwire import pipeline, prefilter, relevance

    relevance.forget()
    spent: dict[str, list[float]] = {}
    for article in articles:
        started = time.process_time()
        list(pipeline.code_articles([article], options))
        cpu = time.process_time() - started
        item = [(article.title, article.text)]
        if not prefilter.gate([article], options)[0]:
            name = "trigger_scan"
        elif relevance.cheap_gate_scores(item, options.relevance)[0] < options.relevance.cheap_article_below:
            name = "cheap_gate"
        elif not pipeline.gate([article], options)[0]:
            name = "minilm_gate"
        else:
            name = "coded"
        spent.setdefault(name, []).append(cpu)
    total = sum(sum(v) for v in spent.values())
    return {name: {"articles": len(v), "cpu_ms_per_article": round(1000 * sum(v) / len(v), 1),
                   "share_of_cpu": round(sum(v) / total, 3)} for name, v in spent.items()}


def worker_rss(limit: int) -> dict:
    """Peak RSS of a process that only codes (as an ingest or Dask worker does): the conflict-only texts and the mixed
    stream with the shipped settings, in a fresh interpreter (this process also holds the suite's second spaCy
    pipeline for the parse yardstick). Whether PyTorch was imported is told too: thinc imports it whenever it is
    installed (~480 MB), and eventwire's install leaves it out (requirements/model.txt, --no-deps)."""
    import subprocess

    out = subprocess.run([sys.executable, __file__, "--worker-rss", "--limit", str(limit)], capture_output=True,
                         text=True, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    return json.loads(out.stdout)


def _code_for_rss(limit: int) -> dict:
    from eventwire.options import default_options
    from eventwire.pipeline import code_articles
    from eventwire.read import _json_article

    options = default_options()
    muc = [_json_article(d, f"muc4:{d['docid']}", options, "1990-01-01") for d in load_texts(limit)]
    incidents = sum(len(c.incidents) for c in code_articles(muc, options))
    incidents += sum(len(c.incidents) for c in code_articles(mixed_stream(limit)[0], options))
    return {"peak_rss_mb": peak_rss_mb(), "incidents": incidents, "torch_imported": "torch" in sys.modules}


def dask_rate(path: Path, workers: int) -> dict:
    """Code the JSON Lines file `path` on a LocalCluster of `workers` single-threaded workers; the pipeline is loaded
    in each worker by a first warm-up task before the clock starts."""
    from eventwire import cluster
    from eventwire.options import Options

    options = Options.load(overrides={"cluster": {"task_articles": 10}})
    with cluster.Cluster(f"local:{workers}") as running:
        running.client.run(_warm)
        started = time.perf_counter()
        n = sum(1 for item, stage in cluster.code([str(path)], options, cluster=running) if stage == "code")
        seconds = time.perf_counter() - started
        rss = running.client.run(_rss_mb)
    return {"workers": workers, "articles": n, "seconds": round(seconds, 2),
            "articles_per_second": round(n / seconds, 1), "worker_rss_mb": sorted(rss.values())}


def _warm() -> None:
    from eventwire.pipeline import code_text

    code_text("Gunmen killed four people in Kirkuk on Sunday, police said.", "2024-01-01")


def _rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


def store_rate(coded: list, db: str, options) -> dict:
    """Ingest already coded articles (the coder hands back the stored codings): the store's own rate."""
    from eventwire.ingest import ingest_items
    from eventwire.store import open_store

    by_id = {c.article.id: c for c in coded}

    def replay(articles, _options):
        return (by_id[a.id] for a in articles)

    with open_store(db, options) as store:
        report = ingest_items([c.article for c in coded], store, options, coder=replay)
    return {"articles": report.stored, "incidents": report.new_incidents, "merged": report.merged,
            "seconds": round(report.seconds, 2), "articles_per_second": round(report.articles_per_s, 1)}


def suite(limit: int, coding_only: bool = False) -> dict:
    import tempfile

    from eventwire.options import Options, default_options
    from eventwire.pipeline import code_articles
    from eventwire.read import _json_article

    options = default_options()
    before = Options.load(overrides={"relevance": MINILM_ONLY})
    guarded = Options.load(overrides={"relevance": WORD_GUARD_ONLY})
    docs = load_texts(limit)
    muc = [_json_article(d, f"muc4:{d['docid']}", options, "1990-01-01") for d in docs]
    list(code_articles(muc[:5], options))  # load every model before timing
    list(code_articles(muc[:5], before))
    result: dict = {"cores": os.cpu_count(), "note": "per core = one process, OMP_NUM_THREADS=1"}
    result["worker_rss"] = worker_rss(limit)
    _progress("worker_rss", result["worker_rss"])
    conflict = side_by_side(muc, options, before, guarded)
    result["conflict_only_muc4"] = conflict
    _progress("conflict_only_muc4", conflict)
    stream, about = mixed_stream(limit)
    mixed = side_by_side(stream, options, before, guarded)
    mixed["stream"] = about
    mixed["cpu_by_class"] = by_class(stream, options)
    mixed["before_word_guard_only"]["cpu_by_class"] = by_class(stream, guarded)
    result["mixed_10pct_conflict"] = mixed
    _progress("mixed_10pct_conflict", mixed)
    result["peak_rss_mb_this_process"] = peak_rss_mb()
    if coding_only:
        return result
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        texts = Path(tmp) / "muc4.jsonl"
        texts.write_text("".join(json.dumps(d) + "\n" for d in docs[:DASK_TEXTS]), encoding="utf-8")
        one, two = dask_rate(texts, 1), dask_rate(texts, 2)
        result["dask"] = {"one_worker": one, "two_workers": two,
                          "speedup": round(two["articles_per_second"] / one["articles_per_second"], 2)}
        _progress("dask", result["dask"])
        coded = list(code_articles(muc, options))
        result["ingest_sqlite"] = store_rate(coded, str(Path(tmp) / "bench.db"), options)
        result["ingest_postgres"] = _postgres_rate(coded, options)
    return result


#: the functions --stages times, as (module, attribute): each stage of pipeline.code_articles and the costly parts of
#: the geo stage; the time of a stage called inside another is the inner one's only (exclusive times)
STAGES = (("pipeline", "gate"), ("pipeline", "act_filter"), ("pipeline", "prepare"), ("parse", "recase"),
          ("parse", "people"), ("detect", "find_incidents"), ("extract", "code_drafts"), ("extract", "with_models"),
          ("extract", "_with_ranked_roles"), ("extract", "with_place"), ("geo.locate", "_article_countries"),
          ("geo.locate", "_locate_in"), ("types_model", "retype"))
#: generators timed one item at a time: the spaCy parse (parse_many) and the role tagger
STAGE_GENERATORS = (("parse", "parse_many"), ("roles", "tag_roles_near"))


def stages(limit: int) -> dict:
    """Exclusive CPU ms an article of each stage (STAGES) coding `limit` MUC-4 texts and `limit` GVA articles with the
    relevance models off (their cost is the relevance work's; the suite reports it), no profiler overhead."""
    import importlib

    from eventwire import pipeline
    from eventwire.options import Options
    from eventwire.read import _json_article
    from eventwire.records import Article

    options = Options.load(overrides={"relevance": {"enabled": False}})
    muc = [_json_article(d, f"muc4:{d['docid']}", options, "1990-01-01") for d in load_texts(limit)]
    with open(REPO.parent / "shared" / "data" / "gva" / "articles.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(limit), fh)]
    gva = [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r["date"]) for r in rows if r["text"]]
    spent: dict[str, float] = {}
    stack: list[list] = []  # [name, started, inner seconds]

    def enter(name: str) -> None:
        stack.append([name, time.process_time(), 0.0])

    def leave() -> None:
        name, started, inner = stack.pop()
        total = time.process_time() - started
        spent[name] = spent.get(name, 0.0) + total - inner
        if stack:
            stack[-1][2] += total

    def timed(name: str, func: Callable) -> Callable:
        def run(*args, **kwargs):
            enter(name)
            try:
                return func(*args, **kwargs)
            finally:
                leave()
        return run

    def timed_items(name: str, func: Callable) -> Callable:
        def run(*args, **kwargs):
            items = func(*args, **kwargs)
            while True:
                enter(name)
                try:
                    item = next(items)
                except StopIteration:
                    return
                finally:
                    leave()
                yield item
        return run

    patched = []
    for (module_name, attr), wrap in [(s, timed) for s in STAGES] + [(s, timed_items) for s in STAGE_GENERATORS]:
        module = importlib.import_module(f"eventwire.{module_name}")
        patched.append((module, attr, getattr(module, attr)))
        setattr(module, attr, wrap(f"{module_name}.{attr}", getattr(module, attr)))
    try:
        list(pipeline.code_articles(muc[:3] + gva[:3], options))  # load every model before timing
        spent.clear()
        started = time.process_time()
        enter("the rest")
        for _ in pipeline.code_articles(muc + gva, options):
            pass
        leave()
        total = time.process_time() - started
    finally:
        for module, attr, func in patched:
            setattr(module, attr, func)
    n = len(muc) + len(gva)
    return {"articles": n, "cpu_ms_per_article": round(1000 * total / n, 1),
            "stages_cpu_ms_per_article": {k: round(1000 * v / n, 1)
                                          for k, v in sorted(spent.items(), key=lambda kv: -kv[1])}}


def _progress(name: str, value: dict) -> None:
    """Each section's figures on stderr as soon as they are measured (a long run interrupted still told them)."""
    print(json.dumps({name: value}), file=sys.stderr, flush=True)


def _postgres_rate(coded: list, options) -> dict:
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from conftest import PG_BIN, PostgresServer
    except ImportError as exc:
        return {"skipped": f"cannot start PostgreSQL ({exc})"}
    if not (PG_BIN / "initdb").exists():
        return {"skipped": f"no PostgreSQL binaries in {PG_BIN}"}
    server = PostgresServer()
    try:
        return store_rate(coded, server.create_database(), options)
    finally:
        server.stop()


def _emit(result: dict, path: Path | None) -> int:
    """Print a figure set as JSON, and write it to `path` when given; the exit status of a finished run."""
    print(json.dumps(result, indent=2))
    if path:
        path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--mixed", action="store_true", help="a mixed real stream, relevance on and off")
    parser.add_argument("--suite", action="store_true", help="every scale figure of issue 18 in one run")
    parser.add_argument("--coding-only", action="store_true",
                        help="with --suite: only (a) and (b), the coding rates (no Dask, no ingest)")
    parser.add_argument("--worker-rss", action="store_true",
                        help="code --limit MUC-4 texts and the mixed stream, print this process's peak RSS (JSON)")
    parser.add_argument("--stages", action="store_true",
                        help="CPU time of each pipeline stage on --limit MUC-4 texts and --limit GVA articles, "
                             "relevance off")
    args = parser.parse_args()
    if args.worker_rss:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        print(json.dumps(_code_for_rss(args.limit)))
        return 0
    if args.stages:
        result = stages(args.limit)
        return _emit(result, args.json)
    if args.suite:
        if not MUC4.exists():
            print(f"skipped: {MUC4} not found", file=sys.stderr)
            return 0
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        result = suite(args.limit, args.coding_only)
        return _emit(result, args.json)
    if args.mixed:
        result = mixed(args.limit)
        return _emit(result, args.json)
    docs = load_texts(args.limit)
    if not docs:
        print(f"skipped: {MUC4} not found", file=sys.stderr)
        return 0

    import spacy

    from eventwire.options import default_options
    from eventwire.pipeline import code_articles
    from eventwire.read import _json_article  # the JSONL reader's own record conversion

    options = default_options()
    nlp = spacy.load(options.parse.model)  # spaCy's own full pipeline, as shipped, is the yardstick
    articles = [_json_article(d, f"muc4:{d['docid']}", options, "1990-01-01") for d in docs]
    words = sum(len(a.text.split()) for a in articles)
    warm = list(code_articles(articles[:5], options))  # load lexicons, gazetteer and tables before timing
    del warm

    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=options.parse.batch_size):
        pass
    spacy_seconds = time.perf_counter() - started

    started = time.perf_counter()
    incidents = sum(len(c.incidents) for c in code_articles(articles, options))
    eventwire_seconds = time.perf_counter() - started

    result = {
        "articles": len(articles),
        "words": words,
        "incidents": incidents,
        "spacy_parse_seconds": round(spacy_seconds, 2),
        "eventwire_seconds": round(eventwire_seconds, 2),
        "articles_per_second_per_core": round(len(articles) / eventwire_seconds, 1),
        "ratio_to_spacy_parse": round(eventwire_seconds / spacy_seconds, 2),
    }
    for key, value in result.items():
        print(f"{key:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
