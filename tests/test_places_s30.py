"""Places, session 30: a US story the text places no finer than its state is placed in the town of that state whose
own police it names ("Florence police arrested ..."), not by a common word ("University police"); a dateline whose
wire's name in brackets is followed by the story with no dash ("CLANTON, Ala. (AP) Authorities say ...") is read
as one; a state's name is never a town of that state that only goes by it as another name (Maryland City)."""
from __future__ import annotations

import pytest

from eventwire.geo.locate import locate_incident
from eventwire.geo.text import _inline_dateline
from eventwire.options import Options


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _first(text: str, options: Options) -> tuple[str | None, str | None, str | None]:
    """The place of an incident told in the first sentence of `text` only."""
    first = text.split(". ")[0] + "."
    found = locate_incident(text, [(0, len(first))], options)
    assert found is not None
    return found[0].admin1, found[0].name, found[0].admin2


@pytest.mark.parametrize("text, where", [
    ("A man was wounded on Sunday night during a dispute at a home in Alabama. Florence police arrested a "
     "neighbor on Monday.", ("Alabama", "Florence")),
    ("A man was wounded on Sunday night during a dispute at a home in Nebraska. Beatrice Police said a neighbor "
     "was arrested.", ("Nebraska", "Beatrice")),
    # a common word's force is passed over for the town's police named after it
    ("A student was wounded on Friday at an apartment in Florida. University police and Ocala police said a "
     "roommate was held.", ("Florida", "Ocala")),
])
def test_the_town_whose_own_police_a_story_placed_in_its_state_names(text, where, options):
    assert _first(text, options)[:2] == where


@pytest.mark.parametrize("text, town", [
    ("CLANTON, Ala. (AP) Authorities say a woman was wounded at a home in central Alabama.", "Clanton"),
    ("GREENSBORO, Ala. (WXYZ) The sheriff says a man was shot on Friday at a house in Alabama.", "Greensboro"),
])
def test_a_dateline_with_no_dash_after_the_wire_s_name(text, town, options):
    assert _inline_dateline(text) == town
    assert _first(text, options)[:2] == ("Alabama", town)


def test_a_wire_s_name_alone_after_capitals_is_no_dateline():
    assert _inline_dateline("WASHINGTON (AP) The agency said nothing more.") is None


@pytest.mark.parametrize("text", [
    "Deputies said a man was found shot on Sunday at a home in a Maryland suburb, Prince George's County "
    "officials said.",
    "A firefighter was shot in Maryland on Friday night, Prince George's County officials said.",
])
def test_a_state_s_name_is_not_a_town_that_goes_by_it(text, options):
    admin1, name, admin2 = _first(text, options)
    assert admin1 == "Maryland"
    assert admin2 != "Anne Arundel" and name != "Maryland City"


@pytest.mark.parametrize("url, where", [
    # a town of a Chicago paper's region named as a far big city: Plano, Illinois, not Plano, Texas
    ("https://suntimes.com/news/man-shot-in-plano-home/1", ("Plano", "Illinois")),
    # a hamlet of the region so named is not: the far big city stays
    ("https://suntimes.com/news/man-shot-in-phoenix-home/1", ("Phoenix", "Arizona")),
])
def test_a_local_outlet_s_town_named_as_a_far_big_city(url, where, options):
    text = "A man was wounded at a home on Sunday night, officers said."
    found = locate_incident(text, [(0, len(text))], options, url=url)
    assert found is not None and (found[0].name, found[0].admin1) == where
