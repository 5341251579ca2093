"""Shared test fixtures: a real PostgreSQL 15 server started from the machine's binaries, and stores on it."""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

#: where the server binaries are looked for; $EVENTWIRE_PG_BIN overrides (other distributions, other versions)
PG_BIN = Path(os.environ.get("EVENTWIRE_PG_BIN", "/usr/lib/postgresql/15/bin"))
#: initdb refuses to run as root, so as root the server runs as this unprivileged account
PG_RUN_AS = os.environ.get("EVENTWIRE_PG_USER", "postgres")
#: seconds to wait for the server to accept connections; a cold start on a loaded CI box takes a few
PG_START_TIMEOUT = 60

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", PG_RUN_AS, "--", *cmd]


class PostgresServer:
    """A throwaway cluster in a temp dir, trust auth on 127.0.0.1; databases made per test."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        if os.geteuid() == 0:
            entry = pwd.getpwnam(PG_RUN_AS)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        self._run([str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                   "--encoding=UTF8", "--locale=C", "--no-sync"])
        # fsync off: test data is disposable and fsync dominates run time on shared disks
        opts = f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.dir} -c fsync=off"
        self._run([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-o", opts,
                   "-w", "-t", str(PG_START_TIMEOUT), "start"])

    def _run(self, cmd: list[str]) -> None:
        result = subprocess.run(_as_server_user(cmd), capture_output=True, text=True)
        if result.returncode != 0:
            log = self.dir / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise RuntimeError(f"{cmd[0]} failed: {result.stderr.strip()} {tail}")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():
    """One server per test session; skipped (not failed) where the binaries are absent."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN}")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(PG_RUN_AS)
        except KeyError:
            pytest.skip(f"running as root and no user {PG_RUN_AS!r} to run PostgreSQL as")
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty database on the session server."""
    return postgres_server.create_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """The same test against each backend: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "eventwire.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(db_url):
    from eventwire.store import open_store

    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def shared_dir() -> Path:
    """../shared next to the repo; tests that need it skip where it is absent (fail where CI is set)."""
    if not SHARED.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} absent although CI is set: the shared evaluation data must be mounted")
        pytest.skip("../shared not present")
    return SHARED
