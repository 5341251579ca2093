"""Tolls, session 20 (issue 15 item 1): headlines that tell a death of people told hurt before it ("Teen shot near
Hofstra University dies", "Third victim in Metairie shooting dies", "One of two men shot late Monday in Belle Glade
dies"), which the headline reader left untold where words stood between the person and "dies"; an age written apart
("3 year old injured") is no count of the hurt; an ordinal of a series over days counts no dead before; two people
listed before the word that tells them dead ("Mother, toddler killed") are two dead; a deadly shooting told with words
between ("deadly North Highlands apartment shooting") is deadly. One death read twice in its sentence ("A Miller
County, AR teen has died": detect reads "County, AR teen has died" and "teen has died") is one. Titles and texts
shortened from GVA lines 4638, 5100, 5029, 3161, 5363, 2540, 4898, 5301, 2224, 3410, 1225, 3971, 5361, 4629, 3399,
5367, 5233, 4684, 5543 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title", [
    "Teen shot near Hofstra University dies",
    "Woman injured in Parramore drive-by shooting dies",
    "Baby girl shot by father in Tulare dies, authorities say",
    "Wounded teen found outside Garland restaurant dies at hospital",
    "Man shot on 22nd and Grand Ave. dies",
])
def test_headline_one_hurt_then_dead(title):
    assert _tally(title) == {"killed": 1}


@pytest.mark.parametrize("title, dead", [
    ("Third victim in Metairie shooting dies - KSLA News 12 Shreveport", 3),
    ("Fourth victim in Robinson Road shooting dies", 4),
    ("Third person dies after shooting near North Philadelphia school", 3),
    ("Second teen victim of suspected 14-year-old West Allis shooter dies", 2),
])
def test_headline_ordinal_dead_counts_those_before(title, dead):
    assert _tally(title) == {"killed": dead}


def test_headline_one_of_several_shot_dies():
    assert _tally("JUST IN: One of two men shot late Monday in Belle Glade dies") == {"killed": 1, "shot": 2}


@pytest.mark.parametrize("title", [
    "Man shot in Belle Glade expected to survive",
    "Teen shot near Hofstra University in critical condition",
    "Man charged in shooting that injured 5-year-old, left man dead",  # one dead: the first is the object of "injured"
])
def test_headline_no_death_read(title):
    assert _tally(title).get("killed", 0) < 2


def test_headline_ordinal_of_a_series_counts_no_dead_before():
    assert _tally("Third child dies from a shooting in Chicago in just two days") == {"killed": 1}


@pytest.mark.parametrize("title, tally", [
    ("Mother, toddler killed in shooting in Fort Washington", {"killed": 2}),
    ("4-year-old girl, mother fatally shot near home in Long Beach ID'd", {"killed": 2}),
    ("Father, daughter found dead in Fort Worth home", {"killed": 2}),
    ("Baby, 20-year-old man killed in south Minneapolis shooting", {"killed": 2}),
    ("Boy, 2, and man killed, pregnant woman wounded in shooting", {"killed": 2, "wounded": 1}),
])
def test_headline_two_listed_dead(title, tally):
    assert _tally(title) == tally


@pytest.mark.parametrize("title", [
    "Arrest made in deadly North Highlands apartment shooting",
    "Victim ID'd in fatal Hammond shooting",
    "Teen arrested in deadly 'horseplay' shooting",
])
def test_headline_deadly_with_words_between(title):
    assert _tally(title) == {"deadly": 1}


def test_headline_fatal_other_act_is_no_deadly_shooting():
    assert _tally("Fatal crash after police shooting") == {}


def test_age_written_apart_is_no_count_of_the_hurt():
    assert _tally("3 year old injured in accidental shooting has died") == {"killed": 1}


def test_the_one_told_shot_is_the_one_the_headline_tells_dead():
    text = ("Alexon Moya, 16, was shot in the head near Hofstra University on Long Island Tuesday, police said. "
            "He was rushed to the hospital in critical condition. Police are still hunting for two teenage suspects "
            "who fled on bikes after the Tuesday night shooting.")
    assert _tolls(text, title="Teen shot near Hofstra University dies") == [(1, 0)]


@pytest.mark.parametrize("text", [
    "A Miller County, AR teen has died after being shot by a friend on Monday night.",
    "A local child who had been hospitalized since a Feb. 27 shooting at her home has died.",
])
def test_one_death_read_twice_in_a_sentence_is_one(text):
    assert _tolls(text, published="2017-03-01") == [(1, 0)]


def test_two_dead_told_together_stay_two():
    assert _tolls("A man and a woman were killed in a shooting Sunday.") == [(2, 0)]


# round 2: ACLED fatalities. A death told as what a demonstration is about is no toll of it (ACLED codes no
# fatalities on a peaceful protest, nor the protested death on a riot); the dead of the protest itself stay
@pytest.mark.parametrize("text", [
    "On 3 May 2020, relatives of a deceased individual demonstrated and vandalized a private clinic in Sahiwal city, "
    "against the death of a woman and baby who died during delivery due to medical negligence.",
    "On 3 May 2020, a protest was held in Sangareddy city by family members of a newborn baby who died due to "
    "alleged negligence of doctors.",
    "On 28 April 2020, a mob vandalized and set ablaze a section of a rehab facility in Imphal over the death of a "
    "patient. Police rushed and controlled the mob.",
])
def test_protested_death_is_no_toll(text):
    assert [k for k, _ in _tolls(text, published="2020-05-03")] == [0]


@pytest.mark.parametrize("text, dead", [
    ("On 27 April 2020, dozens held a demonstration in Jaghuri district, condemning the alleged rape of 2 women. "
     "Demonstrators clashed with police forces. 1 demonstrator was killed and at least 9 were injured.", 1),
    ("On 5 May 2020, students held a protest against the government in which three protesters were killed by "
     "police in Khartoum.", 3),
])
def test_dead_at_a_protest_stay(text, dead):
    assert [k for k, _ in _tolls(text, published="2020-05-03")] == [dead]
