"""`eventwire gazetteer add-geonames` (geo/geonames_import.py): GeoNames dump files a user downloads add their
villages, alternate names and second-level areas to the gazetteer. The dump files are small ones the test writes in
GeoNames' own layouts (a country's XX.zip, alternateNamesV2.zip, admin2Codes.txt); the gazetteer is compiled for
real from the packaged lists with them."""
from __future__ import annotations

import json
import zipfile

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import GazetteerError
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.geonames_import import add_geonames

#: Borno State, Nigeria, as GeoNames codes it (admin1 27; Maiduguri, geonameid 2331447, is there)
BORNO = "27"


def _place(gid: int, name: str, lat: float, lon: float, klass: str = "P", alternates: str = "",
           admin2: str = "", population: int = 0) -> str:
    cols = [str(gid), name, name, alternates, str(lat), str(lon), klass, "PPL" if klass == "P" else "ADM2", "NG", "",
            BORNO, admin2, "", "", str(population), "", "300", "Africa/Lagos", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    folder = tmp_path_factory.mktemp("geonames")
    places = folder / "NG.zip"
    with zipfile.ZipFile(places, "w") as archive:
        archive.writestr("readme.txt", "not a table\n")
        archive.writestr("NG.txt", "".join([
            _place(90000001, "Kwaryamari", 11.91, 13.21, alternates="Kwariyamari,KWR", admin2="99001"),
            _place(2331447, "Maiduguri", 11.84692, 13.15712, population=1112449),  # known already, by its id
            _place(90000002, "Zannari Area", 11.95, 13.30, klass="A"),  # an area, not a populated place
        ]))
    alternates = folder / "alternateNamesV2.zip"
    with zipfile.ZipFile(alternates, "w") as archive:
        archive.writestr("alternateNamesV2.txt", "".join([
            "1\t90000001\t\tKwaryamari Gana\t\t\t\t\t\t\n",
            "2\t90000001\tlink\thttps://en.wikipedia.org/wiki/Kwaryamari\t\t\t\t\t\t\n",
            "3\t90000001\ten\tOld Kwaryamari\t\t\t\t1\t\t\n",  # historic
        ]))
    admin2 = folder / "admin2Codes.txt"
    admin2.write_text(f"NG.{BORNO}.99001\tJere Test Area\tJere Test Area\t90000009\n", encoding="utf-8")
    out = folder / "gazetteer.sqlite"
    # the command, as a user runs it: the gazetteer is compiled once for the whole module
    result = CliRunner().invoke(app, ["gazetteer", "add-geonames", str(places), str(alternates), str(admin2),
                                      "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    return out, json.loads(result.stdout)


def test_villages_join_the_gazetteer_with_their_state_area_and_names(dump):
    out, report = dump
    assert (report["places_read"], report["places_added"], report["already_known"]) == (2, 1, 1)
    assert report["alternate_names"] == 1 and report["admin2_names"] == 1 and report["gazetteer"] == str(out)
    gazetteer = Gazetteer(out, build_if_missing=False)
    try:
        for name in ("Kwaryamari", "Kwariyamari", "Kwaryamari Gana"):
            (place,) = [p for p in gazetteer.lookup(name, "NG") if p.name == "Kwaryamari"]
            assert (place.country, place.admin1, place.admin2) == ("NG", "Borno", "Jere Test Area")
            assert abs(place.latitude - 11.91) < 1e-6 and abs(place.longitude - 13.21) < 1e-6
        assert not gazetteer.lookup("Old Kwaryamari", "NG")  # a historic name is not read
        assert not gazetteer.lookup("Zannari Area", "NG")  # an area of the table is no populated place
        assert len([p for p in gazetteer.lookup("Maiduguri", "NG") if p.name == "Maiduguri"]) == 1
    finally:
        gazetteer.close()


def test_a_file_that_is_no_geonames_table_is_named(tmp_path):
    bad = tmp_path / "cities.csv"
    bad.write_text("name,lat,lon\nKwaryamari,11.9,13.2\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="cities.csv: not a GeoNames"):
        add_geonames([bad], tmp_path / "g.sqlite")
    result = CliRunner().invoke(app, ["gazetteer", "add-geonames", str(tmp_path / "missing.zip"), "--out",
                                      str(tmp_path / "g.sqlite")])
    assert result.exit_code == 2 and "missing.zip: no such file" in result.output
    assert not (tmp_path / "g.sqlite").exists()
