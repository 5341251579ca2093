"""A trigger phrase with both ends inflected is read ("threw stones", "took to the streets", "pelted stones"):
lexicon.Lexicon indexed the first or the last word inflected, never both (coding runs without a lemmatizer)."""
from __future__ import annotations

from eventwire.lexicon import Lexicon


def test_both_ends_inflected():
    triggers = Lexicon().triggers
    for words, event in (("migrant workers threw stones at police", "Riots"),
                         ("labourers took to the streets in the city", "Protests"),
                         ("youths pelted stones at the convoy", "Riots")):
        tokens = words.split()
        hit = next((triggers.match_at(tokens, i) for i in range(len(tokens)) if triggers.match_at(tokens, i)), None)
        assert hit is not None and hit[1].acled_event_type == event, words
    # one end inflected still reads as before
    assert Lexicon().triggers.match_at(["throw", "stones"], 0) is not None
