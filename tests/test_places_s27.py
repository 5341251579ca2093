"""Places, session 27: a town told after the name of the hospital a victim is taken to ("taken to Lakeview Medical
Center in Oak Lawn") is the hospital's town, not the shooting's; a county named as the office that examines
the dead ("the Cook County coroner") is no place of the shooting where the story names its town;
a name before "Police Department" is the town whose police it is; a village the gazetteer lacks, told "near X" in a
note whose actor confines it to some provinces (the OSCE monitors' Donbas), is placed in those provinces; "X in
Province", where X is known only by names that resemble it, puts X in the province."""
from __future__ import annotations

import pytest
from test_places_s24 import _where

from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


@pytest.mark.parametrize("care", [
    "was taken to Lakeview Medical Center in Oak Lawn",
    "was pronounced dead at Lakeview Medical Center in Oak Lawn",
    "was rushed to a hospital in Oak Lawn",
])
def test_a_town_after_the_hospital_s_name_is_the_hospital_s(care, options):
    # Oak Lawn is the suburb whose trauma centre takes the wounded of Chicago's South Side
    sentence = f"A 17-year-old boy was shot in the back in the Roseland neighborhood and {care}, police said."
    text = f"Chicago police are looking for a gunman. {sentence}"
    assert _where(text, sentence, options) == ("Illinois", "Chicago")


def test_a_shooting_at_a_hospital_in_a_town_stays_there(options):
    # no word of care before the hospital: the act happened at the hospital, in its town
    sentence = "A security guard was shot outside Lakeview Medical Center in Oak Lawn on Friday, police said."
    assert _where(sentence, sentence, options) == ("Illinois", "Oak Lawn")


@pytest.mark.parametrize("office", ["Cook County medical examiner’s office", "Cook County Medical Examiner's Office",
                                    "Cook County coroner"])
def test_the_county_of_the_office_that_examines_the_dead_is_no_place_of_the_act(office, options):
    sentence = (f"A man was shot in the chest around 7 p.m., Chicago Police and the {office} said.")
    text = f"A man was killed in a shooting on Friday. {sentence}"
    assert _where(text, sentence, options) == ("Illinois", "Chicago")


def test_a_name_before_police_department_is_the_town(options):
    # Douglas, Georgia, whose name is also a given name: its police department tells the town
    sentence = ("Just before 11 p.m. Monday, patrolmen from the Douglas Police Department answered a call about a "
                "shooting.")
    text = f"{sentence} They found an 18-year-old man on the ground with a gunshot wound. He died at a hospital."
    assert _where(text, sentence, options, title="Teen shot to death; girl in custody - South Georgia News") == \
        ("Georgia", "Douglas")
    # ...only a name that opens the capitalised run: "Wayne" of "the Fort Wayne Police Department" (Wayne, Indiana
    # is a town too) takes no cue of its own
    sentence = ("Officers from the Fort Wayne Police Department went to the 2300 block of Lake Avenue early "
                "Monday after a caller said a man was lying in the road.")
    text = f"A man was found badly hurt on Lake Avenue and later died, police said. {sentence}"
    assert _where(text, sentence, options) == ("Indiana", "Fort Wayne")


def test_an_unknown_village_near_which_the_monitors_observed_is_in_their_provinces(options):
    from eventwire.geo.locate import locate_incident

    # a village name of my own making, in no gazetteer: before, nothing marked it as a place and the note was
    # placed at the country (no region) although its actor confines it to Donetsk and Luhansk oblasts
    note = "On 6 May 2020, OSCE SMM monitors recorded 9 explosions of an unknown type near Zorianivske."
    place, span = locate_incident(note, [(0, len(note))], options)
    assert (place.country, place.admin1, place.feature) == ("UA", "Donetsk", "admin1")
    assert span.text == "Zorianivske"
    # with no such actor a capitalised word after "near" ending the sentence is no place of its own
    text = "On 6 May 2020, a man was shot dead near Zorianivske."
    found = locate_incident(text, [(0, len(text))], options)
    assert found is None or found[0].admin1 is None


@pytest.mark.parametrize("where, admin1", [("Gharibah in Deir-ez-Zor", "Deir-ez-Zor"), ("Sahara in Aleppo", "Aleppo")])
def test_a_name_known_only_by_resemblance_lies_in_the_province_written_after_it(where, admin1, options):
    from eventwire.geo.locate import locate_incident

    # no place is spelled Gharibah (Guariba, Brazil and al Gharbiyah, Egypt resemble it) and no Syrian one Sahara
    # (Shaharah, Yemen): before, a Syrian place resembling the name was taken, in another province
    note = f"On 4 May 2020, an IED exploded in {where}, killing two SDF fighters."
    place, _ = locate_incident(note, [(0, len(note))], options)
    assert (place.country, place.admin1) == ("SY", admin1)
