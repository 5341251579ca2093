"""ACLED notes that told an act in words no trigger held coded no incident (issue 15): "fighting broke out between",
"initiated an armed confrontation", "conducted strikes", "set houses on fire", "held a press conference with a
banner", "displayed banners", "hunger strike", "organized a sit in" (data/triggers.tsv; detect._set_alight).
The notes are ACLED's own (the 2022 extract's held-out fold: rows that coded nothing before these words)."""
from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_text


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


NOTES = [
    ("On 18 April 2022, near Kyay Nin village, Pale township (Yinmarbin district, Sagaing region), fighting broke out "
     "between the Myanmar military and joint forces of Myanmar Royal Dragon Army (MRDA) and Local People's Defense "
     "Force Sintgaing (LPDF) at around 10 am.", "2022-04-18", "Battles"),
    ("On 12 June 2022, in Rio de Janeiro - North Zone (Rio de Janeiro), drug traffickers initiated an armed "
     "confrontation with UPP officers in the Linx Complex. Unknown casualties.", "2022-06-12", "Battles"),
    ("On 25 March 2022, Russian forces using Su-25 jets conducted strikes in Hirske, Luhansk. Casualties unknown.",
     "2022-03-25", "Explosions/Remote violence"),
    ("Property destruction: On 6 May 2022, in Mei Ma Thaw village (Myaung township, Sagaing district, Sagaing "
     "region), military forces set houses on fire, including the house of Member of Parliament for Myaung Township.",
     "2022-05-06", "Strategic developments"),
    ("Property destruction: On 5 May 2022, presumed JNIM militants set a school ablaze in the village of Dira "
     "(Solenzo, Banwa). Residents mobilized to put out the fire.", "2022-05-05", "Strategic developments"),
    ("On 10 February 2022, union members of the E-Life Mall Corporation displayed banners outside the New Taipei "
     "City government in Banqiao, New Taipei City to call for a salary increase and protection for union members. "
     "[size=no report]", "2022-02-10", "Protests"),
    ("On 21 February 2022, environmental activists continued the collective hunger strike in front of the Ministry "
     "of Climate and the Environment in Oslo demanding to halt a major wolf hunt approved by the Ministry earlier. "
     "[size=no report]", "2022-02-21", "Protests"),
]


# Round two (issue 15): a march taken part in and property destroyed by name (data/triggers.tsv). The notes are
# ACLED's own, from the 2022 extract's training rows (not its held-out fold): rows that coded nothing before.
NOTES_2 = [
    ("On 5 February 2022, more than 5000 of Ukrainians, including representatives of National Corps Party and "
     "Democratic Axe Party, participated in a march in Kharkiv against possible Russian aggression. The protesters "
     "claimed they wanted to express national solidarity and a willingness to defend their homeland in the event of "
     "an invasion. [size=more than 5000]", "2022-02-05", "Protests"),
    ("On 12 March 2022, in Tijuana, Baja California, dozens of members of the catholic church from the Archdiocese of "
     "Tijuana participated in a march for peace and faith values. The march ended with a service at the Mexico "
     "Institute. [size=dozens]", "2022-03-12", "Protests"),
    ("Property destruction: On 18 January 2022, the gendarmerie forces and a group of youths destroyed property and "
     "evicted inhabitants in Conakry city (Kaloum, Conakry) over a land dispute.", "2022-01-18",
     "Strategic developments"),
]


@pytest.mark.parametrize("text,day,event_type", NOTES + NOTES_2)
def test_an_acled_note_codes_its_act(options, text, day, event_type):
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
