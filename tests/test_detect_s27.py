"""Detection, session 27: acts the ACLED 2020 dev notes tell in words no trigger held (data/triggers.tsv, the [detect]
section of data/wordlists.toml, detect._weapon_used). ACLED notes are read from ../shared/data (never copied here);
the negatives are sentences written for these tests in the shape of news."""
from __future__ import annotations

import pytest

from seedutil import acled_note

#: the ACLED 2020 dev notes the tests below read (../shared/data: never copied here)
ACLED = "acled_world_2020-04-27_2020-05-03.csv"


def _coded(text: str, published: str = "2020-05-03"):
    from eventwire.pipeline import code_text

    return code_text(text, published=published).incidents


def _types(text: str, published: str = "2020-05-03") -> list[tuple[str | None, str | None]]:
    return [(i.event_type, i.sub_event_type) for i in _coded(text, published)]


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(("event_id", "published"), [
    ("ALG8599", "2020-05-03"),  # a group claims it fired a few Grad rockets at an army garrison
    ("LBN4903", "2020-04-29"),  # an RPG round fired into the air on a road
])
def test_a_missile_fired_or_launched_is_an_act(event_id, published):
    assert _coded(acled_note(ACLED, event_id), published)


def test_a_vehicle_destroyed_with_an_atgm_is_a_missile_strike():
    # rebels wreck a government vehicle with an anti-tank guided missile (ATGM); no one is reported hurt or killed
    assert _types(acled_note(ACLED, "SYR78272")) == [SHELLING]


@pytest.mark.parametrize(("event_id", "published"), [
    ("IDN3994", "2020-04-29"),  # stones thrown at officers by people carrying blades
    ("VEN4216", "2020-04-28"),  # police break up a crowd of some hundreds burning rubbish to press a demand
])
def test_rocks_thrown_and_debris_burned_are_acts(event_id, published):
    assert _coded(acled_note(ACLED, event_id), published)


@pytest.mark.parametrize("text", [
    "On 2 May 2020, the militants threatened to launch rockets at the city if the army advanced.",
    "On 2 May 2020, officials said the missile would not be launched before the summit.",
    # a test's missile, fired at no one (a web page: a launch on the day an envoy spoke against US policy)
    "North Korea launched a ballistic missile on Tuesday as its envoy spoke at the United Nations.",
    "The missile was launched into the sea off the east coast, the military said on 2 May 2020.",
])
def test_a_weapon_not_fired_makes_no_act(text):
    assert not _coded(text)


# ---------------------------------------------------------------- frames for acts told with no act word
# detect._result_act, _fight_between, _air_targeting (_nouns_above), _with_found_body's signs ([detect] wordlists)

MOB = ("Riots", "Mob violence")


@pytest.mark.parametrize(("event_id", "published"), [
    ("IRQ24200", "2020-05-03"),  # an operation by the PMF by a river leaves a few IS militants dead
    ("SYR78007", "2020-05-01"),  # drones of an unnamed armed group aim at an air base
    ("MEX17636", "2020-04-29"),  # gunmen leave two men's bodies behind
])
def test_an_act_told_by_its_toll_its_doer_or_its_leavers_is_coded(event_id, published):
    assert _coded(acled_note(ACLED, event_id), published)


@pytest.mark.parametrize(("event_id", "published"), [
    ("PSE7097", "2020-05-02"),  # a brawl with fists, nobody hurt
    ("ROU1241", "2020-05-01"),  # police step into a fight between dozens of people
])
def test_a_fist_fight_or_a_fight_between_people_is_mob_violence(event_id, published):
    assert MOB in _types(acled_note(ACLED, event_id), published)


@pytest.mark.parametrize("text", [
    "The crash on the highway left two people dead on 2 May 2020, police said.",
    "The heatwave on the coast left three residents dead on 2 May 2020.",
    "On 2 May 2020, the fight between the two parties over the budget dominated the session of parliament.",
    "The surgeon said the operation on 2 May 2020 left the patient weak but stable.",
])
def test_a_toll_of_an_accident_or_a_contest_is_no_act(text):
    assert not _coded(text)
