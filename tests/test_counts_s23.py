"""Tolls, session 23 (issue 15 item 1).

- A headline telling the shooter killed himself after his victims counts a list of victims ("killed his wife, 2
  daughters, then himself": 3 and him), the self-killing told by a verb of its own ("then fatally shoots self",
  "before turning the gun on himself") or first ("shoots self after killing girlfriend, 2 young sons", "Kills
  Himself, 2 Children"); ages after the victims are no more victims ("daughters, 9 and 13"); not beside a larger toll
  of its own, which holds the shooter ("kills wife, ex-father-in-law, self in rampage that left 4 dead").
- Those victims raise the text's where the text counts fewer and holds the shooter already.
- A city's running total told in a sentence detect joins to the incident is no toll of it ("in the first 38 days of
  2017", "compared to 188 in 2012", "Seventy percent of those", "over a span of 60 hours", "wounded in shootings").
- Others than the dead told found with gunshot wounds are wounded ("and three others with gunshot wounds").
- People told not hurt are no wounded ("Those two children were not injured"), unless hurt not badly.
- People told "hit and injured", "injuries to five other people", one "dead and his cousin injured", "struck Milner
  and three others" are hurt; an ordinal victim told "was not shot" is none.

Titles and texts written after the shapes (other names, places, figures) of GVA lines 637, 2560, 2793, 984, 4255,
2549, 2795, 2215, 1281, 5306, 2071, 2680, 2131, 3466, 677, 694, 4073, 1348, 1245, 1647, 648, 4059
(`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls, shot_tolls


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title, killed", [
    ("Akron police say man killed his wife, 2 daughters, then himself", 3),
    ("Ohio deputies: Father kills wife, daughter, son, then himself", 3),
    ("Police: Former Village of Milford trooper killed his daughter, his son, himself", 2),
    ("Deputies: Dundalk father kills daughters, 9 and 13, before turning the gun on himself", 2),
    ("Woman kills her two kids, then fatally shoots self in Jefferson County standoff with deputies", 2),
    ("Man shoots self after killing girlfriend, 2 young sons", 3),
    ("Former Milford Deputy Allegedly Kills Himself, 2 Children", 2),
    # as before: one victim, a figure
    ("Teen father kills baby, self in Coos Bay", 1),
    ("Deputies: Man shoots 4 cousins, killing 2, then himself", 2),
])
def test_a_headline_counts_the_victims_listed_before_the_shooter_killed_himself(title, killed):
    assert _tally(title) == {"killed": killed, "self": 1}


@pytest.mark.parametrize("title", [
    "Glen Rock man killed family, self, detectives say",  # no count
    "Miss. gunman kills wife, ex-father-in-law, self in rampage that left 4 dead, wounded 2 others: sheriff",
    "Deputies: 4-year-old Hampton boy shoots himself",
    "Police: Hoosier shot himself and daughter, 9, while cleaning rifle",
])
def test_no_shooter_added_to_a_headline_without_counted_victims_or_with_a_toll_of_its_own(title):
    assert "self" not in _tally(title)


def test_the_headline_victims_raise_the_text_dead_that_hold_the_shooter():
    text = ("A man shot and killed his wife and two of their children on Sunday before turning the gun on himself at "
            "their home in Grand Island, police said. Officers found the bodies on Monday. Police said the man killed "
            "the children and then turned the gun on himself.")
    assert _tolls(text, title="Officials: Nebraska Man Killed Wife, 4 Kids Then Himself",
                  published="2012-09-20") == [(6, 0)]


@pytest.mark.parametrize("text", [
    "Ninety people have been shot in the first 38 days of 2017; 21 have been fatally shot.",
    "So far this year the city has counted 231 people shot, compared to 188 in 2012, police figures show.",
    "Seventy percent of those — 96 victims — were shot in the Second District on the East Side.",
    "The shooting came during a bloody weekend in Newark that saw 17 people shot over a span of 60 hours.",
    "Okafor is the 14th child wounded in shootings.",
])
def test_a_city_running_total_is_no_toll_of_the_incident(text):
    lead = "A 41-year-old woman was fatally shot in her kitchen by a stray bullet on Thursday, police said. "
    assert _tolls(lead + text, title="Woman killed by stray bullet", published="2017-02-10") == [(1, 0)]


def test_the_incident_own_shootings_are_no_running_total():
    text = ("Five people died when gunmen fired into a backyard cookout on Wednesday night, police said. Besides the "
            "five dead, three more guests were injured in the shootings.")
    assert _tolls(text, title="Five killed in backyard party ambush", published="2016-03-10") == [(5, 3)]


@pytest.mark.parametrize("text, shot", [
    ("At the house officers found Alvarez and Whitfield, who were pronounced dead on the spot, and three others "
     "with gunshot wounds.", [(3, 0)]),
    ("Five other victims later arrived at a clinic in Gary with gunshot wounds, deputies said.", [(5, 0)]),
    ("Deputies found two men with gunshot wounds in the driveway.", []),  # the dead may be among them
])
def test_others_found_with_gunshot_wounds_are_shot_and_alive(text, shot):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == shot


def test_others_found_with_gunshot_wounds_beside_the_dead_are_wounded():
    text = ("Two women were killed in a shooting at a townhouse complex on Tuesday night, police said. At the house "
            "officers found Alvarez and Whitfield, who were pronounced dead on the spot, and three others with "
            "gunshot wounds.")
    assert _tolls(text, title="Names released of women killed in Tuesday townhouse shooting") == [(2, 3)]


@pytest.mark.parametrize("told, wounded", [
    ("Those two children were not injured.", 0),
    ("His two children were not seriously injured.", 2),  # hurt, not badly
])
def test_people_told_not_hurt_are_no_wounded(told, wounded):
    text = "A 14-year-old girl and her father were shot and killed at a farmhouse on Friday, deputies said. " + told
    assert _tolls(text, title="Father and daughter killed in Toone") == [(2, wounded)]


@pytest.mark.parametrize("text, shot", [
    # people told "hit and injured" are shot (GVA line 1348); not those a car hit
    ("The three other students lived but were also hit and injured by the gunfire.", [(3, 0)]),
    ("Two people were hit and injured by a car.", []),
    # injuries to others than the dead are that many hurt (GVA line 1245)
    ("The shooting resulted in the death of a 19-year-old woman and injuries to five other people.", [(5, 0)]),
    # one hurt beside the dead, told by a noun of one person (GVA line 1647)
    ("The gunfire left a 6-year-old boy dead and his 9-year-old cousin injured.", [(1, 0)]),
    ("The shooting left one dead and a dozen others wounded.", []),
    # one named and others struck: all of them (GVA line 648)
    ("Gunfire struck Milner and three others.", [(4, None)]),
    # an ordinal victim told not hit is none (GVA line 4059)
    ("The second victim, a grown man, was not shot.", []),
    ("A second victim, a woman, was taken to the hospital.", [(2, None)]),
])
def test_people_hurt_told_in_other_words(text, shot):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == shot
