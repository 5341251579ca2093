"""ACLED actors (eventwire.actors): names in ACLED's conventions, the side that acted told from the side acted on or
speaking, inter codes, interaction, civilian targeting and disorder types; tables derived from ACLED's data."""
from __future__ import annotations

import pytest
from seedutil import acled_note

from eventwire.actors import (
    AcledActors,
    acled_actors,
    acted_on,
    acting_state,
    civilian_targeting,
    country_label,
    disorder_type,
    group_name,
    state_forces,
)


def _sides(text: str, country: str, event_type: str, sub: str = "", perpetrator: str | None = None,
           date: str = "2020-05-03", **kw) -> AcledActors:
    return acled_actors(dict(country=country, date=date, event_type=event_type, sub_event_type=sub,
                             perpetrator=perpetrator, summary=text, **kw))


def test_state_forces_take_the_regime_in_force_on_the_date():
    assert state_forces("UA", "military", 2020) == "Military Forces of Ukraine (2019-)"
    assert state_forces("KE", "police", 2010) == "Police Forces of Kenya (2002-2013)"
    assert state_forces("KE", "police", 2019) == "Police Forces of Kenya (2013-)"
    assert state_forces("US", "military", 2018) == "Military Forces of the United States (2017-)"
    assert state_forces("US", "military", None).startswith("Military Forces of the United States (")


def test_country_names_are_acleds():
    assert country_label("CD") == "Democratic Republic of Congo"
    assert country_label("IQ") == "Iraq" and country_label(None) == ""


def test_named_groups_take_acleds_name_in_the_country():
    assert group_name("Islamic State", "IQ") == ("Islamic State (Iraq)", 2)
    assert group_name("Islamic State", "SY") == ("Islamic State (Syria)", 2)
    assert group_name("Taliban", "AF") == ("Taliban", 2)
    assert group_name("Houthis", "YE")[0] == "Military Forces of Yemen (2016-) Supreme Political Council"
    assert group_name("Hamas", "PS")[0] == "Hamas Movement"


@pytest.mark.parametrize("text, country, event, sub, perp, actor1, inter1, actor2, inter2", [
    ("Ukrainian soldiers shelled positions near Zolote.", "UA", "Explosions/Remote violence",
     "Shelling/artillery/missile attack", None, "Military Forces of Ukraine (2019-)", 1, "", None),
    ("Traders protested against the lockdown in Lahore.", "PK", "Protests", "Peaceful protest", None,
     "Protesters (Pakistan)", 6, "", None),
    ("Unidentified gunmen shot dead a shopkeeper in Irapuato.", "MX", "Violence against civilians", "Attack", None,
     "Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7),
    ("Two protesters were shot dead by police in Lagos.", "NG", "Violence against civilians", "Attack", None,
     "Police Forces of Nigeria (2015-)", 1, "Civilians (Nigeria)", 7),
    # an air strike by a named foreign state: that state's forces, external (8)
    ("Israeli warplanes struck positions near Deir ez-Zor.", "SY", "Explosions/Remote violence", "Air/drone strike",
     None, "Military Forces of Israel (2009-)", 8, "", None),
    ("A US drone strike killed two militants in Jilib.", "SO", "Explosions/Remote violence", "Air/drone strike",
     "Islamic State", "Military Forces of the United States (2017-)", 8, "Islamic State (Somalia)", 2),
    # the side that acted first is actor1 even when extraction named the other side as perpetrator
    ("Government forces clashed with Al Shabaab militants near Jamaame.", "SO", "Battles", "Armed clash",
     "Al-Shabaab", "Military Forces of Somalia (2017-)", 1, "Al Shabaab", 2),
    # the side that speaks or accuses does not act
    ("Israeli aircraft struck a tunnel in Gaza, with Israel saying Hamas built the facility.", "PS",
     "Explosions/Remote violence", "Air/drone strike", "Hamas", "Military Forces of Israel (2009-)", 8,
     "Hamas Movement", 3),
    ("Police said gunmen killed two villagers in Zamfara.", "NG", "Violence against civilians", "Attack", None,
     "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7),
    ("Rioters attacked a man suspected of theft in Patna.", "IN", "Riots", "Mob violence", None,
     "Rioters (India)", 5, "Civilians (India)", 7),
    ("Police fired tear gas at demonstrators in Beirut.", "LB", "Protests", "Excessive force against protesters",
     None, "Protesters (Lebanon)", 6, "Police Forces of Lebanon (2020-)", 1),
    ("IS militants detonated a roadside IED that targeted Iraqi soldiers, killing three.", "IQ",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State", "Islamic State (Iraq)", 2,
     "Military Forces of Iraq (2020-)", 1),
])
def test_sides(text, country, event, sub, perp, actor1, inter1, actor2, inter2):
    sides = _sides(text, country, event, sub, perp)
    assert (sides.actor1, sides.inter1, sides.actor2, sides.inter2) == (actor1, inter1, actor2, inter2)


def test_target_types_name_the_second_side_when_the_text_does_not():
    sides = _sides("An explosion hit a checkpoint in Kirkuk.", "IQ", "Explosions/Remote violence",
                   "Remote explosive/landmine/IED", None, target_types=("Police",), date="2022-12-17")
    assert sides.actor1 == "Unidentified Armed Group (Iraq)" and sides.actor2.startswith("Police Forces of Iraq (")


def test_interaction_and_civilian_targeting():
    assert AcledActors("a", 1, "b", 7).interaction == 17 and AcledActors("b", 7, "a", 1).interaction == 17
    assert AcledActors("Protesters (X)", 6).interaction == 60 and AcledActors("", None).interaction is None
    on_civilians = AcledActors("Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7)
    assert civilian_targeting(on_civilians, "Violence against civilians", "Attack") == "Civilian targeting"
    assert civilian_targeting(on_civilians, "Riots", "Violent demonstration") == ""
    assert civilian_targeting(AcledActors("Rioters (India)", 5, "Civilians (India)", 7), "Riots", "Mob violence")
    assert civilian_targeting(AcledActors("Protesters (X)", 6), "Protests", "Excessive force against protesters")
    assert civilian_targeting(AcledActors("a", 1, "b", 2), "Battles", "Armed clash") == ""


@pytest.mark.parametrize("event, sub, kind", [
    ("Protests", "Peaceful protest", "Demonstrations"), ("Riots", "Violent demonstration", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence"), ("Battles", "Armed clash", "Political violence"),
    ("Strategic developments", "Arrests", "Strategic developments"),
    ("Violence against civilians", "", "Political violence"), (None, None, ""),
])
def test_disorder_type(event, sub, kind):
    assert disorder_type(event, sub) == kind


def test_incident_records_are_read_as_well_as_dicts():
    from eventwire.records import Incident

    inc = Incident(id="x", article_id="x", date="2020-05-03", country="AF", event_type="Battles",
                   sub_event_type="Armed clash", perpetrator="Taliban",
                   summary="On 4 May 2020, Taliban fighters ambushed an Arbaki commander in Kunduz, killing him.")
    sides = acled_actors(inc)
    assert (sides.actor1, sides.inter1) == ("Taliban", 2)
    assert sides.actor2 == "Militia (Pro-Government)" and sides.interaction == 23


def _incident(text: str, country: str, event_type: str = "Violence against civilians") -> dict:
    return dict(country=country, date="2020-05-03", event_type=event_type, summary=text)


@pytest.mark.parametrize("text, country, state", [
    ("Police shot two protesters in Lagos on Monday.", "NG", "Police Forces of Nigeria (2015-)"),
    ("A US drone strike killed three Islamic State fighters near Raqqa.", "SY", "Military Forces of the United States (2017-)"),
    ("Security forces opened fire on a crowd in Khartoum, killing five.", "SD", "Military Forces of Sudan (2019-)"),
    ("Israeli warplanes bombed a building in Gaza.", "PS", "Military Forces of Israel (2009-)"),
    # a side speaking, a side acted on, and another side acting first are not the state acting
    ("Police said gunmen killed two men in Kano.", "NG", None),
    ("Two soldiers were killed by militants in Borno.", "NG", None),
    ("Gunmen attacked soldiers at a checkpoint in Borno.", "NG", None),
])
def test_the_state_that_acted(text, country, state):
    assert acting_state(_incident(text, country)) == state


def test_a_group_struck_is_acted_on_and_a_group_striking_is_not():
    assert acted_on(_incident("A US drone strike killed three Islamic State fighters near Raqqa.", "SY"), "Islamic State")
    assert not acted_on(_incident("Islamic State fighters attacked an army post near Raqqa.", "SY", "Battles"),
                        "Islamic State")


def test_perpetrator_naming_the_state_is_not_its_own_second_side():
    sides = _sides("Police shot two protesters in Lagos on Monday.", "NG", "Violence against civilians",
                   perpetrator="Police Forces of Nigeria (2015-)")
    assert sides.actor1 == "Police Forces of Nigeria (2015-)" and sides.actor2 != sides.actor1


def test_a_perpetrator_naming_foreign_forces_stays_external():
    # extract names the state that acted; ACLED codes a state's forces acting in another country as external (8)
    sides = _sides("Israeli warplanes bombed a weapons depot near Damascus.", "SY", "Explosions/Remote violence",
                   perpetrator="Military Forces of Israel (2009-)")
    assert sides.actor1.startswith("Military Forces of Israel") and sides.inter1 == 8


@pytest.mark.parametrize("text,country,actor1,inter1,actor2", [
    # the side after an act both sides do is the other party, not the side acted on (written for this test)
    ("On 6 May 2022, a suspect exchanged gunfire with military police forces close to a market in Cariacica.", "BR",
     "Military Forces of Brazil (2019-) Military Police", 1, ""),
    ("On 7 May 2022, Russian military forces fought an armed clash with Ukrainian military forces "
     "close to Lyman.", "UA", "Military Forces of Russia (2000-)", 8, "Military Forces of Ukraine (2019-)"),
])
def test_a_fights_other_party_is_not_acted_on(text, country, actor1, inter1, actor2):
    sides = _sides(text, country, "Battles", "Armed clash", date="2022-05-03")
    assert (sides.actor1, sides.inter1) == (actor1, inter1)
    if actor2:
        assert sides.actor2 == actor2


@pytest.mark.parametrize("text,actor1", [
    ("On 2 May 2022, Katsina militiamen kidnapped four villagers near Dutsinma.", "Katsina Communal Militia (Nigeria)"),
    ("On 2 May 2022, armed Fulani herdsmen killed a farmer near Agatu.", "Fulani Ethnic Militia (Nigeria)"),
])
def test_a_militia_named_for_its_people_or_place_is_an_identity_militia(text, actor1):
    sides = _sides(text, "NG", "Violence against civilians", "Attack", date="2022-05-02")
    assert (sides.actor1, sides.inter1) == (actor1, 4)


@pytest.mark.parametrize("text,country,event,actor1", [
    # ACLED's own notes (2020 world and 2022 global extracts) and the actor1 it coded: a coalition's forces named by
    # no state are the coalition ACLED codes in the country, whose member states' forces it codes as that coalition;
    # "@" and an event id: that event's whole note, read from the shared data
    ("@SYR78089", "SY", "Explosions/Remote violence", "Global Coalition Against Daesh"),
    ("On 27 Apr 2020, coalition forces struck IS hideouts from the air, hitting seven tunnels in the "
     "Makhmour mountains of Nineveh province.", "IQ", "Explosions/Remote violence", "Global Coalition Against Daesh"),
    ("Movement of forces: On 9 March 2022, a US military patrol passed close to Qahtaniyah town, in rural Al "
     "Hasakeh.", "SY", "Strategic developments", "Global Coalition Against Daesh"),
    # written for this test: "U.S" without its last dot
    ("Movement of forces: On 5 March 2022, a U.S military patrol drove through Tal Tamr, Al Hasakeh.",
     "SY", "Strategic developments", "Global Coalition Against Daesh"),
    ("Movement of forces: On 29 March 2022, a Russian military patrol moved along the road to Al-Mayadin in "
     "Deir ez Zor.", "SY", "Strategic developments", "Military Forces of Russia (2000-)"),
    # written for this test: the coalition over Yemen, its warplanes not the Yemeni army's
    ("On 1 May 2020, coalition warplanes carried out 3 airstrikes on Sirwah district (Marib).", "YE",
     "Explosions/Remote violence", "Operation Restoring Hope"),
])
def test_a_coalition_and_its_states_forces_are_the_coalition_acled_codes_there(text, country, event, actor1):
    if text.startswith("@"):
        text = acled_note("acled_world_2020-04-27_2020-05-03.csv", text[1:])
    sides = _sides(text, country, event, date="2022-03-11")
    assert (sides.actor1, sides.inter1) == (actor1, 8)


def test_a_police_patrol_is_police_and_a_note_label_is_no_side():
    sides = _sides("On 24 May 2022, a police patrol in Mazatlan was attacked by gunmen on a highway.", "MX", "Battles",
                   "Armed clash", date="2022-05-25")
    assert sides.actor2 == "Police Forces of Mexico (2018-)" and sides.inter2 == 1
    # "Movement of forces:" labels the note; the side is the patrol it tells of
    sides = _sides("Movement of forces: On 3 May 2022, a Turkish military patrol took place near Kobani.", "SY",
                   "Strategic developments", date="2022-05-03")
    assert (sides.actor1, sides.inter1) == ("Military Forces of Turkey (2016-)", 8)


@pytest.mark.parametrize("date,actor1,inter1", [
    ("2022-02-25", "Military Forces of Afghanistan (2021-)", 1),  # ACLED's 2022 naming: the Taliban rule
    ("2020-05-01", "Taliban", 2),
])
def test_a_group_that_took_power_is_the_states_forces_from_that_day(date, actor1, inter1):
    # written for this test
    sides = _sides("On 25 February 2022, the Taliban killed a former soldier in Kandahar city.", "AF",
                   "Violence against civilians", "Attack", date=date)
    assert (sides.actor1, sides.inter1) == (actor1, inter1)
