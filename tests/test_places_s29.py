"""Places, session 29: a name after "in" whose only namesakes lie in other states (session 28 read it as a town of
the story's state the gazetteer lacks) is no town where it is a compass name ("in Northeast", "the East End"), a car's
make ("inside the Honda") or a building's name whose head word comes after a day or a fourth word ("Gilpin Court
Tuesday", "the Bethel African Methodist Episcopal Church"); and where the story names the police of a city of its
state of 100,000 people, it is that city's quarter and shown by the city's name. A story the text places only in a
county ("the Barnes County Sheriff's Office said") is placed in the town its dateline names, where the gazetteer has
it in or near the county, or has no town of that name in the state (a town it lacks)."""
from __future__ import annotations

import pytest
from test_places_s24 import _where

from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_quarter_of_the_city_whose_police_the_story_names_is_that_city(options):
    # Church Hill is a Richmond quarter; the gazetteer's Church Hills lie in Maryland and Tennessee
    sentence = "Virginia officials said a man was shot Tuesday night in Church Hill."
    text = f"{sentence} Richmond police are looking for two suspects."
    assert _where(text, text, options) == ("Virginia", "Richmond")


@pytest.mark.parametrize("text, where", [
    ("RICHMOND, Va. - A woman was wounded on Tuesday night in the East End, police said.", ("Virginia", "Richmond")),
    ("Police in Virginia said a woman was wounded on Tuesday night in the East End.", ("Virginia", "Virginia")),
])
def test_a_compass_name_is_no_town(text, where, options):
    assert _where(text, text, options) == where


def test_a_compass_name_in_the_district_is_no_town(options):
    text = "A man was wounded late Friday in Northeast near a recreation center, D.C. police said."
    assert _where(text, text, options)[1] != "Northeast"


def test_a_car_s_make_is_no_town(options):
    text = "Police in Mississippi said two men sitting inside the Honda were wounded on Saturday night."
    assert _where(text, text, options) == ("Mississippi", "Mississippi")


@pytest.mark.parametrize("text, where", [
    # the day after the complex's name is no part of it: the head word "Court" is still read
    ("RICHMOND, Va. - Two men were wounded in Gilpin Court Tuesday evening, police said.", ("Virginia", "Richmond")),
    # a church's name of five words
    ("Three people were shot on Sunday at the Bethel African Methodist Episcopal Church, South Carolina police said.",
     ("South Carolina", "South Carolina")),
])
def test_a_building_s_head_word_after_a_day_or_a_fourth_word_is_still_read(text, where, options):
    assert _where(text, text, options) == where


@pytest.mark.parametrize("dateline, county, town", [
    # towns the gazetteer lacks in the county's state (its namesakes lie elsewhere)
    ("SANBORN, N.D.", "Barnes", "Sanborn"),
    ("PINETOWN, N.C.", "Beaufort", "Pinetown"),
    ("MANCHESTER, Ill.", "Scott", "Manchester"),
])
def test_the_dateline_s_town_of_a_story_placed_only_in_a_county(dateline, county, town, options):
    sentence = f"A man was wounded on Saturday while cleaning a rifle, the {county} County Sheriff's Office said."
    text = f"{dateline} - {sentence}"
    start = text.index(sentence)
    place = locate_incident(text, [(start, len(text))], options)[0]
    assert (place.name, place.admin2) == (town, county)



def test_the_dateline_s_town_the_gazetteer_lacks_in_the_story_s_state(options):
    # the text places the act only in its state; the dateline writes that state after a town the gazetteer lacks
    sentence = "A man was wounded on Saturday while cleaning a rifle, state officials said."
    text = f"LETCHER, S.D. - {sentence}"
    assert _where(text, sentence, options) == ("South Dakota", "Letcher")
