"""Session 24, dedupe: ingest speed among many stored reports (issue 19, fast at scale)."""
from __future__ import annotations

from datetime import date

from eventwire import dedupe


def test_a_stored_day_is_parsed_once():
    # every stored candidate's window is read on each comparison; a day read before is not parsed again
    first = dedupe._parse("2016-07-08")
    assert first == date(2016, 7, 8)
    assert dedupe._parse("2016-07-08") is first
    assert dedupe._parse("2016-07", end=True) == date(2016, 7, 31)
    assert dedupe._parse("2016-07") == date(2016, 7, 1)


def test_a_name_is_normalised_once():
    first = dedupe.norm("Hidalgo County, Texas")
    assert first == "hidalgo county texas"
    assert dedupe.norm("Hidalgo County, Texas") is first
    assert dedupe.norm("The Bronx") == "bronx"
