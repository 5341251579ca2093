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
    text = ("Atlanta News: 4 shot in northwest\n\nJust One More Thing... We have sent you a verification email. "
            "Please check your email and click on the link to activate your profile.")
    url = "http://web.archive.org/web/20151108002914/http://www.ajc.com/news/news/4-shot-in-northwest-atlanta/ngttW/"
    assert _place(text, options, url=url)[1:] == ("Georgia", "US")


@pytest.mark.parametrize("text, admin1", [
    # a town's own police, in lower case after its name, or after "The"
    ("Roundup. From 7 a.m. Sunday to 7 a.m. Monday, officers responded to 578 calls. Denton police posted 16 "
     "reports online. A man shot himself in the leg with a stolen gun, police said.", "Texas"),
    ("A woman who was shot in the head in an apartment on Thursday night died from the wound. The Twin Falls "
     "Police Department identified the woman as 20-year-old Maria Lopez.", "Idaho"),
    # a day's name after the city's is no part of its name
    ("Police arrested a 23-year-old man in north Charlotte Friday for suspected involvement in a drive-by shooting "
     "that left one dead and three injured.", "North Carolina"),
    # a part of the city the story names is no other state's city (Austin, Texas)
    ("Austin Shooting Wounds 4 Boys, Police Say. Four boys were wounded Monday night in Austin when a man walked "
     "up and shot at them, according to Officer Jose Estrada, a Chicago Police spokesman.", "Illinois"),
    # nor a state (Washington)
    ("A 17-year-old boy accidentally shot himself Thursday afternoon in the Washington Heights neighborhood on the "
     "Far South Side, Chicago police said.", "Illinois"),
])
def test_the_story_s_state(text, admin1, options):
    assert article_us_state(text, get_gazetteer(options))[0] == admin1
    assert _place(text, options)[1:] == (admin1, "US")


def test_a_person_named_with_an_age_is_no_state(options):
    text = ("Authorities arrived to discover Dakota Washington, 16, of Victorville, with a gunshot wound to her chest. "
            "Washington was rushed to a local hospital, where she was pronounced dead.")
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
    text = ("A 1-year-old boy remains hospitalized after he was accidentally shot in the head by another child in "
            "south suburban Riverdale, police said.")
    url = _CHICAGO_PAGE.format("police-baby-accidentally-shot-by-child-in-riverdale")
    assert _place(text, options, url=url)[1:] == ("Illinois", "US")


def test_a_namesake_far_from_the_address_s_city_is_not_the_place(options):
    # "Dan" of the headline's "Dan Ryan" (an expressway) is no Dan, North Carolina, on a Chicago page
    title = "1 killed, 11 injured after shooting, rollover crash near Dan Ryan"
    text = ("At least one person is dead and 11 others injured after a SUV got caught in gang-related crossfire in "
            "the city's South Side, police said. The incident happened at the intersection of 57th Street and La "
            "Salle around 2 a.m. Sunday, police said.")
    url = _CHICAGO_PAGE.format("1-killed-11-injured-after-shooting-rollover-crash-near-dan-ryan")
    assert _place(text, options, url=url, title=title)[1:] == ("Illinois", "US")
