"""Tests of the learned types (eventwire.types_model) with the shipped weights and the real pipeline."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from eventwire import linear, pipeline, types_model
from eventwire.options import Options, default_options
from eventwire.records import Incident, Span
from seedutil import load_script

REPO = Path(__file__).resolve().parent.parent
RULES_ONLY = Options.load(overrides={"types": {"enabled": False}}, use_env=False)
ALWAYS = types_model.Thresholds(0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
NEVER = types_model.Thresholds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0)

# written for these tests, not taken from any corpus
PROTEST = "On 3 May, around 200 teachers marched peacefully to the town hall in Nakuru to demand unpaid salaries."
FIREBOMB = "A firebomb was thrown by unidentified attackers at a bank branch in Detroit. The building was damaged."
# one article, two acts: a demonstration and, in another paragraph, a roadside bomb that killed two soldiers
TWO_ACTS = ("Hundreds of traders marched peacefully through Mombasa on Tuesday to protest against new market fees.\n\n"
            "In a separate incident on Tuesday, a roadside bomb exploded under a military truck near Mandera, "
            "killing two soldiers.")


def _train_script():
    return load_script(REPO / "scripts" / "train_types.py")


def test_models_ship_with_their_labels_and_are_small():
    for name, packaged in types_model.MODELS.items():
        path = packaged.path()
        assert path.is_file(), f"{path} is missing (scripts/train_types.py)"
        assert path.stat().st_size < 8_000_000, name
        data = json.loads(path.read_text(encoding="utf-8"))
        assert tuple(data["labels"]) == packaged.labels
        # named as left out of the training rows: the evaluation files
        held_out = "except acled_world_2020-04-27" if name.startswith("acled") else "minus the eventids of gtd_1970_1972"
        assert held_out in data["trained_on"], name
        assert packaged.load() is not None


def test_features_are_words_and_word_pairs_with_numbers_as_one_word():
    f = types_model.features("Police fired 12 shots")
    assert f == {"bias": 1.0, "w=police": 1.0, "w=fired": 1.0, "w=0": 1.0, "w=shots": 1.0, "b=police_fired": 1.0,
                 "b=fired_0": 1.0, "b=0_shots": 1.0}


def test_acled_choice_keeps_the_rules_unless_the_model_is_sure():
    probs = {"Protests|Peaceful protest": 0.6, "Protests|Protest with intervention": 0.2, "Riots|Mob violence": 0.2}
    events = {"Protests": 0.8, "Riots": 0.2}
    assert types_model.acled_choice("Riots", "Mob violence", probs, events, 0.7, 0.7) == ("Protests", "Peaceful protest")
    assert types_model.acled_choice("Riots", "Mob violence", probs, events, 0.9, 0.7) == ("Riots", "Mob violence")
    # the rules' event type kept: their sub-event type stays unless the model's has the share asked for (0.75)
    assert types_model.acled_choice("Protests", "Protest with intervention", probs, events, 0.7, 0.8) == (
        "Protests", "Protest with intervention")
    assert types_model.acled_choice("Protests", "Protest with intervention", probs, events, 0.7, 0.7) == (
        "Protests", "Peaceful protest")
    # no type from the rules: the model's
    assert types_model.acled_choice(None, None, probs, events, 2.0, 2.0) == ("Protests", "Peaceful protest")


def test_list_choice_puts_the_primary_first_and_keeps_the_rules_others():
    probs = {"Police": 0.8, "Business": 0.15, "Unknown": 0.05}
    assert types_model.list_choice(("Business", "Police"), probs, 0.7) == ("Police", "Business")
    assert types_model.list_choice(("Business", "Military"), probs, 0.9) == ("Business", "Military")
    assert types_model.list_choice((), probs, 0.9) == ("Police",)
    assert types_model.list_choice(("Business",), {"Unknown": 0.9, "Business": 0.1}, 0.5) == ("Business",)


def test_retyped_reads_the_text_it_is_given_and_the_thresholds():
    act = (Span(0, 7, "marched"),)
    rules = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash",
                     evidence={"event_type": act})
    assert types_model.retyped(rules, PROTEST, NEVER) == rules
    model = types_model.retyped(rules, PROTEST, ALWAYS)
    assert (model.event_type, model.sub_event_type) == ("Protests", "Peaceful protest")
    assert model.evidence["event_type"] == act and "sub_event_type" not in model.evidence
    assert types_model.retyped(rules, "", ALWAYS) == rules


def test_gtd_types_are_revised_only_for_attacks():
    attack = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                      attack_types=("Armed Assault",), evidence={"event_type": (Span(0, 5, "threw"),)})
    revised = types_model.retyped(attack, FIREBOMB, ALWAYS)
    assert revised.weapon_types[:1] == ("Incendiary",)
    assert revised.attack_types[0] == "Facility/Infrastructure Attack"
    assert revised.evidence["weapon_types"] == attack.evidence["event_type"]
    protest = Incident(id="i", article_id="a", event_type="Protests", sub_event_type="Peaceful protest")
    assert types_model.retyped(protest, FIREBOMB, types_model.Thresholds(2.0, 2.0, 0.0, 0.0, 0.0, 0.0)).weapon_types == ()


def test_two_acts_of_one_article_get_their_own_types():
    incidents = pipeline.code_text(TWO_ACTS, "2021-03-03", default_options()).incidents
    types = {(i.event_type, i.sub_event_type) for i in incidents}
    assert ("Protests", "Peaceful protest") in types
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in types


def test_disabled_keeps_the_rules_types():
    rules = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash")
    assert types_model.retype([rules], [PROTEST], RULES_ONLY) == [rules]
    everywhere = Options.load(overrides={"types": {"acled_event": 0.0, "acled_sub": 0.0}}, use_env=False)
    assert types_model.retype([rules], [PROTEST], everywhere)[0].event_type == "Protests"


def _csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_training_leaves_out_the_evaluation_rows_and_maps_the_older_layout(tmp_path):
    train = _train_script()
    acled = tmp_path / "acled"
    acled.mkdir()
    _csv(acled / train.ACLED_DEV, [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "notes": "dev"}])
    _csv(acled / "acled_kenya.csv", [{"event_type": "Riots", "sub_event_type": "Mob violence", "notes": "a mob"}])
    _csv(acled / train.ACLED_OLD, [
        {"EVENT_TYPE": "Battle-No change of territory", "NOTES": "a clash"},
        {"EVENT_TYPE": "Remote violence", "NOTES": "shelling"},
        {"EVENT_TYPE": "Riots/Protests", "NOTES": "a crowd"},
    ])
    subs, events = train.acled_examples(acled)
    assert sorted(subs) == [("a clash", "Battles|Armed clash"), ("a mob", "Riots|Mob violence")]
    assert sorted(events) == [("a clash", "Battles"), ("a mob", "Riots"), ("shelling", "Explosions/Remote violence")]
    gtd = tmp_path / "gtd"
    gtd.mkdir()
    columns = {"attacktype1_txt": "Bombing/Explosion", "targtype1_txt": "Business", "weaptype1_txt": "Explosives"}
    _csv(gtd / train.GTD_EVAL, [{"eventid": "1", "summary": "in the sample", **columns}])
    _csv(gtd / train.GTD_TRAIN, [{"eventid": "1", "summary": "in the sample", **columns},
                                 {"eventid": "2", "summary": "not in it", **columns}])
    examples = train.gtd_examples(gtd)
    assert examples["weapon"] == [("not in it", "Explosives")]
    assert examples["target"] == [("not in it", "Business")]


def test_absent_models_keep_the_rules_types(monkeypatch):
    for name, packaged in types_model.MODELS.items():
        monkeypatch.setitem(types_model.MODELS, name, linear.Packaged(("data", "models", "absent.json"),
                                                                       packaged.labels))
    rules = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash")
    assert types_model.retyped(rules, PROTEST, ALWAYS) == rules


# written for these tests: a bombing in Helmand told without naming who did it (the Taliban's province in GTD)
HELMAND = ("Assailants blew up a bomb at a police post in Helmand province's Nawa district, "
           "Afghanistan. Three police officers died.")


def test_gname_model_ships_without_the_evaluation_rows():
    model = types_model.gname_model()
    assert model is not None, "scripts/train_types.py --only gname"
    data = json.loads((REPO / "src" / "eventwire" / Path(*types_model.GNAME_MODEL)).read_text(encoding="utf-8"))
    assert "minus the eventids of gtd_1970_1972" in data["trained_on"]
    assert model.labels[-2:] == (types_model.GNAME_OTHER, types_model.GNAME_UNKNOWN)
    assert "Taliban" in model.labels and len(model.labels) > 50


def test_perpetrator_choice_keeps_a_named_side_then_a_tagged_group_then_a_sure_model():
    sure = {"Taliban": 0.9, "Other": 0.05, "Unknown": 0.05}
    # a group the rules named, or the state forces that acted, stay whatever the model says
    assert types_model.perpetrator_choice("Boko Haram", (), sure, 0.8) == "Boko Haram"
    assert types_model.perpetrator_choice("Police Forces of Kenya (2013-)", (), sure, 0.8) == \
        "Police Forces of Kenya (2013-)"
    # a group the role tagger found as the perpetrator organisation, not the state forces or a crowd it also found
    assert types_model.perpetrator_choice(None, ("the Army", "the Red Dawn Front"), sure, 0.8) == "Red Dawn Front"
    assert types_model.perpetrator_choice("gunmen", ("the Red Dawn Front",), sure, 0.8) == "Red Dawn Front"
    # else the model's group where it is sure enough; its Unknown and Other name no one
    assert types_model.perpetrator_choice("gunmen", ("police",), sure, 0.8) == "Taliban"
    assert types_model.perpetrator_choice(None, (), sure, 0.95) is None
    assert types_model.perpetrator_choice("gunmen", (), {"Unknown": 0.99, "Taliban": 0.01}, 0.5) == "gunmen"
    assert types_model.perpetrator_choice(None, (), {"Other": 0.99, "Taliban": 0.01}, 0.5) is None
    # GTD's name for a group groups.tsv knows is the rules' name for it (what the exports and the scorers read)
    assert types_model.perpetrator_choice(None, (), {"Islamic State of Iraq and the Levant (ISIL)": 0.9}, 0.8) == \
        "Islamic State"


def test_an_unnamed_attack_gets_the_group_the_model_is_sure_of():
    incident = Incident(id="i", article_id="a", attack_types=("Bombing/Explosion",), perpetrator="assailants",
                        evidence={"event_type": (Span(0, 10, "Assailants"),)})
    at = types_model.Thresholds(2.0, 2.0, 2.0, 2.0, 2.0, 0.5)
    named = types_model.retyped(incident, HELMAND, at)
    assert named.perpetrator == "Taliban"
    assert named.evidence["perpetrator"] == (Span(0, 10, "Assailants"),)
    assert types_model.retyped(incident, HELMAND, NEVER).perpetrator == "assailants"
    # a protest is no GTD attack: no group is guessed for it
    assert types_model.retyped(incident.replace(attack_types=()), HELMAND, at).perpetrator == "assailants"


def test_gname_training_leaves_out_the_sample_and_reads_rand_names_gtd_uses(tmp_path):
    train = _train_script()
    (tmp_path / "gtd").mkdir()
    (tmp_path / "rand").mkdir()
    columns = {"attacktype1_txt": "Bombing/Explosion", "targtype1_txt": "Business", "weaptype1_txt": "Explosives"}
    _csv(tmp_path / "gtd" / train.GTD_EVAL, [{"eventid": "1", "summary": "in the sample", "gname": "Strikers",
                                             **columns}])
    _csv(tmp_path / "gtd" / train.GTD_TRAIN, [
        {"eventid": "1", "summary": "in the sample", "gname": "Strikers", **columns},
        {"eventid": "2", "summary": "a bomb in Kabul", "gname": "Taliban", **columns},
        {"eventid": "3", "summary": "a bomb in Sinai", "gname": "Islamic State of Iraq and the Levant (ISIL)",
         **columns},
        {"eventid": "4", "summary": "a fire", "gname": "", **columns},
    ])
    _csv(tmp_path / "rand" / train.RAND, [
        {"Perpetrator": "Taliban", "Description": "AFGHANISTAN. A rocket hit Kandahar."},
        {"Perpetrator": "ISIS", "Description": "IRAQ. A car bomb in Baghdad."},
        {"Perpetrator": "Unknown", "Description": "A bomb."},
        {"Perpetrator": "Hamas", "Description": "a group no GTD summary names"},
    ])
    gtd, rand = train.gname_examples(tmp_path)
    assert sorted(gtd) == [("a bomb in Kabul", "Taliban"), ("a bomb in Sinai", "Islamic State of Iraq and the Levant (ISIL)"),
                           ("a fire", "Unknown")]
    assert sorted(rand) == [("AFGHANISTAN. A rocket hit Kandahar.", "Taliban"),
                            ("IRAQ. A car bomb in Baghdad.", "Islamic State of Iraq and the Levant (ISIL)")]


def test_the_one_incident_of_an_article_is_named_from_the_whole_article():
    at = Options.load(overrides={"types": {"gtd_gname": 0.5}}, use_env=False)
    incident = Incident(id="i", article_id="a", attack_types=("Bombing/Explosion",))
    own = "Three police officers were killed."
    assert types_model.retype([incident], [own], at, HELMAND)[0].perpetrator == "Taliban"
    assert types_model.retype([incident], [own], at)[0].perpetrator is None
    # two incidents: each is named from its own sentences only
    assert [i.perpetrator for i in types_model.retype([incident, incident], [own, own], at, HELMAND)] == [None, None]


def test_the_group_a_report_names_as_the_doer():
    """named_group: a capitalised name with a group's word, told as the doer ("members of", "bombed by", "claimed
    responsibility"); not state forces, not an institution the same words name as a place or victim."""
    assert types_model.named_group("Members of the Red Dawn Brigade robbed a bank in Tacoma.") == "Red Dawn Brigade"
    assert types_model.named_group("A post office in Ponce was bombed by the People's Liberation Front (PLF). "
                                   "Nobody was hurt.") == "People's Liberation Front"
    assert types_model.named_group("Two guards were shot near Hebron. The al-Nur Martyrs Brigade later claimed "
                                   "responsibility.") == "al-Nur Martyrs Brigade"
    assert types_model.named_group("Suspected members of the Movement for Justice in the Hills attacked a convoy."
                                   ) == "Movement for Justice in the Hills"
    assert types_model.named_group("The office was attacked by the Indian Army in Srinagar.") is None
    assert types_model.named_group("A bomb damaged rooms rented by the Institute for Historical Review.") is None
    assert types_model.named_group("Members of the National Guard shot two students.") is None
    assert types_model.named_group("Unknown perpetrators bombed a bank.") is None
    # the group's people as the ones the act fell on, or a victim's group, are not the doer
    assert types_model.named_group("Gunmen killed two members of the Awami League in Dhaka.") is None
    assert types_model.named_group("The target of the attack was a driver and member of the Transport Alliance "
                                   "of Oaxaca.") is None
    assert types_model.named_group("Karl Stone, a member of the Red Hill Gang, bombed the hall.") == "Red Hill Gang"
    # a group the attack is attributed to; a group groups.tsv knows takes its name there
    assert types_model.named_group("Nobody said they did it, but sources attributed the attack to the "
                                   "Red Dawn Brigade.") == "Red Dawn Brigade"
    assert types_model.named_group("Police blamed it on Taliban militants.") == "Taliban"


def test_a_group_named_in_the_report_is_the_perpetrator_before_the_model():
    sure = {"Taliban": 0.9, "Other": 0.05, "Unknown": 0.05}
    text = "Members of the Red Dawn Brigade threw a firebomb at a bank."
    assert types_model.perpetrator_choice(None, (), sure, 0.8, text) == "Red Dawn Brigade"
    # a group the role tagger tagged comes first; a named perpetrator stays
    assert types_model.perpetrator_choice(None, ("the Blue Front",), sure, 0.8, text) == "Blue Front"
    assert types_model.perpetrator_choice("Boko Haram", (), sure, 0.8, text) == "Boko Haram"
    # the model's own spelling of a group the text gives with its acronym
    spelled = {"Fuerzas Armadas de Liberacion Nacional (FALN)": 0.3, "Unknown": 0.7}
    assert types_model.perpetrator_choice(
        None, (), spelled, 0.8, "Members of the FALN (Armed Forces for National Liberation) bombed two banks."
    ) == "Fuerzas Armadas de Liberacion Nacional (FALN)"


def test_an_attack_gets_the_group_its_summary_names(tmp_path):
    """The pipeline on a summary whose group neither groups.tsv nor the tagger knows (written for this test)."""
    coded = pipeline.code_text("3/21/1981: Three members of the Red Dawn Brigade bombed a bank in Tacoma, Washington, "
                               "United States. No one was hurt.", "1981-03-22")
    assert [i.perpetrator for i in coded.incidents] == ["Red Dawn Brigade"]


def test_an_attack_by_a_crowd_of_unarmed_people_is_mob_violence():
    """mob_violence: written sentences; ACLED codes a crowd's beating or lynching Riots / Mob violence."""
    assert types_model.mob_violence("On 7 June, villagers chased and lynched two men suspected of robbery.")
    assert types_model.mob_violence("A man was beaten up by people after he tried to rob a store.")
    assert not types_model.mob_violence("Two men were shot dead and their bodies left in a van.")
    assert not types_model.mob_violence("Armed youths attacked herders and wounded three of them.")
    assert not types_model.mob_violence("Local residents shot a suspected thief.")
    coded = pipeline.code_text("On 9 June 2022, residents of Kayole, Nairobi, chased and lynched two men accused of "
                               "stealing a motorbike.", "2022-06-10")
    assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Riots", "Mob violence")]


def test_a_group_named_in_a_protest_is_not_made_its_attacker():
    incident = Incident(id="i", article_id="a", event_type="Protests", sub_event_type="Protest with intervention",
                        attack_types=("Armed Assault",))
    text = "Members of the Red Dawn Brigade marched to the palace and clashed with police."
    assert types_model.retyped(incident, text, NEVER).perpetrator is None
    assert types_model.retyped(incident.replace(event_type="Battles"), text, NEVER).perpetrator == "Red Dawn Brigade"


def test_some_pairs_of_rule_and_model_types_take_a_lower_threshold():
    """EVENT_SWITCH: the rules' violence against civilians is their answer for an act with no weapon they know, so
    the models' explosions overrule it from 0.4; the rules' battles against the models' explosions still want 0.8."""
    probs = {"Explosions/Remote violence|Shelling/artillery/missile attack": 0.5, "Battles|Armed clash": 0.3,
             "Violence against civilians|Attack": 0.2}
    events = {"Explosions/Remote violence": 0.5, "Battles": 0.3, "Violence against civilians": 0.2}
    assert types_model.acled_choice("Violence against civilians", "Attack", probs, events, 0.8, 0.75) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert types_model.acled_choice("Battles", "Armed clash", probs, events, 0.8, 0.75) == ("Battles", "Armed clash")


def test_a_short_article_of_one_incident_is_read_whole():
    """retype: the models read a brief's every sentence (WHOLE_TEXT_CHARS), a long article's act sentences only."""
    everywhere = Options.load(overrides={"types": {"acled_event": 0.0, "acled_sub": 0.0}}, use_env=False)
    rules = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash")
    own = "Two men were hurt."
    assert types_model.retype([rules], [own], everywhere, PROTEST)[0].event_type == "Protests"
    long = PROTEST + " " + "The town was quiet afterwards." * (types_model.WHOLE_TEXT_CHARS // 20)
    assert types_model.retype([rules], [own], everywhere, long)[0].event_type != "Protests"


def test_the_target_model_overrules_the_rules_private_citizens_sooner():
    """PRIVATE_TARGET_THRESHOLD: the rules' Private Citizens & Property (any person hurt) gives way to the target
    model's type from 0.8 (here Military at about 0.88), any other rules' target only from [types] gtd_target."""
    text = "Assailants attacked a military convoy near a base."
    sure = types_model.Thresholds(0.8, 0.75, 0.95, 0.95, 0.95, 0.8)
    attack = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash",
                      attack_types=("Armed Assault",), target_types=("Private Citizens & Property",),
                      evidence={"event_type": (Span(11, 19, "attacked"),)})
    assert types_model.retyped(attack, text, sure).target_types[:1] == ("Military",)
    business = attack.replace(target_types=("Business",))
    assert types_model.retyped(business, text, sure).target_types[:1] == ("Business",)


def test_a_battle_that_takes_an_area_is_coded_with_acled_territory_types():
    """territory_taken / territory_sub: written sentences; the side that took the area decides state or not."""
    assert types_model.territory_taken("Government forces regained control of the town after heavy fighting.")
    assert not types_model.territory_taken("Troops clashed with militants near the town.")
    clash = Incident(id="i", article_id="a", event_type="Battles", sub_event_type="Armed clash", country="NG",
                     date="2020-05-02")
    state = "On 2 May 2020, Nigerian troops took control of Buni Yadi after clashes with Boko Haram fighters."
    assert types_model.retyped(clash, state, NEVER).sub_event_type == "Government regains territory"
    group = "On 2 May 2020, Boko Haram fighters took control of Buni Yadi after clashes with Nigerian troops."
    taken = types_model.retyped(clash.replace(perpetrator="Boko Haram"), group, NEVER)
    assert taken.sub_event_type == "Non-state actor overtakes territory"
    assert types_model.retyped(clash, "Troops clashed with Boko Haram near Buni Yadi.", NEVER).sub_event_type == (
        "Armed clash")


def test_an_armed_attack_on_a_prominent_person_is_an_assassination():
    """prominent_victim / assassination_first: GTD codes an attack on a named official, politician, journalist or
    commander Assassination, not Armed Assault; written sentences. A title that is no victim's (the bodyguards of a
    governor, a former leader whose yard burned, a bombed house) changes nothing."""
    for text in ("Gunmen shot and killed a provincial council official in Kandahar city.",
                 "Assailants opened fire on Jose Reyes in Tarlac. Reyes, the mayor of the town, was killed.",
                 "An assailant shot Ali Hassan outside his home. Hassan was a senior leader of the ruling party.",
                 "Gunmen opened fire on a car in Mosul. The judge, Ahmed Salih, was killed in the attack."):
        assert types_model.prominent_victim(text), text
    for text in ("Militants ambushed the bodyguards of the provincial governor, killing seven guards.",
                 "A lumber yard owned by Tom Hale, a former leader of a vigilante group, was burned.",
                 "Gunmen shot and killed two farmers in a village near Kandahar city."):
        assert not types_model.prominent_victim(text), text
    text = "A gunman shot and killed Omar Said, a district commander of the police, in Kandahar city."
    shooting = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                        attack_types=("Armed Assault",), evidence={"event_type": (Span(9, 13, "shot"),)})
    assert types_model.retyped(shooting, text, NEVER).attack_types == ("Assassination", "Armed Assault")
    bombing = shooting.replace(attack_types=("Bombing/Explosion",))
    assert types_model.retyped(bombing, text, NEVER).attack_types == ("Bombing/Explosion",)
    coded = pipeline.code_text(text, "2021-03-03", default_options()).incidents
    assert coded and coded[0].attack_types[:1] == ("Assassination",)


def test_a_named_kind_of_target_leads_the_rules_private_citizens():
    """named_target / named_target_first: where Private Citizens & Property is first (any person or house hurt), the
    kind of target a [targets] word names goes first; written sentences."""
    assert types_model.named_target("A bomb exploded near a polling station in the district.") == (
        "Government (General)")
    assert types_model.named_target("Gunmen fired on worshippers outside a mosque.") == (
        "Religious Figures/Institutions")
    assert types_model.named_target("Gunmen fired on a group of farmers.") is None
    text = "A bomb exploded outside the Coast Guard club in the harbour. Two people were hurt."
    bombing = Incident(id="i", article_id="a", event_type="Explosions/Remote violence",
                       sub_event_type="Remote explosive/landmine/IED", attack_types=("Bombing/Explosion",),
                       target_types=("Private Citizens & Property",), evidence={"event_type": (Span(7, 15, "exploded"),)})
    assert types_model.retyped(bombing, text, NEVER).target_types == ("Military", "Private Citizens & Property")
    police = bombing.replace(target_types=("Police",))
    assert types_model.retyped(police, text, NEVER).target_types == ("Police",)


def test_a_robbery_is_coded_as_gtd_codes_robberies():
    """robbery_first: GTD codes a robbery by a group Hostage Taking (Barricade Incident), not Armed Assault."""
    text = "Two members of the group robbed the First State Bank in Ames. $11,000 was stolen."
    robbery = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                       attack_types=("Armed Assault",), evidence={"event_type": (Span(31, 37, "robbed"),)})
    assert types_model.retyped(robbery, text, NEVER).attack_types[:1] == ("Hostage Taking (Barricade Incident)",)
    shooting = "Two members of the group shot a guard outside the First State Bank in Ames."
    assert types_model.retyped(robbery, shooting, NEVER).attack_types[:1] == ("Armed Assault",)
