"""Session 23's GTD target type revisions (types_model): a word that tells the target whatever else the text names
(an abortion clinic, worshippers, an Awakening Council) leads the target types whichever type the rules put first."""
from __future__ import annotations

from eventwire import types_model


def test_a_word_that_tells_the_target_leads_whatever_the_rules_put_first():
    told = {
        "A gunman whose identity is unknown wounded a physician outside a pharmacy near the abortion clinic "
        "where she practiced.": ("Business",),
        "A suicide bomber drove past a police checkpoint by a mosque and blew up his vehicle while worshippers were "
        "leaving Friday prayers.": ("Police", "Private Citizens & Property"),
        "Twin bombings exploded at a military base as Sahwa militiamen gathered to collect their pay.": ("Military",),
        "At a checkpoint, a suicide attacker blew himself up and killed a commander of the town's Awakening "
        "Council militia.": ("Police", "Government (General)"),
        "A suicide attacker struck outside the provincial governor's compound, killing an anti-Taliban "
        "commander.": ("Government (General)", "Military"),
    }
    expected = ["Abortion Related", "Religious Figures/Institutions", "Terrorists/Non-State Militia",
                "Terrorists/Non-State Militia", "Terrorists/Non-State Militia"]
    for (text, rules), first in zip(told.items(), expected):
        revised = types_model.strong_target_first(rules, text)
        assert revised[0] == first
        assert set(revised) == {first, *rules}


def test_without_such_a_word_the_target_types_stay():
    for text, rules in (
        ("A bomb exploded outside a Shia mosque in the market, killing six civilians.", ("Private Citizens & Property",)),
        ("Armed men shot at a police patrol close to the clinic.", ("Police",)),
        ("The awakening of the city came with a blast at the bank.", ("Business",)),
    ):
        assert types_model.strong_target_first(rules, text) == rules


def test_a_fire_bomb_is_an_arson_by_an_incendiary_weapon_though_it_exploded():
    text = ("A firebomb exploded beside the hall the institute rents. The hall was slightly damaged, and nobody was "
            "hurt.")
    assert types_model.arson_first(("Bombing/Explosion", "Facility/Infrastructure Attack"), text) == (
        "Facility/Infrastructure Attack", "Bombing/Explosion")
    assert types_model.arson_first(("Armed Assault",), "Rioters threw Molotov cocktails at the police station.") == (
        "Facility/Infrastructure Attack", "Armed Assault")
    assert types_model.incendiary_first(("Explosives", "Incendiary"), text) == ("Incendiary", "Explosives")
    # an attack of another kind, or a bomb that is no fire bomb, stays as it is
    assert types_model.arson_first(("Hostage Taking (Kidnapping)",), "They kidnapped him and firebombed his car.") == (
        "Hostage Taking (Kidnapping)",)
    bomb = "A pipe bomb exploded outside the building; the fire department put out the blaze."
    assert types_model.arson_first(("Bombing/Explosion",), bomb) == ("Bombing/Explosion",)
    assert types_model.incendiary_first(("Explosives",), bomb) == ("Explosives",)


def test_a_synagogue_or_the_rotc_leads_the_target_types():
    assert types_model.strong_target_first(
        ("Private Citizens & Property",), "A pipe bomb exploded at the door of a synagogue in the city.") == (
        "Religious Figures/Institutions", "Private Citizens & Property")
    assert types_model.strong_target_first(
        ("Educational Institution",), "Someone hurled a firebomb into the R.O.T.C. Building on the Brookfield "
        "College campus.") == ("Military", "Educational Institution")
