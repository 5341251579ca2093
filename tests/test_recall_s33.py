"""Recall and extras (session 33): embedded social posts are page furniture, and the page's furniture is taken out
in one walk over the text's lines.

read.without_furniture (run by read.title_as_text, so JSONL rows, pages, feeds and the GVA scorer all get it) takes
out, in one walk: lines that link other stories, a video playlist, lists of other stories (each tested in
test_sidebars_s20, test_recall_s31 and test_recall_s32 through its own wrapper) and, new, an embedded social post:
a line that ends in its author's name, handle and the day it was posted (read.EMBEDDED_POST). A post quoted whole in
the page was coded as an act of its own on the post's day. Every text here is written for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

from eventwire import read
from eventwire.records import Article

STORY = ("A 27-year-old woman was shot in the shoulder outside a bakery on Cedar Lane in Milford on Friday night, "
         "police said.\n\n"
         "Doctors at St. Anne's Hospital said she should recover.\n\n"
         "Detectives had made no arrests by Saturday afternoon.")
POST = ("Officers are still taping off Cedar Ln outside the bakery pic.twitter.com/Rk4Tz9 \u2014 Omar Haddad "
        "(@ohaddad_news) March 9, 2018")


def _with_post(post: str = POST) -> str:
    """STORY with `post` set as a paragraph of its own after its second paragraph."""
    first, second, third = STORY.split("\n\n")
    return "\n\n".join((first, second, post, third))


def test_an_embedded_post_is_taken_out_of_the_text():
    text, note = read.title_as_text(_with_post(), "Woman shot outside Milford bakery")
    assert text == STORY and note is None


def test_posts_in_other_forms_are_taken_out():
    for post in ("BREAKING: one hurt in Cedar Ln shooting https://t.co/Ab3Cd pic.twitter.com/Rk4Tz9 - Milford Police "
                 "(@MilfordPD) Mar. 9, 2018",
                 "Neighbors say they heard three shots \u2013 Jen Park (@jenpark) March 10, 2018"):
        assert read.without_posts(_with_post(post)) == STORY


def test_a_handle_or_a_dash_in_the_story_is_no_post():
    for line in ("Police asked anyone who saw the shooting to message them at @MilfordPD.",
                 "\u201cI heard it from the kitchen\u201d \u2014 a neighbor, Jen Park (@jenpark), told reporters.",
                 "The bakery \u2014 open since March 9, 2018 \u2014 will close for a week."):
        text = _with_post(line)
        assert read.without_furniture(text) == text


def test_a_jsonl_row_is_read_without_its_posts(tmp_path: Path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "row", "title": "Woman shot outside Milford bakery", "date": "2018-03-10",
                                "text": _with_post()}) + "\n", encoding="utf-8")
    (article,) = list(read.read_path(str(path)))
    assert isinstance(article, Article)
    assert article.text == STORY


def test_one_walk_takes_out_every_kind_of_furniture():
    playlist = "2:14 Crash closes Route 9 overnight\n\n1:05\nSchool board votes on new bus routes"
    links = "RELATED: Milford council debates new street lights"
    teasers = ("More stories you may like on Channel 9\n\n"
               "Warehouse fire lights up the sky Crews fought the fire until dawn.\n\n"
               "Library to stay open later in summer The change starts in June.")
    text = "\n\n".join((playlist, links, _with_post(), teasers))
    assert read.without_furniture(text) == STORY
    # each kind alone takes out its own furniture only, as the three walks before it did
    assert read.without_links(text) == "\n\n".join((playlist, _with_post(), teasers))
    assert read.without_playlist(text) == "\n\n".join((links, _with_post(), teasers))
    assert read.without_story_lists(text) == "\n\n".join((playlist, links, _with_post()))


def test_a_text_without_furniture_is_returned_as_it_is():
    text = "  " + STORY + "\n\n\n\n"
    assert read.without_furniture(text) is text
