"""Session 32 (issue 18): counts._shot_patterns chooses the patterns a sentence may match without looking a compiled
pattern up in a dictionary (a pattern's hash is computed over its whole compiled code at each lookup: ~1 ms a
sentence for _SHOT_PATTERNS); the patterns chosen, and so the tolls, are those _PATTERN_NEEDS gives."""
from __future__ import annotations

import pytest

from eventwire import counts

# sentences written for these tests: with and without each of the words the costlier patterns need
SENTENCES = [
    "Three people were shot and one of them died at the scene, officers said.",
    "A 19-year-old man was wounded in the leg and is said to be in stable condition at a hospital.",
    "Two teenagers were hurt when someone fired into a parked car outside a bakery.",
    "He suffered a gunshot wound to the hip and is on the mend, his cousin said.",
    "The victims, a woman and her brother, were treated for injuries after the attack.",
    "The council voted on Tuesday to widen the road past the old mill.",
    "",
]


def _by_lookup(text: str) -> list:
    """The patterns _PATTERN_NEEDS lets `text` try, looked up as the dictionary gives them."""
    needed = {}
    for needs in counts._PATTERN_NEEDS.values():
        if needs not in needed:
            needed[needs] = needs.search(text) is not None
    return [p for p in counts._SHOT_PATTERNS if p not in counts._PATTERN_NEEDS or needed[counts._PATTERN_NEEDS[p]]]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_patterns_chosen_are_those_the_needs_give(text):
    assert counts._shot_patterns(text) == _by_lookup(text)


class _NoLookups(dict):
    def __getitem__(self, key):
        raise AssertionError("a pattern looked up in a dictionary")

    def __contains__(self, key):
        raise AssertionError("a pattern looked up in a dictionary")

    def values(self):
        raise AssertionError("the needs read again")

    def get(self, key, default=None):
        raise AssertionError("a pattern looked up in a dictionary")


def test_no_pattern_is_looked_up_a_sentence(monkeypatch):
    monkeypatch.setattr(counts, "_PATTERN_NEEDS", _NoLookups(counts._PATTERN_NEEDS))
    for text in SENTENCES:
        assert counts._shot_patterns(text)


def test_each_costly_pattern_keeps_its_needs():
    chosen = dict(counts._SHOT_PATTERNS_NEEDING)
    assert list(chosen) == list(counts._SHOT_PATTERNS)
    for pattern, needs in counts._PATTERN_NEEDS.items():
        assert chosen[pattern] is needs
    assert {id(n) for n in counts._NEEDS_SEARCHES} == {id(n) for n in counts._PATTERN_NEEDS.values()}
