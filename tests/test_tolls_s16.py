"""Tolls, session 16 (issue 15 item 1): the attackers told dead beside the toll of others ("Apart from the
bomber, four civilians died"), as GTD's nkill counts them. Texts are GTD-style summaries written for
these tests."""
from __future__ import annotations

import pytest
from test_tolls_s14 import tolls

from eventwire.counts import attackers_besides
from eventwire.pipeline import code_article
from eventwire.records import Article


@pytest.mark.parametrize("text, number", [
    ("Apart from the bomber, four civilians died and eleven more were wounded by the explosion.", 1),
    ("Other than the two bombers, 17 people died and nine were hurt in the explosions.", 2),
    ("Eight people, besides the assailant, died and 22 others were wounded in the raid.", 1),
    ("Aside from the three assailants, 45 people died and 120 were injured in the siege.", 3),
    ("Nobody apart from the bomber died when the device went off, though three passers-by were hurt.", 1),
    ("In addition to both bombers, nine people were killed.", 2),
])
def test_attackers_told_dead_besides_a_toll(text, number):
    found = attackers_besides(text)
    assert found is not None and found[0] == number


@pytest.mark.parametrize("text", [
    "In addition to the gunman, three villagers were wounded in the raid.",  # the next toll word is a wound
    "Aside from the assailants, 35 people died.",  # a plural with no count says not how many
    "The bomber was among four people killed.",  # the toll holds him already
])
def test_no_attacker_told_dead_besides_a_toll(text):
    assert attackers_besides(text) is None


def test_the_bomber_besides_the_dead_is_one_of_the_dead():
    text = ("A suicide bomber set off an explosive belt beside an army checkpoint in Tikrit city, Salah ad Din, Iraq. "
            "Apart from the bomber, four civilians died and eleven more were wounded by the explosion.")
    incident = code_article(Article(id="t", text=text, published="2014-04-28")).incidents[0]
    assert (incident.killed, incident.perpetrators_killed, incident.wounded) == (4, 1, 11)
    # was (4, 11): GTD's nkill counts the bomber
    assert tolls(text) == (5, 11)


def test_the_dead_counted_with_the_bomber_stay_as_told():
    assert tolls("A suicide bomber blew himself up at a wedding hall in Kunduz, Afghanistan. Nineteen "
                 "people died there, including the bomber, and 37 more were injured.") == (19, 37)


@pytest.mark.parametrize("text, dead", [
    # a suicide attack told done: the bomber is one of the dead (GTD nkill 4, nkillter 1); was 3
    ("A suicide bomber detonated a truck loaded with explosives at a market in Samarra city, Salah ad Din, Iraq. Three "
     "civilians were killed and twelve injured.", 4),
    # two bombers; was 3
    ("Two suicide bombers detonated their vests at the gate of a provincial council in Ramadi, Iraq, killing three guards "
     "and wounding ten others.", 5),
    # the toll holds the bomber already
    ("A suicide bomber set off his explosives at a bus stop in Hadera, Israel, killing four people, including "
     "himself, and injuring nine others.", 4),
])
def test_the_bombers_of_a_suicide_attack_are_among_the_dead(text, dead):
    assert tolls(text)[0] == dead


def test_a_suicide_attack_that_failed_kills_no_bomber():
    text = ("A suicide bomber was detained while attempting to enter a school used for voting in the Almar "
            "district of Faryab, Afghanistan. No one was hurt.")
    incidents = code_article(Article(id="t", text=text, published="2014-04-05")).incidents
    assert all(not i.perpetrators_killed for i in incidents)
