"""`eventwire watch`: poll feeds and folders and code what is new into the database, until stopped."""
from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import EventwireError
from . import app
from .common import EXIT_OK, ConfigOpt, build_options, fail, note_article, warn


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs (http, https) and folders to watch.")],
    db: Annotated[str | None, typer.Option("--db", help="SQLite file or postgresql:// URL (default: store.db).")] = None,
    every: Annotated[str | None, typer.Option("--every", help="Time between polls: 15m, 30s, 1h (default: watch.every_seconds).")] = None,
    rounds: Annotated[int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds (default: until stopped).")] = None,
    config: Path | None = ConfigOpt,
) -> None:
    """Poll feeds (conditional GET) and folders, coding new items into the database; state is kept in it, so a
    restart re-codes nothing and loses nothing. SIGTERM or Ctrl-C stops it cleanly after the current batch.

    Exit code: 0 stopped cleanly; 2 a bad source, interval, option or database."""
    from ..store import open_store
    from ..watch import check_sources, parse_every
    from ..watch import watch as run_watch

    options = build_options(config)
    try:
        check_sources(sources)
        seconds = parse_every(every) if every is not None else None
        store = open_store(db, options, create=True)
    except EventwireError as exc:
        fail(exc)
    stop = threading.Event()

    def stopping(signum: int, frame: Any) -> None:
        warn("stopping after the current batch")
        stop.set()

    previous = {sig: signal.signal(sig, stopping) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        report = run_watch(sources, store, options, every=seconds, rounds=rounds, notice=note_article, say=warn,
                           stop=stop)
    except EventwireError as exc:
        fail(exc)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        store.close()
    warn(f"{report.rounds} rounds, {report.stored} new articles stored, {report.failed} failed")
    raise typer.Exit(EXIT_OK)
