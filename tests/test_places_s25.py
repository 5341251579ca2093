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
    text = ("PATERSON – A woman was hurt by gunfire late Saturday in the 2nd Ward. She is recovering at Saint "
            "Joseph's hospital, officers said.")
    assert implied_us_state(text, gz) != "Louisiana"


def test_a_big_city_s_dateline_is_not_its_namesake_spelled_otherwise(options):
    text = ("Squad car (Photo: Archive)\n\nPATERSON – A 27-year-old local man hurt by gunfire late Saturday in "
            "the 2nd Ward was taken into custody at a hospital, officers said. He is recovering at Saint Joseph's "
            "hospital.")
    sentence = ("PATERSON – A 27-year-old local man hurt by gunfire late Saturday in the 2nd Ward was taken into custody "
                "at a hospital, officers said.")
    assert _where(text, sentence, options) == ("New Jersey", "Paterson")


@pytest.mark.parametrize("text, sentence, title, where", [
    # the text and its title give only the state: the dateline's town of that state
    ("Photo: a squad car.\n\nHAMILTON, Ohio — A 17-year-old admitted to reckless homicide over the gunshot death of a "
     "13-year-old girl in southwest Ohio.",
     "A 17-year-old admitted to reckless homicide over the gunshot death of a 13-year-old girl in southwest Ohio.",
     "Teen admits guilt in Ohio girl's shooting death", ("Ohio", "Hamilton")),
])
def test_a_story_placed_in_its_state_is_at_its_dateline_s_town(text, sentence, title, where, options):
    assert _where(text, sentence, options, title=title) == where


def test_a_county_only_one_state_has_outweighs_an_outlet_s_label(options):
    # the title's outlet label names Columbus, Georgia; Rankin County is Mississippi's alone
    text = ("The Rankin County Sheriff's Department says a 20-month-old was shot by her 5-year-old sister. "
            "No charges are planned against the parents, the sheriff said.")
    sentence = ("The Rankin County Sheriff's Department says a 20-month-old was shot by her 5-year-old "
                "sister.")
    admin1, _ = _where(text, sentence, options,
                       title="Toddler hurt after sister, 5, fires gun - WTVM.com-Columbus, GA News")
    assert admin1 == "Mississippi"


def test_a_month_s_abbreviation_before_a_day_is_no_place(options):
    # "on Nov. 2" after a place cue: a date, not Nov, Texas (nor an unknown village of the story's state)
    text = ("CLAYTON COUNTY, Ga. — Police say a teenager shot and killed a high school junior on Nov. 2 outside a "
            "home in Clayton County.")
    admin1, name = _where(text, text, options)
    assert admin1 == "Georgia" and name != "Nov"


def test_a_town_s_name_opening_an_abbreviated_street_s_is_the_street(options):
    # "a home on Early Dawn Ct.": the court, not Early, Texas; the county the sentence names is the place
    text = ("A woman went to a hospital after a gun went off by accident in a north Brazos County subdivision. "
            "Deputies were called near 5 p.m. Tuesday to a house on Early Dawn Ct., a spokesman said.")
    admin1, name = _where(text, "Deputies were called near 5 p.m. Tuesday to a house on Early Dawn Ct., a spokesman "
                          "said.", options)
    assert name != "Early"
