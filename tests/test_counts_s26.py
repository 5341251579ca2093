"""Tolls, session 26 (issue 15 item 1).

- One person told dead twice in a sentence, by pronouns of one person ("He died ..., and his death was ruled a
  homicide") or in apposition ("the death of his daughter, Akira Marie Waters, 16, who died"), is one dead.
- An age told by its abbreviation ("16 yr old", "8 yo girl", "5 y/o") is no count of people.

Texts shortened and reworded from GVA lines 3681, 4273, 4802, 5698, 5503 (`../shared/data/gva/articles.jsonl`)."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text", [
    "A 17-year-old boy was shot to death late Tuesday in Lawndale. He died of multiple gunshot wounds, and his death "
    "was ruled a homicide.",
    "A woman was shot Monday night in Arnold. She died at the hospital, and her death was ruled a homicide.",
])
def test_one_person_told_dead_by_pronouns_is_one_dead(text):
    assert _tolls(text) == [(1, 0)]


@pytest.mark.parametrize("text", [
    "The man is mourning the death of his daughter, Akira Marie Waters, 16, who died after being shot Monday in a home "
    "in Arnold.",
    "An arrest has been made in the murder of 13-year-old Shamoya McKenzie — a rising basketball star who was killed "
    "by a stray bullet on Saturday in Mount Vernon.",
])
def test_one_dead_told_again_in_apposition_is_one_dead(text):
    assert _tolls(text) == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Family identifies 16 yr old who was shot and killed by police on Tuesday in Hayward.",
    "The 8 yo girl was shot and killed on Sunday in Houston.",
    "A 5 y/o boy was shot and killed on Sunday in Houston.",
])
def test_an_abbreviated_age_is_no_count(text):
    assert _tolls(text) == [(1, 0)]

