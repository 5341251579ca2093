"""Tolls, session 20 (issue 15 item 1): headlines that tell a death of people told hurt before it ("Teen shot near
Keller College dies", "Third victim in Gretna shooting dies", "One of two men shot early Friday in Pahokee
dies"), which the headline reader left untold where words stood between the person and "dies"; an age written apart
("3 year old injured") is no count of the hurt; an ordinal of a series over days counts no dead before; two people
listed before the word that tells them dead ("Mother, toddler killed") are two dead; a deadly shooting told with words
between ("deadly Rancho Cordova duplex shooting") is deadly. One death read twice in its sentence ("A Lamar
County, TX teen has died": detect reads "County, TX teen has died" and "teen has died") is one. Titles and texts
written after the shapes of GVA lines 4638, 5100, 5029, 3161, 5363, 2540, 4898, 5301, 2224, 3410, 1225, 3971, 5361, 4629, 3399,
5367, 5233, 4684, 5543 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title", [
    "Teen shot near Keller College dies",
    "Woman hurt in Pine Hills drive-by shooting dies",
    "Baby boy shot by uncle in Visalia dies, deputies say",
    "Wounded teen found outside Mesquite diner dies at hospital",
    "Man shot on 31st and Elm Ave. dies",
])
def test_headline_one_hurt_then_dead(title):
    assert _tally(title) == {"killed": 1}


@pytest.mark.parametrize("title, dead", [
    ("Third victim in Gretna shooting dies - WXYZ News 9 Monroe", 3),
    ("Fourth victim in Carver Lane shooting dies", 4),
    ("Third person dies after shooting near West Camden church", 3),
    ("Second teen victim of suspected 15-year-old Racine gunman dies", 2),
])
def test_headline_ordinal_dead_counts_those_before(title, dead):
    assert _tally(title) == {"killed": dead}


def test_headline_one_of_several_shot_dies():
    assert _tally("UPDATE: One of two men shot early Friday in Pahokee dies") == {"killed": 1, "shot": 2}


@pytest.mark.parametrize("title", [
    "Man shot in Pahokee expected to survive",
    "Teen shot near Keller College in critical condition",
    "Woman charged in shooting that injured 7-year-old, left man dead",  # one dead: the first is the object of "injured"
])
def test_headline_no_death_read(title):
    assert _tally(title).get("killed", 0) < 2


def test_headline_ordinal_of_a_series_counts_no_dead_before():
    assert _tally("Third child dies from a shooting in Memphis in only three days") == {"killed": 1}


@pytest.mark.parametrize("title, tally", [
    ("Mother, toddler killed in shooting in Oxon Hill", {"killed": 2}),
    ("6-year-old boy, mother fatally shot near home in Pomona ID'd", {"killed": 2}),
    ("Father, son found dead in Amarillo home", {"killed": 2}),
    ("Baby, 23-year-old man killed in north St. Paul shooting", {"killed": 2}),
    ("Girl, 3, and man killed, elderly woman wounded in shooting", {"killed": 2, "wounded": 1}),
])
def test_headline_two_listed_dead(title, tally):
    assert _tally(title) == tally


@pytest.mark.parametrize("title", [
    "Arrest made in deadly Rancho Cordova duplex shooting",
    "Victim ID'd in fatal Slidell shooting",
    "Teen held in deadly 'joking around' shooting",
])
def test_headline_deadly_with_words_between(title):
    assert _tally(title) == {"deadly": 1}


def test_headline_fatal_other_act_is_no_deadly_shooting():
    assert _tally("Fatal crash after police shooting") == {}


def test_age_written_apart_is_no_count_of_the_hurt():
    assert _tally("4 year old hurt in accidental shooting has died") == {"killed": 1}


def test_the_one_told_shot_is_the_one_the_headline_tells_dead():
    text = ("Dorian Vell, 17, was shot in the neck near Keller College in Westbury Friday, officers said. "
            "He was taken to a trauma center and listed as critical. Officers are still searching for three young men "
            "who ran off on foot after the Friday evening shooting.")
    assert _tolls(text, title="Teen shot near Keller College dies") == [(1, 0)]


@pytest.mark.parametrize("text", [
    "A Lamar County, TX teen has died after being shot by a cousin on Saturday evening.",
    "An area boy in the hospital since a Feb. 19 shooting at his house has died.",
])
def test_one_death_read_twice_in_a_sentence_is_one(text):
    assert _tolls(text, published="2017-03-01") == [(1, 0)]


def test_two_dead_told_together_stay_two():
    assert _tolls("A man and a woman were killed in a shooting Sunday.") == [(2, 0)]


# round 2: ACLED fatalities. A death told as what a demonstration is about is no toll of it (ACLED codes no
# fatalities on a peaceful protest, nor the protested death on a riot); the dead of the protest itself stay
@pytest.mark.parametrize("text", [
    "On 2 May 2020, kin of a dead man protested and damaged a small hospital in Okara town, "
    "over the death of a mother and infant who died in childbirth through alleged medical carelessness.",
    "On 2 May 2020, a protest was staged in Medak town by the family of an infant who died through "
    "alleged carelessness of nurses.",
    "On 26 April 2020, a mob vandalized and torched part of a drug treatment centre in Silchar over the death of an "
    "inmate. Police arrived and dispersed the mob.",
])
def test_protested_death_is_no_toll(text):
    assert [k for k, _ in _tolls(text, published="2020-05-03")] == [0]


@pytest.mark.parametrize("text, dead", [
    ("On 25 April 2020, scores staged a rally in Malistan district, denouncing the alleged abduction of 3 girls. "
     "The protesters fought with police. 1 protester was killed and at least 6 were injured.", 1),
    ("On 5 May 2020, students held a protest against the government in which three protesters were killed by "
     "police in Khartoum.", 3),
])
def test_dead_at_a_protest_stay(text, dead):
    assert [k for k, _ in _tolls(text, published="2020-05-03")] == [dead]
