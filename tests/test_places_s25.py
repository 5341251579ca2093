"""Places, session 25: a town's name is spelled as written ("Paterson" is not Patterson, Louisiana, though the two
share a name key); a story placed no finer than its state is at its dateline's town of that state; a county that
only one state has outweighs the state of an outlet's label in the title."""
from __future__ import annotations

import pytest
from test_places_s24 import _where

from eventwire.geo.focus import implied_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.names import name_key, spelled_alike
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_names_differing_in_a_doubled_letter_are_other_names():
    assert name_key("Paterson") == name_key("Patterson")  # the key unifies them, for transliterations
    assert not spelled_alike("Paterson", "Patterson")
    assert spelled_alike("Winston-Salem", "WINSTON SALEM") and spelled_alike("Coeur d'Alene", "COEUR D'ALENE")


def test_a_namesake_spelled_otherwise_votes_for_no_state(options):
    # Patterson, Louisiana and St. Joseph, Louisiana are no reading of "Paterson" and "St. Joseph's": the one state
    # holding both names is New Jersey's Paterson's only by a key
    gz = get_gazetteer(options)
    text = ("PATERSON – A man was wounded Wednesday night in the 4th Ward. He is in stable condition at Saint "
            "Joseph's Regional Medical Center, police said.")
    assert implied_us_state(text, gz) != "Louisiana"


def test_a_big_city_s_dateline_is_not_its_namesake_spelled_otherwise(options):
    text = ("Police car (Photo: File photo)\n\nPATERSON – A 22-year-old city man who was wounded Wednesday night in "
            "the 4th Ward was arrested at a hospital, police said. He is in stable condition at Saint Joseph's "
            "Regional Medical Center.")
    sentence = ("PATERSON – A 22-year-old city man who was wounded Wednesday night in the 4th Ward was arrested at a "
                "hospital, police said.")
    assert _where(text, sentence, options) == ("New Jersey", "Paterson")


@pytest.mark.parametrize("text, sentence, title, where", [
    # the text and its title give only the state: the dateline's town of that state
    ("Photo: a police car.\n\nHAMILTON, Ohio — A teenager admitted to reckless homicide in the shooting death of a "
     "14-year-old boy in southwest Ohio.",
     "A teenager admitted to reckless homicide in the shooting death of a 14-year-old boy in southwest Ohio.",
     "Teen pleads guilty in Ohio boy's fatal shooting", ("Ohio", "Hamilton")),
])
def test_a_story_placed_in_its_state_is_at_its_dateline_s_town(text, sentence, title, where, options):
    assert _where(text, sentence, options, title=title) == where


def test_a_county_only_one_state_has_outweighs_an_outlet_s_label(options):
    # the title's outlet label names Columbus, Georgia; Rankin County is Mississippi's alone
    text = ("According to the Rankin County Sheriff's Department, a 14-month-old was shot by his 4-year-old brother. "
            "The sheriff said the parents will not be facing charges.")
    sentence = ("According to the Rankin County Sheriff's Department, a 14-month-old was shot by his 4-year-old "
                "brother.")
    admin1, _ = _where(text, sentence, options,
                       title="Baby recovering after shot by 4-year-old brother - WTVM.com-Columbus, GA News")
    assert admin1 == "Mississippi"


def test_a_month_s_abbreviation_before_a_day_is_no_place(options):
    # "on Nov. 2" after a place cue: a date, not Nov, Texas (nor an unknown village of the story's state)
    text = ("CLAYTON COUNTY, Ga. — Police say a teenager shot and killed a high school junior on Nov. 2 outside a "
            "home in Clayton County.")
    admin1, name = _where(text, text, options)
    assert admin1 == "Georgia" and name != "Nov"


def test_a_town_s_name_opening_an_abbreviated_street_s_is_the_street(options):
    # "a home on Early Amber Ct.": the court, not Early, Texas; the county the sentence names is the place
    text = ("A man was hospitalized after being accidentally shot in a southeast Brazos County neighborhood. The "
            "call came in around 3 p.m. Sunday at a home on Early Amber Ct., dispatchers said.")
    admin1, name = _where(text, "The call came in around 3 p.m. Sunday at a home on Early Amber Ct., dispatchers "
                          "said.", options)
    assert name != "Early"
