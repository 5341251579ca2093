"""The desk's commands: `eventwire serve` makes and prints a token on first start (stored hashed, kept across
restarts), refuses a missing database, binds 127.0.0.1; `eventwire corrections --format jsonl`."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire import review
from eventwire.cli import app
from eventwire.store import open_store
from test_review import KIRKUK, desk_batch, kirkuk_id


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Serving:
    """`eventwire serve` in a subprocess, its stderr kept."""

    def __init__(self, db: str, *args: str, env: dict[str, str] | None = None):
        self.port = _free_port()
        environ = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
        environ.update(env or {})
        self.proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--port",
                                      str(self.port), *args], env=environ, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        deadline = time.monotonic() + 60
        while True:
            line = self.proc.stderr.readline() if self.proc.stderr else ""
            if line:
                self.lines.append(line)
            if "serving" in line:
                break
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("".join(self.lines))
        self.url = f"http://127.0.0.1:{self.port}"
        while True:  # the line comes just before uvicorn listens
            try:
                self.get("/api/meta")
                break
            except OSError:
                time.sleep(0.1)

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=10) as r:
            return json.loads(r.read())

    def post(self, path: str, body: dict[str, Any], token: str | None) -> int:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.url + path, data=json.dumps(body).encode(), headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as r:
                return int(r.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "desk.db")
    with open_store(path) as s:
        s.write_batch(desk_batch())
    return path


def test_serve_makes_a_token_on_first_start_and_keeps_it(db: str) -> None:
    first = Serving(db)
    try:
        said = "".join(first.lines)
        assert "desk token (shown once" in said and "127.0.0.1" in said
        token = said.split("stored): ", 1)[1].split()[0]
        k = kirkuk_id(open_store(db, create=False))
        assert first.post(f"/api/incidents/{k}/review", {"status": "accepted"}, None) == 401
        assert first.post(f"/api/incidents/{k}/review", {"status": "accepted"}, token) == 200
    finally:
        first.stop()
    with open_store(db, create=False) as s:
        assert token not in json.dumps(s._all("SELECT * FROM desk_tokens"))
    second = Serving(db)  # the same token still works, and no new one is printed
    try:
        assert "desk token" not in "".join(second.lines)
        assert second.post(f"/api/incidents/{k}/review", {"status": "rejected"}, token) == 200
        assert second.get(f"/api/incidents/{k}")["review"] == "rejected"
    finally:
        second.stop()
    read_only = Serving(db, "--read-only")
    try:
        assert "read-only" in "".join(read_only.lines)
        assert read_only.post(f"/api/incidents/{k}/review", {"status": "accepted"}, token) == 403
    finally:
        read_only.stop()


def test_serve_with_env_token_makes_none(db: str) -> None:
    serving = Serving(db, env={"EVENTWIRE_TOKEN": "from-env"})
    try:
        assert "desk token" not in "".join(serving.lines)
        k = kirkuk_id(open_store(db, create=False))
        assert serving.post(f"/api/incidents/{k}/corrections", {"changes": {"killed": 11}}, "from-env") == 200
    finally:
        serving.stop()
    with open_store(db, create=False) as s:
        assert not review.has_token(s)


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 2 and "no such database" in result.output
    assert not missing.exists()


def test_corrections_command(db: str) -> None:
    with open_store(db, create=False) as s:
        review.correct(s, kirkuk_id(s), {"killed": 11}, "ann", "recount")
    result = CliRunner().invoke(app, ["corrections", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert len(lines) == 3 and {x["human"] for x in lines} == {11}
    first = next(x for x in lines if x["text"] == KIRKUK)
    assert first["machine"] == 9 and first["field"] == "killed" and first["evidence"][0]["text"] == "killing 9 policemen"
    bad = CliRunner().invoke(app, ["corrections", "--db", db, "--format", "csv"])
    assert bad.exit_code == 2 and "--format" in bad.output
