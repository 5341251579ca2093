"""Session 32 (types, the driver's part): the headline of an article reaches the typer (pipeline.typed), so that a
shooting its headline alone tells an accident is marked one. The sentences below are written for this test."""
from __future__ import annotations

from eventwire.pipeline import code_article
from eventwire.records import Article

TEXT = ("A 9-year-old boy was shot in the leg at a house on Birch Lane in Fairview, Kansas, on Sunday evening, "
        "deputies said. He was flown to a hospital in Wichita and is expected to survive.")


def test_an_accident_told_in_the_headline_alone_is_marked():
    (told,) = code_article(Article(id="h", title="Fairview boy, 9, hurt in accidental shooting at relative's home",
                                   text=TEXT, published="2024-03-04")).incidents
    assert told.accident and told.event_type is None
    (plain,) = code_article(Article(id="p", title="Fairview boy, 9, shot at relative's home", text=TEXT,
                                    published="2024-03-04")).incidents
    assert not plain.accident and plain.event_type == "Violence against civilians"
