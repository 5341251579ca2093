"""Session 31 (types): a shooting after a quarrel is the gunman's attack, not a crowd's, and a month is no march.

The rules read "fight" as a crowd's violence where no armed group is named, so a US story telling that a quarrel
turned into a shooting was typed Riots / Mob violence; ACLED codes one man firing on people Violence against
civilians / Attack, and keeps Mob violence for a crowd told attacking (a mob, villagers who beat a man). The word
"March" of a date ("On March 3, ...") told a march, which kept a shooting's battle from being read as a shooting of
people. The sentences below are written for these tests."""
from __future__ import annotations

from eventwire.pipeline import code_article
from eventwire.records import Article, Incident
from eventwire.types_model import _listed

#: a quarrel that ended in gunfire, no crowd told doing violence
QUARREL = ("Three men were wounded early Sunday when a fight outside a bowling alley on Linden Avenue in Dayton, Ohio, "
           "turned into a shooting, police said. One man pulled a handgun and fired several times before he ran off.")


def _coded(text: str, published: str) -> list[Incident]:
    return list(code_article(Article(id="u", text=text, published=published)).incidents)


def test_a_fight_that_turns_into_a_shooting_is_an_attack():
    (incident,) = _coded(QUARREL, "2016-05-02")
    assert incident.wounded == 3
    assert (incident.event_type, incident.sub_event_type) == ("Violence against civilians", "Attack")
    # a crowd told attacking stays a mob's violence
    text = ("On 4 May 2021, a mob of villagers beat and shot dead a man accused of cattle theft in Kitui, Kenya, "
            "after a fight at the market.")
    (incident,) = _coded(text, "2021-05-05")
    assert incident.event_type == "Riots"


def test_the_month_march_is_no_march():
    demonstration = _listed("shooting", "demonstration_patterns")
    assert not demonstration.search("On March 3, officers were sent to a home on Elm Street")
    assert not demonstration.search("a March 2014 shooting")
    assert demonstration.search("students marched to the capitol")
    assert demonstration.search("police fired on a march")


def _sides(text: str, country: str, event: str, sub: str):
    from eventwire.actors import acled_actors

    return acled_actors(Incident(id="s", article_id="s", country=country, date="2022-04-03", event_type=event,
                                 sub_event_type=sub, summary=text))


def test_gunboats_are_a_states_navy():
    sides = _sides("On 3 April 2022, Israeli gunboats fired at fishing boats off the coast of Khan Younis, forcing "
                   "them back to the harbour.", "PS", "Violence against civilians", "Attack")
    assert sides.actor1.startswith("Military Forces of Israel") and sides.inter1 == 8


def test_the_nrf_is_the_national_resistance_front():
    sides = _sides("On 3 April 2022, NRF fighters ambushed a Taliban patrol in the Dara district of Panjshir.", "AF",
                   "Battles", "Armed clash")
    assert (sides.actor1, sides.inter1) == ("National Resistance Front", 2)
    assert sides.actor2.startswith("Military Forces of Afghanistan")


def test_state_forces_named_by_their_initials():
    sides = _sides("On 3 April 2022, SSPDF soldiers attacked an SPLA-IO base near Yei.", "SS", "Battles", "Armed clash")
    assert sides.actor1.startswith("Military Forces of South Sudan") and sides.inter1 == 1
    sides = _sides("On 3 April 2022, the FAMa shot two herders near Djenne.", "ML", "Violence against civilians", "Attack")
    assert sides.actor1.startswith("Military Forces of Mali") and sides.inter1 == 1


def test_forces_that_defuse_a_bomb_are_the_side_acting():
    """ACLED's disrupted weapons use names first the side that defused the device, not the one that planted it."""
    sides = _sides("On 3 April 2022, soldiers defused an explosive device near Dori that had been planted by JNIM "
                   "militants.", "BF", "Strategic developments", "Disrupted weapons use")
    assert sides.actor1.startswith("Military Forces of Burkina Faso") and sides.inter1 == 1
