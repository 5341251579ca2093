"""Session 24's GTD target type revisions (types_model): a kind of target the text names ([targets] of
data/types_words.toml: a fuel or railway station, a store, a factory, a pipeline, a member of parliament) leads where
the rules left Private Citizens & Property first, and also where the rules found no target at all and the target
model's guess stands in for them."""
from __future__ import annotations

from eventwire import types_model
from eventwire.records import Incident

#: thresholds under which no model overrules the rules (above 1), so that only the rules and the words decide
RULES_ONLY = types_model.Thresholds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0)


def test_new_target_words_name_their_kind():
    for text, kind in (
        ("Suspected nationalists placed a bomb at a service station in the town.", "Business"),
        ("A bomb went off at a petrol station on the highway, injuring two.", "Business"),
        ("Assailants set fire to a furniture store in the city centre.", "Business"),
        ("Gunmen stormed a textile factory and abducted the owner.", "Business"),
        ("An explosive device was defused at a metro station in the capital.", "Transportation"),
        ("A blast hit the central railway station during the morning rush.", "Transportation"),
        ("Militants blew up a gas pipeline near the village.", "Utilities"),
        ("Gunmen shot and wounded a member of parliament outside his home.", "Government (General)"),
        ("A lawmaker died after a bomb went off beneath his car.", "Government (General)"),
    ):
        assert types_model.named_target(text) == kind, text


def test_a_named_target_replaces_the_models_guess_where_the_rules_found_none():
    text = "Suspected nationalists placed a bomb at a service station in the town. The device was disarmed."
    # the rules found no target: the model's best guess (here Military) gives way to the named kind
    assert types_model.named_target_first(("Military",), text, guessed=True) == ("Business", "Military")
    # a target the rules found stays first
    assert types_model.named_target_first(("Military",), text) == ("Military",)
    # no word names a kind: the guess stays
    assert types_model.named_target_first(("Military",), "A bomb exploded in the town.", guessed=True) == (
        "Military",)


def test_retyped_reads_the_named_target_where_the_rules_found_none():
    # the target model alone reads this as a military target (the soldiers hurt), the station tells the target
    text = "A bomb exploded at the railway station in the city, wounding two soldiers."
    rules = Incident(id="i", article_id="a", event_type="Explosions/Remote violence",
                     sub_event_type="Remote explosive/landmine/IED", attack_types=("Bombing/Explosion",),
                     weapon_types=("Explosives",), target_types=())
    revised = types_model.retyped(rules, text, RULES_ONLY)
    assert revised.target_types[:1] == ("Transportation",)


def test_fire_at_the_police_is_a_battle_and_violence_between_clans_a_fight():
    # fire at an armed actor, hit or not, makes the rules' attack on civilians an armed clash (ACLED's Battles)
    shot_at = ("In the town, police officers saw men firing at an apartment block. As they moved in, the "
               "men in the van opened fire at the police, injuring three.")
    assert types_model.armed_victim(shot_at)
    assert types_model.armed_victim("A man fired on a private security guard who had asked him to leave.")
    # the state's forces firing at someone are no armed victim's attackers
    assert not types_model.armed_victim("Police opened fire on a man who ran from a checkpoint.")
    assert not types_model.armed_victim("Gunmen opened fire at a wedding party, killing three guests.")
    # violence between clans, communities or tribes is a fight
    assert types_model.fight_told("Inter-clan violence erupted in the zone, leaving at least five people dead.")
    assert types_model.fight_told("Intercommunal fighting left four dead in the village.")
    assert not types_model.fight_told("Gunmen killed five villagers in an attack on the market.")


def test_revised_acled_types_fire_at_the_police_a_battle():
    text = ("On 2 May 2020, police officers saw men firing at an apartment block. As they moved in, the men "
            "in the van opened fire at the police, injuring 3. No deaths reported.")
    rules = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack")
    assert types_model.revised_acled(rules, text, "Violence against civilians", "Attack") == (
        "Battles", "Armed clash")


def test_police_telling_a_shooting_are_no_armed_victim():
    # police as the source of the report, or told by a witness, are not the victims of the shooting told
    for text in (
        "Police said six people were shot in what looked like a drive-by during a cookout.",
        "The woman told police she had been shot on the 900 block of West 61st Street.",
        "The father at first told police his son was shot in a drive-by shooting.",
        "Police are looking into shots fired at a bakery on Elm Street.",
        "In early reports, police said that three people had been killed and four wounded.",
    ):
        assert not types_model.armed_victim(text), text
    # police who were shot stay armed victims
    assert types_model.armed_victim("Two police officers on patrol were shot and wounded by a gunman.")
    assert types_model.armed_victim("Three soldiers were killed as rebels ambushed their convoy.")


def test_forces_killing_militants_is_a_battle():
    raid = ("Around 1 May 2020, in a raid lasting several days, the military forces allegedly killed 17 separatists, 3 of "
            "them commanders, in strikes on 5 separatist camps.")
    assert types_model.forces_killed_armed(raid)
    assert types_model.forces_killed_armed("Soldiers killed a suspected ISGS commander and two aides, reports said.")
    assert types_model.forces_killed_armed("Three insurgents were killed by the security forces near the border.")
    assert not types_model.forces_killed_armed("Soldiers killed three civilians at a checkpoint.")
    rules = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack")
    assert types_model.revised_acled(rules, raid, "Violence against civilians", "Attack") == ("Battles", "Armed clash")
    civilians = "Soldiers killed three civilians at a checkpoint."
    assert types_model.revised_acled(rules, civilians, "Violence against civilians", "Attack") == (
        "Violence against civilians", "Attack")
