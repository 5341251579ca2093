"""Tolls, session 17 second round (issue 15 item 1): one person told hurt with no count and no pronoun, the largest
class of GVA incidents coded with no wounded where GVA counts some ("The other victim ... suffered multiple gunshot
wounds", "a victim was taken to Nationwide Children's Hospital", "The 17 year old was taken to the hospital with
non-life threatening gunshot wound"), and names listed as shot counted one each. Texts shortened from GVA lines 4549,
4402, 4308, 2628, 1730 and 3771 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import shot_tolls


@pytest.mark.parametrize("text", [
    "The other victim, a male in his late teens to early 20s, suffered multiple gunshot wounds.",
    "At a third location they discovered another man suffering from gunshot wounds.",
    "The 17 year old was taken to the hospital with non-life threatening gunshot wound to the shoulder.",
])
def test_one_person_told_hurt_and_alive(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Police say a victim was taken to Nationwide Children's Hospital after a shooting in the Franklinton neighborhood.",
    "The trooper was shot in the elbow.",
    "That's when one of the teens, a 15-year-old boy, was grazed in the leg by a bullet.",
])
def test_one_person_told_hurt(text):
    assert [s.shot for s in shot_tolls(text)] == [1]


@pytest.mark.parametrize("text", [
    "A man was taken to the hospital where he died.",
    "Officers found the victim deceased from an apparent gunshot wound.",
])
def test_one_person_told_dead_is_not_alive(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


def test_the_other_victim_is_wounded_beside_the_dead():
    text = ("MARRERO - A 10-month-old baby was killed in a shooting Tuesday night in "
            "Marrero, the Jefferson Parish Sheriff's Office said. The wounded boy was taken to a hospital, where he "
            "was pronounced dead. The other victim, a male in his late teens to early 20s, suffered multiple gunshot "
            "wounds.")
    assert (1, 1) in _tolls(text)


def test_a_victim_taken_to_hospital_is_wounded():
    text = ("COLUMBUS - Police say a victim was taken to Nationwide Children's Hospital after a shooting in the "
            "Franklinton neighborhood on Tuesday night. Police have not made any arrests.")
    assert (0, 1) in _tolls(text)


@pytest.mark.parametrize("text, shot", [
    ("Angelina Benton, Raynord Daniel and Joseph McDonald were shot and killed.", 3),
    ("John Smith and Mary Jones were shot to death.", 2),
    ("On Friday, Smith and Jones were shot.", 2),
    ("In Atlanta, John Smith and Mary Jones were shot.", 2),
    ("Police said McDonald was shot and killed.", 1),
    ("According to the Indianapolis Police Department, Antonio Kelley and Derrius Brandon, both 23-years-old, were shot "
     "and killed in the 2000 block.", 2),
])
def test_names_listed_count_one_each(text, shot):
    """GVA line 1730: "A, B and C were killed" is three, not one."""
    assert [s.shot for s in shot_tolls(text)] == [shot]
