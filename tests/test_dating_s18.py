"""The incident's date on real local news, session 18 (issue 20 items 2 and 4): a day told of the act itself dates the
incident before a follow-up's day (a vigil, a court step, an extradition), in its own sentences or elsewhere in the
story. Hand-made texts in the shape of GVA articles, parsed for real by spaCy."""
from __future__ import annotations

from seedutil import gva_text

from eventwire.options import Options
from eventwire.pipeline import code_text

OPTIONS = Options.load(use_env=False)


def test_the_acts_own_day_beats_a_vigils_day_in_the_same_incident():
    """A vigil story of 15 August: "on Friday night" dates the vigil; "shot and killed ... on Aug. 5" the act."""
    text = gva_text(198, until='Kenneth Drive on Aug. 5.')
    incidents = code_text(text, "2014-08-15", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2014-08-05", "day")


def test_a_court_story_takes_the_day_its_shooting_occurred():
    """A plea in court "Monday" (the article's day), and "a shooting at a tavern ... that occurred on Mar. 4, 2014": the incident is the
    shooting, of its own day, two years before the article; not the plea's day."""
    text = ("A woman has pleaded guilty over a 2014 shooting in which three men were hurt and one died.\n\n"
            "Denise Carver, 34, went before a judge Monday and pleaded guilty to third degree murder and to three "
            "assault charges.\n\n"
            "The counts arose from a shooting at a tavern on Chestnut Street that occurred on Mar. 4, 2014.\n\n"
            "Marcus Reed, 25, was hit six times and died at the scene.")
    incidents = code_text(text, "2016-03-21", OPTIONS).incidents
    assert incidents and incidents[0].date == "2014-03-04"


def test_a_follow_up_day_without_a_day_of_the_act_stays():
    """Nothing in the story dates the act itself: the court day still dates the incident (no day is made up)."""
    text = ("Denise Carver, 34, went before a judge Monday and pleaded guilty to third degree murder in a shooting "
            "in which one man died.\n\n"
            "Marcus Reed, 25, was hit six times and died at the scene.")
    incidents = code_text(text, "2016-03-21", OPTIONS).incidents
    assert incidents and incidents[0].date == "2016-03-21"


def test_a_death_days_later_does_not_date_the_act():
    """ "died Monday" tells when the victim died, not when he was shot: the shooting's own day ("Saturday") dates it."""
    text = ("A man who was shot early Saturday outside a bar in Akron, Ohio, died Monday at a hospital, police said.")
    (incident,) = code_text(text, "2015-06-09", OPTIONS).incidents
    assert incident.date == "2015-06-06"


def test_the_month_of_may_is_no_modal():
    """ "The shooting happened ... on May 30": "May" names the month, not what may be; the follow-up of 16 October
    takes that day (it took the article's week while "may" read as a modal verb ruled the sentence out)."""
    text = gva_text(776, 'A Taylor County grand jury', 'found dead in her home.')
    incidents = code_text(text, "2015-10-16", OPTIONS).incidents
    assert incidents and (incidents[0].date, incidents[0].date_precision) == ("2015-05-30", "day")


def test_a_holiday_dates_the_act():
    """ "on Christmas Day", "the Martin Luther King Day shooting", "early Easter Sunday": the holiday's own day, the
    latest not after the article (data/dating_holidays.tsv); "the Memorial Day weekend" and "Christmas gifts" are no
    day."""
    cases = [
        ("A man was shot and killed on Christmas Day outside a home in Gary, police said.", "2016-12-27", "2016-12-25"),
        ("Two men were killed and five wounded in a Martin Luther King Day shooting at a car wash in San Antonio, "
         "police said Wednesday.", "2015-01-21", "2015-01-19"),
        ("A teen is dead and three others are hurt after gunfire early Easter Sunday in Lexington.",
         "2015-04-06", "2015-04-05"),
    ]
    for text, published, day in cases:
        incidents = code_text(text, published, OPTIONS).incidents
        assert incidents and (incidents[0].date, incidents[0].date_precision) == (day, "day"), text
    from datetime import date

    from eventwire import timex
    assert timex.find("over the Memorial Day weekend", date(2016, 6, 1)) == []
    assert timex.find("bought Christmas gifts", date(2016, 12, 27)) == []
    assert [t.date for t in timex.find("on Thanksgiving", date(2016, 12, 1))] == ["2016-11-24"]


def test_a_page_posted_before_its_stated_date_is_read_against_its_posting():
    """A page that says "Created: 08/09/2014" near its top, its stated date 28 January 2017 (a crawler's): "early
    Saturday" is 9 August 2014, and the stamp itself dates no act. "Updated:" alone, or a video's "(Published ...)",
    changes nothing."""
    from eventwire import detect
    from eventwire.pipeline import code_article
    from eventwire.records import Article
    body = ("St. Paul police are looking into gunfire inside a downtown bar that wounded six people early Saturday, "
            "among them a Minnesota Twins pitcher.")
    article = Article(id="t", text="Updated: 08/10/2014 7:02 PM  Created: 08/09/2014 6:31 AM WXYZ.com\n\n" + body,
                      published="2017-01-28")
    assert detect.article_date(article).isoformat() == "2014-08-09"
    (incident,) = code_article(article, OPTIONS).incidents
    assert incident.date == "2014-08-09"
    for top in ("Updated: 08/10/2014 7:02 PM\n\n", "(Published Saturday, May 2, 2015)\n\n"):
        assert detect.article_date(article.replace(text=top + body)).isoformat() == "2017-01-28"
