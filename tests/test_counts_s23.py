"""Tolls, session 23 (issue 15 item 1).

- A headline telling the shooter killed himself after his victims counts a list of victims ("killed his wife, 2
  sons, then himself": 3 and him), the self-killing told by a verb of its own ("then fatally shoots self", "before
  turning the gun on himself") or first ("shoots self after killing wife, 2 young children", "Kills Himself, 2
  Children"); ages after the victims are no more victims ("sons, 10 and 12"); not beside a larger toll of its own,
  which holds the shooter ("kills wife, ex-mother-in-law, self in spree that left 4 dead").
- Those victims raise the text's where the text counts fewer and holds the shooter already.
- A city's running total told in a sentence detect joins to the incident is no toll of it ("in the first 41 days of
  2017", "compared to 192 in 2012", "Eighty percent of those", "over a span of 80 hours", "wounded in shootings").
- Others than the dead told found with gunshot wounds are wounded ("and three others with gunshot wounds").
- People told not hurt are no wounded ("Those two children were not injured"), unless hurt not badly.
- People told "hit and injured", "injuries to five other people", one "dead and her friend injured", "struck Milner
  and three others" are hurt; an ordinal victim told "was not shot" is none.

Titles and texts shortened from GVA lines 637, 2560, 2793, 984, 4255, 2549, 2795, 2215, 1281, 5306, 2071, 2680, 2131,
3466, 677, 694, 4073, 1348, 1245, 1647, 648, 4059 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls, shot_tolls


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


@pytest.mark.parametrize("text", [
    "One hundred people have been shot in the first 41 days of 2017, 24 have been fatally shot.",
    "During the same period this year, the city tallied 219 people shot, compared to 192 in 2012, according to police.",
    "Eighty percent of those — 105 victims — were shot in the Fourth Precinct on the North Side.",
    "The shooting occurred during a violent weekend in Baltimore that saw 20 people shot over a span of 80 hours.",
    "Muhammad is the 18th child wounded in shootings.",
])
def test_a_city_running_total_is_no_toll_of_the_incident(text):
    lead = "A 37-year-old woman was fatally shot by a stray bullet inside her home on Thursday, police said. "
    assert _tolls(lead + text, title="Woman killed by stray bullet", published="2017-02-10") == [(1, 0)]


def test_the_incident_own_shootings_are_no_running_total():
    text = ("Five people were killed when gunmen opened fire on a backyard party on Wednesday night, police said. In "
            "addition to the five killed, three others were injured in the shootings.")
    assert _tolls(text, title="Five killed in backyard party ambush", published="2016-03-10") == [(5, 3)]


@pytest.mark.parametrize("text, shot", [
    ("When officers arrived, they found Edmond-Gray and Buster, who were pronounced dead at the scene, and three others "
     "with gunshot wounds.", [(3, 0)]),
    ("Police said five other victims showed up at the hospital with gunshot wounds.", [(5, 0)]),
    ("Officers found two men with gunshot wounds on the porch.", []),  # the dead may be among them
])
def test_others_found_with_gunshot_wounds_are_shot_and_alive(text, shot):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == shot


def test_others_found_with_gunshot_wounds_beside_the_dead_are_wounded():
    text = ("Two women were killed in a shooting at an apartment complex on Tuesday night, police said. When officers "
            "arrived, they found Edmond-Gray and Buster, who were pronounced dead at the scene, and three others with "
            "gunshot wounds.")
    assert _tolls(text, title="Police identify women killed in Tuesday apartment complex shooting") == [(2, 3)]


@pytest.mark.parametrize("told, wounded", [
    ("Those two children were not injured.", 0),
    ("His two children were not seriously injured.", 2),  # hurt, not badly
])
def test_people_told_not_hurt_are_no_wounded(told, wounded):
    text = "A 13-year-old boy and his father were shot and killed at a mobile home on Friday, police said. " + told
    assert _tolls(text, title="Father and son killed in Toone") == [(2, wounded)]


@pytest.mark.parametrize("text, shot", [
    # people told "hit and injured" are shot (GVA line 1348); not those a car hit
    ("The three other teens survived but were also hit and injured by gunfire.", [(3, 0)]),
    ("Two people were hit and injured by a car.", []),
    # injuries to others than the dead are that many hurt (GVA line 1245)
    ("The shooting resulted in the death of a 19-year-old woman and injuries to five other people.", [(5, 0)]),
    # one hurt beside the dead, told by a noun of one person (GVA line 1647)
    ("The shooting left a 7-year-old girl dead and her 8-year-old friend injured.", [(1, 0)]),
    ("The shooting left one dead and a dozen others wounded.", []),
    # one named and others struck: all of them (GVA line 648)
    ("Gunfire struck Milner and three others.", [(4, None)]),
    # an ordinal victim told not hit is none (GVA line 4059)
    ("The second victim, an adult male, was not shot.", []),
    ("A second victim, a woman, was taken to the hospital.", [(2, None)]),
])
def test_people_hurt_told_in_other_words(text, shot):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == shot
