"""Tolls, session 34 (the "tolls" helper).

- An age range told "aged between N and M" (or "ages between") is two ages: its first figure is no count of people.
- One person told with several wounds ("with several gunshot wounds", "three gunshot wounds") is one person: the number
  word counts wounds or shots, not more people, so he is still told alive and hurt.
- "hurting" is a verb of harm as "wounding" is: "..., hurting four people" counts four hurt, "hurting a boy" one.

Sentences written for these tests in the style of local US news; no record of ../shared/data is copied here."""
from __future__ import annotations

import pytest

from test_tolls_s17 import _tolls


@pytest.mark.parametrize("text", [
    "Police said the victims, aged between 18 and 29, were shot in a parking lot off Dell Avenue in Saginaw.",
    "Officers said the men, ages between 18 and 29, were shot in a parking lot off Dell Avenue in Saginaw.",
])
def test_the_first_age_of_a_range_is_no_toll(text):
    assert all(wounded != 18 and killed != 18 for killed, wounded in _tolls(text))


@pytest.mark.parametrize("text", [
    "Deputies found a woman with several gunshot wounds behind a laundromat on Cedar Road in Salem on Monday.",
    "A man with three gunshot wounds was found on Vine Street in Erie late Saturday and is in stable condition.",
])
def test_one_person_with_several_wounds_is_one_hurt(text):
    assert _tolls(text) == [(0, 1)]


@pytest.mark.parametrize("text, hurt", [
    ("A gunman fired into a crowd outside a bowling alley on Ash Street in Lima on Sunday, hurting three "
     "people.", 3),
    ("The pistol went off in the kitchen of a home on Birch Court in Lima on Sunday, hurting a 7-year-old boy.", 1),
])
def test_hurting_counts_the_hurt(text, hurt):
    assert _tolls(text) == [(0, hurt)]


@pytest.mark.parametrize("text, tolls", [
    ("A 20-year-old man was shot dead by deputies on Monday in Shreveport. On Wednesday a crowd smashed and set fire to "
     "a patrol car in protest of his death.", [(1, 0), (0, 0)]),
    ("Angry residents set two stores on fire in Shreveport on Wednesday to protest the death of a man shot by deputies.",
     [(0, 0)]),
])
def test_a_protested_death_is_no_toll_of_the_protest(text, tolls):
    # the death a crowd protests is what the protest is about, not a death at it
    assert _tolls(text) == tolls
