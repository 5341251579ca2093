"""Tolls, session 19 round 2 (issue 15: ACLED fatalities): a coder's remark that states the deaths the event is coded
with outweighs the figure the report cites, and a toll told split among several events is each event's share
(counts.coded_toll, extract._coded_deaths). Notes written in the manner of the ACLED 2020 dev file's remarks
("Fatalities coded as 0 (VoJ reported 1)", "[1 fatality split among 12 events]", "Fatalities split between 2
events"), and a note's closing tally ("3 fatalities.")."""
from __future__ import annotations

import pytest
from seedutil import acled_note
from test_tolls_s17 import _tolls

from eventwire.counts import coded_toll


@pytest.mark.parametrize("text, told, deaths", [
    ("Fatalities coded as 0 (VoJ reported 1).", 1, 0),
    ("Total fatalities coded to 10.", None, 10),
    ("Unclear fatalites coded as 10 and split between 3 locations.", None, 3),
    ("The body was burned. 1 fatality", None, 1),
    ("Two of the victims died and the other one was injured. 2 fatalities and 1 injured.", 1, 2),
    ("Unknown number of fatalitie coded as 10 and split up between 3 events.", None, 3),
    ("Fatalities coded as 18 and spread across five locations.", 18, 4),
    ("During the day, one soldier was killed at an unspecified location [1 fatality split among 12 events].", 1, 0),
    ("78 fighters were killed. Fatalities split between 2 events.", 78, 39),
    ("Fatalities are split across 2 events (7).", 15, 7),
])
def test_coded_toll(text, told, deaths):
    found = coded_toll([(text, 0)], told)
    assert found is not None and found[0] == deaths


@pytest.mark.parametrize("text, told", [
    ("Fatalities coded as 5 in one event and unknown reported fatalities coded as 10 in another.", 10),
    ("Fatalities split between 2 events.", None),
    ("Five people were killed in the attack, police said.", 5),
    ("The shooting left 2 fatalities in the neighborhood.", 2),
])
def test_no_coded_toll(text, told):
    assert coded_toll([(text, 0)], told) is None


#: "@" and an event id: that event's whole note in the ACLED 2020 dev file, read from the shared data
@pytest.mark.parametrize("text, deaths", [
    ("@AFG45353", 0),
    ("On 2 May 2020, Nigerian Armed Forces launched artillery bombardments on Boko Haram positions around Alagarno "
     "Forest in Biu LGA (Borno) on two consecutive days. 78 militants were killed. Fatalities split between 2 "
     "events.", 39),
    ("@BRA14166", 3),
    ("On 28 April 2020, the rebel forces fired 82mm mortars and small arms at the governmental positions near "
     "Popasna, Luhansk. During the day, one Ukrainian soldier was killed at an unspecified location [1 fatality split "
     "among 12 events].", 0),
])
def test_note_coded_with_its_remark(text, deaths):
    if text.startswith("@"):
        text = acled_note("acled_world_2020-04-27_2020-05-03.csv", text[1:])
    assert [k for k, _ in _tolls(text, published="2020-05-03")][:1] == [deaths]
