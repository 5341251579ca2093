"""Articles about a shooting that coded no incident (issue 20, session 18): a headline that tells the victim's
condition tells the act, not a step after it (pipeline.follows_up); an act told by the article's headline is held
to the act filter's headline threshold (pipeline.HEADLINE_ACT_THRESHOLD): the act model, fitted on running text,
scores terse headlines under its threshold; and a page whose text told only acts the act filter drops is coded again
from its headline (pipeline._headline_after_filter)."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import code_articles, follows_up, headline_retry, is_headline
from eventwire.records import Article

SIGN_UP = ("Sign in using your account\n\nWelcome back. Please sign in\n\nWhy are we asking this?\n\n"
           "By submitting your registration information, you agree to our Terms of Service and Privacy Policy.\n\n"
           "Thank you for registering! Visit us and sign in to update your profile, receive the latest news and keep "
           "up to date with mobile alerts.")
#: a page's local-news box in place of the story, a feature told twice (the gate is not sure of the article: the act
#: filter judges its act)
CANDLES = ("Local News Local News More>>\n\nDetroit Wick turning old bottles into candles Detroit Wick turning old "
           "bottles into candles These bottles may be empty but the party is just getting started for the people "
           "behind Detroit Wick. The company makes a clever recycled glass holder for scented candles. These bottles "
           "may be empty but the party is just getting started for the people behind Detroit Wick. The company makes a "
           "clever recycled glass holder for scented candles.")


def _article(title: str, text: str) -> Article:
    return Article(id="p", text=text, title=title, published="2016-03-25", url="https://news.example.org/p")


def test_a_victims_condition_is_no_step_after_the_act():
    assert not follows_up("Child in critical condition after shooting in Parkway Village")
    assert not follows_up("Teen in serious but stable condition after accidental shooting")
    assert follows_up("Teen arrested after shooting in Parkway Village")
    assert follows_up("Man sentenced to 40 years for 2014 shooting")


def test_a_headline_telling_the_victims_condition_is_coded_over_a_sign_up_box():
    article = _article("Teen in critical condition after shooting in Memphis", SIGN_UP)
    assert headline_retry(article, default_options()) is not None
    (coded,) = list(code_articles([article]))
    (incident,) = coded.incidents
    assert incident.admin1 == "Tennessee" and incident.location == "Memphis"


def test_a_headline_act_is_kept_under_the_running_text_threshold():
    title = "5 shot on Detroit's west side, suspects still at large - Fox 2 News Headlines"
    (coded,) = list(code_articles([_article(title, CANDLES)]))
    (incident,) = coded.incidents
    assert incident.wounded == 5 and incident.location == "Detroit"


def test_is_headline_compares_the_line_not_its_closing_mark_or_blanks():
    assert is_headline("5 shot on Detroit's west side.", "5 shot on  Detroit's west side")
    assert not is_headline("5 shot on Detroit's west side.", "")
    assert not is_headline("Police said five people were shot.", "5 shot on Detroit's west side")


def test_a_headline_is_coded_when_the_filter_drops_every_act_of_the_text():
    videos = ("0:50 Have you seen these gas station robbery suspects?\n\n1:42 Water gushes at the lake's dam\n\n"
              "2:15 Shelter quickly fills with evacuees")
    (coded,) = list(code_articles([_article("17-year-old boy shot in head in Fresno", videos)]))
    (incident,) = coded.incidents
    assert incident.location == "Fresno" and incident.admin1 == "California" and incident.wounded == 1
    assert coded.article.text.startswith("17-year-old boy shot in head in Fresno.\n\n0:50")


def test_no_second_coding_when_the_filter_drops_the_acts_of_a_follow_up_headline():
    videos = "0:50 Have you seen these gas station robbery suspects?\n\n1:42 Water gushes at the lake's dam"
    (coded,) = list(code_articles([_article("Fresno man sentenced to 40 years for 2014 shooting", videos)]))
    assert coded.incidents == () and coded.article.text == videos


def test_a_gunshot_wound_is_an_act():
    """'gunshot' is a strong trigger (data/triggers.tsv): a story that tells only of a gunshot wound reported a
    shooting (GVA: 'Teen suffers accidental gunshot wound' coded nothing)."""
    article = _article("16-year-old suffers accidental gunshot wound",
                       "A 16-year-old boy suffered an accidental gunshot wound to the leg Thursday night at a home on "
                       "Maple Street in Dayton, Ohio, police said. He was taken to Miami Valley Hospital.")
    (coded,) = list(code_articles([article]))
    assert len(coded.incidents) == 1
    assert coded.incidents[0].admin1 == "Ohio"
