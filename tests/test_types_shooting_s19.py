"""A shooting told in an explosion's or a demonstration's words keeps a shooting's types (GVA's US shootings were
typed shelling, IEDs, disrupted weapons use and violent demonstrations); explosions, heavy weapons and defused bombs
keep theirs. Real pipeline, real spaCy."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_articles
from eventwire.records import Article


@pytest.fixture(scope="module")
def options() -> Options:
    return Options.load()


def _incidents(text: str, options: Options, published: str = "2016-01-10"):
    (coded,) = list(code_articles([Article(id="t", text=text, title="", published=published)], options))
    return coded.incidents


def test_gunman_blasted_is_no_explosion(options):
    text = ("A man turned away at the door of a lounge in Paterson, New Jersey, came back with a gun on Saturday and "
            "opened fire, killing two men and hurting three others, police said. Whether one of the dead was "
            "blasted by the shooter or by a bouncer is not yet known, officials said.")
    (incident,) = _incidents(text, options)
    assert incident.event_type == "Violence against civilians"
    assert "Bombing/Explosion" not in incident.attack_types


def test_vehicle_recovered_after_a_shooting_is_an_attack(options):
    text = ("Fontana police want tips about a drive-by shooting early Saturday after which the suspects' vehicle was "
            "recovered in Rialto. Gunfire hit four people outside a bar in the 1500 block of Sierra Avenue at about "
            "2:10 a.m., police said.")
    (incident,) = _incidents(text, options)
    assert (incident.event_type, incident.sub_event_type) == ("Violence against civilians", "Attack")


def test_defused_bomb_is_still_disrupted_weapons_use(options):
    text = "On 2 May 2020, the Afghan army found and defused an IED hidden beside a road in Nawa district, Helmand."
    incidents = _incidents(text, options, "2020-05-03")
    assert [(i.event_type, i.sub_event_type) for i in incidents] == [
        ("Strategic developments", "Disrupted weapons use")]


def test_heavy_machine_guns_stay_shelling(options):
    text = ("On 3 May 2020, Houthi forces fired 23mm and 12.7mm machine guns at positions south of Hays town (Hays, "
            "Al Hudaydah); no fatalities were reported.")
    (incident,) = _incidents(text, options, "2020-05-04")
    assert incident.event_type == "Explosions/Remote violence"


def test_a_street_block_is_no_protest(options):
    text = ("Detectives are looking into the death of a man found dying on Harbor Lane. Officers were sent to the "
            "1800 block of Harbor Lane at about 5:40 Tuesday morning after a call about a man lying in the street, "
            "and found him by the curb. He died there.")
    incidents = _incidents(text, options, "2016-01-08")
    assert incidents and all(i.event_type != "Protests" for i in incidents)


def test_a_blocked_road_is_still_a_protest(options):
    text = "On 2 May 2020, residents blocked the road in Epworth, Harare, to protest against power cuts."
    incidents = _incidents(text, options, "2020-05-03")
    assert [i.event_type for i in incidents] == ["Protests"]
