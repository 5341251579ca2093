"""ACLED's protest and riot sub-event types (session 21): Protest with intervention read from the whole note
(types_model.protest_intervention), and the rules' riot kind kept unless the sub-event model is very sure
(types_model.SUB_THRESHOLDS)."""
from __future__ import annotations

from eventwire import pipeline, types_model


def test_the_forces_stopping_or_detaining_a_protest_is_an_intervention():
    told = [
        "A protest by shopkeepers was dispersed by police in the city centre.",
        "Soldiers stopped protesters from putting up a camp in the park.",
        "Police briefly detained 5 members of the party taking part in an unauthorized rally.",
        "About 30 farmers staged a sit-in outside the ministry. 12 arrested for violating the curfew.",
        "Dozens of teachers marched to the governor's office. They were arrested for breaking the lockdown.",
    ]
    for text in told:
        assert types_model.protest_intervention(text), text


def test_what_a_protest_is_about_and_the_protesters_own_acts_are_not():
    """An arrest or eviction the protest is against, a demand for a military intervention, protesters blocking a
    road, former police officers protesting, forces merely present."""
    kept = [
        "Villagers blocked the highway in demonstration against the arrest of a union leader on Monday.",
        "About 100 people gathered in support of the president to demand a military intervention.",
        "Protesters blocked the airport road, calling for an amnesty law.",
        "Retired police officers blocked a bridge demanding back pay.",
        "Vendors protested, condemning the council's demolition of their stalls.",
        "Riot police were present to keep the roads open.",
        "Students demonstrated demanding the release of their detained leader.",
    ]
    for text in kept:
        assert not types_model.protest_intervention(text), text


def test_a_note_whose_arrests_are_a_sentence_of_their_own_is_coded_protest_with_intervention():
    """Through the pipeline (the 2020 dev notes' kind, written anew): the rules read the protest's sentence only and
    said Peaceful protest; the note, read whole, tells the protesters arrested."""
    text = ("On 29 April 2020, in Arequipa city, 6 members of a taxi drivers' union staged a demonstration in the main "
            "square demanding fuel aid. Police officers arrested them for breaking the quarantine rules.")
    coded = pipeline.code_text(text, "2020-04-30")
    assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Protests", "Protest with intervention")]
    peaceful = pipeline.code_text("On 29 April 2020, in Arequipa city, 6 members of a taxi drivers' union staged a "
                                  "demonstration in the main square demanding fuel aid.", "2020-04-30")
    assert [(i.event_type, i.sub_event_type) for i in peaceful.incidents] == [("Protests", "Peaceful protest")]


def test_the_rules_riot_kind_stands_unless_the_sub_event_model_is_very_sure():
    probs = {"Riots|Mob violence": 0.5, "Riots|Violent demonstration": 0.3, "Protests|Peaceful protest": 0.2}
    events = {"Riots": 0.8, "Protests": 0.2}
    # the model's mob violence has 0.625 of the riot probability: below 0.9, the rules' kind stands
    assert types_model.acled_choice("Riots", "Violent demonstration", probs, events, 0.8, 0.5) == (
        "Riots", "Violent demonstration")
    sure = {"Riots|Mob violence": 0.76, "Riots|Violent demonstration": 0.04, "Protests|Peaceful protest": 0.2}
    assert types_model.acled_choice("Riots", "Violent demonstration", sure, events, 0.8, 0.5) == ("Riots", "Mob violence")
    # other event types keep the general threshold
    battles = {"Battles|Armed clash": 0.6, "Battles|Government regains territory": 0.2, "Riots|Mob violence": 0.2}
    assert types_model.acled_choice("Battles", "Government regains territory", battles, {"Battles": 0.8, "Riots": 0.2},
                                    0.8, 0.7) == ("Battles", "Armed clash")


def test_demonstrators_turning_violent_are_told():
    told = [
        "Nurses marched on Monday. Some of the demonstrators threw stones at riot police.",
        "Rioters gathered outside the bank and hurled Molotov cocktails at it.",
        "Reporters covering the march were beaten up by demonstrators.",
        "The party demonstrated in the capital. There was a scuffle with counter-demonstrators.",
        "Residents blocked the road. They also set two buses on fire.",
    ]
    for text in told:
        assert types_model.demonstrators_violence(text), text


def test_demonstrators_attacked_or_protesting_an_attack_are_not():
    kept = [
        "Teachers held a silent vigil. Those protesting were attacked by the mayor's supporters.",
        "Witnesses said they were beaten for demonstrating against the council.",
        "Protesters demonstrated against the attack on a journalist last week.",
        "Hundreds of students marched peacefully to the ministry demanding lower fees.",
    ]
    for text in kept:
        assert not types_model.demonstrators_violence(text), text


def test_a_march_whose_demonstrators_stone_a_bank_is_a_violent_demonstration():
    """Through the pipeline (the 2020 dev notes' kind, written anew): the march leads, the violence follows."""
    text = ("On 1 May 2020, demonstrators marched in Sidon from the old souk to the seafront chanting against the "
            "banks. The march halted outside a bank, where the demonstrators hurled rocks at its windows.")
    coded = pipeline.code_text(text, "2020-05-03")
    assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Riots", "Violent demonstration")]


def test_fire_both_ways_or_a_clash_is_told():
    told = [
        "Gunmen threw a hand grenade at a checkpoint. Soldiers reacted with gunfire.",
        "Two constables were shot by a wanted man. The constables returned fire and wounded him.",
        "Clashes erupted between two clans west of the city.",
        "Police officers clashed with armed men in three pickup trucks.",
    ]
    for text in told:
        assert types_model.fight_told(text), text
    assert not types_model.fight_told("Gunmen shot dead a shopkeeper in his store and fled on a motorcycle.")


def test_officers_who_return_fire_make_an_armed_clash():
    """Through the pipeline (the 2020 dev notes' kind, written anew): the rules and models said violence against
    civilians (the man was "wanted by the police", so no armed victim was told); the officers' fire back makes it a
    battle."""
    text = ("On 30 April 2020, in Chaguanas, Trinidad, officers were shot at by a suspect wanted by the police on a "
            "warrant. The officers returned fire and the suspect died at the scene. 1 fatality.")
    coded = pipeline.code_text(text, "2020-05-02")
    assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Battles", "Armed clash")]


def test_shelling_answered_with_fire_is_an_armed_clash():
    """Through the pipeline (the 2020 dev notes' kind, written anew): one side's shelling with the other's fire back,
    or a shelling exchange, is a battle; a suicide bombing stays one."""
    for text in ("On 1 May 2020, Houthi forces shelled positions of pro-government troops in Marib governorate. The "
                 "pro-government troops fired back, killing three Houthi fighters.",
                 "On 27 April 2020, regime forces and Turkish forces had a shelling exchange using heavy machine guns "
                 "near Tal Tamr in Al-Hasakeh countryside. Nobody was hurt."):
        coded = pipeline.code_text(text, "2020-05-03")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents][:1] == [("Battles", "Armed clash")], text
    bomb = pipeline.code_text("On 27 April 2020, a suicide bomber detonated his vest at a police post in Tikrit and "
                              "officers fired back at a second attacker.", "2020-04-29")
    assert [i.sub_event_type for i in bomb.incidents][:1] == ["Suicide bomb"]


def test_an_off_duty_officer_or_a_suspect_killed_in_a_raid_is_violence_against_civilians():
    """Through the pipeline (the 2020 dev notes' kind, written anew): the rules typed these battles; ACLED codes an
    attack on an officer off duty, and a suspect killed in a police raid, as violence against civilians. An officer
    off duty who fires back stays a battle."""
    for text in ("On 29 April 2020, in Zamora, Michoacan, gunmen in a car shot at a police officer who was off "
                 "duty and shopping with his wife. The officer died.",
                 "On 30 April 2020, three drug suspects were killed in a police raid in Barangay Tabe, Guiguinto, "
                 "Bulacan."):
        coded = pipeline.code_text(text, "2020-05-02")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Violence against civilians", "Attack")], text
    assert types_model.off_duty_victim("a retired soldier was shot")
    assert not types_model.off_duty_victim("a soldier on patrol was shot")


def test_weapons_gone_off_in_their_own_hands_stopped_or_left_from_an_old_war_are_strategic_developments():
    """Through the pipeline (the 2020 dev notes' kinds, written anew)."""
    cases = {
        "On 28 April 2020, 3 Taliban fighters died when a bomb they were placing exploded prematurely in Chak "
        "district, Wardak.": ("Strategic developments", "Disrupted weapons use"),
        "On 2 May 2020, militants tossed a grenade toward a police patrol in Baramulla town (J&K) but it did not explode; "
        "nobody was hurt.": ("Strategic developments", "Disrupted weapons use"),
        "On 30 April 2020, a boy died when an old mortar round, thought to be a leftover from the civil war, blew up "
        "in a field of Pailin province.": ("Strategic developments", "Other"),
    }
    for text, want in cases.items():
        coded = pipeline.code_text(text, "2020-05-04")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents][:1] == [want], text
    # a grenade that went off and hurt people is an explosion whatever a second one did
    hurt = pipeline.code_text("On 2 May 2020, militants threw two grenades at a police post in Baramulla town (J&K). "
                              "One went off, wounding two policemen; the other did not explode.", "2020-05-04")
    assert [i.event_type for i in hurt.incidents][:1] == ["Explosions/Remote violence"]


def test_an_ied_or_airstrike_named_keeps_the_rules_explosion():
    """Through the pipeline (the 2020 dev notes' kinds, written anew): the models read "soldiers killed" as a battle
    and "civilians killed" as an attack on civilians; the named weapon makes them explosions."""
    for text in ("On 1 May 2020, ISWAP said it had killed 4 Nigerian soldiers in an IED attack on a truck near Gwoza "
                 "(Gwoza LGA, Borno). Other soldiers were hurt.",
                 "On 27 April 2020, 3 civilians were killed when Afghan military forces carried out an airstrike on a "
                 "village of Shahrak district, Ghor."):
        coded = pipeline.code_text(text, "2020-05-03")
        assert [i.event_type for i in coded.incidents][:1] == ["Explosions/Remote violence"], text
    assert types_model.explosion_named("a roadside bomb went off")
    assert not types_model.explosion_named("Police found several shell casings at the scene.")
