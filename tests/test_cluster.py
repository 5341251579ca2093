"""ingest --cluster on Dask: the same articles, incidents and sources as one process, even when a worker is killed
mid-run; the plan cuts JSON Lines and WARC files into tasks that read exactly what read_inputs reads."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from seedutil import SHARED, need

from eventwire import cluster
from eventwire.ingest import ingest
from eventwire.options import Options
from eventwire.read import read_inputs
from eventwire.store import open_store

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
#: MUC-4 texts coded with the samples: "a few hundred", enough for many tasks on two workers
MUC4_TEXTS = 200
#: articles a task in these tests: small, so a run has a dozen tasks and a killed worker always has some in hand
TASK_ARTICLES = 20
#: articles a write: small, so the first commit (when the test kills a worker) comes early in the run
BATCH_ARTICLES = 40
CONFIG = f"[cluster]\ntask_articles = {TASK_ARTICLES}\n\n[store]\nbatch_size = {BATCH_ARTICLES}\n"


def _options() -> Options:
    return Options.load(overrides={"cluster": {"task_articles": TASK_ARTICLES}, "store": {"batch_size": BATCH_ARTICLES}})


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The samples and the first MUC-4 texts as one JSON Lines file (dated: MUC-4's dateline dates them)."""
    source = need(SHARED / "data" / "muc4" / "doc_dev.jsonl")
    folder = tmp_path_factory.mktemp("inputs")
    with open(source, encoding="utf-8") as fh:
        lines = [json.loads(line) for _, line in zip(range(MUC4_TEXTS), fh)]
    train = need(SHARED / "data" / "muc4" / "doc_train.jsonl")
    with open(train, encoding="utf-8") as fh:
        lines += [json.loads(line) for _, line in zip(range(MUC4_TEXTS - len(lines)), fh)]
    path = folder / "muc4.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")
    return [str(SAMPLES), str(path)]


def snapshot(db: str) -> dict[str, list]:
    """What must match: articles (id, origin, incidents), incidents with their fields and source count, and which
    reports (sources) each incident holds."""
    with open_store(db, create=False) as store:
        articles = store._all("SELECT id, origin, n_incidents FROM articles ORDER BY id")
        incidents = store._all("SELECT id, date, country, admin1, location, event_type, killed_best, wounded_best, "
                               "n_sources FROM incidents ORDER BY id")
        reports = store._all("SELECT id, incident_id, article_id FROM reports ORDER BY id")
    return {"articles": articles, "incidents": incidents, "reports": reports}


@pytest.fixture(scope="module")
def single(inputs, tmp_path_factory) -> dict[str, list]:
    db = str(tmp_path_factory.mktemp("single") / "one.db")
    with open_store(db, _options()) as store:
        report = ingest(inputs, store, _options(), workers=1)
    assert report.failed == 0 and report.stored == report.read > MUC4_TEXTS
    return snapshot(db)


@pytest.mark.slow
def test_ingest_on_two_local_workers_stores_what_one_process_stores(inputs, single, tmp_path: Path):
    db = str(tmp_path / "two.db")
    config = tmp_path / "small_tasks.toml"
    config.write_text(CONFIG, encoding="utf-8")
    cli = [sys.executable, "-m", "eventwire", "ingest", *inputs, "--db", db, "--cluster", "local:2", "--quiet",
           "--json", "--config", str(config)]
    done = subprocess.run(cli, check=False, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["stored"] == len(single["articles"]) and report["failed"] == 0
    assert snapshot(db) == single
    # a second run codes and stores nothing again
    again = subprocess.run(cli, check=False, capture_output=True, text=True, timeout=1800)
    assert again.returncode == 0, again.stderr[-2000:]
    assert json.loads(again.stdout)["stored"] == 0 and snapshot(db) == single


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(inputs, single, tmp_path: Path):
    db = str(tmp_path / "killed.db")
    options = _options()
    killed: list[int] = []
    with cluster.Cluster("local:2") as running, open_store(db, options) as store:
        before = running.worker_pids()

        def kill_one_after_the_first_commit(report, failures) -> None:
            if not killed:
                pid = min(before.values())
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        report = cluster.ingest(inputs, store, options, kill_one_after_the_first_commit, cluster=running, db=db)
        after = running.worker_pids()
    assert killed and killed[0] not in after.values()  # the worker was really lost (and replaced by its nanny)
    assert report.failed == 0
    got = snapshot(db)
    assert got == single
    assert len({a["id"] for a in got["articles"]}) == len(got["articles"])  # nothing stored twice


def test_plan_cuts_jsonl_by_lines_and_warc_by_records_reading_what_one_process_reads(tmp_path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    options = Options.load(overrides={"cluster": {"task_articles": 2}})
    jsonl = tmp_path / "feed.jsonl"
    rows = [{"id": f"r{i}", "text": f"Gunmen killed {i + 2} people in Kidal on Monday.", "date": "2024-03-04"}
            for i in range(5)]
    lines = [json.dumps(rows[0]), "", json.dumps(rows[1]), "not json", json.dumps(rows[2]), json.dumps(rows[3]),
             json.dumps(rows[4])]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    html = (SAMPLES / "005_page.html").read_bytes()
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        for i in range(5):
            writer.write_record(writer.create_warc_record(f"https://news.example.org/{i}", "response",
                                                          payload=io.BytesIO(html), http_headers=headers))
    paths = [str(SAMPLES), str(jsonl), str(warc), str(tmp_path / "missing.txt")]
    tasks = list(cluster.plan(paths, options))
    mine = [(t.kind, t.files[0]) for t in tasks if isinstance(t, cluster.Task) and t.files[0] in (str(jsonl), str(warc))]
    assert mine == [("jsonl", str(jsonl))] * 3 + [("warc", str(warc))] * 3  # 6 lines (one not JSON), 5 records
    assert not isinstance(tasks[-1], cluster.Task) and "missing.txt" in tasks[-1].origin
    planned = []
    for t in tasks:
        planned.extend(cluster.read_task(t, options) if isinstance(t, cluster.Task) else [t])
    expected = list(read_inputs(paths, options))
    assert [(getattr(x, "origin", None), getattr(x, "reason", None), getattr(x, "content_hash", None))
            for x in planned] == [(getattr(x, "origin", None), getattr(x, "reason", None),
                                   getattr(x, "content_hash", None)) for x in expected]
    # the line numbers of the shards are the file's: the bad line is line 4
    assert any(getattr(x, "origin", "") == f"{jsonl}:4" for x in planned)


def test_a_worker_does_not_code_again_what_is_stored_title_only_pages_included(tmp_path: Path):
    # a page coded from its headline is stored with the headline as its first paragraph (pipeline.titled): the
    # worker's pre-check must know it by that text, as the writer does, or it codes it again on every re-run
    options = Options.load(use_env=False)
    rows = [{"id": "login", "title": "4 people hurt in east Tulsa shooting Friday", "date": "2016-03-08",
             "text": "Almost done! Open the link we mailed you to confirm your account, then sign in again."},
            {"id": "plain", "date": "2024-03-04", "text": "Gunmen killed 4 people in Kidal on Monday."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "w.db")
    with open_store(db, options) as store:
        assert ingest([str(feed)], store, options, workers=1).stored == 2
    task = next(t for t in cluster.plan([str(feed)], options) if isinstance(t, cluster.Task))
    result = cluster.run_task(task, options.to_dict(), None, db)
    assert (result.already_stored, result.items) == (2, [])
    fresh = cluster.run_task(task, options.to_dict(), None, str(tmp_path / "empty.db"))
    assert fresh.already_stored == 0 and [stage for _, stage in fresh.items] == ["code", "code"]


def test_cluster_specs_and_standard_input_are_clear_errors():
    assert cluster.parse_spec("local") == ("local", None)
    assert cluster.parse_spec("local:2") == ("local", 2)
    assert cluster.parse_spec("tcp://10.0.0.5:8786") == ("tcp", None)
    for bad in ("local:0", "local:x", "remote", "tcp://"):
        with pytest.raises(cluster.ClusterError, match="--cluster"):
            cluster.parse_spec(bad)
    with pytest.raises(cluster.ClusterError, match="standard input"):
        list(cluster.plan(["-"]))


@pytest.mark.slow
def test_code_on_a_running_scheduler_by_its_address_matches_a_local_run():
    """`--cluster tcp://HOST:PORT`: a scheduler started apart (here a LocalCluster's, as `dask scheduler` would be)."""
    from distributed import LocalCluster

    from eventwire.ingest import code_guarded
    from eventwire.records import Article

    options = Options.load()
    local = [(c.article.origin, len(c.incidents)) for c in code_guarded(
        [a for a in read_inputs([str(SAMPLES)], options) if isinstance(a, Article)], options)]
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0", scheduler_port=0,
                      host="127.0.0.1") as scheduler:
        results = list(cluster.code([str(SAMPLES)], options, cluster=scheduler.scheduler_address))
    assert [(c.article.origin, len(c.incidents)) for c, stage in results] == local
    assert {stage for _, stage in results} == {"code"}
