"""A shooting's shell casings are no artillery (data/weapons.tsv, session 21: GVA 906, shell casings found after
a shooting, was coded Explosions / Shelling with weapon Explosives)."""
from __future__ import annotations

from eventwire import pipeline


def test_shell_casings_at_a_shooting_are_a_firearm():
    text = ("Gunfire erupted in Millvale late Sunday, and two people were wounded, officers reported. It happened at "
            "about 10:20 p.m. Detectives found several shell casings from the gunfire on the sidewalk.")
    coded = pipeline.code_text(text, "2015-06-22")
    assert coded.incidents
    for incident in coded.incidents:
        assert incident.weapon_types == ("Firearms",)
        assert incident.event_type == "Violence against civilians"


def test_a_shell_is_still_artillery():
    coded = pipeline.code_text("On 7 May 2020, government troops shelled Kansafra village in Idlib, and two "
                               "civilians were killed. An artillery shell struck a home.", "2020-05-08")
    assert [(i.event_type, i.weapon_types) for i in coded.incidents][:1] == [
        ("Explosions/Remote violence", ("Explosives",))]
