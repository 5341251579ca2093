"""The incident's date on real local news (issue 20 item 4): a page saved by a web archive was not published after it
was saved, and its times are read against the day it was saved. Hand-made texts in the shape of GVA articles, parsed
for real by spaCy."""
from __future__ import annotations

from eventwire import datelines, detect
from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

OPTIONS = Options.load(use_env=False)


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

