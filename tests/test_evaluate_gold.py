"""The gold-file scorer: one-to-one alignment of incidents, field checks with alternatives, missed and spurious."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import gold as gold_scorer
from eventwire.records import Article, CodedArticle, Incident
from seedutil import need

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "000_4c74c92a67e39f7d.gold.json"

GOLD = {
    "article": "a.txt",
    "incidents": [
        {
            "id": "patrol",
            "date_window": ["2022-12-17", "2022-12-18"],
            "date_precision": "day",
            "country": "IQ",
            "admin1": "Kirkuk",
            "location": "Shalal al-Matar",
            "location_alternatives": ["Kirkuk"],
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED",
            "attack_types": ["Bombing/Explosion", "Armed Assault"],
            "target_types": ["Police"],
            "weapon_types": ["Explosives", "Firearms"],
            "perpetrator": "Islamic State",
            "killed": 9,
            "wounded": None,
            "perpetrators_killed": 1,
            "claimed": True,
            "claim_channel": "Telegram",
            "alternatives": {"event_type": ["Battles"], "sub_event_type": ["Armed clash"]},
        },
        {
            "id": "outpost",
            "date_window": ["2022-11-01", "2022-11-30"],
            "date_precision": "month",
            "country": "IQ",
            "admin1": "Kirkuk",
            "location": "Kirkuk",
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "attack_types": ["Armed Assault"],
            "target_types": ["Military"],
            "weapon_types": ["Firearms"],
            "perpetrator": None,
            "killed": 4,
            "wounded": None,
            "perpetrators_killed": None,
            "claimed": False,
            "claim_channel": None,
            "alternatives": {},
        },
    ],
}


def _incident(id_, **fields):
    return Incident(id=id_, article_id="a", **fields)


PATROL = _incident(
    "p1", date="2022-12-18", date_precision="day", country="IQ", admin1="Kirkuk", location="Kirkuk",
    event_type="Battles", sub_event_type="Armed clash", attack_types=("Armed Assault", "Bombing/Explosion"),
    target_types=("Police",), weapon_types=("Firearms", "Explosives"), perpetrator="ISIS", killed=9,
    perpetrators_killed=1, claimed=True, claim_channel="telegram",
)
OUTPOST = _incident(
    "p2", date_earliest="2022-11-01", date_latest="2022-11-30", date_precision="month", country="IQ", admin1="Kirkuk",
    location="Kirkuk", event_type="Battles", sub_event_type="Armed clash", attack_types=("Armed Assault",),
    target_types=("Military",), weapon_types=("Firearms",), killed=4, claimed=False,
)


def _coded(*incidents):
    return CodedArticle(article=Article(id="a", text="t"), incidents=incidents)


def test_perfect_prediction_matches_every_field_in_any_order():
    report = gold_scorer.compare(_coded(OUTPOST, PATROL), GOLD)
    assert report["all_match"], report
    assert [(p["gold"], p["predicted"]) for p in report["pairs"]] == [("patrol", "p1"), ("outpost", "p2")]
    res = gold_scorer.score(_coded(OUTPOST, PATROL), GOLD)
    assert res["measures"]["incidents"]["f1"] == 100.0
    assert all(m["accuracy"] == 100.0 for k, m in res["measures"].items() if k != "incidents")


def test_empty_prediction_misses_everything():
    report = gold_scorer.compare(_coded(), GOLD)
    assert report["missed"] == ["patrol", "outpost"] and not report["all_match"]
    res = gold_scorer.score(_coded(), GOLD)
    assert res["measures"]["incidents"]["f1"] == 0.0 and res["measures"]["killed"]["accuracy"] == 0.0


def test_partial_prediction_names_mismatches_missed_and_spurious():
    wrong_patrol = PATROL.replace(killed=8, claimed=None, location="Baghdad")
    noise = _incident("p9", date="2019-01-01", country="SY", summary="ISIS lost its last stronghold in Syria")
    report = gold_scorer.compare(_coded(wrong_patrol, noise), GOLD)
    assert [(p["gold"], p["predicted"]) for p in report["pairs"]] == [("patrol", "p1")]
    assert report["pairs"][0]["mismatches"] == ["location", "killed", "claimed"]
    assert report["missed"] == ["outpost"]
    assert [s["id"] for s in report["spurious"]] == ["p9"]
    res = gold_scorer.score(_coded(wrong_patrol, noise), GOLD)
    # incidents: 1 pair of 2 predicted and 2 gold -> P 50, R 50, F1 50
    assert res["measures"]["incidents"]["f1"] == 50.0
    # killed: right for no gold incident (patrol paired but 8 != 9, outpost missed) -> 0/2; country 1/2
    assert (res["measures"]["killed"]["correct"], res["measures"]["killed"]["total"]) == (0, 2)
    assert res["measures"]["country"]["accuracy"] == 50.0


def test_date_outside_window_is_a_mismatch():
    report = gold_scorer.compare(_coded(PATROL.replace(date="2022-12-16")), GOLD)
    assert "date" in report["pairs"][0]["mismatches"]


def test_load_rejects_files_that_are_not_gold(tmp_path):
    bad = tmp_path / "x.gold.json"
    bad.write_text(json.dumps({"incidents": "no"}), encoding="utf-8")
    with pytest.raises(EvaluationError):
        gold_scorer.load(bad)
    with pytest.raises(EvaluationError):
        gold_scorer.load(tmp_path / "missing.gold.json")


def test_article_is_read_from_the_gold_directory(tmp_path):
    (tmp_path / "a.txt").write_text("date 2022-12-18 Gunmen killed 3 police officers in Kirkuk.", encoding="utf-8")
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    article = gold_scorer.read_article(gold_scorer.load(path))
    assert article.published == "2022-12-18" and article.text.startswith("Gunmen killed")


@pytest.mark.shared
def test_seed_gold_loads_and_matches_itself():
    gold = gold_scorer.load(need(SEED))
    assert gold_scorer.read_article(gold).published == "2022-12-18"
    incidents = []
    for g in gold["incidents"]:
        lo, hi = g["date_window"]
        fields = {k: g[k] for k in gold_scorer.FIELDS if k not in ("date",) and k in g}
        for k in ("attack_types", "target_types", "weapon_types"):
            fields[k] = tuple(fields[k])
        incidents.append(_incident(g["id"], date=lo if lo == hi else None, date_earliest=lo, date_latest=hi, **fields))
    assert gold_scorer.compare(_coded(*incidents), gold)["all_match"]
