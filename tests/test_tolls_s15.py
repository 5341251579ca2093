"""Tolls on real local news, session 15 (issue 15 item 1): the wounded told in a relative clause, as "one of N", by
an ordinal, as a group of victims or in a list after an active verb; "another 5-year-old was hurt"; others wounded
beside one told dead. Sentences are written anew in the shape of the GVA articles named
(`../shared/data/gva/articles.jsonl` line numbers)."""
from __future__ import annotations

import pytest
from seedutil import gva_text
from test_tolls_s14 import tolls

from eventwire.counts import shot_tolls
from eventwire.pipeline import code_article
from eventwire.records import Article


@pytest.mark.parametrize("text, shot, killed", [
    # line 47
    ("Three others who were injured in the attack were treated at hospitals and did not suffer life-threatening "
     "injuries.", 3, 0),
    # line 62
    ("Another 7-year-old was hurt and Tessa Monroe was killed.", 1, 0),
    # line 150
    ("Someone fired into the crowd of hundreds at the fair, injuring three men and three women.", 6, 0),
    # line 175
    ("All four victims were reported in stable condition at several area hospitals.", 4, 0),
    # line 178
    ("Police in Tifton now say a 7th teen was hurt in the weekend gunfire.", 7, None),
    # line 1157
    ("Three men showed up at a fire station with gunshot wounds as a fourth shooting victim was found four miles away.",
     4, None),
    # line 106
    ("The nurse had no part in the argument, but he was one of six people wounded in the gunfire.", 6, None),
    # line 66
    ("The boy was one of five kids between the ages of 10 and 14 hospitalized after Sunday's shooting.", 5, None),
    # line 1158
    ("31-year-old was one of eight shot at cookout", 8, None),
    # line 1080
    ("Two of the four victims were known to police.", 4, None),
    # line 1035: an age range is no count
    ("Four other teenagers, ages 14 to 18, suffered what officers called non-life threatening injuries.", 4, 0),
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
    text = ("Officers arriving at the scene found 17-year-old Mateo Ruiz dead of a gunshot wound in Indio on "
            "Saturday. A woman and two more men were also shot; they were treated for wounds that were not "
            "life-threatening.")
    assert tolls(text) == (1, 3)


def test_a_group_of_victims_outweighs_no_one_hurt_told_of_something_else():
    # line 175: wounded 0 from the last sentence
    text = ("Police are looking into a shooting that left several people wounded Wednesday afternoon in Rankin, "
            "Pennsylvania. All four victims were reported in stable condition at several area hospitals. "
            "Officers examined two cars, one with its rear window shot out; however, there were no reports "
            "that anyone was injured.")
    assert tolls(text) == (0, 4)


@pytest.mark.parametrize("text, shot, killed", [
    # line 3116: 7 wounded, gold 9
    ("Police said six deputies and three bystanders were hurt in the ambush.", 9, 0),
    ("Two men and a woman were shot early Sunday.", 3, None),
    ("Two men and a woman were fatally shot.", 3, 3),
])
def test_two_groups_told_hurt_together_add_up(text, shot, killed):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(shot, killed)]


def test_the_figures_of_an_earlier_act_are_not_the_incidents():
    # line 2006: killed 1 from the party a week before
    text = ("Four people were hurt in a late-night shooting Friday in Pawtucket, Rhode Island. Two teens "
            "were also shot: one in the shoulder, the other in the foot. The shooting came just days after a "
            "fatal shooting at a cookout where five people were shot, including a 14-year-old boy who died.")
    assert tolls(text) == (0, 4)


def test_the_wounded_told_dead_later_in_their_sentence_are_no_count_of_the_alive():
    # line 3069: wounded 5, gold 2
    text = ("Shots fired in the dark on Tuesday in Dallas, Texas, left three men dead and two people wounded, including "
            "a 9-year-old girl. All five of the wounded reached hospitals late Tuesday, where three of the "
            "men died.")
    assert tolls(text) == (3, 2)


def test_the_same_pronoun_told_shot_twice_in_a_sentence_is_one_person():
    # line 3177: one boy, shot and dead, is no one wounded
    sentence = "Sheriff Dana Whitlock would not say whether anyone was with the boy when he was shot, or which gun he was shot with."
    assert [(s.shot, s.killed) for s in shot_tolls(sentence)] == [(1, None)]
    assert [s.shot for s in shot_tolls("Police said he was shot in the chest and she was shot in the arm.")] == [1, 1]
    text = gva_text(3177, 'The Routt County law', '. We’re very close.”')
    assert tolls(text, "Officer's son dies after gun goes off by accident") == (1, 0)


@pytest.mark.parametrize("text, shot", [
    # line 3027
    ("Rockport police are looking into a case where a man shot his wife and 9-year-old stepdaughter before taking "
     "his own life.", 2),
    ("He shot his wife and daughter and then himself.", 3),
    ("He shot his brother and the man ran away.", 1),
    ("He shot his son and his daughter called 911.", 1),
])
def test_two_of_a_family_told_shot_together_are_two(text, shot):
    assert [s.shot for s in shot_tolls(text)] == [shot]


def test_two_of_a_family_told_shot_are_the_dead_where_the_report_counts_a_death():
    title = 'Man kills wife and stepdaughter, then himself, in Aransas Pass - Local 3 News | Coastal Bend'
    # GVA line 3027: the dying told in sentences detect leaves to no incident or to another (a tweet quoted)
    (incident, *_) = code_article(Article(id="t", text=gva_text(3027), published="2016-06-29", title=title)).incidents
    assert ((incident.killed or 0) + (incident.perpetrators_killed or 0), incident.wounded or 0) == (3, 0)
