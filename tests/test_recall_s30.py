"""Extra incidents (issue 20, session 30), on sentences written for these tests (real models and spaCy, no mocks).

Pieces of one act (consolidate):
- a piece typed as an explosion only by another sentence of its draft (the pronoun "mine" of "a cousin of mine" is an
  explosion trigger's word) is a piece of the shooting told beside it when its own main sentence tells a shooting
  and no explosion (EXPLOSION_BY_MAIN, wordlists [consolidate] shooting_words); a bomb told in its own words stays
  apart from a shooting;
- a person counted by "another" whose sentence dates and places the act as the earlier piece does is one more person
  of that act when the two windows overlap ("Monday night" and "Monday"), not only when they are the same
  (SCENE_WINDOW_OVERLAP); a day of its own that misses the earlier window still tells one more act.

Mentions (relevance.mention_reason, data/wordlists.toml relevance.mention_patterns): rallying around a hurt child or
around weeping relatives is support, no rally; the victim's family gathered with "community members" beside them, or
"to release balloons", mourn. Such sentences below a shooting were peaceful protests of their own.
"""
from __future__ import annotations

from eventwire import relevance
from eventwire.pipeline import code_text


def test_a_shooting_typed_as_an_explosion_by_a_pronoun_is_one_act_with_its_victims():
    text = ("MIAMI (WXYZ) - Police are looking for whoever fired from a passing car in a drive-by shooting outside a "
            "Little Havana corner store on Tuesday that wounded three men.\n\n"
            "\"I was talking to a cousin of mine when the car came by and the shooting started,\" said one of the men, "
            "who was hurt in the arm.\n\n"
            "A man grazed by gunfire also told reporters what he saw on Tuesday.")
    incidents = code_text(text, published="2021-03-10").incidents
    assert [(i.location, i.wounded) for i in incidents] == [("Miami", 3)]


def test_a_bomb_told_in_its_own_words_stays_apart_from_a_shooting():
    text = ("TULSA, Okla. - A man was shot and wounded outside a bar on Tuesday night, police said.\n\n"
            "Hours later a pipe bomb exploded under a parked truck in another part of Tulsa on Tuesday, police said.")
    incidents = code_text(text, published="2021-03-10").incidents
    assert len(incidents) == 2


def test_another_person_of_the_act_dated_inside_the_acts_night_is_the_same_act():
    text = ("KANSAS CITY, Mo. - A ninth-grader was fatally shot by accident late Monday night, officers said.\n\n"
            "Officers said another boy accidentally shot Marcus inside a house in the Northland on Monday; the family "
            "has asked for privacy.")
    incidents = code_text(text, published="2021-03-10").incidents
    assert [(i.location, i.killed) for i in incidents] == [("Kansas City", 1)]


def test_another_shooting_on_a_day_of_its_own_stays_apart():
    text = ("KANSAS CITY, Mo. - A 15-year-old boy died after he was shot late Monday night in Kansas City, officers "
            "said.\n\n"
            "Another man was shot and wounded in Kansas City on Saturday, officers said.")
    incidents = code_text(text, published="2021-03-10").incidents
    assert len(incidents) == 2


def test_rallying_around_a_wounded_child_below_a_shooting_is_no_incident_of_its_own():
    text = ("A 6-year-old boy was shot in the leg on Tuesday evening while he played in a yard on Elm Street in "
            "Macon, Georgia, police said.\n\n"
            "Meanwhile, relatives and church members are rallying around the wounded boy.")
    incidents = code_text(text, published="2019-08-14").incidents
    assert [(i.location, i.wounded) for i in incidents] == [("Macon", 1)]


def test_mourning_frames_of_session_30():
    assert relevance.mention_reason("Neighbours came over to rally around and console weeping relatives.") == "frame"
    assert relevance.mention_reason("Her family, classmates and community members gathered Sunday to remember the "
                                    "9-year-old.") == "frame"
    assert relevance.mention_reason("The cousins and friends of Ortiz gathered at the ballfield Sunday to release "
                                    "balloons for him.") == "frame"
    # a crowd rallying around a thing, or a sentence that tells an act beside the support, is left alone
    assert relevance.mention_reason("Protesters rallied around the statue on Main Street.") is None
    assert relevance.mention_reason("Relatives rallied around the boy after a gunman opened fire on the house.",
                                    violent=True) is None
