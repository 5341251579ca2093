"""A running total ("28 people shot and 10 killed in the city since Friday", "the 13th shooting since 2009") counts
acts; it is no act of its own (detect.tally_sentence, wordlists.toml detect.tally_periods and detect.tally_acts)."""
from __future__ import annotations

import pytest

from eventwire import detect
from eventwire.options import Options
from eventwire.pipeline import code_text


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


ROUNDUP = ("CHICAGO - Two people have died and at least 19 more were hurt in gunfire around the city "
           "since Friday evening.\n\n"
           "On Friday night a drive-by shooting just after 9 p.m. in the Englewood neighborhood left one man "
           "dead and three others hurt, police said.\n\n"
           "The man, 31, was pronounced dead at a nearby hospital.")


def test_a_running_total_is_no_incident(options):
    coded = code_text(ROUNDUP, published="2014-07-12", options=options)
    assert len(coded.incidents) == 1
    incident = coded.incidents[0]
    assert incident.killed == 1 and incident.wounded == 3
    assert incident.date == "2014-07-11"


def test_a_total_told_after_the_act_is_no_second_incident(options):
    """Before the rule, the total ("100 people have been killed ... as of June 15") was coded as an act of 100 dead."""
    text = ("A man was shot and wounded Saturday in Gary, police said. Police said 100 people have been killed in the "
            "city as of June 15. Detectives have no suspects.")
    coded = code_text(text, published="2014-07-15", options=options)
    assert len(coded.incidents) == 1
    assert coded.incidents[0].wounded == 1 and not coded.incidents[0].killed


def test_an_act_beside_a_count_of_the_year_stays_an_act(options):
    """The act lies outside the count ("was shot and killed Sunday"): the sentence reports it."""
    text = ("A 22-year-old woman was shot and killed Sunday night in the 900 block of North Elm Avenue, the 11th "
            "shooting in the town since 2010, police said.")
    coded = code_text(text, published="2014-07-14", options=options)
    assert len(coded.incidents) == 1
    assert coded.incidents[0].killed == 1


@pytest.mark.parametrize("text", [
    "Four people died and at least 15 more were shot in separate incidents throughout the city "
    "since Saturday morning.",
    "Monday's attack was at least the 9th shooting since 2011.",
    "So far this year, there have been six homicides in Eddy County, including the shooting of Moreno.",
    "In the past five months two fuel trucks have crashed and burned, and 31 people killed.",
    "100 people have been killed as of June 15.",
])
def test_tally_spans(text):
    assert detect._TALLY.search(text)


@pytest.mark.parametrize("text", [
    "Two men were shot on Friday in the Austin neighborhood.",
    "A gunman killed three people at a school on Monday.",
    "Officers said no arrests had been made as of Thursday night.",
    "A 22-year-old woman was shot and killed Sunday night in the 900 block of North Elm Avenue, police said.",
])
def test_no_tally_in_an_act(text):
    assert not detect._TALLY.search(text)
