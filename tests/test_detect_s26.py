"""Detection, session 26: casualty counts and act words read from real news language (detect._casualties,
data/triggers.tsv). Hand-made sentences in the shape of GVA and ACLED reports."""
from __future__ import annotations

from eventwire import detect


def test_a_verb_the_shooter_turns_on_himself_takes_no_count_before_it():
    """"shot a woman and girl then killed himself": "killed" is the shooter's act on himself, so "a" (woman) before
    it is no toll of one dead told in the passive (GVA 3025's count came out 1 from that reading)."""
    text = "An investigation is underway after a man fatally shot a woman and girl then killed himself."
    hits = detect._casualties(text, 0)
    assert not [h for h in hits if h.kind == "killed" and "woman" in h.noun]


def test_a_passive_toll_still_counts():
    hits = detect._casualties("A man and a woman were killed in a shooting on Tuesday.", 0)
    assert sum(h.low for h in hits if h.kind == "killed") == 2
