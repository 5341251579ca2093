"""Database commands: ingest, incidents, failures, export, split, merge."""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from . import app
from .common import (EXIT_INTERRUPTED, EXIT_OK, ConfigOpt, build_options, checked_date, emit_json, fail,
                     printable, warn)
from ..errors import EventwireError, UsageError

if TYPE_CHECKING:
    from rich.progress import Progress

DbOpt = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (default: store.db setting, ./eventwire.db).")

#: columns of `eventwire incidents` as a table or CSV; JSON gives everything
TABLE_COLUMNS = ["id", "date", "country", "admin1", "location", "event_type", "perpetrator",
                 "killed", "killed_low", "killed_best", "killed_high", "wounded_best", "n_sources"]
#: the CSV listing's columns: the table's and the accident mark (records.Incident.accident)
CSV_COLUMNS = [*TABLE_COLUMNS, "accident"]


def _open(db: Optional[str], options, *, create: bool = False):
    """The database; only ingest may create one (create=True), every other command refuses a missing one."""
    from ..store import open_store

    try:
        return open_store(db, options, create=create)
    except EventwireError as exc:
        fail(exc)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, feeds, WARC, JSONL; '-' for stdin."),
    db: Optional[str] = DbOpt,
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Coding processes (default: store.workers)."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Do not repair spun text before coding."),
    background: bool = typer.Option(False, "--background",
                                    help="Also code acts told as history: own dates, marked background."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the ingest report as JSON."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Code on Dask: local (a worker a core), local:N, or "
                                          "tcp://HOST:PORT of a running scheduler (pip install 'eventwire\\[cluster]')."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Code articles into the incident database; already stored articles are skipped, so re-runs resume.

    Exit code: 0 all stored; 1 some inputs failed (recorded in the failures table) and the others were stored;
    2 no input could be read, or a bad option or database; 130 interrupted (committed batches are kept)."""
    from ..ingest import ingest as run_ingest

    date = checked_date(date, "--date", publication=True)
    overrides: dict[str, dict[str, Any]] = {"store": {"workers": workers}}
    if no_repair:
        overrides["repair"] = {"enabled": False}
    if background:
        overrides["detect"] = {"keep_background": True}
    options = build_options(config, overrides)
    store = _open(db, options, create=True)
    try:
        with _progress(quiet) as progress:
            if cluster:
                from .. import cluster as dask_cluster

                report = dask_cluster.ingest(paths, store, options, progress, cluster=cluster, notice=progress.note,
                                             default_date=date, db=db or options.store.db)
            else:
                report = run_ingest(paths, store, options, progress, workers=options.store.workers,
                                    notice=progress.note, default_date=date)
    except EventwireError as exc:
        fail(exc)
    except KeyboardInterrupt:
        warn("interrupted; committed batches are kept, re-run the same command to resume")
        raise typer.Exit(EXIT_INTERRUPTED)
    finally:
        store.close()
    if as_json:
        emit_json(report.to_dict())
    else:
        typer.echo(
            f"eventwire: {report.read} articles read, {report.stored} stored, {report.skipped} already stored, "
            f"{report.reports} incident reports ({report.new_incidents} new incidents, {report.merged} merged), "
            f"{report.failed} failed, {report.articles_per_s:.1f} articles/s",
            err=True,
        )
    raise typer.Exit(report.exit_code)


class _progress:
    """A rich progress line on stderr (articles/s, incidents, failures); failures print as one line each."""

    def __init__(self, quiet: bool):
        self.quiet = quiet or not sys.stderr.isatty()
        self.bar: Progress | None = None

    def __enter__(self):
        if not self.quiet:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=False)
            self.bar.start()
            self.task = self.bar.add_task("starting", total=None)
        return self

    def _print(self, message: str) -> None:
        message = f"eventwire: {printable(message)}"
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def note(self, origin: str, note: str) -> None:
        self._print(f"{origin}: warning: {note}")

    def __call__(self, report, failures) -> None:
        for f in failures:
            self._print(f"{f.origin}: {f.reason}")
        if self.bar is not None:
            self.bar.update(self.task, description=(
                f"{report.read} articles ({report.articles_per_s:.1f}/s), {report.skipped} skipped, "
                f"{report.new_incidents} incidents ({report.merged} merged reports), {report.failed} failures"))

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _filter(country, admin1, date_from, date_to, event_type, perpetrator, min_killed, search, limit,
            with_rejected=False, accident=None):
    from ..store import IncidentFilter

    return IncidentFilter(country=country, admin1=admin1, date_from=date_from, date_to=date_to, event_type=event_type,
                          perpetrator=perpetrator, min_killed=min_killed, text=search, limit=limit,
                          with_rejected=with_rejected, accident=accident)


#: the accident filter of listings and exports (IncidentFilter.accident)
AccidentOpt = typer.Option(None, "--accident/--no-accident", help="Only accidental shootings, or none (default: both).")


#: rejected incidents (a reviewer's verdict in the desk) leave listings and exports unless asked for
WithRejectedOpt = typer.Option(False, "--with-rejected", help="Include incidents a reviewer rejected.")


@app.command()
def incidents(
    db: Optional[str] = DbOpt,
    country: Optional[str] = typer.Option(None, help="ISO code or name."),
    admin1: Optional[str] = typer.Option(None, help="First-level admin area (province, state)."),
    date_from: Optional[str] = typer.Option(None, "--from", help="YYYY-MM-DD, inclusive."),
    date_to: Optional[str] = typer.Option(None, "--to", help="YYYY-MM-DD, inclusive."),
    event_type: Optional[str] = typer.Option(None, "--event-type", help='ACLED event type, e.g. "Battles".'),
    perpetrator: Optional[str] = typer.Option(None, help="Part of the perpetrator's name."),
    min_killed: Optional[int] = typer.Option(None, "--min-killed", help="Best fatality estimate at least this."),
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Words in any source article's text."),
    limit: int = typer.Option(1000, min=0, help="Most incidents to list (0 for all)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | csv"),
    with_rejected: bool = WithRejectedOpt,
    accident: Optional[bool] = AccidentOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """List incidents, newest first, with filters."""
    if fmt not in ("table", "json", "csv"):
        fail(UsageError(f"--format: unknown format {fmt!r} (table, json or csv)"))
    date_from = checked_date(date_from, "--from")
    date_to = checked_date(date_to, "--to")
    options = build_options(config)
    store = _open(db, options)
    try:
        rows = store.incidents(_filter(country, admin1, date_from, date_to, event_type, perpetrator, min_killed,
                                       search, limit or None, with_rejected, accident))
    except EventwireError as exc:
        fail(exc)
    finally:
        store.close()
    if fmt == "json":
        for r in rows:
            r.pop("evidence", None)
            emit_json(r)
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table("incidents", TABLE_COLUMNS, rows)


def _table(title: str, columns: list[str], rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} {title}")
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*("" if r.get(c) is None else printable(str(r.get(c))) for c in columns))
    Console().print(table)


@app.command()
def failures(
    db: Optional[str] = DbOpt,
    fmt: str = typer.Option("table", "--format", "-f", help="table | json"),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """List inputs that could not be read or coded, with the reason."""
    if fmt not in ("table", "json"):
        fail(UsageError(f"--format: unknown format {fmt!r} (table or json)"))
    options = build_options(config)
    store = _open(db, options)
    try:
        rows = store.failures()
    except EventwireError as exc:
        fail(exc)
    finally:
        store.close()
    if fmt == "json":
        for r in rows:
            emit_json(r)
    else:
        _table("failures", ["origin", "stage", "reason", "at"], rows)


@app.command()
def export(
    target: Optional[str] = typer.Argument(None, help="Output file or, with --partition-by, folder (same as -o)."),
    fmt: str = typer.Option(
        ..., "--format", "-f", help="acled (ACLED's current columns) | acled-2020 | gtd | ucdp | geojson | parquet | jsonl"),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Output file; - or none: standard output."),
    db: Optional[str] = DbOpt,
    country: Optional[str] = typer.Option(None, help="ISO code or name."),
    date_from: Optional[str] = typer.Option(None, "--from", help="YYYY-MM-DD, inclusive."),
    date_to: Optional[str] = typer.Option(None, "--to", help="YYYY-MM-DD, inclusive."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
    with_rejected: bool = WithRejectedOpt,
    partition_by: Optional[str] = typer.Option(None, "--partition-by", help="Parquet only: a Hive-partitioned folder by "
                                               "these columns, e.g. country,year (country, admin1, year, month)."),
    accident: Optional[bool] = AccidentOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Export incidents in ACLED, GTD or UCDP GED columns, or as GeoJSON, Parquet or JSONL.

    A file is written whole or not at all (a temporary file renamed into place); the database itself and an
    existing file (without --force) are refused."""
    from ..export import FORMATS, ExportError, export as run_export, export_to_path
    from ..store import IncidentFilter

    if fmt not in FORMATS:
        fail(ExportError(f"--format: unknown export format {fmt!r} (one of {', '.join(FORMATS)})"))
    date_from = checked_date(date_from, "--from")
    date_to = checked_date(date_to, "--to")
    if target is not None and output is not None and target != output:
        fail(UsageError("give the output once: as -o or as the last argument"))
    output = output or target
    if output == "-":
        output = None
    if partition_by is not None and (fmt != "parquet" or not output):
        fail(UsageError("--partition-by: only with --format parquet and an output folder"))
    options = build_options(config)
    store = _open(db, options)
    flt = IncidentFilter(country=country, date_from=date_from, date_to=date_to, limit=None, with_rejected=with_rejected,
                         accident=accident)
    tally: dict[str, int] = {}
    try:
        if output and partition_by is not None:
            from ..export import export_partitioned

            n = export_partitioned(store, output, partition_by, flt, force=force)
        elif output:
            n = export_to_path(store, fmt, output, flt, force=force, tally=tally)
        else:
            n = run_export(store, fmt, None, flt, tally)
    except EventwireError as exc:
        fail(exc)
    except BrokenPipeError:  # `eventwire export ... | head`: the reader has all it wanted
        raise typer.Exit(EXIT_OK)
    except OSError as exc:
        fail(ValueError(f"{output or 'stdout'}: cannot write ({exc.strerror or exc})"))
    finally:
        store.close()
    if tally.get("accidents"):
        warn(f"{tally['accidents']} accidental shootings left out: {fmt} codes no accident (--no-accident to export "
             f"none, jsonl or geojson to keep them)")
    if output:
        warn(f"{n} incidents written to {output}")


@app.command()
def split(
    incident_id: str = typer.Argument(..., help="The incident to split."),
    report_ids: Optional[list[str]] = typer.Argument(None, help="Reports to move out (default: one incident each)."),
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Split reports out of an incident by hand; later ingests keep them apart."""
    options = build_options(config)
    store = _open(db, options)
    try:
        made = store.split(incident_id, report_ids or None)
    except EventwireError as exc:
        fail(exc)
    finally:
        store.close()
    for m in made:
        typer.echo(m)


@app.command()
def merge(
    incident_ids: list[str] = typer.Argument(..., help="Incidents to merge; the first keeps its id."),
    db: Optional[str] = DbOpt,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Merge incidents by hand into the first one named; later ingests keep them together."""
    options = build_options(config)
    store = _open(db, options)
    try:
        kept = store.merge(incident_ids)
    except EventwireError as exc:
        fail(exc)
    finally:
        store.close()
    typer.echo(kept)
