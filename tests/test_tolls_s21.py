"""Tolls, session 21 (issue 15 item 1).

- One person told hurt in a headline after an auxiliary ("2-year-old was shot", "5-year-old boy is injured"), hit by
  gunfire without "shot" ("Nine-Year-Old Struck By Gunshots", "4-year-old hit by stray bullet") or shooting himself
  ("Girl Accidentally Shoots Herself", "teen wounds self"): no one before.
- Two people joined in the subject of a plural verb ("a mother and daughter were shot", "A man and his son were shot",
  "The woman and her child were both shot"): _SHOT_PASSIVE read the first one alone or no one.
- People counted hurt by a passive verb in words detect's casualty patterns leave ("Three other men inside the home
  were subsequently injured", "Three Hispanic males, between 20 to 30 years of age, were also wounded").
- Hit by gunfire told "grazed by a bullet", "struck by the gunfire", "struck by shotgun pellets" (wordlists
  counts.shot_verbs), also after a pronoun; things struck ("Two cars were struck by gunfire") are no people; "and one
  was fatally shot" after a count is one of them; "the dead end street" tells no death.

Titles and texts shortened from GVA lines 4068, 4340, 3503, 3950, 3259, 3871, 253, 3822, 1730, 1793, 3746, 2931, 1711,
4601, 3251, 3467, 4789, 4790, 2099, 948, 4725, 1537 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import headline_tolls, shot_tolls, told_dead


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title, tally", [
    ("Alleged gang member was target, but 2-year-old was shot", {"shot": 1}),
    ("Stories don't match up after 5-year-old boy is injured in St. Louis shooting", {"wounded": 1}),
    ("Nine-Year-Old Struck By Gunshots In Dallas", {"shot": 1}),
    ("'A monster scratched me': 4-year-old hit by stray bullet describes shooting", {"shot": 1}),
    ("Four-year-old wounded in central Fresno drive-by shooting", {"wounded": 1}),
    ("3-Year-Old Yarmouth Girl Accidentally Shoots Herself With Father's Gun", {"shot": 1}),
    ("Oconee County teen wounds self with rifle while hunting", {"shot": 1}),
])
def test_headline_one_hurt_after_an_auxiliary_or_hit_by_gunfire(title, tally):
    assert _tally(title) == tally


@pytest.mark.parametrize("title", [
    "Man was shot at while driving on I-95",  # missed
    "Boy hit by car near school",  # no gunfire
    "Teen was shot, killed outside store",  # dead
])
def test_headline_no_one_hurt_read(title):
    assert "wounded" not in _tally(title) and "shot" not in _tally(title)


def test_headline_one_hurt_is_the_toll_where_the_text_tells_none():
    text = ("Boston's Best Places To Take Your Holiday Photos. For those who want to give their friends and relatives "
            "holiday photos, Boston offers many venues.")
    assert _tolls(text, title="Alleged gang member was target, but 2-year-old was shot in Kansas City") in ([], [(0, 1)])
    # the headline's one hurt, once an incident is coded from it
    text = "Police said a 2-year-old was shot Tuesday night in Kansas City, Missouri while sleeping."
    assert _tolls(text, title="Alleged gang member was target, but 2-year-old was shot") == [(0, 1)]


@pytest.mark.parametrize("text, shot", [
    ("Police scattered across Yamacraw Village after a mother and daughter were shot around 4:30 p.m.", 2),
    ("A man and his son were shot Tuesday night on the East Side.", 2),
    ("One man and two women were shot outside the club.", 3),
    ("A man was shot outside the club.", 1),
    ("A man and his son was shot.", 1),  # singular verb: the man alone
    ("The woman and her child were both shot in the leg.", 2),
    ("A man, woman and 6-year-old boy were shot by a masked man in the St. Louis area.", 3),
    ("Angelina Benton, Raynord Daniel and Joseph McDonald were shot.", 3),
])
def test_people_joined_before_a_plural_verb_are_each_shot(text, shot):
    assert [s.shot for s in shot_tolls(text)] == [shot]


def test_people_joined_in_the_text_are_the_wounded():
    text = ("A heavy amount of police scattered across Yamacraw Village after a mother and daughter were shot around "
            "4:30 p.m. Sunday in Savannah, Georgia. Both are expected to survive.")
    assert _tolls(text, title="Mother and child shot in domestic shooting in Yamacraw") == [(0, 2)]


@pytest.mark.parametrize("text, hurt", [
    ("Three other men inside the home were subsequently injured during the shooting.", 3),
    ("Three Hispanic males, between 20 to 30 years of age, were also wounded and transported to area hospitals.", 3),
    # a second group is another act or another source's figure: the first alone
    ("Four people were wounded in a Thursday afternoon shooting on a South Shore street, just a block away from where "
     "five people were wounded in a December shooting.", 4),
])
def test_people_counted_hurt_by_a_passive_verb_are_alive(text, hurt):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(hurt, 0)]


@pytest.mark.parametrize("text", [
    "Three females, ages 21, 32, and 49, and two males, 30 and 42 were injured in the shooting.",  # ages
    "Though cops said five people were shot, FDNY officials said six were wounded in the mayhem.",  # another figure
    "Two people were fatally wounded.",  # dead
])
def test_no_more_hurt_read_from_a_passive_verb(text):
    assert all(s.killed != 0 or s.shot != 6 for s in shot_tolls(text))
    assert sum(s.shot for s in shot_tolls(text) if s.killed == 0) == 0


def test_people_counted_hurt_after_the_lead_are_the_wounded():
    text = ("Broadway was shot and killed Monday night after a home he was visiting in the 7000 block of Burlingame "
            "Boulevard in Burlingame, California was the target of a shooting. Three other men inside the home were "
            "subsequently injured during the shooting.")
    assert _tolls(text, title="Suspect wanted in connection with Burlingame slaying surrenders") == [(1, 3)]


@pytest.mark.parametrize("text, tolls", [
    ("A 7-year-old girl was grazed by a bullet, and a man was shot in the leg near Seventh and Queen streets.",
     [(1, None), (1, None)]),
    ("A 6-year-old girl was grazed by a bullet and a 22-year-old relative was shot dead in front of a Park Manor home.",
     [(1, None), (1, 1)]),
    ("Four people were struck by shotgun pellets during a drive-by shooting.", [(4, None)]),
    ("The child was with his family on the street when he was struck by the gunfire.", [(1, None)]),
    ("A fourth victim, Samuel Wade, was struck by a stray bullet.", [(4, None)]),
    ("Four men were hit by the gunfire, and one was fatally shot.", [(4, 1)]),
])
def test_hit_by_gunfire_told_without_shot(text, tolls):
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == tolls


@pytest.mark.parametrize("text", [
    "Two cars were struck by gunfire.",
    "Four homes were hit by bullets during the exchange.",
    "He said a car and home had been hit by gunfire.",
])
def test_things_struck_are_no_people(text):
    assert shot_tolls(text) == []


def test_a_person_in_a_thing_is_a_person():
    assert [s.shot for s in shot_tolls("A driver of a sport utility vehicle was shot in the head.")] == [1]
    assert [s.shot for s in shot_tolls("Two men in a car were shot.")] == [2]


def test_grazed_beside_the_dead_is_wounded():
    text = ("PARK MANOR — A 6-year-old girl was grazed by a bullet and a 22-year-old relative was shot dead in front of "
            "a Park Manor home in Chicago Thursday afternoon, according to authorities.")
    assert _tolls(text, title="Girl, 6, Shot In South Side Attack That Left David McCray, 22, Dead") == [(1, 1)]


def test_a_dead_end_street_tells_no_death():
    text = ("A 3-year-old boy was rushed to the hospital Tuesday after a gun fired near his face at a home in Pearl, "
            "Mississippi. Neighbors of the dead end street said their kids play with the toddler who was injured.")
    assert not told_dead("Neighbors of the dead end street said their kids play with the toddler who was injured.")
    assert all(killed == 0 for killed, _ in _tolls(text, title="3-year-old boy injured after gun fires near his face"))
