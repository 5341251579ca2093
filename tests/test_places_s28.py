"""Places, session 28: a place cue before a common word that opens a longer capitalised name points at that name
("in City Court", "at University of Tennessee Medical Center", "at Freedom Fest"), not at the town the common word
alone names elsewhere (City, Oklahoma; Freedom, Ohio; University, Florida), unless what follows is the town's
police, sheriff, fire service, mayor or council; an area word after a common word whose only namesake is a town
("in North County") names no such town either."""
from __future__ import annotations

import pytest
from test_places_s24 import _where

from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_court_s_name_after_in_is_no_town(options):
    sentence = "He was held for court Wednesday on all charges at a preliminary hearing in City Court."
    text = f"Allegheny County police said a man charged with killing a girl will stand trial. {sentence}"
    assert _where(text, sentence, options) == ("Pennsylvania", "Allegheny")


def test_a_university_hospital_is_no_town(options):
    sentence = "A teen is recovering at University of Tennessee Medical Center after he was shot in the leg."
    text = f"KNOXVILLE (WATE) - {sentence} Knoxville Police said the shooting happened early Sunday."
    assert _where(text, sentence, options) == ("Tennessee", "Knoxville")


def test_a_compass_word_before_county_is_no_town(options):
    # "North County" is the northern part of St. Louis County; North, Utah is no county
    sentence = "A child is expected to be okay after being accidentally shot in North County."
    text = f"Police in Florissant said a boy was shot in the foot late Sunday. {sentence}"
    assert _where(text, sentence, options) == ("Missouri", "Florissant")


@pytest.mark.parametrize("after", ["Police Department", "Police", "Fire Department"])
def test_a_common_word_town_before_its_police_stays(after, options):
    # Mobile, Alabama is a common word too: its police still name the town
    sentence = f"A man was shot and killed Sunday in Mobile, according to the Mobile {after}."
    assert _where(sentence, sentence, options) == ("Alabama", "Mobile")
