"""Tolls on real local news (issue 15 item 1): figures that count no people, several shootings told together, one
person told by a pronoun or a headline's verb, the shooter not among dead children. Sentences are written after the
shapes of the GVA articles named (`../shared/data/gva/articles.jsonl` line numbers)."""
from __future__ import annotations

from functools import cache

import pytest

from eventwire.counts import COUNT, headline_tolls, no_people, shot_tolls
from eventwire.pipeline import code_article
from eventwire.records import Article, Incident

PUBLISHED = "2015-08-31"


@cache
def coded(text: str, title: str | None = None) -> tuple[Incident, ...]:
    return code_article(Article(id="t", text=text, published=PUBLISHED, title=title)).incidents


def tolls(text: str, title: str | None = None) -> tuple[int, int]:
    """(all the dead, the wounded) of the first incident, as the GVA scorer reads them (None is 0)."""
    incident = coded(text, title)[0]
    return (incident.killed or 0) + (incident.perpetrators_killed or 0), incident.wounded or 0


def test_an_article_before_a_number_word_is_no_part_of_the_number():
    import re
    assert re.match(COUNT, "A three -year-old girl", re.I).group() == "A"
    assert re.match(COUNT, "a hundred and five people", re.I).group() == "a hundred and five"
    # line 115: was 4 dead (a + three)
    assert tolls("A three -year-old boy was shot dead at his family's house in Sedalia, Missouri, on Monday.") == (1, 0)


@pytest.mark.parametrize("text, figure", [
    ("a 911 caller's father dead", "911"),  # line 1099: was 911 dead
    ("a woman at 1342 E. Maple Ave., was apparently struck by a bullet", "1342"),  # line 1193
    ("Deputies first told KXAN NBC 36 News that seven people were wounded", "36"),  # line 1123
    ("News Channel 13 learned Parker was shot by his stepfather", "13"),  # line 1189
    ("shooting in the 1100 block of Main Street", "1100"),
])
def test_figures_that_count_no_people(text, figure):
    at = text.index(figure)
    assert no_people(text, at, at + len(figure))


@pytest.mark.parametrize("text, figure", [("4 people were shot", "4"), ("15 people were wounded", "15")])
def test_figures_that_count_people(text, figure):
    at = text.index(figure)
    assert not no_people(text, at, at + len(figure))


def test_a_telephone_number_is_no_toll():
    killed, _ = tolls("Two men were killed in a shootout in Union County on Friday. In the barn deputies found the 911 "
                      "caller's father dead.")
    assert killed == 2


def test_things_counted_are_no_toll():
    # line 1194: was 44 dead
    killed, _ = tolls("One man died and three were wounded when shots rang out at a truck stop in Lufkin, Texas on "
                      "Friday. Agents served 44 search warrants during the inquiry.")
    assert killed == 1


def test_a_figure_naming_no_people_beside_the_dead_named_is_one_toll():
    # line 1114: "a death investigation" and "a female was found dead" were 2 dead
    assert tolls("Detectives opened a death investigation Thursday morning after a female was found dead in an "
                 "alley in Milwaukee, shot once in the neck.")[0] == 1


def test_several_shootings_told_together_are_no_toll_of_one():
    # line 1184: several separate shootings with 10 people shot in all was 9 wounded of a one-dead, four-hurt shooting
    text = ("Police in Jackson, Mississippi are looking into four unrelated shootings in which 10 people were shot on "
            "Saturday. At a motel on Saturday one man died and four people were hurt in a shooting.")
    assert tolls(text) == (1, 4)


def test_two_people_each_shot_are_not_both_the_one_who_died():
    # line 165: each of two teens "shot in the foot" / "in the leg" was counted dead where the article tells a death
    from eventwire import extract
    text = ("Deputies arriving at the house found five people hurt; a 13-year-old girl shot in the ankle and a "
            "15-year-old boy shot in the left hip were among them.")
    best: dict[str, int] = {}
    extract._shot_counts([(text, 0)], best, extract._Evidence(text, text, lambda s, e: (s, e)), died=True)
    assert not best.get("killed")


@pytest.mark.parametrize("text", [
    "Deputies say the victim told them he was accidentally shot in the cheek with a .38 pistol.",
    "An 8-year-old boy is in the hospital after his uncle accidentally shot him in the thigh.",
])
def test_one_person_told_by_a_pronoun(text):
    (found,) = shot_tolls(text)
    assert found.shot == 1 and found.alone


def test_a_pronoun_shot_at_is_no_one_hit():
    assert shot_tolls("Police said he was shot at but not hit.") == []


@pytest.mark.parametrize("title, tally", [
    ("Cops: Uncle Accidentally Shoots 8-Year-Old in Thigh", {"shot": 1}),  # line 1191
    ("Man Gets 20-40 Years For Deadly Shooting At Eastside Tavern", {"deadly": 1}),  # line 28
    ("Teen dies after what police call accidental shooting", {"killed": 1}),  # line 1164
    ("Police investigate deadly shootings", {}),
])
def test_headline_tallies(title, tally):
    assert {field: figure for field, (figure, _) in headline_tolls(title).items()} == tally


def test_the_shooter_is_not_among_dead_children():
    # line 1178: two children found dead, the father's suicide: 3 dead
    text = ("Two children were discovered dead in their house in Greenfield, Indiana on Friday. Autopsies found the "
            "children had been shot, and their father committed suicide.")
    assert tolls(text)[0] == 3


def test_a_deadly_shooting_in_the_headline_adds_a_dead_besides_the_hurt():
    # line 28: killed 0 under "Deadly Shooting"; the men taken to hospital stay wounded
    text = ("Four other men were hospitalized after the tavern shooting in Eastside, Pennsylvania on Friday, police "
            "said.")
    assert tolls(text, "Man Gets 20-40 Years For Deadly Shooting At Eastside Tavern") == (1, 4)


def test_a_teen_shot_and_killed_is_no_thing_counted():
    # line 18: "17-year-old shot" is read by detect as the noun of the count; "shot" names no thing here
    assert tolls("Relatives of a 17-year-old shot and killed by a Cartersville police officer on Friday have retained "
                 "a lawyer.")[0] == 1


@pytest.mark.parametrize("text", [
    # line 1106
    "Overnight, two people died and at least 15 were wounded in shootings across Cleveland, police said.",
    # line 146
    "It was a bloody night in New York City, with at least 21 people shot in separate incidents in all of the "
    "five boroughs.",
])
def test_a_night_of_shootings_is_no_toll_of_one(text):
    killed, wounded = tolls(text + " One man was shot and killed on a street corner in the Bronx on Sunday.")
    assert wounded < 15 and killed < 2


def test_a_father_dead_by_his_own_hand_beside_his_dead_children():
    # line 1178: the father told dead of an apparent self-inflicted wound is the shooter, dead too
    text = ("Two children were found dead in a house in Greenfield, Indiana on Friday. Early autopsy findings "
            "show that both children died of gunshot wounds. Their father, 51-year-old Gary Tolliver, died "
            "of an apparent self-inflicted wound to the head.")
    assert tolls(text)[0] == 3


@pytest.mark.parametrize("text, shot, killed", [
    # web page 205: a man slashed with a box cutter was not counted wounded (the patterns were shooting-only)
    ("The man is suing the Queens bar where he was badly slashed by an attacker wielding a box cutter.", 1, None),
    ("Deputies said she was shot and killed in front of her house.", 1, 1),
    ("Witnesses said he was fatally shot in the back.", 1, 1),
])
def test_one_person_hurt_told_by_a_pronoun(text, shot, killed):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed) == (shot, killed)


def test_others_hurt_are_others_than_one_more_hurt():
    # line 1049: 3 wounded, gold 4
    text = ("A 13-year-old girl remained in critical condition Saturday after gunfire that also injured three other "
            "people along Frankstown Avenue in Pittsburgh.")
    assert tolls(text) == (0, 4)


def test_others_hurt_beside_the_dead_are_no_more():
    assert tolls("A woman was killed Sunday by gunfire that also injured three other people in Erie.") == (1, 3)


def test_one_person_shot_in_the_headline_whose_death_the_text_tells():
    # line 1030: wounded 1, gold killed 1
    text = ("A 22-year-old man held up a shotgun so a 15-year-old girl could photograph him in Hickory, North "
            "Carolina on Saturday, and the gun went off. A pellet hit the girl in the neck. Medics took her "
            "to the hospital, but doctors could not save her.")
    assert tolls(text, "Man accidentally shoots 15-year-old Burke County girl") == (1, 0)
