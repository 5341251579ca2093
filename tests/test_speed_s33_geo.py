"""Session 33 (issue 18): geo.focus finds the big cities of data/city_parts.tsv a story names with one search a city
(the file lists ~90 parts of ~13 cities, each part's city was searched for again), skipped where an ASCII text does
not hold the city's name in any case; and _state_counts remembers a text's counts (an article's text is counted
again by each incident and several of locate's rules). What each finds is what it found before."""
from __future__ import annotations

import re

import pytest

from eventwire.geo import focus

# sentences written for these tests
TEXTS = [
    "A man was wounded in Roseland on the far South Side of Chicago late Friday, police said.",
    "THE SHOOTING IN AUSTIN LEFT TWO HURT, CHICAGO POLICE SAID.",
    "Officers in los angeles said a teenager was shot near Watts on Sunday.",
    "Two people were hurt in a crash on a county road outside Macon, Georgia.",
    "Il a été blessé à Chicagoland, près de Brooklyn, selon la police.",
    "A man from Memphis, Tennessee, was shot in Orange Mound; the Memphisians mourned.",
    "Boſton police found a Brooklyn car near Kelvin Street, ſaid a neighbour.",
    "",
]


def _each_part_searched(text: str) -> frozenset[str]:
    """The city parts whose city the text names, as read before: each part's city searched for in the text."""
    parts = focus._city_parts()
    cities = {city for city in parts.values() if re.search(rf"\b{re.escape(city)}\b", text, re.I)}
    return frozenset(k for k, city in parts.items() if city in cities)


class _Counted:
    """A city's pattern that counts its searches."""

    def __init__(self, pattern, searched: list) -> None:
        self.pattern, self.searched = pattern, searched

    def search(self, text):
        self.searched.append(self.pattern.pattern)
        return self.pattern.search(text)


@pytest.mark.parametrize("text", TEXTS)
def test_city_parts_named_as_before_one_search_a_city(text, monkeypatch):
    searched: list[str] = []
    cities = tuple((city, low, _Counted(pattern, searched)) for city, low, pattern in focus._part_cities())
    monkeypatch.setattr(focus, "_part_cities", lambda: cities)
    assert focus._city_parts_named(text) == _each_part_searched(text)
    assert len(searched) == len(set(searched)) <= len(set(focus._city_parts().values()))


def test_each_city_once():
    cities = [city for city, _, _ in focus._part_cities()]
    assert len(cities) == len(set(cities)) == len(set(focus._city_parts().values()))


class _Unsearched:
    def search(self, text):
        raise AssertionError("a city searched for in a text that does not hold its name")


def test_an_ascii_text_without_the_name_is_not_searched(monkeypatch):
    cities = tuple((city, low, _Unsearched()) for city, low, _ in focus._part_cities())
    monkeypatch.setattr(focus, "_part_cities", lambda: cities)
    assert focus._city_parts_named("Three people were hurt when a car hit a fence in a quiet suburb.") == frozenset()


def test_state_counts_remembered_and_new_each_call():
    text = "A woman was shot in Dayton, Ohio, and taken to a hospital in Cincinnati, Ohio, on Monday."
    first = focus._state_counts(text)
    assert first == focus._counted_states(text) == {"Ohio": 2}
    first["Ohio"] = 40
    hits = focus._state_counts_of.cache_info().hits
    assert focus._state_counts(text) == {"Ohio": 2}
    assert focus._state_counts_of.cache_info().hits == hits + 1
