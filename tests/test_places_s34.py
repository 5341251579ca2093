"""Places, session 34. A name written as a quarter of a city ("the Elmwood neighborhood", "the Fairmount section")
whose namesake in the gazetteer lies in another state, far off, or is the city itself by another name, is placed at
the big city the story names or whose outlet published it (geo.locate._big_city_of_quarter); a town whose own
police the story names, or writes as a town elsewhere ("in Elmwood"), stays a town. A body-part word after a word
of a wound and "in" is where a person was hit, no place (a Title Case headline "Shot In Arm"). A town written after
a saint's hospital ("flown to St. Agnes Medical Center in Fresno") is where the victim is treated, as for any other
hospital's name. A name after a city street and "near" ("on Oak Street near Beaumont") is the cross street, not a
town."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _where(text: str, options: Options, *, first: bool = False, title: str | None = None,
           url: str | None = None) -> tuple[str | None, str | None, str | None] | None:
    """(country, admin1, name) of an incident told in `text` (its first paragraph alone where `first`)."""
    end = text.find("\n") if first and "\n" in text else len(text)
    found = locate_incident(text, [(0, end)], options, title=title, url=url)
    return None if found is None else (found[0].country, found[0].admin1, found[0].name)


def test_a_quarter_named_like_a_far_town_is_the_named_citys(options):
    # Russell is also a small town of eastern Kentucky, some 250 km from Louisville
    text = "Two men were wounded late Tuesday in the Russell neighborhood, Louisville Metro Police said."
    assert _where(text, options) == ("US", "Kentucky", "Louisville")


def test_a_quarter_the_gazetteer_gives_as_the_citys_other_name(options):
    # GeoNames lists Franklinton among Columbus's own names: the quarter is coded as the city, by its name
    text = "COLUMBUS, Ohio — A man in his twenties was shot on Sunday afternoon in the Franklinton neighborhood."
    assert _where(text, options) == ("US", "Ohio", "Columbus")


def test_a_section_named_like_a_county_is_the_named_citys(options):
    # Juniata is a county of central Pennsylvania too
    text = "A man was shot in the leg outside a corner store in the Juniata section of Philadelphia early Friday."
    assert _where(text, options) == ("US", "Pennsylvania", "Philadelphia")


def test_a_quarter_of_the_outlets_city_when_the_story_names_none(options):
    # the text names no city; East Side is a census place of Tennessee; the page is a Chicago paper's
    text = "A boy of 9 was struck by a stray bullet on Saturday night while playing outside in the East Side neighborhood."
    assert _where(text, options, title="Boy, 9, wounded on Far South Side",
                  url="http://chicago.suntimes.com/news/boy-9-wounded/") == ("US", "Illinois", "Chicago")


def test_a_town_whose_own_police_the_story_names_stays_a_town(options):
    # a guard on the rule above: the outlet is an Oklahoma City station's, but Nicoma Park has its own police
    text = ("A teenager was wounded Saturday in his quiet Nicoma Park neighborhood. Nicoma Park police said the boy "
            "was in stable condition.")
    assert _where(text, options, first=True, title="Nicoma Park boy hurt",
                  url="http://www.news9.com/story/1/boy-hurt") == ("US", "Oklahoma", "Nicoma Park")


def test_a_body_part_after_shot_in_is_no_place(options):
    # "Arm" was read as the short name of a Philippine region
    found = _where("A teenager was shot in the arm during an argument on Friday, police said.", options,
                   title="Teen Shot In Arm During Argument")
    assert found is None or found[0] != "PH"


@pytest.mark.parametrize("text, town", [
    ("A teen was shot in Kent on Friday and flown to St. Anthony Medical Center in Gig Harbor.", "Kent"),
    ("A man shot in Pasco on Friday was taken to St. Mary Medical Center in Walla Walla, deputies said.", "Pasco"),
])
def test_a_saints_hospital_town_is_not_the_scene(text, town, options):
    assert _where(text, options) == ("US", "Washington", town)


@pytest.mark.parametrize("text, town", [
    ("A man was stabbed Saturday night on Oak Street near Beaumont, Dallas police said.", "Dallas"),
    ("A man was shot Saturday on Gratiot Avenue near Lansing, Detroit police said.", "Detroit"),
])
def test_a_cross_street_after_a_street_is_no_town(text, town, options):
    # a city street's cross street, written without its ending, named like a town of the same state
    assert _where(text, options)[2] == town


def test_a_town_near_a_street_with_its_state_after_it_stays(options):
    # a guard on the rule above: "near Jasper, Texas" is the town
    assert _where("A man was shot on Main Street near Jasper, Texas, on Sunday.", options) == ("US", "Texas", "Jasper")
