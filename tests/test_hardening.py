"""Issue 16: no input, option or file crashes eventwire, hangs it, or loses what is stored.

One test (or a few) per item of the issue, numbered as there; each failed on the code before the fix. CLI checks
run `python -m eventwire` in a subprocess, as a user would, and require one-line errors and no traceback.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import ConfigError, EventwireError, StoreError
from eventwire.options import Options
from eventwire.read import read_inputs, read_path, read_text
from eventwire.records import Article, CodedArticle, Failure
from eventwire.store import IncidentFilter, open_store

from test_store import kirkuk_batch

REPO = Path(__file__).resolve().parent.parent
GOOD = "date 2022-12-18 Gunmen killed 9 police officers in Kirkuk on Sunday."


def _cli(*args: str, stdin: bytes | None = None, timeout: int = 300, cwd: Path | None = None):
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_DEBUG"}
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True,
                          timeout=timeout, env=env, cwd=cwd)


def _one_line_error(result, *needles: str) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "internal error" not in err, err
    assert any(all(n in line for n in needles) for line in err.splitlines()), err
    return err


def _opts(**sections) -> Options:
    return Options.load(overrides=sections, use_env=False)


@pytest.fixture
def filled_db(tmp_path) -> str:
    path = str(tmp_path / "events.db")
    store = open_store(path)
    store.write_batch(kirkuk_batch())
    store.close()
    return path


def _split(results):
    return ([r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Failure)])


# -- 1. export -o over the database -------------------------------------------------------------------------------
def test_01_export_refuses_to_write_over_its_own_database(filled_db):
    before = Path(filled_db).read_bytes()
    result = _cli("export", "-f", "jsonl", "--db", filled_db, "-o", filled_db)
    assert result.returncode == 2
    _one_line_error(result, filled_db, "database itself")
    assert Path(filled_db).read_bytes() == before
    store = open_store(filled_db, create=False)
    assert len(store.incidents()) == 2
    store.close()


# -- 2. dates 9999-12-31 and year 1 ----------------------------------------------------------------------------
def test_02_out_of_range_dates_are_ignored_with_a_note_in_every_format(tmp_path):
    (tmp_path / "far.txt").write_text("date 9999-12-31 Gunmen killed 9 police officers in Kirkuk.", encoding="utf-8")
    (tmp_path / "old.txt").write_text("date 0001-01-01 A bomb killed 3 soldiers in Tikrit.", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"id": "j", "text": "A bomb killed 2 in Mosul.",
                                                      "date": "9999-12-31"}) + "\n", encoding="utf-8")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title>'
        "<link>https://e.org/1</link><pubDate>Fri, 31 Dec 9999 10:00:00 GMT</pubDate>"
        "<description>Gunmen killed 4 villagers in Gao.</description></item></channel></rss>", encoding="utf-8")
    arts, fails = _split(list(read_inputs([str(tmp_path)])))
    assert not fails and len(arts) == 4
    for a in arts:
        assert a.published is None or a.published < "9999", a
    assert any("not a plausible publication date" in n for a in arts for n in a.notes)


def test_02_a_far_future_article_does_not_sink_its_ingest_batch(tmp_path):
    from eventwire.ingest import ingest

    (tmp_path / "far.txt").write_text("date 9999-12-31 Gunmen killed 9 police officers in Kirkuk.", encoding="utf-8")
    (tmp_path / "old.txt").write_text("date 0001-01-01 A bomb killed 3 soldiers in Tikrit on Sunday.", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    store = open_store(str(tmp_path / "x.db"))
    report = ingest([str(tmp_path)], store, _opts())
    assert report.failed == 0, report.failures
    assert report.stored == 3 and store.counts()["articles"] == 3
    store.close()


# -- 3. JSONL metadata that is an object or a list --------------------------------------------------------------
def test_03_newsapi_objects_in_source_title_url_are_read(tmp_path):
    line = {"source": {"id": "bbc-news", "name": "BBC News"}, "title": ["Attack", "in Gao"], "url": {"href": "x"},
            "publishedAt": "2023-05-09T10:00:00Z", "content": "Gunmen killed 4 villagers in Gao on Monday.",
            "id": {"odd": 1}}
    path = tmp_path / "newsapi.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (a,) = read_path(path)
    assert isinstance(a, Article), a
    assert (a.source, a.title, a.url, a.published) == ("BBC News", "Attack; in Gao", "x", "2023-05-09")
    store = open_store(str(tmp_path / "x.db"))
    result = store.write_batch([CodedArticle(a, ())])
    assert result.articles == 1
    store.close()


# -- 4. symbolic-link loops -------------------------------------------------------------------------------------
def test_04_symlink_loops_neither_hang_nor_repeat(tmp_path):
    top = tmp_path / "news"
    (top / "a" / "b").mkdir(parents=True)
    (top / "a" / "story.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(top / "a", top / "a" / "b" / "loop1")   # a -> b -> loop1 -> a
    os.symlink(top, top / "a" / "loop2")                # a second loop, to the top
    os.symlink(top / "a" / "story.txt", top / "again.txt")  # the same file under a second name
    code = ("import sys; from eventwire.read import read_inputs; "
            f"r = list(read_inputs([{str(top)!r}])); print(len(r), sum(1 for x in r if hasattr(x, 'text')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]


# -- 5. huge articles and deep JSON ------------------------------------------------------------------------------
def test_05_an_article_over_a_million_characters_is_cut_with_a_notice_and_coded():
    from eventwire.ingest import code_guarded

    big = "date 2020-01-05 " + "Gunmen killed 9 police officers in Kirkuk on Sunday. " * 20000 + "\n\nThe end."
    assert len(big) > 1_000_000
    a = read_text(big)
    assert len(a.text) <= 100_000 and any("cut to its first" in n for n in a.notes)
    small = _opts(read={"max_chars": 5000})
    a = read_text(big, options=small)
    (coded,) = list(code_guarded([a], small))
    assert isinstance(coded, CodedArticle) and coded.incidents


def test_05_the_default_cut_keeps_spacy_within_its_limit():
    options = _opts()
    assert options.read.max_chars <= 1_000_000 and options.parse.max_chars <= 1_000_000
    with pytest.raises(ConfigError):
        _opts(read={"max_chars": 2_000_000})


def test_05_json_nested_100000_deep_is_one_failure(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                    + json.dumps({"id": "ok", "text": "A bomb killed 2 in Mosul.", "date": "2020-01-02"}) + "\n",
                    encoding="utf-8")
    arts, fails = _split(list(read_path(path)))
    assert [a.id for a in arts] == ["ok"]
    assert len(fails) == 1 and fails[0].origin.endswith("deep.jsonl:1") and "nested too deeply" in fails[0].reason


def test_05_an_article_over_its_time_limit_fails_alone():
    import time

    from eventwire.ingest import code_guarded

    def slow_on_b(articles, options):
        for a in articles:
            if a.id == "b":
                time.sleep(30)
            yield CodedArticle(a, ())

    arts = [Article(id=k, text=f"text {k}", origin=f"{k}.txt") for k in "abc"]
    started = time.monotonic()
    out = list(code_guarded(arts, _opts(limits={"article_seconds": 1.0}), coder=slow_on_b))
    assert time.monotonic() - started < 15
    assert [type(x).__name__ for x in out] == ["CodedArticle", "Failure", "CodedArticle"]
    assert out[1].kind == "timeout" and out[1].origin == "b.txt" and "limits.article_seconds" in out[1].reason


# -- 6. exports: overwrite, atomicity, a mistyped --db -----------------------------------------------------------
def test_06_export_refuses_an_existing_file_without_force(filled_db, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    result = _cli("export", "-f", "jsonl", "--db", filled_db, "-o", str(out))
    assert result.returncode == 2 and out.read_text() == "keep me\n"
    _one_line_error(result, str(out), "--force")
    forced = _cli("export", "-f", "jsonl", "--db", filled_db, "-o", str(out), "--force")
    assert forced.returncode == 0 and len(out.read_text().splitlines()) == 2


def test_06_a_failed_export_leaves_the_old_file_whole_and_no_temporary(filled_db, tmp_path):
    from eventwire.export import export_to_path

    out = tmp_path / "out.csv"
    out.write_text("old,export\n", encoding="utf-8")
    store = open_store(filled_db, create=False)
    real = store.iter_incidents

    def failing(*args, **kwargs):
        yield next(real(*args, **kwargs))
        raise OSError(28, "No space left on device")

    store.iter_incidents = failing  # the disk fills after the first row
    with pytest.raises(OSError):
        export_to_path(store, "acled", str(out), force=True)
    store.close()
    assert out.read_text() == "old,export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["events.db", "out.csv"]
                                                                + [p.name for p in tmp_path.glob("events.db-*")])


def test_06_a_mistyped_db_creates_nothing_and_overwrites_nothing(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    typo = tmp_path / "evnets.db"
    result = _cli("export", "-f", "jsonl", "--db", str(typo), "-o", str(out), "--force")
    assert result.returncode == 2 and not typo.exists() and out.read_text() == "keep me\n"
    _one_line_error(result, str(typo), "no such database")


# -- 7. truncated WARC -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("cut", [0.5, 0.85])
def test_07_a_truncated_warc_names_the_cut_record(tmp_path, gz, cut):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (REPO / "samples" / "005_page.html").read_bytes()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(f"https://e.org/{i}", "response", payload=io.BytesIO(html),
                                                      http_headers=headers))
    data = buf.getvalue()
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: int(len(data) * cut)])
    arts, fails = _split(list(read_path(path)))
    assert [a.url for a in arts] == ["https://e.org/0", "https://e.org/1"][: 1 if cut == 0.5 else 2]
    assert fails and all("truncated" in f.reason or "damaged archive" in f.reason for f in fails), fails
    assert all(f.origin.startswith(str(path)) for f in fails)


# -- 8. dates given to commands ----------------------------------------------------------------------------------
@pytest.mark.parametrize("args, needle", [
    (["incidents", "--from", "1990-3-1"], "--from"),
    (["incidents", "--to", "March 1990"], "--to"),
    (["export", "-f", "jsonl", "--from", "1990-02-30"], "--from"),
])
def test_08_malformed_dates_are_refused(filled_db, args, needle):
    result = _cli(*args, "--db", filled_db)
    assert result.returncode == 2 and not result.stdout
    _one_line_error(result, needle, "YYYY-MM-DD" if "30" not in args[-1] else "not a real date")


def test_08_date_garbage_is_refused_before_reading(tmp_path):
    (tmp_path / "a.txt").write_text("Gunmen killed 9 police officers in Kirkuk.", encoding="utf-8")
    result = _cli("code", str(tmp_path / "a.txt"), "--date", "garbage")
    assert result.returncode == 2 and not result.stdout
    _one_line_error(result, "--date", "garbage")
    with pytest.raises(EventwireError, match="--date"):
        list(read_inputs([str(tmp_path)], default_date="2020-1-5"))
    store = open_store(str(tmp_path / "x.db"))
    with pytest.raises(EventwireError, match="--from"):
        store.incidents(IncidentFilter(date_from="March 1990"))
    store.close()


# -- 9. settings out of range ------------------------------------------------------------------------------------
@pytest.mark.parametrize("section, key, value", [
    ("parse", "batch_size", 0), ("dedupe", "max_days", 99999999), ("read", "max_bytes", -1),
    ("repair", "threshold", float("nan")), ("dedupe", "max_km", float("inf")), ("store", "workers", 0),
])
def test_09_settings_out_of_range_are_errors(section, key, value):
    with pytest.raises(ConfigError, match=f"{section}.{key}"):
        _opts(**{section: {key: value}})


def test_09_a_config_file_with_nan_is_refused_by_the_cli(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[repair]\nthreshold = nan\n", encoding="utf-8")
    result = _cli("code", "-", "--config", str(cfg), stdin=GOOD.encode())
    assert result.returncode == 2 and not result.stdout
    _one_line_error(result, "repair.threshold")


def test_09_every_numeric_setting_has_a_declared_range():
    from eventwire.options import ranges

    declared = ranges()
    numeric = [f"{s}.{k}" for s, kv in _opts().to_dict().items() for k, v in kv.items()
               if isinstance(v, (int, float)) and not isinstance(v, bool)]
    assert numeric and [n for n in numeric if n not in declared] == []
    assert [n for n in declared if n not in numeric] == []  # no range for a setting that is gone
    for name, (low, high) in declared.items():
        section, key = name.split(".")
        assert low <= getattr(getattr(_opts(), section), key) <= high, name


# -- 10. corrupt, foreign and missing databases ------------------------------------------------------------------
def test_10_a_corrupt_database_is_a_one_line_error(filled_db):
    data = bytearray(Path(filled_db).read_bytes())
    for i in range(4096, len(data), 997):  # scribble over every page but the header
        data[i] = (data[i] + 91) % 256
    Path(filled_db).write_bytes(bytes(data))
    for wal in Path(filled_db).parent.glob("events.db-*"):
        wal.unlink()
    for args in (["incidents"], ["failures"], ["export", "-f", "jsonl"]):
        result = _cli(*args, "--db", filled_db)
        assert result.returncode == 2, (args, result.stderr)
        _one_line_error(result, filled_db)


def test_10_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not eventwire's"):
        open_store(str(path))
    result = _cli("ingest", "-", "--db", str(path), "-q", stdin=GOOD.encode())
    assert result.returncode == 2
    _one_line_error(result, str(path), "not eventwire's")
    assert path.read_bytes() == before and not list(tmp_path.glob("other.db-*"))


def test_10_reading_commands_do_not_create_a_database(tmp_path):
    for args in (["incidents"], ["failures"], ["merge", "a", "b"], ["split", "a"]):
        typo = tmp_path / "typo.db"
        result = _cli(*args, "--db", str(typo))
        assert result.returncode == 2 and not typo.exists(), args
        _one_line_error(result, str(typo), "no such database")
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="empty file"):
        open_store(str(empty), create=False)
    with pytest.raises(StoreError, match="not an SQLite database"):
        (tmp_path / "text.db").write_text("hello", encoding="utf-8")
        open_store(str(tmp_path / "text.db"))


# -- 11. tracebacks from odd paths -------------------------------------------------------------------------------
def test_11_config_dir_binary_user_places_evaluate_and_repair_binaries(tmp_path):
    result = _cli("incidents", "--config", str(tmp_path), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    _one_line_error(result, str(tmp_path), "directory")
    cfg = tmp_path / "places.toml"
    cfg.write_text(f'[geocode]\nuser_places = "{sys.executable}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="user_places"):
        Options.load(config=cfg, use_env=False)
    binary = os.path.realpath(sys.executable)
    result = _cli("evaluate", "muc4", binary)
    assert result.returncode == 2
    _one_line_error(result, binary, "binary")
    result = _cli("repair", binary)
    assert result.returncode == 2 and not result.stdout
    _one_line_error(result, binary, "binary")


# -- 12. smaller ones --------------------------------------------------------------------------------------------
def test_12_nul_bytes_after_the_sniffed_head_are_refused(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(GOOD.encode() + b" filler" * 1000 + b"\x00\x00 more")
    (result,) = read_path(path)
    assert isinstance(result, Failure) and "NUL" in result.reason
    jsonl = tmp_path / "nul.jsonl"
    jsonl.write_text(json.dumps({"text": "A bomb killed 2 in Mosul.\u0000", "date": "2020-01-02"}) + "\n",
                     encoding="utf-8")
    (result,) = read_path(jsonl)
    assert isinstance(result, Failure) and "NUL" in result.reason


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_12_utf16_text_is_decoded(tmp_path, encoding):
    path = tmp_path / "windows.txt"
    path.write_bytes(GOOD.encode(encoding))
    (a,) = read_path(path)
    assert isinstance(a, Article), a
    assert a.published == "2022-12-18" and a.text.startswith("Gunmen killed 9")


def test_12_an_unreadable_subfolder_is_a_named_failure(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts, fails = _split(list(read_inputs([str(tmp_path)])))
    assert len(arts) == 1
    assert len(fails) == 1 and fails[0].origin.endswith("locked") and "cannot list folder" in fails[0].reason


def test_12_odd_file_names_print_escaped_and_all_failing_exits_2(tmp_path):
    odd = tmp_path / "evil\n\x1b[31mname.txt"
    odd.write_bytes(b"\x00\x01binary" * 20)
    result = _cli("code", str(odd), "--no-progress")
    assert result.returncode == 2  # every input failed: nothing could be done
    err = _one_line_error(result, "binary")
    assert "\x1b" not in err and len(err.strip().splitlines()) == 1 and "\\n" in err and "\\x1b" in err


def test_12_output_dash_is_stdout(filled_db, tmp_path):
    result = _cli("export", "-f", "jsonl", "--db", filled_db, "-o", "-", cwd=tmp_path)
    assert result.returncode == 0 and len(result.stdout.decode().splitlines()) == 2
    assert not (tmp_path / "-").exists()


def test_12_perpetrator_wildcards_match_literally(filled_db):
    store = open_store(filled_db, create=False)
    assert store.incidents(IncidentFilter(perpetrator="%")) == []
    assert store.incidents(IncidentFilter(perpetrator="_")) == []
    assert len(store.incidents(IncidentFilter(perpetrator="islamic"))) == 1
    store.close()


# -- one writer at a time ---------------------------------------------------------------------------------------
WRITER = """
import sys
sys.path.insert(0, {tests!r})
from test_store import article, incident
from eventwire.records import CodedArticle
from eventwire.store import open_store
store = open_store({db!r})
for i in range(30):
    key = f"{{sys.argv[1]}}-{{i}}"
    store.write_batch([CodedArticle(article(key, f"Report {{key}}: gunmen killed {{i}} people."),
                                    (incident(i, location=f"Place {{key}}", latitude=10.0 + i, longitude=float(i)),))])
store.close()
"""


def test_concurrent_writers_to_one_sqlite_file_queue_and_lose_nothing(tmp_path):
    db = str(tmp_path / "shared.db")
    code = WRITER.format(tests=str(Path(__file__).resolve().parent), db=db)
    procs = [subprocess.Popen([sys.executable, "-c", code, name], stderr=subprocess.PIPE) for name in ("a", "b")]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    store = open_store(db, create=False)
    assert store.counts()["articles"] == 60 and store.counts()["reports"] == 60
    store.close()
