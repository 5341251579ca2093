"""Publication dates from a page's address (issue 20 item 4): an article nothing dates is dated by the day its
url states, with a note; a date the input states always wins."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from eventwire import datelines
from eventwire.read import UNDATED_NOTE, address_dated, read_path
from eventwire.records import Article


@pytest.mark.parametrize("url, day", [
    ("https://www.example.com/news/2016/03/14/man-shot-on-main-street/", "2016-03-14"),
    ("http://x.com/2016/3/4", "2016-03-04"),
    ("http://www.arkansasonline.com/news/2016/jan/26/girl-shot-at-party-dies-woman-held-2016/", "2016-01-26"),
    ("http://x.com/2016/03/14.html", "2016-03-14"),
    ("http://www.pasadenastarnews.com/general-news/20160108/man-wounded-suspect-jailed", "2016-01-08"),
    ("http://www.latimes.com/socal/tn-blr-me-papiyan-20160223-story.html", "2016-02-23"),
    ("http://chronicle.augusta.com/news/crime-courts/2016-01-21/man-shot-road-rage", "2016-01-21"),
    ("http://x.com/story?id=7&date=2016-03-14", "2016-03-14"),
    # no date: a month's folder with a title starting in a number, an identifier, no real day, the future, before 1990
    ("http://crimeblog.dallasnews.com/2015/12/11-year-old-shot-in-buckner-terrace.html/", None),
    ("http://m.wdsu.com/news/shots-fired-at-unmarked-state-police-vehicle/36925834", None),
    ("http://x.com/2016/02/30/x", None),
    ("http://x.com/id/20161399/", None),
    ("http://x.com/2031/01/01/x", None),
    ("http://x.com/1985/01/01/x", None),
    (None, None),
])
def test_address_date(url, day):
    assert datelines.address_date(url, today=date(2026, 1, 1)) == day


def test_a_jsonl_record_with_no_date_is_dated_by_its_url_with_a_note_and_a_stated_date_wins(tmp_path):
    p = tmp_path / "a.jsonl"
    url = "https://news.example.com/2016/03/14/man-shot/"
    p.write_text(json.dumps({"text": "A man was shot Sunday in Fresno.", "url": url}) + "\n"
                 + json.dumps({"text": "A man was shot Sunday in Fresno.", "url": url, "date": "2016-03-15"}) + "\n",
                 encoding="utf-8")
    undated, dated = read_path(p)
    assert undated.published == "2016-03-14" and UNDATED_NOTE not in undated.notes
    assert any("2016-03-14" in n and url in n for n in undated.notes)
    assert dated.published == "2016-03-15" and not dated.notes


def test_a_warc_page_with_no_date_of_its_own_is_dated_by_its_address_not_the_day_it_was_fetched(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = " ".join(["Police said a man was shot and wounded on Main Street late Sunday night."] * 4)
    html = f"<html><head><title>Man shot</title></head><body><article><p>{body}</p></article></body></html>"
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        for url in ("https://news.example.org/2016/03/14/man-shot", "https://news.example.org/man-shot"):
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))
    by_address, fetched = read_path(path)
    assert by_address.published == "2016-03-14"
    assert fetched.published is not None and fetched.published >= "2024-01-01"  # the archive's day, as before


def test_an_article_built_by_a_library_user_is_dated_by_its_url_in_the_pipeline():
    from eventwire.pipeline import code_article

    text = "A man was shot and killed Sunday night outside a bar in Fresno, California, police said."
    coded = code_article(Article(id="a", text=text, url="https://www.example.com/2016/03/14/fresno-shooting/"))
    assert coded.article.published == "2016-03-14"
    (incident,) = coded.incidents
    assert incident.date == "2016-03-13"  # "Sunday": resolvable now
    stated = code_article(Article(id="b", text=text, url="https://www.example.com/2016/03/14/x/",
                                  published="2016-03-16"))
    assert stated.article.published == "2016-03-16"


def test_address_dated_keeps_a_stated_date_and_drops_the_undated_note():
    bare = Article(id="a", text="t", url="https://x.com/2016/03/14/y", notes=(UNDATED_NOTE,))
    dated = address_dated(bare)
    assert dated.published == "2016-03-14" and UNDATED_NOTE not in dated.notes and len(dated.notes) == 1
    kept = bare.replace(published="2016-03-20")
    assert address_dated(kept) is kept
    assert address_dated(Article(id="c", text="t", url="https://x.com/y")).published is None
