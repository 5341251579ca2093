"""Where a US local story happened, from the whole GVA file's place errors (session 19): a state's name that opens a
street's ("near Missouri and 16th avenues", "South Maryland Parkway", "Michigan Isle Road"), a postal abbreviation
that is a word ("out there, OK?", "GUNMAN, IN BELFAIR SHOOTING") and the state a person lives in ("Jacques Slade,
26, of Gastonia, North Carolina") are not the story's state; a village named with its county ("Madison County ...
outside Danielsville") and a town before a day's name ("outside of Christiansburg Tuesday") tell the county's
state; the places the text names outweigh a state only the title's outlet label gives ("- KSLA News 12
Shreveport"); the first of two crossing streets is no town ("near Thompson and Colorado avenues")."""
from __future__ import annotations

import pytest
from test_local_places import _place

from eventwire.geo.focus import _state_counts, implied_us_state
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.locate import _headline, _story_state
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


@pytest.mark.parametrize("text", [
    "Howard said officers responded to a shooting near Missouri and 16th avenues shortly after 8 p.m.",
    "The shooting occurred near East Twain Avenue and just west of South Maryland Parkway, according to Metro.",
    "It happened at 4:23 a.m. in the 7400 block of Michigan Isle Road, south of Hypoluxo Road.",
    "Two men were killed just after midnight Sunday near Thompson and Colorado avenues.",
    'Dispatcher: "We\'ll get them out there, OK?" Child: "OK, OK ... hurry please."',
    "5 DEAD, INCLUDING GUNMAN, IN BELFAIR SHOOTING Gunman kills 4 people, self in Mason County",
    "Jacques Slade, 26, of Gastonia, North Carolina, pleaded guilty Thursday to voluntary manslaughter.",
    "The victim was identified as 21-year-old Christian Merced, of Miami, Florida.",
    "He is survived by his grandmother, Luz Torres, of Brooklyn, N.Y.; many aunts and uncles.",
])
def test_no_state_of_the_story(text):
    assert _state_counts(text) == {}


@pytest.mark.parametrize("text, state", [
    ("A man was shot Sunday in Missouri, police said.", "Missouri"),
    ("The shooting happened in Gastonia, North Carolina, on Sunday.", "North Carolina"),
    ("A man was shot in Drummond Island, MI on Friday.", "Michigan"),
    ("TEXARKANA, TX Megan Rains said her son was shot.", "Texas"),
    ("He was shot in Pennsylvania Avenue's busiest block in Washington, D.C.", "District of Columbia"),
])
def test_the_state_still_counts(text, state):
    assert state in _state_counts(text)


@pytest.mark.parametrize("text, state", [
    # a town before a day's name
    ("A Covington woman is in critical condition following a shooting that Montgomery County deputies have ruled as "
     "accidental. It happened right outside of Christiansburg Tuesday evening just before six near Woodrow Road.",
     "Virginia"),
    # a village too small to vote alone, named with its county
    ("The Madison County Sheriff's Office is investigating the gunshot death of a teenager at a birthday party "
     "outside Danielsville Sunday night.", "Georgia"),
])
def test_a_town_named_with_its_county_tells_the_state(text, state, options):
    assert implied_us_state(text, get_gazetteer(options)) == state


def test_the_text_s_places_outweigh_the_outlet_s_city_in_the_title(options):
    title = ("Trial for suspect in deadly Smith County gang shootout rescheduled - KSLA News 12 Shreveport, Louisiana "
             "News Weather & Sports")
    text = ("The jury trial for a suspected truck stop shooter has been rescheduled in Smith County. Shears was killed "
            "last August outside a truck stop on Loop 323 in Tyler. Officers say 70 shots were fired when an argument "
            "broke out between gang members from Longview and Tyler.")
    gz = get_gazetteer(options)
    head = _headline(title, "mixed")
    state, _ = _story_state("US", text, f"{head}\n\n{text}", gz, "mixed")
    assert state is not None and state.admin1 == "Texas"


def test_a_state_s_name_as_a_street_leaves_the_city(options):
    text = ("Ramirez was handling a handgun when it discharged, according to Sgt. Jonathan Howard with the Phoenix "
            "Police Department. Howard said officers responded to a shooting near Missouri and 16th avenues shortly "
            "after 8 p.m. and found Ramirez suffering from a gunshot wound.")
    assert _place(text, options)[:2] == ("Phoenix", "Arizona")


def test_the_first_of_two_crossing_streets_is_no_town(options):
    text = ("Antonio Hernandez, 31, and Omero Garcia, 39, were killed in the shooting just after midnight Sunday near "
            "Thompson and Colorado avenues.")
    found = _place(text, options)
    assert found is None or found[0] != "Thompson"


def test_a_surname_state_after_a_first_name_is_that_person_throughout():
    text = ("Tavon was shot in the chest, said his mother, Mellanie Washington. \"My heart is real heavy right now,\" "
            "Washington said. Washington said doctors have told them the road to recovery will be a long one.")
    assert _state_counts(text) == {}
    # a place's name is no person's: the state stays where the story names it alone
    assert _state_counts("The shooting happened in Mount Washington. Washington police said.") == {"Washington": 1}


def test_sentence_end_ends_a_city_run():
    """A period after a word of four letters or more ends a sentence, not a name ("in Nashville. It is located"):
    the city's name alone is a vote for its state, so a sidebar's state agency ("Virginia State Police") named twice
    no longer places a Nashville story in Virginia; "St. Louis" stays one name."""
    from eventwire.geo.focus import _CAPITALISED_RUN, article_us_state
    assert [r.group() for r in _CAPITALISED_RUN.finditer("routes in Nashville. It is located")] == ["Nashville", "It"]
    assert [r.group() for r in _CAPITALISED_RUN.finditer("a man shot in St. Louis on Monday")][0] == "St. Louis"
    text = ("Police announced that Virginia State Police Trooper Chad Dermyer passed away from his injuries.\n\n"
            "Police announced that Virginia State Police Trooper Chad Dermyer passed away from his injuries.\n\n"
            "Four people were injured in a shooting at the bus station in downtown Nashville on Monday afternoon.\n\n"
            "The bus station is the main transfer hub for all bus routes in Nashville. It is located on Charlotte "
            "Avenue between 4th and 5th avenues.")
    found = article_us_state(text, get_gazetteer())
    assert found is None or found[0] == "Tennessee"


def test_from_town_and_state_is_where_a_person_comes_from():
    """'from' and a town and its state on one line is where a person comes from or a thing was taken from, not the
    story's place: the big city named so votes for no state either ("visiting Pontiac from Memphis, Tennessee")."""
    from eventwire.geo.focus import article_us_state
    text = ("A weekend drive-by shooting at an abandoned home left one teenager dead and three other people injured "
            "on Pontiac's west side.\n\nThe Oakland County Sheriff's Office identified the victim killed as Aniya "
            "Edwards, 19, who was visiting Pontiac from Memphis, Tennessee.\n\nThe vehicle had been reported stolen "
            "from Boca Raton, Florida on December 10th.")
    assert _state_counts(text) == {}
    found = article_us_state(text, get_gazetteer())
    assert found is None or found[0] == "Michigan"
    # a line's end is no part of a town's name: "from Facebook." then a dateline's state stays the story's
    assert _state_counts("Photo from Facebook.\n\nSPARTANBURG, SC (WSPA) - A teen girl has died.") == {
        "South Carolina": 1}
