"""Places, session 24: a US local story's dateline ("CALAIS, Maine -", "PINE BLUFF, Ark.--", "DENVER -") tells
the town it happened in or near; a town of another state that the text names in passing (a
victim's home town, a gallery's caption, where a suspect was caught) does not move it there, unless the headline
names that town or its state. A town across the state line from the outlet's city is in its market; a state written
after an abbreviated county ("PRINCE GEORGE'S CO., MD.") is the story's."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import locate_incident
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _where(text: str, sentence: str, options: Options, title: str | None = None,
           url: str | None = None) -> tuple[str | None, str | None]:
    start = text.index(sentence)
    found = locate_incident(text, [(start, start + len(sentence))], options, title=title, url=url)
    assert found is not None
    return found[0].admin1, found[0].name


@pytest.mark.parametrize("text, sentence, where", [
    # the state written after the dateline's town; the victim's home town of another state is no place of the act
    ("Photo: file photo\n\nCALAIS, Maine — Police have charged a woman over gunfire on Tuesday evening. "
     "The victim, a 19-year-old man from Amsterdam, New York, said he heard a bang as he walked to his car.",
     "The victim, a 19-year-old man from Amsterdam, New York, said he heard a bang as he walked to his car.",
     ("Maine", "Calais")),
    # a big city alone in its dateline ("DENVER —"): the only big US town of the name
    ("Gallery caption: a police car.\n\nDENVER — Three men were charged in the killings of five people, police "
     "said. The men were arrested at a house in Tulsa, Oklahoma, after the shooting.",
     "The men were arrested at a house in Tulsa, Oklahoma, after the shooting.", ("Colorado", "Denver")),
])
def test_a_dateline_s_town_outweighs_a_town_of_another_state_named_in_passing(text, sentence, where, options):
    assert _where(text, sentence, options) == where


def test_the_headline_s_town_of_another_state_stays(options):
    # filed in Wichita, about officers shot in Baton Rouge: the headline names Baton Rouge
    text = ("WICHITA, Kan. — Doctors found no sign of post-traumatic stress in the man who shot three officers dead "
            "in Baton Rouge, Louisiana, last summer, officials said Friday.")
    assert _where(text, text, options, title="No PTSD found in shooter of 3 Baton Rouge officers") == (
        "Louisiana", "Baton Rouge")


def test_a_dateline_s_town_the_story_s_state_has_too_is_left_to_the_text(options):
    # Springfield, Illinois is a town of the state the text names: the dateline is no reason to go to Missouri's
    text = ("SPRINGFIELD — A woman was shot Sunday night on the east side, police said. She was taken to a hospital "
            "in Peoria, Illinois, where she died.")
    admin1, _ = _where(text, "A woman was shot Sunday night on the east side, police said.", options)
    assert admin1 == "Illinois"


def test_a_town_across_the_state_line_from_the_title_s_outlet_is_its_market_s(options):
    # the state only the outlet's label gives ("- Columbia, South Carolina"): Shelby is not Michigan's, the biggest,
    # but North Carolina's, within a TV market's reach of Columbia; South Carolina has no Shelby
    title = "Man, boy killed in Shelby triple shooting - wxyz.com - Columbia, South Carolina"
    text = "A man and a boy were killed in a triple shooting in Shelby on Saturday night, police said."
    assert _where(text, text, options, title=title) == ("North Carolina", "Shelby")


def test_a_county_abbreviated_in_a_dateline_keeps_the_state_written_after_it(options):
    # "CO., MD.": the state after an abbreviated county, not British Columbia's "Prince George"
    text = "PRINCE GEORGE'S CO., MD. - Gunfire wounded four people late Friday in Prince George's County, officers say."
    admin1, _ = _where(text, text, options)
    assert admin1 == "Maryland"


def test_a_quarter_of_the_story_s_city_in_the_headline_is_no_town_of_another_state(options):
    # a guard: "within the Feltonville section of the city" on a Philadelphia outlet's page is Philadelphia's, not
    # Feltonville, Massachusetts
    text = ("Two people were hurt when a gun went off during a quarrel at a house within the Feltonville section of "
            "the city on Friday evening, police said.")
    assert _where(text, text, options, title="Boy, woman shot during quarrel in Feltonville house",
                  url="http://www.nbcphiladelphia.com/news/local/feltonville-house-quarrel-shooting") == (
        "Pennsylvania", "Philadelphia")
