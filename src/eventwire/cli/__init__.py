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
    app()
