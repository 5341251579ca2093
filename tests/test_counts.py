"""Counts: number words, vague quantities, ranges, and who was counted."""
from __future__ import annotations

import pytest

from eventwire.counts import Count, parse_count, words_to_int
from eventwire.pipeline import code_text


@pytest.mark.parametrize(
    "text, low, high",
    [("nine", 9, 9), ("9", 9, 9), ("a dozen", 12, 12), ("dozens", 12, 12), ("at least 12", 12, 12),
     ("between 6 and 10", 6, 10), ("twenty-one", 21, 21), ("2,500", 2500, 2500), ("a hundred and five", 105, 105),
     ("an", 1, 1)],
)
def test_parse_count(text, low, high):
    assert parse_count(text) == Count(low, high)


def test_words_to_int_rejects_words_that_are_not_numbers():
    assert words_to_int("soldiers") is None


def _one(text: str):
    (incident,) = code_text(text, "2022-06-05").incidents
    return incident


def test_victims_and_attackers_are_counted_apart():
    inc = _one("Gunmen killed nine police officers at a checkpoint in Kirkuk on Sunday. An attacker was killed.")
    assert (inc.killed, inc.perpetrators_killed) == (9, 1)


def test_a_dozen_is_twelve_and_range_is_kept():
    inc = _one("A car bomb killed between 6 and 10 civilians and wounded dozens of people at a market in Mosul on Friday.")
    assert inc.killed == 6
    assert inc.count_ranges["killed"] == (6, 10)
    assert inc.wounded == 12


def test_no_casualties_is_zero():
    inc = _one("Unknown perpetrators detonated a bomb at a bank in Lima on Friday. There were no casualties.")
    assert (inc.killed, inc.wounded) == (0, 0)


@pytest.mark.parametrize("text, killed", [
    ("Gunmen assassinated the mayor of Kirkuk on Sunday.", 1),
    ("Police found the bodies of two journalists in Mosul on Sunday after the attack.", 2),
    ("The murder of journalist Ali Hassan in Mosul on Sunday was condemned by the government.", 1),
    ("Two men were shot and killed in Kirkuk on Sunday and their bodies were left on the road.", 2),
])
def test_deaths_told_without_a_toll(text, killed):
    assert _one(text).killed == killed


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kirkuk on Sunday. No one was killed.",
    "Rebels attacked a police station in Kirkuk on Sunday and threatened to kill 10 judges.",
])
def test_no_death_and_threats_are_not_counted(text):
    assert not _one(text).killed
