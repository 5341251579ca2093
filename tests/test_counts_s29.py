"""Tolls, session 29 (issue 15 item 1): one more person hurt beside the dead, told in words the patterns missed.

- "Another <person>" told hurt after where he was ("Another man in the house was wounded", "another boy near the
  school was critically wounded") is one hurt and alive, as "Another man was wounded" was already.
- Beside the dead, a survivor told "fighting for his life" as another than them ("Three cousins were killed and another
  is now fighting for his life") is one wounded, as "in critical condition" was already; so is one told still "in the
  hospital".
- A person joined to the dead by "and his / her / a ..." right after the words of the death ("A boy has died and his
  father remains in the hospital", "A girl is dead and her brother is in critical condition") is another than them:
  one wounded.
- Second task: two counted groups told dead in one subject ("Six policemen and nine villagers were killed", "At
  least two sentries and five raiders were killed", "At least five guards and 11 attackers were killed") are
  both dead, the attackers among them attackers killed (GTD's nkill counts both): the casualty patterns read one
  group of such a subject.

Sentences written for these tests in the style of local US news and of GTD summaries; no record of ../shared/data is
copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("text", [
    "Another man in the apartment was wounded.",
    "Another boy near the school was critically wounded.",
    "Another teen at the park was slightly hurt.",
])
def test_another_person_told_where_then_hurt_is_one_alive(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 0)]


def test_another_person_in_the_house_wounded_beside_two_dead():
    text = ("Two brothers were shot and killed late Saturday at a duplex on Pine Avenue in Enid. Another man in the "
            "duplex was wounded, police said.")
    assert _tolls(text, published="2016-05-09") == [(2, 1)]


@pytest.mark.parametrize("text", [
    # another told fighting for his life beside the dead
    ("Three cousins were killed and another is now fighting for his life after gunfire broke out at a cookout in Lawton "
     "on Sunday, police said."),
    # a person joined to the dead by "and his": still in the hospital
    ("An 8-year-old boy has died and his uncle remains in the hospital after someone fired into their home in "
     "Lawton on Sunday, police said."),
    # joined by "and her": in critical condition
    ("A 15-year-old girl is dead and her older brother is in critical condition after a drive-by shooting in Lawton "
     "on Sunday, police said."),
])
def test_a_survivor_told_beside_the_dead_is_one_wounded(text):
    assert _tolls(text, published="2016-05-09") == [(1 if "Three" not in text else 3, 1)]


@pytest.mark.parametrize("text, dead", [
    # two groups of victims
    ("Six policemen and nine villagers were killed on Tuesday when a truck bomb blew up beside a market in "
     "Tikrit.", 15),
    # victims first, attackers second
    ("At least two sentries and five raiders were killed on Tuesday as gunmen overran an army post near "
     "Kandahar.", 7),
    # the casualty patterns read the second group: the first is added
    ("At least five guards and 11 attackers were killed when gunmen stormed a prison near Kandahar on Tuesday.", 16),
    # a perpetrator's noun first that is no attacker noun of the wordlists
    ("Four insurgents and three border guards died on Tuesday in a clash near Kandahar, officials said.", 7),
])
def test_two_groups_told_dead_together_are_both_dead(text, dead):
    assert [killed for killed, _ in _tolls(text, published="2012-03-14")] == [dead]
