"""Every export format opens in its reader; ACLED's header is its published column list."""
from __future__ import annotations

import csv
import io
import json

import pytest

from eventwire.export import ACLED_2020_COLUMNS, FORMATS, GTD_COLUMNS, UCDP_COLUMNS, ExportError, export, to_text

from test_store import kirkuk_batch

#: the header of ACLED's own CSV download (as in ../shared/data/acled/acled_world_2020-04-27_2020-05-03.csv)
PUBLISHED_ACLED_HEADER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
)


@pytest.fixture
def filled(store):
    store.write_batch(kirkuk_batch())
    return store


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_acled_header_and_values(filled):
    text = to_text(filled, "acled-2020")
    assert text.splitlines()[0] == PUBLISHED_ACLED_HEADER == ",".join(ACLED_2020_COLUMNS)
    rows = _csv(text)
    assert len(rows) == 2
    k = next(r for r in rows if r["location"] == "Shalal al-Matar")
    assert k["event_date"] == "17-Dec-22" and k["year"] == "2022" and k["time_precision"] == "1"
    assert (k["country"], k["iso"], k["iso3"], k["region"]) == ("Iraq", "368", "IRQ", "Middle East")
    assert k["fatalities"] == "9"  # the most conservative figure of the three sources
    assert k["actor1"] == "Islamic State (Iraq)" and k["actor2"].startswith("Police Forces of Iraq (")
    assert k["interaction"] == "12"
    assert k["source"] == "AFP; Reuters; AP"  # in the order they were ingested
    assert "most conservative" in k["notes"]


def test_acled_header_matches_the_shared_download(filled, shared_dir):
    path = shared_dir / "data" / "acled" / "acled_world_2020-04-27_2020-05-03.csv"
    if not path.exists():
        pytest.skip("ACLED sample absent")
    with path.open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == ACLED_2020_COLUMNS


def test_gtd(filled):
    rows = _csv(to_text(filled, "gtd"))
    assert list(rows[0]) == GTD_COLUMNS
    k = next(r for r in rows if r["city"] == "Shalal al-Matar")
    assert k["eventid"].startswith("20221217") and len(k["eventid"]) == 12
    assert (k["iyear"], k["imonth"], k["iday"]) == ("2022", "12", "17")
    assert k["nkill"] == "10" and k["gname"] == "Islamic State" and k["country_txt"] == "Iraq"
    assert k["scite1"] and k["scite3"]  # three sources cited


def test_ucdp(filled):
    rows = _csv(to_text(filled, "ucdp"))
    assert list(rows[0]) == UCDP_COLUMNS
    k = next(r for r in rows if r["where_coordinates"] == "Shalal al-Matar")
    assert (k["low"], k["best"], k["high"]) == ("9", "10", "10")
    assert k["type_of_violence"] == "1" and k["side_a"] == "Government of Iraq" and k["side_b"] == "Islamic State"
    assert k["number_of_sources"] == "3" and k["date_start"] == "2022-12-17" and k["date_prec"] == "1"
    assert k["geom_wkt"] == "POINT (44.15 35.62)"


def test_geojson(filled):
    doc = json.loads(to_text(filled, "geojson"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    f = doc["features"][0]
    assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
    assert "killed_best" in f["properties"] and isinstance(f["properties"]["sources"], str)


def test_jsonl(filled):
    lines = [json.loads(x) for x in to_text(filled, "jsonl").splitlines()]
    assert len(lines) == 2 and all(len(x["sources"]) == x["n_sources"] for x in lines)


def test_parquet(filled, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "i.parquet"
    assert export(filled, "parquet", str(out)) == 2
    table = pq.read_table(out)
    assert table.num_rows == 2
    row = next(r for r in table.to_pylist() if r["location"] == "Shalal al-Matar")
    assert (row["killed_low"], row["killed_best"], row["killed_high"]) == (9, 10, 10)
    assert json.loads(row["sources"])[0]["source"] == "AFP"


def test_empty_exports_still_open(store, tmp_path):
    import pyarrow.parquet as pq

    for fmt in FORMATS:
        if fmt == "parquet":
            export(store, fmt, str(tmp_path / "e.parquet"))
            assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
        elif fmt == "geojson":
            assert json.loads(to_text(store, fmt))["features"] == []
        elif fmt != "jsonl":
            assert len(next(csv.reader(io.StringIO(to_text(store, fmt))))) > 10


def test_bad_requests(store):
    with pytest.raises(ExportError):
        to_text(store, "xls")
    with pytest.raises(ExportError, match="binary"):
        export(store, "parquet", None)
