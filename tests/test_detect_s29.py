"""Detection, session 29: a page whose body tells no act (a sign-up box, a paywall, a video list) is read from its
title, where the headline names the act in words running text tells beside an act word (detect._title_act): a plural
("bar shootings"), the shooter or the killing ("gunman in custody", "arrest made in homicide"), a death told violent
("a hunting death"). The titles and boxes are written for these tests in the shape of local news pages."""
from __future__ import annotations

import pytest

from eventwire.options import default_options
from eventwire.pipeline import code_articles, detected
from eventwire.records import Article

SIGN_UP = ("Thanks for reading!\n\nPlease log in, or create an account and choose a plan to keep reading.\n\n"
           "Already have an account?\n\nForgot your password? Reset it here.")


def _page(title: str, text: str = SIGN_UP) -> Article:
    return Article(id="p", text=text, title=title, published="2016-04-12", url="https://news.example.org/p")


def _drafts(title: str, text: str = SIGN_UP) -> list[str]:
    (work,) = list(detected([_page(title, text)], default_options()))
    return [d.main.text.strip() for d in work.drafts]


@pytest.mark.parametrize("title", [
    "Man wanted in Riverton tavern shootings surrenders to deputies",
    "Neighbors still waiting for answers after Eastgate fatal shootings",
    "Police: Oakdale market gunman in custody",
    "Arrest made in Elmwood homicide",
    "Sheriff reports two self-inflicted deaths of teenagers on Friday",
    "Game warden looks into hunting death near Millbrook",
    "Teen suffered 'self-inflicted' wound, deputies say",
    "Man arrested in death of Millbrook neighbor",
])
def test_a_title_over_a_silent_page_tells_its_act(title):
    assert _drafts(title) == [f"{title}."]


def test_the_title_is_coded_with_its_place():
    (coded,) = list(code_articles([_page("Suspect sought in Fresno bar shootings gives himself up")]))
    (incident,) = coded.incidents
    assert incident.location == "Fresno" and incident.admin1 == "California"


def test_a_title_with_a_tag_before_it_is_still_the_title():
    title = "UPDATE: Arrest made in Elmwood homicide"
    text = "Arrest made in Elmwood homicide.\n\n" + SIGN_UP
    assert _drafts(title, text) == ["Arrest made in Elmwood homicide."]


@pytest.mark.parametrize("title", [
    # a list's or a section's title: killings in the plural, or a name
    "Homicides in Tulsa",
    "Riverside Homicides",
    "Homicide Tracker Chicago",
    # a death with nothing that tells it violent
    "Sheriff looks into death of man found near Millbrook",
    "Family mourns death of grandmother in Millbrook",
])
def test_a_title_of_a_list_or_a_plain_death_tells_no_act(title):
    assert _drafts(title) == []


def test_plurals_in_running_text_stay_general():
    """Only the title is read so, and only when the text tells no act: a sentence of the body about shootings in
    general is no act."""
    text = "Shootings in the county rose last year, the sheriff told commissioners.\n\n" + SIGN_UP
    assert _drafts("County budget talks continue", text) == []
    assert _drafts("Shootings in the county rose, sheriff says", SIGN_UP) == []
