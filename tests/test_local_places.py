"""Where a US local story's incident happened: the place named in the sentence, however the sentence words it
("in southwest Atlanta Tuesday afternoon"), and the headline's place when the text names none."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _place(text, options, **kw):
    found = locate_incident(text, [(0, len(text))], options, **kw)
    return None if found is None else (found[0].name, found[0].admin1, found[0].country)


@pytest.mark.parametrize("text, name, admin1", [
    # a weekday after the name tells when; it is no part of a longer name "Atlanta Tuesday"
    ("Four people were shot in Atlanta Tuesday.", "Atlanta", "Georgia"),
    # a part of the city between the cue and its name: the cue is still the city's
    ("His friend was shot in southwest Atlanta Tuesday afternoon.", "Atlanta", "Georgia"),
    ("Officers arrested a 15-year-old on a murder charge after his cousin was shot in southwest Columbus Tuesday.",
     "Columbus", "Ohio"),
])
def test_a_city_named_with_a_part_or_a_weekday_is_the_place(text, name, admin1, options):
    assert _place(text, options)[:2] == (name, admin1)


@pytest.mark.parametrize("text, name, admin1", [
    # a compass word written with the city's name is a part of the city, never a town of its own (West, Texas)
    ("Police said a man was shot in West Baltimore on Friday. He died.", "Baltimore", "Maryland"),
    ("A man was shot and killed in Southwest Detroit on Friday, police said.", "Detroit", "Michigan"),
    # a whole name the gazetteer knows stays that place
    ("A man was shot in North Charleston on Friday.", "North Charleston", "South Carolina"),
    ("A man was shot in East Orange on Friday.", "East Orange", "New Jersey"),
])
def test_a_compass_word_before_a_city_is_a_part_of_it(text, name, admin1, options):
    assert _place(text, options)[:2] == (name, admin1)


@pytest.mark.parametrize("text, name, admin1", [
    # a name with a place word before "apartments" is a housing complex's, no village of that name (Happy, Texas)
    ("Houston officers said the boy was in his unit at the Happy Village apartments late Sunday when gunfire hit him.",
     "Houston", "Texas"),
    ("A man was shot at the Sunset Park Apartments in Fayetteville, North Carolina.", "Fayetteville",
     "North Carolina"),
    # a city's name before a building's noun is still the city
    ("A man was shot at a Dallas apartment complex on Monday.", "Dallas", "Texas"),
])
def test_a_building_s_name_is_no_place(text, name, admin1, options):
    assert _place(text, options)[:2] == (name, admin1)


@pytest.mark.parametrize("text, gone, kept", [
    # a car's model and make are no places (Mustang, Oklahoma; Dodge City)
    ("Detectives said Harlan took his Ford Mustang a few miles to a barn near Franklin.", "Mustang",
     "Franklin"),
    ("The man fled in a Dodge Charger after the shooting in Lincoln.", "Dodge", "Lincoln"),
    # a sentence's "The" before a county's name makes no place called "The Greene" (Vermont)
    ("The Greene County Sheriff's Office has charged the uncle of a boy shot in Snow Hill.", "The Greene",
     "Greene County"),
])
def test_cars_and_a_sentence_s_the_are_no_places(text, gone, kept, options):
    from eventwire.geo.gazetteer import get_gazetteer
    from eventwire.geo.locate import _Context
    from eventwire.geo.mentions import find_mentions

    found = [m.text for m in find_mentions(text, 0, len(text), _Context(get_gazetteer(options), text, "mixed", "US"))]
    assert gone not in found and kept in found, found


@pytest.mark.parametrize("text", [
    "Three people were hurt late Saturday when shots came from a car in the Parkway neighborhood of south Sacramento.",
    "Three people were hurt by shots from a passing car in the Parkway neighborhood of Sacramento.",
])
def test_a_town_written_as_a_city_s_neighbourhood_is_the_city(text, options):
    """Parkway is a census place beside Sacramento; the story writes it as a quarter of the city: GVA's city."""
    found = locate_incident(text, [(0, len(text))], options)
    assert (found[0].name, found[0].admin1, found[1].text) == ("Sacramento", "California", "Sacramento")


def test_a_state_s_name_in_a_street_s_is_no_state(options):
    """'North Vermont Avenue' of a Los Angeles story names no state: Hollywood stays in California, reported as
    the city it is a part of (data/city_parts.tsv)."""
    from eventwire.geo.focus import _state_counts

    assert _state_counts("at Pennsylvania Ave. and Vermont Avenue near Texas Street") == {}
    assert _state_counts("a man from Vermont was shot on Ohio Street") == {"Vermont": 1}
    # a person's surname is no state; a sentence's first word or a region before it leaves it the state's
    assert _state_counts("The girl, later named as Keyana Washington, was shot.") == {}
    # a city named after a state lies in whichever state its own name says
    assert _state_counts("A man was shot in Kansas City and taken to a hospital in Michigan City.") == {}
    assert _state_counts("In Washington the toll rose. Eastern Washington, too.") == {"Washington": 2}
    text = ("Dorrance Ray Pike, 41, was shot dead Saturday, May 17, on North Vermont Avenue near a bus stop in "
            "East Hollywood, Los Angeles County coroner's records show.")
    assert _place(text, options)[:2] == ("Los Angeles", "California")


@pytest.mark.parametrize("text", [
    # a person's name ("Virginia Dawson-Taylor") and a neighbourhood's ("Mount Washington") are no state
    "A man was shot inside a home in McKeesport on Sunday, Allegheny County police said. \"He was a good man,\" "
    "said Virginia Dawson-Taylor, a neighbour.",
    "A man was shot inside a home on Grandview Avenue in Mount Washington on Sunday, Allegheny County police said. "
    "He was driven to a McKeesport hospital.",
])
def test_a_state_named_once_inside_a_longer_name_yields_to_the_places_named(text, options):
    assert _place(text, options)[1] == "Pennsylvania"


def test_the_headline_places_a_story_whose_text_names_no_place(options):
    """The text says only 'in an apartment complex' and names a complex after a New York town; the page's title
    (the outlet's city, 'Memphis, Tennessee') says where."""
    text = ("(KMX) - Five people were wounded by gunfire at an apartment complex late Wednesday. It happened about "
            "8:15 p.m. at the Corning Village Apartments.")
    title = "Five hurt in apartment complex gunfire - KMX News 4 - Memphis, Tennessee"
    assert _place(text, options, title=title) == ("Memphis", "Tennessee", "US")
    # the headline's own city, its page date line left out
    text = "Two people were shot dead and a third was hurt late Friday."
    title = "Man shot dead in east Macon Posted: Saturday, March 8, 2014 9:05 AM EST"
    assert _place(text, options, title=title)[:2] == ("Macon", "Georgia")


def test_the_text_s_own_city_beats_the_outlet_s(options):
    """An Atlanta story on a Memphis station's page: the outlet's city in the title does not move it."""
    text = ("Two people remained in the hospital Thursday, healing from Wednesday's shooting across the street from "
            "Carver High School in Atlanta. Atlanta police said the teen was held without bond.")
    title = "Two still hospitalized as teen accused of shooting goes to court - KMX News 4 - Memphis, Tennessee"
    assert _place(text, options, title=title)[:2] == ("Atlanta", "Georgia")


def test_a_title_never_overrides_a_place_the_sentence_names(options):
    text = "A man was shot and killed Friday night outside a store in Gary, Indiana, police said."
    assert _place(text, options, title="Shooting - KMX News 4 - Memphis, Tennessee")[:2] == ("Gary", "Indiana")


def test_a_person_in_the_title_does_not_move_the_story_abroad(options):
    """'Melissa' (a town in Texas, here a woman) in the title of a Trinidad story: the title may settle a country the
    text leaves open only when it names one firmly; the text's place stands."""
    text = ("A 42-year-old woman of Ixora Street, Mosquito Creek Road, Debe will go before the San Fernando "
            "Magistrates' Court this morning, charged with killing her father.")
    alone = _place(text, options)
    assert alone is not None and alone[2] == "TT"
    assert _place(text, options, title="Melissa accused of killing her dad") == alone


def test_suburban_is_near_the_city_not_in_it(options):
    """'a complex in suburban Detroit' under a DEARBORN HEIGHTS dateline: the suburb, not Detroit."""
    text = ("DEARBORN HEIGHTS, Mich. (AP) — Officials said a courthouse guard shot dead a man who waved a knife at a "
            "building holding a police station and courts in suburban Detroit.")
    assert _place(text, options)[1] == "Michigan"
    assert _place(text, options)[0].lower() == "dearborn heights"


def test_a_place_written_in_capitals_in_mixed_case_text_is_shown_as_a_name(options):
    """A wire dateline in the body ("SAN DIEGO (CNS) -") names the city; analysts read "San Diego"."""
    text = "SAN DIEGO (CNS) - A man was shot and killed in a mobile home park on Friday night, police said."
    assert _place(text, options)[:2] == ("San Diego", "California")


@pytest.mark.parametrize("surface, shown", [
    ("LAS VEGAS", "Las Vegas"), ("EL PASO", "El Paso"), ("ciudad de mexico", "Ciudad de Mexico"),
    ("al-tarmiyah", "al-Tarmiyah"), ("GRAND JUNCTION", "Grand Junction"),
])
def test_a_name_without_its_case_is_written_as_a_name(surface, shown):
    """A connector opens a name with a capital ("Las Vegas", not "las Vegas"); an article joined by a hyphen stays."""
    from eventwire.geo.locate import _title

    assert _title(surface) == shown
