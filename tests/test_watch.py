"""`eventwire watch`: a local feed server on 127.0.0.1 that changes between polls; three polls store each new item
once, a restart in between loses nothing, failures back off, folders are watched, SIGTERM stops it cleanly."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.options import Options
from eventwire.store import open_store
from eventwire.watch import WatchError, check_sources, parse_every, watch

ITEMS = {
    "a": ("Gunmen kill four on bus near Kirkuk", ("KIRKUK, Iraq - Gunmen opened fire on a minibus near Kirkuk on Sunday, "
          "killing four passengers and wounding nine others, police said.")),
    "b": ("Bomb wounds six in Quetta market", ("QUETTA, Pakistan - A bomb planted on a motorcycle exploded in a crowded "
          "market in Quetta on Saturday, wounding six people, officials said.")),
    "c": ("Rebels attack army post in Kidal", ("KIDAL, Mali - Rebels attacked an army post outside Kidal on Monday, "
          "killing two soldiers, the defence ministry said.")),
}


def feed(keys: list[str]) -> bytes:
    entries = "".join(
        f"<item><title>{ITEMS[k][0]}</title><link>http://news.example/{k}</link><guid>news-{k}</guid>"
        f"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>{ITEMS[k][1]}</description></item>"
        for k in keys)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>{entries}</channel></rss>'
            ).encode()


class FeedServer:
    """Serves one feed whose content and ETag the test changes; records every request's headers."""

    def __init__(self) -> None:
        self.body, self.etag, self.status = feed(["a", "b"]), '"v1"', 200
        self.requests: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(dict(self.headers.items()))
                if server.status != 200:
                    self.send_response(server.status)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == server.etag:
                    self.send_response(304)
                    self.send_header("ETag", server.etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", server.etag)
                self.send_header("Last-Modified", "Mon, 04 Mar 2024 10:00:00 GMT")
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                self.wfile.write(server.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # a free port
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.rss"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = FeedServer()
    yield s
    s.close()


def _urls(db: str) -> list[str]:
    with open_store(db, create=False) as store:
        return sorted(r["url"] for r in store._all("SELECT url FROM articles"))


def test_three_polls_of_a_changing_feed_store_each_item_once_across_a_restart(tmp_path: Path, server: FeedServer):
    db = str(tmp_path / "w.db")
    options = Options.load()
    with open_store(db, options) as store:
        first = watch([server.url], store, options, every=0, rounds=1)
    assert first.stored == 2 and _urls(db) == ["http://news.example/a", "http://news.example/b"]
    assert server.requests[0]["User-Agent"].startswith("eventwire/")
    assert "If-None-Match" not in server.requests[0]

    # the restart: a new store and a new watcher, the validators come from the database
    with open_store(db, options) as store:
        second = watch([server.url], store, options, every=0, rounds=1)
    assert second.stored == 0 and [p.status for p in second.polls] == ["not-modified"]
    assert server.requests[1]["If-None-Match"] == '"v1"'
    assert server.requests[1]["If-Modified-Since"] == "Mon, 04 Mar 2024 10:00:00 GMT"

    server.body, server.etag = feed(["c", "b", "a"]), '"v2"'
    with open_store(db, options) as store:
        third = watch([server.url], store, options, every=0, rounds=1)
        articles = store._all("SELECT url, count(*) AS n FROM articles GROUP BY url")
        state = store._one("SELECT etag, errors FROM watch_sources WHERE source = ?", (server.url,))
    assert third.stored == 1
    assert sorted((r["url"], r["n"]) for r in articles) == [(f"http://news.example/{k}", 1) for k in "abc"]
    assert state == {"etag": '"v2"', "errors": 0}


def test_a_failing_feed_backs_off_and_the_backoff_survives_a_restart(tmp_path: Path, server: FeedServer):
    db = str(tmp_path / "w.db")
    options = Options.load(overrides={"watch": {"every_seconds": 60}})
    said: list[str] = []
    server.status = 503
    with open_store(db, options) as store:
        report = watch([server.url], store, options, every=0, rounds=1, say=said.append)
    assert [p.status for p in report.polls] == ["error"]
    assert len(said) == 1 and server.url in said[0] and "HTTP Error 503" in said[0] and "next try in 120 s" in said[0]
    server.status = 200
    with open_store(db, options) as store:
        again = watch([server.url], store, options, every=0, rounds=1)
        row = store._one("SELECT errors, next_poll FROM watch_sources WHERE source = ?", (server.url,))
    assert [p.status for p in again.polls] == ["waiting"] and len(server.requests) == 1
    assert row is not None and row["errors"] == 1 and datetime.fromisoformat(row["next_poll"]) > datetime.now().astimezone()


def test_a_watched_folder_codes_new_and_changed_files_once(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("date 2024-03-04 " + ITEMS["a"][1], encoding="utf-8")
    old = time.time() - 60
    os.utime(folder / "one.txt", (old, old))
    options = Options.load(overrides={"watch": {"settle_seconds": 5.0}})
    db = str(tmp_path / "w.db")
    with open_store(db, options) as store:
        first = watch([str(folder)], store, options, every=0, rounds=1)
        (folder / "two.txt").write_text("date 2024-03-04 " + ITEMS["b"][1], encoding="utf-8")
        settling = watch([str(folder)], store, options, every=0, rounds=1)  # two.txt is still being written
        os.utime(folder / "two.txt", (old, old))
        second = watch([str(folder)], store, options, every=0, rounds=1)
        third = watch([str(folder)], store, options, every=0, rounds=1)
        n = store._one("SELECT count(*) AS n FROM articles")
    assert (first.stored, settling.stored, second.stored, third.stored) == (1, 0, 1, 0)
    assert [p.report.read for p in third.polls if p.report] == [0]  # nothing read again
    assert n == {"n": 2}


def test_bad_sources_and_intervals_are_one_line_errors(tmp_path: Path):
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("2") == 2 and parse_every("1h") == 3600
    for bad in ("soon", "-5m", "99d"):
        with pytest.raises(WatchError, match="--every"):
            parse_every(bad)
    with pytest.raises(WatchError, match="not an http"):
        check_sources([str(tmp_path / "missing")])
    with pytest.raises(WatchError, match="ftp://x"):
        check_sources(["ftp://x"])


def test_sigterm_stops_the_watch_command_cleanly(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    cli = [sys.executable, "-m", "eventwire", "watch", str(folder), "--db", str(tmp_path / "w.db"), "--every", "1s"]
    proc = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # the database (and so the first round) exists once it is polling
            if (tmp_path / "w.db").exists() and proc.poll() is None:
                time.sleep(1.5)
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopping after the current batch" in err and "rounds" in err
