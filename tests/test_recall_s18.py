"""Articles about a shooting that coded no incident (issue 20, session 18): a headline that tells the victim's
condition tells the act, not a step after it (pipeline.follows_up); an act told by the article's headline is held
to the act filter's headline threshold (pipeline.HEADLINE_ACT_THRESHOLD): the act model, fitted on running text,
scores terse headlines under its threshold; and a page whose text told only acts the act filter drops is coded again
from its headline (pipeline._headline_after_filter)."""
from __future__ import annotations

from eventwire.options import default_options
from eventwire.pipeline import code_articles, follows_up, headline_retry, is_headline
from eventwire.records import Article

SIGN_UP = ("Log in with your account\n\nGood to see you again. Please log in\n\nWhy do we ask for this?\n\n"
           "When you register, you accept our Terms of Use and Privacy Notice.\n\n"
           "Thanks for joining! Come back and log in to edit your profile, get the newest stories and stay "
           "current with phone alerts.")
#: a page's local-news box in place of the story, a feature told twice (the gate is not sure of the article: the act
#: filter judges its act)
CANDLES = ("Area Stories Area Stories More>>\n\nDetroit Glow makes lamps from old jars Detroit Glow makes lamps from old "
           "jars Those jars may be empty but the work is just beginning for the crafters at Detroit Glow. The shop "
           "turns recycled glass into holders for scented lamps. Those jars may be empty but the work is just "
           "beginning for the crafters at Detroit Glow. The shop turns recycled glass into holders for scented "
           "lamps.")


def _article(title: str, text: str) -> Article:
    return Article(id="p", text=text, title=title, published="2016-03-25", url="https://news.example.org/p")


def test_a_victims_condition_is_no_step_after_the_act():
    assert not follows_up("Boy in critical condition following Whitehaven shooting")
    assert not follows_up("Girl, 15, serious but stable following accidental shooting at home")
    assert follows_up("Man arrested after shooting in Whitehaven")
    assert follows_up("Woman sentenced to 25 years for 2013 shooting")


def test_a_headline_telling_the_victims_condition_is_coded_over_a_sign_up_box():
    article = _article("Woman in critical condition after Memphis shooting", SIGN_UP)
    assert headline_retry(article, default_options()) is not None
    (coded,) = list(code_articles([article]))
    (incident,) = coded.incidents
    assert incident.admin1 == "Tennessee" and incident.location == "Memphis"


def test_a_headline_act_is_kept_under_the_running_text_threshold():
    title = "5 shot on Detroit's east side, gunmen still sought - Channel 9 Headlines"
    (coded,) = list(code_articles([_article(title, CANDLES)]))
    (incident,) = coded.incidents
    assert incident.wounded == 5 and incident.location == "Detroit"


def test_is_headline_compares_the_line_not_its_closing_mark_or_blanks():
    assert is_headline("5 shot on Detroit's east side.", "5 shot on  Detroit's east side")
    assert not is_headline("5 shot on Detroit's east side.", "")
    assert not is_headline("Police said five people were shot.", "5 shot on Detroit's east side")


def test_a_headline_is_coded_when_the_filter_drops_every_act_of_the_text():
    videos = ("0:48 Do you know these pharmacy robbery suspects?\n\n1:37 Storm drains overflow downtown\n\n"
              "2:09 Gym turned into a shelter fills up")
    (coded,) = list(code_articles([_article("15-year-old girl shot in arm in Fresno", videos)]))
    (incident,) = coded.incidents
    assert incident.location == "Fresno" and incident.admin1 == "California" and incident.wounded == 1
    assert coded.article.text.startswith("15-year-old girl shot in arm in Fresno.\n\n0:48")


def test_no_second_coding_when_the_filter_drops_the_acts_of_a_follow_up_headline():
    videos = "0:48 Do you know these pharmacy robbery suspects?\n\n1:37 Storm drains overflow downtown"
    (coded,) = list(code_articles([_article("Fresno man sentenced to 35 years for 2013 shooting", videos)]))
    assert coded.incidents == () and coded.article.text == videos


def test_a_gunshot_wound_is_an_act():
    """'gunshot' is a strong trigger (data/triggers.tsv): a story that tells only of a gunshot wound reported a
    shooting (GVA: a headline telling only of a teen's accidental gunshot wound coded nothing)."""
    article = _article("Boy, 14, suffers accidental gunshot wound",
                       "A 14-year-old boy got an accidental gunshot wound in the hand Tuesday evening at a house on "
                       "Cedar Lane in Kettering, Ohio, police said. He was taken to a local hospital.")
    (coded,) = list(code_articles([article]))
    assert len(coded.incidents) == 1
    assert coded.incidents[0].admin1 == "Ohio"
