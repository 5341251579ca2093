"""The WikiEvents scorer on a hand-made document: attacks found via evidence sentences, victims, attackers."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import wikievents
from eventwire.records import Incident, Span
from seedutil import need

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "wikievents" / "dev.jsonl"


def _sentence(words, start):
    tokens, offset = [], start
    for w in words:
        tokens.append([w, offset, offset + len(w)])
        offset += len(w) + 1
    return [tokens, " ".join(words)]


RAW = {
    "doc_id": "d1",
    "sentences": [
        _sentence(["A", "bomb", "killed", "a", "general", "in", "Syria", "."], 0),
        _sentence(["IS", "attacked", "a", "convoy", "."], 30),
        _sentence(["The", "attack", "was", "condemned", "."], 50),
    ],
    "event_mentions": [
        {"id": "e1", "event_type": "Life.Die.Unspecified", "trigger": {"text": "killed", "sent_idx": 0},
         "arguments": [{"role": "Victim", "text": "general"}]},
        {"id": "e2", "event_type": "Conflict.Attack.DetonateExplode", "trigger": {"text": "bomb", "sent_idx": 0},
         "arguments": [{"role": "Target", "text": "general"}]},
        {"id": "e3", "event_type": "Conflict.Attack.Unspecified", "trigger": {"text": "attacked", "sent_idx": 1},
         "arguments": [{"role": "Attacker", "text": "IS"}, {"role": "Target", "text": "convoy"}]},
        # an argument, if only a pronoun: a unit of recall (it is not a victim name though)
        {"id": "e4", "event_type": "Conflict.Attack.Unspecified", "trigger": {"text": "attack", "sent_idx": 2},
         "arguments": [{"role": "Victim", "text": "they"}]},
        # no argument: a passing reference, not a unit of recall
        {"id": "e5", "event_type": "Conflict.Attack.Unspecified", "trigger": {"text": "attack", "sent_idx": 2},
         "arguments": []},
    ],
}


def _doc():
    doc = wikievents._document(RAW)
    return doc


def _span(doc, sentence):
    s, e = doc["sentence_spans"][sentence]
    return Span(start=s, end=e, text=doc["text"][s:e])


def test_document_text_and_gold():
    doc = _doc()
    assert doc["text"].split("\n")[1] == "IS attacked a convoy ."
    assert [a["id"] for a in doc["attacks"]] == ["e2", "e3", "e4"]
    assert doc["victims"] == ["general"] and doc["attackers"] == ["IS"]  # "they" is not a name


def test_perfect_prediction_scores_100():
    doc = _doc()
    incidents = [
        Incident(id="a", article_id="d1", human_targets=("Russian major general",), evidence={"killed": (_span(doc, 0),)}),
        Incident(id="b", article_id="d1", perpetrator="Islamic State", summary="IS attacked a convoy .",
                 evidence={"event_type": (_span(doc, 2),)}),
    ]
    m = wikievents.score({"d1": incidents}, [doc])["measures"]
    assert m["attacks"]["f1"] == 100.0 and m["victims"]["f1"] == 100.0 and m["attackers"]["f1"] == 100.0


def test_empty_prediction_scores_0():
    m = wikievents.score({}, [_doc()])["measures"]
    assert m["attacks"]["f1"] == 0.0 and m["attacks"]["r_den"] == 3


def test_partial_prediction_hand_computed():
    doc = _doc()
    incidents = [
        Incident(id="a", article_id="d1", human_targets=("general", "driver"), perpetrator="Hamas",
                 evidence={"killed": (_span(doc, 0),)}),
    ]
    m = wikievents.score({"d1": incidents}, [doc])["measures"]["attacks"]
    # attacks: the one incident is coded from sentence 0 (gold attack e2 + death e1) -> P 1/1;
    # gold attacks e2 (sentence 0) found, e3 (sentence 1) and e4 (sentence 2) not -> R 1/3; F1 = 2*1*(1/3)/(4/3) = 50
    assert (m["p_num"], m["p_den"], m["r_num"], m["r_den"]) == (1, 1, 1, 3) and m["f1"] == 50.0
    victims = wikievents.score({"d1": incidents}, [doc])["measures"]["victims"]
    # victims: general right, driver wrong -> P 1/2; R 1/1; F1 = 2*0.5*1/1.5 = 66.67
    assert victims["f1"] == 66.67


@pytest.mark.shared
def test_dev_file_loads():
    docs = wikievents.load(need(SHARED))
    assert len(docs) == 20 and sum(len(d["attacks"]) for d in docs) == 53
