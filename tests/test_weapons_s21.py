"""A shooting's shell casings are no artillery (data/weapons.tsv, session 21: GVA 906, "multiple shell casings from
the shooting", was coded Explosions / Shelling with weapon Explosives)."""
from __future__ import annotations

from eventwire import pipeline


def test_shell_casings_at_a_shooting_are_a_firearm():
    text = ("Shots rang out in Wilkinsburg overnight, and two people were wounded, police said. The shooting took place "
            "around 11:45 p.m. Sunday. There were multiple shell casings from the shooting on the ground.")
    coded = pipeline.code_text(text, "2015-06-22")
    assert coded.incidents
    for incident in coded.incidents:
        assert incident.weapon_types == ("Firearms",)
        assert incident.event_type == "Violence against civilians"


def test_a_shell_is_still_artillery():
    coded = pipeline.code_text("On 3 May 2020, regime forces shelled the village of Kansafra in Idlib, killing two "
                               "civilians. An artillery shell hit a house.", "2020-05-04")
    assert [(i.event_type, i.weapon_types) for i in coded.incidents][:1] == [
        ("Explosions/Remote violence", ("Explosives",))]
