"""Session 33 (types, bomb words): "bomb" naming those who check for bombs (the bomb squad, a bomb disposal robot) is no
explosion (detect.explosive_sense, data/wordlists.toml [detect] bomb_other_after)."""
from __future__ import annotations

from eventwire import pipeline

_SHOOTING = ("A 30-year-old man was shot in the leg outside a tavern on Maple Street in Dorset late Saturday, police "
             "said. The bomb squad was called to look over the car the gunman left behind, and a bomb disposal robot "
             "was sent up to it; nothing dangerous was found.")


def test_a_bomb_squad_at_a_shooting_makes_no_explosion():
    incidents = pipeline.code_text(_SHOOTING, published="2019-05-12").incidents
    assert incidents
    for incident in incidents:
        assert incident.event_type != "Explosions/Remote violence"


def test_a_bomb_that_went_off_stays_an_explosion():
    text = "A bomb went off outside a bank in Dorset on Saturday, wounding two guards, police said."
    incidents = pipeline.code_text(text, published="2019-05-12").incidents
    assert any(i.event_type == "Explosions/Remote violence" for i in incidents)


def test_a_bomb_squad_at_a_blast_stays_with_the_explosion():
    text = ("Two men were hurt when a blast tore through a storage shed behind a hardware store in Dorset on Saturday, "
            "fire officials said. The bomb squad was called to the scene and is working with state investigators.")
    incidents = pipeline.code_text(text, published="2019-05-12").incidents
    assert incidents and incidents[0].event_type == "Explosions/Remote violence"
