"""The act filter takes an article the cheap gate is sure of as a sure article without asking MiniLM (issue 18,
session 26: MiniLM's reading of such articles was ~10% of a coded article's CPU)."""
from __future__ import annotations

from eventwire import encoder, pipeline, relevance
from eventwire.options import default_options
from eventwire.records import Article

TITLE = "Woman shot in Detroit"
TEXT = ("DETROIT - A woman sitting in her parked car on the city's east side was struck by gunfire Sunday, police "
        "said. Doctors listed her in serious condition at a nearby hospital. No arrests have been made.")


def test_cheap_sure_article_keeps_its_act_without_minilm(monkeypatch):
    options = default_options()
    cheap = relevance.cheap_models(options.relevance.cheap_model)
    assert cheap.article.probabilities([relevance.article_text(TITLE, TEXT)])[0] > pipeline.CHEAP_SURE_ARTICLE
    relevance.forget()
    encoded: list[str] = []
    real = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda texts: (encoded.extend(texts), real(texts))[1])
    coded = pipeline.code_article(Article(id="t", text=TEXT, title=TITLE, published="2020-05-03"), options)
    (incident,) = coded.incidents
    # the act is one the cheap act model is not sure of: the filter judged it, and kept it as an act of a sure article
    assert cheap.act.probabilities([relevance.act_text(incident.summary or "")])[0] <= options.relevance.cheap_act_above
    assert encoded == []
