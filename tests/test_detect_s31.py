"""Detection, session 31: protests told without a strong word of protest, as monitors' notes tell them (issue 15: the
ACLED 2022 extract's rows that coded nothing). A protest "held" on a day is the protest's day, not news told after an
act (detect._holds_protest): a sentence that also names an older year was all history. A weak protest noun staged by
its verb ("carried out a march": detect._staged_protest), a crowd's act done "to demand" something
(detect._crowd_purpose) and a climate strike (data/triggers.tsv) are protests; a funeral procession, a month's name
and a police stop are not. The sentences are written for these tests."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import code_text, detected
from eventwire.records import Article


def _drafts(text: str, published: str = "2021-10-04") -> list[str]:
    article = Article(id="p", text=text, published=published, url="https://news.example.org/p")
    (work,) = list(detected([article], default_options()))
    return [d.main.text.strip() for d in work.drafts]


def _events(text: str, published: str = "2021-10-04") -> list[str | None]:
    return [i.event_type for i in code_text(text, published).incidents]


def test_a_protest_held_on_a_day_is_news_though_an_old_year_is_named():
    text = ("On 4 October 2021, members of two teachers' unions held a protest in Talavera against a pay freeze "
            "that the regional government has kept in place since 2016.")
    assert _events(text) == ["Protests"]


def test_a_march_carried_out_is_a_protest():
    text = ("On 9 July 2021, in Arenales, about three hundred farmers carried out a march in support of a bill on "
            "water rights.")
    assert _events(text, "2021-07-09") == ["Protests"]


def test_a_crowd_acting_to_demand_something_is_a_protest():
    text = ("On 12 August 2021, around forty residents of Millbrook set up tents in front of the town hall to demand "
            "clean drinking water for their district.")
    assert _events(text, "2021-08-12") == ["Protests"]


def test_a_climate_strike_is_a_protest():
    text = "On 14 May 2021, pupils of three schools held their weekly climate strike outside the parliament in Vantaa."
    assert _events(text, "2021-05-14") == ["Protests"]


def test_what_is_no_protest_stays_none():
    # a funeral procession, a month's name, a police stop
    assert _drafts("A funeral procession was held on Tuesday for the retired judge in Dunmore.") == []
    assert _drafts("The council held its March meeting at the library on Monday.") == []
    assert _drafts("Officers stopped the van on Route 9 to demand the driver's papers.") == []
