"""Session 28's ACLED strategic developments the rules and models read as violence (types_model.disrupted_kind):
weapons found or seized with no violence told (Disrupted weapons use) and people displaced with no one hurt (Other).
The notes are written for these tests in ACLED's style."""
from __future__ import annotations

from eventwire import types_model
from eventwire.options import default_options
from eventwire.pipeline import code_text
from eventwire.records import Incident

#: the shipped thresholds ([types] in defaults.toml): the models and the words decide as in the pipeline
_SETTINGS = default_options().types
SHIPPED = types_model.Thresholds(_SETTINGS.acled_event, _SETTINGS.acled_sub, _SETTINGS.gtd_attack,
                                 _SETTINGS.gtd_target, _SETTINGS.gtd_weapon, _SETTINGS.gtd_gname)

ATTACK = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                  attack_types=("Armed Assault",))


def test_a_cache_of_arms_recovered_is_disrupted_weapons_use():
    text = ("On 4 March 2023, soldiers and police recovered a large cache of arms and ammunition from a forest hideout "
            "near Kalewa (Sagaing). The cache included two rifles and 40 rounds.")
    typed = types_model.retyped(ATTACK, text, SHIPPED)
    assert (typed.event_type, typed.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    seized = "On 4 March 2023, police found and seized a stock of rifles hidden in a farmer's shed in Kalewa (Sagaing)."
    assert types_model.retyped(ATTACK, seized, SHIPPED).event_type == "Strategic developments"


def test_weapons_taken_in_a_fight_leave_the_fight():
    text = ("On 4 March 2023, militants ambushed a military convoy near Kalewa (Sagaing). The troops drove off the "
            "attackers and seized weapons and ammunition.")
    battle = ATTACK.replace(event_type="Battles", sub_event_type="Armed clash")
    assert types_model.retyped(battle, text, SHIPPED).event_type == "Battles"
    # weapons found where someone was hurt: the violence is the event
    hurt = ATTACK.replace(killed=1)
    found = "On 4 March 2023, gunmen shot a trader near Kalewa (Sagaing); police later found two rifles in his car."
    assert types_model.retyped(hurt, found, SHIPPED).event_type != "Strategic developments"


def test_people_displaced_with_no_one_hurt_are_a_strategic_development():
    coded = code_text("On 2 May 2023, around 800 people were displaced from villages near Jowhar (Middle Shabelle) "
                      "after repeated militia attacks.", "2023-05-05")
    assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Strategic developments", "Other")]
    # the same displacement told beside the dead: the attack is the event
    coded = code_text("On 2 May 2023, militia attacks killed four people near Jowhar (Middle Shabelle) and around 800 "
                      "people were displaced.", "2023-05-05")
    assert [i.event_type for i in coded.incidents] == ["Violence against civilians"]


def test_a_crowd_that_demanded_something_is_a_violent_demonstration():
    mob = Incident(id="i", article_id="a", event_type="Riots", sub_event_type="Mob violence")
    text = ("On 3 May 2023, around 250 labourers stormed a ration shop and vandalized it in Salar (Murshidabad, West "
            "Bengal), protesting against alleged fraud in the handing out of rations.")
    assert types_model.retyped(mob, text, SHIPPED).sub_event_type == "Violent demonstration"
    # a crowd's attack on a man, with nothing demanded: mob violence
    lynching = "On 3 May 2023, villagers in Salar (Murshidabad, West Bengal) beat a man they accused of stealing a goat."
    assert types_model.retyped(mob, lynching, SHIPPED).sub_event_type == "Mob violence"


def test_forces_sent_to_a_front_are_a_change_to_group_activity():
    battle = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash")
    text = ("On 2 May 2023, Houthi reinforcements arrived at the Nihm (Sanaa) and Sirwah (Marib) fronts while "
            "battles go on there.")
    typed = types_model.retyped(battle, text, SHIPPED)
    assert (typed.event_type, typed.sub_event_type) == ("Strategic developments", "Change to group/activity")
    # the reinforcements arrived and fought: the battle stands
    fought = text.replace(" while battles go on there", " and clashed with government forces")
    assert types_model.retyped(battle, fought, SHIPPED).event_type == "Battles"


def test_a_rape_told_done_is_sexual_violence():
    text = ("On 30 April 2023, gunmen attacked three women collecting firewood west of Tawila (North Darfur). The gunmen "
            "seized one of them and raped her.")
    assert types_model.retyped(ATTACK, text, SHIPPED).sub_event_type == "Sexual violence"
    # a suspect's past charge tells no act
    charged = ("On 30 April 2023, gunmen shot and killed a man in Tawila (North Darfur). One of them had been charged "
               "with rape in 2019.")
    assert types_model.retyped(ATTACK.replace(killed=1), charged, SHIPPED).sub_event_type == "Attack"


def test_people_kidnapped_with_no_one_hurt_are_an_abduction():
    text = "On 28 April 2023, Boko Haram fighters raided a shop and briefly kidnapped one person in Amchide (Mayo-Sava)."
    assert types_model.retyped(ATTACK, text, SHIPPED).sub_event_type == "Abduction/forced disappearance"
    # kidnapped and killed: the attack
    killed = text.replace("briefly kidnapped one person", "kidnapped and killed one person")
    assert types_model.retyped(ATTACK.replace(killed=1), killed, SHIPPED).sub_event_type == "Attack"


def test_one_protester_arrested_or_protesters_peacefully_removed_is_an_intervention():
    protest = Incident(id="i", article_id="a", event_type="Protests", sub_event_type="Peaceful protest")
    for text in ("On 1 May 2023, a protest was held in Split against the new fuel taxes. One protester was arrested "
                 "for insulting a policeman.",
                 "On 28 April 2023, about 80 farmers demonstrated at a toll booth near Celaya (Guanajuato). The "
                 "demonstrators were removed without violence by state police."):
        assert types_model.retyped(protest, text, SHIPPED).sub_event_type == "Protest with intervention", text
    # what the protest was against is no intervention in it
    against = "On 1 May 2023, students in Split protested the arrest of a classmate by the police."
    assert types_model.retyped(protest, against, SHIPPED).sub_event_type == "Peaceful protest"


def test_a_road_blocked_with_logs_is_a_violent_demonstration():
    protest = Incident(id="i", article_id="a", event_type="Protests", sub_event_type="Peaceful protest")
    text = ("On 23 January 2023, residents used tree logs to block the road to Forecariah (Kindia) in a protest "
            "over the dust thrown up by trucks.")
    typed = types_model.retyped(protest, text, SHIPPED)
    assert (typed.event_type, typed.sub_event_type) == ("Riots", "Violent demonstration")
    # the note tells it peaceful: the protest stands
    calm = text + " No violence was reported."
    assert types_model.retyped(protest, calm, SHIPPED).event_type == "Protests"
