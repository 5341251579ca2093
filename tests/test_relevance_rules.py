"""The act filter's rules (relevance.mention_reason, wordlists.toml [relevance]) and the cheap gate's guard
(relevance.tells_strong_act): sentences that tell a mention are no acts whatever the models score them, an act
told plainly stays, and an article that tells a strong act anywhere is never skipped as a sure negative."""
from __future__ import annotations

import pytest

from eventwire import pipeline, relevance
from eventwire.options import Options
from eventwire.pipeline import code_text
from eventwire.records import Article

#: sentences eventwire coded as incidents on real pages the models never saw (bench/web_out_of_fold.py) that tell no
#: act, each with the rule that now says so
MENTIONS = [
    ("Wales beat Hungary 2-0 to earn the 20th spot on Tuesday.", "frame"),
    ("Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening to assault and murder a United States "
     "official, the U.S. Attorney's Office said in a statement.", "frame"),
    ("Senators call for 5G security coordinator | Louisiana hit by ransomware attack", "frame"),
    ("As the drug kicked in, they attempted to cool her down, but they were fighting an uphill battle.", "frame"),
    ("ST. LOUIS, MO (KTVI) \u2013 Amid unimaginable grief, the widow of slain Saint Louis County Police Officer Blake "
     "Snyder is using Facebook to help her deal with the loss of her husband.", "frame"),
    ("\u201cIs anyone being attacked in your house?\u201d", "question"),
    ("A still from the 1957 TV movie A Day Called X, about a nuclear attack on Portland, Oregon.", "frame"),
    ("The striker fired a shot past the goalkeeper in the 15th minute and the second strike was the killer blow.",
     "frame"),
    ("Several persons were also interviewed and the evidence collated was presented before the Deputy Director of "
     "Public Prosecutions Mrs. Joan Honore-Paul who advised that the woman should be charged with murder.", "frame"),
    ("The note implied the suspect, described as a white male, had a weapon and demanded money, he said.", "frame"),
]
#: a past victim named at a march: the march is real, but no violent act rests on it (coded as an attack, the act is
#: judged without the protest's words; coded as a protest, it is one)
MARCH = ("Lesley McSpadden, the mother of police shooting victim Michael Brown, and the Rev. Al Sharpton lead the "
         "Justice for All march through the nation’s capital Dec. 13, 2014, in Washington, D.C.")
#: acts told plainly, some next to a frame's words: the rules leave them to the models
ACTS = [
    "Gunmen shot dead three soldiers near Kirkuk on Sunday.",
    "The man threatened to kill her and then shot her twice in the chest.",
    "A man was shot dead after a high school football game on Friday.",
    "A quarterback who scored three touchdowns on Friday was shot and wounded on Saturday.",
    "What led a Stafford father to kill his wife and their two infant daughters?",
    "Hours after the interview, a gunman opened fire at a cinema in Louisiana, killing two people.",
    "Fans clashed with police after the match and 12 people were wounded.",
    "Someone began firing shots into the crowd as the Mothers of Murdered Offspring wrapped up a vigil.",
    "Five people were killed in a heart-stopping attack on a market in Maiduguri.",
    "A 35-year-old woman is due to appear in court today after she was charged with the murder of her mother.",
    "The man, who had a gun and demanded money, shot the clerk in the arm.",
    "The mother of shooting victim Tamir Rice was shot and wounded outside her home on Monday.",
]


@pytest.mark.parametrize("sentence,reason", MENTIONS)
def test_mentions_are_no_acts(sentence, reason):
    assert relevance.mention_reason(sentence) == reason


@pytest.mark.parametrize("sentence", ACTS)
def test_acts_told_plainly_are_left_to_the_models(sentence):
    assert relevance.mention_reason(sentence) is None
    assert relevance.mention_reason(sentence, violent=True) is None


def test_a_protests_words_carry_no_violent_act():
    assert relevance.mention_reason(MARCH, violent=True) == "frame"
    assert relevance.mention_reason(MARCH) is None


def test_the_act_filter_applies_the_rules_unless_turned_off():
    text = ("Gareth Bale scored twice as Wales beat Hungary 2-0 in Cardiff on Tuesday to qualify for Euro 2020. "
            "Wales beat Hungary 2-0 to earn the 20th spot on Tuesday.")
    off = Options.load(use_env=False, overrides={"relevance": {"enabled": False}})
    assert code_text(text, "2019-11-20", off).incidents, "the detector alone takes the score for an assault"
    on = Options.load(use_env=False)
    assert code_text(text, "2019-11-20", on).incidents == ()
    rules_off = Options.load(use_env=False, overrides={"relevance": {"mention_rules": False,
                                                                     "act_threshold": 0.0, "article_threshold": 0.0}})
    assert code_text(text, "2019-11-20", rules_off).incidents


def test_a_plain_attack_survives_the_rules():
    coded = code_text("Gunmen shot dead three soldiers near Kirkuk, Iraq, on Sunday.", "2020-03-03",
                      Options.load(use_env=False))
    assert len(coded.incidents) == 1


INTERVIEW = Article(id="172", title="Obama admits US gun laws are his 'biggest frustration'",
                    text="President Obama said the failure to pass gun safety laws was his biggest frustration. " * 3
                    + "Hours after the interview, a gunman opened fire at a cinema in Louisiana, killing two people.",
                    published="2015-07-24")
#: business news the trigger scan lets through ("wounded") that tells no strong act ("shot up" or "rallied" would:
#: the guard reads words, not senses) and the cheap gate scores ~0.03
STOCKS = Article(id="stocks", title="Chip makers lead markets higher",
                 text="Shares of chip makers jumped on Tuesday as investors cheered strong quarterly earnings; analysts "
                      "said the sector had been wounded by last year's slump.", published="2024-03-03")


def test_an_article_telling_a_strong_act_is_never_a_sure_negative():
    assert relevance.tells_strong_act(INTERVIEW.title, INTERVIEW.text)
    assert not relevance.tells_strong_act(STOCKS.title, STOCKS.text)
    # a strong phrase counts whole, its words alone do not
    assert relevance.tells_strong_act(None, "Police said they opened fire near the bank.")
    assert not relevance.tells_strong_act(None, "The store opened on Monday with fire sales.")
    assert not relevance.tells_strong_act(None, "An anti-bomb-squad budget was opened.")
    settings = Options.load(use_env=False, overrides={"relevance": {"cheap_article_below": 0.5}}).relevance
    scores = relevance.cheap_gate_scores([(a.title, a.text) for a in (INTERVIEW, STOCKS)], settings)
    raw = relevance.cheap_models().article.probabilities(
        [relevance.article_text(a.title, a.text) for a in (INTERVIEW, STOCKS)])
    assert raw[1] < 0.5 and scores[1] == raw[1], "a general story under the cut stays a sure negative"
    assert scores[0] >= 0.5, "the interview is lifted into MiniLM's band whatever its lead scores"


def test_the_shipped_cut_skips_general_news_unparsed_and_keeps_the_interview():
    options = Options.load(use_env=False)
    assert options.relevance.cheap_article_below > 0, "sure negatives are on"
    work = list(pipeline.detected([STOCKS, INTERVIEW], options))
    assert work[0].doc is None
    assert work[1].doc is not None and work[1].drafts
