"""Places, session 23: how common a word is, read from the word as written, not from its name key (which folds
letters: "More" and "Moore" share one), decides whether it votes for a US state; a page from a US local outlet is
US news unless the text says otherwise, and the page's address places what the text and title leave in a state."""
from __future__ import annotations

import pytest

from eventwire.geo.focus import implied_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def test_a_common_word_is_no_county_though_its_key_is_a_county_s(options):
    # "More" and "Moore" (a county of Texas, Tennessee, North Carolina), "Mills" and "Randall" (counties of Texas):
    # words and surnames, no votes; the two towns of New York the story names place it
    text = ("LAKE PLACID - A woman was hurt by a gunshot Tuesday that village police think was an accident. Police "
            "Chief Dana Moore said officers went to a house on Mill Street. Moore said a child had fired the "
            "gun. Mayor Craig Randall said the family is shaken. \"It is a tragedy,\" Randall said. The woman was "
            "taken to a hospital in Saranac Lake. Mills said she was stable. More information will be released "
            "Wednesday.")
    assert implied_us_state(text, get_gazetteer(options)) == "New York"


@pytest.mark.parametrize("text, url, state", [
    # a car ("the Honda", "a Tahoe") is no town of Colombia or Niger on a Jackson or a Birmingham station's page
    ("Two men in the Honda died, and four other people were hurt when some 40 shots were fired at a sports bar "
     "on Friday, police said.",
     "http://www.msnewsnow.com/story/20000001/two-killed-in-honda-at-sports-bar", "Mississippi"),
    ("Three people suffered injuries in a shooting at Tom Bradford Park on Friday. Witnesses said the gunman "
     "drove off in a black Tahoe.", "http://www.wbrc.com/story/34812345/3-injured-in-shooting-at-park", None),
])
def test_a_local_outlet_s_story_is_us_news(text, url, state, options):
    place, _ = locate_incident(text, [(0, len(text))], options, url=url)
    assert place.country == "US" and state in (None, place.admin1)


def test_a_story_the_text_places_abroad_stays_abroad_on_a_local_outlet_s_page(options):
    text = ("KABUL, Afghanistan (AP) - A suicide bomber killed 12 people at a market in Kabul on Tuesday, "
            "Afghan officials said.")
    place, _ = locate_incident(text, [(0, len(text))], options, url="http://www.wbrc.com/story/1/kabul-bombing")
    assert place.country == "AF"


def test_a_state_named_once_in_passing_yields_to_the_places_the_story_names(options):
    # the state named once, outside a dateline, for where a gun was stolen: Masury, Brookfield and Trumbull County
    # lie together in Ohio
    text = ("A 14-year-old boy was shot Thursday in an apartment in Masury, police said. Brookfield Police Chief "
            "Dan Faustino said the boy was taken to a hospital. The gun was listed as stolen in Sharon, "
            "Pennsylvania in 1998. The suspect is in the Trumbull County jail.")
    place, _ = locate_incident(text, [(0, text.index(". ") + 1)], options)
    assert (place.country, place.admin1) == ("US", "Ohio")


def test_a_state_a_dateline_names_stays(options):
    # (the towns it names, Ypsilanti and Kalamazoo, lie in Michigan: where the boy was treated and his family lives)
    text = ("KIDRON, Ohio - A 16-year-old boy was hit by a stray bullet while mowing a hay field on Sunday. The boy was "
            "flown to a hospital in Ypsilanti. His family lives in Kalamazoo.")
    place, _ = locate_incident(text, [(0, text.index(". ") + 1)], options)
    assert (place.country, place.admin1) == ("US", "Ohio")


@pytest.mark.parametrize("text, title, url, state, city", [
    # the headline's town leans to the state of the page's outlet, as the text's towns do: Pasadena, California,
    # not the bigger Pasadena, Texas, on a Los Angeles station's page
    ("Friends gathered for an 88-year-old man who was killed Sunday in a triple shooting at his house, police said.",
     "Neighbors Grieve for Man Killed in Pasadena",
     "http://www.nbclosangeles.com/news/local/Neighbors-Grieve-for-Man-Killed-in-Pasadena-123456789.html",
     "California", "Pasadena"),
    # a story its title places in a state only: the city of that state its page's address names, not the state
    ("Three people were shot late Saturday, officers said. All are expected to survive.",
     "3 shot in southwest Georgia neighborhood",
     "http://www.ajc.com/news/news/3-shot-in-southwest-atlanta/xYzAb/", "Georgia", "Atlanta"),
])
def test_the_page_s_address_places_what_the_text_does_not(text, title, url, state, city, options):
    place, _ = locate_incident(text, [(0, len(text))], options, title=title, url=url)
    assert (place.country, place.admin1, place.name) == ("US", state, city)
