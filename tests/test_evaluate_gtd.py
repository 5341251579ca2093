"""The GTD scorer on hand-made rows: primary and any-position type codes, counts, group, place, claim."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.evaluate import gtd
from eventwire.records import Incident
from seedutil import need

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "gtd" / "gtd_1970_1972_sample.csv"
COLUMNS = ["eventid", "iyear", "imonth", "iday", "country_txt", "city", "summary", "attacktype1_txt", "targtype1_txt",
           "weaptype1_txt", "nkill", "nwound", "gname", "claimed", "latitude", "longitude"]
ROWS = [
    ["1", "1970", "1", "1", "United States", "Cairo", "1/1/1970: Unknown assailants fired at police headquarters in Cairo.",
     "Armed Assault", "Police", "Firearms", "0", "0", "Unknown", "0", "37.005", "-89.176"],
    ["2", "1970", "3", "0", "West Germany (FRG)", "Berlin", "3/1970: A bomb exploded at a US military club in Berlin.",
     "Bombing/Explosion", "Military", "Explosives", "1", "", "Left-Wing Militants", "-9", "52.52", "13.405"],
    ["3", "1970", "4", "2", "Italy", "Rome", "", "Bombing/Explosion", "Military", "Explosives", "0", "0", "Unknown", "0", "41.9", "12.5"],
]


def _write(tmp_path):
    path = tmp_path / "gtd.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(ROWS)
    return path


def _right():
    return {
        "gtd-1": [Incident(id="a", article_id="gtd-1", attack_types=("Armed Assault",), target_types=("Police",),
                           weapon_types=("Firearms",), killed=0, wounded=None, country="US", location="Cairo", claimed=None,
                           latitude=37.0, longitude=-89.2)],
        "gtd-2": [Incident(id="b", article_id="gtd-2", attack_types=("Bombing/Explosion",), target_types=("Military",),
                           weapon_types=("Explosives",), killed=1, perpetrator="left-wing militants", country="DE",
                           location="Berlin", latitude=52.5, longitude=13.4)],
    }


def test_load_skips_rows_without_summary_and_reads_unknowns(tmp_path):
    rows = gtd.load(_write(tmp_path))
    assert [r["id"] for r in rows] == ["gtd-1", "gtd-2"]
    assert rows[1]["date"] == "1970-03-01" and rows[1]["nwound"] is None and rows[1]["claimed"] is None


def test_perfect_prediction_scores_100(tmp_path):
    m = gtd.score(_right(), gtd.load(_write(tmp_path)))["measures"]
    assert all(v["accuracy"] == 100.0 for v in m.values()), m


def test_empty_prediction_scores_0(tmp_path):
    m = gtd.score({}, gtd.load(_write(tmp_path)))["measures"]
    assert all(v["accuracy"] == 0.0 for v in m.values())


def test_partial_prediction_hand_computed(tmp_path):
    pred = _right()
    # row 2: the bombing coded second -> wrong as primary code, right as "any"; Paris instead of Berlin
    pred["gtd-2"] = [pred["gtd-2"][0].replace(attack_types=("Armed Assault", "Bombing/Explosion"), location="Paris",
                                                 latitude=48.85, longitude=2.35)]
    m = gtd.score(pred, gtd.load(_write(tmp_path)))["measures"]
    assert m["attacktype1"]["accuracy"] == 50.0  # row 1 right, row 2 wrong: 1/2
    assert m["attacktype1_any"]["accuracy"] == 100.0  # 2/2
    assert m["city"]["accuracy"] == 50.0  # 1/2
    assert m["location_25km"]["accuracy"] == 50.0  # Paris is 880 km from Berlin: 1/2
    assert (m["nwound"]["correct"], m["nwound"]["total"]) == (1, 1)  # row 2 has no nwound: not scored
    assert (m["claimed"]["correct"], m["claimed"]["total"]) == (1, 1)  # row 2 claimed -9 (unknown): not scored


@pytest.mark.shared
def test_sample_loads():
    rows = gtd.load(need(SHARED))
    assert len(rows) == 542 and rows[0]["date"] == "1970-01-01"


def test_rows_the_types_models_were_not_fitted_on_are_scored_apart(tmp_path):
    """heldout_<field>: only the rows whose summary falls in the learned GTD models' held-out fold, the fold
    scripts/train_types.py leaves out (types_model.held_out, crc32 of the summary)."""
    import zlib

    from eventwire import types_model

    held = "3/3/1970: A bomb exploded at a US military club in Berlin."
    assert zlib.crc32(held.encode()) % types_model.TRAINING_FOLDS == types_model.HELD_OUT_FOLD
    path = tmp_path / "gtd.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows([ROWS[0], [ROWS[1][0], *ROWS[1][1:6], held, *ROWS[1][7:]]])
    rows = gtd.load(path)
    assert [r["id"] for r in rows if types_model.held_out(r["text"])] == ["gtd-2"]
    pred = _right()
    pred["gtd-1"] = [pred["gtd-1"][0].replace(attack_types=("Bombing/Explosion",))]
    res = gtd.score(pred, rows)
    m = res["measures"]
    assert res["heldout_rows"] == 1
    assert m["attacktype1"]["accuracy"] == 50.0  # row 1 wrong, row 2 right
    assert (m["heldout_attacktype1"]["correct"], m["heldout_attacktype1"]["total"]) == (1, 1)  # row 2 only
    del pred["gtd-2"]
    assert gtd.score(pred, rows)["measures"]["heldout_gname"]["accuracy"] == 0.0
