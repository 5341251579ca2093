"""MUC-4 incident types: the template document's typing rules."""
from __future__ import annotations

from eventwire.pipeline import code_text


def _types(text: str, options=None) -> list[str | None]:
    return [i.muc_incident_type for i in code_text(text, "1989-11-20", options).incidents]


def test_bombs_dropped_from_aircraft_are_an_attack_not_a_bombing():
    assert _types("Air force planes bombed the village of Perquin on Sunday, killing five peasants.") == ["attack"]


def test_a_placed_bomb_stays_a_bombing():
    assert _types("Terrorists placed a bomb at a bank in Lima on Sunday, wounding five employees.") == ["bombing"]


def test_a_kidnapping_and_a_later_bombing_are_two_incidents():
    text = ("Guerrillas kidnapped a businessman in Cucuta on Sunday. "
            "Hours later a bomb went off at a police post in the city and wounded two officers.")
    assert _types(text) == ["kidnapping", "bombing"]


def test_a_bomb_attack_stays_one_incident():
    text = ("A bomb exploded at a bank in Lima on Sunday. "
            "The attack wounded five employees, police said. Guerrillas attacked the building with rifles.")
    assert _types(text) == ["bombing"]


def test_an_attack_with_guns_and_explosives_stays_an_attack():
    text = "Terrorists attacked the mayor's office in Ayacucho on Sunday with machine guns and explosives, killing two guards."
    assert _types(text) == ["attack"]


def test_another_act_told_with_also_is_a_second_incident():
    text = ("A bomb exploded at a bank in Lima on Sunday, wounding five employees. "
            "Terrorists also dynamited a power tower in the city.")
    assert len(_types(text)) == 2


def test_a_toll_told_with_also_stays_with_its_incident():
    text = ("A bomb exploded at a bank in Lima on Sunday, wounding five employees. "
            "Two passers-by were also wounded.")
    assert len(_types(text)) == 1
