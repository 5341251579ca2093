"""Tests of the MUC-4 typer (eventwire.muc_typer) with the real spaCy pipeline and the shipped weights."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from seedutil import load_script

from eventwire import detect, extract, linear, muc_typer, pipeline
from eventwire.options import Options, default_options
from eventwire.records import Article

REPO = Path(__file__).resolve().parent.parent

# written for these tests, not taken from any corpus
BOMB = "Terrorists placed a bomb at a bank in Lima on Sunday, wounding five employees."
# a guerrilla communique on combat with the army: MUC-4 codes terrorism, not military operations
AMBUSH = ("At 0700 our forces ambushed an army convoy near Cuscatancingo, destroying six armored vehicles. "
          "We killed 20 soldiers of the Atlacatl Battalion, the FMLN said in a communique.")
RULES_ONLY = Options.load(overrides={"extract": {"muc_model": False}}, use_env=False)


def _coded(text: str):
    options = default_options()
    article = Article(id="t", text=text, published="1989-11-20")
    work = next(pipeline.detected([article], options))
    return work.drafts, work.doc, pipeline.placed(extract.code_drafts(work, options), work, options)


def _types(text: str, options=None) -> list[str | None]:
    return [i.muc_incident_type for i in pipeline.code_text(text, "1989-11-20", options).incidents]


def test_model_ships_with_its_labels():
    model = muc_typer.load()
    assert model is not None, "src/eventwire/data/models/muc_typer.json is missing"
    data = json.loads(muc_typer.model_path().read_text(encoding="utf-8"))
    assert tuple(data["labels"]) == muc_typer.LABELS
    assert data["trained_on"] == "train.json"


def test_decide_keeps_the_likeliest_type_or_none_below_the_threshold():
    # none, attack, bombing, kidnapping, arson, robbery, forced work stoppage
    assert muc_typer.decide([0.5, 0.1, 0.3, 0.1, 0, 0, 0]) == "bombing"
    assert muc_typer.decide([0.75, 0.2, 0.05, 0, 0, 0, 0]) is None  # 0.25 < 0.3
    assert muc_typer.decide([0.75, 0.2, 0.05, 0, 0, 0, 0], threshold=0.2) == "attack"


def test_features_read_the_rules_coding_the_act_word_and_the_article():
    drafts, doc, incidents = _coded(BOMB)
    f = muc_typer.features(incidents, drafts, 0, doc, detect.article_date(Article(id="t", text=BOMB, published="1989-11-20")))
    assert f["type=bombing"] == 1.0 and f["bias"] == 1.0
    assert "trig=bomb" in f and "wounded" in f and "idx=0" in f and "mucn=1" in f
    assert "ttag=NN" in f and "anc=placed" in f  # "placed a bomb": the act word's tag and the verb governing it
    assert "dage=1" in f  # "on Sunday" in a report published on Monday 20 November: one day before
    assert any(name.startswith("doclen=") for name in f)


def test_a_placed_bomb_stays_a_bombing():
    assert _types(BOMB) == ["bombing"]


def test_combat_told_by_a_guerrilla_communique_is_not_a_muc4_incident():
    assert _types(AMBUSH, RULES_ONLY) == ["attack"]
    assert _types(AMBUSH) == [None]
    # the incident itself stays, with its ACLED coding: only the MUC-4 label is withheld
    assert pipeline.code_text(AMBUSH, "1989-11-20").incidents[0].event_type == "Battles"


def test_retype_follows_the_model_it_is_given():
    drafts, doc, incidents = _coded(BOMB)
    n = len(muc_typer.LABELS)
    to_arson = linear.LinearModel(muc_typer.LABELS, {"type=bombing": [0.0] * (n - 3) + [5.0, 0.0, 0.0]})
    assert [i.muc_incident_type for i in muc_typer.retype(incidents, drafts, doc, None, to_arson)] == ["arson"]
    to_none = linear.LinearModel(muc_typer.LABELS, {"bias": [5.0] + [0.0] * (n - 1)})
    assert [i.muc_incident_type for i in muc_typer.retype(incidents, drafts, doc, None, to_none)] == [None]


def test_absent_model_keeps_the_rules_types(monkeypatch):
    monkeypatch.setattr(muc_typer, "_MODEL", linear.Packaged(("data", "models", "absent.json"), muc_typer.LABELS))
    assert muc_typer.load() is None
    assert _types(AMBUSH) == ["attack"]


@pytest.mark.slow
def test_training_labels_come_from_the_key(tmp_path):
    train = load_script(REPO / "scripts" / "train_muc_typer.py")
    # a bombing the key calls an attack, and a document the key leaves empty (GTT's JSON-lines layout)
    rows = [
        {"docid": "DEV-1", "doctext": BOMB, "templates": [
            {"incident_type": "attack", "PerpInd": [[["terrorists", 0]]], "PerpOrg": [], "Target": [[["a bank", 0]]],
             "Victim": [[["five employees", 0]]], "Weapon": [[["a bomb", 0]]]}]},
        {"docid": "DEV-2", "doctext": AMBUSH, "templates": []},
    ]
    path = tmp_path / "train.json"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    examples = train.examples(path)
    assert [muc_typer.LABELS[label] for _, label in examples] == ["attack", "none"]
    assert examples[0][0]["type=bombing"] == 1.0  # features from the rules' coding, whatever the key says
