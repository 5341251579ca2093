"""The ACLED export: ACLED's current column layout (and the 2020 one as acled-2020), actors in ACLED's naming, a notes
sentence written from the fields, and a file that pandas reads back with ACLED's column types."""
from __future__ import annotations

import csv
import io

import pytest
from seedutil import SHARED, need
from test_store import article, incident, kirkuk_batch

from eventwire.export import ACLED_2020_COLUMNS, ACLED_COLUMNS, FORMATS, to_text
from eventwire.records import CodedArticle

#: the header of ACLED's current downloads (as in ../shared/data/acled/acled_2022-02-23_2022-02-26_global.csv)
CURRENT_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
    "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)
HEADER_2020 = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
)
#: ACLED's column types (its API documentation and the acledR reader): whole numbers nullable, codes as numbers
ACLED_DTYPES = {
    "event_id_cnty": "string", "year": "Int64", "time_precision": "Int64", "disorder_type": "string",
    "event_type": "string", "sub_event_type": "string", "actor1": "string", "assoc_actor_1": "string",
    "inter1": "Int64", "actor2": "string", "assoc_actor_2": "string", "inter2": "Int64", "interaction": "Int64",
    "civilian_targeting": "string", "iso": "Int64", "region": "string", "country": "string", "admin1": "string",
    "admin2": "string", "admin3": "string", "location": "string", "latitude": "float64", "longitude": "float64",
    "geo_precision": "Int64", "source": "string", "source_scale": "string", "notes": "string", "fatalities": "Int64",
    "tags": "string", "timestamp": "Int64",
}


@pytest.fixture
def filled(store):
    store.write_batch(kirkuk_batch())
    return store


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_header_is_acleds_current_layout(filled):
    text = to_text(filled, "acled")
    assert text.splitlines()[0] == CURRENT_HEADER == ",".join(ACLED_COLUMNS)
    assert "acled-2020" in FORMATS
    assert to_text(filled, "acled-2020").splitlines()[0] == HEADER_2020 == ",".join(ACLED_2020_COLUMNS)


def test_current_layout_values(filled):
    rows = _rows(to_text(filled, "acled"))
    k = next(r for r in rows if r["location"] == "Shalal al-Matar")
    assert k["event_date"] == "2022-12-17" and k["year"] == "2022" and k["time_precision"] == "1"
    assert (k["country"], k["iso"], k["region"]) == ("Iraq", "368", "Middle East")
    assert k["event_id_cnty"].startswith("IRQ")
    assert k["disorder_type"] == "Political violence"
    assert k["actor1"] == "Islamic State (Iraq)" and k["inter1"] == "2"
    assert k["actor2"].startswith("Police Forces of Iraq (") and k["inter2"] == "1" and k["interaction"] == "12"
    assert k["civilian_targeting"] == ""  # police were attacked, not civilians
    assert k["source"] == "AFP; Reuters; AP" and k["fatalities"] == "9"
    note = k["notes"]
    assert note.startswith("On 17 December 2022, Islamic State") and "Shalal al-Matar (Kirkuk)" in note
    assert "killing 9" in note and note.count(".") == 1 and note.endswith(".")
    t = next(r for r in rows if r["location"] == "Tarmiya")
    # no perpetrator named: an unidentified armed group, as ACLED codes it
    assert t["actor1"] == "Unidentified Armed Group (Iraq)" and t["inter1"] == "3"
    assert t["actor2"].startswith("Military Forces of Iraq (") and t["interaction"] == "13"
    assert "injuring 3" in t["notes"]


def test_2020_layout_keeps_its_dates_and_notes(filled):
    k = next(r for r in _rows(to_text(filled, "acled-2020")) if r["location"] == "Shalal al-Matar")
    assert k["event_date"] == "17-Dec-22" and k["iso3"] == "IRQ" and k["data_id"] == k["event_id_no_cnty"]
    assert k["actor1"] == "Islamic State (Iraq)" and k["interaction"] == "12"
    assert "most conservative" in k["notes"]


def test_civilians_attacked_and_protests(tmp_path):
    from eventwire.store import open_store

    store = open_store(str(tmp_path / "e.db"))
    try:
        store.write_batch([
            CodedArticle(article("mx", "Armed men on a motorbike killed two men in Celaya.", "2020-05-02"), (incident(
                2, id="mx", date="2020-05-01", country="MX", admin1="Guanajuato", location="Celaya", latitude=20.52,
                longitude=-100.81, perpetrator=None, target_types=("Private Citizens & Property",),
                event_type="Violence against civilians", sub_event_type="Attack",
                summary="Armed men on a motorbike killed two men in Celaya."),)),
            CodedArticle(article("pk", "Traders protested against the lockdown in Lahore.", "2020-05-02"), (incident(
                0, id="pk", date="2020-05-01", country="PK", admin1="Punjab", location="Lahore", latitude=31.55,
                longitude=74.34, perpetrator=None, target_types=(), event_type="Protests",
                sub_event_type="Peaceful protest", summary="Traders protested against the lockdown in Lahore."),)),
        ])
        rows = {r["location"]: r for r in _rows(to_text(store, "acled"))}
    finally:
        store.close()
    mx, pk = rows["Celaya"], rows["Lahore"]
    assert (mx["actor1"], mx["actor2"], mx["interaction"]) == ("Unidentified Armed Group (Mexico)", "Civilians (Mexico)", "37")
    assert mx["civilian_targeting"] == "Civilian targeting" and mx["disorder_type"] == "Political violence"
    assert (pk["actor1"], pk["inter1"], pk["actor2"], pk["interaction"]) == ("Protesters (Pakistan)", "6", "", "60")
    assert pk["disorder_type"] == "Demonstrations" and pk["notes"].startswith("On 1 May 2020, protesters held a protest")


def test_round_trip_through_pandas_with_acleds_types(filled):
    import pandas as pd
    text = to_text(filled, "acled")
    frame = pd.read_csv(io.StringIO(text), dtype=ACLED_DTYPES, parse_dates=["event_date"], keep_default_na=False,
                        na_values={c: [""] for c, t in ACLED_DTYPES.items() if t != "string"})
    assert list(frame.columns) == ACLED_COLUMNS and len(frame) == 2
    k = frame[frame["location"] == "Shalal al-Matar"].iloc[0]
    assert k["event_date"] == pd.Timestamp("2022-12-17") and k["year"] == 2022 and k["inter1"] == 2
    assert k["fatalities"] == 9 and abs(k["latitude"] - 35.62) < 1e-6 and k["iso"] == 368
    assert pd.isna(k["tags"]) or k["tags"] == ""
    # what pandas read writes back as the same rows
    again = frame.assign(event_date=frame["event_date"].dt.strftime("%Y-%m-%d")).to_csv(index=False, lineterminator="\n")
    assert _rows(again) == _rows(text)


def test_headers_match_acleds_own_files():
    for name, columns in (("acled_2022-02-23_2022-02-26_global.csv", ACLED_COLUMNS),
                          ("acled_world_2020-04-27_2020-05-03.csv", ACLED_2020_COLUMNS)):
        with need(SHARED / "data" / "acled" / name).open(encoding="utf-8") as fh:
            assert next(csv.reader(fh)) == columns


def test_cli_export_acled_2020(filled, db_url, tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app

    if "://" in db_url:
        pytest.skip("the CLI test runs on the SQLite file")
    target = tmp_path / "old.csv"
    out = CliRunner().invoke(app, ["export", "--format", "acled-2020", "-o", str(target), "--db", db_url])
    assert out.exit_code == 0, out.output
    assert target.read_text(encoding="utf-8").startswith("data_id,iso,")
    out = CliRunner().invoke(app, ["export", "--format", "acled", "--db", db_url])
    assert out.exit_code == 0 and out.output.startswith("event_id_cnty,event_date,")
