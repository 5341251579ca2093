"""The command line: a thin layer of typer commands over the library's functions."""
from __future__ import annotations

import typer

app = typer.Typer(
    name="eventwire",
    help="Code news reports of attacks and armed conflict into a geocoded, deduplicated incident database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    """Each module of this package registers its commands on `app`: one module per area of the CLI."""
    import importlib
    import pkgutil

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name != "common" and not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


_register_commands()


def main() -> None:
    """Run the command line; an unexpected exception is one line and exit code 3 (EVENTWIRE_DEBUG=1: traceback),
    a closed standard output (`eventwire ... | head`) is not an error."""
    import os
    import sys

    from .common import DEBUG_ENV, EXIT_INTERNAL, warn

    try:
        app()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001 - the last guard: no user ever sees a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        warn(f"internal error: {type(exc).__name__}: {exc} (a bug; run with {DEBUG_ENV}=1 for the traceback)")
        sys.exit(EXIT_INTERNAL)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's exit-time flush of a closed pipe prints nothing."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
