"""MUC-4 templates take the perpetrator organisation an article names apart from the act (session 27)."""
from __future__ import annotations

from eventwire import muc_typer, pipeline
from eventwire.records import Incident

# written for this test in the style of the MUC-4 wire reports (upper case, dateline, claim told apart from the act)
BOMBING = (
    "SANTIAGO, 14 MAR 90 (RADIO COOPERATIVA) -- [TEXT] A POWERFUL BOMB EXPLODED LAST NIGHT IN FRONT OF A "
    "BRANCH OF THE STATE BANK IN DOWNTOWN SANTIAGO, DESTROYING ITS WINDOWS AND DAMAGING THREE PARKED CARS. "
    "NO ONE WAS HURT IN THE EXPLOSION, WHICH WAS HEARD ACROSS THE CITY CENTER.\n\n"
    "FIREMEN AND CARABINEROS REACHED THE SCENE MINUTES LATER AND CLOSED THE AVENUE UNTIL DAWN.\n\n"
    "SHORTLY BEFORE MIDNIGHT A CALLER TOLD THIS STATION THAT MANUEL RODRIGUEZ PATRIOTIC FRONT COMMANDOS "
    "PLANTED THE DEVICE."
)


def _incident(**fields) -> Incident:
    return Incident(id="i", article_id="a", **fields)


def test_the_one_group_an_article_names_in_each_spelling():
    text = "THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) SAID ITS UNITS BLEW UP A PYLON. THE FMLN ADDED ..."
    assert muc_typer.article_group(text) == ["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]
    # two groups: which did what is not known
    assert muc_typer.article_group("THE FMLN AND THE ELN BOTH DENIED IT.") == []
    # a short alias counts only as written: 'LeT' is not the verb in capitals
    assert muc_typer.article_group("LET US SAVE OUR CAPITAL, THE PRESIDENT SAID.") == []


def test_only_claimed_kinds_of_act_with_no_perpetrator_take_it():
    text = "POLICE BLAMED THE SHINING PATH FOR THE BOMBING."
    empty = _incident(muc_incident_type="bombing")
    kidnapping = _incident(muc_incident_type="kidnapping")
    named = _incident(muc_incident_type="bombing", perpetrator_organizations=("MRTA",))
    actor = _incident(muc_incident_type="bombing", perpetrator="Military Forces of Peru")
    attack = _incident(muc_incident_type="attack")
    untyped = _incident()
    out = muc_typer.with_article_group([empty, kidnapping, named, actor, attack, untyped], text)
    assert [i.perpetrator_organizations for i in out] == [
        ("SHINING PATH",), ("SHINING PATH",), ("MRTA",), (), (), ()]


def test_a_bombing_claimed_in_a_later_paragraph_names_the_group():
    coded = pipeline.code_text(BOMBING, published="1990-03-14")
    bombings = [i for i in coded.incidents if i.muc_incident_type == "bombing"]
    assert bombings
    assert any("MANUEL RODRIGUEZ PATRIOTIC FRONT" in (i.perpetrator_organizations or ()) for i in bombings)
