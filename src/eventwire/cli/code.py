"""`eventwire code`: code articles and print their incidents as JSON lines, a table, or MUC-4 GTT predictions."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator, List, Optional

import typer

from ..errors import EventwireError
from ..pipeline import code_articles
from ..read import read_inputs
from ..records import Article, CodedArticle, Failure
from . import app
from .common import EXIT_OK, EXIT_PARTIAL, ConfigOpt, build_options, emit_json, fail, progress_over, warn



class Format(str, Enum):
    json = "json"
    table = "table"
    muc4 = "muc4"


@app.command()
def code(
    paths: List[str] = typer.Argument(..., help="Files, directories, globs, or - for standard input."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json: one object per article; table; muc4: GTT predictions."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Do not repair machine-spun text before coding."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a terminal, for several inputs)."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Code every article in PATHS into incidents."""
    overrides = {"repair": {"enabled": False if no_repair else None}}
    if fmt is Format.muc4:
        overrides["read"] = {"require_date": False}  # GTT files carry no dates; roles do not need them
    options = build_options(config, overrides)
    failures: list[Failure] = []
    articles = _articles(read_inputs(paths, options, default_date=date), failures)
    show = progress if progress is not None else (sys.stderr.isatty() and (len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != "-")))
    coded = progress_over(code_articles(articles, options), enabled=show, label="coding", count_incidents=True)
    try:
        if fmt is Format.json:
            for item in coded:
                emit_json(item.to_dict())
        elif fmt is Format.table:
            _print_tables(coded)
        else:
            from ..evaluate.muc4 import to_gtt

            emit_json(to_gtt(list(coded)))
    except EventwireError as exc:
        fail(exc)
    raise typer.Exit(EXIT_PARTIAL if failures else EXIT_OK)


def _articles(results: Iterable[Article | Failure], failures: list[Failure]) -> Iterator[Article]:
    for result in results:
        if isinstance(result, Failure):
            failures.append(result)
            warn(f"{result.origin}: {result.reason}")
        else:
            yield result


def _print_tables(coded: Iterable[CodedArticle]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for item in coded:
        table = Table(title=f"{item.article.id} ({item.article.published or 'undated'})", title_justify="left")
        for column in ("date", "place", "event", "perpetrator", "killed", "wounded", "weapons"):
            table.add_column(column)
        for inc in item.incidents:
            place = ", ".join(x for x in (inc.location, inc.admin1, inc.country) if x)
            table.add_row(
                f"{inc.date or ''} ({inc.date_precision or '?'})",
                place,
                f"{inc.event_type or ''} / {inc.sub_event_type or ''}",
                inc.perpetrator or "",
                "" if inc.killed is None else str(inc.killed),
                "" if inc.wounded is None else str(inc.wounded),
                ", ".join(inc.weapon_types),
            )
        if not item.incidents:
            table.add_row("", "no incidents", "", "", "", "", "")
        console.print(table)
