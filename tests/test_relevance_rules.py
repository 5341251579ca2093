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
    ("Norway beat Austria 3-1 to take the 18th place on Saturday.", "frame"),
    ("Dwayne R. Helms Sr., 61, of Lisle, pleaded guilty to threatening to beat and kill a federal judge, "
     "prosecutors said in a release.", "frame"),
    ("Lawmakers seek cyber chief for ports | Ohio city hit by ransomware attack", "frame"),
    ("Once the pills took hold, they tried to keep him calm, but it was a losing battle.", "frame"),
    ("DAYTON, OH (WXQT) \u2013 Through her grief, the widow of slain Montgomery County Deputy Alan Krebs is "
     "turning to Facebook to cope with losing her husband.", "frame"),
    ("\u201cIs someone attacking you in your home right now?\u201d", "question"),
    ("A frame from the 1962 film The Last Siren, about a nuclear attack on Tacoma, Washington.", "frame"),
    ("The striker fired a shot past the goalkeeper in the 15th minute and the second strike was the killer blow.",
     "frame"),
    ("Several witnesses were questioned and the file was sent to the Director of Public Prosecutions, Mr. Kelvin "
     "Ramdass, who advised that the man should be charged with murder.", "frame"),
    ("The note suggested the robber, a tall man in a hoodie, had a weapon and demanded cash, she said.", "frame"),
]
#: a past victim named at a march: the march is real, but no violent act rests on it (coded as an attack, the act is
#: judged without the protest's words; coded as a protest, it is one)
MARCH = ("Rhonda Keeler, the mother of police shooting victim Darnell Keeler, and the Rev. Marcus Boyd lead a "
         "Justice for All march down Pennsylvania Avenue on Dec. 6, 2015, in Washington, D.C.")
#: acts told plainly, some next to a frame's words: the rules leave them to the models
ACTS = [
    "Gunmen shot dead three soldiers near Kirkuk on Sunday.",
    "The man threatened to kill her and then shot her twice in the chest.",
    "A man was shot dead after a high school football game on Friday.",
    "A quarterback who scored three touchdowns on Friday was shot and wounded on Saturday.",
    "What drove a Fairfax mother to kill her husband and their two young sons?",
    "Hours after the broadcast, a gunman opened fire in a theater in Tennessee, killing three people.",
    "Fans clashed with police after the match and 12 people were wounded.",
    "A man started firing shots into the crowd as a group of grieving parents ended a candlelight vigil.",
    "Five people were killed in a heart-stopping attack on a market in Maiduguri.",
    "A 42-year-old man is due in court on Monday, charged with the murder of his father.",
    "The man, who had a gun and demanded money, shot the clerk in the arm.",
    "The father of shooting victim Jalen Marsh was shot and wounded outside his home on Monday.",
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
    text = ("Tor Lindqvist scored twice as Norway beat Austria 3-1 in Oslo on Saturday to reach the finals. "
            "Norway beat Austria 3-1 to take the 18th place on Saturday.")
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


INTERVIEW = Article(id="172", title="Senator calls failed gun bill her 'deepest regret'",
                    text="The senator said the failure to pass gun safety laws was her deepest regret. " * 3
                    + "Hours after the broadcast, a gunman opened fire in a theater in Tennessee, killing three people.",
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
