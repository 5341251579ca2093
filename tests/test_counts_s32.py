"""Tolls, session 32 (the tolls helper: GVA injured and killed on found articles).

- A headline listing two people or more before the word that tells them hurt ("Trooper, suspect wounded in roadside
  gunfire", "Grandfather and toddler shot outside bakery", "Woman killed; son and nephew wounded") counts one each;
  not a list told dead ("Aunt, niece fatally shot"), nor one whose death is told after it ("shot & killed").
- A headline telling a homicide, a killing, a gunshot death or a fatal hunting accident of one act tells a death (one
  dead where nothing counts the dead); not "homicide detectives", "homicides", an attempt.
- The wounded told alive ("was also shot and should recover", "Another child was hospitalized") stay wounded
  where the headline tells more dead than the text counts: they are not the ones who died.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls


@pytest.mark.parametrize("title, field, people", [
    ("Trooper, suspect wounded in roadside gunfire", "wounded", 2),
    ("Grandfather and toddler shot outside Elm Street bakery", "shot", 2),
    ("Woman and 4-year-old child injured in Dayton shooting", "wounded", 2),
    ("Man, woman and boy hurt in Oak Ridge drive-by", "wounded", 3),
])
def test_people_listed_before_the_hurt_word_count_one_each(title, field, people):
    assert headline_tolls(title)[field][0] == people


@pytest.mark.parametrize("title", [
    "Woman killed; son and nephew wounded in Lakeview shooting",
    "Man killed, woman and child shot outside Elm Park diner",
])
def test_people_listed_hurt_beside_one_told_dead_in_a_clause_of_its_own(title):
    tolls = headline_tolls(title)
    assert tolls["killed"][0] == 1 and tolls["wounded"][0] == 2


@pytest.mark.parametrize("title", [
    "Aunt, niece fatally shot inside Lakeview home",
    "Mother, 9-Year-Old Son Shot & Killed In Riverton",
    "Shooting that wounded boy, girl under investigation",
])
def test_no_list_hurt_where_the_list_is_told_dead_or_the_object(title):
    tolls = headline_tolls(title)
    assert tolls.get("wounded", (0, ""))[0] < 2 and tolls.get("shot", (0, ""))[0] < 2


@pytest.mark.parametrize("title", [
    "Arrest made in homicide after Maple Park cookout",
    "Two teens charged in killing near Riverton bus stop",
    "Teen gunshot death ruled accidental at Elm Lake",
    "Hunter named in fatal Ridgeway hunting accident",
])
def test_a_homicide_or_killing_in_the_headline_tells_a_death(title):
    assert headline_tolls(title).get("deadly", (0, ""))[0] == 1


@pytest.mark.parametrize("title", [
    "Homicide detectives look into two shootings in Elmwood",
    "City tallies fewer homicides this year",
    "Man charged with attempted homicide in Elm Street shooting",
])
def test_no_death_from_homicide_detectives_plurals_or_attempts(title):
    assert "deadly" not in headline_tolls(title) and "killed" not in headline_tolls(title)


def test_one_told_alive_is_not_the_one_the_headline_tells_dead():
    text = ("Police identified the teenager on Wednesday as Marcus Dale, 16, of Southeast. Police said he was shot near a "
            "corner store on Pine Street around 3 p.m. Tuesday. A 30-year-old man was also shot and should recover.")
    assert _tolls(text, title="Teen shot, killed in Southeast identified") == [(1, 1)]


def test_another_hospitalized_is_not_one_more_of_the_headline_dead():
    text = ("Police found a man, a woman and a girl shot dead inside a house on Cedar Lane on Saturday night. "
            "Another child was hospitalized. Neighbors said they heard several gunshots.")
    assert _tolls(text, title="Neighbors describe shooting that left 4 dead") == [(4, 1)]


def test_a_group_hurt_beside_one_in_grave_condition_may_hold_the_headlines_dead():
    # the lead's case (0478eef+): four told hurt, one of them in critical condition, under a headline of one dead and
    # three hurt: the one in critical condition is the one who died, so three stay wounded (written for this test)
    text = ("Police are looking into a shooting that left four people hurt, one of them in critical condition, near "
            "Linden Park in Millbrook on Sunday morning. Two were taken to County General Hospital.")
    assert _tolls(text, title="1 dead, 3 hurt in Millbrook park shooting") == [(1, 3)]
