"""Where a US local story happened when the text says little: a common word, a letter, a speaker or a city's quarter
is no foreign town; a town of the story's county is its place; a town's own police names the
story's state, a victim's home state does not; the page's address places a story that names no state."""
from __future__ import annotations

import pytest
from test_local_places import _place

from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


@pytest.mark.parametrize("text, foreign", [
    # a city's quarter the gazetteer does not know as a whole: its last word alone is no town (Side, Turkey)
    ("A woman was found shot to death late Tuesday in an apartment on the Southwest Side.", "TR"),
    # a common word in a headline's Title Case is no name (Mud, Iran)
    ("Boy Tripped in Mud, Gun Went Off and Hit Cousin in Back: Sheriff\n\nThe hurt boy at first blamed a "
     "stranger, deputies said.", "IR"),
    # a lone name after a speech verb is who spoke (Bass, France)
    ("\"It looks like he shot the woman and the boy before turning the gun on himself,\" said Bass. \"It's a "
     "tragedy.\"", "FR"),
    # a capital letter alone is no place (A, South Africa)
    ("Photo 3 of 12 A woman was found shot to death late Tuesday in an apartment.", "ZA"),
])
def test_a_word_is_no_foreign_town(text, foreign, options):
    found = _place(text, options)
    assert found is None or found[2] != foreign


def test_a_headline_s_common_word_leaves_the_story_s_city(options):
    text = ("Joliet Boy Tripped in Mud, Gun Went Off and Hit Cousin in Back: Police\n\n"
            "A Joliet boy shot his cousin in the back after tripping in the mud while carrying a gun, police "
            "said.")
    assert _place(text, options)[1:] == ("Illinois", "US")


@pytest.mark.parametrize("text, admin1", [
    # a town's own police names the story's state ("Bridgeport Police Chief"), not a state named in passing
    ("Police have arrested two men after a shooting that killed one person and hurt six more. "
     "\"No argument is worth a gun,\" said Bridgeport Police Chief Dana Russo. Prosecutors "
     "said one man's record includes burglary and assault charges out of Georgia. \"I thank "
     "the Bridgeport Police Department and its detectives,\" the mayor said.", "Connecticut"),
    # a victim's home state ("25, of Illinois") is not the story's
    ("A 23-year-old Des Moines man was shot dead early Saturday outside a bar. Police "
     "named the victims as Carla Jennings, 27, of Illinois; Devon Price, 22, of Des Moines. "
     "Polk County detectives are still working the case.", "Iowa"),
])
def test_the_story_s_state(text, admin1, options):
    assert _place(text, options)[1:] == (admin1, "US")


@pytest.mark.parametrize("url, name, admin1", [
    # the page's address names the city in its path, or in its outlet's name
    ("http://web.archive.org/web/20160926131121/http://www.reviewjournal.com:80/news/las-vegas/police-officer-fired",
     "Las Vegas", "Nevada"),
    ("http://www.chicagotribune.com/news/local/breaking/ct-teens-charged-in-shooting-death", "Chicago", "Illinois"),
    ("http://patch.com/illinois/channahon-minooka/joliet-boy-tripped-in-mud", "Joliet", "Illinois"),
])
def test_a_story_that_names_no_state_is_where_its_address_says(url, name, admin1, options):
    text = ("A 7-year-old was hurt Friday when a gun went off by accident on the north side. Officers said the "
            "child shot himself in the hand.")
    assert _place(text, options) is None
    assert _place(text, options, url=url)[:2] == (name, admin1)


def test_an_address_does_not_move_a_story_abroad(options):
    text = "Three soldiers died when insurgents stormed a checkpoint in Helmand province, officials said."
    url = "http://www.example.com/news/las-vegas/world/gunmen-attack-checkpoint"
    assert _place(text, options, url=url)[2] == "AF"


def test_a_part_of_a_big_city_names_its_state(options):
    text = ("Metro Atlanta and north Georgia's source for breaking news. A 6-year-old boy was shot during a block "
            "party on Saturday, police said.")
    assert _place(text, options)[1:] == ("Georgia", "US")


def test_the_county_s_town_the_story_names_is_the_place(options):
    # a town's name that is a word elsewhere ("franklin") is still the town of the county the story names
    text = ("FRANKLIN, Ind. (AP) - Johnson County officials think the gunman expected to die. Near "
            "9:45 Tuesday night, Franklin Police say he carried a pistol to a home on Willow Creek Lane.")
    assert _place(text, options) == ("Franklin", "Indiana", "US")


def test_a_town_named_with_its_county_is_in_the_one_state_that_has_both(options):
    # no state named: Franklin and Johnson County are each in a dozen states, together in Indiana only
    text = ("Johnson County officials think the gunman expected to die. Near 9:45 Tuesday night, "
            "Franklin Police say he carried a pistol to a home on Willow Creek Lane and shot a man.")
    assert _place(text, options)[1:] == ("Indiana", "US")


def test_a_county_in_many_states_is_the_one_with_the_big_town(options):
    # Harris County is in Texas and Georgia; Houston's is the one a story names with no state
    text = "Deputies said a woman was fatally shot late Friday in unincorporated Harris County."
    assert _place(text, options)[1:] == ("Texas", "US")


def test_the_driver_reads_the_page_address():
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    text = ("A 7-year-old was hurt Friday when a gun went off by accident on the north side. Officers said the "
            "child shot himself in the hand.")
    url = "http://www.chicagotribune.com/news/local/breaking/ct-child-shot-north-side"
    (coded,) = list(code_articles([Article(id="c", text=text, url=url, published="2016-03-14")]))
    (incident,) = coded.incidents
    assert (incident.location, incident.admin1) == ("Chicago", "Illinois")
