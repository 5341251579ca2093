"""Dedupe, session 30 (issue 19): a later step of a shooting's story (an arrest, a charge, a plea, a sentence), dated by
its own day months after the act, joins the earlier report naming the same person in full in its state. Cases written
for these tests (made-up people, news-style headlines), compared as the store compares two reports."""
from __future__ import annotations

from eventwire import dedupe
from eventwire.records import Article, Incident

#: the shooting, told the day after by one outlet: the victim's full name below the lead
SHOT = ("Woman found shot dead in her car near Ferris",
        "A woman was found dead in a parked car on Sunday morning. Deputies said she had been shot twice. "
        "The county medical examiner named her on Monday as Odalys Brankovic, 34, of Ennis.")
#: the charge, told ten weeks later by another outlet and placed in the county seat: the same name below the lead
CHARGED = ("Man charged in April killing near Ferris",
           "A grand jury on Thursday charged a 41-year-old man with the killing of Odalys Brankovic, 34. "
           "Investigators said he drove her car that night. She had been missing for a day when she was found.")
#: the same charge naming the victim only further down, after two sentences of the day in court
CHARGED_LATE_NAME = ("Man charged in April killing near Ferris",
                     "A grand jury returned its papers on Thursday. Investigators said a 41-year-old man drove the "
                     "car that night. The victim, Odalys Brankovic, 34, had been missing for a day when she was found.")
#: the same later story with a headline that tells no step (a feature on the family)
FEATURE = ("Family remembers woman killed near Ferris",
           CHARGED[1])


def _report(report_id: str, day: str, town: str, lat: float, lon: float, summary: str, **kw: int) -> Incident:
    return Incident(id=report_id, article_id=report_id.partition(":")[0], date=day, date_precision="day",
                    date_earliest=day, date_latest=day, country="US", admin1="Texas", location=town, latitude=lat,
                    longitude=lon, geo_precision=1, event_type="Violence against civilians",
                    attack_types=["Armed Assault"], summary=summary, **kw)


def _compare(later: tuple[str, str], later_source: str = "wfaa", shot_summary: str = "Deputies said she had been "
             "shot twice.", later_killed: int | None = 1) -> dedupe.Comparison:
    shot = _report("a:0", "2016-04-10", "Ferris", 32.53, -96.67, shot_summary, killed=1)
    step = _report("b:0", "2016-06-23", "Waxahachie", 32.39, -96.85, "Investigators said a 41-year-old man drove "
                   "the car that night.", killed=later_killed)
    art_a = Article(id="a", title=SHOT[0], text=SHOT[1], source="star-telegram")
    art_b = Article(id="b", title=later[0], text=later[1], source=later_source)
    keys = (dedupe.report_keys(art_a, shot), dedupe.report_keys(art_b, step))
    return dedupe.compare(shot, step, keys=keys, published=("2016-04-11", "2016-06-23"),
                          sources=("star-telegram", later_source))


def _joins(c: dedupe.Comparison) -> bool:
    return not c.conflicts and c.score >= dedupe.MERGE_SCORE


def test_a_step_headline_marks_the_report():
    assert dedupe.step_headline(CHARGED[0]) and dedupe.step_headline("Teen pleads guilty in park shooting")
    assert not dedupe.step_headline(FEATURE[0]) and not dedupe.step_headline("Two hurt in overnight shooting")
    art = Article(id="b", title=CHARGED[0], text=CHARGED[1], source="wfaa")
    assert dedupe.STEP_KEY in dedupe.report_keys(art, _report("b:0", "2016-06-23", "Waxahachie", 32.39, -96.85, ""))
    assert dedupe.key_weight(dedupe.STEP_KEY) == 0.0


def test_a_charge_months_later_naming_the_victim_joins_the_shooting():
    """Ten weeks apart, placed in two towns of one county, the victim's full name told in the charge's lead and below
    the shooting story's: the later report's headline tells a charge, so the name joins them (dedupe._step_followed)."""
    assert _joins(_compare(CHARGED))


def test_without_a_step_or_with_another_toll_or_from_one_outlet_it_does_not():
    """A later story whose headline tells no step, one naming the person only below its lead, one whose dead are far
    from the shooting's, or one from the outlet of the shooting's story (whose pages share its staff's names) stays
    apart on the shared name alone."""
    assert not _joins(_compare(FEATURE))
    assert not _joins(_compare(CHARGED_LATE_NAME))
    assert not _joins(_compare(CHARGED, later_killed=5))
    assert not _joins(_compare(CHARGED, later_source="star-telegram"))


def test_a_schools_name_is_no_persons():
    """'Corvell High' is two capitalised words, one of them rare: a school near many shootings, no one's name."""
    assert dedupe._full_names(["corvell high", "odalys brankovic"], set()) == ["odalys brankovic"]


#: a sentencing page that codes no act of its own (a follow-up), published seven months after the shooting
SENTENCED = ("Ennis man sentenced for killing near Ferris",
             "Garrick Vollum was given 40 years on Tuesday. He had admitted the killing of Odalys Brankovic, whose car "
             "was found on a county road outside Ferris.")
#: the same page naming the town and the road but not the victim
SENTENCED_NO_NAME = ("Ennis man sentenced for killing near Ferris",
                     "Garrick Vollum was given 40 years on Tuesday for a killing on a county road outside Ferris.")


def _followup(page: tuple[str, str], published: str = "2016-11-15",
              source: str = "kdfw") -> dedupe.Member | None:
    return dedupe.followup_member("c", published, page[0], page[1], source)


def _shot_member() -> dedupe.Member:
    shot = _report("a:0", "2016-04-10", "Ferris", 32.53, -96.67, "The county medical examiner named her on Monday "
                   "as Odalys Brankovic, 34, of Ennis.", killed=1)
    art = Article(id="a", title=SHOT[0], text=SHOT[1], source="star-telegram")
    return dedupe.Member(shot, published="2016-04-11", source="star-telegram", keys=dedupe.report_keys(art, shot))


def test_a_step_follow_up_months_later_joins_the_act_whose_person_it_names():
    """A sentencing page coding no act, seven months on, naming the victim in full: followup_member dates it back
    dedupe.text_sure_max_days (its step headline), and the shared name joins it to the shooting."""
    page = _followup(SENTENCED)
    assert page is not None and dedupe.STEP_KEY in page.keys
    assert dedupe.linked(page, _shot_member()) is not None


def test_a_step_follow_up_naming_no_one_the_act_names_stays_apart_beyond_a_month():
    """Without the victim's name, the town and the road are what every later shooting there shares: past
    dedupe.text_max_days the follow-up joins nothing (dedupe._far_step_followup)."""
    page = _followup(SENTENCED_NO_NAME)
    assert page is not None and dedupe.linked(page, _shot_member()) is None
    # within a month it is compared as any follow-up is
    assert dedupe._far_step_followup(page.incident, _shot_member().incident, (page.keys, ()), [], set(), False,
                                     400) is None


#: one overnight shooting told by two outlets on the same day: one names the street and a neighbour, the other the
#: victims; both give two dead and two hurt and the ages of two of them, and share no name
STREET_STORY = ("Two dead, two hurt in overnight shooting",
                "Gunfire broke out on Quenneville Street near Tarbox Park shortly after midnight. A neighbour, "
                "Hollis Dravecky, said he heard a dozen shots. A 30-year-old man and a 31-year-old man died at the scene and two women "
                "were taken to Ochsner Baptist with wounds that were not thought to be grave.")
VICTIMS_STORY = ("Victims named after deadly overnight shooting",
                 "The coroner named Terrance Blanchette, 30, and Marcus Oubre, 31, as the dead. Police chief Anne "
                 "Kirkpatrick said the two wounded women, Shayla Broussard and Dionne Ferrand, were expected to live.")


def _overnight(title_text: tuple[str, str], report_id: str, **kw: int) -> tuple[Incident, tuple[str, ...]]:
    inc = Incident(id=report_id, article_id=report_id.partition(":")[0], date="2015-05-26", date_precision="day",
                   date_earliest="2015-05-26", date_latest="2015-05-26", country="US", admin1="Louisiana",
                   location="New Orleans", latitude=29.95, longitude=-90.07, geo_precision=1,
                   event_type="Violence against civilians", summary=title_text[1].split(". ")[0], **kw)
    art = Article(id=inc.article_id, title=title_text[0], text=title_text[1], source=report_id[0] + "tv")
    return inc, dedupe.report_keys(art, inc)


def test_one_days_reports_sharing_the_toll_and_two_ages_are_one_shooting():
    """Each story names people and places the other does not (which tells two shootings apart: TEXT_DIFFERS), but
    both are dated to one day, give two dead and two hurt and share the ages 30 and 31 (dedupe._same_day_ages)."""
    a, ka = _overnight(STREET_STORY, "s:0", killed=2, wounded=2)
    b, kb = _overnight(VICTIMS_STORY, "v:0", killed=2, wounded=2)
    assert {"#age 30", "#age 31"} <= set(ka) & set(kb)
    assert _joins(dedupe.compare(a, b, keys=(ka, kb)))
    # another toll, or one day apart: two shootings as before
    c, kc = _overnight(VICTIMS_STORY, "v:0", killed=1, wounded=2)
    assert "text-differs" in dedupe.compare(a, c, keys=(ka, kc)).codes

