"""The analyst's desk: `eventwire serve` (HTTP API and web app) and `eventwire corrections`."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import typer

from ..errors import EventwireError, UsageError
from . import app
from .common import ConfigOpt, build_options, fail, warn

DbOpt = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (default: store.db setting, ./eventwire.db).")


@app.command()
def serve(
    db: str | None = DbOpt,
    host: str | None = typer.Option(None, "--host", help="Interface to listen on (default: serve.host, 127.0.0.1)."),
    port: int | None = typer.Option(None, "--port", help="TCP port (default: serve.port, 8642)."),
    read_only: bool = typer.Option(False, "--read-only", help="Refuse every edit, even with a token."),
    new_token: bool = typer.Option(False, "--new-token", help="Make another desk token and print it."),
    config: Path | None = ConfigOpt,
) -> None:
    """Serve the desk: the HTTP API (/api, /openapi.json) and the web app (/) over one database.

    Edits need a token: $EVENTWIRE_TOKEN, or one this command makes on first start and prints once (only its
    hash is stored in the database). Without either, or with --read-only, the desk is read-only."""
    import uvicorn

    from .. import review
    from ..serve import DeskConfig, create_app
    from ..store import open_store

    flags = {"host": host, "port": port}
    overrides: dict[str, dict[str, Any]] = {"serve": {k: v for k, v in flags.items() if v is not None}}
    options = build_options(config, overrides)
    env_token = os.environ.get("EVENTWIRE_TOKEN") or None
    try:
        with open_store(db, options, create=False) as store:
            made = None
            if not read_only and (new_token or (not env_token and not review.has_token(store))):
                made = review.create_token(store)
            digests = review.token_digests(store)
            url = db or options.store.db
    except EventwireError as exc:
        fail(exc)
    if made:
        warn(f"desk token (shown once; only its hash is stored): {made}")
    desk = DeskConfig(db=url, options=options, env_token=env_token, token_digests=digests, read_only=read_only)
    bind = options.serve.host
    if bind not in ("127.0.0.1", "localhost", "::1"):
        warn(f"listening on {bind}: anyone who can reach this machine can read the database")
    mode = "edits need the token" if desk.writable else "read-only"
    warn(f"serving {url} at http://{bind}:{options.serve.port}/ ({mode}); Ctrl-C stops")
    try:
        uvicorn.run(create_app(desk), host=bind, port=int(options.serve.port), log_level="warning",
                    access_log=False, server_header=False)
    except OSError as exc:
        fail(UsageError(f"--port {options.serve.port}: cannot listen ({exc.strerror or exc})"))


@app.command()
def corrections(
    db: str | None = DbOpt,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl"),
    config: Path | None = ConfigOpt,
) -> None:
    """Write the corrections made by hand as training examples, one JSON object a line: per source article its
    text, the field, the machine's value, the human value and the machine's evidence spans."""
    from ..serve.queries import training_jsonl
    from ..store import open_store

    if fmt != "jsonl":
        fail(UsageError(f"--format: unknown format {fmt!r} (jsonl)"))
    options = build_options(config)
    try:
        with open_store(db, options, create=False) as store:
            for line in training_jsonl(store):
                sys.stdout.write(line)
    except EventwireError as exc:
        fail(exc)
