"""Where a US local story happened, from the whole GVA file's place errors (session 20): a Title-Case headline's small
words ("Struck By Gunshots In Dallas") are read in lower case, so that "in" cues the town as in running text; a word
that says what kind of place a name is ("City police", "City Court") is no big city's name (Oklahoma City's, Del
City's); a compass word before a big city's name is that city's part where no town so named lies in its state ("in
north Baltimore", not North Baltimore, Ohio); a given name before a rare surname ("Austin Balcarcel") makes the same
word alone ("Austin pulled the trigger") that person, no vote for Texas; Kansas City, 3.1 times the size of its
Kansas namesake, is Missouri's unless its state is written after it ("Kansas City, Kan."), and a state written after
a big city's name ("Columbus, Ga.") says which of its namesakes the story means."""
from __future__ import annotations

import pytest
from seedutil import gva_text
from test_local_places import _place

from eventwire.geo.focus import article_us_state, implied_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import _headline, locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


@pytest.mark.parametrize("title, head", [
    ("Eight-Year-Old Hit By Gunfire In Dallas", "Eight-Year-Old Hit by Gunfire in Dallas"),
    ("Two People Shot Outside Gas Station In New Castle", "Two People Shot outside Gas Station in New Castle"),
    # its first word, and one opening a part after a colon, stay as written
    ("In Dallas, Man Shot At Home", "In Dallas, Man Shot at Home"),
    ("Police: In Dallas, Man Shot", "Police: In Dallas, Man Shot"),
    # an abbreviation in capitals is no small word ("IN": Indiana)
    ("Two Hurt In Shooting At Gary, IN Home", "Two Hurt in Shooting at Gary, IN Home"),
    # a headline in sentence case is as written
    ("Man shot In Dallas at night", "Man shot In Dallas at night"),
])
def test_a_title_case_headline_reads_its_small_words_in_lower_case(title, head):
    assert _headline(title, "mixed") == head


# GVA 3503, 5315: pages whose text is a sidebar or empty, coded from their Title-Case headline
@pytest.mark.parametrize("title, name, admin1", [
    ("Eight-Year-Old Hit By Gunfire In Dallas", "Dallas", "Texas"),
    ("Two People Shot Outside Gas Station In New Castle", "New Castle", "Pennsylvania"),
])
def test_a_title_case_headline_places_a_story_its_text_does_not(title, name, admin1, options):
    text = ("Top Lakes For A Quiet Summer Weekend. Our picks of the calmest shores around.\n\n"
            "How To Pack A Carry-On Bag. Some advice on fitting a week into one small suitcase.")
    assert locate_incident(text, [(0, len(text))], options) is None
    found = locate_incident(text, [(0, len(text))], options, title=title)
    assert found is not None and (found[0].name, found[0].admin1) == (name, admin1)


def test_city_before_police_is_no_city_of_its_own(options):
    gz = get_gazetteer(options)
    # GVA 1263 (its own words): "City police" was a vote for Oklahoma, and with Madison's for Wisconsin left Indiana
    # short of two thirds of the votes
    muncie = gva_text(1263, until='carrying a .25-caliber handgun.')
    assert article_us_state(muncie, gz) == ("Indiana", "Muncie")
    assert _place(muncie, options)[1:] == ("Indiana", "US")


@pytest.mark.parametrize("text", [
    "City police were sent at about 4:50 p.m. to the 1700 block of Ashland Avenue in Baltimore.",
    "City police officers were outside the apartments in Greenwood when the shots were fired, Greenwood police said.",
])
def test_city_police_votes_for_no_state(text, options):
    state = article_us_state(text, get_gazetteer(options))
    assert state is None or state[0] != "Oklahoma"


# GVA 3321: the headline's "Shot In North Baltimore", read as "in North Baltimore", named the Ohio village
def test_a_compass_word_before_a_big_city_is_its_part_not_another_states_town(options):
    gz = get_gazetteer(options)
    whole = ("Police: Man, 2 Teens Shot in North Baltimore\n\nBALTIMORE (AP) — A 30-year-old man and two teenage "
             "girls were hurt in a shooting in north Baltimore, police say. Officers went to Greenmount Avenue.")
    assert implied_us_state(whole, gz) != "Ohio"
    # a town of that name in the big city's own state votes for it as before (West Sacramento, California)
    assert implied_us_state("West Sacramento man named as suspect in Rancho Cordova police shooting",
                            gz) == "California"


def test_a_given_name_alone_is_that_person_not_a_big_city(options):
    gz = get_gazetteer(options)
    # GVA 4057 (its own words): "Austin" five times, a person, outvoted the dateline's "Va."
    sandston = gva_text(4057, 'HENRICO COUNTY, Va.', 'ended in his death.')
    found = article_us_state(sandston, gz)
    assert found is None or found[0] != "Texas"
    assert _place(sandston, options)[1] == "Virginia"


@pytest.mark.parametrize("text, state", [
    # a big city's name before a common word is the city's team or hospital, not a person: it votes as before
    ("Police said the Dallas Cowboys fan was shot outside a bar. Dallas police are investigating.", "Texas"),
    ("The victim was taken to Houston Methodist. Houston police said he was shot twice.", "Texas"),
])
def test_a_big_city_before_a_common_word_still_votes(text, state, options):
    assert article_us_state(text, get_gazetteer(options))[0] == state


@pytest.mark.parametrize("text, state", [
    ("Kansas City police said the man was shot near 51st Street and Prospect Avenue.", "Missouri"),
    ("A man was shot in Kansas City, Mo., early Sunday. Kansas City police are investigating.", "Missouri"),
    # the state written after the city tells which Kansas City
    ("A teenager was shot and killed in Kansas City, Kan., on Friday, police said.", "Kansas"),
    ("A teenager was shot and killed in Kansas City, KS on Friday, police said.", "Kansas"),
    # ... and which Columbus: Georgia's, not Ohio's big city
    ("COLUMBUS, Ga. -- A 17-year-old was shot at an apartment complex on Friday, Columbus police said.", "Georgia"),
    ("A man was shot in Columbus on Friday, police said.", "Ohio"),
])
def test_a_big_city_is_the_state_written_after_it_or_the_bigger_namesakes(text, state, options):
    assert article_us_state(text, get_gazetteer(options))[0] == state


def test_a_page_address_naming_kansas_city_places_the_story_in_missouri(options):
    text = "Police say a man was shot and killed at a birthday party on Sunday night. No arrests have been made."
    found = locate_incident(text, [(0, len(text))], options,
                            url="http://www.kansascity.com/news/local/crime/article39553845.html")
    assert found is not None and found[0].admin1 == "Missouri"
