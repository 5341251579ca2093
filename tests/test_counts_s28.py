"""Tolls, session 28 (issue 15 item 1): the one taken to hospital who died.

- One wounded counted beside the dead by a phrase telling him hurt or taken to hospital is the one who died where the
  words after it tell his death: later in its own sentence ("... who was critically injured ... has died") or in the
  next sentence, which names him again first ("He was pronounced dead on Saturday", "police said the child ... had
  died"). GVA counts him killed, not wounded.
- Not where the phrase or the next sentence tells another person ("The second victim was taken ...", "The other man
  died"), nor where the phrase tells him alive.

Sentences written for these tests in the news style of GVA lines 2462, 3162 and 5747
(`../shared/data/gva/articles.jsonl`); no record of it is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text", [
    # the death told by the next sentence, with a pronoun
    ("A teenager has died after he was shot Friday morning in Hilo. Officers found the teen with a gunshot wound to "
     "the chest. The victim was transported to Hilo Medical Center in critical condition. He was pronounced dead on "
     "Sunday."),
    # by the next sentence, naming him again after a few words
    ("A 7-year-old boy shot by his brother has died, police said. The boy was shot in the head Monday afternoon at a "
     "home in Mesa. The child was taken to the hospital in extremely critical condition. On Tuesday police said the "
     "child had died from his injuries."),
])
def test_the_one_taken_to_hospital_who_died_is_no_wounded(text):
    assert _tolls(text, published="2016-03-28") == [(1, 0)]


@pytest.mark.parametrize("text", [
    # another person taken to hospital: the dead man and the wounded woman are two
    ("A man was shot and killed Friday night in Hilo. A woman was also shot. The second victim was taken to Hilo "
     "Medical Center in critical condition. He was pronounced dead at the scene."),
    # the next sentence tells another's death
    ("Two men were shot Friday night outside a bar in Hilo. One man was taken to Hilo Medical Center in critical "
     "condition. The other man died at the scene."),
])
def test_another_taken_to_hospital_stays_wounded(text):
    assert _tolls(text, published="2016-03-28") == [(1, 1)]

