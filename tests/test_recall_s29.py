"""Extra incidents (issue 20, session 29), on sentences written for these tests and on real local news (GVA lines
outside the held-out 301-450; real models and spaCy, no mocks).

A sentence that tells a mention, not an act, is no incident (relevance.mention_reason, the frames of data/wordlists.toml
relevance.mention_patterns):
- the victim's own people gathered to mourn ("relatives gathered for a vigil"): a gathering's words are protest
  triggers, and such a sentence below a shooting was coded a peaceful protest of its own; a public vigil of a crowd or
  of a group stays a protest, as ACLED codes it;
- rallying around people is support ("we rally around each other"), no rally;
- a fire that threatens to set off an explosion tells no explosion and no arson.

Pieces of one act (consolidate._counted): "another" and "a second" that count no act and no one more person, the doer
after "by" ("shot by another boy"), a reciprocal ("one another"), a floor or a repeat ("a second-floor room", "a second
time"), no longer keep a piece apart from the act it belongs to.
"""
from __future__ import annotations

from seedutil import gva_page

from eventwire import consolidate, relevance
from eventwire.pipeline import code_article, code_text


def test_a_family_vigil_below_a_shooting_is_no_incident_of_its_own():
    text = ("A 27-year-old man was shot and killed late Friday outside a convenience store on Walnut Avenue in "
            "Dayton, Ohio, police said.\n\n"
            "Relatives and neighbors of the victim gathered Sunday evening for a candlelight vigil near the store.")
    incidents = code_text(text, published="2016-05-02").incidents
    assert [(i.location, i.killed) for i in incidents] == [("Dayton", 1)]


def test_mourners_frames_leave_public_vigils_and_acts_alone():
    assert relevance.mention_reason("Family and friends gathered at the park on Tuesday to grieve.") == "frame"
    # a crowd's vigil with a demand is a protest (ACLED codes it so)
    assert relevance.mention_reason("About 300 people gathered for a vigil outside city hall, demanding new gun "
                                    "laws.") is None
    # an act told in the same sentence as the vigil stays an act
    assert relevance.mention_reason("Friends gathered for a vigil on Monday when a gunman opened fire on the "
                                    "crowd.", violent=True) is None


def test_rallying_around_people_is_no_rally():
    assert relevance.mention_reason('"The whole town has rallied around the family," the pastor said.') == "frame"
    assert relevance.mention_reason("Supporters rallied around the courthouse on Friday.") is None


def test_a_fire_that_threatens_an_explosion_tells_no_act():
    sentence = "For two minutes the flames threatened to reach the gas line and spark an explosion."
    assert relevance.mention_reason(sentence, violent=True) == "frame"


def test_gva_pages_lose_their_vigil_and_their_rescue():
    # GVA line 4580 (2016-12): a young man's killing, and a sentence below it telling his family's vigil that was an
    # incident of its own (a peaceful protest, no toll)
    assert len(code_article(gva_page(4580)).incidents) == 1
    # GVA line 5403 (2017-02): a police officer's rescue of a driver from a burning car; the fire threatening an
    # explosion was coded as an explosion
    assert code_article(gva_page(5403)).incidents == ()


def test_another_that_counts_no_act_and_no_person_is_not_counted():
    assert consolidate._counted("The girl was shot in the hand by another child on Friday.") == []
    assert consolidate._counted("The two drivers fired at one another on the ramp.") == []
    assert consolidate._counted("Officers found them in a second-floor room on Pine Street.") == []
    assert consolidate._counted("The two argued a second time before the shots.") == []
    # an act counted after "by" is one more act; a person counted is one more victim
    assert consolidate._counted("The first shooting was followed by another shooting an hour later.")
    assert consolidate._counted("Another man was shot on Elm Street.")


def test_gva_pieces_of_one_act_join():
    # GVA line 1027 (2015-07): a boy shot by accident "by another" child, told in a sentence with its own place and
    # day, was a second incident of the one shooting
    assert len(code_article(gva_page(1027)).incidents) == 1
    # GVA line 1211 (2015-09): the dead found in "a second-floor" room, a second incident of the one killing
    assert len(code_article(gva_page(1211)).incidents) == 1
