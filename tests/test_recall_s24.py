"""Recall (issue 20 item 1, session 24), on real local news (GVA lines outside the held-out 301-450; real models and
spaCy, no mocks): the stories that report an act by a court's or the police's step after it.

- An article whose every act the act filter drops keeps its surest one at lower lines (pipeline.FOLLOW_UP_ARTICLE,
  FOLLOW_UP_ACT_THRESHOLD) when its headline tells a step after an act in a strong trigger word
  (pipeline.tells_follow_up): the act told in the court's terms scores low with the act model. Before, GVA 718 (an FBI
  release on seven gang members charged in a Detroit shooting) coded nothing.
- A headline of such a step may name the act by a noun of data/follow_up_acts.txt ("charged in 4 slayings",
  "appears on homicide charge") rather than a strong trigger word. Before, GVA 832 coded nothing.
- An act a court story tells as history (GVA 183: a couple pleads not guilty to a girl's shooting "last year") is
  background (issue 20 item 2): coded only when detect.keep_background asks for it, then marked, with its own date,
  whatever the headline (session 24's HISTORY_OF_FOLLOW_UP coded it by default and was taken out).
"""
from __future__ import annotations

from eventwire import pipeline
from eventwire.pipeline import code_article
from eventwire.records import Article

# GVA line 718 (2015-08-04): an FBI press release, www.fbi.gov/detroit
VICE_LORDS = (
    'Seven members of the Vice Lords were charged in an indictment unsealed today with various offenses based '
    'on their roles in a gang-related shooting. The charges are the result of the collaborative efforts of '
    'law enforcement and the community to reduce homicide and other violent crime under the Detroit One program, '
    'which has led to the arrests and convictions of Vice Lords leaders during this past year.\n\n'
    'The announcement was made by Assistant Attorney General Leslie R. Caldwell of the Justice Department’s '
    'Criminal Division, U.S. Attorney Barbara L. McQuade of the Eastern District of Michigan, Special Agent '
    'in Charge Robin Shoemaker of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) Detroit Field '
    'Division, Special Agent in Charge Paul M. Abbate of the FBI’s Detroit Division and Chief James Craig '
    'of the Detroit Police Department.\n\n'
    'The seven Vice Lord members charged with crimes stemming from this incident are:\n\n'
    'Antonio Clark, aka Cheeto, 25, of Detroit, is charged with attempted murder in aid of racketeering, '
    'assault with a dangerous weapon in aid of racketeering, use and carry of firearms during and in relation '
    'to a crime of violence and being a felon in possession of firearms;\n\n'
    'Aramis Wilson, aka Ace, 24, of Detroit, is charged with attempted murder in aid of racketeering, assault '
    'with a dangerous weapon in aid of racketeering, use and carry of firearms during and in relation to '
    'a crime of violence and being a felon in possession of firearms;\n\n'
    'Tyrone Price, aka Price, 26, of Detroit, is charged with assault with a dangerous weapon in aid of racketeering, '
    'and use and carry of firearms during and in relation to a crime of violence;\n\n'
    'Jonathan Kinchen, aka Deago, 22, of Detroit, is charged with assault with a dangerous weapon in aid '
    'of racketeering, and use and carry of firearms during and in relation to a crime of violence;\n\n'
    'Kojuan Lee, aka Juan, 19, of Detroit, is charged with assault with a dangerous weapon in aid of racketeering, '
    'and use and carry of firearms during and in relation to a crime of violence;\n\n'
    'Kirshean Nelson, 18, of Detroit, is charged with assault with a dangerous weapon in aid of racketeering, '
    'and use and carry of firearms during and in relation to a crime of violence; and\n\n'
    'Dion Robinson, aka Doggy, 37, of Detroit, is charged with assault with a dangerous weapon in aid of '
    'racketeering, and use and carry of firearms during and in relation to a crime of violence.\n\n'
    'Robinson, Clark, Price and Kinchen are in custody; arrest warrants have been issued for the other three '
    'defendants.\n\n'
    'According to the indictment, the Vice Lords is a national gang engaged in a variety of crimes, including '
    'murder, robbery, narcotics trafficking and witness intimidation. The indictment alleges that the Vice '
    'Lords’ leaders are located in both Chicago and Detroit, and that the gang is broken down into various '
    '“sets,” “decks,” or “branches,” including the Detroit-based Insane Vice Lords, Imperial Insane Vice '
    'Lords, Traveling Vice Lords, Conservative Vice Lords, Mafia Insane Vice Lords and Insane Goon Gang. '
    'The indictment further alleges that members who seek to leave or withdraw from the gang oftentimes endure '
    'a physical beating, known as a “beat out,” by multiple Vice Lord members, or are targeted for killing, '
    'known as a “green light.”\n\n'
    'According to the indictment, on May 7, 2015, to maintain and improve their positions in the Traveling '
    'Vice Lords, the defendants shot four individuals from the same family. The indictment alleges that the '
    'shooting was prompted by two of the family members’ attempts to leave the gang.\n\n'
    'The charges and allegations contained in the indictment are merely accusations. The defendants are presumed '
    'innocent until and unless proven guilty.\n\n'
    'This case is being investigated by the ATF, FBI and the Detroit Police Department. The case is being '
    'prosecuted by the Criminal Division’s Organized Crime and Gang Section and the U.S. Attorney’s Office '
    'of the Eastern District of Michigan.')


def test_a_follow_up_story_keeps_its_act_told_in_court_terms():
    page = Article(id="gva-718", title="Seven Vice Lords Charged in Gang-Related Shooting", text=VICE_LORDS,
                   published="2015-08-04")
    incidents = code_article(page).incidents
    assert len(incidents) == 1
    shooting = incidents[0]
    assert (shooting.admin1, shooting.location) == ("Michigan", "Detroit")
    assert shooting.date == "2015-05-07"


def test_only_a_headline_of_a_step_after_an_act_tells_a_follow_up():
    assert pipeline.tells_follow_up("Seven Vice Lords Charged in Gang-Related Shooting")
    assert pipeline.tells_follow_up("Ford City man to get probation in son's shooting")
    assert not pipeline.tells_follow_up("Brady Osborne given 36 months probation")  # no act named
    assert not pipeline.tells_follow_up("Man shot dead outside Detroit bar")  # the act itself, no step after it
    assert not pipeline.tells_follow_up("")


# GVA line 183 (2015-04-30), AP
IDAHO = (
    'POCATELLO, Idaho (AP) - A couple charged with the accidental shooting of a young girl in Chubbuck last '
    'year have pleaded not guilty.\n\n'
    '\n\n'
    'KIDK-TV reports that Rush Lish and his wife Ashlee Lish entered the plea Wednesday to charges of misdemeanor '
    'injury to a child for the death of 5-year-old Noelle Shawver.\n\n'
    '\n\n'
    "The girl was shot by another 5-year-old while visiting the Lishes' home last July.\n\n"
    '\n\n'
    "Police say the adults were in a different room when the shooting happened. They didn't say how the other "
    'child got access to the gun.\n\n'
    '\n\n'
    'Bannock County Prosecutor Steve Herzog says he thinks the gun must have been loaded and in a location '
    'where the child could find it. He says such a situation creates unreasonable and foreseeable risks.\n\n'
    '\n\n'
    "The Lishes' attorney did not comment on Wednesday.")


def test_a_court_story_whose_text_tells_the_act_as_history_codes_it_only_when_background_is_asked_for():
    from eventwire.options import Options

    page = Article(id="gva-183", title="Idaho couple pleads not guilty to accidental shooting of girl", text=IDAHO,
                   published="2015-04-30")
    assert code_article(page).incidents == ()  # history, not news: left out by default
    asked = Options.load(overrides={"detect": {"keep_background": True}}, use_env=False)
    incidents = code_article(page, asked).incidents
    assert len(incidents) == 1
    shooting = incidents[0]
    assert shooting.background
    assert (shooting.admin1, shooting.location) == ("Idaho", "Chubbuck")
    assert shooting.date_latest is not None and shooting.date_latest < "2015-04-30"  # its own date, not the news day


# GVA line 832 (2015-12-22), AP
SLAYINGS = (
    'COLUMBUS, Ohio (AP) — A 16-year-old boy has been charged as an adult in the slayings of four people '
    'at an Ohio home last summer.\n\n'
    'Franklin County Prosecutor Ron O’Brien said Tuesday a 29-count indictment against defendant Jordyn Wade '
    'includes charges of aggravated murder, aggravated robbery and kidnapping.\n\n'
    'O’Brien says Wade is accused of helping a 27-year-old accomplice rob five victims, then stand with his '
    'gun drawn while the accomplice shot the victims. One victim survived.\n\n'
    'Prosecutors are seeking the death penalty for Robert Lee Adams, who has pleaded not guilty. Wade is '
    'not eligible for capital punishment as a juvenile.\n\n'
    'The Associated Press does not normally name juveniles but is identifying Wade because he is being tried '
    'as an adult.\n\n'
    'A message was left with Wade’s attorney. Wade’s arraignment is scheduled for Thursday.')


def test_a_follow_up_headline_may_name_its_act_by_a_noun_of_killing():
    title = "16-year-old charged in 4 slayings at Ohio home in June; arraignment scheduled"
    assert pipeline.tells_follow_up(title)
    assert pipeline.tells_follow_up("Helena teen appears on homicide charge")
    assert not pipeline.tells_follow_up("Homicide rate falls in Toledo")  # a noun of killing, no step after an act
    incidents = code_article(Article(id="gva-832", title=title, text=SLAYINGS, published="2015-12-22")).incidents
    assert len(incidents) == 1
    assert (incidents[0].admin1, incidents[0].location) == ("Ohio", "Columbus")


def test_a_plea_is_a_court_step_only_as_one_read_in_court():
    # data/court_steps.txt: pleads guilty / not guilty / no contest / innocent, a plea entered
    for title in ("Idaho couple pleads not guilty to accidental shooting of girl", "Man pleads no contest in 2014 shooting",
                  "Suspect pleaded innocent in slaying", "Teen enters plea in fatal shooting",
                  "Guilty Plea In Shooting Death Of Nephew", "Shooter takes plea deal"):
        assert pipeline.court_step(title), title
    # an appeal is no court's step: such a headline over a page that tells no act is retried (FOLLOW_UP_RETRY)
    for title in ("Family pleads for suspect to come forward in 8-year-old girl's killing",
                  "Mother pleads for help finding son's killer", "Pleasant Hill man shot"):
        assert not pipeline.court_step(title), title
