"""Dating and follow-ups, session 35: a lead that tells news of an act by "the shooting" on the day of its telling, with
no time of the act in it, is that act's follow-up when the act is told below with a day of its own days before
(consolidate._same_act: a definite act word, as a step word already did); a lead telling a new act ("a man was shot")
stays apart. Hand-made texts in the shape of local news."""
from __future__ import annotations

from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def _coded(text: str, published: str) -> list[tuple[str | None, str | None]]:
    incidents = code_article(Article(id="d", title="", text=text, published=published), OPTIONS).incidents
    return [(i.date, i.location) for i in incidents]


def test_a_lead_telling_news_of_the_shooting_joins_the_act_told_below():
    # a Wednesday's page: Tuesday is the day the news came out, March 2 the day of the shooting; one act
    text = ("Late Tuesday new details came out in the shooting of a young man who was running from a market in "
            "Tacoma.\n\nAs of Tuesday night, Corey Vance, 19, was still in intensive care after he was hit twice in "
            "the back.\n\nThe shooting on March 2 happened outside a market on Pine Street, where a clerk fired at "
            "Vance as he ran off with a case of beer, police said.\n\nThe clerk has not been charged.\n")
    assert _coded(text, "2017-03-08") == [("2017-03-02", "Tacoma")]


def test_a_lead_telling_a_new_act_stays_apart():
    # "a man was shot" on Tuesday is an act of its own, not news of the one of March 2
    text = ("Late Tuesday a man was shot in the leg outside a bar in Tacoma.\n\n"
            "On March 2, a clerk fired at a young man outside a market on Pine Street in Tacoma, police said.\n")
    assert _coded(text, "2017-03-08") == [("2017-03-07", "Tacoma"), ("2017-03-02", "Tacoma")]
