"""The `eventwire repair` command: print a text with spinner substitutions restored, or the substitutions."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from .. import repair as spin_repair
from ..errors import InputError
from . import app
from .common import ConfigOpt, build_options, emit_json, fail


def _read_text(path: Path, options) -> str:
    # plain text on purpose: spun copies arrive as text; binary data, NUL bytes and invalid UTF-8 are refused
    from ..read import decode_text

    origin = "<stdin>" if str(path) == "-" else str(path)
    try:
        if str(path) == "-":
            data = sys.stdin.buffer.read(options.read.max_bytes + 1)
        else:
            if path.is_dir():
                raise InputError(origin, "is a directory, not a text file")
            with path.open("rb") as fh:
                data = fh.read(options.read.max_bytes + 1)
        if len(data) > options.read.max_bytes:
            raise InputError(origin, f"larger than {options.read.max_bytes / 1e6:g} MB (read.max_bytes)")
        return decode_text(data, origin)
    except FileNotFoundError:
        fail(InputError(origin, "file not found"))
    except InputError as exc:
        fail(exc)
    except OSError as exc:
        fail(InputError(origin, f"cannot be read ({exc.strerror or exc})"))


@app.command("repair")
def repair_command(
    file: Path = typer.Argument(..., help="Text file to repair ('-' for standard input)."),
    diff: bool = typer.Option(False, "--diff", help="Print the spin score and each substitution instead of the text."),
    as_json: bool = typer.Option(False, "--json", help="Print the spin report as JSON."),
    threshold: float = typer.Option(None, "--threshold", help="Spin score from which the text is repaired."),
    force: bool = typer.Option(False, "--force", help="Repair even if the text is not judged spun."),
    config: Path = ConfigOpt,
) -> None:
    """Restore the plain wording of a text rewritten by an article spinner."""
    overrides = {"repair": {"threshold": 0.0 if force else threshold}}
    options = build_options(config, overrides)
    text = _read_text(file, options)
    result = spin_repair.repair(text, options)
    report = result.report
    if as_json:
        emit_json(report.to_dict())
        return
    if diff:
        verdict = "spun" if report.spun else "not spun"
        typer.echo(f"# {file}: spin score {report.score:.3f} ({verdict}, threshold {options.repair.threshold})")
        if not report.spun and report.substitutions:
            typer.echo("# not repaired; substitutions that would be made:")
        for s in report.substitutions:
            typer.echo(f"{s.start}-{s.end}\t{s.spun!r} -> {s.original!r}\t{s.confidence:.2f}")
        return
    sys.stdout.write(result.text)
    if result.text and not result.text.endswith("\n"):
        sys.stdout.write("\n")
