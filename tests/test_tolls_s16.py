"""Tolls, session 16 (issue 15 item 1): the attackers told dead beside the toll of others ("In addition to the
bomber, at least six people were killed"), as GTD's nkill counts them. Texts are GTD-style summaries written for
these tests."""
from __future__ import annotations

import pytest
from test_tolls_s14 import tolls

from eventwire.counts import attackers_besides
from eventwire.pipeline import code_article
from eventwire.records import Article


@pytest.mark.parametrize("text, number", [
    ("In addition to the bomber, at least six people were killed and seven others were injured in the blast.", 1),
    ("Other than the two bombers, 20 people died and four were injured in the blasts.", 2),
    ("Five people, besides the assailant, were killed and 14 others wounded in the attack.", 1),
    ("In addition to the three assailants, at least 80 people were killed and 230 people were injured.", 3),
    ("No one other than the bomber died in the blast, but four people were injured.", 1),
    ("In addition to both bombers, nine people were killed.", 2),
])
def test_attackers_told_dead_besides_a_toll(text, number):
    found = attackers_besides(text)
    assert found is not None and found[0] == number


@pytest.mark.parametrize("text", [
    "In addition to the gunman, two people were wounded in the attack.",  # the next toll word is a wound
    "In addition to the assailants, at least 80 people were killed.",  # a plural with no count says not how many
    "Three people, including the bomber, were killed.",  # the toll holds him already
])
def test_no_attacker_told_dead_besides_a_toll(text):
    assert attackers_besides(text) is None


def test_the_bomber_besides_the_dead_is_one_of_the_dead():
    text = ("A suicide bomber detonated an explosives-laden vest near a police checkpoint in Kirkuk city, Kirkuk, Iraq. "
            "In addition to the bomber, at least six people were killed and seven others were injured in the blast.")
    incident = code_article(Article(id="t", text=text, published="2014-04-28")).incidents[0]
    assert (incident.killed, incident.perpetrators_killed, incident.wounded) == (6, 1, 7)
    # was (6, 7): GTD's nkill of 7 counts the bomber
    assert tolls(text) == (7, 7)


def test_the_dead_counted_with_the_bomber_stay_as_told():
    assert tolls("A suicide bomber blew himself up at a funeral in Nangarhar, Afghanistan. 26 people, "
                 "including the bomber, died in the attack and 50 people were injured.") == (26, 50)


@pytest.mark.parametrize("text, dead", [
    # a suicide attack told done: the bomber is one of the dead (GTD nkill 6, nkillter 1); was 5
    ("A suicide bomber detonated an explosives-laden vehicle in Taji town, Baghdad governorate, Iraq. Five civilians "
     "were killed and nine injured.", 6),
    # two bombers; was 2
    ("Two suicide bombers blew themselves up at an Interior Ministry entrance in Baghdad, Iraq, killing two police and "
     "wounding fifteen others.", 4),
    # the toll holds the bomber already
    ("A suicide bomber blew himself up at the train station in Binyamina, Israel, killing three people, including "
     "himself, and injuring eight others.", 3),
])
def test_the_bombers_of_a_suicide_attack_are_among_the_dead(text, dead):
    assert tolls(text)[0] == dead


def test_a_suicide_attack_that_failed_kills_no_bomber():
    text = ("A suicide bomber was arrested while trying to enter a polling center in Shirin Tagab district, Faryab "
            "province, Afghanistan. No one was hurt.")
    incidents = code_article(Article(id="t", text=text, published="2014-04-05")).incidents
    assert all(not i.perpetrators_killed for i in incidents)
