"""Session 35 (detect helper's patch to data/types_words.toml): a gunshot or a shot said to seem accidental tells an
accident, as a shooting so said did. The sentences are written for this test."""
from __future__ import annotations

from eventwire.pipeline import code_text


def test_a_gunshot_that_seemed_accidental_is_an_accident():
    text = ("A boy of 9 was hit in the leg at his family's home on Pine Street in Tulsa on Friday, officers said. "
            "His uncle told officers the gunshot seemed accidental.")
    incidents = code_text(text, "2019-05-14").incidents
    assert incidents and all(i.accident for i in incidents)
