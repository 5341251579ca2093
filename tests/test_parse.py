"""Parsing: re-casing wire copy keeps every character offset."""
from __future__ import annotations

import pytest

from eventwire.parse import recase


@pytest.mark.parametrize("text", [
    "BOMB IN İZMIR. POLICE SAID THREE DIED.",
    "ßTRASSE WAS HIT. TWO DIED IN İSTANBUL.",
    "GUNMEN KILLED NINE POLICE OFFICERS IN KIRKUK. THE ISLAMIC STATE CLAIMED IT.",
])
def test_recase_keeps_every_offset(text):
    out = recase(text)
    assert len(out) == len(text)
    # every plain letter stays where it was, only its case may change
    assert all(o.lower() == t.lower() for o, t in zip(out, text) if t.isascii())
    assert out != text
