"""Session 22's GTD type revisions (types_model): an attempt on a life told in the text's own words is an
Assassination whatever the weapon; a vehicle named as its owner's is the owner's target."""
from __future__ import annotations

from eventwire import types_model


def test_an_attempt_on_a_life_told_as_such_is_an_assassination_even_by_a_bomb():
    told = [
        "Three militants attempted to assassinate the President with a suicide vehicle borne improvised explosive "
        "device, but were stopped by soldiers.",
        "Militants attacked the governor's compound with a car bomb. The attack was an attempted assassination of the "
        "governor.",
        "A roadside bomb struck the minister's convoy in what police called an assassination attempt.",
    ]
    for text in told:
        assert types_model.assassination_first(("Bombing/Explosion",), text) == ("Assassination", "Bombing/Explosion")
        assert types_model.assassination_first(("Armed Assault",), text) == ("Assassination", "Armed Assault")


def test_an_earlier_assassination_or_one_denied_is_not_the_act():
    kept = [
        "A suicide bomber blew himself up in a market, killing five. The group said the bombing was retaliation for "
        "the assassination of its military leader.",
        "A suicide bomber detonated explosives at the ministry gate. A spokesman claimed the attack was not an attempt "
        "to assassinate the visiting secretary.",
    ]
    for text in kept:
        assert types_model.assassination_first(("Bombing/Explosion",), text) == ("Bombing/Explosion",)
    # a facility attack stays what it is
    assert types_model.assassination_first(("Facility/Infrastructure Attack",),
                                            "Arsonists attempted to assassinate the owner by burning his shop.") == (
        "Facility/Infrastructure Attack",)


def test_a_vehicle_named_as_its_owners_is_the_owners_target():
    assert types_model.vehicle_owner_first(
        ("Transportation", "Military"), "A suicide bomber detonated targeting an Afghan National Army (ANA) bus.") == (
        "Military", "Transportation")
    assert types_model.vehicle_owner_first(
        ("Transportation",), "A suicide bomber detonated an explosive device on a bus of Israeli tourists.") == (
        "Tourists", "Transportation")
    assert types_model.vehicle_owner_first(("Transportation",), "Gunmen ambushed a police van on the highway.") == (
        "Police", "Transportation")
    assert types_model.vehicle_owner_first(("Transportation",), "A bomb exploded on a bus carrying Shia pilgrims.") == (
        "Private Citizens & Property", "Transportation")
    # a vehicle nobody's, or another first type, stays as it is
    assert types_model.vehicle_owner_first(("Transportation",), "Assailants set a bus on fire.") == ("Transportation",)
    assert types_model.vehicle_owner_first(("Business",), "A military truck passed as the shop was bombed.") == (
        "Business",)
