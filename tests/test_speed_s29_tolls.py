"""Session 29 (issue 18): _shot_tolls skips a costly pattern where the sentence lacks the words it cannot match
without (counts._PATTERN_NEEDS); the counts are those the patterns gave before."""
from eventwire import counts

#: written for these tests
QUIET = "The mayor opened the new library on Friday and thanked the volunteers who built its shelves."
HURT = "Three workers were injured when the scaffold gave way, and two of them were taken to a hospital."
SHOT = "Two men and a woman were shot outside the bakery on Elm Street late Saturday."


def test_a_sentence_without_their_words_skips_the_costly_patterns():
    tried = counts._shot_patterns(QUIET)
    assert not set(counts._PATTERN_NEEDS) & set(tried)
    assert set(tried) == set(counts._SHOT_PATTERNS) - set(counts._PATTERN_NEEDS)
    assert counts.shot_tolls(QUIET) == []


def test_a_sentence_with_their_words_is_read_by_them():
    assert counts._HURT_PASSIVE in counts._shot_patterns(HURT)
    assert counts._SHOT_PAIR in counts._shot_patterns(SHOT)
    (shot,) = counts.shot_tolls(SHOT)
    assert shot.shot == 3
