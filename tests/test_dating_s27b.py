"""Sentences that go on after a title written short (session 27, the dates engineer's second task): spaCy's small
English parser began a sentence after "Det.", "Sgt.", "Lt." where a name follows ("Det. || Paul Reed said ..."),
and the speaker's sentence lost its subject to a fragment that every stage read alone.
eventwire.abbreviations (data/title_abbreviations.txt) keeps the word after a title in its sentence. Hand-made
sentences in news style, parsed for real."""
from __future__ import annotations

import pytest

from eventwire import parse
from eventwire.abbreviations import titles
from eventwire.options import Options

OPTIONS = Options.load(use_env=False)


def _sentences(text: str) -> list[str]:
    nlp = parse.load_pipeline(OPTIONS.parse.model, tuple(OPTIONS.parse.exclude))
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "Det. Paul Reed said the boy found the gun in a closet.",
        "Sgt. Maria Gomez said the two men knew each other.",
    ],
)
def test_a_sentence_goes_on_after_a_title(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text, first",
    [
        # a line break ends a sentence whatever comes before it
        ("Statement from Sgt.\n\nThe man was hurt.", "Statement from Sgt."),
    ],
)
def test_a_sentence_still_ends_where_no_title_goes_on(text, first):
    assert _sentences(text)[0].strip() == first


def test_titles_are_read_as_written():
    assert {"Sgt.", "Lt.", "Det."} <= titles() and "St." not in titles() and "p.m." not in titles()
