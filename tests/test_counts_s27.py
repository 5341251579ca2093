"""Tolls, session 27 (issue 15 item 1): figures that count no one.

- A distance ("a double murder only nine blocks away"), a crowd that mourns or gathers ("Dozens mourn four slain",
  "Hundreds gather to mourn slain deputy"), an age told "17 y.o", a person's age before his home town ("Mark Jones, 21
  of Lynchburg was shot and killed"), a year before what it dates ("the 2014 video of father killed") and a picture's
  credit ("Photo: 21 Pro Video") are no count of people. Counts written in words are read as the digits are.
- A figure in the people's noun phrase before the toll's words is read too ("Photo: 21 Pro Video Image 14 of 14
  Police: One of two girls ... has died" counts "21 Pro Video Image One").
- A headline's toll run into the lead with no stop ("Police: 4 Shot in NW DC; ... after four men were shot") is the
  lead's told again, not four more.

Sentences written for these tests in the news style of GVA lines 124, 829, 1231, 1776, 2477, 2824, 2888, 3148, 3785 and 3792
(`../shared/data/gva/articles.jsonl`); no record of it is copied here."""
from __future__ import annotations

import pytest

from eventwire.counts import words_not_people
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
    text = ("more Photo: 21 Pro Video Image 14 of 14 Police: One of two girls, 7 and 5, critically shot Wednesday has "
            "died in San Antonio 1 / 14 Back to Gallery\n\nSAN ANTONIO - One of two children critically wounded in two "
            "separate shootings late Wednesday night has died, police said.")
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
    "Police: 4 Shot in NW DC; Officer Hit by Car A suspect is still at large after four men were shot at an "
    "intersection in Washington on Wednesday afternoon, police say.",
    "Department of Public Safety 4 SHOT IN HILLTOP FOR IMMEDIATE RELEASE PITTSBURGH - Detectives are investigating "
    "after four people were shot in Pittsburgh on Sunday.",
])
def test_a_headline_run_into_the_lead_counts_its_people_once(text):
    assert _tolls(text, published="2016-06-09") == [(0, 4)]
