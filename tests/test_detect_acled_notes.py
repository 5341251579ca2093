"""ACLED notes that told an act in words no trigger held coded no incident (issue 15): "fighting broke out between",
"initiated an armed confrontation", "conducted strikes", "set houses on fire", "held a press conference with a
banner", "displayed banners", "hunger strike", "organized a sit in" (data/triggers.tsv; detect._set_alight).
The notes are ACLED's own (the 2022 extract's held-out fold: rows that coded nothing before these words)."""
from __future__ import annotations

import pytest
from seedutil import acled_note

from eventwire.options import Options
from eventwire.pipeline import code_text


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


#: ACLED events (event_id_cnty) of the 2022 extract, their day and event type; the notes are read from the shared
#: data (ACLED's terms forbid copying them here)
NOTES = [
    ("MMR33158", "2022-04-18", "Battles"),  # "fighting broke out between"
    ("BRA54823", "2022-06-12", "Battles"),  # "initiated an armed confrontation"
    ("UKR53887", "2022-03-25", "Explosions/Remote violence"),  # "conducted strikes"
    ("MMR34656", "2022-05-06", "Strategic developments"),  # "set houses on fire"
    ("BFO7125", "2022-05-05", "Strategic developments"),  # "set a school ablaze"
    ("TWN3356", "2022-02-10", "Protests"),  # "displayed banners"
    ("NOR691", "2022-02-21", "Protests"),  # "hunger strike"
]


# Round two (issue 15): a march taken part in and property destroyed by name (data/triggers.tsv). The notes are
# ACLED's own, from the 2022 extract's training rows (not its held-out fold): rows that coded nothing before.
NOTES_2 = [
    ("UKR51140", "2022-02-05", "Protests"),  # "participated in a march"
    ("MEX57662", "2022-03-12", "Protests"),
    ("GUI2170", "2022-01-18", "Strategic developments"),  # "destroyed property"
]

#: notes the tests take only the start of (up to these words): the act of the day, not a threat told the next day
#: or a closing "Casualties unknown."
ENDS = {"MMR33158": "at around 10 am.", "BFO7125": "to put out the fire."}


@pytest.mark.parametrize("event_id,day,event_type", NOTES + NOTES_2)
def test_an_acled_note_codes_its_act(options, event_id, day, event_type):
    text = acled_note("acled_2022-02-23_2022-02-26_global.csv", event_id, until=ENDS.get(event_id))
    coded = code_text(text, published=day, options=options)
    assert len(coded.incidents) == 1
    assert coded.incidents[0].event_type == event_type


@pytest.mark.parametrize("text", [
    "The mayor set the agenda on fire with his speech on Monday, and the crowd cheered.",
    "The coach held a press conference on Monday to announce the new season's schedule.",
    "The new bridge will destroy the property values of the homes nearby, residents told the council on Monday.",
    "Fans gathered to watch the final on a big screen in the town square on Sunday.",
])
def test_general_news_gets_no_act(options, text):
    assert code_text(text, published="2022-05-10", options=options).incidents == ()
