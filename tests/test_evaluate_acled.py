"""The ACLED scorer on hand-made rows: load, per-field checks, the first incident, hand-computed accuracies."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import acled
from eventwire.records import Incident
from seedutil import need

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "acled" / "acled_world_2020-04-27_2020-05-03.csv"
COLUMNS = ["data_id", "event_date", "event_type", "sub_event_type", "actor1", "country", "admin1", "location",
           "latitude", "longitude", "notes", "fatalities"]
ROWS = [
    ["1", "3-May-20", "Battles", "Armed clash", "Taliban", "Afghanistan", "Baghlan", "Baghlani Jadid", "36.1201",
     "68.6819", "On 3 May 2020, Taliban fighters attacked an Arbaki post in Baghlani Jadid and killed its commander.", "2"],
    ["2", "2-May-20", "Violence against civilians", "Attack", "Unidentified Armed Group (Mexico)", "Mexico",
     "Guerrero", "Acapulco", "16.8634", "-99.8901",
     "On 2 May 2020, armed men shot and killed a driver with gunfire in Acapulco.", "1"],
]


def _write(tmp_path):
    path = tmp_path / "acled.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    return path


def _right():
    return {
        "acled-1": [Incident(id="a", article_id="acled-1", event_type="Battles", sub_event_type="Armed clash",
                             killed=1, perpetrators_killed=1, admin1="Baghlan", latitude=36.15, longitude=68.70,
                             perpetrator="Taliban (Afghanistan)")],
        "acled-2": [Incident(id="b", article_id="acled-2", event_type="Violence against civilians",
                             sub_event_type="Attack", killed=1, admin1="Guerrero", latitude=16.86, longitude=-99.88)],
    }


def test_load_parses_dates_and_numbers(tmp_path):
    rows = acled.load(_write(tmp_path))
    assert rows[0]["date"] == "2020-05-03" and rows[0]["fatalities"] == 2 and rows[0]["latitude"] == 36.1201
    assert acled.article_for(rows[1]).published == "2020-05-02"


def test_perfect_prediction_scores_100(tmp_path):
    m = acled.score(_right(), acled.load(_write(tmp_path)))["measures"]
    # fatalities of row 1: 1 victim + 1 attacker = ACLED's 2; actor1 of row 2: unidentified = no perpetrator
    assert all(v["accuracy"] == 100.0 for v in m.values()), m


def test_empty_prediction_scores_0(tmp_path):
    m = acled.score({}, acled.load(_write(tmp_path)))["measures"]
    assert all(v["accuracy"] == 0.0 for v in m.values())


def test_partial_prediction_hand_computed(tmp_path):
    pred = _right()
    # row 1: victims only (1 != 2), 40 km away; the second incident is ignored, the first is compared
    first = pred["acled-1"][0].replace(perpetrators_killed=None, latitude=36.48)
    pred["acled-1"] = [first, first.replace(id="c", killed=2, perpetrators_killed=0)]
    del pred["acled-2"]
    m = acled.score(pred, acled.load(_write(tmp_path)))["measures"]
    # row 1 right on event_type, sub_event_type, admin1, actor1; wrong on fatalities, location; row 2 all wrong
    assert m["event_type"]["accuracy"] == 50.0  # 1/2
    assert m["fatalities"]["accuracy"] == 0.0  # 0/2
    assert m["location_25km"]["accuracy"] == 0.0  # (36.48 - 36.12) * 111 km = 40 km > 25 km; 0/2
    assert m["incident_found"]["accuracy"] == 50.0  # 1/2


def test_not_an_acled_file(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(EvaluationError):
        acled.load(path)


@pytest.mark.shared
def test_dev_file_loads():
    rows = acled.load(need(SHARED))
    assert len(rows) == 2725 and all(r["date"][:4] == "2020" for r in rows[:300])
    assert sum(r["states_key"] for r in rows[:300]) == 25


def test_notes_that_state_their_own_key_are_scored_apart(tmp_path):
    ROWS.append(["3", "1-May-20", "Battles", "Armed clash", "Houthis", "Yemen", "Al Jawf", "Al Hazm", "16.16",
                 "44.77", "On 1 May 2020, Houthis clashed with pro-Hadi forces. Unknown fatalities coded as 10.", "10"])
    try:
        rows = acled.load(_write(tmp_path))
    finally:
        ROWS.pop()
    assert [r["states_key"] for r in rows] == [False, False, True]
    pred = _right()
    pred["acled-3"] = [Incident(id="c", article_id="acled-3", event_type="Battles", sub_event_type="Armed clash",
                                killed=10, admin1="Al Jawf", latitude=16.16, longitude=44.77)]
    res = acled.score(pred, rows)
    m = res["measures"]
    assert res["keyed_notes"] == 1
    assert (m["fatalities"]["correct"], m["fatalities"]["total"]) == (3, 3)
    assert (m["keyed_fatalities"]["correct"], m["keyed_fatalities"]["total"]) == (1, 1)
    assert (m["unkeyed_fatalities"]["correct"], m["unkeyed_fatalities"]["total"]) == (2, 2)
    del pred["acled-1"]
    m = acled.score(pred, rows)["measures"]
    assert m["unkeyed_incident_found"]["accuracy"] == 50.0 and m["keyed_incident_found"]["accuracy"] == 100.0


@pytest.mark.parametrize("note, stated", [
    ("Deaths coded as 12, split over three districts.", True),
    ("Toll unclear, coded at 4 with one victim named.", True),
    ("a local militia, listed under its parent army by default for want of detail", True),
    ("No fatalities were reported.", False),
    ("Police decoded a message from the group.", False),
])
def test_which_notes_state_their_own_key(note, stated):
    assert bool(acled.STATES_OWN_KEY.search(note)) is stated


def test_rows_the_types_models_were_not_fitted_on_are_scored_apart(tmp_path):
    """heldout_<field>: only the rows whose note falls in the learned types models' held-out fold, the same fold
    scripts/train_types.py leaves out (types_model.held_out)."""
    import zlib

    from eventwire import types_model

    rows = acled.load(_write(tmp_path))
    out = [r["id"] for r in rows if types_model.held_out(r["text"])]
    assert out == ["acled-2"]  # the Acapulco note: crc32 in fold 0 of 10, the Baghlan note not
    assert zlib.crc32(rows[1]["text"].encode()) % types_model.TRAINING_FOLDS == types_model.HELD_OUT_FOLD
    pred = _right()
    del pred["acled-1"]
    m = acled.score(pred, rows)["measures"]
    assert m["incident_found"]["accuracy"] == 50.0
    assert (m["heldout_incident_found"]["correct"], m["heldout_incident_found"]["total"]) == (1, 1)
    del pred["acled-2"]
    assert acled.score(pred, rows)["measures"]["heldout_event_type"]["accuracy"] == 0.0
