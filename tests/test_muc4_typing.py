"""MUC-4 incident types: the template document's typing rules and the learned relevance scorer."""
from __future__ import annotations

import pytest

from eventwire import relevance
from eventwire.options import Options
from eventwire.pipeline import code_text
from eventwire.records import Article, Incident


def _types(text: str, options=None) -> list[str | None]:
    return [i.muc_incident_type for i in code_text(text, "1989-11-20", options).incidents]


def test_bombs_dropped_from_aircraft_are_an_attack_not_a_bombing():
    assert _types("Air force planes bombed the village of Perquin on Sunday, killing five peasants.") == ["attack"]


def test_a_placed_bomb_stays_a_bombing():
    assert _types("Terrorists placed a bomb at a bank in Lima on Sunday, wounding five employees.") == ["bombing"]


def test_the_relevance_model_ships_with_the_package():
    assert relevance.available()


def _incident(summary: str, **fields) -> Incident:
    return Incident(id="a#1", article_id="a", summary=summary, muc_incident_type="attack", **fields)


def test_a_specific_killing_outscores_commentary_on_the_war():
    article = Article(id="a", text="", published="1989-11-20", dateline_place="SAN SALVADOR")
    specific = _incident("Urban guerrillas shot and killed a judge in San Salvador yesterday.", killed=1,
                         date="1989-11-19", date_precision="day", country="SV", event_type="Violence against civilians",
                         sub_event_type="Attack")
    commentary = _incident("The government has intensified bombings and artillery attacks against the people.",
                           date="1989-11-20", date_precision="week", event_type="Battles", sub_event_type="Armed clash")
    p_specific = relevance.probability(relevance.features(specific, article, 2, 0))
    p_commentary = relevance.probability(relevance.features(commentary, article, 2, 1))
    assert 0.0 <= p_commentary < p_specific <= 1.0


def test_the_scorer_reads_no_role_tagger_output():
    article = Article(id="a", text="", published="1989-11-20")
    bare = _incident("A bomb exploded in Lima.")
    tagged = bare.replace(human_targets=("judge",), perpetrator_individuals=("guerrillas",), weapons=("bomb",))
    assert relevance.features(bare, article, 1, 0) == relevance.features(tagged, article, 1, 0)


@pytest.mark.parametrize("floor", [0.0, 1.01])
def test_the_floor_decides_which_incidents_keep_a_muc4_type(floor):
    options = Options.load(use_env=False, overrides={"muc4": {"min_relevance": floor}})
    text = "Terrorists placed a bomb at a bank in Lima on Sunday, wounding five employees."
    coded = code_text(text, "1989-11-20", options).incidents
    assert len(coded) == 1
    # a floor above every probability takes the MUC-4 type away, and only that: the incident itself stays coded
    assert coded[0].muc_incident_type == ("bombing" if floor == 0.0 else None)
    assert coded[0].event_type == "Explosions/Remote violence"
