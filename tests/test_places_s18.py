"""Where a US local story happened, from the whole GVA file's place errors (session 18): a page that names no country
is placed by the big city its address names; a town's own police names its state ("Denton police", "The Twin Falls
Police Department"); a day after a city's name ("Charlotte Friday") leaves the city's name whole; a city's part
("Austin" of a Chicago story, "Washington Heights"), a newspaper ("The Washington Post") and a person ("Dakota
Washington, 16") are no other state."""
from __future__ import annotations

import pytest
from test_local_places import _place

from eventwire.geo.focus import _state_counts, article_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_page_that_names_no_country_is_in_its_address_s_city(options):
    # a sign-up box coded from its headline: the address names the city, the text no country and no police
    text = ("Atlanta News: 3 hurt in southwest\n\nOne Last Step... A confirmation message is on its way to your "
            "inbox. Open it and follow the link inside to finish setting up your account.")
    url = "http://web.archive.org/web/20150101000000/http://www.ajc.com/news/news/3-hurt-in-southwest-atlanta/xYzAb/"
    assert _place(text, options, url=url)[1:] == ("Georgia", "US")


@pytest.mark.parametrize("text, admin1", [
    # a town's own police, in lower case after its name, or after "The"
    ("Roundup. From 7 a.m. Sunday to 7 a.m. Monday, officers responded to 578 calls. Denton police posted 16 "
     "reports online. A man shot himself in the leg with a stolen gun, police said.", "Texas"),
    ("A man shot in the back outside a bar on Friday night has died of his injuries. The Twin Falls Police "
     "Department named him as 31-year-old Carlos Vega.", "Idaho"),
    # a day's name after the city's is no part of its name
    ("Officers detained a 19-year-old in east Charlotte Friday in connection with gunfire that killed one man and "
     "hurt two others.", "North Carolina"),
    # a part of the city the story names is no other state's city (Austin, Texas)
    ("Austin Shooting Leaves 3 Teens Hurt, Police Say. Three teenagers were hurt Saturday evening in Austin when a "
     "gunman fired at them from a car, said Officer Luis Romero, a Chicago Police spokesman.", "Illinois"),
    # nor a state (Washington)
    ("A 15-year-old girl was hurt by a gun she was handling Tuesday evening in the Washington Heights area of the "
     "Far South Side, Chicago police said.", "Illinois"),
])
def test_the_story_s_state(text, admin1, options):
    assert article_us_state(text, get_gazetteer(options))[0] == admin1
    assert _place(text, options)[1:] == (admin1, "US")


def test_a_person_named_with_an_age_is_no_state(options):
    text = ("Deputies found Dakota Washington, 19, of Hesperia, with a gunshot wound to the stomach. Washington "
            "was taken to a hospital, where she died.")
    assert _state_counts(text) == {}
    assert _place(text, options)[1] != "Washington"


@pytest.mark.parametrize("text", [
    "A recent Washington Post report said that children are shot every other day.",
    "The boy was shot on Sunday, the New York Daily News reported.",
])
def test_a_newspaper_is_no_state(text):
    assert _state_counts(text) == {}


_CHICAGO_PAGE = "http://web.archive.org/web/20160924105420/http://abc7chicago.com:80/news/{}/1476048/"


def test_a_town_of_many_states_leans_to_the_address_s_state(options):
    # Riverdale, Illinois (a suburb of Chicago), not Riverdale, California: the story names no state
    text = ("A 2-year-old girl is in the hospital after another child shot her by accident in the shoulder in "
            "south suburban Riverdale, police said.")
    url = _CHICAGO_PAGE.format("girl-2-shot-by-another-child-in-riverdale")
    assert _place(text, options, url=url)[1:] == ("Illinois", "US")


def test_a_namesake_far_from_the_address_s_city_is_not_the_place(options):
    # "Dan" of the headline's "Dan Ryan" (an expressway) is no Dan, North Carolina, on a Chicago page
    title = "2 dead, 9 hurt in shooting and crash near Dan Ryan"
    text = ("Two people died and nine were hurt when a car was caught in gang gunfire on the South Side of the "
            "city, police said. It happened where 63rd Street meets La Salle at about 3 a.m. Saturday, police said.")
    url = _CHICAGO_PAGE.format("2-dead-9-hurt-in-shooting-and-crash-near-dan-ryan")
    assert _place(text, options, url=url, title=title)[1:] == ("Illinois", "US")
