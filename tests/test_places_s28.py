"""Places, session 28: a place cue before a common word that opens a longer capitalised name points at that name
("in City Court", "at University of Kentucky Hospital", "at Freedom Fest"), not at the town the common word
alone names elsewhere (City, Oklahoma; Freedom, Ohio; University, Florida), unless what follows is the town's
police, sheriff, fire service, mayor or council; an area word after a common word whose only namesake is a town
("in North County") names no such town either. A state's name before "native" is a person's origin ("said Ohio
native Dana Whitfield"), and before "neighborhood" a quarter of the story's city ("in the California neighborhood"
of Louisville), neither the story's state."""
from __future__ import annotations

import pytest
from test_places_s24 import _where

from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_court_s_name_after_in_is_no_town(options):
    sentence = "A judge sent the case to trial on Tuesday after a brief hearing in City Court."
    text = f"Allegheny County police said a man charged with killing a girl will stand trial. {sentence}"
    assert _where(text, sentence, options) == ("Pennsylvania", "Allegheny")


def test_a_university_hospital_is_no_town(options):
    sentence = "A man of 23 was listed in fair condition at University of Kentucky Hospital on Friday."
    text = f"LEXINGTON, Ky. - {sentence} Lexington Police said he was shot late Thursday."
    assert _where(text, sentence, options) == ("Kentucky", "Lexington")


def test_a_compass_word_before_county_is_no_town(options):
    # "North County" is the northern part of St. Louis County; North, Utah is no county
    sentence = "A toddler was accidentally shot in the hand on Saturday in North County."
    text = f"Police in Florissant said a boy was shot in the foot late Sunday. {sentence}"
    assert _where(text, sentence, options) == ("Missouri", "Florissant")


@pytest.mark.parametrize("after", ["Police Department", "Police", "Fire Department"])
def test_a_common_word_town_before_its_police_stays(after, options):
    # Mobile, Alabama is a common word too: its police still name the town
    sentence = f"A man was shot and killed Sunday in Mobile, according to the Mobile {after}."
    assert _where(sentence, sentence, options) == ("Alabama", "Mobile")


def test_a_state_before_native_is_a_person_s_origin(options):
    sentence = "Three people were shot on the Lower East Side early Sunday, police said."
    text = f'{sentence} "We keep the doors locked now," said Ohio native Dana Whitfield, who lives in Manhattan.'
    assert _where(text, sentence, options)[0] == "New York"


def test_a_state_s_name_before_neighborhood_is_a_quarter(options):
    sentence = "Gunfire from a passing car in the California neighborhood hurt a child late Friday, officers said."
    text = f"{sentence} Louisville Metro Police said the boy, 6, was struck by a stray round and should recover."
    assert _where(text, sentence, options) == ("Kentucky", "Louisville")


def test_a_town_after_in_whose_namesakes_lie_in_other_states_is_a_town_of_the_story_s_state(options):
    # Fountain, Florida is too small for the gazetteer, which knows a Fountain in Colorado and one in Indiana
    sentence = "An 8-year-old boy was fatally shot by his cousin in Fountain, Fla., on Tuesday."
    assert _where(sentence, sentence, options) == ("Florida", "Fountain")


@pytest.mark.parametrize("sentence", [
    "A man was shot and killed Sunday night in Fountain Plaza, the Florida Highway Patrol said.",
    "Deputies in Florida said a man was shot and killed Sunday night in the Fountain apartments.",
])
def test_a_building_named_after_a_town_of_another_state_is_no_town(sentence, options):
    # a phrase whose head is a building's or grounds' word is no town of the story's state the gazetteer lacks
    assert _where(sentence, sentence, options) == ("Florida", "Florida")
