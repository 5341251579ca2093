"""Tolls, session 23 (issue 15 item 1).

- A headline telling the shooter killed himself after his victims counts a list of victims ("killed his wife, 2
  sons, then himself": 3 and him), the self-killing told by a verb of its own ("then fatally shoots self", "before
  turning the gun on himself") or first ("shoots self after killing wife, 2 young children", "Kills Himself, 2
  Children"); ages after the victims are no more victims ("sons, 10 and 12"); not beside a larger toll of its own,
  which holds the shooter ("kills wife, ex-mother-in-law, self in spree that left 4 dead").
- Those victims raise the text's where the text counts fewer and holds the shooter already.

Titles and texts shortened from GVA lines 637, 2560, 2793, 984, 4255, 2549, 2795, 2215, 1281
(`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title, killed", [
    ("Tulsa police say man killed his wife, 2 sons, then himself", 3),
    ("Texas police: Father kills wife, son, daughter, then himself", 3),
    ("Police: Retired Town of Newburgh cop killed his son, his daughter, himself", 2),
    ("Police: Perry Hall father kills sons, 10 and 12, before turning the gun on himself", 2),
    ("Father kills two children, then fatally shoots self in St. Louis County standoff with police", 2),
    ("Man shoots self after killing wife, 2 young children", 3),
    ("Retired Newburgh Officer Allegedly Kills Himself, 2 Children", 2),
    # as before: one victim, a figure
    ("Teen dad kills infant, self in Myrtle Creek", 1),
    ("Police: Man shoots 4 relatives, killing 2, then himself", 2),
])
def test_a_headline_counts_the_victims_listed_before_the_shooter_killed_himself(title, killed):
    assert _tally(title) == {"killed": killed, "self": 1}


@pytest.mark.parametrize("title", [
    "Sinking Spring man killed family, self, investigators say",  # no count
    "La. gunman kills wife, ex-mother-in-law, self in spree that left 4 dead, wounded 3 others: police",
    "Police: 3-year-old Suffolk boy shoots himself",
    "Police: Ohioan shot himself and son, 10, while cleaning gun",
])
def test_no_shooter_added_to_a_headline_without_counted_victims_or_with_a_toll_of_its_own(title):
    assert "self" not in _tally(title)


def test_the_headline_victims_raise_the_text_dead_that_hold_the_shooter():
    text = ("A man shot and killed his wife and two of their children on Sunday before turning the gun on himself at "
            "their home in Sioux Falls, police said. Officers found the bodies on Monday. Police said the man killed "
            "the children and then turned the gun on himself.")
    assert _tolls(text, title="Officials: South Dakota Man Killed Wife, 4 Kids Then Himself",
                  published="2012-09-20") == [(6, 0)]

