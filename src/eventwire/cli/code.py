"""`eventwire code`: code articles and print their incidents as JSON lines, a table, or MUC-4 GTT predictions."""
from __future__ import annotations

import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, Iterator, List, Optional

import typer

from ..errors import EventwireError
from ..gtt import muc4_options
from ..read import read_inputs
from ..records import Article, CodedArticle, Failure
from . import app
from .common import ConfigOpt, build_options, checked_date, emit_json, fail, note_article, progress_over, warn



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
    background: bool = typer.Option(False, "--background",
                                    help="Also code acts told as history: own dates, marked background."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: on a terminal, for several inputs)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Code on Dask: local, local:N, or tcp://HOST:PORT of a "
                                          "running scheduler (pip install 'eventwire\\[cluster]')."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Code every article in PATHS into incidents.

    Exit code: 0 all coded; 1 some inputs failed (named on stderr, one line each) and the others were coded;
    2 no input could be read, or a bad option."""
    from ..ingest import code_guarded, exit_code

    date = checked_date(date, "--date", publication=True)
    overrides: dict[str, dict[str, Any]] = {"repair": {"enabled": False if no_repair else None},
                                            "detect": {"keep_background": background or None}}
    if fmt is Format.muc4:
        overrides["read"] = {"require_date": False}  # GTT files carry no dates; roles do not need them
    options = build_options(config, overrides)
    if fmt is Format.muc4:
        options = muc4_options(options)  # MUC-4's recent incidents: within two months of the article
    failures: list[Failure] = []
    tally = {"read": 0}
    show = progress if progress is not None else (sys.stderr.isatty() and (
        len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != "-")))
    if cluster:
        coded = _on_cluster(paths, options, cluster, date, failures, tally)
    else:
        articles = _articles(read_inputs(paths, options, default_date=date), failures, tally)
        coded = _coded(code_guarded(articles, options), failures)
    coded = progress_over(coded, enabled=show, label="coding", count_incidents=True)
    try:
        if fmt is Format.json:
            for item in coded:
                emit_json(item.to_dict())
        elif fmt is Format.table:
            _print_tables(coded)
        else:
            from ..gtt import to_gtt

            emit_json(to_gtt(list(coded)))
    except EventwireError as exc:
        fail(exc)
    kinds = Counter(f.kind or "read" for f in failures)
    raise typer.Exit(exit_code(tally["read"], kinds))


def _articles(results: Iterable[Article | Failure], failures: list[Failure], tally: dict[str, int]) -> Iterator[Article]:
    for result in results:
        if isinstance(result, Failure):
            failures.append(result)
            warn(f"{result.origin}: {result.reason}")
        else:
            tally["read"] += 1
            for note in result.notes:
                note_article(result.origin or result.id, note)
            yield result


def _on_cluster(paths: List[str], options, spec: str, date: Optional[str], failures: list[Failure],
                tally: dict[str, int]) -> Iterator[CodedArticle]:
    """The coded articles of a Dask run, in input order; failures are named as they come, like a local run's."""
    from .. import cluster

    try:
        for item, stage in cluster.code(paths, options, cluster=spec, default_date=date):
            if stage == "code":
                tally["read"] += 1
            if isinstance(item, Failure):
                failures.append(item)
                warn(f"{item.origin}: {item.reason}")
            else:
                for note in item.article.notes:
                    note_article(item.article.origin or item.article.id, note)
                yield item
    except EventwireError as exc:
        fail(exc)


def _coded(results: Iterable[CodedArticle | Failure], failures: list[Failure]) -> Iterator[CodedArticle]:
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
