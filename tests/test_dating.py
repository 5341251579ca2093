"""The incident's date on real local news (issue 20 items 2 and 4): a day the story tells elsewhere dates an act its
own sentences do not, an old act named by its date keeps that date, and a page saved by a web archive was not
published after it was saved. Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

from eventwire import datelines, detect
from eventwire.options import Options
from eventwire.pipeline import code_article, code_text
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


def test_an_old_act_dated_later_in_the_story_keeps_its_own_date():
    """A follow-up of 16 May tells the shooting as history ("occurred Feb. 6"): the act is dated 6 February, not by
    the day the prosecutor announced something nor by the article's day."""
    text = ("A 12-year-old Kent girl who accidentally shot and killed her cousin will not face charges, the King "
            "County prosecutor said Friday.\n\n"
            "The shooting occurred Feb. 6 in a house on Pine Road in Kent.")
    (incident,) = code_text(text, "2014-05-16", OPTIONS).incidents
    assert (incident.date, incident.date_precision) == ("2014-02-06", "day")


def test_a_day_told_of_the_act_in_a_sentence_of_news_dates_it():
    """ "charged ... in the March 9 shooting": a court step, but the day right before the act word is the act's."""
    text = ("A Wilkinsburg man was shot and killed at a family cookout, police said.\n\n"
            "Two men were charged last month in the March 9 shooting in Wilkinsburg.")
    incidents = code_text(text, "2016-07-05", OPTIONS).incidents
    assert incidents and incidents[0].date == "2016-03-09"


def test_a_day_of_what_will_be_or_of_a_funeral_dates_nothing():
    """ "He will be in court on Wednesday", "Her funeral was held at 2 p.m. Tuesday": no day of the act."""
    shot = "A 10-year-old girl is in the hospital after her brother accidentally shot her in Comanche, Oklahoma.\n\n"
    for tail in ("He will be in court on Wednesday.", "Her funeral was held at 2 p.m. Tuesday."):
        (incident,) = code_text(shot + tail, "2015-03-20", OPTIONS).incidents
        assert incident.date == "2015-03-20" and incident.date_precision == "week"


def test_a_page_saved_by_a_web_archive_was_published_before_it_was_saved():
    """A page the archive saved on 28 January 2015 that states 29 January 2017 (a crawler's or "modified" stamp):
    its "Sunday" is the one before the saving."""
    url = "http://web.archive.org/web/20150128225228/http://kstp.com:80/news/stories/S3688091.shtml"
    assert datelines.archived_on(url).isoformat() == "2015-01-28"
    assert datelines.archived_on("http://kstp.com/news/2015/01/28/x") is None
    text = "A 22-year-old man was shot and killed Sunday outside a home in north Minneapolis, police said."
    article = Article(id="t", text=text, url=url, published="2017-01-29")
    assert detect.article_date(article).isoformat() == "2015-01-28"
    (incident,) = code_article(article, OPTIONS).incidents
    assert incident.date == "2015-01-25"
    # saved after its date: the stated date stands
    later = article.replace(url=url.replace("20150128225228", "20170301000000"))
    assert detect.article_date(later).isoformat() == "2017-01-29"


def test_an_act_told_beside_a_dated_one_takes_its_day_not_its_toll():
    """ "Weston also fatally shot two of his children" (in the shape of a GVA story) is told as one more act; nothing in it
    dates it, and the story tells no time of "it": it takes the day of the act told before it (Saturday), not the
    article's, and keeps its own toll. The first act's dead are the ex-wife and her boyfriend: 2 (until ba0774f the
    joined phrase was also read inside itself, and this test pinned that double count as 4)."""
    text = ("A man shot and killed his ex-wife and her boyfriend at her house in Marietta, Georgia, shortly after "
            "4 p.m. Saturday, police said.\n\n"
            "Weston also fatally shot two of his children before he turned the gun on himself.")
    incidents = code_text(text, "2015-02-09", OPTIONS).incidents
    assert [(i.date, i.killed) for i in incidents] == [("2015-02-07", 2), ("2015-02-07", 2)]
