"""Tolls, session 32, second round (the "tolls2" helper).

- A headline listing people before the word that tells them hurt counts each one listed alone as one, and each
  counted group ("Three boys, grandfather shot outside gym", "2 sisters, neighbor wounded") as its count.
- A headline telling a murder-suicide where its dead are the victims of an act ("kills stepson", "killing her
  grandson") tells the shooter dead too, an attacker killed; not the dead of a scene ("3 dead in murder-suicide").
- One person named by where they live or what they do ("resident", "customer", "worker", "passenger", "driver",
  "employee") is one person hurt or dead, in a headline or a sentence.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls, shot_tolls


@pytest.mark.parametrize("title, field, people", [
    ("Three boys, grandfather shot outside Maple Street gym", "shot", 4),
    ("2 sisters, neighbor wounded in Eastside gunfire", "wounded", 3),
    ("Two young women, man hurt in parking lot shooting", "wounded", 3),
    ("Grandmother, 2 grandsons shot on porch", "shot", 3),
    ("Clerk and 2 customers wounded in corner store robbery", "wounded", 3),
])
def test_counted_groups_in_a_headline_list_count_that_many(title, field, people):
    assert headline_tolls(title)[field][0] == people


@pytest.mark.parametrize("title, field, people", [
    # an age of a figure before a hyphen is no count of people
    ("Cousin and 7-year-old boy injured at birthday party", "wounded", 2),
    ("Nephew, 6-year-old shot in backyard", "shot", 2),
    ("Uncle, 61, and son wounded in hunting-field shooting", "wounded", 2),
])
def test_ages_in_a_headline_list_are_one_person_each(title, field, people):
    assert headline_tolls(title)[field][0] == people


@pytest.mark.parametrize("title, field", [
    ("Riverside resident dies after accidental shooting at home", "killed"),
    ("Bus passenger shot during argument on Route 9", "shot"),
    ("Resident, deputy wounded in standoff gunfire", "wounded"),
    ("Delivery worker shot while dropping off order", "shot"),
])
def test_a_person_named_by_home_or_work_in_a_headline(title, field):
    assert field in headline_tolls(title)


def test_resident_and_deputy_listed_are_two():
    assert headline_tolls("Resident, deputy wounded in standoff gunfire")["wounded"][0] == 2


@pytest.mark.parametrize("text", [
    "The front seat passenger was struck once in the shoulder and taken to a local hospital.",
    "A Fairview resident was wounded in the leg late Tuesday, police said.",
])
def test_a_person_named_by_home_or_work_in_a_sentence_is_one_hurt(text):
    assert [s.shot for s in shot_tolls(text)] == [1]


@pytest.mark.parametrize("title", [
    "In 2 weeks, man shot twice on same block",
    "Three years later, woman shot in Elm Park remembers",
])
def test_a_count_of_time_is_no_one_listed(title):
    tolls = headline_tolls(title)
    assert max((n for n, _ in tolls.values()), default=0) <= 1


@pytest.mark.parametrize("title", [
    "Lakeview man kills stepson in murder-suicide",
    "Grandmother killing her grandson was a murder-suicide, deputies say",
])
def test_a_headline_murder_suicide_of_an_acts_victims_tells_the_shooter_dead_too(title):
    tolls = headline_tolls(title)
    assert tolls["killed"][0] == 1 and tolls["self"][0] == 1


@pytest.mark.parametrize("title", [
    "3 dead in Pinewood murder-suicide",
    "Father, son killed in apparent murder-suicide",
    "Man kills wife in attempted murder-suicide",
    "Boy, 5, killed by uncle in double murder-suicide",
])
def test_the_dead_of_a_scene_or_an_attempt_hold_no_more_shooter(title):
    assert "self" not in headline_tolls(title)


def test_the_shooter_counts_beside_the_one_victim_the_text_counts():
    text = ("Police said a 14-year-old boy was found dead inside a house on Birch Lane in Lakeview, Ohio, on Sunday "
            "night. Officers were called to the house after a neighbor heard several gunshots.")
    assert _tolls(text, title="Lakeview man kills stepson in murder-suicide") == [(2, 0)]
