"""Session 32 (types, patch): a helicopter alone is no air weapon (weapons.tsv). Sentences written for this test."""
from __future__ import annotations

from eventwire.pipeline import code_article
from eventwire.records import Article


def test_a_helicopter_that_flies_the_wounded_is_no_air_strike():
    text = ("A 22-year-old man who was shot in the back outside a gas station on Route 9 in Millbrook, New York, on "
            "Saturday night was taken by medical helicopter to an Albany trauma center, state police said.")
    (incident,) = code_article(Article(id="h", text=text, published="2024-03-04")).incidents
    assert incident.event_type == "Violence against civilians" and incident.sub_event_type == "Attack"
    assert "Explosives" not in incident.weapon_types
