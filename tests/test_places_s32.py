"""Places, session 32: a word of a person's name is no place (issue 20 item 3). A surname after a title ("Sheriff
Dale Chandler"), a full name with a middle initial or a "Jr." before an age ("Owen T. Hart, 31.", "Ray Lynch, Jr.,
44,"), a given name in a list of ages ("Mia, 8; Trinity, 6;") is that person's wherever the story names it alone;
the second of two streets that cross ("at 54th and Trinity", "near Ninth and Trinity streets") is a street's. A
place named as a part of a town ("in the Hermitage area", "the Jamaica Plain neighborhood") is the town the story
names that holds it (geo.locate._city_of_quarter)."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import _aged_names, locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _last(text: str, options: Options) -> tuple[str | None, str | None]:
    """(state, town) of an incident told in the last paragraph of `text` only."""
    start = text.rindex("\n") + 1
    found = locate_incident(text, [(start, len(text))], options)
    assert found is not None
    return found[0].admin1, found[0].name


@pytest.mark.parametrize("text, not_town", [
    # a sheriff named with his title (NER reads no person in a run holding a county's name), then alone
    ("Deputies said a farmhand was wounded on Tuesday, according to Marion County Sheriff Paul Chandler.\n\n"
     "Chandler said the farmhand was hit by a stray round.", "Chandler"),
    # "Jr." between a name and its age
    ("Police found Ray Lynch, Jr., 44, and a boy wounded in a townhouse on Sunday.\n\nMedics pronounced Lynch dead "
     "at the scene.", "Lynch"),
    # a child's given name in a list of ages
    ("A gunman killed a family of five in Houston, Texas, police said: Dora, 34; Mia, 8; Trinity, 6; and Leo, 4."
     "\n\nTrinity, 6; was found in a bedroom.", "Trinity"),
])
def test_a_word_of_a_persons_name_is_no_town(text, not_town, options):
    state, town = _last(text, options)
    assert town != not_town


def test_a_middle_initial_and_a_stop_after_the_age_still_make_a_name():
    # the last name of a list ends in a stop; a middle initial is no break in the name
    text = "Police named the dead as Carl Ames, 40, and Owen T. Hart, 31.\n\nEither Hart or Ames was shot."
    assert {"Owen", "Hart", "Carl", "Ames"} <= _aged_names(text)


@pytest.mark.parametrize("text", [
    "Police in Austin, Texas, were called Monday night.\n\nA man was shot at 54th and Trinity, officers said.",
    "Police in Austin, Texas, were called Monday night.\n\nA man was shot near Ninth and Trinity streets.",
])
def test_the_second_of_two_streets_that_cross_is_no_town(text, options):
    assert _last(text, options) == ("Texas", "Austin")


@pytest.mark.parametrize("text, town", [
    # a big city's quarter, named with "area", the city named by its police
    ("Nashville police said a man was shot on Friday night.\n\nThe man was wounded at a home in the Hermitage area, "
     "officers said.", "Nashville"),
    # a small town's unincorporated community
    ("Deputies in Riverside County said a woman was stabbed on Sunday in Perris.\n\nA teenager was shot in the Mead "
     "Valley area on Monday, deputies said.", "Perris"),
    ("Boston police were called to a house on Friday.\n\nTwo men were shot in the Jamaica Plain neighborhood, "
     "officers said.", "Boston"),
])
def test_a_part_of_a_town_the_story_names_is_that_town(text, town, options):
    assert _last(text, options)[1] == town


def test_a_place_named_without_a_word_of_a_part_stays_itself(options):
    text = "Boston police were called to a house on Friday.\n\nTwo men were shot in Jamaica Plain, officers said."
    assert _last(text, options)[1] == "Jamaica Plain"
