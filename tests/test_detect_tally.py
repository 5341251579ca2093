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


ROUNDUP = ("CHICAGO - Three people were killed and at least 22 others have been wounded in shootings across the city "
           "since Friday evening.\n\n"
           "Friday night, a man was killed and three other people were injured in a drive-by shooting shortly after "
           "8 p.m. in the Austin neighborhood, police said.\n\n"
           "The man, 24, was pronounced dead at Stroger Hospital.")


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
    text = ("A 19-year-old man was shot and killed Sunday night in the 1400 block of West Congress Street, the 13th "
            "shooting in the city since 2009, police said.")
    coded = code_text(text, published="2014-07-14", options=options)
    assert len(coded.incidents) == 1
    assert coded.incidents[0].killed == 1


@pytest.mark.parametrize("text", [
    "Five people were killed and at least 17 others have been wounded in separate shootings across the city since "
    "Friday evening.",
    "Tuesday's tragedy was at least the 13th shooting since 2009.",
    "So far this year, there have been nine homicides in Chaves County, including the shooting of Hatch.",
    "In the last seven months three oil trains have derailed and exploded, and 47 people killed.",
    "100 people have been killed as of June 15.",
])
def test_tally_spans(text):
    assert detect._TALLY.search(text)


@pytest.mark.parametrize("text", [
    "Two men were shot on Friday in the Austin neighborhood.",
    "A gunman killed three people at a school on Monday.",
    "Police said no one was in custody as of Tuesday morning.",
    "A 19-year-old man was shot and killed Sunday night in the 1400 block of West Congress Street, police said.",
])
def test_no_tally_in_an_act(text):
    assert not detect._TALLY.search(text)
