"""Places, session 26: a county named in the possessive ("Prince George's County") is the county of that whole
name, not a namesake without the possessive; a name before a middle initial and a surname ("Orlando J. Collins") is
a person's, and so is a lone name after a speech verb ('said Durham.'); a place's name that is itself a street's
last word after a capitalised word ("Algonquin Parkway") is the street's; "Ft.", "Mt." and "Pt." open a name
("Ft. Lauderdale"); the gazetteer names the admin1 of cities whose GeoNames code no exact point join
named (Tbilisi, Chernivtsi)."""
from __future__ import annotations

import pytest
from test_places_s24 import _where

from eventwire.geo.focus import article_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


@pytest.mark.parametrize("county", ["Prince George’s County", "Prince George's County"])
def test_a_county_named_in_the_possessive_is_that_county(county, options):
    # Prince George, Virginia (a county and a town) is no reading of Maryland's Prince George's County
    sentence = f"A man was shot and killed at a dice game in {county} late Tuesday, police said."
    text = f"{sentence} Two other men were wounded."
    assert _where(text, sentence, options)[0] == "Maryland"


def test_a_name_before_a_middle_initial_is_a_person_s(options):
    # Orlando, Florida's big city, is the suspect's first name; the motel is in Topeka
    text = ("Officers found a man dead in a Topeka hotel room after a gunfight late Friday. Two U.S. marshals were "
            "wounded as they tried to detain 31-year-old Orlando R. Mendez.")
    gz = get_gazetteer(options)
    assert article_us_state(text, gz) is None or article_us_state(text, gz)[0] != "Florida"
    sentence = "Two U.S. marshals were wounded as they tried to detain 31-year-old Orlando R. Mendez."
    assert _where(text, sentence, options) == ("Kansas", "Topeka")


def test_a_place_named_like_a_street_s_last_word_is_the_street(options):
    # Parkway is a census place in California; "Algonquin Parkway" is a street of the story's city
    text = ("A 6-year-old boy shot in an apartment on Algonquin Parkway has died, police said. The gunfire was "
            "reported at about 8:40 p.m. in the 2100 block of Algonquin Parkway.")
    sentence = "A 6-year-old boy shot in an apartment on Algonquin Parkway has died, police said."
    found = _where(text, sentence, options)
    assert found[1] != "Parkway" and found[0] != "California"


def test_a_lone_name_after_a_speech_verb_is_the_speaker(options):
    # Durham is the police chief who spoke, no vote for North Carolina's city
    text = ('Two teens were shot early Thursday in Richmond, police said. "Anyone who saw something should call us," '
            'said Durham.')
    found = article_us_state(text, get_gazetteer(options))
    assert found is None or found[0] != "North Carolina"


@pytest.mark.parametrize("name, where", [
    ("Ft. Lauderdale", ("Florida", "Ft. Lauderdale")),
    ("Mt. Vernon", ("New York", "Mt. Vernon")),
    ("Ft. Wayne", ("Indiana", "Ft. Wayne")),
])
def test_an_abbreviated_first_word_is_part_of_the_name(name, where, options):
    # "Ft." and "Mt." read as Fort and Mount: not Lauderdale County nor a Vernon of some state
    sentence = f"A man was shot in {name} late Tuesday, police said."
    assert _where(sentence, sentence, options) == where


@pytest.mark.parametrize("name,country,admin1", [("Tbilisi", "GE", "Tbilisi"), ("Chernivtsi", "UA", "Chernivtsi"),
                                                 ("Yerevan", "AM", "Yerevan")])
def test_a_city_whose_admin1_code_no_point_join_named_has_its_admin1(name, country, admin1, options):
    # the 500+ list's point for these cities drifted from the 1000+ list's, so no exact join named their codes
    # and ACLED's protests in Tbilisi had no region; the nearest 1000+ places name them now (build.NEAR_VOTE_KM)
    town = next(p for p in get_gazetteer(options).lookup(name, country) if p.feature == "populated place")
    assert town.admin1 == admin1


@pytest.mark.parametrize("name,country,admin1", [("Callao", "PE", "Callao"), ("Almaty", "KZ", "Almaty City")])
def test_a_city_that_is_an_area_of_its_own_is_filed_under_it(name, country, admin1, options):
    # GeoNames' lists file Peru's port under Lima and Almaty under the oblast around it (data/admin1_parts.tsv)
    town = next(p for p in get_gazetteer(options).lookup(name, country) if p.feature == "populated place")
    assert town.admin1 == admin1
