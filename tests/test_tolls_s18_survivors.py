"""Tolls, session 18 round 2: two or more survivors told "reported in stable condition" are wounded and alive as
those "in stable condition" are (counts._HOSPITALIZED: GVA line 2767); one person so told is not counted by it."""
from __future__ import annotations

from eventwire.counts import shot_tolls


def test_survivors_reported_in_condition_are_wounded():
    text = "Four other people who were shot are reported in stable condition."
    assert [(s.shot, s.killed) for s in shot_tolls(text)] == [(4, 0)]


def test_one_person_reported_in_condition_is_not_counted_by_it():
    text = "The victim is reported in stable condition."
    assert all(s.killed != 0 for s in shot_tolls(text))
