"""Tolls, session 26 (issue 15 item 1).

- One person told dead twice in a sentence, by pronouns of one person ("He died ..., and his death was ruled a
  homicide") or in apposition ("the death of her niece, Dana Lee Porter, 15, who died"), is one dead.
- An age told by its abbreviation ("16 yr old", "8 yo girl", "5 y/o") is no count of people.
- The totals told across coordinated attacks ("This was one of 21 coordinated attacks ..., across which 51 people were
  killed") are no attack's own toll (GTD codes each attack apart).
- A photo gallery's counter ("Image 1 of 10") is no count of people.
- Two people's nouns joined by "and" after one casualty verb are two victims ("fatally shot a woman and girl",
  "killed a 52-year old woman and 9-year old girl", GVA line 3025); a thing so joined, or a second clause, is not.

Texts written anew in the shape of GVA lines 3681, 4273, 4802, 5698, 5503 (`../shared/data/gva/articles.jsonl`); the
GTD 1970-2017 subset's summaries of coordinated attacks are read from `../shared/data/gtd` (never copied here)."""
from __future__ import annotations

import pytest

from eventwire.counts import shot_tolls
from seedutil import gtd_summary
from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text", [
    "A 19-year-old man was shot dead early Wednesday in Pilsen. He died at a trauma center, and his death "
    "was ruled a homicide.",
    "A woman was shot Monday night in Arnold. She died at the hospital, and her death was ruled a homicide.",
])
def test_one_person_told_dead_by_pronouns_is_one_dead(text):
    assert _tolls(text) == [(1, 0)]


@pytest.mark.parametrize("text", [
    "The woman is grieving the death of her niece, Dana Lee Porter, 15, who died after being shot Monday in a house "
    "in Arnold.",
    "Police have made an arrest in the killing of 12-year-old Keisha Grant — a promising young dancer who was killed "
    "by a stray bullet on Saturday in Yonkers.",
])
def test_one_dead_told_again_in_apposition_is_one_dead(text):
    assert _tolls(text) == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Relatives name 17 yr old who was shot and killed by officers on Tuesday in Fremont.",
    "The 8 yo girl was shot and killed on Sunday in Houston.",
    "A 5 y/o boy was shot and killed on Sunday in Houston.",
])
def test_an_abbreviated_age_is_no_count(text):
    assert _tolls(text) == [(1, 0)]


@pytest.mark.parametrize("eventid, total", [
    # a wedding in Hajjaj, one of three attacks whose total ("26 people were killed", 25 injured "across all three
    # incidents") besides the assailant would read as a toll of 27 dead and 25 hurt
    ("201703080047", (27, 25)),
    # Jalalabad, one of 21 attacks "across which 51 people ... were killed and 74 others wounded"
    ("201204150031", (51, 74)),
])
def test_the_total_of_coordinated_attacks_is_no_toll(eventid, total):
    text = gtd_summary("gtd_1970-2017_subset.csv", eventid)
    assert total not in _tolls(text, published="2017-03-09")


@pytest.mark.parametrize("text, shot, killed", [
    ("Police say a man fatally shot a woman and girl late Friday at a home on Elm Street.", 2, 2),
    ("Investigators said he shot and killed a man and his son outside the bar.", 2, 2),
    ("Deputies said the suspect shot a man and his two sons during the argument.", 3, None),
])
def test_people_joined_after_one_shooting_verb_are_each_shot(text, shot, killed):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(shot, killed)]


@pytest.mark.parametrize("text", [
    "Police said a man fatally shot a woman and wounded a teenager outside the store on Sunday.",
    "Police said a man fatally shot a woman and the driver fled the scene on Sunday.",
    "Police said a man fatally shot a woman and her car was struck several times on Sunday.",
])
def test_a_second_clause_or_thing_after_the_victim_is_no_second_dead(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)][0] == (1, 1)


def test_two_people_killed_after_one_active_verb_are_two_dead():
    text = ("A man was arrested Saturday in Aransas Pass. Detectives say the 50-year old man killed a 52-year old woman "
            "and 9-year old girl at a house on North Bay Drive late Friday.")
    assert _tolls(text) == [(2, 0)]


def test_a_photo_gallery_counter_is_no_toll():
    text = ("Photo 1 of / 8 Caption Close Photo 1 of 8 A 6-year-old boy died Wednesday night, hours after he was "
            "hit in a shooting in Pasadena, police said.")
    assert _tolls(text) == [(1, 0)]
