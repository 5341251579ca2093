"""Session 34 (types): the sides of ACLED notes where a side is told targeted, where two states' forces fight, where
soldiers are told dying, and where a monitor's count falls outside the years its rule was written for. The sentences
below are written for these tests. And a fight between communities typed a mob's violence is ACLED's armed clash."""
from __future__ import annotations

from eventwire import pipeline
from eventwire.actors import acled_actors

RUSSIA, UKRAINE = "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"


def _sides(text: str, country: str, event_type: str, date: str, **fields):
    return acled_actors({"country": country, "date": date, "event_type": event_type, "summary": text, **fields})


def test_forces_told_targeted_are_the_second_side():
    sides = _sides("On 8 May 2021, an explosive device went off targeting Iraqi troops on the road to Baiji "
                   "(Salah al-Din).", "IQ", "Explosions/Remote violence", "2021-05-08")
    assert sides.actor1 == "Unidentified Armed Group (Iraq)"
    assert sides.actor2 == "Military Forces of Iraq (2020-)"


def test_the_first_state_named_in_a_clash_between_two_is_actor1():
    for text in ("On 9 May 2022, a clash took place near Siversk between Russian army units and Ukrainian army "
                 "units.",
                 "On 9 May 2022, an armed clash was reported north of Siversk between Russian and Ukrainian forces.",
                 "On 9 May 2022, Russian and Ukrainian troops clashed on the edge of Siversk."):
        sides = _sides(text, "UA", "Battles", "2022-05-09")
        assert (sides.actor1, sides.actor2) == (RUSSIA, UKRAINE), text
    sides = _sides("On 9 May 2022, Ukrainian and Russian troops clashed on the edge of Siversk.", "UA", "Battles",
                   "2022-05-09")
    assert (sides.actor1, sides.actor2) == (UKRAINE, RUSSIA)
    # the target type the rules gave ("Military") names the first side's own forces: the other army is the second
    sides = _sides("On 9 May 2022, Siversk saw a clash between Ukrainian and Russian forces.", "UA", "Battles",
                   "2022-05-09", target_types=("Military",))
    assert (sides.actor1, sides.actor2) == (UKRAINE, RUSSIA)


def test_soldiers_told_dying_are_the_side_attacked():
    sides = _sides("Four soldiers died.", "NE", "Battles", "2021-07-02")
    assert sides.actor1 == "Unidentified Armed Group (Niger)"
    assert sides.actor2.startswith("Military Forces of Niger")


def test_the_contact_line_rule_holds_only_for_its_years():
    def first(day: str) -> str:
        return _sides(f"On {day}, SMM monitors counted 6 explosions of unknown origin near Pisky.", "UA",
                      "Explosions/Remote violence", day).actor1
    assert first("2019-08-11").startswith("NAF")
    assert first("2014-08-11").startswith("Military Forces of Ukraine")
    assert first("2022-03-01").startswith("Military Forces of Ukraine")


def test_a_clash_between_communities_is_an_armed_clash_not_mob_violence():
    for text in ("On 3 June 2021, a group of youths from Kogo village clashed with members of the Tiv community near "
                 "Makurdi (Benue), using machetes and sticks. Three people were injured and 20 houses were burnt.",
                 "On 3 June 2021, communal violence flared at Abagana (Anambra) over farmland. Two people died and "
                 "nine were hurt in the fighting."):
        coded = pipeline.code_text(text, "2021-06-05")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Battles", "Armed clash")], text
    mob = pipeline.code_text("On 3 June 2021, a mob of residents beat a suspected thief to death in Kano city (Kano).",
                             "2021-06-05")
    assert [(i.event_type, i.sub_event_type) for i in mob.incidents] == [("Riots", "Mob violence")]
