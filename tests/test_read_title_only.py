"""An input that holds a headline and no body (an RSS item that is all headline, a crawl row whose page would not
extract) is coded from its title, with a note saying so; one with neither is still refused, naming the input."""
from __future__ import annotations

import json

from eventwire.evaluate import gva
from eventwire.pipeline import code_articles
from eventwire.read import TITLE_ONLY_NOTE, read_path, title_as_text
from eventwire.records import Article, Failure

HEADLINE = "Store clerk killed in Miami Gardens gas station shooting"

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local news</title><link>https://news.example.org/</link>
<description>Local news</description>
<item><title>{headline}</title><link>https://news.example.org/guard</link>
<pubDate>Sat, 14 Mar 2015 09:00:00 GMT</pubDate><guid>guard-1</guid></item>
<item><link>https://news.example.org/blank</link><pubDate>Sat, 14 Mar 2015 09:00:00 GMT</pubDate>
<guid>blank-1</guid></item>
</channel></rss>
"""


def test_title_as_text():
    assert title_as_text("Body.", "Title") == ("Body.", None)
    assert title_as_text("  \n", HEADLINE) == (HEADLINE + ".", TITLE_ONLY_NOTE)
    assert title_as_text("", "Man shot dead?") == ("Man shot dead?", TITLE_ONLY_NOTE)
    assert title_as_text(None, "  ") == ("", None)


def test_jsonl_row_with_a_title_and_no_text_is_read_from_its_title(tmp_path):
    p = tmp_path / "crawl.jsonl"
    rows = [{"id": "a", "title": HEADLINE, "text": "", "date": "2015-03-14"}, {"id": "b", "text": "", "date": "2015-03-14"}]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = list(read_path(p))
    assert isinstance(first, Article) and first.text == HEADLINE + "." and first.notes == (TITLE_ONLY_NOTE,)
    assert isinstance(second, Failure) and second.origin.endswith("crawl.jsonl:2") and "no 'text' field" in second.reason


def test_feed_item_that_is_all_headline_is_coded(tmp_path):
    p = tmp_path / "feed.rss"
    p.write_text(FEED.format(headline=HEADLINE), encoding="utf-8")
    first, second = list(read_path(p))
    assert isinstance(first, Article) and first.published == "2015-03-14" and first.notes == (TITLE_ONLY_NOTE,)
    assert isinstance(second, Failure) and "feed entry has no text" in second.reason
    (coded,) = list(code_articles([first]))
    (incident,) = coded.incidents
    assert incident.killed == 1 and incident.admin1 == "Florida" and incident.location == "Miami Gardens"


def test_gva_row_with_no_text_is_coded_from_its_title():
    row = {"id": "g", "line": 7, "text": "", "title": HEADLINE, "published": "2015-03-14"}
    article = gva.article_for(row, "gva.jsonl")
    assert article.text == HEADLINE + "." and article.notes == (TITLE_ONLY_NOTE,)
    coded, failures = gva.code_rows([("g", article)])
    assert failures == {} and len(coded["g"].incidents) == 1
