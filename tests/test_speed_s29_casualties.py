"""Session 29 (issue 18): detect._casualties tries TOLL and TALLY only where their words occur (_TOLL_WORDS,
_TALLY_WORDS); the hits are those the patterns gave before."""
from eventwire import detect

#: written for these tests
QUIET = "The minister said talks with the union would resume next week in the capital."
TOLLED = "The death toll rose to 14 on Sunday after rescuers reached the last village."
TALLIED = "3 killed, 5 injured in the collapse of a market roof."


def test_a_sentence_without_their_words_is_not_searched_by_them():
    assert detect._TOLL_WORDS.search(QUIET) is None and detect._TALLY_WORDS.search(QUIET) is None
    assert detect._casualties(QUIET, 0) == []


def test_a_toll_and_a_tally_are_still_read():
    assert detect._TOLL_WORDS.search(TOLLED)
    assert [(h.kind, h.low) for h in detect._casualties(TOLLED, 0)] == [("killed", 14)]
    assert detect._TALLY_WORDS.search(TALLIED)
    assert sorted((h.kind, h.low) for h in detect._casualties(TALLIED, 0)) == [("killed", 3), ("wounded", 5)]
