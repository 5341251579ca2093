"""Session 32 (types): an accidental shooting told so only in the headline or in a later paragraph of its article.

A local report of a child hurt with a gun often says "accidental" in its headline alone, or in a paragraph that is
none of the sentences the incident was detected in; the typer read only those sentences, so the shooting was typed
ACLED Violence against civilians / Attack and GTD Armed Assault. An article of one incident is now told an accident
by its headline or any of its paragraphs (types_model.retype's `title`), as by the incident's own sentences; an
article of several incidents is not (its headline may tell another of them). The sentences below are written for
these tests."""
from __future__ import annotations

from eventwire import types_model
from eventwire.options import default_options
from eventwire.pipeline import code_article
from eventwire.records import Article, Incident

#: the text tells a boy shot, and nothing of how
TEXT = ("A 9-year-old boy was shot in the leg at a house on Birch Lane in Fairview, Kansas, on Sunday evening, "
        "deputies said. He was flown to a hospital in Wichita and is expected to survive.")
#: its headline tells the shooting an accident
TITLE = "Fairview boy, 9, hurt in accidental shooting at relative's home"
#: the same shooting, told an accident paragraphs after the sentences of the act, in an article longer than the
#: models read whole (types_model.WHOLE_TEXT_CHARS)
LATER = (TEXT + "\n\nNeighbours described the family as quiet and friendly, and said the children often played in "
         "the yard behind the house until dark. One woman who lives across the street said she had known the boy's "
         "grandparents for more than twenty years and could not remember any trouble at the address.\n\n"
         "The county school district said counsellors would be available at Fairview Elementary on Monday for "
         "classmates and teachers. A spokesman for the district declined to say more, citing the privacy of the "
         "family, and asked parents to talk with their children about what they may hear.\n\n"
         "Fire crews and an ambulance from the county were at the house within minutes of the call, and a "
         "helicopter landed in a field beside the church to take the boy to the hospital.\n\n"
         "The sheriff said it appears to have been an accident and no charges are expected.")
#: a headline that denies an accident
DENIED_TITLE = "Sheriff: Fairview shooting of boy, 9, was not accidental"


def _one(text: str) -> tuple[Incident, str]:
    (incident,) = code_article(Article(id="t", text=text, published="2024-03-04")).incidents
    return incident, " ".join(s.text for s in incident.evidence.get("event_type", ())) or text


def test_an_accident_told_only_in_the_headline():
    incident, _ = _one(TEXT)
    assert not incident.accident and incident.event_type == "Violence against civilians"
    options = default_options()
    (marked,) = types_model.retype([incident], [TEXT], options, TEXT, TITLE)
    assert marked.accident and marked.event_type is None and marked.attack_types == ()
    # no headline, or one that denies an accident: typed as it was
    (kept,) = types_model.retype([incident], [TEXT], options, TEXT)
    assert not kept.accident and kept.event_type == "Violence against civilians"
    (denied,) = types_model.retype([incident], [TEXT], options, TEXT, DENIED_TITLE)
    assert not denied.accident and denied.event_type == "Violence against civilians"


def test_an_accident_told_in_a_later_paragraph_of_one_incident():
    assert len(LATER) > types_model.WHOLE_TEXT_CHARS
    (incident,) = code_article(Article(id="l", text=LATER, published="2024-03-04")).incidents
    assert incident.accident and incident.event_type is None


def test_the_headline_of_an_article_of_two_incidents_marks_neither():
    incident, _ = _one(TEXT)
    other = incident.replace(id="t#2")
    both = types_model.retype([incident, other], [TEXT, TEXT], default_options(), TEXT, TITLE)
    assert [i.accident for i in both] == [False, False]


#: a shooting told with the words of its aftermath that the models read as an air strike or a bomb
AFTERMATH = ("A 34-year-old man was shot twice in the chest outside a bar on Pine Street late Friday and was flown "
             "by helicopter to a trauma center. The bomb squad was called to check a backpack left near the door, "
             "and police asked witnesses to send videos from any mobile device.")
#: a shooting beside a thrown grenade: the explosion is told
GRENADE = ("A 34-year-old man was shot outside a bar on Pine Street late Friday after a man threw a grenade at the "
           "door.")


def _attack(text: str) -> Incident:
    return Incident(id="r", article_id="r", country="US", date="2024-03-01", event_type="Violence against civilians",
                    sub_event_type="Attack", weapon_types=(), wounded=1, summary=text)


def test_the_models_explosion_needs_an_explosive_or_remote_weapon_told():
    assert not types_model.remote_weapon_told(AFTERMATH)
    assert types_model.revised_acled(_attack(AFTERMATH), AFTERMATH, "Explosions/Remote violence",
                                     "Air/drone strike") == ("Violence against civilians", "Attack")
    assert types_model.remote_weapon_told(GRENADE)
    assert types_model.revised_acled(_attack(GRENADE), GRENADE, "Explosions/Remote violence", "Grenade") == (
        "Explosions/Remote violence", "Grenade")
    # a note of forces firing on a district with no weapon named and no one shot stays the models' shelling
    shelled = "On 3 June 2022, the army fired on the Kalynivka district. No casualties were reported."
    assert types_model.revised_acled(_attack(shelled), shelled, "Explosions/Remote violence",
                                     "Shelling/artillery/missile attack")[0] == "Explosions/Remote violence"


def test_people_captured_and_detained_are_an_arrest_not_a_battle():
    note = ("Around 4 May 2023 (as reported), gendarmes captured and detained 58 migrants who had crossed the border "
            "without papers, in an operation near the bus station of Edirne.")
    calm = Incident(id="d", article_id="d", country="TR", date="2023-05-04", event_type="Battles",
                    sub_event_type="Non-state actor overtakes territory", summary=note)
    assert types_model.revised_acled(calm, note, "Battles", "Non-state actor overtakes territory") == (
        "Strategic developments", "Arrests")
    # a town captured, or people held after a fight, stays a battle
    town = "On 4 May 2023, rebels captured the town of Kiwanja after clashes with the army."
    assert types_model.revised_acled(calm, town, "Battles", "Non-state actor overtakes territory")[0] == "Battles"
    fought = note.replace("in an operation", "after a clash with smugglers")
    assert types_model.revised_acled(calm, fought, "Battles", "Armed clash")[0] == "Battles"

