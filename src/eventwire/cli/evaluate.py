"""`eventwire evaluate DATASET FILE`: score the pipeline on an evaluation data set or a gold file."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import EventwireError
from . import app
from .common import EXIT_OK, EXIT_PARTIAL, ConfigOpt, build_options, fail


@app.command()
def evaluate(
    dataset: str = typer.Argument(..., help="muc4 | acled | gtd | wikievents | gold"),
    file: Path = typer.Argument(
        ..., help="The data set file (GTT JSON lines, ACLED/GTD CSV, WikiEvents JSONL, *.gold.json)."
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
    try:
        res = harness.run(dataset, file, options, limit)
        if json_out:
            report.write_json(res, json_out)
    except EventwireError as exc:
        fail(exc)
    if dataset == "gold":
        harness.scorer("gold").print_report(res["details"])
    report.print_result({k: v for k, v in res.items() if k != "all_match"})
    if dataset == "gold" and not res["all_match"]:
        raise typer.Exit(EXIT_PARTIAL)
    raise typer.Exit(EXIT_OK)
