"""Tolls, session 24 (issue 15 item 1).

- A death told in quoted speech of nobody in particular is no toll: a witness's fear or a figure of speech
  ("until somebody gets killed", "I thought they were killing me", "a miracle there wasn't a fatality", "the
  killing that happened"); a quoted death of someone named or counted still is ("they killed him", "They killed two
  people").
- GVA counts no death of the unborn: "three people and an unborn baby were killed" is three dead, "her unborn child
  also died" none (the mother is one wounded).
- People told only as sent or taken to hospital hold the dead the report tells dying after they got there ("sent five
  people to the hospital ... One of the victims later died": one dead, four wounded); not others than the dead ("Two
  others died") nor a death at the scene.
- "shooting five people to death" kills them all; a toll of the scene's dead told before the shooter killed himself
  ("had left seven people dead before the shooter killed himself") is his victims, and he is one more dead.

Texts written after the shapes of GVA lines 2202, 635, 3479, 1562, 3715, 5599, 2363, 1070, 4606, 885, 2988, 544, 2583
(`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("quote", [
    '"Nobody will fix it until somebody gets killed," a resident said.',
    '"Officers should patrol more, after the killing that happened," he said.',
    '"I thought they were killing me," she said.',
    '"It\'s a miracle there wasn\'t a fatality," she said.',
])
def test_a_quoted_death_of_nobody_in_particular_is_no_toll(quote):
    assert _tolls("Four people were shot Sunday in Chicago, Illinois. " + quote) == [(0, 4)]


@pytest.mark.parametrize("text, killed", [
    ('A man was shot in Chicago, Illinois on Sunday. "He was a good man and they killed him," his mother said.', 1),
    ('Two men were shot Sunday in Chicago, Illinois. "They killed two people," she said.', 2),
    ('A man was shot and killed Sunday in Chicago, Illinois. "This killing was senseless," the chief said.', 1),
])
def test_a_quoted_death_of_someone_told_counts(text, killed):
    assert [k for k, _ in _tolls(text)] == [killed]


@pytest.mark.parametrize("text, tolls", [
    ("Three people and an unborn baby were killed inside a Fort Wayne, Indiana home early Sunday.", [(3, 0)]),
    ("A 19-year-old mother and her unborn child were killed by gunfire Friday in El Paso, Texas.", [(1, 0)]),
    ("A pregnant woman was shot Saturday in Chicago, Illinois. Her unborn child also died.", [(0, 1)]),
])
def test_the_unborn_are_not_among_the_dead(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text, tolls", [
    ("Deputies looked into a shooting in Ocoee, Florida on Sunday that sent five people to the hospital. "
     "One of the victims, Curtis Hale, 52, later died, deputies said.", [(1, 4)]),
    ("Four people were taken to hospitals after gunfire Sunday in Brockton, Massachusetts. A 31-year-old woman "
     "was pronounced dead at Good Samaritan Hospital an hour later.", [(1, 3)]),
])
def test_the_dead_told_dying_after_hospital_are_among_those_sent_there(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text, tolls", [
    # others than the dead, or a death not told after the hospital: the hospital count stands
    ("At least five people were taken to a hospital after gunfire Sunday in Lynwood, California. Two others "
     "died.", [(2, 5)]),
    ("A man died where he fell in a shooting Sunday in Dayton, Ohio. Three people were taken to a hospital.", [(1, 3)]),
    ("A shooting Sunday in Dayton, Ohio sent three others to the hospital. One man later died.", [(1, 3)]),
])
def test_a_hospital_count_beside_other_dead_stands(text, tolls):
    assert _tolls(text) == tolls


def test_the_unborn_a_headline_tells_dead_are_not_among_the_dead():
    title = "Expectant Mother's Unborn Child Killed, 4 Others Hurt in Queens Drive-By Shooting"
    text = ("An expectant mother was shot three times late Tuesday in Queens, New York in a drive-by shooting that "
            "hurt four other people, officers said.")
    assert [k for k, _ in _tolls(text, title)] == [0]


@pytest.mark.parametrize("text", ["A man shot two men to death on Sunday.", "shooting five people to death"])
def test_people_shot_to_death_are_killed(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] in ([(2, 2)], [(5, 5)])


@pytest.mark.parametrize("text, dead", [
    ("A shooting spree in Alton, Missouri on Friday had left seven people dead before the shooter killed himself.", 8),
    ("Officers named a man they believe shot five people to death in Hart County, Georgia on Sunday before "
     "killing himself.", 6),
])
def test_the_dead_told_before_the_shooter_killed_himself_are_his_victims(text, dead):
    assert [k for k, _ in _tolls(text)] == [dead]


def test_a_murder_suicide_toll_holds_the_shooter():
    text = "Four people were found dead in a home Sunday in Stafford, Virginia in an apparent murder-suicide."
    assert [k for k, _ in _tolls(text)] == [4]
