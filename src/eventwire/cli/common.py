"""What every CLI command shares: building options from flags, one error shape, exit codes."""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, NoReturn, TypeVar

import typer

from ..errors import EventwireError
from ..options import Options

#: exit codes: 0 all well, 1 some inputs failed (others were processed), 2 nothing could be done (no input could
#: be read, or a bad option, config or database), 3 an internal error (a bug: please report it), 130 interrupted
EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_ERROR = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
#: set to 1 to see the traceback of an internal error instead of its one-line message
DEBUG_ENV = "EVENTWIRE_DEBUG"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

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


def printable(text: str) -> str:
    """`text` with control characters (newlines, terminal escape sequences in a file name) shown as escapes, so
    one message stays one line and cannot drive the terminal."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), str(text))


def warn(message: str) -> None:
    typer.echo(f"eventwire: {printable(message)}", err=True)


def note_article(origin: str, note: str) -> None:
    """A reader's note on an article, as a one-line warning naming the input."""
    warn(f"{origin}: warning: {note}")


def checked_date(value: str | None, what: str, *, publication: bool = False) -> str | None:
    """A date option validated as YYYY-MM-DD (exit 2 with a one-line error otherwise)."""
    from ..datelines import strict_date

    if value is None:
        return None
    try:
        return strict_date(value, what, publication=publication)
    except EventwireError as exc:
        fail(exc)


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
