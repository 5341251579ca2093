"""Tolls, session 25 (issue 15 item 1).

- People counted hurt in words that tell the wound not deadly ("Three of the victims sustained non-life-threatening
  injuries") are alive: not three of whom the dead are one.
- An ordinal victim told by what he suffered ("A fourth man suffered a gunshot wound") counts those before him.
- One more person told hurt in a clause of his own ("found another 16-year-old boy who had been shot") is one hurt and
  alive, unless the sentence tells him dying.
- An act's victims told beside "murder-suicide" ("a father killing his wife and their two infant daughters") are
  victims only: the shooter who killed himself is one more dead.
- A family counted after one person shot ("fatally shot her husband and three sons") is that many more; one bullet
  ("with a single shot to the head", "fired one shot") is no person shot.
- The wounded read as the people told shot less the dead then counted hold a death that the article's other
  sentences tell ("four people were shot" and, in another paragraph, "the man ... died"): one of those shot.

Texts shortened and reworded from GVA lines 2692, 2843, 4623, 2954, 4364, 1771 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


def test_people_told_hurt_not_deadly_are_alive():
    text = ("Three of the victims sustained non-life-threatening injuries; the fourth victim, Williams, sustained serious "
            "injury and was pronounced dead on Monday.")
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(3, 0)]


def test_a_not_deadly_wound_beside_the_dead_keeps_them_wounded():
    text = ("Police found four adult gunshot victims on Clay Street in Montgomery, Alabama on Saturday. Three of the "
            "victims sustained non-life-threatening injuries; the fourth victim, Reginald Williams, 35, sustained "
            "serious injury and was pronounced dead on Monday.")
    assert _tolls(text) == [(1, 3)]


@pytest.mark.parametrize("text, shot", [
    ("A fourth man suffered a gunshot wound in his arm.", 4),
    ("A third victim sustained injuries to his leg.", 3),
])
def test_an_ordinal_victim_told_by_what_he_suffered_counts_those_before(text, shot):
    assert [s.shot for s in shot_tolls(text)] == [shot]


def test_an_ordinal_victim_suffering_fatal_wounds_is_not_counted_hurt():
    assert [s.shot for s in shot_tolls("A second man suffered fatal injuries.")] != [2]


def test_a_fourth_man_wounded_after_three_dead():
    text = ("Two men were found dead inside a home in Denver, Colorado on Friday. A third man was dropped off at a "
            "hospital, where he later died. All three died of multiple gunshot wounds, the medical examiner said. "
            "A fourth man suffered a gunshot wound in his arm.")
    assert _tolls(text) == [(3, 1)]


@pytest.mark.parametrize("text, told", [
    ("In addition to Perry they found another 16-year-old boy who had been shot in the ankle.", [(1, 0)]),
    ("Another man who was shot in the chest later died at the hospital.", []),
])
def test_another_one_told_hurt_in_a_clause(text, told):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == told


def test_a_death_told_apart_is_one_of_the_people_shot():
    text = ("Police said four people were shot early Saturday at a party in Exmore, Virginia.\n\n"
            "Investigators are asking anyone with information to call the sheriff's office.\n\n"
            "The man was transported to Sentara Norfolk General Hospital, where he died from his injuries.")
    assert _tolls(text) == [(1, 3)]


def test_an_acts_victims_beside_murder_suicide_leave_the_shooter_out():
    text = ("Amy and Lance Buckley murder suicide: What led to a Stafford, Virginia father killing his wife and their two "
            "infant daughters? Authorities believe the father killed his wife and two young daughters before committing "
            "suicide inside their Stafford, Virginia home on Wednesday.")
    assert _tolls(text) == [(4, 0)]


@pytest.mark.parametrize("text, told", [
    ("A mother fatally shot her husband and three sons in their home before killing herself.", [(4, 4)]),
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


# Second task: texts shortened and reworded from GVA lines 5483, 1840, 1589.

@pytest.mark.parametrize("title", [
    "Juvenile suspect injured in officer-involved shooting",
    "Robbery suspect wounded by deputies",
])
def test_a_suspect_told_hurt_in_the_headline_is_one_wounded(title):
    text = ("State Police said officers answered a robbery call at a gas station around 1:40 a.m. Friday. One of the "
            "officers fired, striking the teen. No officers were injured during the incident.")
    assert _tolls(text, title=title) == [(0, 1)]


def test_one_told_wounded_is_not_the_one_a_deadly_headline_tells_dead():
    text = ("During an eviction attempt on Monday morning, an altercation took place and shots were fired. As a "
            "result, there is currently one wounded and one deceased.")
    assert _tolls(text, title="Deadly shooting happened during eviction, police say") == [(1, 1)]


def test_a_death_dated_weeks_before_is_no_toll_of_the_incident():
    text = ("Four people, including an 11-year-old boy, were shot Friday night in the borough. Two of the victims were "
            "in critical condition and two suffered minor injuries. Kurt Miller heard the shots from his store. "
            "On Nov. 1, an 11-year-old boy was fatally shot when a gunman walked into his home in the borough.")
    assert _tolls(text, title="Four shot in the borough", published="2015-12-12") == [(0, 4)]
