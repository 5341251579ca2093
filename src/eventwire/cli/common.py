"""What every CLI command shares: building options from flags, one error shape, exit codes."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, NoReturn, TypeVar

import typer

from ..errors import EventwireError
from ..options import Options

#: exit codes: 0 all well, 1 some inputs failed (others were processed), 2 nothing could be done
EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_ERROR = 2

T = TypeVar("T")

ConfigOpt = typer.Option(None, "--config", help="TOML file overriding the packaged defaults.")


def build_options(config: Path | None, overrides: Mapping[str, Mapping[str, Any]] | None = None) -> Options:
    try:
        return Options.load(config=config, overrides=overrides)
    except EventwireError as exc:
        fail(exc)


def error_payload(exc: BaseException) -> dict[str, Any]:
    """The one JSON error shape, shared with anything that reports errors as data."""
    payload: dict[str, Any] = {"error": type(exc).__name__, "message": str(exc)}
    origin = getattr(exc, "origin", None)
    if origin:
        payload["input"] = origin
    return payload


def warn(message: str) -> None:
    typer.echo(f"eventwire: {message}", err=True)


def fail(exc: BaseException, code: int = EXIT_ERROR) -> NoReturn:
    warn(f"error: {exc}")
    raise typer.Exit(code)


def emit_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def progress_over(items: Iterable[T], *, enabled: bool, label: str, total: int | None = None,
                  count_incidents: bool = False) -> Iterator[T]:
    """Yield `items` unchanged, drawing a progress bar on stderr (rate, and incidents found when asked)."""
    if not enabled:
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("{task.fields[extra]}"), TimeElapsedColumn()]
    started = time.monotonic()
    incidents = 0
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=total, rate=0.0, extra="")
        for n, item in enumerate(items, start=1):
            if count_incidents:
                incidents += len(getattr(item, "incidents", ()))
            elapsed = max(time.monotonic() - started, 1e-6)
            bar.update(task, advance=1, rate=n / elapsed, extra=f"{incidents} incidents" if count_incidents else "")
            yield item
