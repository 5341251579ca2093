"""The caches and the narrowed reading of the coding speed work (issue 18, session 11): what is remembered or read in
fewer places gives what reading everything gives. Real spaCy NER and the real gazetteer; texts written for these
tests in the shape of US local news."""
from __future__ import annotations

import re

import pytest

from eventwire import parse
from eventwire.geo import locate
from eventwire.geo.gazetteer import get_gazetteer
from eventwire.geo.mentions import _Context, find_mentions
from eventwire.geo.text import _WORD, sentences
from eventwire.options import Options

# written for these tests: people named after towns (Aguiar, Tyler, Marshall), towns named as towns
STORY = (
    "AUSTIN, Texas - Luis Aguiar, 34, was shot Friday night outside a store on Lamar Boulevard in Austin, police "
    "said. Aguiar was taken to a hospital in Round Rock.\n\n"
    "Officers later arrested Jordan Tyler Marshall, 22, at a home in Pflugerville. Marshall is held in the Travis "
    "County jail. Police in Tyler, Texas, helped.\n\n"
    "A neighbor, Maria Lopez, said she heard four shots. \"It was terrible,\" Lopez said."
)


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _full_name_words_of_the_whole_story(text, options):
    """The words of the people's names of two words or more NER finds in every sentence, less those the story writes
    as places: what _full_name_words gave before it read only the sentences holding the words asked about."""
    words = set()
    for s, e in parse.people(text, sentences(text), options):
        parts = [m.group() for m in _WORD.finditer(text, s, e)]
        if len(parts) >= 2:
            words.update(w for w in parts if len(w) >= locate.NAMESAKE_MIN_CHARS and w[0].isupper()
                         and w[1:].islower() and w.lower().rstrip(".") not in parse.PERSON_TITLES)
    return {w for w in words if not any(locate._PLACE_AFTER.match(text, m.end())
                                        for m in re.finditer(rf"\b{re.escape(w)}\b", text))}


def test_full_name_words_asked_are_those_of_the_whole_story(options, monkeypatch):
    monkeypatch.setattr(locate, "_NAMESAKE_CACHE", {})
    whole = _full_name_words_of_the_whole_story(STORY, options)
    assert {"Marshall", "Lopez"} <= whole and "Tyler" not in whole  # "Tyler, Texas" is a place
    every = {m.group() for m in _WORD.finditer(STORY)}
    # asked a word at a time, then again from memory, then all at once: always the whole story's answer
    for asked in [{"Aguiar"}, {"Lopez", "Austin"}, {"Tyler"}, {"Aguiar"}, every]:
        assert locate._full_name_words(STORY, options, asked) == frozenset(whole & asked)
    assert set(locate._NAMESAKE_CACHE[(options.parse.model, STORY, False)]) == every


def test_full_name_words_reads_only_the_sentences_holding_the_words(options, monkeypatch):
    monkeypatch.setattr(locate, "_NAMESAKE_CACHE", {})
    monkeypatch.setattr(parse, "_PEOPLE_CACHE", {})
    assert locate._full_name_words(STORY, options, {"Lopez"}) == {"Lopez"}
    read = {text for _, text in parse._PEOPLE_CACHE}
    assert read and all("Lopez" in text for text in read)
    assert len(read) < len(sentences(STORY))


def _people_read_everywhere(text, focus, options, namesakes):
    """The people's names of every sentence an incident is placed from, as locate read them before it asked only
    where find_mentions found a place name."""
    sents = sentences(text)
    lo = min((s for s, e in focus if e > s), default=0)
    before = [se for se in sents if se[1] <= lo][-locate.PRECEDING_SENTENCES:]
    regions = [se for se in sents if any(se[0] < e and s < se[1] for s, e in focus)] + before
    spans = parse.people(text, regions, options)
    if namesakes:
        words = {m.group() for s, e in regions for m in _WORD.finditer(text, s, e)}
        names = locate._full_name_words(text, options, words)
        spans = spans + [(m.start() - 1, m.end()) for s, e in regions for m in _WORD.finditer(text, s, e)
                         if m.group() in names and m.start() > 0]
    return spans


@pytest.mark.parametrize("namesakes", [True, False])
def test_people_read_where_places_are_found_drop_what_reading_everywhere_drops(options, namesakes):
    gz = get_gazetteer(options)
    dropped_any = False
    for focus in [[s] for s in sentences(STORY)] + [[(0, len(STORY))]]:
        near = locate._people_near(STORY, focus, "mixed", options, namesakes)
        everywhere = _people_read_everywhere(STORY, focus, options, namesakes)
        for s, e in sentences(STORY):
            found = [(m.start, m.end, m.key) for m in find_mentions(STORY, s, e, _Context(gz, STORY, "mixed", "US"),
                                                                    near)]
            assert found == [(m.start, m.end, m.key) for m in find_mentions(
                STORY, s, e, _Context(gz, STORY, "mixed", "US"), everywhere)]
            dropped_any |= len(found) < len(find_mentions(STORY, s, e, _Context(gz, STORY, "mixed", "US")))
    assert dropped_any  # the story's people do keep some of its words from being places
    assert locate._people_near(STORY, [(0, 50)], "upper", options, namesakes) == ()


def test_full_name_words_reads_the_callers_sentences_in_its_batch(options, monkeypatch):
    monkeypatch.setattr(locate, "_NAMESAKE_CACHE", {})
    monkeypatch.setattr(parse, "_PEOPLE_CACHE", {})
    first = sentences(STORY)[0]
    assert "Lopez" not in STORY[first[0]:first[1]]
    assert locate._full_name_words(STORY, options, {"Lopez"}, read_with=[first]) == {"Lopez"}
    assert (options.parse.model, STORY[first[0]:first[1]]) in parse._PEOPLE_CACHE


def test_document_features_remembered_on_the_doc_are_those_computed(options):
    from eventwire import muc_typer

    nlp = parse.load_pipeline(options.parse.model, tuple(options.parse.exclude))
    doc = nlp(STORY)
    first = muc_typer.document_features(doc)
    assert first == muc_typer._document_features(nlp(STORY)) and any(k.startswith("quotes=") for k in first)
    first["bias"] = 1.0  # a caller's changes stay its own
    assert muc_typer.document_features(doc) == muc_typer._document_features(doc)
    assert "bias" not in muc_typer.document_features(doc)
