"""Dedupe's text keys leave out words that the reports of many different incidents carry (data built from data:
scripts/build_dedupe_boilerplate.py -> data/dedupe_boilerplate.txt): an outlet's copyright line or dateline tag is
no evidence that two of its stories tell one incident."""
from __future__ import annotations

from eventwire import dedupe

# the closing lines of two stories of two different shootings, both from Cox stations (written for this test)
ORLANDO = ("Deputies took him to the county lockup, and he now faces three attempted murder counts along with an "
           "armed robbery charge.\n\n\u00a9 2017 Cox Media Group.")
PITTSBURGH = ("Detectives were told the Brennans had not heard from Marlow in weeks.\n\n"
              "\u00a9 2016 Cox Media Group.")
DALLAS = "DALLAS (CBSDFW.COM) \u2013 Dallas police are investigating after a 1-year-old boy was shot Friday."


def test_an_outlets_copyright_line_is_no_key():
    a = dedupe.text_keys("Man charged with attempted murder", ORLANDO, source="wftv.com")
    b = dedupe.text_keys("Couple charged", PITTSBURGH, source="wpxi.com")
    assert "cox media" not in a and "cox" not in a
    assert dedupe.shared_keys(a, b)[0] == 0.0
    assert "marlow" in b  # the names of the story stay keys


def test_a_stations_dateline_tag_is_no_key():
    keys = dedupe.text_keys("One-year-old boy shot in Dallas", DALLAS, source="cbsnews.com")
    assert "cbsdfw" not in keys


def test_the_list_is_built_from_data_and_names_no_place():
    words = dedupe._boilerplate_keys()
    assert {"cox media", "cbsdfw", "id'd"} <= words
    assert not {"englewood", "garfield park", "memphis"} & words
