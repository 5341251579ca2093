"""Tolls on real local news, session 15 (issue 15 item 1): the wounded told in a relative clause, as "one of N", by
an ordinal, as a group of victims or in a list after an active verb; "another 5-year-old was hurt"; others wounded
beside one told dead. Sentences are shortened from the GVA articles named (`../shared/data/gva/articles.jsonl` line
numbers)."""
from __future__ import annotations

from functools import cache

import pytest

from eventwire.counts import shot_tolls
from eventwire.pipeline import code_article
from eventwire.records import Article, Incident

PUBLISHED = "2015-08-31"


@cache
def coded(text: str, title: str | None = None) -> tuple[Incident, ...]:
    return code_article(Article(id="t", text=text, published=PUBLISHED, title=title)).incidents


def tolls(text: str, title: str | None = None) -> tuple[int, int]:
    """(the dead, the wounded) of the first incident, as the GVA scorer reads them (None is 0)."""
    incident = coded(text, title)[0]
    return (incident.killed or 0) + (incident.perpetrators_killed or 0), incident.wounded or 0


@pytest.mark.parametrize("text, shot, killed", [
    # line 47
    ("Three others who were injured in the shooting were hospitalized but did not suffer life-threatening injuries.",
     3, 0),
    # line 62
    ("Another 5-year-old was hurt and Juliet Lynch was killed.", 1, 0),
    # line 150
    ("Shots were fired into the crowd of thousands, injuring four men and two women.", 6, 0),
    # line 175
    ("All four victims are listed in stable condition at various local hospitals.", 4, 0),
    # line 178
    ("Sylvester Police now say an 8th teen was injured in a weekend shooting.", 8, None),
    # line 1157
    ("Three men walked into a gas station with gunshot wounds as a fourth shooting victim was found six miles away.",
     4, None),
    # line 106
    ("The college student was not involved in the dispute, but she was one of six people who were wounded.", 6, None),
    # line 66
    ("The girl was one of five children between the ages of 11 and 15 hospitalized in the shooting Sunday.", 5, None),
    # line 1158
    ("25-year-old was one of eight shot at party", 8, None),
    # line 1080
    ("Two of the four victims are validated gang members.", 4, None),
    # line 1035: an age range is no count
    ("Four other teenagers, ages 13 to 17, sustained what police say are non-life threatening injuries.", 4, 0),
])
def test_people_hurt_told_in_more_ways(text, shot, killed):
    found = shot_tolls(text)
    assert [(s.shot, s.killed) for s in found] == [(shot, killed)]


@pytest.mark.parametrize("text", [
    "A second victim died at the hospital.",
    "Six people were arrested and two others were questioned.",
    "It was the second shooting in the area this week.",
])
def test_no_more_people_hurt_where_none_is_told(text):
    assert shot_tolls(text) == []


def test_others_wounded_beside_one_told_dead():
    # line 84: killed None, gold 1
    text = ("When police arrived, they found 16-year-old Rolando Rojas Gonzalez dead from a gunshot wound in Coachella "
            "on Saturday. A woman and two other men were also shot; they were taken to a local hospital with "
            "non-life-threatening injuries.")
    assert tolls(text) == (1, 3)


def test_a_group_of_victims_outweighs_no_one_hurt_told_of_something_else():
    # line 175: wounded 0 from the last sentence
    text = ("Police are investigating a shooting that left multiple people wounded Wednesday afternoon in North "
            "Braddock, Pennsylvania. All four victims are listed in stable condition at various local hospitals. "
            "Police inspected two vehicles, one of which had the windows shot out; however, there are no reports "
            "that anyone was injured.")
    assert tolls(text) == (0, 4)


@pytest.mark.parametrize("text, shot, killed", [
    # line 3116: 7 wounded, gold 9
    ("Police said seven officers and two civilians were hurt in the ambush.", 9, 0),
    ("Two men and a woman were shot early Sunday.", 3, None),
    ("Two men and a woman were fatally shot.", 3, 3),
])
def test_two_groups_told_hurt_together_add_up(text, shot, killed):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(shot, killed)]


def test_the_figures_of_an_earlier_act_are_not_the_incidents():
    # line 2006: killed 1 from the party a week before
    text = ("Four people were injured after a late-night shooting Saturday in Providence, Rhode Island. Two teenagers "
            "were also shot, one in the temple and the other in the ankle. The shooting comes just one week after a "
            "fatal shooting at a party where four people were shot, including a 12-year-old girl who did not survive.")
    assert tolls(text) == (0, 4)


def test_the_wounded_told_dead_later_in_their_sentence_are_no_count_of_the_alive():
    # line 3069: wounded 5, gold 2
    text = ("Gunfire in the dark on Monday in Houston, Texas, left three men dead and two people wounded, including a "
            "10-year-old boy. All five of the wounded were rushed to local hospitals late Monday, where three of the "
            "men died.")
    assert tolls(text) == (3, 2)
