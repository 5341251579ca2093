"""Session 30's dates: a wire dateline with no dash after its wire's brackets ("TOWN, St. (AP) A man ...") is read as
a dateline, its town and wire kept and its words kept out of the story. Sentences written for the tests."""
from __future__ import annotations

from eventwire import datelines


def test_a_dateline_with_no_dash_after_its_wire():
    line = datelines.parse("MAPLE FORD, Ala. (AP) A man was shot outside a feed store Sunday, deputies said.")
    assert line is not None
    assert (line.place, line.source) == ("MAPLE FORD, Ala.", "AP")
    assert "MAPLE FORD, Ala. (AP) A man was shot"[line.end:].startswith("A man")
    # a one-word town, a station's brackets
    line = datelines.parse("TRENTHAM (WXYR) Two people were hurt in a shooting late Friday.")
    assert line is not None and (line.place, line.source) == ("TRENTHAM", "WXYR")
    # its date read as the dashed dateline's is
    line = datelines.parse("OSLOBAD, Norland, 14 MAR 91 (AFP) Gunmen killed three guards at a depot.")
    assert line is not None and line.date == "1991-03-14" and line.place == "OSLOBAD, Norland"


def test_what_is_no_dateline_with_no_dash():
    assert datelines.parse("CEDAR BLUFF, Ky. (AP) Deputies said a man was shot.") is not None
    # but not a sentence with a figure or a body's name in brackets, a station's call letters, a wire of several words
    assert datelines.parse("Police (AP) said a man was shot on Elm Street.") is None
    assert datelines.parse("A man (31) was shot on Elm Street.") is None
    assert datelines.parse("KQRT (CBS) Officers in the valley said two men were shot.") is None
    assert datelines.parse("DEA (Drug Enforcement Administration) Agents raided a house.") is None


def test_the_dashed_dateline_is_read_as_before():
    undashed = datelines.parse("MAPLE FORD, Ala. (AP) A man was shot outside a feed store Sunday.")
    line = datelines.parse("MAPLE FORD, Ala. (AP) — A man was shot outside a feed store Sunday.")
    assert line is not None and undashed is not None and (line.place, line.source) == (undashed.place, undashed.source)
    assert line.end == undashed.end + 2  # the dash and its space
    assert datelines.parse("Police said - a man was shot.") is None
