"""`eventwire evaluate DATASET FILE`: score the pipeline on an evaluation data set or a gold file."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import EvaluationError, EventwireError
from . import app
from .common import EXIT_OK, EXIT_PARTIAL, ConfigOpt, build_options, fail


@app.command()
def evaluate(
    dataset: str = typer.Argument(..., help="muc4 | acled | gtd | wikievents | gold | web | gva | gvdb"),
    file: Path = typer.Argument(
        ..., help="The data set file (GTT JSON lines, ACLED/GTD CSV, WikiEvents JSONL, *.gold.json, GVA articles "
        "JSONL, GVDB TSV) or, for web, a folder of pages with gold files."
    ),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents or rows."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the full result as JSON to this file."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Code the data set's articles and print precision/recall/F1 or accuracy per field.

    For `gold`, print every field of every aligned incident; the exit code is 1 when anything mismatches.
    """
    from .. import evaluate as harness
    from ..evaluate import report

    options = build_options(config)
    _check_data_file(file)
    try:
        res = harness.run(dataset, file, options, limit)
        if json_out:
            report.write_json(res, json_out)
    except EventwireError as exc:
        fail(exc)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        # a file that is not the data set named: one line naming it, not a traceback
        fail(EvaluationError(f"{file}: not a readable {dataset} file ({type(exc).__name__}: {exc})"))
    if dataset == "gold":
        harness.scorer("gold").print_report(res["details"])
    report.print_result({k: v for k, v in res.items() if k != "all_match"})
    if dataset == "gold" and not res["all_match"]:
        raise typer.Exit(EXIT_PARTIAL)
    raise typer.Exit(EXIT_OK)


def _check_data_file(path: Path) -> None:
    """A data set file is text: evaluate muc4 /bin/ls is a one-line error, exit 2 (a missing one is the
    harness's to name)."""
    if path.is_file():
        try:
            with path.open("rb") as fh:
                head = fh.read(4096)
        except OSError as exc:
            fail(EvaluationError(f"{path}: cannot read ({exc.strerror or exc})"))
        if b"\x00" in head:
            fail(EvaluationError(f"{path}: binary file, not an evaluation data set"))
