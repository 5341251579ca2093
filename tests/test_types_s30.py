"""Session 30 (types): ACLED's sides for notes that name no side acting, and the type of a shooting of people.

A ceasefire monitor's count of fire in eastern Ukraine ("the OSCE SMM observed N explosions near X") names no side
that fired, yet ACLED codes one: the Military Forces of Ukraine (data/acled_unseen_sides.tsv), not an unidentified
armed group. A note that names the side that fired keeps it, and the convention is Ukraine's only. A gunman's
shooting of people that no one fought back is violence against civilians, not a battle
(types_model.shooting_of_people). The sentences below are written for these tests."""
from __future__ import annotations

from eventwire.actors import acled_actors
from eventwire.pipeline import code_article
from eventwire.records import Article, Incident

#: a monitor's count of fire, no side named
COUNTED = "On 14 June 2021, the OSCE SMM counted 23 explosions near Zaitseve, their origin unknown."
#: the same, fire seen going both ways
BOTH_WAYS = ("On 9 June 2021, the OSCE SMM observed 37 shots and bursts of fire of small arms in both directions of "
             "the contact line near Pisky.")


def _coded(text: str, published: str) -> list[Incident]:
    return list(code_article(Article(id="u", text=text, published=published)).incidents)


def test_a_monitors_count_of_fire_is_the_ukrainian_militarys():
    (incident,) = _coded(COUNTED, "2021-06-15")
    assert incident.country == "UA" and incident.event_type == "Explosions/Remote violence"
    sides = acled_actors(incident)
    assert (sides.actor1, sides.inter1, sides.actor2) == ("Military Forces of Ukraine (2019-)", 1, "")
    # the same count in another country is left to no side
    assert acled_actors(incident.replace(country="GE")).actor1 == "Unidentified Armed Group (Georgia)"


def test_fire_both_ways_has_the_naf_as_the_second_side():
    (incident,) = _coded(BOTH_WAYS, "2021-06-10")
    assert incident.sub_event_type == "Armed clash"
    sides = acled_actors(incident)
    assert (sides.actor1, sides.inter1) == ("Military Forces of Ukraine (2019-)", 1)
    assert (sides.actor2, sides.inter2) == ("NAF: United Armed Forces of Novorossiya", 2)
    # a note that names the side firing keeps it
    told = ("On 11 June 2021, NAF units fired mortars at Ukrainian positions near Pisky; the OSCE SMM recorded 12 "
            "explosions there.")
    assert acled_actors(incident.replace(summary=told)).actor1 == "NAF: United Armed Forces of Novorossiya"


def _sides(text: str, country: str, event: str = "Battles", sub: str = "Armed clash"):
    return acled_actors(Incident(id="s", article_id="s", country=country, date="2021-06-02", event_type=event,
                                 sub_event_type=sub, summary=text))


def test_a_side_that_repels_an_attack_was_attacked():
    """ACLED names the attacker first where the forces repel its attack (17 of the 21 such training notes)."""
    sides = _sides("On 2 June 2021, Afghan border police repelled an assault by Taliban fighters on an outpost "
                   "near Spin Boldak, killing three of them.", "AF")
    assert (sides.actor1, sides.inter1) == ("Taliban", 2)
    assert sides.actor2.startswith("Police Forces of Afghanistan")
    # forces that attack are still the actor
    sides = _sides("On 2 June 2021, Afghan border police attacked a Taliban outpost near Spin Boldak.", "AF")
    assert sides.actor1.startswith("Police Forces of Afghanistan")


def test_a_side_killed_after_exchanging_fire_did_not_act():
    """"X was killed after exchanging fire with police": the police are the side that acted, as in "exchanged"."""
    sides = _sides("On 2 June 2021, in Recife, a robbery suspect died after exchanging fire with a patrol of military "
                   "police by a bus station.", "BR")
    assert (sides.actor1, sides.inter1) == ("Military Forces of Brazil (2019-) Military Police", 1)


def test_clan_tribal_and_communal_fighters_are_identity_militias():
    sides = _sides("On 2 June 2021, clan militiamen from two sub-clans fought over grazing land near Beledweyne, "
                   "leaving six dead.", "SO")
    assert (sides.actor1, sides.inter1) == ("Unidentified Clan Militia (Somalia)", 4)
    sides = _sides("On 2 June 2021, tribesmen clashed over a well in Wadi Hadhramaut, wounding four.", "YE")
    assert (sides.actor1, sides.inter1) == ("Unidentified Tribal Militia (Yemen)", 4)
    sides = _sides("On 2 June 2021, communal militias from two villages burned farmland near Bawku.", "GH",
                   "Violence against civilians", "Attack")
    assert sides.inter1 == 4 and sides.actor1.endswith("Communal Militia (Ghana)")


def test_strikes_reported_to_have_hit_are_the_strikers_and_barkhane_is_france():
    sides = _sides("On 2 June 2021, Israeli warplanes were reported to have struck militia depots outside Deir "
                   "ez-Zor.", "SY", "Explosions/Remote violence", "Air/drone strike")
    assert (sides.actor1, sides.inter1) == ("Military Forces of Israel (2021-)", 8)
    # a side reported to have been hit is still the one acted on
    sides = _sides("On 2 June 2021, four soldiers were reported to have been killed by a roadside bomb near Palmyra.",
                   "SY", "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert not sides.actor1.startswith("Military Forces of Syria")
    sides = _sides("On 2 June 2021, Operation Barkhane jets bombed a militant camp in the Gourma forest.", "ML",
                   "Explosions/Remote violence", "Air/drone strike")
    assert (sides.actor1, sides.inter1) == ("Military Forces of France (2017-)", 8)


#: a shooting of people: a gunman fires on people who are not armed, no one fires back
SHOT_AT = ("Police said a man in a hooded jacket walked up to a group gathered outside a laundromat on Ninth Street in "
           "Dayton on Saturday night and fired several times, killing a 22-year-old and wounding two women. The gunman "
           "ran off and no arrests have been made.")
#: the same place and people, with fire both ways or an armed side hit: a battle
FOUGHT = (
    SHOT_AT.replace("The gunman ran off", "A man in the group fired back and the gunman ran off"),
    SHOT_AT.replace("killing a 22-year-old and wounding two women", "wounding two police officers on patrol"),
    SHOT_AT.replace("fired several times", "the two groups traded gunfire"),
)


def _battle(text: str, target: str = "Private Citizens & Property") -> Incident:
    return Incident(id="g", article_id="g", country="US", date="2019-06-08", event_type="Battles",
                    sub_event_type="Armed clash", weapon_types=("Firearms",), target_types=(target,), killed=1,
                    wounded=2, summary=text)


def test_a_gunmans_shooting_of_people_is_violence_against_civilians():
    from eventwire import types_model

    assert types_model.revised_acled(_battle(SHOT_AT), SHOT_AT, "Battles", "Armed clash") == (
        "Violence against civilians", "Attack")
    for text in FOUGHT:
        assert types_model.revised_acled(_battle(text), text, "Battles", "Armed clash") == ("Battles", "Armed clash"), text
    # the police first among the rules' targets: left as it was
    assert not types_model.shooting_of_people(_battle(SHOT_AT, "Police"), SHOT_AT)
