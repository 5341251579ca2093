"""Dedupe, session 34 (issue 19): a given name opening a sentence ('Marcus Obuya, 24, was shot') is part of the
person's name key, where a common word opening a sentence ('Police said', 'Meanwhile, Obuya') is not. Shootings and
people made up for these tests (names, towns, counts and headlines of our own), compared as the store does."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Article, Incident


def test_a_given_name_opening_a_sentence_is_kept_in_the_full_name():
    """'Marcus' is a word frequent enough in English to be read as a sentence's common opening word; before a rare
    surname, joined by a space or a middle initial, it opens the person's full name. Common words opening a
    sentence stay out of names."""
    keys = dedupe.text_keys(None, "Marcus Obuya, 24, was wounded on Larch Avenue. Obuya was taken to a hospital.")
    assert "marcus obuya" in keys
    keys = dedupe.text_keys(None, "Marcus T. Obuya, 24, was wounded on Larch Avenue.")
    assert "marcus obuya" in keys
    # a comma after the opening word, a title, a day's name or an outlet's boilerplate word after it: no name
    keys = dedupe.text_keys(None, "Meanwhile, Obuya left the scene. Police Chief Anne Vardy spoke. Detectives Monday "
                                  "asked for help. Donations Gofundme pages were set up.")
    assert not [k for k in keys if k.split()[0] in ("meanwhile", "police", "detectives", "donations")]
    assert "gofundme" in dedupe._boilerplate_keys()


#: the towns of the two cases: name, latitude, longitude
CHILLICOTHE = ("Chillicothe", 39.33, -82.98)
ZANESVILLE = ("Zanesville", 39.94, -82.01)


def _placed(report_id: str, day: str, summary: str, town: tuple[str, float, float] = CHILLICOTHE,
            wounded: int = 1) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Ohio", location=town[0],
                    latitude=town[1], longitude=town[2], geo_precision=1, event_type="Violence against civilians",
                    attack_types=["Armed Assault"], summary=summary, wounded=wounded)


#: the shooting, told that night: the victim's name opens the story
SHOT = ("Man wounded outside Chillicothe laundromat",
        "Marcus Obuya, 24, was shot in the arm outside a laundromat late Saturday, officers said. He was treated and "
        "released. Detectives are looking for a dark sedan.")
#: six weeks on, another outlet's charge story, the victim's name opening its lead
CHARGED = ("Teen charged in laundromat shooting",
           "Marcus Obuya was wounded outside a laundromat in April. On Thursday prosecutors charged a 17-year-old "
           "with felonious assault in the shooting.")


def test_a_charge_story_and_the_shooting_join_on_a_name_that_opens_both_leads():
    """Six weeks apart, the charge story and the shooting's story both open with the victim's name: the full name
    joins them as a later step of the story (_step_followed); read without the given name, only the surname is
    shared and the two stay apart as reports of other days."""
    act = _placed("a:0", "2016-04-09", "He was treated and released.")
    later = _placed("b:0", "2016-05-19", "On Thursday prosecutors charged a 17-year-old with felonious assault.")
    keys = (dedupe.report_keys(Article(id="a", title=SHOT[0], text=SHOT[1], source="gazette"), act),
            dedupe.report_keys(Article(id="b", title=CHARGED[0], text=CHARGED[1], source="wsyx"), later))
    assert "#l marcus obuya" in keys[0] and "#l marcus obuya" in keys[1]
    c = dedupe.compare(act, later, keys=keys, published=("2016-04-10", "2016-05-19"), sources=("gazette", "wsyx"))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE


#: the shooting, the accused named in the story's own sentences
FIRED = ("Two men wounded outside Zanesville bowling alley",
         "Police said Dariel Quennick fired into a group leaving a bowling alley on Friday night, wounding two men. "
         "He was held at the county jail.")
#: seven weeks on, another outlet's story of his lawyer's court filings: a later step, told by its headline
MOTIONS = ("Attorney for bowling alley gunman files motions",
           "A lawyer for Dariel Quennick asked on Monday that statements he gave detectives be thrown out.")


def test_a_defence_lawyers_filing_weeks_on_is_a_later_step_of_the_shooting():
    """data/dedupe_step_words.txt: a headline telling an attorney's motions is a later step of the story, like a
    charge or a trial; naming the accused in full, it joins the shooting's story seven weeks before."""
    assert dedupe.step_headline(MOTIONS[0])
    act = _placed("a:0", "2016-06-03", FIRED[1], ZANESVILLE, wounded=2)
    later = _placed("b:0", "2016-07-25", MOTIONS[1], ZANESVILLE, wounded=2)
    keys = (dedupe.report_keys(Article(id="a", title=FIRED[0], text=FIRED[1], source="timesrecorder"), act),
            dedupe.report_keys(Article(id="b", title=MOTIONS[0], text=MOTIONS[1], source="whiz"), later))
    c = dedupe.compare(act, later, keys=keys, published=("2016-06-04", "2016-07-25"), sources=("timesrecorder", "whiz"))
    assert not c.conflicts and c.score >= dedupe.MERGE_SCORE
