"""Gazetteer commands: add-geonames (import GeoNames dump files a user downloads)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from . import app
from .common import ConfigOpt, build_options, emit_json, fail
from ..errors import EventwireError

gazetteer_app = typer.Typer(help="The gazetteer places are found in: add GeoNames' full data to it.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("add-geonames")
def add_geonames(
    files: list[Path] = typer.Argument(..., help="GeoNames dump files: allCountries.zip or XX.zip (places), "
                                                 "alternateNamesV2.zip, admin2Codes.txt; zipped or not."),
    out: Optional[Path] = typer.Option(None, "--out", help="Gazetteer file to write (default: the geocode."
                                                           "gazetteer_path setting, else where the pipeline reads it)."),
    as_json: bool = typer.Option(False, "--json", help="Print the import report as JSON."),
    config: Optional[Path] = ConfigOpt,
) -> None:
    """Compile the gazetteer again with the populated places of GeoNames dump files added (villages the packaged
    lists lack), with their alternate names and second-level areas; a place already known is not added twice.

    Exit code: 0 written; 2 a file is missing or not a GeoNames table, or the gazetteer cannot be written."""
    from ..geo.geonames_import import add_geonames as run_import

    options = build_options(config)
    target = out or (Path(options.geocode.gazetteer_path) if options.geocode.gazetteer_path else None)
    try:
        report = run_import(files, target)
    except EventwireError as exc:
        fail(exc)
    if as_json:
        emit_json(report.to_dict())
        return
    typer.echo(f"{report.path}: {report.places_added} places added ({report.places_read} read, "
               f"{report.already_known} already known), {report.alternate_names} alternate names, "
               f"{report.admin2_names} second-level area names")
