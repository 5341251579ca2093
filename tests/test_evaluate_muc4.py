"""The MUC-4 scorer: GTT's template metric on hand-made documents, the original-key slots, the prediction format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import gtt
from eventwire.evaluate import muc4
from eventwire.records import Article, CodedArticle, Incident
from seedutil import need

SHARED_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "muc4" / "dev.json"


def _gold_template(kind="attack", **roles):
    template = {"incident_type": kind}
    for role in muc4.ROLES:
        template[role] = [[muc4.normalize(m) for m in entity] for entity in roles.get(role, [])]
    return template


def _pred(kind="attack", **roles):
    template = {"incident_type": kind}
    for role in muc4.ROLES:
        template[role] = roles.get(role, [])
    return template


GOLD = {
    "DOC-1": {
        "templates": [
            _gold_template(
                PerpInd=[["guerrillas", "guerrilla column"]],
                PerpOrg=[["fmln"]],
                Victim=[["jesuits"], ["priests"]],
            )
        ],
        "slots": [None],
    }
}


def test_perfect_prediction_scores_100():
    pred = {"DOC-1": {"pred_templates": [_pred(PerpInd=[["guerrillas"]], PerpOrg=[["FMLN"]], Victim=[["jesuits"], ["priests"]])]}}
    m = muc4.score(pred, GOLD)["measures"]
    assert m["template"]["f1"] == 100.0
    assert m["Victim"]["f1"] == 100.0


def test_empty_prediction_scores_0():
    m = muc4.score({}, GOLD)["measures"]
    assert m["template"]["f1"] == 0.0
    # nothing predicted: recall's denominator is type + 4 gold entities
    assert (m["template"]["r_num"], m["template"]["r_den"]) == (0, 5)


def test_partial_prediction_hand_computed():
    pred = {
        "DOC-1": {
            "pred_templates": [
                # "The guerrillas" normalises to "guerrillas"; "FMLN." to "fmln"; "soldiers" and "bomb" are wrong
                _pred(PerpInd=[["The guerrillas"]], PerpOrg=[["FMLN."]], Victim=[["jesuits"], ["soldiers"]], Weapon=[["bomb"]]),
                # a spurious kidnapping: its type and its entity add to precision's denominator only
                _pred("kidnapping", Victim=[["mayor"]]),
            ]
        }
    }
    m = muc4.score(pred, GOLD)["measures"]
    # type 1/2 (spurious template), PerpInd 1/1, PerpOrg 1/1, Victim 1/3 (jesuits; soldiers, mayor wrong), Weapon 0/1
    # P = (1+1+1+1+0) / (2+1+1+3+1) = 4/8; R = (type 1 + PerpInd 1 + PerpOrg 1 + Victim 1) / (1+1+1+2) = 4/5
    # F1 = 2 * 0.5 * 0.8 / 1.3 = 61.54
    assert (m["template"]["p_num"], m["template"]["p_den"], m["template"]["r_num"], m["template"]["r_den"]) == (4, 8, 4, 5)
    assert m["template"]["f1"] == 61.54
    assert (m["Victim"]["p_num"], m["Victim"]["p_den"], m["Victim"]["r_num"], m["Victim"]["r_den"]) == (1, 3, 1, 2)
    assert m["incident_type"]["precision"] == 50.0


def test_type_mismatch_leaves_templates_unaligned():
    pred = {"DOC-1": [_pred("bombing", PerpInd=[["guerrillas"]])]}
    m = muc4.score(pred, GOLD)["measures"]
    # no pair: 0 right of 2 predicted (type + entity), 0 found of 5 gold
    assert (m["template"]["p_num"], m["template"]["p_den"], m["template"]["r_num"]) == (0, 2, 0)


def test_predicted_type_contained_in_a_gold_disjunction_aligns():
    gold = {"D": {"templates": [_gold_template("bombing / attack", PerpInd=[["guerrillas"]])], "slots": [None]}}
    m = muc4.score({"D": [_pred("attack", PerpInd=[["guerrillas"]])]}, gold)["measures"]
    assert m["template"]["f1"] == 100.0


def test_alignment_picks_the_best_of_two_gold_templates():
    gold = {
        "D": {
            "templates": [
                _gold_template(PerpInd=[["soldiers"]]),
                _gold_template(PerpInd=[["guerrillas"]], Victim=[["mayor"]]),
            ],
            "slots": [None, None],
        }
    }
    m = muc4.score({"D": [_pred(PerpInd=[["guerrillas"]], Victim=[["mayor"]])]}, gold)["measures"]
    # aligned with the second template: P 3/3; R (2 types: 1 found) + soldiers 0 + guerrillas 1 + mayor 1 = 3/5
    assert (m["template"]["p_num"], m["template"]["p_den"], m["template"]["r_num"], m["template"]["r_den"]) == (3, 3, 3, 5)


def test_many_templates_fall_back_to_greedy_without_hanging():
    gold = {"D": {"templates": [_gold_template(PerpInd=[[f"g{i}"]]) for i in range(8)], "slots": [None] * 8}}
    pred = {"D": [_pred(PerpInd=[[f"g{i}"]]) for i in range(8)]}
    assert muc4.score(pred, gold)["measures"]["template"]["f1"] == 100.0


RAW_KEY = """;;; comment
0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  - 04 FEB 90
3.  INCIDENT: LOCATION              (EL SALVADOR: SAN SALVADOR (CITY)) / (EL SALVADOR: SAN SALVADOR (DEPARTMENT))
4.  INCIDENT: TYPE                  ATTACK
9.  PERP: INDIVIDUAL ID             "GUERRILLAS"
11. PERP: ORGANIZATION CONFIDENCE   REPORTED AS FACT / CLAIMED OR ADMITTED: "URNG"
23. HUM TGT: EFFECT OF INCIDENT     NO INJURY: "DRIVER"
                                    DEATH: "CIVILIAN"

0.  MESSAGE: ID                     TST9-MUC4-0002
1.  MESSAGE: TEMPLATE               *
2.  INCIDENT: DATE                  *
"""


def _write_split(tmp_path):
    (tmp_path / "raw_keys").mkdir()
    (tmp_path / "raw_keys" / "key-x").write_text(RAW_KEY, encoding="utf-8")
    record = {
        "docid": "TST9-MUC4-0001",
        "doctext": "guerrillas killed a civilian.",
        "templates": [{"PerpInd": [[["guerrillas", 0]]], "Victim": [], "incident_type": "attack", "Weapon": [],
                       "Target": [], "PerpOrg": []}],
    }
    (tmp_path / "dev.json").write_text(json.dumps(record) + "\n", encoding="utf-8")
    original = {"docid": "TST9-MUC4-0001", "text": "GUERRILLAS KILLED A CIVILIAN.", "dateline": "SAN SALVADOR, 4 FEB 90 (RADIO VENCEREMOS)"}
    (tmp_path / "doc_dev.jsonl").write_text(json.dumps(original) + "\n", encoding="utf-8")
    return tmp_path / "dev.json"


def test_load_reads_original_slots_and_texts(tmp_path):
    gold = muc4.load(_write_split(tmp_path))
    doc = gold["TST9-MUC4-0001"]
    slots = doc["slots"][0]
    assert slots["date"] == [(None, __import__("datetime").date(1990, 2, 4))]
    assert slots["countries"] == ["SV", "SV"] and slots["places"] == ["san salvador", "san salvador"]
    assert slots["killed"] is True and slots["wounded"] is False and slots["claimed"] is True
    article = muc4.article_for("TST9-MUC4-0001", doc)
    assert article.text.startswith("GUERRILLAS") and article.published == "1990-02-04"
    assert article.dateline_place == "SAN SALVADOR" and article.source == "RADIO VENCEREMOS"


def test_slots_scored_over_aligned_templates(tmp_path):
    gold = muc4.load(_write_split(tmp_path))
    right = Incident(id="i1", article_id="TST9-MUC4-0001", date="1990-02-03", country="SV", location="San Salvador",
                     killed=1, claimed=True, perpetrator_individuals=("guerrillas",), muc_incident_type="attack")
    wrong = right.replace(date="1990-02-05", country="GT", location="Flores", killed=0, wounded=2, claimed=False)
    for incident, expected in ((right, 100.0), (wrong, 0.0)):
        coded = CodedArticle(article=Article(id="TST9-MUC4-0001", text="x"), incidents=(incident,))
        m = muc4.score(gtt.to_gtt([coded], slots=True), gold)["measures"]
        for slot in ("slot_date", "slot_country", "slot_place", "slot_killed", "slot_wounded", "slot_claimed"):
            assert m[slot]["accuracy"] == expected, slot


def test_to_gtt_maps_incident_fields_to_roles():
    incident = Incident(
        id="i", article_id="a", muc_incident_type="bombing", perpetrator_individuals=("gunmen", "Gunmen"),
        perpetrator_organizations=("FMLN",), physical_targets=("bus",), human_targets=("mayor",), weapons=("bomb",),
    )
    out = gtt.to_gtt([CodedArticle(article=Article(id="a", text="t"), incidents=(incident,))])
    assert out == {"a": {"pred_templates": [{"PerpInd": [["gunmen"]], "PerpOrg": [["FMLN"]], "incident_type": "bombing",
                                             "Target": [["bus"]], "Victim": [["mayor"]], "Weapon": [["bomb"]]}]}}


def test_missing_file_raises_evaluation_error(tmp_path):
    from eventwire.errors import EvaluationError

    with pytest.raises(EvaluationError):
        muc4.load(tmp_path / "nope.json")


@pytest.mark.shared
def test_dev_gold_scores_100_against_itself():
    gold = muc4.load(need(SHARED_DEV))
    assert len(gold) == 200
    assert sum(1 for d in gold.values() for s in d["slots"] if s) == sum(len(d["templates"]) for d in gold.values())
    pred = {k: {"pred_templates": d["templates"]} for k, d in gold.items()}
    assert muc4.score(pred, gold)["measures"]["template"]["f1"] == 100.0
