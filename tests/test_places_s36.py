"""Places, session 36. In a US story a town told as where a person lives ("a Gary man", "Ana Ruiz, 31, of Gary",
"Tre Ames of Gary", "a woman from Gary") is not where the act was when the sentence or a later sentence of the
incident puts the act in another town of the state ("in Hammond"); alone, it is still the place. A title-holder's
town ("Police Chief Ann Ruiz of Gary") is no residence. A town opening a hospital's name after "surgery" is the
hospital's, as after the other words of care. The town the resident's yields to is one a place cue puts the act in, not a
street ("on"), a building ("at ... Apartments") or the town the story's dateline names."""
from __future__ import annotations

import pytest
from test_places_s35 import _where

from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_an_aged_resident_yields_to_the_town_a_later_sentence_names(options):
    text = ("Marcus Dale Penn, 27, of Valparaiso, died after he was shot outside a tavern late Saturday, Indiana "
            "State Police said. The gunfire broke out in Portage near closing time.")
    assert _where(text, options) == ("US", "Indiana", "Portage")


def test_a_named_resident_yields_to_the_town_a_later_sentence_names(options):
    text = ("Tyrell Vance of Valparaiso was wounded by a stray bullet on Friday evening, Indiana State Police said. "
            "Officers say the shots were fired at a gas station in Portage.")
    assert _where(text, options) == ("US", "Indiana", "Portage")


def test_a_town_told_as_a_man_s_home_yields_within_its_sentence(options):
    text = "Police in Indiana said a 19-year-old from Valparaiso was hit twice outside a Portage diner on Sunday."
    assert _where(text, options) == ("US", "Indiana", "Portage")


def test_a_town_before_man_yields_to_a_later_sentence(options):
    text = "A Valparaiso man was hit twice on Sunday, Indiana State Police said. The shots were fired in Portage."
    assert _where(text, options) == ("US", "Indiana", "Portage")


def test_a_resident_town_alone_is_still_the_place(options):
    text = ("Rita Bell, 44, of Valparaiso, died after she was shot on Friday, Indiana State Police said. "
            "Nobody has been arrested.")
    assert _where(text, options) == ("US", "Indiana", "Valparaiso")


def test_a_town_opening_a_hospital_s_name_after_surgery_is_not_the_scene(options):
    text = ("A boy, 15, was in surgery at an Atlanta hospital on Saturday after a rifle went off by accident while "
            "he was hunting in Oconee County, Georgia.")
    found = _where(text, options)
    assert found is not None and found[1] == "Georgia" and found[2] != "Atlanta"


def test_a_home_town_of_another_state_does_not_replace_the_place_of_the_act(options):
    text = ("A boy, 15, died in a hunting accident on Saturday. The sheriff said the shot was fired at a deer stand "
            "near Rolling Fork, Mississippi. Dwayne Abel Foss, of Franklinton, Louisiana, died after his uncle's "
            "rifle went off, the coroner said.")
    assert _where(text, options) == ("US", "Mississippi", "Rolling Fork")


def test_a_common_word_with_its_state_after_it_is_the_town(options):
    text = "Hope, Ark., officers said a man was shot dead inside a tire shop on Tuesday afternoon."
    assert _where(text, options) == ("US", "Arkansas", "Hope")


def test_a_state_abbreviation_after_a_town_is_no_town_of_its_own(options):
    # a town the gazetteer lacks: its state, not Ark, Arkansas
    found = _where("Bexwood, Ark., officers said a man was shot dead inside a tire shop on Tuesday.", options)
    assert found is not None and found[1] == "Arkansas" and found[2] != "Ark"


def test_a_resident_town_does_not_yield_to_a_town_s_area(options):
    text = ("A Valparaiso boy, 7, was hurt when a pistol went off on Monday, Indiana police said. It was the second "
            "such shooting in the Portage area this week.")
    assert _where(text, options) == ("US", "Indiana", "Valparaiso")


def test_a_resident_s_town_does_not_yield_to_a_street_named_after_a_town(options):
    # "on" before a name tells a street ("a house on Portage"), not the town the act was in
    text = ("A Valparaiso man was hit twice on Sunday, Indiana State Police said. The shots were fired at a house "
            "on Portage near the rail yard.")
    assert _where(text, options) == ("US", "Indiana", "Valparaiso")


def test_a_resident_s_town_does_not_yield_to_a_building_named_after_a_town(options):
    text = ("A Valparaiso man was hit twice on Sunday, Indiana State Police said. The shots rang out at Portage "
            "Ridge Apartments.")
    assert _where(text, options) == ("US", "Indiana", "Valparaiso")


def test_the_dateline_s_town_is_no_mere_residence(options):
    # the story is filed from the people's own town: another town named in a focus sentence is not the scene
    text = ("VALPARAISO, Ind. — A Valparaiso woman was wounded by a stray bullet on Monday, police said. "
            "Detectives were called to a clinic in Portage to speak with her.")
    first = text.index("A Valparaiso")
    second = text.index("Detectives")
    found = locate_incident(text, [(first, second - 1), (second, len(text))], options)
    assert found is not None and (found[0].admin1, found[0].name) == ("Indiana", "Valparaiso")
