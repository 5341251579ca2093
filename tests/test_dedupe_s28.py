"""Dedupe, session 28 (issue 19): reconciled tolls of a shooting whose one victim died, told by two outlets that
split evenly. Cases written as the pipeline codes them (made-up stories, news-style headlines)."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Article, Incident


def member(article: str, published: str, title: str, **kw: int) -> dedupe.Member:
    return dedupe.Member(Incident(id=f"{article}:0", article_id=article, date="2016-03-28", date_precision="day",
                                  country="US", **kw), published=published, headline=dedupe.headline_entries(title))


def test_two_outlets_of_one_death_split_evenly_count_no_wounded():
    """One story of a boy who shot himself and died was read as one killed and one wounded (its 'shot' and its
    'died'), the other as one killed: one victim, as GVA counts him (one killed, none injured)."""
    both = member("a", "2016-03-28", "Boy, 4, dies after shooting himself at home", killed=1, wounded=1)
    dead = member("b", "2016-03-29", "Coroner: boy, 4, died from a gunshot he fired himself", killed=1)
    record = dedupe.reconcile("i", [both, dead])
    assert (record["killed_best"], record["wounded_best"]) == (1, 0)
    # in either order of publication, as long as the death is told no earlier than the wound
    later = member("c", "2016-03-28", "Boy, 4, dies after shooting himself at home", killed=1)
    assert dedupe.reconcile("i", [both, later])["wounded_best"] == 0


def test_an_even_split_with_a_survivors_story_keeps_the_wounded():
    """A story of someone shot and no death (a survivor) besides one source of a death and a wound and one of the
    death alone: two people, one killed and one wounded (tests/test_dedupe_s23.py keeps this case too)."""
    shot = member("a", "2016-03-28", "Man shot on east side", wounded=1)
    both = member("b", "2016-03-28", "Police investigate overnight shooting", killed=1, wounded=1)
    dead = member("c", "2016-03-29", "Man dies after east side shooting", killed=1)
    assert dedupe.reconcile("i", [shot, both, dead])["wounded_best"] == 1
    # a headline telling a death and someone hurt tells two people apart, however the sources split
    two = member("d", "2016-03-28", "1 killed, 1 injured in east side shooting", killed=1, wounded=1)
    assert dedupe.reconcile("i", [two, dead])["wounded_best"] == 1


def _told(report_id: str, day: str, summary: str, **kw: int) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    country="US", admin1="Louisiana", location="New Orleans", latitude=29.95, longitude=-90.07,
                    geo_precision=1, event_type="Violence against civilians", attack_types=["Armed Assault"],
                    summary=summary, **kw)


#: a shooting's story and a trial's story told four months on by two outlets: each names the accused in its lead
#: (headline and first sentences), while the sentences the pipeline coded from tell the shooting without his name
SHOOTING = ("Nine wounded in French Quarter shooting",
            "Police arrested Darnell Quibbeaux early Sunday after nine people were wounded on Royal Street. "
            "Officers said the gunman fired into a crowd leaving a bar. Nine people were taken to hospitals.")
TRIAL = ("Trial opens for man accused in French Quarter shooting",
         "Darnell Quibbeaux went on trial Monday. Prosecutors said he fired into a crowd on Royal Street. "
         "Nine people were wounded.")
#: the same trial story naming the accused only further down, after two sentences of the day in court
TRIAL_LATE_NAME = ("Trial opens in French Quarter shooting",
                   "A jury was seated Monday. Prosecutors said the gunman fired into a crowd on Royal Street. "
                   "Nine people were wounded. Defence lawyers said Darnell Quibbeaux was elsewhere that night.")


def _pair(trial: tuple[str, str], trial_source: str = "wdsu") -> bool:
    """Whether the trial's report joins the shooting's."""
    shot = _told("a:0", "2016-07-03", "Officers said the gunman fired into a crowd leaving a bar.", wounded=9)
    tried = _told("b:0", "2016-11-07", "Prosecutors said he fired into a crowd on Royal Street.", wounded=9)
    art_a = Article(id="a", title=SHOOTING[0], text=SHOOTING[1], source="nola")
    art_b = Article(id="b", title=trial[0], text=trial[1], source=trial_source)
    keys = {"a:0": dedupe.report_keys(art_a, shot), "b:0": dedupe.report_keys(art_b, tried)}
    c = dedupe.compare(shot, tried, keys=(keys["a:0"], keys["b:0"]), sources=("nola", trial_source))
    return not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_a_name_in_the_leads_of_two_outlets_stories_months_apart_joins_them():
    """The accused's full name in the lead of both stories (neither coded from a sentence naming him) joins the trial
    to the shooting four months before: dedupe.lead_names keeps, per report, the names of its headline and first
    LEAD_SENTENCES sentences."""
    assert dedupe.LEAD_KEY + "darnell quibbeaux" in dedupe.lead_names(*TRIAL)
    assert _pair(TRIAL)


def test_a_name_told_below_the_lead_or_by_one_outlet_twice_does_not():
    """Told further down (a lawyer's words, a recalled victim, a sidebar), the shared name joins nothing months apart;
    nor does it in the leads of two pages of one outlet, which share its sidebars and staff."""
    assert dedupe.LEAD_KEY + "darnell quibbeaux" not in dedupe.lead_names(*TRIAL_LATE_NAME)
    assert not _pair(TRIAL_LATE_NAME)
    assert not _pair(TRIAL, trial_source="nola")
