"""Tolls on real local news, session 15 (issue 15 item 1): the wounded told in a relative clause, as "one of N", by
an ordinal, as a group of victims or in a list after an active verb; "another 5-year-old was hurt"; others wounded
beside one told dead. Sentences are shortened from the GVA articles named (`../shared/data/gva/articles.jsonl` line
numbers)."""
from __future__ import annotations

import pytest
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
    text = ('The Routt County law enforcement community was in mourning Thursday after learning about the '
            'apparent accidental shooting of the 3-year-old son of a Steamboat Springs Police Department '
            'officer.\n\n“It’s a tragedy in our family, and we’re focusing on the welfare of our employee and '
            'his family,” Police Chief Cory Christensen said.\n\nThe boy was at his home in the Stagecoach area '
            'with his parents when he was shot. A person called 911 at 8:38 a.m. to report a boy had shot '
            'himself.\n\nThe names of the parents and the boy were not being released Thursday.\n\n“We want to '
            'make sure that all the family members have been contacted,” Routt County Coroner Rob Ryg '
            'said.\n\nThe Routt County Sheriff’s Office was investigating the shooting and had called the '
            'Colorado Bureau of Investigation to help.\n\nUndersheriff Ray Birch would not say if the boy was '
            'alone when he was shot or what kind of gun he was shot with. He would also not say whether the boy '
            'was shot with a gun issued by the police department.\n\n“I cannot give you details of our '
            'investigator’s interview with the parents, at this point,” Birch said.\n\nAfter the boy was shot, '
            'he was driven toward Steamboat by his father and a friend. They were met on the way by Steamboat '
            'Springs Fire Rescue paramedics, who then took the boy to Yampa Valley Medical Center.\n\n“It was a '
            'number of hours before we received the sad news that he passed,” Birch said.\n\nBirch said they '
            'were in the process of reconstructing what happened inside the home.\n\nBirch said it was hard to '
            'find the words to describe how the law enforcement community was feeling.\n\n“It’s very '
            'emotional,” Birch said. “We’re like a family. We’re very close.”')
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


#: GVA line 3027: the dying told in sentences detect leaves to no incident or to another (a tweet quoted)
FAMILY = ('Officers responded to calls of a possible shooting after 10 p.m. Tuesday in the 1700 block of West '
           'Highland Avenue off of South Avenue A.\n\nThe husband has been identified as Corpus Christi '
           'firefighter Steven Dolan and the wife is Brenda Dolan. The 11-year-old has been identified as '
           'Madelyn Rychetski.\n\nAransas Pass police are investigating after a man shot his wife and '
           '11-year-old stepdaughter before turning the gun on himself.\n\nOfficers responded to calls of a '
           'possible shooting after 10 p.m. Tuesday in the 1700 block of West Highland Avenue off of South '
           'Avenue A. Upon arrival, they found three people with gunshot wounds.\n\nThe 46-year-old man was '
           'found in the garage and a 47-year-old woman and 11-year-old girl were found in the front '
           'yard.\n\nThe woman died at the scene. The man and the girl were rushed to an area hospital where '
           "they later died.\n\nThe woman's two other kids, ages 13 and 21, who were inside the home at the "
           'time of the shooting were not hurt. When police arrived, they found them hiding behind a boat '
           'outside the home.\n\nThe husband has been identified as Corpus Christi firefighter Steven Dolan '
           'and the wife is Brenda Dolan. The 11-year-old has been identified as Madelyn Rychetski.\n\nPolice '
           'said they believe the couple was arguing before the shooting happened. They believe the incident '
           'may have started in the home because there was blood found inside the home.\n\n"We are a very '
           'small community," said Sylvia Carrillo, the city manager of Aransas Pass. "That girl did attend '
           'our schools."\n\n"We are very tight knit community, and these things do impact us," said Assistant '
           "Chief of Police David Perkins.\n\nPrior to Tuesday's incident, police were called to the home two "
           'other times, but at the time they were not believed to be domestic issues. However, police said '
           'they will look into whether domestic violence was an issue in the home.\n\nThe 13-year-old and '
           '21-year-old are now with family members.\n\nSteven Dolan had been a firefighter with the Corpus '
           'Christi Fire Department for 19 years and worked at Fire Station No. 1.\n\nCCFD Chief Robert Rocha '
           'told KRIS 6 News Reporter Anayeli Ruiz Dolan never had any issues and had a "solid" career with '
           'the department. He said the department is saddened by the news and send prayers to the families of '
           'those involved.\n\nAuthorities confirmed that Steven Dolan with CCFD killed Brenda Dolan yesterday '
           'in AP. Steven also shot step daughter & killed himself — Anayeli Ruiz (@AnayeliNews) June 29, '
           '2016\n\nPress conference is about to start in Aransas Pass. Officials will release more info on '
           'the murder suicide pic.twitter.com/OqPaHIqEjS — Anayeli Ruiz (@AnayeliNews) June 29, 2016\n\nThis '
           'is a developing story and KRIS 6 News will update this web version as new information becomes '
           'available.')


def test_two_of_a_family_told_shot_are_the_dead_where_the_report_counts_a_death():
    title = 'Husband kills wife and stepdaughter in Aransas Pass murder-suici - KRISTV.com | Continuous News Coverage | Corpus Christi'
    (incident, *_) = code_article(Article(id="t", text=FAMILY, published="2016-06-29", title=title)).incidents
    assert ((incident.killed or 0) + (incident.perpetrators_killed or 0), incident.wounded or 0) == (3, 0)
