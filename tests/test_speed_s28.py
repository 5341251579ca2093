"""Session 28 (issue 18): the cheap article model decides alone above 0.8, in the gate and in the act filter."""
from eventwire import pipeline, relevance
from eventwire.options import default_options

#: a short report written for this test, which the cheap article model scores between 0.8 and 0.95
TITLE = "Army denies report"
TEXT = "The army denied today a report that its troops had entered the village."


def test_the_cheap_gate_decides_alone_above_0_8():
    settings = default_options().relevance
    assert settings.cheap_article_above == 0.8
    assert pipeline.CHEAP_SURE_ARTICLE == settings.cheap_article_above


def test_a_text_the_cheap_model_is_sure_of_skips_minilm(monkeypatch):
    settings = default_options().relevance
    cheap = relevance.cheap_models(settings.cheap_model).article.probabilities([relevance.article_text(TITLE, TEXT)])[0]
    assert settings.cheap_article_above < cheap <= 0.95

    def no_minilm(*args, **kwargs):
        raise AssertionError("MiniLM asked for an article the cheap model is sure of")

    monkeypatch.setattr(relevance, "article_scores", no_minilm)
    assert relevance.gate_scores([(TITLE, TEXT)], settings)[0] == cheap
