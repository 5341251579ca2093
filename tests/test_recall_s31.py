"""Recall (issue 20 item 1, session 31): pages whose every act the act filter dropped, so that they coded nothing.

- An article whose headline tells the act itself in a strong trigger word, and no step after it
  (pipeline.tells_act), keeps its surest act at the lower lines the follow-up stories have (FOLLOW_UP_ARTICLE,
  FOLLOW_UP_ACT_THRESHOLD; pipeline.HEADLINE_ACT_LAST) when the filter drops all of them: the headline says what the
  page reports, and its text tells the act in a feature's or a witness's words, which the act model scores under its
  line. A headline with no act word keeps the old lines (one of a step after the act had the lower ones already), and
  so does one that does not head the text yet: it is retried first (pipeline._headline_after_filter), as it tells
  the act in its own words, where the surest act of the text may be another story's.

- Holding back one's tears ("fought back tears", "fighting back his sobs") is no fight (data/wordlists.toml
  relevance.mention_patterns): such a sentence below a shooting was coded as a riot of its own.

- A line linking another story is dropped (read.LINK_LINE) also where a list's mark leads it ("\u2022 Related: ...",
  "\u25baRelated: ..."; read.LINK_MARKS): the linked headline was coded as an incident of the page's own.

The end-to-end case reads its article from the shared data at run time (seedutil.gva_article): no text of it is held
here. The other cases are written for these tests.
"""
from __future__ import annotations

from seedutil import gva_article

from eventwire import pipeline, read, relevance
from eventwire.pipeline import code_article
from eventwire.records import Article, Incident


def _page(title: str, headed: bool = True) -> Article:
    """A page whose text begins with its headline (as pipeline.titled codes it), or not."""
    body = "A page of our own words."
    return Article(id="page", title=title, text=f"{title}.\n\n{body}" if headed else body, published="2022-05-03")


def _dropped(page: Article, count: int) -> tuple[list[Incident], list[Article]]:
    incidents = [Incident(id=f"page#{n}", article_id=page.id) for n in range(count)]
    return incidents, [page] * count


def test_a_headline_of_the_act_keeps_the_surest_act_at_the_lower_lines():
    page = _page("Carpenter shot in the leg outside his Maple Avenue workshop")
    incidents, articles = _dropped(page, 2)
    # the gate fairly sure of the page (0.72 < LAST_ACT_ARTICLE 0.8), the acts under LAST_ACT_THRESHOLD 0.65
    assert pipeline._last_acts(incidents, articles, {0, 1}, {0: 0.72, 1: 0.72}, {0: 0.31, 1: 0.44}) == {1}
    # the lower lines are still lines: the page under FOLLOW_UP_ARTICLE, the act under FOLLOW_UP_ACT_THRESHOLD
    assert pipeline._last_acts(incidents[:1], articles[:1], {0}, {0: 0.45}, {0: 0.6}) == set()
    assert pipeline._last_acts(incidents[:1], articles[:1], {0}, {0: 0.72}, {0: 0.2}) == set()
    # a headline not heading the text is retried first (pipeline._headline_after_filter): the old lines here
    incidents, articles = _dropped(_page("Carpenter shot in the leg outside his Maple Avenue workshop", headed=False), 2)
    assert pipeline._last_acts(incidents, articles, {0, 1}, {0: 0.72, 1: 0.72}, {0: 0.31, 1: 0.44}) == set()
    # a headline with no act word keeps the old lines
    for title in ("Neighbours remember a carpenter who loved his workshop", "Maple Avenue workshop reopens"):
        incidents, articles = _dropped(_page(title), 2)
        assert pipeline._last_acts(incidents, articles, {0, 1}, {0: 0.72, 1: 0.72}, {0: 0.31, 1: 0.44}) == set(), title


def test_only_a_headline_of_the_act_itself_tells_an_act():
    assert pipeline.tells_act("Carpenter shot in the leg outside his Maple Avenue workshop")
    assert not pipeline.tells_act("Man charged in Maple Avenue shooting")  # a step after the act
    assert not pipeline.tells_act("Neighbours remember a carpenter who loved his workshop")
    assert not pipeline.tells_act("")


def test_a_page_whose_act_the_filter_dropped_codes_its_headlines_act():
    # GVA line 4741: a hunter's own account of the shot he fired into himself by accident; the page's one act, its
    # headline's, scored under the filter's line and the page coded nothing
    row = gva_article(4741)
    page = Article(id="gva-4741", title=row["title"], text=row["text"], published=row["date"])
    incidents = code_article(page).incidents
    assert len(incidents) == 1
    assert incidents[0].admin1 == "Massachusetts"
    assert incidents[0].date == "2016-12-24"


def test_holding_back_tears_is_no_fight():
    # data/wordlists.toml relevance.mention_patterns: "fought back tears" was coded as a riot of its own beside the
    # shooting it followed
    assert relevance.mention_reason("Her aunt fought back tears on Tuesday as the surgeon spoke to the family.") == \
        "frame"
    assert relevance.mention_reason("Fighting back his sobs, the coach read the boy's name aloud.") == "frame"
    assert relevance.mention_reason("The clerk fought back and the robber ran off.") is None  # a fight all the same


def test_a_link_line_led_by_a_lists_mark_is_another_story():
    # read.LINK_LINE, LINK_MARKS: a related story's headline set in the text after a bullet or an arrow was coded as
    # an incident of the page's own
    text = ("Two men were hurt by gunfire outside a bakery on Pine Street in Dover on Monday, police said.\n\n"
            "\u2022 Related: Woman killed in robbery at Elm Street gas station\n\n"
            "\u25baRelated: Teen charged in drive-by that left three hurt\n\n"
            "Both men were treated at a hospital for wounds their doctors called minor.")
    kept = read.without_links(text)
    assert "Related" not in kept
    assert "Both men were treated" in kept and "bakery on Pine Street" in kept
    assert read.without_links("\u2022 Two men were wounded on Pine Street.") == \
        "\u2022 Two men were wounded on Pine Street."  # a mark alone is no link
    page = Article(id="links", title="Two men wounded outside Dover bakery", text=text, published="2021-03-09")
    incidents = code_article(page).incidents
    assert len(incidents) == 1
    assert incidents[0].wounded == 2
