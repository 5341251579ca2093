"""Tolls, session 18 round 2: the dead told as people nouns joined by "and" after one count ("A woman and her son
were found dead", "found a mother and son dead") are one death per noun, that many for a counted one ("three
children and their mother"); people shot and then one told dead stay one dead. Texts written for these tests in the
shape of GVA lines 730 and 1670 (`../shared/data/gva/articles.jsonl`); none of them copied."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.detect import _casualties
from eventwire.pipeline import code_text


@pytest.mark.parametrize(("text", "dead"), [
    ("A woman and her son were found dead in Meade County late Tuesday.", 2),
    ("Deputies in Oak Creek found a mother and son dead on Christmas Eve.", 2),
    ("A woman and toddler died Sunday.", 2),
    ("Three children and their mother were found dead.", 4),
    ("Three men and two women are dead.", 5),
])
def test_people_joined_by_and_are_one_death_each(text, dead):
    assert [(h.kind, h.low) for h in _casualties(text, 0)] == [("killed", dead)]


@pytest.mark.parametrize("text", [
    "A man and woman were shot, one died.",
    "One man and several others were killed.",
])
def test_no_death_added_where_no_two_people_are_dead(text):
    assert [(h.kind, h.low) for h in _casualties(text, 0) if h.kind == "killed"] == [("killed", 1)]


@pytest.mark.parametrize(("text", "dead"), [
    ("A woman and her son were found dead after a shooting in Meade County late Tuesday.", 2),
    ("A woman and toddler died in a shooting at a home in Vine Grove on Monday, police said.", 2),
    ("Three children and their mother were found dead in a shooting at a home in Radcliff on Friday, police "
     "said.", 4),
])
def test_people_joined_by_and_found_dead_are_the_toll(text, dead):
    assert _tolls(text) == [(dead, 0)]


def test_man_and_woman_shot_one_died_is_one_dead():
    text = ("A man and a woman were shot late Thursday on Oak Street in Houston. The woman later died at a "
            "hospital, officers said.")
    assert [dead for dead, _ in _tolls(text)] == [1]


def test_an_age_among_the_joined_dead_is_no_count():
    """'A woman and her 2-year-old son': the count is the nouns', and the 2 of the son's age, inside the people
    counted, is none of it (extract._not_a_count had read it as the count told as an age, and dropped the toll)."""
    text = "A woman and her 2-year-old son were found dead Sunday in their home in Dayton, Ohio, police said."
    (incident,) = code_text(text, "2016-05-02").incidents
    assert incident.killed == 2
