"""Session 29 (issue 18): _datelined_on searches the bracketed date first (detect._DATELINE_DATE_TOLD); the name
before it, tried at every capital letter, was the costly part of the search in wire copy in capitals."""
from datetime import date

from eventwire import detect

#: written for these tests
CAPS = "PORT ELENA, 9 JUN 89 (WIRE SERVICE) -- A PATROL CLASHED WITH REBELS NEAR THE DAM TODAY. " * 10
BRACKETED = "ROCKFORD, Ill. (March 3, 2016) - Two men were hurt in a crash on the north side, police said."


def test_wire_copy_without_a_bracketed_date_is_not_dated():
    assert detect._DATELINE_DATE_TOLD.search(CAPS) is None
    assert detect._datelined_on(CAPS) is None


def test_a_bracketed_dateline_still_dates_the_copy():
    assert detect._DATELINE_DATE_TOLD.search(BRACKETED) is not None
    assert detect._datelined_on(BRACKETED) == date(2016, 3, 3)
