"""Tolls on real local news, session 15 (issue 15 item 1): the wounded told in a relative clause, as "one of N", by
an ordinal, as a group of victims or in a list after an active verb; "another 5-year-old was hurt"; others wounded
beside one told dead. Sentences are shortened from the GVA articles named (`../shared/data/gva/articles.jsonl` line
numbers)."""
from __future__ import annotations

import pytest
from seedutil import gva_text
from test_tolls_s14 import tolls

from eventwire.counts import shot_tolls
from eventwire.pipeline import code_article
from eventwire.records import Article


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


def test_the_same_pronoun_told_shot_twice_in_a_sentence_is_one_person():
    # line 3177: one boy, shot and dead, is no one wounded
    sentence = "Undersheriff Ray Birch would not say if the boy was alone when he was shot or what kind of gun he was shot with."
    assert [(s.shot, s.killed) for s in shot_tolls(sentence)] == [(1, None)]
    assert [s.shot for s in shot_tolls("Police said he was shot in the chest and she was shot in the arm.")] == [1, 1]
    text = gva_text(3177, 'The Routt County law', '. We’re very close.”')
    assert tolls(text, "Accidental gun discharge kills police officer's son") == (1, 0)


@pytest.mark.parametrize("text, shot", [
    # line 3027
    ("Aransas Pass police are investigating after a man shot his wife and 11-year-old stepdaughter before turning the "
     "gun on himself.", 2),
    ("He shot his wife and daughter and then himself.", 3),
    ("He shot his brother and the man ran away.", 1),
    ("He shot his son and his daughter called 911.", 1),
])
def test_two_of_a_family_told_shot_together_are_two(text, shot):
    assert [s.shot for s in shot_tolls(text)] == [shot]


def test_two_of_a_family_told_shot_are_the_dead_where_the_report_counts_a_death():
    title = 'Husband kills wife and stepdaughter in Aransas Pass murder-suici - KRISTV.com | Continuous News Coverage | Corpus Christi'
    # GVA line 3027: the dying told in sentences detect leaves to no incident or to another (a tweet quoted)
    (incident, *_) = code_article(Article(id="t", text=gva_text(3027), published="2016-06-29", title=title)).incidents
    assert ((incident.killed or 0) + (incident.perpetrators_killed or 0), incident.wounded or 0) == (3, 0)
