"""Session 29 (types): the words of an accidental shooting that session 28's patterns missed.

A gun that went off while children played with it or an adult handled it, one a small child fired, a gun thought
unloaded, a shooting said to be accidental: each is an accident (records.Incident.accident), kept with no ACLED, GTD
or MUC-4 type. A shooting only asked about ("whether it was accidental"), denied one, or told one only in another's
version of it ("some claim he was playing with a rifle") is not. The sentences below are written for these tests."""
from __future__ import annotations

import pytest

from eventwire import types_model
from eventwire.pipeline import code_article
from eventwire.records import Article, Incident

TOLD = (
    "The two cousins were playing with an uncle's revolver in the garage when it fired, hitting the younger boy.",
    "Deputies said the woman was cleaning her shotgun on the porch when a round struck her in the foot.",
    "A 4-year-old shot his older sister in the leg with a pistol left on a nightstand, police said.",
    "A 9-year-old girl was shot by a 3-year-old cousin who found a handgun in a kitchen drawer.",
    "Troopers said the hunter believed his shotgun was empty before it fired into the barn.",
    "The rifle accidentally went off as he climbed over a fence, striking his friend.",
    "He was taken to hospital with an accidental gunshot wound to the thigh.",
    "Investigators said the shooting seemed to be accidental; nobody is likely to be charged.",
    "Sheriff Ortiz said the death was ruled accidental on Tuesday.",
    "A teenager accidently shot his cousin in the hand while they sat in a parked truck.",
    "The homeowner fired through the door, mistaking his son for an intruder.",
    "The boy told deputies he didn't know the shotgun was loaded.",
    "His lawyer said the shooting was a tragic accident.",
)


@pytest.mark.parametrize("text", TOLD)
def test_the_words_of_an_accident_told(text):
    assert types_model.accident_told(text), text


#: each told sentence beside one that asks, denies or gives another's version of the same words, or reads them of
#: no accident
TWINS = (
    ("Officers said the death seemed to be accidental.",
     "Detectives are still working out whether the death was accidental."),
    ("Police said the shooting was an accident.", "Police could not confirm that the shooting was an accident."),
    ("The death was accidental, a spokesman said.", "It is unclear if the death was accidental, a spokesman said."),
    ("A 4-year-old shot his older sister in the leg with a pistol left on a nightstand, police said.",
     "A 5-year-old was shot a block from her home on Friday night."),
    ("A farmer was shot dead near the market while his nephew was playing with a rifle, police said.",
     "Masked men shot a farmer dead near the market; some neighbours claim he was playing with a rifle when it fired."),
    ("The three boys were playing with a loaded pistol in the shed when it fired.",
     "Two men were playing cards when a third walked in with a rifle and shot them both."),
    # forces dispersing a crowd: the force used on it is what ACLED codes
    ("A police officer accidentally shot a colleague while cleaning his pistol at the station.",
     "Police dispersing the protesters accidentally shot a motorcyclist on the bridge."),
)


@pytest.mark.parametrize("told, not_told", TWINS, ids=range(len(TWINS)))
def test_the_same_words_asked_about_or_told_otherwise(told, not_told):
    assert types_model.accident_told(told), told
    assert not types_model.accident_told(not_told), not_told


PLAYING = ("Two brothers were playing with their grandfather's handgun in a bedroom of a home on Birch Lane in "
           "Shreveport, Louisiana, on Sunday afternoon when it fired, striking the 11-year-old in the shoulder, "
           "officers said. The boy is in a hospital and should recover.")


def _coded(text: str) -> list[Incident]:
    return list(code_article(Article(id="p", text=text, published="2024-03-11")).incidents)


def test_a_gun_played_with_is_coded_an_accident():
    incidents = _coded(PLAYING)
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.accident and inc.event_type is None and inc.attack_types == ()
    assert inc.wounded == 1 and inc.admin1 == "Louisiana"
    (told,) = inc.evidence["accident"]
    assert PLAYING[told.start:told.end] == told.text and told.text.startswith("playing with")


def test_the_forces_of_a_de_facto_state_are_its_own():
    """ACLED codes the forces of Artsakh as state forces of their own, not Azerbaijan's where the fire was told."""
    from eventwire.actors import acled_actors

    incident = Incident(id="k", article_id="k", country="AZ", date="2024-05-02", event_type="Battles",
                        sub_event_type="Armed clash",
                        summary="On 2 May 2024, forces of Artsakh stationed near Hadrut opened fire with rifles on "
                                "Azerbaijani army posts. Nobody was hurt.")
    sides = acled_actors(incident)
    assert (sides.actor1, sides.inter1) == ("Military Forces of Artsakh (2007-)", 1)
    assert sides.actor2.startswith("Military Forces of Azerbaijan")


def test_unnamed_islamist_militants_are_acleds_islamist_militia():
    """Islamist militants a note names by no group are ACLED's Islamist Militia of the country, not an unidentified
    armed group."""
    from eventwire.actors import acled_actors

    incident = Incident(id="m", article_id="m", country="MZ", date="2024-05-02",
                        event_type="Violence against civilians", sub_event_type="Attack",
                        summary="On 2 May 2024, suspected Islamist insurgents attacked a fishing village near Mocimboa "
                                "da Praia and burned several houses.")
    sides = acled_actors(incident)
    assert (sides.actor1, sides.inter1) == ("Islamist Militia (Mozambique)", 3)
