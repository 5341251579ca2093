"""Session 26's GTD type orderings (types_model): where the rules and models found both firearms and explosives, GTD
lists the explosives first (explosives_first)."""
from __future__ import annotations

from eventwire import actors, types_model
from eventwire.records import Incident
from seedutil import gtd_summary

#: the GTD summaries the tests below read (../shared/data/gtd: never copied here)
GTD = "gtd_1970-2017_subset.csv"

#: thresholds under which no model overrules the rules (above 1), so that only the rules and the words decide
RULES_ONLY = types_model.Thresholds(2.0, 2.0, 2.0, 2.0, 2.0, 2.0)


def test_explosives_lead_firearms_and_melee():
    assert types_model.explosives_first(("Firearms", "Explosives")) == ("Explosives", "Firearms")
    assert types_model.explosives_first(("Melee", "Firearms", "Explosives")) == ("Explosives", "Melee", "Firearms")
    # no explosives among them, or explosives already first: as they are
    assert types_model.explosives_first(("Firearms", "Melee")) == ("Firearms", "Melee")
    assert types_model.explosives_first(("Explosives", "Firearms")) == ("Explosives", "Firearms")
    # a fire bomb's Incendiary keeps its place before the explosives (training rows: Incendiary 11 of 12)
    assert types_model.explosives_first(("Incendiary", "Explosives")) == ("Incendiary", "Explosives")
    assert types_model.explosives_first(()) == ()


def test_retyped_puts_the_grenades_before_the_gunfire():
    text = ("Attackers opened fire and threw grenades at worshippers at a guesthouse in the city. Twenty worshippers "
            "and three attackers were killed.")
    rules = Incident(id="i", article_id="a", event_type="Violence against civilians", sub_event_type="Attack",
                     attack_types=("Armed Assault", "Bombing/Explosion"), weapon_types=("Firearms", "Explosives"),
                     target_types=("Private Citizens & Property",))
    assert types_model.retyped(rules, text, RULES_ONLY).weapon_types == ("Explosives", "Firearms")
    # an attack with guns alone keeps its firearms
    guns = rules.replace(weapon_types=("Firearms",))
    assert types_model.retyped(guns, text.replace(" and threw grenades", ""), RULES_ONLY).weapon_types == (
        "Firearms",)


def test_the_model_names_anti_abortion_extremists_only_where_a_clinic_is_told():
    sure = {"Anti-Abortion extremists": 0.95, "Unknown": 0.05}
    # an unclaimed firebombing of a university building ("firebombed the Student Union"): no clinic, no group named
    campus = gtd_summary(GTD, "197004200001")
    assert types_model.perpetrator_choice(None, (), sure, 0.8, campus) is None
    clinic = gtd_summary(GTD, "199201300014")  # an arson at a women's clinic
    assert types_model.perpetrator_choice(None, (), sure, 0.8, clinic) == "Anti-Abortion extremists"
    # a crowd's act reads no group from the text, but the model's name is checked on the text it read
    assert types_model.perpetrator_choice(None, (), sure, 0.8, "", clinic, clinic) == "Anti-Abortion extremists"
    assert types_model.perpetrator_choice(None, (), sure, 0.8, "", campus, campus) is None
    # names with no [gname_words] stand as before
    assert types_model.perpetrator_choice(None, (), {"Taliban": 0.95}, 0.8, campus) == "Taliban"


def test_the_panthers_parties_under_their_written_names():
    from eventwire.evaluate.common import same_actor

    # "Black Panthers Party", "White Panthers Party": how GTD's summaries and news write the two parties
    assert types_model.group_label("Black Panthers Party") == "Black Nationalists"
    assert types_model.group_label("White Panthers Party") == "White Panther Party"
    assert same_actor("Black Panthers Party", "Black Panthers")
    assert same_actor("White Panthers Party", "White Panther Party")
    assert not same_actor("White Panthers Party", "Black Panthers")


def test_the_faln_is_a_group_not_puerto_rico_s_military():
    from eventwire import pipeline

    assert types_model.group_label("Armed Forces for National Liberation") == (
        "Fuerzas Armadas de Liberacion Nacional (FALN)")
    # the FALN's bombing of pipelines in Penuelas, its doer written as the group's English name with the acronym in
    # brackets: the rules read "Armed Forces" as the state's military (Military Forces of Puerto Rico)
    coded = pipeline.code_text(gtd_summary(GTD, "197412020003"), "1974-12-03")
    assert [i.perpetrator for i in coded.incidents] == ["Fuerzas Armadas de Liberacion Nacional (FALN)"]


def test_state_forces_take_the_period_of_the_incidents_year():
    # a current date: the period in force then
    assert actors.state_forces("US", "police", 2022) == "Police Forces of the United States (2021-)"
    assert actors.state_forces("KE", "police", 2010) == "Police Forces of Kenya (2002-2013)"
    # an old date no period of ACLED's holds: the name with no period, never a later period's
    assert actors.state_forces("US", "police", 1970) == "Police Forces of the United States"
    assert actors.state_forces("US", "military", 1970) == "Military Forces of the United States"
    got = actors.acled_actors({"country": "US", "date": "1970-03-01", "event_type": "Violence against civilians",
                               "summary": "Police officers shot two men in Chicago."}).actor1
    assert got == "Police Forces of the United States"


def test_an_acronym_the_text_spells_out_takes_that_meaning():
    text = "Members of the Black Liberation Army (BLA) shot a police officer in New York. The BLA claimed it."
    # BLA is the Baloch Liberation Army's acronym in groups.tsv: here it stands for the Black Liberation Army
    assert types_model.spelled_acronyms(text) == {"BLA": "Black Nationalists"}
    assert types_model.spelled_out("Baloch Liberation Army", text) == "Black Nationalists"
    assert types_model.perpetrator_choice("Baloch Liberation Army", [], {}, 0.5, text, text) == "Black Nationalists"
    # a long name groups.tsv lacks: that name, not the group sharing its letters
    other = "The Bengal Liberation Army (BLA) bombed a bridge."
    assert types_model.spelled_out("Baloch Liberation Army", other) == "Bengal Liberation Army"
    # the acronym spelled as the group groups.tsv gives it, or not spelled at all: as it was
    own = "The Baloch Liberation Army (BLA) struck a passenger coach near Turbat."
    assert types_model.spelled_out("Baloch Liberation Army", own) == "Baloch Liberation Army"
    assert types_model.spelled_out("Baloch Liberation Army", "BLA militants attacked a bus.") == "Baloch Liberation Army"
