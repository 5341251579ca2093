"""Dedupe, session 35 (issue 19): the name keys of a report stop at a sentence's end, whatever the next sentence's
first word. Shootings and people made up for these tests (names, towns and streets of our own)."""
from __future__ import annotations

from eventwire import dedupe


def test_a_rare_word_opening_a_sentence_is_not_run_on_to_the_last_sentence():
    """A rare surname opening a sentence after a street's or a town's name is a key of its own: before, the run of
    capitalised words went on across the full stop and made a two-word key ('lane adeyemi', 'harrowgate adeyemi')
    that names no one and that another story of the same person, told in other words, never shares."""
    keys = dedupe.text_keys(None, "A man was wounded late Friday on Quarry Lane. Adeyemi was driven to a hospital by "
                                  "a friend. Officers searched Harrowgate! Adeyemi's brother spoke.")
    assert "adeyemi" in keys and "quarry lane" in keys
    assert not [k for k in keys if k.endswith(" adeyemi")]
    # a full stop after a middle initial, a short abbreviation ('St.', 'Mt.') or a title written short ends no
    # sentence: the name goes on
    keys = dedupe.text_keys(None, "Tobias Q. Okafor, 31, died in St. Tammany Parish, deputies said.")
    assert "tobias okafor" in keys and "st tammany" in keys
