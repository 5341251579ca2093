"""The trigger scan before the article gate: general news is turned away for ~nothing, reports of acts never."""
from __future__ import annotations

from eventwire import pipeline, prefilter
from eventwire.options import Options
from eventwire.records import Article

SPORT = ("Shares rose three percent after the firm reported higher profits. Analysts expect the next quarter to be "
         "as strong, the company told shareholders.")
ACT = ("Gunmen opened fire on a bus near Kirkuk on Sunday, killing four passengers and wounding nine, police said.")


def test_words_come_from_the_data_file_without_comments():
    words = prefilter.words()
    assert "kill" in words and "handgun" in words and "tear gas" in words
    assert not any(w.startswith("#") or not w for w in words)
    # words common in general news are left out of the list on purpose (the detector's own trigger words are
    # added to the scan from data/triggers.tsv, see prefilter.trigger_words)
    assert "police" not in words


def test_scan_keeps_acts_and_turns_away_general_news():
    assert prefilter.passes(None, ACT)
    assert not prefilter.passes("Markets", SPORT)
    # a word beginning matches its forms, but not inside another word ("skill" is not "kill")
    assert prefilter.passes(None, "Three people were killed.")
    assert not prefilter.passes(None, "A skilled engineer was hired by the firm.")
    # a phrase matches across any blanks, the title alone is enough, and `chars` limits the text scanned
    assert prefilter.passes(None, "Police used tear\n gas on the crowd.")
    assert prefilter.passes("Two stabbed in market", SPORT)
    assert not prefilter.passes(None, SPORT + " " + ACT, chars=len(SPORT))
    assert prefilter.scan([(None, ACT), (None, SPORT)]) == [True, False]


def test_pipeline_gate_runs_the_scan_before_the_learned_gate():
    articles = [Article(id="a", text=ACT, published="2024-01-01"), Article(id="b", text=SPORT, published="2024-01-01")]
    scan_only = Options.load(overrides={"relevance": {"enabled": False}})
    assert pipeline.gate(articles, scan_only) == [True, False]
    everything = Options.load(overrides={"relevance": {"enabled": False}, "prefilter": {"enabled": False}})
    assert pipeline.gate(articles, everything) == [True, True]
    coded = list(pipeline.code_articles(articles, scan_only))
    assert coded[0].incidents and not coded[1].incidents
