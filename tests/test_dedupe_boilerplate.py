"""Dedupe's text keys leave out words that the reports of many different incidents carry (data built from data:
scripts/build_dedupe_boilerplate.py -> data/dedupe_boilerplate.txt): an outlet's copyright line or dateline tag is
no evidence that two of its stories tell one incident."""
from __future__ import annotations

from eventwire import dedupe

# the closing lines of two stories of two different shootings (GVA 508510 and 519541), both from Cox stations
ORLANDO = ("He was booked into the Orange County Jail, where he was charged with robbery, possession of a firearm by "
           "a convicted felon and four counts of attempted murder.\n\n\u00a9 2017 Cox Media Group.")
PITTSBURGH = ("Police were reportedly told that the Falls have not had contact with Shelton.\n\n"
              "\u00a9 2016 Cox Media Group.")
DALLAS = "DALLAS (CBSDFW.COM) \u2013 Dallas police are investigating after a 1-year-old boy was shot Friday."


def test_an_outlets_copyright_line_is_no_key():
    a = dedupe.text_keys("Man charged with attempted murder", ORLANDO, source="wftv.com")
    b = dedupe.text_keys("Couple charged", PITTSBURGH, source="wpxi.com")
    assert "cox media" not in a and "cox" not in a
    assert dedupe.shared_keys(a, b)[0] == 0.0
    assert "shelton" in b  # the names of the story stay keys


def test_a_stations_dateline_tag_is_no_key():
    keys = dedupe.text_keys("One-year-old boy shot in Dallas", DALLAS, source="cbsnews.com")
    assert "cbsdfw" not in keys


def test_the_list_is_built_from_data_and_names_no_place():
    words = dedupe._boilerplate_keys()
    assert {"cox media", "cbsdfw", "id'd"} <= words
    assert not {"englewood", "garfield park", "memphis"} & words
