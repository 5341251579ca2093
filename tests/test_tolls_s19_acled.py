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
    ("Toll vague; fatalites coded as 12 and split between 3 districts.", None, 4),
    ("The body was burned. 1 fatality", None, 1),
    ("Both men died of their wounds and a third was hurt. 2 fatalities and 1 injured.", 1, 2),
    ("Count not known; fatalitie coded as 16 and split up between 4 events.", None, 4),
    ("Fatalities coded as 22 and spread across six areas.", 22, 4),
    ("That day a militiaman died somewhere along the front [1 fatality split among 9 events].", 1, 0),
    ("56 insurgents died. Fatalities split between 2 events.", 56, 28),
    ("Fatalities are split across 3 events (6).", 17, 6),
])
def test_coded_toll(text, told, deaths):
    found = coded_toll([(text, 0)], told)
    assert found is not None and found[0] == deaths


@pytest.mark.parametrize("text, told", [
    ("Fatalities coded as 4 for the first clash, and the unclear fatalities coded as 10 for the second.", 10),
    ("Fatalities split between 2 events.", None),
    ("Five people were killed in the attack, police said.", 5),
    ("The shooting left 2 fatalities in the neighborhood.", 2),
])
def test_no_coded_toll(text, told):
    assert coded_toll([(text, 0)], told) is None


#: "@" and an event id: that event's whole note in the ACLED 2020 dev file, read from the shared data
@pytest.mark.parametrize("text, deaths", [
    ("@AFG45353", 0),
    ("On 1 May 2020, Nigerian troops shelled ISWAP camps near Lake Chad in Monguno LGA (Borno) over two days. 64 "
     "militants died in the strikes. Fatalities split between 2 events.", 32),
    ("@BRA14166", 3),
    ("On 27 April 2020, separatists shelled army positions with 120mm mortars and grenade launchers near "
     "Zolote, Luhansk. That day a Ukrainian soldier died at a place not given [1 fatality split among 10 events].", 0),
])
def test_note_coded_with_its_remark(text, deaths):
    if text.startswith("@"):
        text = acled_note("acled_world_2020-04-27_2020-05-03.csv", text[1:])
    assert [k for k, _ in _tolls(text, published="2020-05-03")][:1] == [deaths]
