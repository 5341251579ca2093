"""Tolls, session 19 (issue 15 item 1), from the whole GVA file's largest classes of toll errors: one dead with no
toll (219 incidents) and one injured with none (216). Headlines that tell one death or one survivor in words the
headline reader did not know ("Three-year-old fatally shot", "Teenager shot, killed", "Teen found shot to death",
"charged in shooting death", "Mother injured, child killed", "Officer Grazed In Face By Bullet", "shooting of
6-year-old girl"); a wound told slight in the text ("was grazed", "not seriously injured", "minor injuries"); a charge's
"deadly weapon" or a wound "would be fatal" read as a death; and the headline's toll given to the article's lead
incident where the article tells several. Texts shortened from GVA lines 1079, 1534, 3633, 3837, 1361, 3830, 3583,
1481, 3515, 3369, 1607, 2957, 3165, 1193, 2382 and 3905 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import alive_told_at, headline_tolls, told_dead


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title", [
    "Three-year-old fatally shot in Anchorage",
    "6-year-old Atlanta girl shot in the head, killed",
    "Teenager shot, killed in SE identified",
    "Teen found shot to death in driveway of Fort Worth home",
    "North Natomas family grieving after 17-year-old boy found fatally shot in garage",
    "Teen who allegedly killed 15-year-old girl had troubled past",
    "Teen charged with killing uncle in Shreveport",
    "Police release name of teen mistakenly shot, killed by father",
])
def test_headline_one_dead(title):
    assert _tally(title) == {"killed": 1}


@pytest.mark.parametrize("title", [
    "3 Charged In Shooting Death Of Minnetonka Teen",
    "Police hope video will help solve 7-year-old's killing",
    "Trio indicted in 5-year-old Ana Garza’s murder",
    "KCK man charged with murder in shooting of woman at Independence Avenue apartment",
    "Police accuse woman of fatally shooting toddler in Killeen",
    "Grandparents charged in fatal shooting of Detroit girl, 5",
])
def test_headline_deadly(title):
    assert _tally(title) == {"deadly": 1}


@pytest.mark.parametrize("title", [
    "New Suspect Arrested in Attempted Murder Case",
    "Man charged with attempted murder in shooting",
    "5 Dead In Double Homicides Across The City This Year",
])
def test_headline_no_death(title):
    assert "deadly" not in _tally(title) and "killed" not in _tally(title)


@pytest.mark.parametrize("title", [
    "Mother injured, child killed in Paulding County shooting",
    "Teen Killed, Another Wounded in St. Paul Shooting",
    "Child Killed, Father Critical After Shooting In Miami",
    "Pregnant woman shot, unborn baby killed",
    "Deputies: Florence County boy shoots and kills 12-year-old, another wounded",
    "5-year-old shot, killed in drive-by in Central Bakersfield; 7-year-old brother expected to survive",
])
def test_headline_one_dead_one_hurt(title):
    assert _tally(title) == {"killed": 1, "wounded": 1}


@pytest.mark.parametrize("title, tally", [
    ("Officer Grazed In Face By Bullet After Carjacking, Police Say", {"wounded": 1}),
    ("Carbondale chief: Police officer serious but stable after Sunday shooting", {"wounded": 1}),
    ("Police investigate shooting of 6-year-old girl", {"shot": 1}),
    ("Man Charged With Shooting 3-Year-Old Boy in Woodlawn, Police Say", {"shot": 1}),
    ("Woman charged after ricochet bullet strikes 8-year-old", {"shot": 1}),
    # the dying too: GVA records some of them dead
    ("Man in critical condition after southeast side shooting", {}),
    # a victim named by the shooting: dead as often as not
    ("Helena shooting victim identified; suspect being sought", {}),
    ("Tennessee Shooting Suspect Texted Friend An Islamic Verse Hours Before Attack", {}),
    # a running total over a span of time
    ("Two teens shot in 24-hour span in Richmond", {}),
])
def test_headline_one_hurt(title, tally):
    assert _tally(title) == tally


@pytest.mark.parametrize("text, alive", [
    ("That's when a 15-year-old boy was grazed in the leg by a bullet.", True),
    ("He was not seriously injured, but he was flown to Nationwide Children's Hospital for treatment.", True),
    ("The child suffered minor injuries.", True),
    ("He was seriously injured.", False),
])
def test_wound_told_slight_is_alive(text, alive):
    assert (alive_told_at(text) is not None) == alive


def test_slight_wound_is_one_wounded():
    text = ("Police are investigating an accidental shooting Saturday in Bellefontaine. A 10-year-old boy who lives on "
            "Columbus Ave. was reportedly hit by a bullet from a 10mm handgun. He was not seriously injured, but he "
            "was flown by a MedFlight helicopter to Nationwide Children's Hospital in Columbus for treatment.")
    assert _tolls(text) == [(0, 1)]


@pytest.mark.parametrize("text, dead", [
    ("He was charged with aggravated assault with a deadly weapon.", False),
    ("Police said they didn't believe the wound would be fatal.", False),
    ("Prosecutors charged the couple in the non-fatal shooting of their son.", False),
    ("Police are investigating the deadly shooting.", True),
    ("The boy was fatally shot.", True),
])
def test_told_dead(text, dead):
    assert told_dead(text) == dead


def test_one_shot_beside_a_deadly_weapon_is_wounded():
    text = ("KERRVILLE, Texas - Police arrested a man Tuesday in the shooting of a 7-year-old girl in Kerrville on "
            "Sunday. He is charged with aggravated assault with a deadly weapon.")
    assert _tolls(text) == [(0, 1)]


def test_headline_tolls_one_dead_where_the_text_counts_none():
    text = ("ANCHORAGE - Police are investigating after a child was shot inside a home in Mountain View on Monday "
            "night, police said. Officers were called to the home at about 8 p.m.")
    assert _tolls(text, title="Three-year-old fatally shot in Anchorage") == [(1, 0)]


def test_headline_tolls_the_lead_of_several_incidents():
    text = ("DETROIT - Two men were killed in a shooting on the city's east side early Sunday, police said. The "
            "shooting happened at a party on Gratiot Avenue around 2 a.m. Police have made no arrests. In a separate "
            "incident Saturday night, a woman was shot and killed on the west side of Detroit.")
    assert _tolls(text, title="2 dead, 3 wounded in East Side shooting", published="2016-10-24") == [(2, 3), (1, 0)]


def test_the_one_shot_is_the_one_a_deadly_headline_tells_dead():
    text = ("SHREVEPORT - Police say a teenager shot his uncle at a home on Jewella Avenue on Sunday night. Josh was "
            "shot in the chest, police said. The 16-year-old was arrested.")
    assert _tolls(text, title="Teen charged in shooting death in Shreveport", published="2016-10-24") == [(1, 0)]
