"""US local news places: a dateline's town in the dateline's state, a part of a city reported as the city, the
headline's state over a big city's namesake, "Washington" in a D.C. story, and a country named as a container."""
from __future__ import annotations

import pytest
from seedutil import gva_text

from eventwire.geo.focus import _state_counts
from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _place(text, options, focus=None, **kw):
    found = locate_incident(text, focus or [(0, len(text))], options, **kw)
    return None if found is None else (found[0].name, found[0].admin1, found[0].admin2)


def test_a_dateline_town_is_the_one_of_the_dateline_s_state(options):
    """'GRAHAM, N.C. --' when the sentences name no place: Graham, North Carolina, not the bigger Graham,
    Washington (GVA line 460)."""
    text = ("The video player needs JavaScript turned on\n\nGRAHAM, N.C. -- An afternoon of games in a front yard "
            "ended Sunday when something struck 9-year-old Keisha Moore in the arm.\n\nMedics found a stray "
            "bullet had hit her.")
    focus = [(text.index("Medics"), len(text))]
    assert _place(text, options, focus)[:2] == ("Graham", "North Carolina")


@pytest.mark.parametrize("text, city, county", [
    ("Two men were shot Sunday night in South Shore, police said. Chicago police have made no arrests.",
     "Chicago", "Cook"),
    ("A man was shot in Rogers Park early Tuesday. The victim was taken to a hospital in Chicago.", "Chicago", "Cook"),
    ("A man was shot and killed in Grays Ferry on Saturday, Philadelphia police said.", "Philadelphia",
     "Philadelphia"),
    # the nearest big city filed under a county: Brooklyn, not New York City
    ("A man was shot in Williamsburg late Friday, New York police said.", "Brooklyn", "Kings"),
])
def test_a_part_of_a_city_is_reported_as_the_city(text, city, county, options):
    assert _place(text, options)[::2] == (city, county)


def test_a_town_with_no_county_far_from_a_big_city_stays_itself(options):
    text = "A man was shot and wounded in Warren, Michigan, on Sunday, police said."
    assert _place(text, options)[:2] == ("Warren", "Michigan")


def test_the_headline_s_state_beats_a_big_city_s_namesake(options):
    """The text says only 'Columbus' (Ohio's big city); the outlet's title says 'Columbus, GA' (GVA 1139)."""
    text = ("A 4-year-old was shot in the foot by accident by his 6-year-old sister on Wynnton Road, Columbus "
            "police said. The boy was rushed to a hospital in Columbus.")
    title = "Boy, 4, shot in foot by sister, 6 - WXYZ.com-Columbus, GA Local News and Weather"
    assert _place(text, options, title=title)[:2] == ("Columbus", "Georgia")
    assert _place(text, options)[:2] == ("Columbus", "Ohio")


def test_washington_in_a_story_that_names_dc_is_the_capital():
    text = ("The shooting happened in Southeast Washington, D.C. police said. Washington police are looking for "
            "the gun. Neighbors in Washington said they heard a shot.")
    assert _state_counts(text) == {"District of Columbia": 3}
    assert _state_counts("He moved to Seattle, Washington, last year.") == {"Washington": 1}


def test_the_country_named_as_a_container_is_no_province(options):
    """'Reynosa, Mexico' names the country, not Mexico State (web page 032): Reynosa stays in Tamaulipas."""
    text = ("In a crime out of a horror film, a 19-year-old woman from Reynosa, Mexico drew a pregnant neighbor to "
            "her house and killed her to take the child she carried.")
    assert _place(text, options)[:2] == ("Reynosa", "Tamaulipas")


def test_a_state_abbreviation_after_a_town_makes_georgia_the_state(options):
    """'DOUGLAS, Ga. (AP)': Georgia the state (GVA 1130), not the country, nor Douglas, Isle of Man."""
    text = gva_text(1130, 'DOUGLAS, Ga. (AP) --', 'their home near Douglas.')
    focus = [(text.index("The Georgia"), len(text))]
    place = locate_incident(text, focus, options)[0]
    assert (place.country, place.admin1) == ("US", "Georgia")


def test_places_named_together_beat_a_big_city_s_fame(options):
    """'Fresno' and 'Fort Bend County' lie together only in Texas: not Fresno, California (GVA 1002)."""
    text = ("A 16-year-old was shot dead at a backyard gathering in Fresno late Saturday, Fort Bend County deputies "
            "said. They found the boy beside the pool.")
    assert _place(text, options, title="Boy, 16, shot dead at gathering in Fresno")[:2] == ("Fresno", "Texas")
    # a state the story writes stays
    text = "A man was shot in Fresno, California, on Sunday. Fort Bend County deputies were not involved."
    assert _place(text, options)[:2] == ("Fresno", "California")


def test_a_county_is_reported_as_the_town_of_it_the_story_names(options):
    """Placed only in 'Navarro County' (Texas), the story's own town of that county is the place (GVA line 40)."""
    text = ("A man was shot and killed Saturday on a county road in Navarro County, Texas, deputies said. The man "
            "was taken to a hospital in Corsicana, where he died.")
    focus = [(0, text.index(" The man"))]
    assert _place(text, options, focus) == ("Corsicana", "Texas", "Navarro")


def test_a_state_s_name_is_the_state_where_the_story_names_a_town_of_it(options):
    """'a drive-by shooting in New York ... a basketball game in Rochester': Rochester, not New York City (GVA
    1133); with only a part of the city named, New York stays the city's name."""
    text = ("Both people shot dead in a drive-by in New York have been named. Kendra Mills, 18, was one of the two "
            "killed when a man fired into a crowd walking out of a concert in Rochester.")
    assert _place(text, options)[:2] == ("Rochester", "New York")
    text = "Two men were shot in New York on Sunday. One lived in Brooklyn, police said."
    place = locate_incident(text, [(0, text.index(" One"))], options)[0]
    assert (place.name, place.feature, place.geo_precision) == ("New York", "populated place", 1)


def test_a_town_with_no_county_near_a_big_city_beyond_its_parts_stays_itself(options):
    """Chester, Pennsylvania (filed under no county, 20 km from Philadelphia) is no part of Philadelphia (GVA 165)."""
    text = "A man was shot and killed in Chester on Tuesday night, police said."
    assert _place(text, options, title="Man killed in Chester shooting - Delaware County Daily Times")[:2] == (
        "Chester", "Pennsylvania")


def test_a_short_offset_is_named_as_its_town_at_the_offset_point(options):
    """'6 miles north of Shelton': GVA records the town (line 1029), the point stays the offset; a far offset keeps
    its words as the name."""
    text = ("Mason County deputies went to a house in the 400 block of West Road of Tralee 5 miles north of "
            "Shelton, Washington, around 9 p.m. after a neighbor phoned 911.")
    found = locate_incident(text, [(0, len(text))], options)
    assert found is not None
    place = found[0]
    assert (place.name, place.admin1, place.feature) == ("Shelton", "Washington", "offset")
    assert place.latitude > 47.22  # north of the town (47.215)
    far = "A car bomb exploded at a checkpoint 60 kilometers north of Baghdad, Iraq, killing four soldiers."
    assert locate_incident(far, [(0, len(far))], options)[0].name == "60 kilometers north of Baghdad"


@pytest.mark.parametrize("title, text, city, county", [
    # Chicago's Austin, not Austin, Texas (GVA lines 1057, 1124)
    ("2 Men, Woman Hurt in Austin Block Party Shooting, Police Say",
     "Three people were hurt when shots rang out at a block party in Austin, police say.\n\nCHICAGO — Three people "
     "were wounded when shots rang out at a block party in Austin, police say.\n\nAround 1 a.m. Saturday, two men "
     "and a woman were at a gathering in the 4800 block of West Madison Street when a fight broke out, said Officer "
     "Dana Ruiz, a Chicago Police spokeswoman.", "Chicago", "Cook"),
    # Brooklyn's Red Hook, not the village in Dutchess County (GVA lines 1071, 1073)
    ("Man charged in Red Hook shooting 'feared for his life', lawyer says",
     "Two men face attempted murder charges over a drive-by Thursday at the Red Hook Houses that left three badly "
     "hurt, a lawyer said when his client was arraigned in Brooklyn Criminal Court.",
     "Brooklyn", "Kings"),
])
def test_a_part_of_a_big_city_named_in_the_story_is_that_city(options, title, text, city, county):
    assert _place(text, options, title=title)[::2] == (city, county)


def test_a_part_s_namesake_stays_where_the_story_names_its_state(options):
    """The city named in passing does not move Austin, Texas told as such."""
    text = "A man was shot in Austin, Texas, on Sunday. He had moved there from Chicago last year."
    assert _place(text, options)[:2] == ("Austin", "Texas")
