"""Tolls, session 27 (issue 15 item 1): figures that count no one.

- A distance ("a double murder only nine blocks away"), a crowd that mourns or gathers ("Dozens mourn four slain",
  "Hundreds gather to mourn slain deputy"), an age told "17 y.o", a person's age before his home town ("Mark Jones, 21
  of Lynchburg was shot and killed"), a year before what it dates ("the 2014 video of father killed") and a picture's
  credit (a gallery's "Photo: 21 Pro Video") are no count of people. Counts written in words are read as the digits
  are.
- A figure in the people's noun phrase before the toll's words is read too (a gallery caption's "Image 14 of 14" run
  into the lead's "One of two girls ... has died" counts the credit's 21 with the caption and the lead's one).
- A headline's toll run into the lead with no stop (a headline "4 Shot" with a lead telling four men shot) is the
  lead's told again, not four more.
- One survivor told with no casualty verb: by his wound or his way to a hospital (walked into a clinic "with a
  gunshot wound", "was airlifted") where no death is told, and in a grave condition in a clause of his own beside the
  dead (two killed "and another" man "in critical condition").

Sentences written for these tests in the news style of GVA lines 124, 829, 1231, 1776, 2477, 2824, 2888, 3148, 3785 and 3792
(`../shared/data/gva/articles.jsonl`); no record of it is copied here."""
from __future__ import annotations

import pytest

from eventwire.counts import alive_told_at, words_not_people
from seedutil import gva_text
from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text, dead", [
    ("Two men were shot to death Tuesday at a dice game in Liberty City. The shooting was eerily similar to a double "
     "murder only nine blocks away.", 2),
    ("Dozens mourn four slain in Sunday shooting at a Tulsa home. Four people were shot to death Sunday at a home in "
     "Tulsa.", 4),
    ("Hundreds gather to mourn slain deputy. The deputy was shot and killed Friday in Tampa.", 1),
    ("Family of 17 y.o killed in shooting speaks out. The teen was shot and killed Sunday night in Dallas.", 1),
    ("Mark Jones, 21 of Lynchburg was shot and killed Sunday night on Main Street in Lynchburg.", 1),
])
def test_a_figure_that_counts_no_one_is_no_toll(text, dead):
    assert [killed for killed, _ in _tolls(text)] == [dead]


def test_a_year_is_no_toll():
    text = ("A man was shot and killed by police Friday in Tulsa. The 2014 video of father killed in a police shooting "
            "was released.")
    assert max(killed for killed, _ in _tolls(text, published="2016-06-09")) == 1


def test_a_pictures_credit_is_no_toll():
    # GVA line 2824's photo gallery caption and lead, read from the shared data
    text = gva_text(2824, since="more Photo: 21 Pro Video Image 14 of 14", until="has died, according to a release")
    assert [killed for killed, _ in _tolls(text, published="2016-06-09")] == [1]


@pytest.mark.parametrize("text, counts", [
    ("a double murder only nine blocks away", [9]),
    ("Dozens mourn four slain", [12]),
    ("Hundreds of people gathers to remember", [100]),
    # the victims, not a crowd: "gathered", "attending" are no mourning
    ("four people gathered outside a home were shot", []),
    ("three people attending a vigil were killed", []),
    ("nine people were killed", []),
])
def test_counts_in_words_that_count_no_one(text, counts):
    assert [count.low for _, _, count in words_not_people(text)] == counts


@pytest.mark.parametrize("text", [
    "Police: 4 Shot in SE Austin; Deputy Hurt in Crash A gunman remains at large after four men were shot at a "
    "gas station in Austin on Friday evening, police say.",
    "Bureau of Police 4 SHOT IN NORTHSIDE FOR IMMEDIATE RELEASE TOLEDO - Officers are at the scene where four people "
    "were shot in Toledo late Saturday.",
])
def test_a_headline_run_into_the_lead_counts_its_people_once(text):
    assert _tolls(text, published="2016-06-09") == [(0, 4)]


# Second task: a lone survivor told by his wound, his way to a hospital or his condition, with no casualty verb
# ("was airlifted", "walked into a clinic with a gunshot wound", "another man was in critical condition" beside the
# dead). Sentences written for these tests in the news style of GVA lines 536, 955, 4953, 5347
# and 5639; no record is copied here.

@pytest.mark.parametrize("text, beside_dead, told", [
    ("Two brothers were shot to death and another man was left in critical condition by the shots.", True,
     "critical condition"),
    ("Garcia died at the scene; Okafor was flown to Kettering, where he lay in critical condition.", True,
     "critical condition"),
    ("The shots killed a 9-year-old girl and left her uncle in critical condition.", True, "critical condition"),
])
def test_one_survivor_told_beside_the_dead_in_a_clause_of_his_own(text, beside_dead, told):
    found = alive_told_at(text, 0, beside_dead)
    assert found is not None and text[found[0]:found[1]] == told


@pytest.mark.parametrize("text, told", [
    ("A 15-year-old boy walked into an urgent care clinic on Friday with a gunshot wound in his foot.",
     "with a gunshot wound"),
    ("The boy was airlifted to a Dayton hospital.", "was airlifted"),
    ("The cyclist was treated at a clinic for a gunshot wound to his shoulder.", "for a gunshot wound"),
])
def test_one_survivor_told_by_his_wound_where_no_one_died(text, told):
    found = alive_told_at(text, 0, False, by_wound=True)
    assert found is not None and text[found[0]:found[1]] == told
    assert alive_told_at(text, 0, True, by_wound=False) is None  # beside a death: most often the one who died


@pytest.mark.parametrize("text, beside_dead", [
    ("A grandmother was rushed to Mercy General in critical condition but later died.", True),
    ("He died Sunday, a day after he was listed in critical condition.", True),
    ("The victim died of a gunshot wound to the chest.", False),
    ("Police found two men with gunshot wounds.", False),
])
def test_no_survivor_where_the_one_told_died_or_more_are_told(text, beside_dead):
    assert alive_told_at(text, 0, beside_dead, by_wound=not beside_dead) is None


def test_a_survivor_beside_the_dead_is_counted_once():
    text = ("Two cousins were shot to death and another man was in critical condition after gunfire at a house on "
            "Birch Lane in Canton on Wednesday night, police said.")
    assert _tolls(text) == [(2, 1)]


def test_a_lone_survivor_told_by_his_wound_is_one_wounded():
    text = ("A 15-year-old boy walked into an urgent care clinic with a gunshot wound in his foot on Friday evening, "
            "Canton police said. Detectives are trying to learn where he was shot.")
    assert _tolls(text) == [(0, 1)]
