"""Tolls, session 36 (the "tolls" helper).

- "individuals" counted dead or hurt with only a count or a determiner before it ("killed all three individuals",
  "four individuals have been found dead") are the victims, not attackers killed; "unidentified individuals" and
  "armed individuals" stay attackers (extract._attacker_noun).
- A sentence that tells the year's figures in the present perfect ("have been hit by gunfire here this year") or opens
  with a year ("In 2014, ...") gives the incident no toll of two or more (extract._RUNNING).
- A death told of a part of the people counted ("two of the five people hit have died") is the part's; not where
  the whole is told dead ("named two of the three victims who died", "one of the four men shot and killed ... was")
  (extract._part_dead).

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest
from test_tolls_s17 import _tolls

from eventwire.pipeline import code_article
from eventwire.records import Article


def _killed(text: str) -> list[tuple[int | None, int | None]]:
    incidents = code_article(Article(id="t", text=text, title=None, published="2016-10-27")).incidents
    return [(i.killed, i.perpetrators_killed) for i in incidents]


@pytest.mark.parametrize("text, killed", [
    ("Deputies said four individuals were found dead inside a duplex on Cedar Lane in Bastrop, Texas, on Sunday.", 4),
    ("Investigators said the shooter killed all three individuals inside a farmhouse on Cedar Lane in Tyler, Texas, "
     "on Sunday night.", 3),
])
def test_bare_individuals_told_dead_are_victims(text, killed):
    assert _killed(text) == [(killed, None)]


@pytest.mark.parametrize("text", [
    "Two unidentified individuals were killed by soldiers in San Miguel on Sunday after they attacked a checkpoint.",
    "Two armed individuals were killed by soldiers in San Miguel on Sunday after they attacked a checkpoint.",
])
def test_qualified_individuals_told_dead_stay_attackers(text):
    assert _killed(text) == [(None, 2)]


def test_bare_individuals_beside_a_survivor():
    text = ("Two individuals died and a woman was hurt when gunfire broke out outside a bar on Cedar Lane in Tyler, "
            "Texas, on Sunday night, police said.")
    assert _tolls(text) == [(2, 1)]


@pytest.mark.parametrize("text, tolls", [
    ("A 6-year-old boy was shot in the leg on Maple Drive in Flint, Michigan, on Tuesday night, police said. At least "
     "seven more kids have been hit by gunfire here this year, three fatally.", [(0, 1)]),
    ("A teenager was wounded on Maple Drive in Flint, Michigan, on Tuesday night, police said. In 2014, at least six "
     "teens were shot on the same street, police records show.", [(0, 1)]),
])
def test_the_years_figures_give_no_toll(text, tolls):
    assert _tolls(text) == tolls


def test_a_present_perfect_of_this_incident_is_its_toll():
    text = "Two men have been shot on Maple Drive in Flint, Michigan, police said Tuesday night."
    assert _tolls(text) == [(0, 2)]


@pytest.mark.parametrize("text, tolls", [
    ("Four people were shot outside a club on Pine Street in Macon, Georgia, early Sunday. Police said two of the four "
     "people hit have since died.", [(2, 2)]),
    ("Four men were shot outside a club on Pine Street in Macon, Georgia, early Sunday. Police said two of the four "
     "people who were shot died.", [(2, 2)]),
])
def test_a_part_told_dead_is_the_toll(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text", [
    "Three people were killed outside a club on Pine Street in Macon, Georgia, early Sunday. Police named two of the "
    "three people who died.",
    "Officers said one of the three men shot and killed by a gunman outside a Pine Street club in Macon, Georgia, early "
    "Sunday was a cousin of the suspect.",
])
def test_the_whole_told_dead_stays_the_toll(text):
    assert _tolls(text) == [(3, 0)]
