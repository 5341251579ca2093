"""Tolls, session 33 (the "tolls" helper).

- People counted shot inside a clause of a longer subject ("troopers sought a motorist after five hikers were shot,
  one fatally") are counted: the pattern of people shot first read the subject from the article before the clause
  word, dropped it as no subject of people, and its span hid the clause's own count from the search.
- A headline telling one person recovering or surviving tells one hurt and alive, where the text counts no one hurt.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("text, shot, killed", [
    ("Deputies questioned a neighbor after three teens were shot, two fatally, behind the Millbrook rink.", 3, 2),
    ("Medics rushed to a duplex where five people were shot shortly before dawn.", 5, None),
    ("The arrest came a week after six teens were shot near the skating rink.", 6, None),
    ("One man died after nine were shot at the block party.", 9, None),
])
def test_people_counted_in_a_clause_of_a_long_subject(text, shot, killed):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(shot, killed)]


def test_clause_count_sets_the_wounded_beside_the_dead():
    # the dead are told again as a list the text reads two, and the survivor by an ordinal: only the clause's count
    # tells that one of the four lived
    text = ("State troopers want to question a motorist after four campers were shot, three fatally, at a lake site "
            "in Cedar Hollow on Tuesday night. Two men and a woman were declared dead by medics. The fourth "
            "victim, a man, was flown to Lakeside Medical Center, where he is in stable condition.")
    assert _tolls(text, title="4 campers shot, 3 dead at Cedar Hollow lake site") == [(3, 1)]


@pytest.mark.parametrize("title, text", [
    ("Boy, 8, survives stray bullet fired into Oak Park living room",
     "An 8-year-old boy watching television was hit when someone fired into his family's living room late Sunday, "
     "police said. No one else in the house was hurt. Detectives are looking for a dark sedan."),
    ("Teen recovering after rifle goes off during cleaning",
     "Deputies said a 15-year-old was cleaning a hunting rifle in his bedroom on Saturday when it fired. His mother "
     "drove him to Mercy Hospital. No one else was injured."),
])
def test_one_told_recovering_or_surviving_in_the_headline_is_hurt(title, text):
    assert _tolls(text, title=title) == [(0, 1)]
