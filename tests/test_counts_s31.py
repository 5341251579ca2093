"""Tolls, session 31 (issue 15, tasks of the tolls helper).

- One shot that hit the shooter and one more ("accidentally shot himself and his 7-year-old nephew", "shooting
  herself and a friend") is two people shot, not one; not where the second begins a clause of its own ("shot himself
  and his wife called 911"), nor a thing ("shot himself and the dog").
- Where the sentence told one person before ("A 12-year-old boy was taken to a hospital after he accidentally shot
  himself and his cousin"; "A 9-year-old boy shot early Sunday had shot himself and his brother"), the two are counted.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("text", [
    "A Dayton man accidentally shot himself and his 7-year-old nephew on Friday.",
    "The man is accused of accidentally shooting himself and his 2-year-old son.",
    "The boy found the pistol under a bed and accidentally shot himself and his cousin.",
    "Police say a 19-year-old woman was cleaning a rifle when she accidentally shot herself and a friend.",
])
def test_the_shooter_and_one_more_hit_are_two(text):
    assert [s.shot for s in shot_tolls(text)] == [2]


@pytest.mark.parametrize("text, alone", [
    ("He shot himself and his nephew.", "He shot himself and his wife called 911."),
    ("He shot himself and his friend by accident.", "He shot himself and his friend drove him to the hospital."),
    ("He shot himself and the boy.", "He shot himself and the dog."),
])
def test_one_more_after_himself_only_where_a_person_is_hit(text, alone):
    assert [s.shot for s in shot_tolls(text)] == [2]
    assert [s.shot for s in shot_tolls(alone)] == [1]


@pytest.mark.parametrize("text", [
    "A 12-year-old boy was taken to a hospital after he accidentally shot himself and his cousin.",
    "A 10-year-old boy is recovering after accidentally shooting himself and his sister.",
    "A 9-year-old boy shot early Sunday had accidentally shot himself and his brother, police said.",
])
def test_one_told_before_the_shooter_and_another(text):
    assert [s.shot for s in shot_tolls(text)] == [2]
    alone = text.replace(" and his cousin", "").replace(" and his sister", "").replace(" and his brother", "")
    assert [s.shot for s in shot_tolls(alone)] == [1]


def test_a_father_and_his_son_hurt_by_one_shot():
    text = ("A Lorain father accidentally shot himself and his 9-year-old son on Tuesday while cleaning a handgun in "
            "the kitchen, police said. The boy was in stable condition on Wednesday.")
    assert _tolls(text, published="2016-03-02") == [(0, 2)]
