"""Recall and extra incidents (issue 20 item 1, session 26), on real local news (GVA lines outside the held-out
301-450; real models and spaCy, no mocks).

- An article given a date more than a week after the day its address states is dated by its address
  (read.ADDRESS_BEFORE_GIVEN_DAYS): the given date is a crawl's or a capture's ("/article/20140914/6-wounded-..."
  given 2016-05-31), and the text's weekdays were resolved in the wrong week or year.
"""
from __future__ import annotations

from seedutil import gva_article

from eventwire.pipeline import code_article
from eventwire.read import address_dated
from eventwire.records import Article


def _page(line: int) -> Article:
    """GVA line `line` as the evaluation codes it (title, text, address, publication date)."""
    row = gva_article(line)
    return Article(id=f"gva-{line}", title=row["title"], text=row["text"], url=row["url"], published=row["date"])


def test_a_page_given_a_date_long_after_its_address_is_dated_by_its_address():
    url = "http://web.archive.org/web/20151104183121/http://www.adn.com:80/article/20140914/6-wounded-shooting"
    crawled = address_dated(Article(id="a", text="t", url=url, published="2016-05-31"))
    assert crawled.published == "2014-09-14" and any("2016-05-31" in n for n in crawled.notes)
    # a date given within the week after the address's day is the page's own (an update), as is one before it
    for given in ("2014-09-15", "2014-09-21", "2014-09-13"):
        kept = Article(id="b", text="t", url=url, published=given)
        assert address_dated(kept) is kept


def test_a_crawled_page_is_coded_in_the_week_its_address_states():
    # GVA line 2222, given 2016-09-28, its address /article/20160201/2-people-dead-shooting-mat-su-home: "Monday" was
    # resolved to the September week, and the shooting not found
    (incident,) = code_article(_page(2222)).incidents
    assert (incident.admin1, incident.date) == ("Alaska", "2016-02-01")
