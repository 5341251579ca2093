"""ACLED codes violence against armed actors as Battles / Armed clash (types_model.armed_victim, session 20)."""
from __future__ import annotations

from eventwire import pipeline, types_model


def test_armed_victims_hit_by_a_non_state_side_are_told():
    """Written sentences: police and soldiers on duty, rangers, guards, gang members, a victim told a trafficker."""
    told = [
        "On 4 May, three soldiers were shot and killed by gunmen near the market.",
        "Rebels shot dead a ranger and hurt a second at a checkpoint.",
        "Armed men attacked a private security guard outside the bank. The guard died.",
        "An alleged gang member was shot dead by unidentified men.",
        "A youth died of gunshot wounds. Police said the victim had a record for drug trafficking.",
        "A police officer on patrol was shot and wounded on Tuesday night.",
    ]
    for text in told:
        assert types_model.armed_victim(text), text


def test_civilians_off_duty_officers_and_the_states_own_shootings_are_not():
    """Off duty, retired or former members, a civilian guard, a suspect killed by the police, and a victim phrase
    that ends before the armed word ('hurt after armed militiamen fired') keep violence against civilians."""
    kept = [
        "Gunmen attacked a police commander, who was off-duty, and his son.",
        "A retired soldier was shot dead at his home.",
        "Insurgents shot dead a civilian guard at a clinic and set it on fire.",
        "Police killed a drug suspect in a raid on a farmhouse.",
        "Three civilians were hurt after armed militiamen fired into a crowd.",
        "Gunmen killed seven members of a herding community; their spokesman said those killed were fighters.",
        "A farmer was shot dead by armed gunmen on his way home.",
        "A man was killed by soldiers at a checkpoint.",
    ]
    for text in kept:
        assert not types_model.armed_victim(text), text


def test_shootings_of_a_ranger_a_guard_and_a_gang_member_are_coded_armed_clashes():
    """Through the pipeline: the rules and models called these violence against civilians (2020 dev notes 314, 796,
    248 and 1223's kinds, written anew); ACLED codes them Battles / Armed clash. Shopkeepers stay civilians."""
    texts = [
        "On 3 May 2020, in Soyapango, San Salvador, a suspected gang member was shot dead by unknown armed men in the "
        "Las Margaritas neighborhood.",
        "On 3 May 2020, insurgents shot and killed one ranger and wounded a second on a road in Rueso district of "
        "Narathiwat, Thailand.",
        "On 1 May 2020, in Zapopan, Jalisco, gunmen in a pickup truck attacked a private security guard outside a "
        "warehouse in Colonia Arenales. The guard died.",
        "On 2 May 2020, in Celaya, Guanajuato, gunmen shot dead a man in Colonia Las Insurgentes. The victim had a police "
        "record that included drug trafficking.",
    ]
    for text in texts:
        coded = pipeline.code_text(text, "2020-05-04")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Battles", "Armed clash")], text
    civilians = pipeline.code_text("On 3 May 2020, insurgents shot and killed one shopkeeper and wounded a second on "
                                   "a road in Rueso district of Narathiwat, Thailand.", "2020-05-04")
    assert [(i.event_type, i.sub_event_type) for i in civilians.incidents] == [
        ("Violence against civilians", "Attack")]
