"""A page whose body tells no act its headline names (a video list, a sign-up box) is coded from its headline: the
driver codes the title as the text's first paragraph when the text gave no incident (pipeline.headline_retry)."""
from __future__ import annotations

from eventwire.pipeline import code_articles, headline_retry
from eventwire.options import default_options
from eventwire.records import Article

VIDEO_LIST = ("31:02 Sheriff calls deputies' use of force in spring arrest lawful Pause\n\n"
              "0:58 School gym turns into shelter as river evacuees arrive\n\n"
              "3:05 Crews load sandbags onto trucks at the levee breach\n\n"
              "1:37 Floodwater pours over the old spillway")


def _article(title: str, text: str = VIDEO_LIST) -> Article:
    return Article(id="p", text=text, title=title, published="2016-10-20", url="https://news.example.org/p")


def test_a_headline_over_a_silent_body_is_coded():
    (coded,) = list(code_articles([_article("Fresno man shot dead outside his home on East Alder Court")]))
    (incident,) = coded.incidents
    assert incident.killed == 1 and incident.location == "Fresno" and incident.admin1 == "California"
    assert coded.article.text.startswith("Fresno man shot dead outside his home on East Alder Court.\n\n")


def test_no_retry_for_a_follow_up_headline_or_a_title_with_no_act():
    options = default_options()
    assert headline_retry(_article("Fresno man sentenced to 40 years for 2014 shooting"), options) is None
    assert headline_retry(_article("School gym turns into shelter as river evacuees arrive"), options) is None
    (coded,) = list(code_articles([_article("School gym turns into shelter as river evacuees arrive")]))
    assert coded.incidents == () and coded.article.text == VIDEO_LIST


def test_no_retry_when_the_title_was_coded_already():
    titled = _article("Man shot dead in Fresno", "Man shot dead in Fresno.\n\n" + VIDEO_LIST)
    assert headline_retry(titled, default_options()) is None
