"""Tolls, session 31 (issue 15, tasks of the tolls helper).

- One shot that hit the shooter and one more ("accidentally shot himself and his 7-year-old nephew", "shooting
  herself and a friend") is two people shot, not one; not where the second begins a clause of its own ("shot himself
  and his wife called 911"), nor a thing ("shot himself and the dog").
- Where the sentence told one person before ("A 12-year-old boy was taken to a hospital after he accidentally shot
  himself and his cousin"; "A 9-year-old boy shot early Sunday had shot himself and his brother"), the two are counted.
- Second commit: the shooter killed by police after the act, told by a pronoun ("killed four people ... before he was
  shot dead by a trooper", "before being fatally shot by a deputy") or with an aside after his noun ("the gunman, a
  former employee, was shot and killed by officers"), is one more dead, as GVA counts him; so is the shooter told dead
  after "and" beside the scene's dead ("Two people were found dead ... and the gunman killed himself": three).
- Third commit: police killing him told actively, by a pronoun or a name, after "before" or "then" ("before police
  shot him to death", "Responding deputies then fatally shot Reyes"): one more dead.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("text", [
    "A Dayton man accidentally shot himself and his 7-year-old nephew on Friday.",
    "The father is charged with accidentally shooting himself and his 4-year-old daughter.",
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
    "A 10-year-old boy remains in a hospital bed after accidentally shooting himself and his sister.",
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


@pytest.mark.parametrize("text, dead", [
    ("Four people were killed by a man on a shooting spree in Toledo on Friday before he was shot dead by a trooper.", 5),
    ("Four people were killed by a man in Toledo on Friday before being fatally shot by a deputy.", 5),
    ("Two store clerks were killed in Toledo on Friday and the gunman, a former employee, was shot and killed by "
     "officers.", 3),
    ("Two people were found dead inside a Toledo home on Friday and the gunman killed himself, police said.", 3),
])
def test_the_shooter_killed_after_his_victims_is_one_more_dead(text, dead):
    assert _tolls(text, published="2016-03-02") == [(dead, 0)]


@pytest.mark.parametrize("text, tolls", [
    ("A gunman killed a woman and wounded four other people in a Toledo bar on Friday night before police shot him "
     "to death.", [(2, 4)]),
    ("A gunman killed a cashier and wounded two customers at a Toledo gas station on Friday. Responding deputies then "
     "fatally shot Reyes, the sheriff said.", [(2, 2)]),
])
def test_police_killing_the_shooter_told_actively_is_one_more_dead(text, tolls):
    assert _tolls(text, published="2016-03-02") == tolls
