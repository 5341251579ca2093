"""Where a US local story happened, from the whole GVA file's place errors (session 19): a state's name that opens a
street's ("near Missouri and 9th avenues", "South Maryland Parkway", "Michigan Isle Road"), a postal abbreviation
that is a word ("on the way, OK?", "SHOOTER, IN ELMWOOD STANDOFF") and the state a person lives in ("Darnell Pike,
34, of Hickory, North Carolina") are not the story's state; a village named with its county ("Franklin County ...
outside Carnesville") and a town before a day's name ("outside of Blacksburg Friday") tell the county's state; the
places the text names outweigh a state only the title's outlet label gives ("- KXYZ News 9 Shreveport"); the first
of two crossing streets is no town ("near Thompson and Colorado avenues")."""
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
    "Deputies were called to a fight near Missouri and 9th avenues a little before 10 p.m., Lopez said.",
    "Gunfire broke out on West Harmon Avenue, a block east of South Maryland Parkway, Metro said.",
    "The call came at 2:51 a.m. from the 3100 block of Michigan Isle Road, north of Lantana Road.",
    "Two brothers died shortly before dawn Friday near Thompson and Colorado avenues.",
    'Operator: "Help is on the way, OK?" Caller: "OK, OK, please be quick."',
    "3 HURT, INCLUDING SHOOTER, IN ELMWOOD STANDOFF Shooter wounds 2 people, self in Harlan County",
    "Darnell Pike, 34, of Hickory, North Carolina, pleaded no contest Monday to second-degree assault.",
    "Police named the man as 27-year-old Rafael Ortega, of Tampa, Florida.",
    "She leaves behind her uncle, Pedro Ruiz, of Queens, N.Y.; two sisters and a cousin.",
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
    ("A Radford man is in serious condition after a gunshot Montgomery County deputies call an accident. The "
     "gun went off just outside of Blacksburg Friday morning shortly after nine near Prices Fork Road.",
     "Virginia"),
    # a village too small to vote alone, named with its county
    ("Franklin County deputies are looking into how a young man was shot dead at a cookout outside Carnesville late "
     "on Saturday.", "Georgia"),
])
def test_a_town_named_with_its_county_tells_the_state(text, state, options):
    assert implied_us_state(text, get_gazetteer(options)) == state


def test_the_text_s_places_outweigh_the_outlet_s_city_in_the_title(options):
    title = ("Hearing for man charged in fatal Gregg County bar shooting delayed - KXYZ News 9 Shreveport, Louisiana "
             "Weather and Traffic")
    text = ("The hearing for a man charged in a parking-lot killing has been moved back in Gregg County. Pruitt died "
            "in March outside a bar on Estes Parkway in Longview. Witnesses say 40 rounds were fired when a fight "
            "started between two groups from Kilgore and Longview.")
    gz = get_gazetteer(options)
    head = _headline(title, "mixed")
    state, _ = _story_state("US", text, f"{head}\n\n{text}", gz, "mixed")
    assert state is not None and state.admin1 == "Texas"


def test_a_state_s_name_as_a_street_leaves_the_city(options):
    text = ("Lopez was cleaning a rifle when it went off, Lt. Maria Chen of the Phoenix Police Department said. Chen "
            "said officers were sent to a home near Missouri and 7th avenues just before 11 p.m. and found Lopez hurt "
            "in the leg.")
    assert _place(text, options)[:2] == ("Phoenix", "Arizona")


def test_the_first_of_two_crossing_streets_is_no_town(options):
    text = ("Marco Reyes, 24, and Luis Pena, 42, died in the gunfire shortly before dawn Friday near Thompson and "
            "Colorado avenues.")
    found = _place(text, options)
    assert found is None or found[0] != "Thompson"


def test_a_surname_state_after_a_first_name_is_that_person_throughout():
    text = ("Jalen was hit in the leg, his aunt, Denise Washington, told reporters. \"We are all praying for him,\" "
            "Washington said. Washington said the doctors expect months of therapy.")
    assert _state_counts(text) == {}
    # a place's name is no person's: the state stays where the story names it alone
    assert _state_counts("The shooting happened in Mount Washington. Washington police said.") == {"Washington": 1}


def test_sentence_end_ends_a_city_run():
    """A period after a word of four letters or more ends a sentence, not a name ("in Nashville. It stands"):
    the city's name alone is a vote for its state, so a sidebar's state agency ("Virginia State Police") named twice
    no longer places a Nashville story in Virginia; "St. Louis" stays one name."""
    from eventwire.geo.focus import _CAPITALISED_RUN, article_us_state
    assert [r.group() for r in _CAPITALISED_RUN.finditer("stops in Nashville. It stands")] == ["Nashville", "It"]
    assert [r.group() for r in _CAPITALISED_RUN.finditer("a man shot in St. Louis on Monday")][0] == "St. Louis"
    text = ("Officials said Virginia State Police Sgt. Dale Hurley died of his wounds overnight.\n\n"
            "Officials said Virginia State Police Sgt. Dale Hurley died of his wounds overnight.\n\n"
            "Three people were hurt by gunfire at the transit center in downtown Nashville on Friday evening.\n\n"
            "The transit center is where every city bus line stops in Nashville. It stands on Charlotte Avenue near "
            "5th Avenue.")
    found = article_us_state(text, get_gazetteer())
    assert found is None or found[0] == "Tennessee"


def test_from_town_and_state_is_where_a_person_comes_from():
    """'from' and a town and its state on one line is where a person comes from or a thing was taken from, not the
    story's place: the big city named so votes for no state either ("had come to Pontiac from Memphis, Tennessee")."""
    from eventwire.geo.focus import article_us_state
    text = ("Gunfire from a passing car outside a vacant house on Saturday left a young man dead and two others hurt "
            "on Pontiac's north side.\n\nOakland County deputies named the man killed as Dorian Hale, "
            "20, who had come to Pontiac from Memphis, Tennessee.\n\nThe car had been reported stolen from "
            "Tallahassee, Florida on March 3rd.")
    assert _state_counts(text) == {}
    found = article_us_state(text, get_gazetteer())
    assert found is None or found[0] == "Michigan"
    # a line's end is no part of a town's name: "from Facebook." then a dateline's state stays the story's
    assert _state_counts("Photo from Facebook.\n\nANDERSON, SC (WQRS) - A man has died after a crash.") == {
        "South Carolina": 1}
