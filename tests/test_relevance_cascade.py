"""The relevance cascade (relevance.py): the cheap hashed models decide what they are sure of, MiniLM only the band
between the [relevance] cheap_* thresholds; an article the cascade is sure is not news is never parsed."""
from __future__ import annotations

import numpy as np
import pytest

from eventwire import pipeline, relevance
from eventwire.errors import ModelError
from eventwire.options import Options
from eventwire.records import Article

ATTACK = Article(id="attack", title="Gunmen kill 12 in attack on Nigerian village",
                 text="Gunmen killed 12 villagers and burned homes in an overnight attack in Zamfara state, police "
                      "said on Sunday.", published="2024-03-03")
#: business news that the trigger scan lets through ("wounded"), that tells no strong act (relevance.tells_strong_act:
#: "stocks rallied" would, and would never be a sure negative) and that the cheap gate scores ~0.03
STOCKS = Article(id="stocks", title="Chip makers lead markets higher",
                 text="Shares of chip makers jumped on Tuesday as investors cheered strong quarterly earnings; analysts "
                      "said the sector had been wounded by last year's slump.", published="2024-03-03")
#: a sure-negative cut above STOCKS's cheap score and below ATTACK's
SURE_NO = 0.2
#: a MiniLM model file that does not exist: any call that reaches MiniLM raises ModelError
NO_MINILM = "/nonexistent/relevance.json"


def opts(**relevance_settings: object) -> Options:
    return Options.load(overrides={"relevance": relevance_settings})


def cheap_article(article: Article) -> float:
    return float(relevance.cheap_models().article.probabilities([relevance.article_text(article.title,
                                                                                        article.text)])[0])


def test_hashed_features_are_case_blind_and_count_words_and_pairs():
    a = relevance.hashed_features("Gunmen KILLED 12 villagers")
    assert np.array_equal(a, relevance.hashed_features("gunmen killed 7 villagers"))
    assert len(a) == 7  # four words and three pairs, numbers as one token
    assert len(relevance.hashed_features("")) == 0
    assert a.max() < relevance.CHEAP_BUCKETS


def test_shipped_cheap_models_tell_attacks_from_other_news():
    assert cheap_article(ATTACK) > 0.95 and cheap_article(STOCKS) < SURE_NO
    act = relevance.cheap_models().act.probabilities(["Gunmen shot dead three soldiers near Kirkuk on Sunday.",
                                                      "Preheat the oven and bake the tart for 25 minutes."])
    assert act[0] > 0.9 and act[1] < 0.5


def test_sure_negative_article_is_never_parsed_nor_sent_to_minilm():
    from eventwire import prefilter

    options = opts(model=NO_MINILM, cheap_article_below=SURE_NO)  # MiniLM unreachable
    assert prefilter.passes(STOCKS.title, STOCKS.text)  # the cheap gate, not the scan, turns it away
    work = list(pipeline.detected([STOCKS, ATTACK], options))
    assert work[0].doc is None and work[0].drafts == []
    assert work[1].doc is not None
    assert next(pipeline.code_articles([STOCKS], options)).incidents == ()
    # with the cut below its score, the article is unsure: MiniLM is asked (and here is missing)
    with pytest.raises(ModelError):
        list(pipeline.detected([STOCKS], opts(model=NO_MINILM, cheap_article_below=0.01)))


def test_sure_positive_article_goes_on_without_minilm():
    options = opts(model=NO_MINILM)
    assert cheap_article(ATTACK) > options.relevance.cheap_article_above
    assert pipeline.gate([ATTACK], options) == [True]
    work = next(pipeline.detected([ATTACK], options))
    assert work.doc is not None and work.drafts


def test_the_unsure_band_goes_to_minilm():
    # a band that holds every score sends every article to MiniLM: its absence is then an error, not a guess
    with pytest.raises(ModelError):
        pipeline.gate([ATTACK], opts(model=NO_MINILM, cheap_article_below=0.0, cheap_article_above=1.0))
    both = [(ATTACK.title, ATTACK.text), (STOCKS.title, STOCKS.text)]
    minilm = relevance.article_scores(both)
    assert np.allclose(relevance.gate_scores(both, opts(cheap_article_below=0.0, cheap_article_above=1.0).relevance),
                       minilm)


def test_equal_thresholds_let_the_cheap_gate_decide_alone():
    options = opts(model=NO_MINILM, cheap_article_below=0.5, cheap_article_above=0.5, article_threshold=0.5)
    assert pipeline.gate([ATTACK, STOCKS], options) == [True, False]
    # the article threshold still decides on the cascade's score
    assert pipeline.gate([ATTACK, STOCKS], opts(model=NO_MINILM, cheap_article_below=0.5, cheap_article_above=0.5,
                                                 article_threshold=1.0)) == [False, False]


def test_act_filter_thresholds_are_honoured():
    sentences = ["Gunmen shot dead three soldiers near Kirkuk on Sunday.",
                 "He attacked the policies of the government in a speech."]
    cheap = relevance.cheap_models().act.probabilities([relevance.act_text(s) for s in sentences])
    assert cheap[0] > 0.9 > cheap[1] > 0.05
    # the cheap model alone: a cut between the two scores keeps the first and drops the second
    cut = float((cheap[0] + cheap[1]) / 2)
    alone = opts(model=NO_MINILM, cheap_act_below=cut, cheap_act_above=cut).relevance
    assert list(relevance.act_filter_scores(sentences, alone)) == pytest.approx(list(cheap))
    # a band around the second sends it, and only it, to MiniLM
    band = opts(cheap_act_below=float(cheap[1]) - 0.01, cheap_act_above=float(cheap[1]) + 0.01).relevance
    scores = relevance.act_filter_scores(sentences, band)
    assert scores[0] == pytest.approx(cheap[0])
    assert scores[1] == pytest.approx(relevance.act_scores([sentences[1]])[0])
    with pytest.raises(ModelError):
        relevance.act_filter_scores(sentences, opts(model=NO_MINILM, cheap_act_below=float(cheap[1]) - 0.01,
                                                    cheap_act_above=float(cheap[1]) + 0.01).relevance)


def test_fit_hashed_learns_and_calibrates():
    texts = [f"gunmen killed {n} people in town {n}" for n in range(40)] + \
            [f"the bank raised rates in quarter {n}" for n in range(40)]
    y = np.array([1.0] * 40 + [0.0] * 40)
    model = relevance.fit_hashed(texts, y, np.ones(80), l2=0.1)
    logits = np.array([model.logit(t) for t in texts])
    assert (logits[:40] > 0).all() and (logits[40:] < 0).all()
    sharp = relevance.calibrated(model, logits, y)
    assert sharp.scale > 0
    p = sharp.probabilities(["gunmen killed people", "the bank raised rates"])
    assert p[0] > 0.9 and p[1] < 0.1
    assert relevance.Hashed.from_dict(sharp.to_dict()).probabilities(["gunmen killed people"]) == \
        pytest.approx(p[:1], abs=1e-3)


def test_an_unreadable_cheap_model_is_a_model_error(tmp_path):
    bad = tmp_path / "cheap.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot be read"):
        relevance.cheap_models(str(bad))


def test_sure_article_with_sure_acts_is_coded_without_minilm(monkeypatch):
    options = opts(model=NO_MINILM)  # shipped thresholds; MiniLM unreachable
    coded = next(pipeline.code_articles([ATTACK], options))
    assert coded.incidents
    cheap = relevance.cheap_models().act.probabilities([relevance.act_text(i.summary or "") for i in coded.incidents])
    assert (cheap > options.relevance.cheap_act_above).all()
    # with the cheap act model's band widened to everything, the act filter judges the acts; an article the cheap
    # article model is sure of (pipeline.CHEAP_SURE_ARTICLE, session 26) is a sure article without MiniLM ...
    wide = opts(model=NO_MINILM, cheap_act_above=1.0)
    sure = relevance.cheap_models().article.probabilities([relevance.article_text(ATTACK.title, ATTACK.text)])[0]
    assert sure > pipeline.CHEAP_SURE_ARTICLE
    assert next(pipeline.code_articles([ATTACK], wide)).incidents
    # ... and any other needs MiniLM's article score
    monkeypatch.setattr(pipeline, "CHEAP_SURE_ARTICLE", 1.0)
    with pytest.raises(ModelError):
        next(pipeline.code_articles([ATTACK], wide))


#: two sentences of business news, repeated to make a page of several windows (relevance.window_texts) that the
#: cheap gate reads as general news (each ~0.01)
MARKETS = ("Shares of chip makers jumped on Tuesday as investors cheered strong quarterly earnings, and the index closed "
           "at a record. Analysts said demand for data centre chips would keep growing through next year as companies "
           "spend on new servers. ")


def test_a_strong_word_lifts_a_sure_negative_only_from_the_title_or_a_window_that_reads_as_an_act():
    aside = Article(id="aside", title="Chip makers lead markets higher", published="2024-03-03",
                    text=MARKETS * 4 + "The company's founder, a veteran of the 1968 war, recalled how his unit was "
                                       "ambushed and shot dead a sniper. " + MARKETS * 2)
    told = Article(id="told", title="Chip makers lead markets higher", published="2024-03-03",
                   text=MARKETS * 4 + "Gunmen opened fire on a village in Zamfara state, killing 12 people, police "
                                      "said. " + MARKETS * 2)
    titled = Article(id="titled", title="Man shot dead outside chip plant", text=MARKETS * 6, published="2024-03-03")
    items = [(a.title, a.text) for a in (aside, told, titled)]
    assert all(relevance.tells_strong_act(*item) for item in items)
    windows = relevance.cheap_models().article.probabilities
    assert max(windows(relevance.window_texts(*items[0]))) < 0.1 < max(windows(relevance.window_texts(*items[1])))
    assert max(windows(relevance.window_texts(*items[2]))) < 0.5
    # session 11's guard: every strong word lifts the article into MiniLM's band
    every = relevance.cheap_gate_scores(items, opts(cheap_article_below=0.5, cheap_window_below=0.0).relevance)
    assert list(every) == [0.5, 0.5, 0.5]
    # with the windows read: the aside's page stays a sure negative; the act told later and the title still lift
    read = relevance.cheap_gate_scores(items, opts(cheap_article_below=0.5, cheap_window_below=0.1).relevance)
    assert read[0] < 0.5 and list(read[1:]) == [0.5, 0.5]
    work = list(pipeline.detected([aside], opts(model=NO_MINILM, cheap_article_below=0.5, cheap_window_below=0.1)))
    assert work[0].doc is None and work[0].drafts == []


def test_window_texts_are_the_lead_then_each_following_stretch():
    text = "x" * (relevance.ARTICLE_CHARS * 3 + relevance.ARTICLE_CHARS // 4)
    windows = relevance.window_texts("Title", text)
    assert windows[0] == relevance.article_text("Title", text)
    assert len(windows) == 3, "the last quarter-window is too short to read alone"
    assert relevance.window_texts(None, "short") == ["short"]
