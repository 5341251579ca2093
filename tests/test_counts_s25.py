"""Tolls, session 25 (issue 15 item 1).

- People counted hurt in words that tell the wound not deadly (three of the victims told with non-life-threatening
  wounds) are alive: not three of whom the dead are one.
- An ordinal victim told by what he suffered ("A fourth man suffered a bullet wound") counts those before him.
- One more person told hurt in a clause of his own ("found another 15-year-old boy who had been shot") is one hurt and
  alive, unless the sentence tells him dying.
- An act's victims told beside "murder-suicide" ("a father killing his wife and their two small sons") are
  victims only: the shooter who killed himself is one more dead.
- A family counted after one person shot ("fatally shot her husband and three sons") is that many more; one bullet
  ("with a single shot to the head", "fired one shot") is no person shot.
- The wounded read as the people told shot less the dead then counted hold a death that the article's other
  sentences tell ("four people were shot" and, in another paragraph, "the man ... died"): one of those shot.

Texts written after the shapes (other names, places, figures) of GVA lines 2692, 2843, 4623, 2954, 4364, 1771
(`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


def test_people_told_hurt_not_deadly_are_alive():
    text = ("Three of the men sustained non-life-threatening wounds; the fourth, Castillo, sustained grave injury and "
            "was pronounced dead on Tuesday.")
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(3, 0)]


def test_a_not_deadly_wound_beside_the_dead_keeps_them_wounded():
    text = ("Officers found four adults with gunshot wounds on Oak Street in Mobile, Alabama on Sunday. Three of the "
            "men sustained non-life-threatening wounds; the fourth, Victor Castillo, 41, sustained grave injury and "
            "was pronounced dead on Tuesday.")
    assert _tolls(text) == [(1, 3)]


@pytest.mark.parametrize("text, shot", [
    ("A fourth man suffered a bullet wound to his shoulder.", 4),
    ("A third victim sustained injuries to his leg.", 3),
])
def test_an_ordinal_victim_told_by_what_he_suffered_counts_those_before(text, shot):
    assert [s.shot for s in shot_tolls(text)] == [shot]


def test_an_ordinal_victim_suffering_fatal_wounds_is_not_counted_hurt():
    assert [s.shot for s in shot_tolls("A second man suffered fatal injuries.")] != [2]


def test_a_fourth_man_wounded_after_three_dead():
    text = ("Two men were found dead in a house in Pueblo, Colorado on Thursday. A third man was left at an emergency "
            "room, where he later died. The coroner said all three died of gunshot wounds. "
            "A fourth man suffered a bullet wound to his shoulder.")
    assert _tolls(text) == [(3, 1)]


@pytest.mark.parametrize("text, told", [
    ("Besides Dawson, officers found another 15-year-old boy who had been shot in the foot.", [(1, 0)]),
    ("Another man who was shot in the chest later died at the hospital.", []),
])
def test_another_one_told_hurt_in_a_clause(text, told):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == told


def test_a_death_told_apart_is_one_of_the_people_shot():
    text = ("Deputies said four people were shot late Friday at a party in Onley, Virginia.\n\n"
            "Anyone who saw the shooting is urged to phone the county sheriff.\n\n"
            "The man was flown to Riverside Regional Medical Center, where he died of his wounds.")
    assert _tolls(text) == [(1, 3)]


def test_an_acts_victims_beside_murder_suicide_leave_the_shooter_out():
    text = ("Dana and Mark Ellison murder suicide: a Culpeper father killing his wife and their two small sons "
            "leaves a town asking why. Investigators believe the husband killed his wife and their two young sons "
            "before committing suicide in their Culpeper, Virginia house on Thursday.")
    assert _tolls(text) == [(4, 0)]


@pytest.mark.parametrize("text, told", [
    ("A woman fatally shot her husband and three daughters at their farmhouse before killing herself.", [(4, 4)]),
    ("He fatally shot his girlfriend and her two children.", [(3, 3)]),
])
def test_a_family_counted_after_one_person_shot_is_that_many_more(text, told):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == told


@pytest.mark.parametrize("text", [
    "She killed herself with a single shot to the head.",
    "The officer fired one shot, police said.",
])
def test_one_bullet_is_no_person_shot(text):
    assert shot_tolls(text) == []


# Second task: texts written after the shapes of GVA lines 5483, 1840, 1589.

@pytest.mark.parametrize("title", [
    "Teenage suspect hurt in officer-involved shooting",
    "Robbery suspect wounded by deputies",
])
def test_a_suspect_told_hurt_in_the_headline_is_one_wounded(title):
    text = ("Troopers said they answered a robbery call at a convenience store around 2:15 a.m. Saturday. One "
            "trooper fired, striking the teen. No trooper was hurt.")
    assert _tolls(text, title=title) == [(0, 1)]


def test_one_told_wounded_is_not_the_one_a_deadly_headline_tells_dead():
    text = ("While deputies served an eviction on Tuesday morning, a fight broke out and shots were fired. Afterwards "
            "one person was wounded and one deceased.")
    assert _tolls(text, title="Deadly shooting broke out during eviction, deputies say") == [(1, 1)]


def test_a_death_dated_weeks_before_is_no_toll_of_the_incident():
    text = ("Four people, including a 12-year-old girl, were shot Saturday night in the township. Two were listed "
            "as critical and two had minor injuries. Glenn Hartley heard the gunfire from his shop. "
            "On Nov. 2, a 12-year-old girl was fatally shot when a gunman came into her house in the township.")
    assert _tolls(text, title="Four shot in the township", published="2015-12-12") == [(0, 4)]
