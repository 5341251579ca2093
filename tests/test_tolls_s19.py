"""Tolls, session 19 (issue 15 item 1), from the whole GVA file's largest classes of toll errors: one dead with no
toll (219 incidents) and one injured with none (216). Headlines that tell one death or one survivor in words the
headline reader did not know ("Three-year-old fatally shot", "Teenager shot, killed", "Teen found shot to death",
"charged in shooting death", "Mother injured, child killed", "Officer Grazed In Face By Bullet", "shooting of
6-year-old girl"); a wound told slight in the text ("was grazed", "not seriously injured", "minor injuries"); a charge's
"deadly weapon" or a wound "would be fatal" read as a death; and the headline's toll given to the article's lead
incident where the article tells several. Texts written after the shapes of GVA lines 1079, 1534, 3633, 3837, 1361, 3830, 3583,
1481, 3515, 3369, 1607, 2957, 3165, 1193, 2382 and 3905 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls

from eventwire.counts import alive_told_at, headline_tolls, told_dead


def _tally(title: str) -> dict[str, int]:
    return {field: figure for field, (figure, _) in headline_tolls(title).items()}


@pytest.mark.parametrize("title", [
    "Four-year-old fatally shot in Fairbanks",
    "7-year-old Macon boy shot in the chest, killed",
    "Teenager shot, killed in NW named",
    "Teen found shot to death behind Arlington duplex",
    "Elk Grove family mourning after 16-year-old girl found fatally shot in shed",
    "Teen who allegedly killed 14-year-old boy had long record",
    "Teen charged with killing cousin in Monroe",
    "Deputies name teen mistakenly shot, killed by stepfather",
])
def test_headline_one_dead(title):
    assert _tally(title) == {"killed": 1}


@pytest.mark.parametrize("title", [
    "2 Charged In Shooting Death Of Edina Teen",
    "Detectives hope photos will help solve 9-year-old's killing",
    "Pair indicted in 6-year-old Lila Moreno’s murder",
    "Topeka man charged with murder after woman shot at Quincy Street duplex",
    "Deputies accuse man of fatally shooting toddler in Temple",
    "Uncle charged in fatal shooting of Flint boy, 6",
])
def test_headline_deadly(title):
    assert _tally(title) == {"deadly": 1}


@pytest.mark.parametrize("title", [
    "Second Suspect Held in Attempted Murder Case",
    "Woman charged with attempted murder in shooting",
    "6 Dead In Double Homicides Around The County This Year",
])
def test_headline_no_death(title):
    assert "deadly" not in _tally(title) and "killed" not in _tally(title)


@pytest.mark.parametrize("title", [
    "Father injured, child killed in Cobb County shooting",
    "Teen Killed, Another Wounded in Duluth Shooting",
    "Child Killed, Mother Critical After Shooting In Tampa",
    "Expectant mother shot, unborn baby killed",
    "Troopers: Aiken County boy shoots and kills 13-year-old, another wounded",
    "6-year-old shot, killed in drive-by in East Fresno; 9-year-old sister expected to survive",
])
def test_headline_one_dead_one_hurt(title):
    assert _tally(title) == {"killed": 1, "wounded": 1}


@pytest.mark.parametrize("title, tally", [
    ("Deputy Grazed In Arm By Bullet After Robbery, Sheriff Says", {"wounded": 1}),
    ("Decatur chief: Patrol officer serious but stable after Friday shooting", {"wounded": 1}),
    ("Deputies look into shooting of 8-year-old boy", {"shot": 1}),
    ("Woman Charged With Shooting 4-Year-Old Girl in Roseland, Police Say", {"shot": 1}),
    ("Man charged after stray bullet strikes 9-year-old", {"shot": 1}),
    # the dying too: GVA records some of them dead
    ("Woman in critical condition after north side shooting", {}),
    # a victim named by the shooting: dead as often as not
    ("Billings shooting victim named; gunman still at large", {}),
    ("Ohio Shooting Suspect Posted A Long Rant Online Hours Before Attack", {}),
    # a running total over a span of time
    ("Three teens shot in 24-hour span in Norfolk", {}),
])
def test_headline_one_hurt(title, tally):
    assert _tally(title) == tally


@pytest.mark.parametrize("text, alive", [
    ("Then a 14-year-old girl was grazed in the arm by a bullet.", True),
    ("She was not seriously injured, but medics took her to Riley as a precaution.", True),
    ("The child suffered minor injuries.", True),
    ("He was seriously injured.", False),
])
def test_wound_told_slight_is_alive(text, alive):
    assert (alive_told_at(text) is not None) == alive


def test_slight_wound_is_one_wounded():
    text = ("Deputies are looking into an accidental shooting Sunday in Urbana. A 9-year-old girl who lives on "
            "Maple Street was struck by a bullet fired from a .22 rifle. She was not seriously injured, but she was "
            "taken by helicopter to Riley Children's Hospital in Indianapolis as a precaution.")
    assert _tolls(text) == [(0, 1)]


@pytest.mark.parametrize("text, dead", [
    ("The charge he faces is assault with a deadly weapon.", False),
    ("Doctors did not expect that the wound would be fatal.", False),
    ("The pair were charged in the non-fatal shooting of their nephew.", False),
    ("Police are investigating the deadly shooting.", True),
    ("The boy was fatally shot.", True),
])
def test_told_dead(text, dead):
    assert told_dead(text) == dead


def test_one_shot_beside_a_deadly_weapon_is_wounded():
    text = ("BOERNE, Texas - Deputies arrested a man Wednesday in the shooting of an 8-year-old boy in Boerne on "
            "Monday. The charge he faces is assault with a deadly weapon.")
    assert _tolls(text) == [(0, 1)]


def test_headline_tolls_one_dead_where_the_text_counts_none():
    text = ("FAIRBANKS - Officers are looking into how a child was shot inside a house in the Hamilton Acres area on "
            "Tuesday night, police said. They were called to the house at about 9 p.m.")
    assert _tolls(text, title="Four-year-old fatally shot in Fairbanks") == [(1, 0)]


def test_headline_tolls_the_lead_of_several_incidents():
    text = ("CLEVELAND - Two men were killed in a shooting on the city's east side early Sunday, police said. The "
            "gunfire broke out at a party on Superior Avenue around 3 a.m. No one has been arrested. In a separate "
            "incident Saturday night, a woman was shot and killed on the west side of Cleveland.")
    assert _tolls(text, title="2 dead, 3 wounded in east side party shooting", published="2016-10-24") == [(2, 3), (1, 0)]


def test_the_one_shot_is_the_one_a_deadly_headline_tells_dead():
    text = ("MONROE - Police say a teenager shot his cousin at a house on Desiard Street on Saturday night. Marcus was "
            "shot in the stomach, officers said. The 17-year-old was arrested.")
    assert _tolls(text, title="Teen charged in shooting death in Monroe", published="2016-10-24") == [(1, 0)]
