"""Tolls, session 35 (the "tolls" helper).

- "..., officers said" closing a sentence that tells one survivor alive is who told it: its plural is no more people
  hurt, so the survivor is still counted beside the dead.
- People told hit by gunfire with no auxiliary before their condition ("Three others struck by gunfire are in fair
  condition") are that many hurt and alive.
- One told as another than the dead ("a second woman", "his sister" joined after the death) with only a wound or a
  way to a hospital is one wounded beside the dead.
- A victim told dead by an ordinal one past the dead counted ("A fourth woman died at the hospital" after three
  dead) is the running toll; not what a report said and was wrong about.
- People counted hurt of whom the next words tell some dead ("One of the men later died", "including a boy who later
  died") are those dead and the rest hurt.
- counts.alive_told_at reads the words of its text once (same answers as before).

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from eventwire.counts import alive_told_at
from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text", [
    "A 41-year-old man was shot dead outside a diner on Quarry Road in Joliet on Friday. The other man is in stable "
    "condition, officers said.",
    "A woman was killed in a shooting on Quarry Road in Joliet on Friday. Her brother is expected to recover, "
    "according to officers.",
])
def test_officers_who_tell_it_leave_the_survivor(text):
    assert _tolls(text) == [(1, 1)]


@pytest.mark.parametrize("text, tolls", [
    ("A teenager was killed at a cookout on Fern Street in Waco on Saturday. Three others struck by gunfire are in "
     "fair condition.", [(1, 3)]),
    ("Two people hit by gunfire were in stable condition after a fight at a gas station on Fern Street in Waco on "
     "Saturday.", [(0, 2)]),
])
def test_people_hit_by_gunfire_in_a_condition_are_hurt(text, tolls):
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text", [
    "A man was shot and killed in a parking lot on Dunn Avenue in Tulsa on Tuesday. A second woman was rushed to the "
    "hospital with one gunshot wound in her hip.",
    "A 19-year-old died and his sister was flown to a trauma center after gunfire on Dunn Avenue in Tulsa on "
    "Tuesday.",
])
def test_one_told_as_another_with_a_wound_is_hurt_beside_the_dead(text):
    assert _tolls(text) == [(1, 1)]


@pytest.mark.parametrize("text", [
    # the one with the wound beside the death, told as no other, may be the one who died
    "A man was shot on Dunn Avenue in Tulsa on Tuesday and died later. He went by ambulance to Saint Clare's with a "
    "gunshot wound to the chest.",
])
def test_a_wound_told_of_no_other_beside_the_dead_is_no_survivor(text):
    assert _tolls(text) == [(1, 0)]


@pytest.mark.parametrize("text, told", [
    ("Both are expected to survive.", False),
    ("The man, shot three times, is expected to survive.", True),
    ("He died Sunday, a day after he was listed in critical condition.", False),
    ("Four people were killed and another is in critical condition.", True),
    ("All the victims were treated and released.", False),
])
def test_alive_told_at_reads_as_before(text, told):
    assert (alive_told_at(text, beside_dead=True) is not None) is told


@pytest.mark.parametrize("text, tolls", [
    ("Three people were shot dead in a garage on Pike Lane in Erie on Saturday. A fourth woman died at the hospital "
     "on Sunday.", [(4, 0)]),
    ("A man was killed in a shooting on Pike Lane in Erie on Saturday. The second victim, a 40-year-old woman, later "
     "died.", [(2, 0)]),
])
def test_an_ordinal_death_is_the_running_toll(text, tolls):
    assert _tolls(text) == tolls


def test_a_death_a_report_got_wrong_is_no_running_toll():
    text = ("A man was killed in a shooting on Pike Lane in Erie on Saturday. An early report that a second man had "
            "died was wrong, the police chief said.")
    assert [killed for killed, _ in _tolls(text)] == [1]


@pytest.mark.parametrize("text, tolls", [
    ("Five people were injured in gunfire outside a lounge on Grant Road in Tyler early Sunday. Three men and two "
     "women were driven to hospitals. One of the women later died.", [(1, 4)]),
    ("Three people were wounded in a shooting at a park on Grant Road in Tyler on Sunday, including a 15-year-old boy "
     "who later died.", [(1, 2)]),
])
def test_the_hurt_who_died_are_dead_not_hurt(text, tolls):
    assert _tolls(text) == tolls


def test_people_shot_of_whom_one_died_are_counted_once():
    text = "Five people were shot outside a lounge on Grant Road in Tyler early Sunday. One of them later died."
    assert _tolls(text) == [(1, 4)]


def test_people_discovered_dead_are_each_dead():
    # detect reads "discovered dead" as it reads "found dead"
    text = "A man and his wife were discovered dead inside a trailer on Cobb Road in Ocala on Thursday after a shooting."
    assert [killed for killed, _ in _tolls(text)] == [2]
