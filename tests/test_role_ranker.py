"""Tests of the role ranker (eventwire.role_ranker) with the real spaCy pipeline and the shipped weights."""
from __future__ import annotations

import json

import pytest

from eventwire import linear, parse, pipeline, role_ranker
from eventwire.options import default_options

# written for these tests, not taken from any corpus
MURDER = "Urban terrorists murdered Jesuit priest Ignacio Ellacuria and his housekeeper in San Salvador on Thursday."
ARSON = "Heavily armed men set fire to the offices of the electoral council in the town of Apopa last night."


@pytest.fixture(scope="module")
def nlp():
    options = default_options()
    return parse.load_pipeline(options.parse.model, tuple(options.parse.exclude))


def _whole(text):
    return [(0, len(text))]


def test_model_ships_with_its_labels():
    model = role_ranker.load()
    assert model is not None, "src/eventwire/data/models/role_ranker.json is missing"
    data = json.loads(role_ranker.model_path().read_text(encoding="utf-8"))
    assert tuple(data["labels"]) == role_ranker.LABELS
    assert data["trained_on"] == "train.json"
    assert len(model.weights) > 1000


def test_candidates_include_tails_names_and_of_phrases(nlp):
    texts = {s.text for s in role_ranker.candidate_spans(nlp(MURDER), _whole(MURDER))}
    # the key names the priest without his title; the chunk's tails and its name run offer that phrase
    assert {"Jesuit priest Ignacio Ellacuria", "Ignacio Ellacuria", "Urban terrorists"} <= texts
    assert not {"his", "he", "who"} & texts
    texts = {s.text for s in role_ranker.candidate_spans(nlp(ARSON), _whole(ARSON))}
    assert "the offices of the electoral council" in texts


def test_candidates_stay_inside_the_sentences_given(nlp):
    text = MURDER + " " + ARSON
    texts = {s.text for s in role_ranker.candidate_spans(nlp(text), [(0, len(MURDER))])}
    assert "Ignacio Ellacuria" in texts
    assert "Heavily armed men" not in texts


def test_ranks_victim_perpetrator_and_target(nlp):
    chosen = role_ranker.choose(role_ranker.rank(nlp(MURDER), _whole(MURDER), _whole(MURDER)))
    assert {(MURDER[s:e], label) for s, e, label in chosen} >= {
        ("Ignacio Ellacuria", "VICTIM"), ("Urban terrorists", "PERPIND")}
    chosen = role_ranker.choose(role_ranker.rank(nlp(ARSON), _whole(ARSON), _whole(ARSON)))
    assert ("the offices of the electoral council", "TARGET") in {(ARSON[s:e], label) for s, e, label in chosen}


def test_choose_keeps_the_best_of_overlapping_candidates_and_respects_taken_spans():
    ranked = [(10, 30, "VICTIM", 0.9), (0, 30, "VICTIM", 0.5), (40, 50, "TARGET", 0.4), (60, 70, "WEAPON", 0.29),
              (80, 90, "PERPIND", 0.8)]
    assert role_ranker.choose(ranked, taken=[(85, 88)]) == [(10, 30, "VICTIM"), (40, 50, "TARGET")]
    assert role_ranker.choose(ranked, threshold=0.2) == [
        (10, 30, "VICTIM"), (80, 90, "PERPIND"), (40, 50, "TARGET"), (60, 70, "WEAPON")]


def test_pipeline_adds_ranked_fillers_with_evidence():
    coded = pipeline.code_text(MURDER, published="1989-11-18")
    incident = coded.incidents[0]
    assert "Ignacio Ellacuria" in incident.human_targets
    spans = incident.evidence["human_targets"]
    assert any(MURDER[s.start:s.end] == "Ignacio Ellacuria" for s in spans)


def test_absent_model_adds_nothing(monkeypatch, nlp):
    monkeypatch.setattr(role_ranker, "_MODEL", linear.Packaged(("data", "models", "absent.json"), role_ranker.LABELS))
    assert role_ranker.load() is None
    assert role_ranker.rank(nlp(MURDER), _whole(MURDER), _whole(MURDER)) == []


def test_remembered_ranks_are_the_ranks_computed(nlp):
    """rank remembers each candidate's best role on the doc: asked again, with other sentences or other main
    sentences, it answers what a fresh parse of the text answers, and a candidate in or out of the main sentences
    is ranked for each (the 'main' feature moves its probabilities)."""
    text = MURDER + " " + ARSON
    first, second = [(0, len(MURDER))], [(len(MURDER) + 1, len(text))]
    doc = nlp(text)
    for sentences, main in ((first, first), (_whole(text), first), (_whole(text), second), (first, first)):
        assert role_ranker.rank(doc, sentences, main) == role_ranker.rank(nlp(text), sentences, main)
    as_main = dict(((s, e), p) for s, e, _, p in role_ranker.rank(doc, first, first))
    aside = dict(((s, e), p) for s, e, _, p in role_ranker.rank(doc, first, second))
    assert as_main.keys() == aside.keys() and as_main != aside
    # each candidate of the whole text twice (in and out of the main sentences), ranked once each
    assert len(doc.user_data["eventwire_role_ranks"]) == 2 * (len(as_main) + len(
        role_ranker.candidate_spans(doc, second)))
