"""Session 24, speed (issue 18; /work/s24/speed_counts.patch): counts.shot_tolls reads each sentence once (every
incident of an article asks about the sentences it shares with the others); callers get a list of their own."""
from __future__ import annotations

from dataclasses import replace

from eventwire import counts


def test_a_sentence_asked_again_is_read_once_and_gives_the_same_shots():
    counts._shot_tolls.cache_clear()
    text = "Four people were shot, one fatally, outside a bar on Main Street early Sunday."
    first = counts.shot_tolls(text, 120)
    again = counts.shot_tolls(text, 120)
    assert first == again and [(s.shot, s.killed) for s in first] == [(4, 1)] and first[0].start >= 120
    assert counts._shot_tolls.cache_info().hits == 1
    first.append(first[0])  # a caller's list is its own
    assert len(counts.shot_tolls(text, 120)) == 1
    assert counts.shot_tolls(text) == [replace(s, start=s.start - 120, end=s.end - 120) for s in again]
