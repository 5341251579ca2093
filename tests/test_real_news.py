"""Real-news behaviour: people are not places, the place is where the act happened, unrelated news codes nothing,
background is not news. Hand-made texts in the shape of the real pages where each fault was seen."""
from __future__ import annotations

import numpy as np
import pytest

from eventwire import encoder, relevance
from eventwire.options import Options
from eventwire.pipeline import code_article, code_text, gate
from eventwire.records import Article


@pytest.fixture(scope="module")
def options():
    return Options.load(use_env=False)


def _places(coded):
    return [(i.location, i.admin1, i.country) for i in coded.incidents]


def test_people_are_not_places(options):
    texts = {
        "Peters": "A gunman killed three people at a church on Monday, police said. Superintendent Audley Peters "
                  "said the shooter fled on foot.",
        "Rex": "An air strike killed 20 civilians in Syria on Tuesday. Rex Tillerson said the attack was unacceptable.",
        "Roof": "Dylann Roof opened fire at a church on Wednesday, killing nine people.",
    }
    for name, text in texts.items():
        coded = code_text(text, "2016-06-13", options)
        assert coded.incidents, name  # the act is still coded
        for location, admin1, country in _places(coded):
            assert location != name and country in (None, "SY"), (name, location, admin1, country)
    assert _places(code_text(texts["Rex"], "2016-06-13", options))[0][2] == "SY"


def test_place_is_where_it_happened_not_the_dateline(options):
    text = ("KABUL (Reuters) - A gunman killed 49 people at a nightclub in Orlando, Florida, on Sunday, officials said. "
            "It was the worst such attack the country had seen.")
    coded = code_text(text, "2016-06-13", options)
    assert _places(coded)[0] == ("Orlando", "Florida", "US")


def test_background_acts_are_not_coded(options):
    text = ("A roadside bomb killed two soldiers in Kandahar on Monday, officials said. "
            "In 2014, a suicide bomber killed 40 people at a market in the same province.")
    coded = code_text(text, "2016-06-14", options)
    assert len(coded.incidents) == 1
    assert coded.incidents[0].killed == 2
    assert coded.incidents[0].date == "2016-06-13"


def test_figures_of_speech_are_dropped(options):
    politics = "At their second televised debate on Thursday, Harris and Moreno attacked each other's plans on taxes."
    assert code_text(politics, "2019-11-20", options).incidents == ()
    off = Options.load(use_env=False, overrides={"relevance": {"enabled": False}})
    assert code_text(politics, "2019-11-20", off).incidents  # the rules alone take it for an attack


def test_sport_is_not_an_armed_clash(options):
    sport = ("Gareth Bale scored twice as Wales beat Hungary 2-0 in Cardiff on Tuesday to qualify for Euro 2020. "
             "The striker fired a shot past the goalkeeper in the 15th minute and the second strike was the killer "
             "blow.")
    assert code_text(sport, "2019-11-20", options).incidents == ()


def test_gate_turns_away_unrelated_articles_and_keeps_reports(options):
    business = Article(id="b", title="Bank chief says lenders are under assault as profit reaches $3.2 billion",
                       text="Northbank Corp reported quarterly profit of $3.2 billion on Thursday as fee income "
                            "slipped and legal bills grew; its chief executive said lenders were under assault.")
    attack = Article(id="a", title="Gunmen kill 12 in attack on Nigerian village",
                     text="Gunmen killed 12 villagers and burned homes in an overnight attack in Zamfara state, "
                          "police said on Sunday.")
    assert gate([business, attack], options) == [False, True]
    scores = relevance.article_scores([(business.title, business.text), (attack.title, attack.text)])
    assert scores[0] < options.relevance.article_threshold < scores[1]


def test_encoder_embeddings_carry_meaning():
    e = encoder.encode(["Gunmen shot dead three soldiers near Kirkuk on Sunday.",
                        "Three soldiers were killed by gunmen close to Kirkuk.",
                        "The central bank raised interest rates."])
    assert e.shape == (3, 384) and e.dtype == np.float32
    assert np.allclose(np.linalg.norm(e, axis=1), 1.0, atol=1e-5)
    assert e[0] @ e[1] > 0.8 and e[0] @ e[2] < 0.1
    # a batch gives the same vectors as one text at a time (padding must not leak into the mean)
    assert np.allclose(encoder.encode(["The central bank raised interest rates."])[0], e[2], atol=1e-5)


def test_logistic_fit_separates_and_regularises():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 5)).astype(np.float32)
    y = (x[:, 0] > 0).astype(float)
    model = relevance.fit(x, y, l2=0.1)
    assert ((model.probabilities(x) >= 0.5) == (y == 1)).mean() > 0.95
    assert abs(model.weights[0]) > 5 * max(abs(model.weights[1:]))
    stiff = relevance.fit(x, y, l2=1000.0)
    assert abs(stiff.weights[0]) < abs(model.weights[0])


BACKGROUND_STORY = (
    "COLUMBIA, S.C. (AP) — A gunman killed two people at a gas station in Columbia on Sunday, police said.\n\n"
    "The shooting came years after another attack in the state. On June 17, 2015, a gunman killed nine people at "
    "a historic church in Charleston.\n"
)


def test_background_acts_are_left_out_unless_asked_for_then_keep_their_own_date():
    """Issue 20 item 2: an act older than detect.background_days is history, not news; with keep_background (the
    --background flag) it is coded with its own date and marked, and never takes the article's date."""
    from eventwire.options import Options
    from eventwire.pipeline import code_text

    news = code_text(BACKGROUND_STORY, "2021-03-08").incidents
    assert [(i.date, i.location, i.killed, i.background) for i in news] == [("2021-03-07", "Columbia", 2, False)]
    asked = Options.load(overrides={"detect": {"keep_background": True}}, use_env=False)
    both = code_text(BACKGROUND_STORY, "2021-03-08", asked).incidents
    assert [(i.date, i.date_precision, i.location, i.killed, i.background) for i in both] == [
        ("2021-03-07", "day", "Columbia", 2, False), ("2015-06-17", "day", "Charleston", 9, True)]
    assert both[1].id.endswith("#2") and news[0].id == both[0].id  # the news keeps its number


def test_background_flag_on_the_command_line(tmp_path):
    import json

    from typer.testing import CliRunner

    from eventwire.cli import app

    story = tmp_path / "story.txt"
    story.write_text(BACKGROUND_STORY, encoding="utf-8")
    out = CliRunner().invoke(app, ["code", str(story), "--date", "2021-03-08", "--background"])
    assert out.exit_code == 0, out.output
    marks = [(i["date"], i["background"]) for line in out.stdout.splitlines() for i in json.loads(line)["incidents"]]
    assert marks == [("2021-03-07", False), ("2015-06-17", True)]


LOCAL_STORY = (
    "A 16-year-old was in serious condition Thursday after he and two cousins were shot at a Rocky Mount park "
    "behind Grace Chapel on Pine Street, police said.\n\n"
    "The other two were treated for small wounds at a local hospital and sent home.\n\n"
    "People who saw something should phone the Rocky Mount Police Department, 252-555-0143, or Twin County "
    "Crime Stoppers, 252-555-0199."
)


def test_us_local_news_is_read_as_american_from_its_institutions_and_formats():
    """A US local story names its town and no country: its police department, crime stoppers line and phone
    numbers (data/country_phrases.tsv) put it in the US, not at a Belgian namesake ('Rocky Mount' read alone)."""
    from eventwire.geo import focus
    from eventwire.geo.locate import locate_incident
    from eventwire.options import default_options

    options = default_options()
    place, _ = locate_incident(LOCAL_STORY, [(0, LOCAL_STORY.index("police said."))], options)
    assert (place.name, place.admin1, place.country) == ("Rocky Mount", "North Carolina", "US")
    assert focus._phrase_cues(LOCAL_STORY) == {"US": 1.7}  # phone 0.6 + police department 0.6 + crime stoppers 0.5
    assert focus._phrase_cues("MEMPHIS, Tenn. -- A man shot two people.") == {"US": 1.0}
    assert focus._phrase_cues("KABUL, Afghanistan (AP) -- A bomb killed 12 people; police said 20 were hurt.") == {}


def test_a_city_quarter_is_no_place_of_its_own():
    """'a drive-by on the South Side' of a Chicago story: a hamlet called South Side exists in New York, but the
    quarter belongs to the dateline's city (wordlists.toml geo.city_quarters), also once the story reads as
    American."""
    from eventwire.geo.locate import locate_incident
    from eventwire.options import default_options

    text = ("CHICAGO (CBS) — Four teenagers were shot Friday evening in a drive-by on the South Side.\n\n"
            "Police said the children were standing outside when a car pulled up.")
    place, _ = locate_incident(text, [(0, text.index("South Side.") + 11)], default_options())
    assert (place.name, place.admin1, place.country) == ("Chicago", "Illinois", "US")


def test_a_page_whose_body_is_a_login_box_is_coded_from_its_title(options):
    # the shape of GVA pages whose crawl caught a sign-up form: the incident is only in the headline
    page = Article(id="t", title="4 people injured in southwest Atlanta shooting Monday", published="2016-03-08",
                   text="One Last Step... A confirmation message is on its way to your inbox. Open it and follow "
                        "the link inside to finish setting up your account.")
    coded = code_article(page, options)
    assert coded.article.text.startswith("4 people injured in southwest Atlanta shooting Monday.\n\n")
    assert [(i.location, i.admin1, i.wounded, i.date) for i in coded.incidents] == [
        ("Atlanta", "Georgia", 4, "2016-03-07")]
    span = coded.incidents[0].evidence["wounded"][0]
    assert coded.article.text[span.start:span.end] == span.text == "4 people injured"
    off = Options.load(use_env=False, overrides={"detect": {"code_title_when_text_silent": False}})
    assert code_article(page, off).incidents == () and code_article(page, off).article.text == page.text
    # a body that tells an act is coded as it is, and a title that names none adds nothing
    told = Article(id="u", title="Police update", published="2016-03-08",
                   text="Two men were shot and wounded in Atlanta on Monday night, police said.")
    assert code_article(told, options).article.text == told.text


def test_a_body_of_weak_words_under_a_headline_that_names_the_act_is_coded_from_the_headline(options):
    # a comment policy's "engage" and "block" are trigger words, but no strong ones: the page does not tell the
    # shooting its headline names (GVA pages whose crawl caught the comments box)
    policy = ("We invite you to engage in civil conversations in our comments. We may block any user who posts "
              "offensive material, and we reserve the right to remove any comment.")
    page = Article(id="t", title="Three wounded in shooting at Pomona burger stand",
                   published="2014-10-05", text=policy)
    coded = code_article(page, options)
    assert coded.article.text.startswith("Three wounded in shooting at Pomona burger stand.\n\n")
    assert [(i.location, i.admin1, i.wounded) for i in coded.incidents] == [("Pomona", "California", 3)]
    # a headline that tells a court's step weeks or months after the act (a plea, a sentence) dates nothing: the page
    # stays as it is; a police step (an arrest) is retried, the act dated before the arrest (74cb281,
    # tests/test_recall_s23.py)
    later = Article(id="u", title="Man pleads guilty in Pomona burger stand shooting", published="2014-10-05",
                    text=policy)
    assert code_article(later, options).article.text == policy
    arrest = Article(id="w", title="Man arrested after Pomona burger stand shooting", published="2014-10-05",
                     text=policy)
    assert [(i.location, i.admin1) for i in code_article(arrest, options).incidents] == [("Pomona", "California")]
    # and a body that names the act in a strong word is coded as it is
    told = Article(id="v", title="Three wounded in shooting at Pomona burger stand",
                   published="2014-10-05", text="Three people were shot at a burger stand in Pomona on Saturday. "
                                                "We may block any user who posts offensive comments.")
    assert code_article(told, options).article.text == told.text
