"""ACLED codes violence against armed actors as Battles / Armed clash (types_model.armed_victim, session 20)."""
from __future__ import annotations

from eventwire import pipeline, types_model


def test_armed_victims_hit_by_a_non_state_side_are_told():
    """Written sentences: police and soldiers on duty, rangers, guards, gang members, a victim told a trafficker."""
    told = [
        "On 4 May, three soldiers were shot and killed by gunmen near the market.",
        "Separatists shot and killed one ranger and injured another on the road.",
        "Armed men attacked a private security guard outside the bank. The guard died.",
        "An alleged gang member was shot dead by unidentified men.",
        "A man was shot and killed. The victim had charges against him for drug trafficking.",
        "A police officer on patrol was shot and wounded on Tuesday night.",
    ]
    for text in told:
        assert types_model.armed_victim(text), text


def test_civilians_off_duty_officers_and_the_states_own_shootings_are_not():
    """Off duty, retired or former members, a civilian guard, a suspect killed by the police, and a victim phrase
    that ends before the armed word ('injured after armed militiamen opened fire') keep violence against civilians."""
    kept = [
        "Armed men ambushed the chief of the police, who was off-duty, and his wife.",
        "A retired soldier was shot dead at his home.",
        "Militants shot dead a civilian school guard and burned two schools.",
        "A drug suspect was killed during a police raid in the village.",
        "Two civilians were injured after armed militiamen opened fire in the market.",
        "Gunmen killed seven members of a herding community; their spokesman said those killed were fighters.",
        "A man was shot and killed by armed gunmen near his house.",
        "A man was killed by soldiers at a checkpoint.",
    ]
    for text in kept:
        assert not types_model.armed_victim(text), text


def test_shootings_of_a_ranger_a_guard_and_a_gang_member_are_coded_armed_clashes():
    """Through the pipeline: the rules and models called these violence against civilians (2020 dev notes 314, 796,
    248 and 1223's kinds, written anew); ACLED codes them Battles / Armed clash. Shopkeepers stay civilians."""
    texts = [
        "On 3 May 2020, in San Miguel, an alleged gang member was shot and killed by several unidentified armed men "
        "in the neighborhood of El Carmen.",
        "On 3 May 2020, separatists shot and killed one ranger and injured another as they were traveling in Sai Buri "
        "district of Pattani, Thailand.",
        "On 1 May 2020, in Tonala, Jalisco, armed men who arrived in two vehicles attacked a private security guard in "
        "Colonia La Jauja. The guard died.",
        "On 2 May 2020, in Morelia, Michoacan, a man was shot dead in Colonia Centro. The victim had charges against "
        "him for several crimes, including drug trafficking.",
    ]
    for text in texts:
        coded = pipeline.code_text(text, "2020-05-04")
        assert [(i.event_type, i.sub_event_type) for i in coded.incidents] == [("Battles", "Armed clash")], text
    civilians = pipeline.code_text("On 3 May 2020, separatists shot and killed one shopkeeper and injured another as "
                                   "he was traveling in Sai Buri district of Pattani, Thailand.", "2020-05-04")
    assert [(i.event_type, i.sub_event_type) for i in civilians.incidents] == [
        ("Violence against civilians", "Attack")]
