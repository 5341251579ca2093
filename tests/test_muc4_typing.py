"""MUC-4 incident types: the template document's typing rules."""
from __future__ import annotations

from eventwire.pipeline import code_text


def _types(text: str, options=None) -> list[str | None]:
    return [i.muc_incident_type for i in code_text(text, "1989-11-20", options).incidents]


def test_bombs_dropped_from_aircraft_are_an_attack_not_a_bombing():
    assert _types("Air force planes bombed the village of Perquin on Sunday, killing five peasants.") == ["attack"]


def test_a_placed_bomb_stays_a_bombing():
    assert _types("Terrorists placed a bomb at a bank in Lima on Sunday, wounding five employees.") == ["bombing"]
