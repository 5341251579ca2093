"""Recall and extras (session 32): a page's lists of other stories are not the article's incidents.

read.without_story_lists (run by read.title_as_text, so JSONL rows, feeds and the GVA scorer all get it) takes out:

- the teasers under a header that offers the reader more of the site's stories ("More stories you may like on <outlet>",
  read.TEASER_HEADER): each short paragraph under it is another story's headline and lead;
- the links under a header alone on its line ("RELATED ARTICLES", "MORE FROM <outlet>", "Related Stories:",
  read.LINK_HEADER): list items and headlines, up to the first sentence closed by a full stop;
- a video carousel's paragraph: "Caption", a headline and its clip's lead told twice (read.CAROUSEL); a photo's own
  caption ("Caption + ...") tells its lead once and stays.

Each headline or teaser was coded as an incident of the page's own. Every text here is written for these tests.
"""
from __future__ import annotations

import json
from pathlib import Path

from eventwire import read
from eventwire.pipeline import code_articles
from eventwire.records import Article

STORY = ("A 19-year-old man was shot in the leg outside a laundromat on Maple Avenue in Dover on Tuesday night, "
         "police said.\n\n"
         "Officers found him on the sidewalk and took him to County General, where doctors called his condition stable.\n\n"
         "No arrests had been made by Wednesday morning.")


def _coded(tmp_path: Path, text: str, title: str = "Man shot in leg outside Dover laundromat") -> list:
    """The incidents the pipeline codes for one JSONL row read by the real reader."""
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": "row", "title": title, "date": "2019-05-08", "text": text}) + "\n",
                    encoding="utf-8")
    (article,) = list(read.read_path(str(path)))
    assert isinstance(article, Article)
    (coded,) = list(code_articles([article]))
    return list(coded.incidents)


def test_teasers_under_a_more_stories_header_are_other_stories(tmp_path):
    teasers = ("More stories you may like on Channel 4\n\n"
               "Two dead after gunman opens fire at Elm Street party Gunfire broke out at a crowded party on Elm "
               "Street late Saturday, leaving two people dead.\n\n"
               "County fair opens with record crowds Organizers said attendance on opening day beat last year's.")
    kept = read.without_story_lists(STORY + "\n\n" + teasers)
    assert kept == STORY
    incidents = _coded(tmp_path, STORY + "\n\n" + teasers)
    assert len(incidents) == 1
    assert incidents[0].killed in (None, 0) and incidents[0].wounded == 1


def test_links_under_a_related_header_are_other_stories(tmp_path):
    box = ("RELATED ARTICLES\n\n"
           "+ Three wounded in drive-by on Birch Street\n\n"
           "+ Clerk killed in gas station robbery, police say\n\n")
    text = STORY.replace("\n\nNo arrests", "\n\n" + box + "No arrests")
    kept = read.without_story_lists(text)
    assert "RELATED" not in kept and "Birch Street" not in kept and "gas station" not in kept
    assert "No arrests had been made" in kept and "laundromat" in kept
    incidents = _coded(tmp_path, text)
    assert len(incidents) == 1
    assert incidents[0].wounded == 1


def test_a_header_without_links_under_it_leaves_the_story():
    # the first line under the header that is a sentence closed by a full stop is the story again
    text = "Related:\n\nThe man told officers he did not know who fired at him.\n\nHe was released on Thursday."
    assert read.without_story_lists(text) == "The man told officers he did not know who fired at him.\n\n" \
        "He was released on Thursday."


def test_a_video_carousel_is_other_stories_and_a_photo_caption_stays(tmp_path):
    carousel = ("Caption Gunman kills two at Oak Street bar Police say a man opened fire inside a bar on Oak Street "
                "early Friday, killing two patrons. (Station video) Police say a man opened fire inside a bar on Oak "
                "Street early Friday, killing two patrons.")
    caption = "Caption + Officers outside the laundromat on Maple Avenue. (Photo by a staff photographer)"
    text = STORY + "\n\n" + caption + "\n\n" + carousel
    kept = read.without_story_lists(text)
    assert "Oak Street" not in kept
    assert caption in kept
    incidents = _coded(tmp_path, text)
    assert len(incidents) == 1
    assert incidents[0].wounded == 1 and not incidents[0].killed


def test_a_short_quote_heads_no_teaser_list():
    # read.TEASER_HEADER names the stories it offers: a short quote of the story with "you may like" in it does not
    # take the paragraphs after it for teasers
    text = ('A clerk was shot in the arm during a robbery at a pharmacy on Cedar Road in Milford on Friday.\n\n'
            '"Take what you may like," the clerk told the robber, according to police.\n\n'
            'The robber fired once and ran. The clerk was treated at a hospital and released.')
    assert read.without_story_lists(text) == text
