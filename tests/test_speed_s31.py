"""Session 31 (issue 18): the sentences an article's incidents will ask NER about are read in one batch before they
are placed (geo.locate.read_people_ahead, called by pipeline.placed); placing then reads none, and a sentence's
people are the same whether NER reads it alone or in a batch."""
from __future__ import annotations

from eventwire import parse
from eventwire.geo.locate import locate_incident, read_people_ahead
from eventwire.geo.text import sentences
from eventwire.options import default_options

# a local report written for these tests: two acts in two towns, people named beside the places
TEXT = ("Two men were shot outside a tavern on Fenwick Avenue in Dorland late Friday, police said. "
        "Lieutenant Marcus Tillery said Reuben Castillo and Jonah Whitlock were taken to Mercy Hospital. "
        "Neighbors told reporters they heard six shots. "
        "On Saturday a woman was stabbed in Brookhaven, Georgia, according to Sheriff Dana Kowalski. "
        "Kowalski said the woman, whose name was not released, was in stable condition.")


def _foci(text: str) -> list[list[tuple[int, int]]]:
    sents = sentences(text)
    return [[sents[0], sents[1]], [sents[3], sents[4]]]


def test_placing_reads_no_sentence_after_the_read_ahead():
    options = default_options()
    parse._PEOPLE_CACHE.clear()
    read_people_ahead(TEXT, _foci(TEXT), options)
    read = set(parse._PEOPLE_CACHE)
    assert read, "the read-ahead read nothing"
    for focus in _foci(TEXT):
        assert locate_incident(TEXT, focus, options) is not None
    assert set(parse._PEOPLE_CACHE) == read


def test_read_ahead_reads_what_placing_would():
    options = default_options()
    parse._PEOPLE_CACHE.clear()
    for focus in _foci(TEXT):
        locate_incident(TEXT, focus, options)
    asked = set(parse._PEOPLE_CACHE)
    parse._PEOPLE_CACHE.clear()
    read_people_ahead(TEXT, _foci(TEXT), options)
    assert set(parse._PEOPLE_CACHE) == asked


def test_read_ahead_skips_text_without_case():
    options = default_options()
    parse._PEOPLE_CACHE.clear()
    read_people_ahead(TEXT.upper(), _foci(TEXT), options)
    assert not parse._PEOPLE_CACHE


def test_people_the_same_alone_and_in_a_batch():
    options = default_options()
    regions = sentences(TEXT)
    parse._PEOPLE_CACHE.clear()
    together = parse.people(TEXT, regions, options)
    alone = []
    for region in regions:
        parse._PEOPLE_CACHE.clear()
        alone += parse.people(TEXT, [region], options)
    assert together == alone
    assert any(TEXT[s:e] == "Marcus Tillery" for s, e in together)
