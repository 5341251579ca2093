"""Session 35 (detect helper's patch to the [relevance] mention patterns of data/wordlists.toml): deaths told with a
share of them in road crashes or a disaster after a comma ("eleven died over the holiday, mostly in car crashes")
tell no act of violence. The sentences are written for this test."""
from __future__ import annotations

from eventwire.pipeline import code_text
from eventwire.relevance import mention_reason


def test_deaths_mostly_in_crashes_are_no_act():
    assert mention_reason("At least nine people were killed, mainly in traffic accidents, when a blizzard swept "
                          "across Iowa on Friday.", violent=True) == "frame"
    assert code_text("Twenty-two people died over the long weekend in Ohio, the most in road crashes, state "
                     "police said Monday.", "2019-05-14").incidents == ()
    # a killing told beside a crash is still one
    assert mention_reason("Two men were shot dead on Friday, police said, near a car wash.", violent=True) is None
