"""Places, session 31: the geo stage reads a dateline inside a page with the reader's own parser (datelines.parse),
so a wire's bracketed date or a station's name with a digit ends one as the reader's does; a story placed in a US
county takes the town whose street it names, or a town the gazetteer files under no county near the county's point;
a state's name alone is not its namesake city ("Oklahoma" is not Oklahoma City); a local page's headline town is
the namesake nearest its outlet's city."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import locate_incident
from eventwire.geo.text import _inline_dateline, inline_dateline_at
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _first(text: str, options: Options) -> tuple[str | None, str | None]:
    """(state, town) of an incident told in the last paragraph of `text` only."""
    start = text.rindex("\n") + 1
    found = locate_incident(text, [(start, len(text))], options)
    assert found is not None
    return found[0].admin1, found[0].name


@pytest.mark.parametrize("text, state, town", [
    # a station's call letters with a digit in its brackets
    ("Photo: a patrol car at night\n\nGADSDEN, Ala. (WBRC6) -- Deputies said a woman was wounded at a home in "
     "Alabama.", "Alabama", "Gadsden"),
    # the wire's date in the brackets where its name would be
    ("Watch the report\n\nMUNCIE, Ind. (Oct. 3, 2015) – Officers said a teenager was wounded at a house in "
     "Indiana.", "Indiana", "Muncie"),
])
def test_a_dateline_inside_a_page_read_as_the_reader_reads_it(text, state, town, options):
    assert _inline_dateline(text) == town
    assert _first(text, options) == (state, town)


def test_the_dash_glued_to_the_town_is_no_part_of_its_name():
    text = "Watch the report\n\nAKRON-- Officers said two men were wounded."
    assert _inline_dateline(text) == "Akron"
    found = inline_dateline_at(text)
    assert found is not None and text[found[1]:found[2]] == "AKRON"


def _placed(text: str, options: Options, **kw: str) -> tuple[str | None, str | None, str | None]:
    """(state, county, town) of an incident told in the first sentence of `text`."""
    first = text.split(". ")[0] + "."
    found = locate_incident(text, [(0, len(first))], options, **kw)
    assert found is not None
    return found[0].admin1, found[0].admin2, found[0].name


def test_the_town_whose_street_a_county_story_names(options):
    # a town the gazetteer lacks, named by the street the act happened on, in the county the story places it in
    text = ("Pitt County deputies said a boy was wounded by his cousin on Sunday. It happened on Old Mill Creek Road "
            "in Quillsboro, a deputy said.")
    assert _placed(text, options) == ("North Carolina", "Pitt", "Quillsboro")


def test_a_county_s_town_the_gazetteer_files_under_no_county(options):
    # Kilmichael lies in Montgomery County, Mississippi; the gazetteer gives it no county
    text = ("Montgomery County deputies in Mississippi said two men were killed at a home late on Saturday. "
            "Neighbors in Kilmichael said they heard several shots.")
    assert _placed(text, options)[::2] == ("Mississippi", "Kilmichael")


def test_a_state_s_name_alone_is_not_its_namesake_city(options):
    # "Oklahoma" alone is the state: no county, no city; "Oklahoma City" is the city
    text = "A trooper was wounded on a rural road in Oklahoma on Friday night, the state's investigators said."
    assert _placed(text, options)[:2] == ("Oklahoma", None)
    city = text.replace("in Oklahoma on", "in Oklahoma City on")
    assert _placed(city, options) == ("Oklahoma", "Oklahoma", "Oklahoma City")


@pytest.mark.parametrize("title, url, where", [
    # a local page's headline town nearest its outlet's city, across a state line
    ("Man dies after shooting in Auburn", "https://ledger-enquirer.com/crime/story5.html",
     ("Alabama", "Auburn")),
    ("Two hurt in Alturas shooting", "https://heraldandnews.com/local/story77.html",
     ("California", "Alturas")),
])
def test_a_title_only_page_s_town_nearest_its_outlet(title, url, where, options):
    text = "Sign in to read more. Your subscription could not be saved."
    found = locate_incident(text, [(0, len(text))], options, title=title, url=url)
    assert found is not None and (found[0].admin1, found[0].name) == where
