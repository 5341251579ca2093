"""Tolls on real local news (issue 15 item 1): figures that count no people, several shootings told together, one
person told by a pronoun or a headline's verb, the shooter not among dead children. Sentences are shortened from the
GVA articles named (`../shared/data/gva/articles.jsonl` line numbers)."""
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
    assert tolls("A three -year-old girl has been shot dead at her home in Joplin, Missouri, on Sunday.") == (1, 0)


@pytest.mark.parametrize("text, figure", [
    ("a 911 caller's father dead", "911"),  # line 1099: was 911 dead
    ("a man at 1121 W. Columbus Ave., was reportedly hit by a bullet", "1121"),  # line 1193
    ("Police originally told WPDE ABC 15 News that eight people were wounded", "15"),  # line 1123
    ("News Channel 11 was told Denton was shot by his grandfather", "11"),  # line 1189
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
    killed, _ = tolls("Two men were killed in a shootout in Gaston County on Saturday. Deputies found the 911 caller's "
                      "father dead inside the house.")
    assert killed == 2


def test_things_counted_are_no_toll():
    # line 1194: was 44 dead
    killed, _ = tolls("One man was killed and three were wounded in a shooting at a truck stop in Tyler, Texas on "
                      "Saturday. Officers executed 44 search warrants in the investigation.")
    assert killed == 1


def test_a_figure_naming_no_people_beside_the_dead_named_is_one_toll():
    # line 1114: "a death investigation" and "a female was found dead" were 2 dead
    assert tolls("Detectives were conducting a death investigation Wednesday afternoon after a female was found dead "
                 "with a gunshot wound to the head in Chicago.")[0] == 1


def test_several_shootings_told_together_are_no_toll_of_one():
    # line 1184: "four separate shootings that left 10 people shot" was 9 wounded of a one-dead, four-hurt shooting
    text = ("Police in Memphis, Tennessee are investigating four separate shootings that left 10 people shot on "
            "Sunday. One man was killed and four people were injured in a shooting at an apartment complex on Sunday.")
    assert tolls(text) == (1, 4)


def test_two_people_each_shot_are_not_both_the_one_who_died():
    # line 165: each of two teens "shot in the foot" / "in the leg" was counted dead where the article tells a death
    from eventwire import extract
    text = ("When police arrived on the scene, they found five people had been injured; a 14-year-old girl shot in "
            "the foot and a 14-year-old boy shot in the right leg were among them.")
    best: dict[str, int] = {}
    extract._shot_counts([(text, 0)], best, extract._Evidence(text, text, lambda s, e: (s, e)), died=True)
    assert not best.get("killed")


@pytest.mark.parametrize("text", [
    "Police say the victim told them that he was accidentally shot in the face with a .22 revolver.",
    "A 9-year-old girl has been hospitalized after her father accidentally shot her in the stomach.",
])
def test_one_person_told_by_a_pronoun(text):
    (found,) = shot_tolls(text)
    assert found.shot == 1 and found.alone


def test_a_pronoun_shot_at_is_no_one_hit():
    assert shot_tolls("Police said he was shot at but not hit.") == []


@pytest.mark.parametrize("title, tally", [
    ("Cops: Father Accidentally Shoots 9-Year-Old in Stomach", {"shot": 1}),  # line 1191
    ("Man Gets 15-30 Years For Deadly Shooting At Homewood Bar", {"deadly": 1}),  # line 28
    ("Juvenile dies after apparent accidental shooting", {"killed": 1}),  # line 1164
    ("Police investigate deadly shootings", {}),
])
def test_headline_tallies(title, tally):
    assert {field: figure for field, (figure, _) in headline_tolls(title).items()} == tally


def test_the_shooter_is_not_among_dead_children():
    # line 1178: two children found dead, the father's suicide: 3 dead
    text = ("Two children were found dead inside their home in Knightstown, Indiana on Thursday. Autopsies show the "
            "children were shot, and their father committed suicide.")
    assert tolls(text)[0] == 3


def test_a_deadly_shooting_in_the_headline_adds_a_dead_besides_the_hurt():
    # line 28: killed 0 under "Deadly Shooting"; the men taken to hospital stay wounded
    text = ("Four other men were taken to the hospital after the shooting at a bar in Homewood, Pennsylvania on "
            "Saturday, police said.")
    assert tolls(text, "Man Gets 15-30 Years For Deadly Shooting At Homewood Bar") == (1, 4)


def test_a_teen_shot_and_killed_is_no_thing_counted():
    # line 18: "17-year-old shot" is read by detect as the noun of the count; "shot" names no thing here
    assert tolls("The family of a 17-year-old shot and killed by a Euharlee police officer on Saturday has hired an "
                 "attorney.")[0] == 1


@pytest.mark.parametrize("text", [
    # line 1106
    "Two people were killed and at least 15 wounded overnight in shootings throughout the city in Detroit, police said.",
    # line 146
    "It was a violent night in New York City after at least 21 people were shot in incidents spanning each of the "
    "five boroughs.",
])
def test_a_night_of_shootings_is_no_toll_of_one(text):
    killed, wounded = tolls(text + " One man was shot and killed on a street corner in the Bronx on Sunday.")
    assert wounded < 15 and killed < 2


def test_a_father_dead_by_his_own_hand_beside_his_dead_children():
    # line 1178: the father "died from an apparent self-inflicted gunshot wound" is the shooter, dead too
    text = ("Two children were found dead in a home in Knightstown, Indiana on Thursday. Preliminary autopsy results "
            "show that the two children both died from gunshot wounds. Their father, 48-year-old Joseph Horn, died "
            "from an apparent self-inflicted gunshot wound.")
    assert tolls(text)[0] == 3


@pytest.mark.parametrize("text, shot, killed", [
    # web page 205: a man slashed with a box cutter was not counted wounded (the patterns were shooting-only)
    ("The boyfriend is suing the Brooklyn club where he was brutally slashed by a box cutter-wielding assailant.", 1, None),
    ("Police said she was shot and killed outside her home.", 1, 1),
    ("Witnesses said he was fatally shot in the back.", 1, 1),
])
def test_one_person_hurt_told_by_a_pronoun(text, shot, killed):
    (found,) = shot_tolls(text)
    assert (found.shot, found.killed) == (shot, killed)


def test_others_hurt_are_others_than_one_more_hurt():
    # line 1049: 3 wounded, gold 4
    text = ("A 12-year-old boy remained in critical condition Friday after a shooting that also injured three other "
            "people on Brushton Avenue in Pittsburgh.")
    assert tolls(text) == (0, 4)


def test_others_hurt_beside_the_dead_are_no_more():
    assert tolls("A man was killed Friday in a shooting that also injured three other people in Pittsburgh.") == (1, 3)


def test_one_person_shot_in_the_headline_whose_death_the_text_tells():
    # line 1030: wounded 1, gold killed 1
    text = ("A 21-year-old man posed with a rifle so the 16-year-old girl could take a picture in Newton, North "
            "Carolina on Sunday, and that's when the gun fired. A bullet struck the girl in the chest. She was "
            "transported to the hospital, but doctors were not able to save her.")
    assert tolls(text, "Man accidentally shoots 16-year-old Catawba County girl") == (1, 0)
