"""Articles that coded no incident, or one act as two (issue 20 item 1, session 21), on real local news (GVA lines
outside the held-out 301-450; real models and spaCy, no mocks).

- A strategic development told beside a shooting of the same day and place is a step of that act, not news of its
  own: "Police say robbery may be a motive" was a second incident (Looting/property destruction) of a shooting story
  (consolidate.STEP_TYPES).
- Round 2: a piece kept apart only because "another" counts a person whose sentence tells the lead's own day and
  place joins the shooting (consolidate SAME_SCENE).
- An article whose every act the act filter would drop keeps its surest one when the gate is fairly sure of the
  article and the act scores just under the filter's line (pipeline.LAST_ACT_ARTICLE / LAST_ACT_THRESHOLD)."""
from __future__ import annotations

from eventwire.pipeline import code_article, code_text
from eventwire.records import Article

# GVA line 4211 (2016-11-04)
SHOES = (
    "INDIANAPOLIS, Ind.– Police say a 16-year-old boy was injured in a shooting Friday evening on the west side.\n\n"
    "Officers were called to the Addison Creek Apartments near the 5700 block of Port Lillian Drive around 7:15 p.m.\n\n"
    "The teenage victim was found with a gunshot wound and taken to Eskenazi Health in critical condition. At one "
    "point, the victim had to be medically revived.\n\n"
    "Investigators believe two male suspects came out of the woods while the victim and his nephew were playing "
    "soccer at the apartment complex.\n\n"
    "They approached the victim and argued, possibly over a pair of shoes the victim was wearing. It’s not believed "
    "that the two parties involved knew each other. Police described the suspects as two black males– one wore a "
    "red bandanna and the other wore a gray sweatshirt.\n\n"
    "Police say robbery may be a motive. This story is developing.")

# GVA line 1410 (2015-11-23)
BAIL = (
    "Chicago Police Superintendent Garry McCarthy said 9-year-old Tyshawn Lee was lured into an alley and executed, "
    "likely because of his family's gang ties. View Full Caption Facebook/Karla Lee\n\n"
    "CHICAGO — A person of interest in the killing of Tyshawn Lee is free on bond for a gun charge, according to the "
    "Sun-Times.\n\n"
    "The man was arrested for possession of a firearm by a felon last week. On Wednesday, his bail was set at $1 "
    "million. He would have had to have posted 10 percent — or $100,000 — to be released.\n\n"
    "The man's lawyer could not be reached and police did not have information on the man being released.\n\n"
    "Tyshawn, a 9-year-old boy, was targeted, lured into an alley and executed on Nov. 2, police have said.\n\n"
    "DNAinfo Chicago has not named the person of interest because he has not been charged in the Tyshawn Lee case.")


def test_a_robbery_told_as_a_shootings_motive_is_no_incident_of_its_own():
    incidents = code_text(SHOES, published="2016-11-04").incidents
    assert len(incidents) == 1
    (shooting,) = incidents
    assert shooting.event_type == "Violence against civilians"
    assert (shooting.admin1, shooting.location, shooting.wounded) == ("Indiana", "Indianapolis", 1)


def test_an_article_whose_acts_the_filter_drops_keeps_its_surest():
    article = Article(id="gva-1410", title="Person of Interest in Tyshawn Lee Case Out on Bail: Report", text=BAIL,
                      published="2015-11-23")
    incidents = code_article(article).incidents
    assert len(incidents) == 1
    assert (incidents[0].admin1, incidents[0].location, incidents[0].killed) == ("Illinois", "Chicago", 1)


# GVA line 2742 (2016-05-19): "another woman" of a sentence dated "Late Sunday evening" in Memphis, the day and the
# city of the lead's shooting, is one more victim of that shooting (consolidate SAME_SCENE)
TODDLER = (
    '× Toddler recovering after being shot at Whitehaven apartment complex\n\n'
    'MEMPHIS, Tenn. — The 3-year-old shot multiple times at a Whitehaven apartment complex is recovering, her family has told WREG.\n\n'
    'Ariyanna Smith is said to be in stable condition.\n\n'
    'Now police are searching for the man who pulled the trigger.\n\n'
    'Late Sunday evening, the little girl was rushed to Le Bonheur Children’s Hospital in extremely '
    'critical condition after a man opened fire on her mother and another woman in the South Point '
    'Apartments.\n\n'
    'Ariyanna’s mother told police the suspect flagged her down and starting talk to them.\n\n'
    'The mother said she saw the man pull out a handgun, so she put her car in reverse.\n\n'
    'That man opened fire on the women, injuring Ariyanna.\n\n'
    'Police said there were multiple bullet holes in the front passenger window and rear passenger window.\n\n'
    'If you know anything, call Crime Stoppers at (901) 528-CASH.')


def test_another_victim_of_the_leads_day_and_place_is_no_second_incident():
    article = Article(id="gva-2742", title="Toddler recovering after being shot at Whitehaven apartment complex",
                      text=TODDLER, published="2016-05-19")
    incidents = code_article(article).incidents
    assert len(incidents) == 1
    assert (incidents[0].admin1, incidents[0].location, incidents[0].date) == ("Tennessee", "Memphis", "2016-05-15")
