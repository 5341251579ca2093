"""Issue 20 item 3: other stories' lines coded as the article's. A news page's video player lists the site's other
clips, each a line led by its running time and titled by another story's headline ('0:41 Savannah officers cleared in
Dorian Pace shooting'), or a lone running time before the clip's title; crawls keep the list as the page's text,
before, after or instead of the story. read.without_playlist takes the list out (title_as_text, so JSONL rows, GVA
rows and HTML pages alike): a page that is all playlist is coded from its own headline, not from another clip's."""
from __future__ import annotations

import json

from eventwire.pipeline import code_articles
from eventwire.read import TITLE_ONLY_NOTE, read_path, title_as_text, without_links, without_playlist
from eventwire.records import Article

PLAYLIST = """0:29 Crews rescue family dog from frozen pond Pause

0:41 Savannah officers cleared in Dorian Pace shooting; dash cam footage out

0:38 Volunteers search the marsh for a missing kayaker

0:45 Blaze guts Bluffton garage Thursday night; losses 'heavy'

0:17 Bluffton street closed with yellow tape"""

LONE_TIMES = """2:47

Prosecutor walks through the evidence behind a "clear" choice not to charge the deputy in the death

1:09

ONLY HERE: Prosecutor on the weeks after the shooting: "Rumors ran ahead of facts"

1:31"""

STORY = """A 16-year-old shot himself in the foot late Thursday in a Bluffton subdivision, deputies said.

Medics took him to a hospital; his wound is not life-threatening."""

TIMELINE = """Police gave this account of the night.

10:30 p.m. Officers were called to the apartment on Main Street.

10:45 p.m. A man was found shot in the parking lot."""

HEADLINE = "Teen shoots himself in the foot in Bluffton subdivision"


def test_playlist_lines_are_taken_out():
    assert without_playlist(PLAYLIST) == ""
    assert without_playlist(LONE_TIMES) == ""
    assert without_playlist(STORY + "\n\n" + PLAYLIST) == STORY
    assert without_playlist(LONE_TIMES + "\n\n" + STORY) == STORY


def test_clock_times_and_a_single_time_led_line_stay():
    assert without_playlist(TIMELINE) == TIMELINE
    one = STORY + "\n\n2:38 Sheriff briefs reporters on deputy-involved shooting"
    assert without_playlist(one) == one
    german = "12:13 Uhr Polizei sucht Zeugen\n\n11:52 Uhr Ein Mann wurde verletzt"
    assert without_playlist(german) == german


def test_a_page_that_is_all_playlist_is_read_from_its_title():
    assert title_as_text(PLAYLIST, HEADLINE) == (HEADLINE + ".", TITLE_ONLY_NOTE)
    assert title_as_text(STORY + "\n\n" + PLAYLIST, HEADLINE) == (STORY, None)


def test_playlist_page_codes_its_own_headline_not_another_clip(tmp_path):
    p = tmp_path / "crawl.jsonl"
    row = {"id": "bluffton", "title": HEADLINE, "text": PLAYLIST, "date": "2016-04-30"}
    p.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (article,) = list(read_path(p))
    assert isinstance(article, Article) and article.text == HEADLINE + "."
    (coded,) = list(code_articles([article]))
    summaries = [i.summary or "" for i in coded.incidents]
    assert summaries and all("Savannah" not in s for s in summaries)
    assert any("Bluffton" in s for s in summaries)


LINKED = """Officers are looking into a shooting that left a man hurt in the leg Sunday afternoon on Oak Street.

The man is in a hospital and should recover.

RELATED: Two hit by gunfire, one fatally, on the East Side late Saturday

Anyone with information should phone the tip line."""


def test_lines_linking_another_story_are_taken_out():
    # 'RELATED:' / 'See also:' lines link another story; 'Read more:' often links the story itself and stays
    assert "RELATED" not in without_links(LINKED) and "Anyone with information" in without_links(LINKED)
    kept = "A man was shot.\n\nRead more: Local News - Man shot on Oak Street"
    assert without_links(kept) == kept
    long_line = ("Related: " + "the council met again " * 12).strip()
    assert without_links(long_line) == long_line


def test_a_linked_story_is_not_coded_as_an_incident():
    article = Article(id="oak", text=title_as_text(LINKED, "Man shot in leg on Oak Street")[0],
                      title="Man shot in leg on Oak Street", published="2017-01-16")
    (coded,) = list(code_articles([article]))
    assert len(coded.incidents) == 1 and "East Side" not in (coded.incidents[0].summary or "")
