"""Tolls, session 17 (issue 15 item 1), from the errors of the whole GVA file: a survivor told "also" hurt in a
sentence of its own beside the article's dead ("Her mother was also shot, but survived"), and one death told in so
many words where no count of the dead is written ("Lattin was pronounced dead at the scene"). Texts shortened from
GVA lines 1730, 4128 and 4496 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest
from seedutil import gva_text

from eventwire.counts import death_told_at, shot_tolls
from eventwire.pipeline import code_article
from eventwire.records import Article


def _tolls(text: str, title: str | None = None, published: str = "2016-10-27") -> list[tuple[int, int]]:
    incidents = code_article(Article(id="t", text=text, title=title, published=published)).incidents
    return [((i.killed or 0) + (i.perpetrators_killed or 0), i.wounded or 0) for i in incidents]


@pytest.mark.parametrize("text", [
    "Her mother was also shot, but survived.",
    "Another 15-year-old in the red Lexus was also shot.",
    "Smith says the woman's 23-year-old boyfriend was also shot in his leg and is expected to recover.",
    "Police said a man in his late 50s, unrelated to the two boys, was also struck in the arm.",
])
def test_one_more_person_told_hurt_also_is_alive(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Their car was also struck by bullets, but the officer was not hit.",  # a thing
    "Vontay Price, 22, was also shot and killed at the car wash that night.",  # told dead
])
def test_no_survivor_told_also(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


def test_the_survivor_told_also_is_wounded_beside_the_dead():
    text = gva_text(4128, 'ATLANTA - Police', 'in the red Lexus was also shot.')
    assert (1, 1) in _tolls(text)


def test_the_survivor_told_also_is_not_one_of_the_headline_dead():
    text = gva_text(1730, 'SNELLVILLE', 'is expected to recover.')
    assert (3, 1) in _tolls(text, title="3 people shot to death at home in Atlanta suburbs")


@pytest.mark.parametrize("text", [
    "Lattin was pronounced dead at the scene by the Metcalfe County Coroner's Office.",
    "He had been struck in the chest and died on the way to the hospital.",
    "Officials confirmed Sunday one man is dead following a hunting accident.",
    "A turkey hunter was shot and killed Sunday morning by another hunter in Rock County.",
    "The alleged shooter was fatally shot while exchanging gunfire with officers, according to HPD.",
    "Police later confirmed that the boy had died.",
])
def test_one_death_told(text):
    assert death_told_at(text) is not None


@pytest.mark.parametrize("text", [
    "No one died in the shooting.",
    "He could have died at the scene, the doctor said.",
    "The road is a dead end.",
    "Police were not able to say if the man had died.",  # asked, not told
    "He could have been shot and killed.",
])
def test_no_death_told(text):
    assert death_told_at(text) is None


def test_one_death_told_without_a_count_is_one_killed():
    text = gva_text(4496, until="by the Metcalfe County Coroner's Office.")
    assert _tolls(text, published="2016-11-28") == [(1, 0)]


def test_an_age_written_with_no_hyphen_before_its_unit_counts_no_one():
    # GVA line 4715 read 31 people shot from the ages of two
    text = "Police said a 14 year-old male, and 17 year-old female were shot near the park."
    assert all(s.shot < 14 for s in shot_tolls(text))
