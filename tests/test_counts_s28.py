"""Tolls, session 28 (issue 15 item 1): the one taken to hospital who died; people told unhurt.

- One wounded counted beside the dead by a phrase telling him hurt or taken to hospital is the one who died where the
  words after it tell his death: later in its own sentence ("... who was critically injured ... has died") or in the
  next sentence, which names him again first ("He was pronounced dead on Saturday", "police said the child ... had
  died"). GVA counts him killed, not wounded.
- Not where the phrase or the next sentence tells another person ("The second victim was taken ...", "The other man
  died"), nor where the phrase tells him alive.
- A count of people after "None of the" is no toll where the clause tells them hurt ("None of the 30 passengers on
  the bus were hurt"), but is where the harm only names them ("none of the three hurt men could ...").
- An animal told hurt and alive ("The dog had only light injuries") is no wounded: GVA counts people only.
- Second task: one person with an aside before "was injured" ("A man, identified as X, was injured") is one wounded;
  "killing two and injuring the other two" two wounded; "was shot twice in the head and killed" one killed;
  "was found shot" one shot. Attackers counted first among the dead ("Three attackers and one soldier were killed")
  died too, as GTD's nkill counts them. Wounded told as more, of another kind ("Additionally, five passers-by
  were wounded"), add to those counted before; the same told again do not.

Sentences written for these tests in the news style of GVA lines 2462, 3162, 4864, 5747 and 5848
(`../shared/data/gva/articles.jsonl`) and of GTD summaries; no record of either is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text", [
    # the death told by the next sentence, with a pronoun
    ("A 19-year-old died days after being shot on Thursday night in Brainerd. Deputies found the youth with a "
     "gunshot wound to the side. The victim was flown to North Pines Hospital in very critical condition that "
     "night. He was pronounced dead there Saturday."),
    # by the next sentence, naming him again after a few words
    ("A 7-year-old girl shot by her brother has died, police said. The girl was shot in the shoulder Saturday evening "
     "at a trailer in Kingman. The girl was taken to Desert Valley Hospital, listed in critical condition. On Monday "
     "police said the girl had died from her wounds."),
])
def test_the_one_taken_to_hospital_who_died_is_no_wounded(text):
    assert _tolls(text, published="2016-03-28") == [(1, 0)]


@pytest.mark.parametrize("text", [
    # another person taken to hospital: the dead man and the wounded woman are two
    ("A man was shot and killed Thursday night in Brainerd. A woman was also shot. The second victim was taken to "
     "North Pines Hospital in very critical condition, officials said. He was pronounced dead where he fell."),
    # the next sentence tells another's death
    ("Two men were shot Thursday night outside a tavern in Brainerd. One man was taken to North Pines Hospital, "
     "listed in critical condition. The other man died at the scene."),
])
def test_another_taken_to_hospital_stays_wounded(text):
    assert _tolls(text, published="2016-03-28") == [(1, 1)]


def test_people_told_unhurt_after_none_of_are_no_toll():
    # GTD's style: a count told unhurt by "None of the" before it
    text = ("A bomb exploded beside a bus carrying schoolchildren near Hebron, killing a soldier in an escorting jeep. "
            "None of the 30 passengers on the bus were hurt.")
    assert _tolls(text, published="1998-10-29") == [(1, 0)]


@pytest.mark.parametrize("text, hurt", [
    # "none of the" before people whose harm names them, not what they suffered: they are still counted
    ("Three men were shot Friday night outside a bar in Hilo. Police said none of the three hurt men could "
     "describe the gunman.", 3),
    ("Four people were shot Tuesday outside a skating rink in Lawton. Officers said none of the four people shot had "
     "wounds thought to be life-threatening.", 4),
])
def test_people_named_by_their_harm_after_none_of_stay_counted(text, hurt):
    assert _tolls(text, published="2016-03-28") == [(0, hurt)]


def test_an_animal_told_hurt_is_no_wounded():
    text = ("A 9-year-old girl was shot and killed Sunday when a rifle her brother was holding went off at their home in "
            "Greenville, deputies said. The bullet also struck the family's dog. The dog had only light injuries and "
            "was treated by a vet.")
    assert _tolls(text, published="2016-12-27") == [(1, 0)]


# Second task: one person with an aside before "was injured"; "the other two" hurt; shot where, then killed; found shot.
@pytest.mark.parametrize("text", [
    "A man, identified as Darnell Brooks, was injured in the shooting on Elm Street on Tuesday night, police said.",
    "Gunmen opened fire on a market in Kunduz on Monday. A civilian, a shopkeeper from the town, was wounded.",
])
def test_one_person_with_an_aside_before_injured_is_one_wounded(text):
    assert _tolls(text, published="2016-03-28") == [(0, 1)]


def test_the_other_two_injured_beside_two_killed():
    text = ("Four police officers came under fire at a checkpoint in Kandahar on Sunday, the gunmen killing two and "
            "seriously injuring the other two.")
    assert _tolls(text, published="2016-03-28") == [(2, 2)]


@pytest.mark.parametrize("text", [
    "A 41-year-old man was shot twice in the head and killed outside his house in Gary late Friday.",
    "A man was shot twice and killed outside a store on Main Street in Gary on Friday night, police said.",
])
def test_shot_where_then_killed_is_one_killed(text):
    assert _tolls(text, published="2016-03-28") == [(1, 0)]


def test_one_found_shot_is_one_wounded():
    text = "Police said a young man was found shot in an alley near Elm Street in Memphis early Sunday."
    assert _tolls(text, published="2016-03-28") == [(0, 1)]


def test_attackers_counted_first_among_the_dead_die_too():
    # GTD's nkill counts the attackers killed beside the others (nkillter their share)
    text = ("Gunmen attacked an army post near Hebron on Friday. Three attackers and one soldier were killed in the "
            "exchange of fire.")
    assert _tolls(text, published="2002-03-08") == [(4, 0)]


def test_attackers_counted_first_among_the_wounded_are_no_dead():
    text = ("Gunmen attacked an army post near Hebron on Friday. Two attackers and a soldier were wounded in the "
            "exchange of fire.")
    assert _tolls(text, published="2002-03-08") == [(0, 1)]


def test_wounded_told_as_more_of_another_kind_add_up():
    text = ("A gunman opened fire outside a bar in Dayton on Saturday night. Three others were hurt in the "
            "gunfire. Additionally, five passers-by were wounded by flying glass.")
    assert _tolls(text, published="2016-03-28") == [(0, 8)]


@pytest.mark.parametrize("text", [
    # the same three told again, with no word of more
    ("A gunman opened fire outside a bar in Dayton on Saturday night. Three people were wounded. The three wounded "
     "were taken to Miami Valley Hospital."),
    # a word of more, but the same people
    ("A gunman opened fire outside a bar in Dayton on Saturday night. Three people were wounded. Police said three "
     "people were also wounded inside the bar."),
])
def test_wounded_told_again_do_not_add_up(text):
    assert _tolls(text, published="2016-03-28") == [(0, 3)]


def test_wounded_told_again_as_many_do_not_add_up():
    # a word of more and other words for them, but as many as told before: the same three
    text = ("A gunman opened fire outside a bar in Dayton on Saturday night, leaving one man dead and three others "
            "injured. Three other men were also wounded.")
    assert _tolls(text, published="2016-03-28") == [(1, 3)]


def test_wounded_told_as_some_of_a_group_told_before_do_not_add_up():
    text = ("Gunfire outside a diner in Toledo on Thursday killed a cook and wounded three others. "
            "Three others, including two teenage girls and a 64-year-old man, were also injured.")
    assert _tolls(text, published="2016-03-28") == [(1, 3)]
