"""Session 28 (issue 18): the gazetteer's near-miss search remembered per name and country, a country's names read
without joining every name to its place, and a text's words and sentences remembered (real gazetteer, no mocks)."""
from __future__ import annotations

import pytest

from eventwire.geo import gazetteer as gazetteer_module
from eventwire.geo import text as text_module
from eventwire.geo.gazetteer import Gazetteer
from eventwire.geo.names import name_key
from eventwire.geo.text import _words, sentences


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer()


def test_a_near_miss_asked_again_is_not_searched_again(gz, monkeypatch):
    searches = []
    real = gazetteer_module.process.extract

    def counted(*args, **kwargs):
        searches.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(gazetteer_module.process, "extract", counted)
    first = gz.fuzzy(name_key("Jalalabadd"), "AF")
    again = gz.fuzzy(name_key("Jalalabadd"), "AF")
    assert first and again == first and again is not first
    assert searches == [name_key("Jalalabadd")]
    again.clear()  # a caller's list is its own
    assert gz.fuzzy(name_key("Jalalabadd"), "AF") == first


@pytest.mark.parametrize("country", ["AF", "PK", "SV"])
def test_a_countrys_names_are_the_joined_rows_in_their_order(gz, country):
    gz.fuzzy(name_key("Qwzxv"), country)
    rows = gz._con.execute(
        "SELECT n.key, n.place FROM names n JOIN places p ON p.id = n.place WHERE p.country = ?", (country,)).fetchall()
    joined: dict[str, list[int]] = {}
    for key, place in rows:
        joined.setdefault(key, []).append(place)
    read = gz._country_keys[country]
    assert list(read.items()) == list(joined.items())


class _CountedPattern:
    """A compiled pattern that counts the scans asked of it."""

    def __init__(self, pattern):
        self.pattern, self.scans = pattern, 0

    def finditer(self, *args):
        self.scans += 1
        return self.pattern.finditer(*args)


def test_a_texts_sentences_and_words_are_read_once(monkeypatch):
    story = ("Two men were shot Sunday night on Elm Street in Dayton, police said. One of them died at Miami Valley "
             "Hospital. The other was in stable condition Monday.\nNo arrests have been made.")
    sent, word = _CountedPattern(text_module._SENT), _CountedPattern(text_module._WORD)
    monkeypatch.setattr(text_module, "_SENT", sent)
    monkeypatch.setattr(text_module, "_WORD", word)
    first = sentences(story)
    assert [story[s:e].strip() for s, e in first][:2] == [
        "Two men were shot Sunday night on Elm Street in Dayton, police said.",
        "One of them died at Miami Valley Hospital."]
    first.clear()  # a caller's list is its own
    assert sentences(story) == sentences(story) and len(sentences(story)) == 4
    words = _words(story, 34, 62)
    assert [w for _, _, w in words] == ["Elm", "Street", "in", "Dayton", "police"]
    words.pop()
    assert len(_words(story, 34, 62)) == 5 and _words(story) == _words(story, 0, len(story))
    assert sent.scans == 1 and word.scans == 2
