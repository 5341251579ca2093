"""Tolls, session 17 second round (issue 15 item 1): one person told hurt with no count and no pronoun, the largest
class of GVA incidents coded with no wounded where GVA counts some ("The other victim ... suffered several gunshot
wounds", "a victim was taken to a children's hospital", "The 16 year old was brought to the hospital with one
non-life threatening gunshot wound"), and names listed as shot counted one each. Texts written after the shapes of GVA lines 4549,
4402, 4308, 2628, 1730 and 3771 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("text", [
    "The other victim, a man thought to be in his 30s, suffered several gunshot wounds.",
    "At a fourth scene officers came upon one more man suffering from gunshot wounds.",
    "The 16 year old was brought to the hospital with one non-life threatening gunshot wound in the forearm.",
])
def test_one_person_told_hurt_and_alive(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Officers say a victim was taken to Maple Grove Children's Hospital following gunfire in Linden.",
    "The trooper was shot in the elbow.",
    "Then one of the girls, a 14-year-old, was grazed in the arm by a bullet.",
])
def test_one_person_told_hurt(text):
    assert [s.shot for s in shot_tolls(text)] == [1]


@pytest.mark.parametrize("text", [
    "A man was taken to the hospital where he died.",
    "Deputies found the man dead of what looked like a gunshot wound.",
])
def test_one_person_told_dead_is_not_alive(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


def test_the_other_victim_is_wounded_beside_the_dead():
    text = ("HARVEY - An 8-month-old girl was killed by gunfire late Friday in "
            "Harvey, the parish sheriff's office said. The wounded baby died at a hospital a short time "
            "later. The other victim, a man thought to be in his 30s, suffered several gunshot "
            "wounds.")
    assert (1, 1) in _tolls(text)


def test_a_victim_taken_to_hospital_is_wounded():
    text = ("DAYTON - Officers say a victim was taken to Maple Grove Children's Hospital following gunfire in the "
            "Linden neighborhood late Friday. No one has been arrested.")
    assert (0, 1) in _tolls(text)


@pytest.mark.parametrize("text, shot", [
    ("Marisol Teague, Dontrell Fisk and Henry McDonald were shot and killed.", 3),
    ("John Smith and Mary Jones were shot to death.", 2),
    ("On Friday, Smith and Jones were shot.", 2),
    ("In Atlanta, John Smith and Mary Jones were shot.", 2),
    ("Police said McDonald was shot and killed.", 1),
    ("According to the Dayton Police Department, Darnell Oakes and Trevon Pruitt, both aged 27, were shot "
     "and killed on the 3400 block.", 2),
])
def test_names_listed_count_one_each(text, shot):
    """GVA line 1730: "A, B and C were killed" is three, not one."""
    assert [s.shot for s in shot_tolls(text)] == [shot]
