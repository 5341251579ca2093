"""Tolls, session 17 (issue 15 item 1), from the errors of the whole GVA file: a survivor told "also" hurt in a
sentence of its own beside the article's dead ("Her mother was also shot, but survived"), and one death told in so
many words where no count of the dead is written ("Marlow was pronounced dead at the scene"). Texts written after
the shapes of GVA lines 1730, 4128 and 4496 (`../shared/data/gva/articles.jsonl`)."""
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
    "Another 16-year-old in the silver Camry was also shot.",
    "Jones says the man's 26-year-old girlfriend was also shot in her arm and should recover.",
    "Officers said a woman in her early 40s, no relation to the two girls, was also hit in the shoulder.",
])
def test_one_more_person_told_hurt_also_is_alive(text):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Her car was also struck by gunfire, but the deputy was not hit.",  # a thing
    "Delmar Grice, 24, was also shot and killed at the gas station that evening.",  # told dead
])
def test_no_survivor_told_also(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


def test_the_survivor_told_also_is_wounded_beside_the_dead():
    text = gva_text(4128, 'ATLANTA - Police', 'in the red Lexus was also shot.')
    assert (1, 1) in _tolls(text)


def test_the_survivor_told_also_is_not_one_of_the_headline_dead():
    text = gva_text(1730, 'SNELLVILLE', 'is expected to recover.')
    assert (3, 1) in _tolls(text, title="3 people shot dead inside a home in metro Atlanta")


@pytest.mark.parametrize("text", [
    "Marlow was pronounced dead at the scene, the coroner said.",
    "She had been hit in the neck and died on the way to a trauma center.",
    "Officials said Saturday one woman is dead after a hunting mishap.",
    "A deer hunter was shot and killed Saturday at dawn by a fellow hunter in Dane County.",
    "The suspected gunman was fatally shot while trading gunfire with deputies, according to the sheriff.",
    "Officers later said that the girl had died.",
])
def test_one_death_told(text):
    assert death_told_at(text) is not None


@pytest.mark.parametrize("text", [
    "No one died in the shooting.",
    "He could have died at the scene, the doctor said.",
    "The road is a dead end.",
    "Officers could not say whether the woman had died.",  # asked, not told
    "He could have been shot and killed.",
])
def test_no_death_told(text):
    assert death_told_at(text) is None


def test_one_death_told_without_a_count_is_one_killed():
    text = gva_text(4496, until="Coroner's Office.")
    assert _tolls(text, published="2016-11-28") == [(1, 0)]


def test_an_age_written_with_no_hyphen_before_its_unit_counts_no_one():
    # GVA line 4715 read 31 people shot from the ages of two
    text = "Officers said a 13 year-old boy, and 16 year-old girl were shot near the school."
    assert all(s.shot < 14 for s in shot_tolls(text))
