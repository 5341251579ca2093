"""Tolls, session 30 (issue 15 item 1): people hurt and dead told in words the patterns missed, and figures that
count no one.

- People told still in hospital some time after ("Six teenagers remained hospitalized on Monday", "two others
  remain in the hospital") are that many hurt and alive.
- "A father was killed and his son was shot": the one told shot after the dead, not told dead himself, is hurt.
- The act's verb in its bare form after "and" ("went on to kill a cashier and injure four other men")
  counts the hurt as "injuring" does; not the noun ("Ruiz succumbed to his wounds two days on") nor an intent ("tried to
  injure two officers").
- One found dead of a gunshot wound ("found the farmer dead from a single gunshot wound") is one killed.
- An age after a name before "all died" ("Terry Cole, 31 all died") and a year written short ("a ’90 shooting")
  count no one.
- Second commit: a headline telling the shooter dead in a clause of his own beside the victims' dead ("4 Slain At
  Farmhouse; Gunman Dead") counts him one more, an attacker killed; not "3 dead, including gunman".
- Third commit: a thing told deadly in general ("a loaded gun within reach of a child is deadly") tells no death.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls, no_people, shot_tolls


@pytest.mark.parametrize("text, hurt", [
    ("Six teenagers remained hospitalized on Monday, two of them in serious condition.", 6),
    ("Two others remain in the hospital.", 2),
    ("Three men were still in the hospital as of Sunday night.", 3),
])
def test_people_still_in_hospital_are_hurt_and_alive(text, hurt):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(hurt, 0)]


def test_people_still_in_hospital_after_a_party_shooting():
    text = ("Six teenagers remained hospitalized on Monday, two of them in serious condition, after two men fired "
            "into a graduation party in Tulsa on Saturday.")
    assert _tolls(text, published="2014-06-03") == [(0, 6)]


def test_one_told_shot_after_the_dead_is_hurt():
    text = ("A father was killed and his 6-year-old son was shot by two masked men while they played outside on "
            "Saturday in Flint, police said.")
    assert _tolls(text, published="2015-05-11") == [(1, 1)]


@pytest.mark.parametrize("text", [
    "A father was killed and his son was shot and later died at a hospital.",
    "He tried to injure two officers.",
    "Ruiz succumbed to his wounds two days on.",
])
def test_no_one_more_hurt(text):
    assert all(s.killed != 0 for s in shot_tolls(text))


@pytest.mark.parametrize("text, hurt", [
    ("The gunman went on to kill a cashier and injure four other men before he was arrested.", 4),
    ("He went on to kill a clerk and wound two other men before police arrived.", 2),
])
def test_the_verb_of_the_act_in_its_bare_form_counts_the_hurt(text, hurt):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(hurt, 0)]


def test_one_found_dead_of_a_gunshot_wound_is_killed():
    text = ("Deputies found the farmer dead from a single gunshot wound in his barn near Enid on Saturday, the "
            "sheriff said.")
    assert _tolls(text, published="2016-02-08") == [(1, 0)]


def test_an_age_after_a_name_before_all_died_counts_no_one():
    text = ("Marcus Hill, 30; Dion Bell, 21; and Terry Cole, 31 all died of gunshot wounds at a bar in Fort Wayne "
            "on Tuesday, the coroner said.")
    assert [killed for killed, _ in _tolls(text, published="2016-02-10")] != [31]


def test_a_year_written_short_counts_no_one():
    text = "Detectives reopened a ’90 shooting of a slain man."
    start = text.index("90")
    assert no_people(text, start, start + 2, "shooting")


@pytest.mark.parametrize("title, self_told", [
    ("4 Slain At Farmhouse Near Enid; Gunman Dead After Standoff", True),
    ("3 dead, including gunman, in Enid diner shooting", False),  # he is one of the three
])
def test_a_headline_telling_the_shooter_dead_apart_from_the_victims_counts_him(title, self_told):
    assert ("self" in headline_tolls(title)) is self_told


def test_the_shooter_told_dead_in_the_headline_is_one_more_dead():
    text = ("A man shot and killed four relatives at a farmhouse near Enid on Sunday before a standoff with "
            "deputies, the sheriff said.")
    assert _tolls(text, title="4 Slain At Farmhouse Near Enid; Gunman Dead After Standoff",
                  published="2016-02-08") == [(5, 0)]


def test_a_thing_told_deadly_in_general_tells_no_death():
    text = ("A 4-year-old boy found a pistol under a bed and shot his father in the leg at their home in Enid on "
            "Sunday, police said. The father was treated and released. \"A loaded gun within reach of a child is "
            "deadly,\" the sheriff said.")
    assert _tolls(text, published="2016-02-08") == [(0, 1)]
