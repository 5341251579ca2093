"""Session 35 (types): a group's claim after a sentence's first word ("Later the ... Brigade claimed") names the
group alone. The sentences below are written for these tests."""
from __future__ import annotations

from eventwire import pipeline
from eventwire.types_model import named_group


def test_a_claim_after_a_sentence_adverb_names_the_group_alone():
    for lead in ("Later the", "Yesterday the", "On Friday the", "Later, the"):
        text = (f"A bomb hidden in a cart went off at the Tervo market, hurting six traders. {lead} Crimson Ridge "
                "Brigade claimed responsibility in a message to a radio station.")
        assert named_group(text) == "Crimson Ridge Brigade", lead
    # "the" after a particle, or after a name's own first word, stays inside the name
    assert named_group("Halt the Pylons Coalition claimed responsibility for cutting the line.") == (
        "Halt the Pylons Coalition")
    assert named_group("The Front for the Liberation of Osk claimed responsibility for the fire.") == (
        "Front for the Liberation of Osk")


def test_the_claimant_is_the_incident_perpetrator():
    text = ("A roadside bomb struck a bus carrying teachers near Vellmore on Tuesday, killing three of them. Later "
            "the Crimson Ridge Brigade claimed responsibility through a message sent to a local radio station.")
    coded = pipeline.code_text(text, "2019-03-06")
    assert [i.perpetrator for i in coded.incidents] == ["Crimson Ridge Brigade"]

def test_goods_seized_by_the_forces_are_looting_property_destruction():
    for text in ("On 4 March 2021, near Navarra (Parana), civil police forces seized 2,2 tons of cannabis hidden under "
                 "a load of soybeans during a roadside check. Three men were arrested.",
                 "On 4 March 2021, in Ponte Alta, Santa Catarina, military police forces seized 80,000 packs of "
                 "smuggled cigarettes at a warehouse during an operation."):
        coded = pipeline.code_text(text, "2021-03-05")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [
            ("Strategic developments", "Looting/property destruction")], text
