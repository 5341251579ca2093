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
    text = ("An armed man angry because he wasn't allowed inside a bar in Irvington, New Jersey, opened fire on "
            "Sunday, killing three men and wounding two others, officials said. It was unclear if a third man was "
            "blasted by the gunman or a member of the club's security team, police said.")
    (incident,) = _incidents(text, options)
    assert incident.event_type == "Violence against civilians"
    assert "Bombing/Explosion" not in incident.attack_types


def test_vehicle_recovered_after_a_shooting_is_an_attack(options):
    text = ("Perris Police are seeking information regarding a drive-by shooting Sunday morning in which a suspect "
            "vehicle was recovered in Menifee. Five people were shot outside a restaurant in the 2900 block of Perris "
            "Boulevard about 1:50 a.m., according to a police report.")
    (incident,) = _incidents(text, options)
    assert (incident.event_type, incident.sub_event_type) == ("Violence against civilians", "Attack")


def test_defused_bomb_is_still_disrupted_weapons_use(options):
    text = "On 2 May 2020, the Afghan army found and defused an IED planted on a road in Nad Ali district, Helmand."
    incidents = _incidents(text, options, "2020-05-03")
    assert [(i.event_type, i.sub_event_type) for i in incidents] == [
        ("Strategic developments", "Disrupted weapons use")]


def test_heavy_machine_guns_stay_shelling(options):
    text = ("On 3 May 2020, pro-Houthi forces reportedly fired 14.5mm, 12.7mm and 7.62mm machine guns east of Salah "
            "Complex in the north of Hodeidah Red Sea port city (Al Hali, Al Hudaydah) with no report of "
            "fatalities.")
    (incident,) = _incidents(text, options, "2020-05-04")
    assert incident.event_type == "Explosions/Remote violence"


def test_a_street_block_is_no_protest(options):
    text = ("Police are investigating after a man was found dying on Diplomat Drive. Officers responded to the 3200 "
            "block of Diplomat Drive around 6:20 Thursday morning on a report of a man down and found him along the "
            "curb line. He was pronounced dead at the scene.")
    incidents = _incidents(text, options, "2016-01-08")
    assert incidents and all(i.event_type != "Protests" for i in incidents)


def test_a_blocked_road_is_still_a_protest(options):
    text = "On 2 May 2020, residents blocked the road in Chitungwiza, Harare, to protest against water shortages."
    incidents = _incidents(text, options, "2020-05-03")
    assert [i.event_type for i in incidents] == ["Protests"]
